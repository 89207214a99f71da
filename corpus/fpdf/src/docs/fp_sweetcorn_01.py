"""NY/T-style 鲜食玉米果穗等级规格 (dev): a grade table under a DIAGONAL header cell (等级 over 项目) spanning
the label and sub-label columns, grades 特级 / 一级 / 二级 as columns, a quantity over type sub-labels
(甜玉米 / 糯玉米), qualitative cells and a cell merged across grades; a size table of classes (not counted);
annex A set in TWO COLUMNS with per-grade tolerances listed in clauses, annex B (informative) in two columns
too.  Every figure here is invented for this corpus."""

from kit import C, D, Doc, R, V, common_front, ql, qm

GRADES = ("特级", "一级", "二级")


def nums(name, unit, cmp, texts, *cond):
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=cond)) for g, t in zip(GRADES, texts, strict=True)
    ]


def listed(name, unit, cmp, pairs):
    """``特级不应超过5%，一级…``: one record per grade (the grade is the first two characters of the lead)."""
    out = []
    for n, (g, t) in enumerate(pairs):
        out += [g, V(t, R(name, cmp, float(t.rstrip(" %cm")), unit, grade=g[:2]))]
        out.append("，" if n < len(pairs) - 1 else "。")
    return out


def build() -> Doc:
    d = Doc(
        stem="fp_sweetcorn_01",
        category="鲜食玉米",
        code="0113",
        kind="NY/T",
        number="NY/T 4418—2026",
        title=["鲜食玉米果穗等级规格"],
        title_en="Grades and specifications of fresh corn ears",
        issuers=["中华人民共和国农业农村部"],
        issued="2026-03-18",
        effective="2026-07-01",
        ics="67.080.20",
        ccs="B 31",
    )
    common_front(d, None, "农业农村部市场与信息化司", "农业农村部农产品质量标准研究中心")
    d.h("1", "范围")
    d.p("本文件规定了鲜食玉米果穗的等级、规格、包装和标识要求。")
    d.p("本文件适用于带苞叶或去苞叶的鲜食甜玉米、糯玉米果穗，不适用于速冻玉米和加工用玉米。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 8855　新鲜水果和蔬菜　取样方法", indent=False)
    d.p("NY/T 1055　无公害农产品　产地认定程序", indent=False)
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>秃尖</b>　果穗顶端未结籽粒的部分。")
    d.cl("3.2", "<b>缺粒</b>　果穗上应结而未结籽粒的位置。")
    d.h("4", "要求")
    d.h("4.1", "基本要求")
    d.p("果穗应新鲜，苞叶青绿，籽粒处于乳熟期，无霉变、无异味，无病虫害引起的明显损伤。")
    d.h("4.2", "等级")
    d.p("在符合基本要求的前提下，鲜食玉米果穗分为特级、一级和二级，各等级应符合表1的规定。")
    d.table(
        "1",
        "鲜食玉米果穗等级",
        [
            [C(D("等级", "项目"), cs=2), *GRADES],
            [
                C("穗形", cs=2),
                ql("穗形", "穗形完整，粗细均匀，籽粒排列整齐", grade="特级"),
                ql("穗形", "穗形基本完整，籽粒排列较整齐", grade="一级"),
                ql("穗形", "穗形无明显缺陷", grade="二级"),
            ],
            [C("秃尖长度/cm　　≤", cs=2, align="l"), *nums("秃尖长度", "cm", "<=", ["1.0", "2.0", "3.0"])],
            [C("缺粒数/粒　　≤", cs=2, align="l"), *nums("缺粒数", "粒", "<=", ["5", "10", "20"])],
            [C("虫蛀粒数/粒　　≤", cs=2, align="l"), *nums("虫蛀粒数", "粒", "<=", ["0", "3", "6"])],
            [
                C("可溶性总糖<br/>（以鲜重计）/%<br/>≥", rs=2, align="l"),
                "甜玉米",
                *nums("可溶性总糖（以鲜重计）", "%", ">=", ["8.0", "7.0", "6.0"], "甜玉米"),
            ],
            ["糯玉米", *nums("可溶性总糖（以鲜重计）", "%", ">=", ["3.0", "2.5", "2.0"], "糯玉米")],
            [
                C("支链淀粉占总淀粉比例/%　≥", cs=2, align="l"),
                C(
                    V(
                        "95",
                        *[R("支链淀粉占总淀粉比例", ">=", 95, "%", grade=g, cond=["糯玉米"]) for g in GRADES],
                    ),
                    cs=3,
                ),
            ],
            [C("苞叶", cs=2), C(qm("苞叶", "青绿，包裹完整，无黄叶", GRADES), cs=3)],
        ],
        widths=[30, 24, 38, 38, 38],
        style="grid",
        notes=["注：支链淀粉占总淀粉比例仅考核糯玉米。"],
    )
    d.h("4.3", "规格")
    d.p("以去苞叶后的果穗长度划分规格，应符合表2的规定。")
    d.table(
        "2",
        "鲜食玉米果穗规格",
        [["规格", "大（L）", "中（M）", "小（S）"], ["果穗长度/cm", "＞20", "17～20", "＜17"]],
        widths=[40, 36, 36, 36],
        style="grid",
    )
    d.h("4.4", "容许度和判定")
    d.p("容许度和等级判定应符合附录A的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "穗形、苞叶、秃尖和缺粒：目测，秃尖长度用钢直尺测量，精确到0.1 cm。")
    d.cl("5.2", "可溶性总糖：按NY/T 2742的规定执行。")
    d.cl("5.3", "支链淀粉占总淀粉比例：按NY/T 2639的规定执行。")
    d.h("6", "包装和标识")
    d.cl("6.1", "同一包装件内果穗应为同一品种、同一等级和同一规格。")
    d.cl("6.2", "包装上应标明产品名称、等级、规格、产地、采收日期和净含量。")
    d.annex("A", "规范性", "容许度和等级判定", columns=2)
    d.cl("A.1", "容许度按果穗个数计。")
    d.cl(
        "A.2",
        "不合格果穗比例：",
        *listed(
            "不合格果穗比例",
            "%",
            "<=",
            [("特级不应超过", "5%"), ("一级不应超过", "8%"), ("二级不应超过", "10%")],
        ),
    )
    d.cl("A.3", "不符合本等级要求的果穗应符合下一等级的要求；二级中不符合要求的果穗应符合基本要求。")
    d.cl(
        "A.4",
        "同一包装件内果穗长度差：",
        *listed(
            "果穗长度差",
            "cm",
            "<=",
            [("特级不应大于", "2 cm"), ("一级不应大于", "3 cm"), ("二级不应大于", "4 cm")],
        ),
    )
    d.cl(
        "A.5",
        "腐烂、霉变果穗比例不应超过",
        V("1%", R("腐烂、霉变果穗比例", "<=", 1, "%")),
        "，且不得有虫体。",
    )
    d.column_break()
    d.cl(
        "A.6",
        "判定：抽检样品的容许度均符合本附录规定时，判定该批产品为所标示的等级；超出容许度时，按实测结果降级判定。",
    )
    d.cl("A.7", "取样：按GB/T 8855的规定执行，每批随机抽取样品不少于30穗。")
    d.cl("A.8", "检验批：同一产地、同一品种、同一采收日期的产品为一个检验批。")
    d.cl("A.9", "复验：对检验结果有异议时，可加倍抽样复验一次，以复验结果为准。")
    d.annex("B", "资料性", "鲜食玉米采收和预冷", columns=2)
    d.cl("B.1", "甜玉米宜在授粉后18 d～22 d采收，糯玉米宜在授粉后22 d～26 d采收。")
    d.cl("B.2", "采收宜在清晨或傍晚进行，避免在雨天和露水未干时采收。")
    d.cl("B.3", "采收后宜在4 h内预冷，预冷后果穗中心温度宜为0 ℃～4 ℃。")
    d.column_break()
    d.cl("B.4", "冷藏运输温度宜为1 ℃～5 ℃，相对湿度宜为90%～95%。")
    d.cl("B.5", "常温下货架期不宜超过24 h，冷藏条件下不宜超过7 d。")
    return d
