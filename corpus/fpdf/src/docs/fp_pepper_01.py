"""NY/T-style 鲜辣椒等级规格 (test): a grade table under a DIAGONAL header cell (等级 over 项目) spanning the
label and sub-label columns, grades 特级 / 一级 / 二级 as columns, a quantity over type sub-labels (线椒 /
灯笼椒), qualitative cells and a cell merged across grades; a size table of classes (not counted); annex A
set in TWO COLUMNS with per-grade tolerances listed in clauses and a column break, annex B (informative) in
two columns.  Every figure here is invented for this corpus."""

from kit import C, D, Doc, R, V, common_front, ql, qm

GRADES = ("特级", "一级", "二级")


def nums(name, unit, cmp, texts, *cond):
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=cond)) for g, t in zip(GRADES, texts, strict=True)
    ]


def listed(name, unit, cmp, pairs):
    out = []
    for n, (g, t) in enumerate(pairs):
        out += [g, V(t, R(name, cmp, float(t.rstrip(" %")), unit, grade=g[:2]))]
        out.append("，" if n < len(pairs) - 1 else "。")
    return out


def build() -> Doc:
    d = Doc(
        stem="fp_pepper_01",
        category="鲜辣椒",
        code="0141",
        kind="NY/T",
        number="NY/T 944—2026",
        title=["鲜辣椒等级规格"],
        title_en="Grades and specifications of fresh hot peppers",
        replaces=["NY/T 944—2006"],
        issuers=["中华人民共和国农业农村部"],
        issued="2026-03-18",
        effective="2026-07-01",
        ics="67.080.20",
        ccs="B 31",
    )
    common_front(
        d,
        "NY/T 944—2006《辣椒等级规格》",
        "农业农村部市场与信息化司",
        "农业农村部农产品质量标准研究中心",
        ["——增加了灯笼椒的维生素C要求；", "——修改了容许度的规定。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了鲜辣椒的等级、规格、包装和标识要求。")
    d.p("本文件适用于鲜食线椒、灯笼椒和朝天椒，不适用于干辣椒和加工用辣椒。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 8855　新鲜水果和蔬菜　取样方法", indent=False)
    d.p("GB 5009.86　食品安全国家标准　食品中抗坏血酸的测定", indent=False)
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>果形</b>　辣椒果实的形状，包括长度、粗细和弯曲程度。")
    d.cl("3.2", "<b>机械伤</b>　采收、包装和运输过程中造成的果实表面损伤。")
    d.h("4", "要求")
    d.h("4.1", "基本要求")
    d.p("果实应新鲜、清洁，具有本品种固有的色泽和形状，无腐烂、无异味，无冷害和冻害。")
    d.h("4.2", "等级")
    d.p("在符合基本要求的前提下，鲜辣椒分为特级、一级和二级，各等级应符合表1的规定。")
    d.table(
        "1",
        "鲜辣椒等级",
        [
            [C(D("等级", "项目"), cs=2), *GRADES],
            [
                C("果形", cs=2),
                ql("果形", "具有本品种典型果形，大小均匀", grade="特级"),
                ql("果形", "果形基本一致，大小较均匀", grade="一级"),
                ql("果形", "果形有轻微缺陷", grade="二级"),
            ],
            [C("果柄", cs=2), C(qm("果柄", "完整，切口平整", GRADES), cs=3)],
            [C("机械伤果率/%　　≤", cs=2, align="l"), *nums("机械伤果率", "%", "<=", ["2", "5", "8"])],
            [C("病虫害果率/%　　≤", cs=2, align="l"), *nums("病虫害果率", "%", "<=", ["0", "2", "4"])],
            [
                C("果长整齐度<br/>（变异系数）/%<br/>≤", rs=2, align="l"),
                "线椒",
                *nums("果长整齐度（变异系数）", "%", "<=", ["8", "12", "16"], "线椒"),
            ],
            ["灯笼椒", *nums("果长整齐度（变异系数）", "%", "<=", ["6", "10", "14"], "灯笼椒")],
            [
                C("维生素C（以鲜重计）/(mg/100 g)　≥", cs=2, align="l"),
                C(
                    V(
                        "60",
                        *[
                            R("维生素C（以鲜重计）", ">=", 60, "mg/100 g", grade=g, cond=["灯笼椒"])
                            for g in GRADES
                        ],
                    ),
                    cs=3,
                ),
            ],
        ],
        widths=[32, 24, 36, 36, 36],
        style="grid",
        notes=["注：维生素C仅考核灯笼椒。"],
    )
    d.h("4.3", "规格")
    d.p("以果实长度划分规格，应符合表2的规定。")
    d.table(
        "2",
        "鲜辣椒规格",
        [
            ["规格", "大（L）", "中（M）", "小（S）"],
            ["线椒果长/cm", "＞22", "15～22", "＜15"],
            ["灯笼椒横径/cm", "＞8", "6～8", "＜6"],
        ],
        widths=[40, 36, 36, 36],
        style="grid",
    )
    d.h("4.4", "容许度和判定")
    d.p("容许度和等级判定应符合附录A的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "果形、果柄、机械伤和病虫害：目测，必要时剖开检查。")
    d.cl("5.2", "果长整齐度：随机抽取20个果实，测量果长，计算变异系数。")
    d.cl("5.3", "维生素C：按GB 5009.86的规定执行。")
    d.h("6", "包装和标识")
    d.cl("6.1", "同一包装件内产品应为同一品种、同一等级和同一规格。")
    d.cl("6.2", "包装上应标明产品名称、等级、规格、产地、采收日期和净含量。")
    d.annex("A", "规范性", "容许度和等级判定", columns=2)
    d.cl("A.1", "容许度按果实质量计。")
    d.cl(
        "A.2",
        "不合格果比例：",
        *listed(
            "不合格果比例",
            "%",
            "<=",
            [("特级不应超过", "5%"), ("一级不应超过", "10%"), ("二级不应超过", "15%")],
        ),
    )
    d.cl("A.3", "不符合本等级要求的果实应符合下一等级的要求；二级中不符合要求的果实应符合基本要求。")
    d.cl("A.4", "腐烂果比例不应超过", V("2%", R("腐烂果比例", "<=", 2, "%")), "，且不得有活虫。")
    d.column_break()
    name = "不符合所标示规格的果实比例"
    d.cl(
        "A.5",
        "规格容许度：同一包装件内不符合所标示规格的果实比例，特级不应超过",
        V("5%", R(name, "<=", 5, "%", grade="特级")),
        "，一级和二级均不应超过",
        V("10%", R(name, "<=", 10, "%", grade="一级"), R(name, "<=", 10, "%", grade="二级")),
        "。",
    )
    d.cl(
        "A.6",
        "判定：抽检样品的容许度均符合本附录规定时，判定该批产品为所标示的等级；超出容许度时，按实测结果降级判定。",
    )
    d.cl("A.7", "取样：按GB/T 8855的规定执行。")
    d.annex("B", "资料性", "鲜辣椒采收和贮运", columns=2)
    d.cl("B.1", "线椒宜在果实充分膨大、果皮有光泽时采收；灯笼椒宜在青熟期或转色期采收。")
    d.cl("B.2", "采收宜在晴天上午露水干后进行。")
    d.cl("B.3", "采后宜在6 h内预冷至8 ℃～10 ℃。")
    d.column_break()
    d.cl("B.4", "贮藏温度宜为7 ℃～10 ℃，相对湿度宜为90%～95%，温度低于7 ℃易发生冷害。")
    d.cl("B.5", "运输过程中宜避免挤压、日晒和雨淋。")
    return d
