"""NY/T 1061-style 干香菇等级规格 (dev): a grading table with grade columns 特级 / 一级 / 二级,
qualitative rows, comparators at the end of the labels, a value merged across two grades, a size table
(classes, not counted), and 分别 clauses of tolerances per grade.  Echoes the structure of the real NY/T
1061; every figure here is invented for this corpus."""

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
        stem="ty_mushroom_01",
        category="干香菇",
        code="1372",
        kind="NY/T",
        number="NY/T 1061—2026",
        title=["干香菇等级规格"],
        title_en="Grades and specifications of dried shiitake mushroom",
        replaces=["NY/T 1061—2006"],
        ics="67.080.20",
        ccs="X 26",
        filing="86410—2026",
        issuers=MARA,
        issued="2026-06-08",
        effective="2026-10-01",
    )
    common_front(
        d,
        "NY/T 1061—2006",
        "农业农村部市场与信息化司",
        "农业农村部农产品质量安全监管司",
        ["——修改了等级要求；", "——增加了褐变菇率的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了干香菇的等级规格要求、检验方法、包装和标识。")
    d.p("本文件适用于以香菇〔<i>Lentinula edodes</i>（Berk.）Pegler〕为原料，经干制加工而成的干香菇。")
    references(
        d,
        "2",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 2763　食品安全国家标准　食品中农药最大残留限量",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>残缺菇</b>　菌盖破损面积超过菌盖面积1/4的干香菇。")
    d.cl("3.2", "<b>褐变菇</b>　菌褶颜色变为褐色或暗褐色的干香菇。")
    d.cl("3.3", "<b>碎菇</b>　菌盖直径小于1.5 cm或不成形的菇块、菇片。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "基本要求：同一包装内的干香菇应为同一品种，具有干香菇固有的香味，无异味，无霉变，无虫体；水分含量",
        V("不超过13%", R("水分含量", "<=", 13, "%")),
        "。",
    )
    d.cl("4.2", "等级：在符合基本要求的前提下，干香菇分为特级、一级和二级，各等级应符合表1的规定。")
    d.table(
        "1",
        "干香菇等级",
        [
            ["项　　目", *GRADES],
            graded(
                "菌盖形态",
                "菌盖形态",
                "qualitative",
                None,
                ["扁半球形，菌盖完整，边缘内卷", "扁半球形或稍平展，边缘内卷", "菌盖稍平展"],
            ),
            graded("菌褶颜色", "菌褶颜色", "qualitative", None, ["淡黄色至乳白色", "淡黄色", "黄色至淡褐色"]),
            graded("菌盖厚度/cm　　≥", "菌盖厚度", ">=", "cm", ["0.8", "0.6", "0.4"]),
            graded("残缺菇率/%　　≤", "残缺菇率", "<=", "%", ["1.0", "3.0", "5.0"]),
            graded("碎菇率/%　　≤", "碎菇率", "<=", "%", ["0.5", "1.0", "2.0"]),
            graded("褐变菇率/%　　≤", "褐变菇率", "<=", "%", ["1.0", "3.0", "5.0"]),
            graded("虫孔菇率/%　　≤", "虫孔菇率", "<=", "%", ["0.5", ("1.0", 2)]),
            graded("杂质/%　　≤", "杂质", "<=", "%", ["0.2", ("0.5", 2)]),
        ],
        widths=[45, 40, 40, 40],
        notes=["注：残缺菇率、碎菇率、褐变菇率和虫孔菇率均按质量分数计。"],
    )
    d.cl("4.3", "规格：以菌盖直径划分规格，应符合表2的规定。")
    d.table(
        "2",
        "干香菇规格",
        [["规　　格", "大（L）", "中（M）", "小（S）"], ["菌盖直径/cm", "＞5.0", "3.5～5.0", "2.5～＜3.5"]],
        widths=[45, 40, 40, 40],
        style="open",
    )
    d.cl(
        "4.4",
        "同一规格中，不符合该规格的个体",
        V("不应超过5%", R("不符合该规格的个体", "<=", 5, "%", cond=["同一规格中", "按质量计"])),
        "（按质量计）。",
    )
    d.cl(
        "4.5",
        "容许度：按质量计，特级、一级和二级允许不符合该等级要求的产品分别不超过",
        V("3%", R("容许度", "<=", 3, "%", grade="特级", cond=["按质量计"])),
        "、",
        V("5%", R("容许度", "<=", 5, "%", grade="一级", cond=["按质量计"])),
        "和",
        V("10%", R("容许度", "<=", 10, "%", grade="二级", cond=["按质量计"])),
        "，但不符合的产品应符合下一等级的要求；二级产品中不符合要求的产品应符合基本要求。",
    )
    d.cl("4.6", "安全指标：污染物限量应符合GB 2762的规定，农药残留限量应符合GB 2763的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "感官项目：随机抽取样品500 g，在自然光下用目测、鼻嗅的方法检验。")
    d.cl("5.2", "菌盖厚度：随机抽取20个菇，用游标卡尺测量菌盖中心部位的厚度，取平均值，精确至0.1 cm。")
    d.cl("5.3", "水分：按GB 5009.3规定的方法测定。")
    d.h("6", "包装和标识")
    d.cl("6.1", "同一包装内干香菇的等级和规格应一致；包装应清洁、干燥、无异味。")
    d.cl("6.2", "包装上应标明产品名称、等级、规格、产地、净含量和包装日期。")
    return d
