"""NY/T 1066-style 马铃薯等级规格 (test): a grading table with grade columns 特级 / 一级 / 二级, a
qualitative row, comparators at the end of the labels, values merged across two grades, a size table
(classes, not counted), a clause tolerance for sizes and 分别 clauses of tolerances per grade.  Echoes
the structure of the real NY/T 1066; every figure here is invented for this corpus."""

from kit import MARA, C, Doc, R, V, common_front, references

GRADES = ["特级", "一级", "二级"]


def graded(label, name, cmp, unit, texts):
    out = [C(label, align="l")]
    col = 0
    for text in texts:
        text, span = text if isinstance(text, tuple) else (text, 1)
        grades = GRADES[col : col + span]
        if cmp == "qualitative":
            recs = [R(name, cmp, unit=unit, grade=g, text=text) for g in grades]
        else:
            recs = [R(name, cmp, float(text), unit, grade=g) for g in grades]
        out.append(C(V(text, *recs), cs=span))
        col += span
    return out


def build() -> Doc:
    d = Doc(
        stem="ty_potato_01",
        category="马铃薯",
        code="0123",
        kind="NY/T",
        number="NY/T 1066—2026",
        title=["马铃薯等级规格"],
        title_en="Grades and specifications of potato",
        replaces=["NY/T 1066—2006"],
        ics="67.080.20",
        ccs="B 31",
        filing="86455—2026",
        issuers=MARA,
        issued="2026-06-08",
        effective="2026-10-01",
    )
    common_front(
        d,
        "NY/T 1066—2006",
        "农业农村部市场与信息化司",
        "农业农村部农产品质量安全监管司",
        ["——修改了等级要求；", "——增加了绿薯率的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了鲜食马铃薯的等级规格要求、检验方法、包装和标识。")
    d.p("本文件适用于鲜食马铃薯，不适用于种薯和加工专用薯。")
    references(
        d,
        "2",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 2763　食品安全国家标准　食品中农药最大残留限量",
        "NY/T 1655　蔬菜包装标识通用准则",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>绿薯</b>　块茎表皮见光变绿，绿色面积超过表面积1/8的马铃薯。")
    d.cl("3.2", "<b>机械伤</b>　因挖掘、运输等造成的表皮破损、擦伤和压伤，深度超过1 mm的伤口。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "基本要求：同一批次的马铃薯应为同一品种，块茎完整、新鲜、清洁，无腐烂、无冻伤、无发芽；表皮附着泥土",
        V("不超过块茎质量的2%", R("表皮附着泥土", "<=", 2, "%", cond=["块茎质量的"])),
        "。",
    )
    d.cl("4.2", "等级：在符合基本要求的前提下，马铃薯分为特级、一级和二级，各等级应符合表1的规定。")
    d.table(
        "1",
        "马铃薯等级",
        [
            ["项　　目", *GRADES],
            graded(
                "薯形",
                "薯形",
                "qualitative",
                None,
                ["具有本品种典型特征，大小均匀，整齐一致", "具有本品种特征，大小较均匀", "薯形基本一致"],
            ),
            graded("机械伤率/%　　≤", "机械伤率", "<=", "%", ["1.0", "3.0", "5.0"]),
            graded("病虫害率/%　　≤", "病虫害率", "<=", "%", ["1.0", "3.0", "5.0"]),
            graded("绿薯率/%　　≤", "绿薯率", "<=", "%", ["1.0", ("3.0", 2)]),
            graded("畸形薯率/%　　≤", "畸形薯率", "<=", "%", ["2.0", "5.0", "10.0"]),
            graded("单薯质量/g　　≥", "单薯质量", ">=", "g", ["150", "100", "75"]),
            graded("杂质/%　　≤", "杂质", "<=", "%", [("0.5", 2), "1.0"]),
        ],
        widths=[45, 40, 40, 40],
        notes=["注：机械伤率、病虫害率、绿薯率和畸形薯率均按质量分数计。"],
    )
    d.cl("4.3", "规格：以单薯质量划分规格，应符合表2的规定。")
    d.table(
        "2",
        "马铃薯规格",
        [["规　　格", "大（L）", "中（M）", "小（S）"], ["单薯质量/g", "＞300", "150～300", "75～＜150"]],
        widths=[45, 40, 40, 40],
        style="open",
    )
    d.cl(
        "4.4",
        "同一规格中，单薯质量不符合该规格的马铃薯",
        V("不应超过10%", R("单薯质量不符合该规格的马铃薯", "<=", 10, "%", cond=["同一规格中", "按质量计"])),
        "（按质量计）。",
    )
    d.cl(
        "4.5",
        "容许度：按质量计，特级、一级和二级允许不符合该等级要求的产品分别不超过",
        V("5%", R("容许度", "<=", 5, "%", grade="特级", cond=["按质量计"])),
        "、",
        V("8%", R("容许度", "<=", 8, "%", grade="一级", cond=["按质量计"])),
        "和",
        V("10%", R("容许度", "<=", 10, "%", grade="二级", cond=["按质量计"])),
        "，但不符合的产品应符合下一等级的要求。",
    )
    d.cl("4.6", "安全指标：污染物限量应符合GB 2762的规定，农药残留限量应符合GB 2763的规定。")
    d.h("5", "检验方法")
    d.cl(
        "5.1",
        "随机抽取样品不少于10 kg，逐个检验薯形、机械伤、病虫害和绿薯，分别称量，计算其占样品质量的百分率。",
    )
    d.cl("5.2", "单薯质量：用感量为1 g的天平逐个称量。")
    d.h("6", "包装和标识")
    d.cl("6.1", "包装应符合NY/T 1655的规定；同一包装内马铃薯的等级和规格应一致。")
    d.cl("6.2", "贮藏温度宜为2 ℃～4 ℃，相对湿度宜为85%～90%，避光贮藏。")
    return d
