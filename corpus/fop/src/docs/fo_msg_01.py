"""GB/T graded condiment 味精 (test): type columns (味精 over a grade ladder 优级 / 一级, 加盐味精,
增味味精) under a two-row header with a 单位 column and the comparator at the end of the label; a specific
rotation as a signed range, a pH range merged over two types, "—" cells, a footnote mark on a value
restricting it; the 感官 requirements as an ``fo:list-block`` of qualitative items; a sampling table by
batch (not indicators).  The levels echo the national standard for monosodium glutamate as remembered; the
2026 edition and every figure are invented."""

from kit import SAMR, C, Doc, R, V, front, ladder, references

COLUMNS = [("味精", "优级"), ("味精", "一级"), ("加盐味精", None), ("增味味精", None)]


def row(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    return ladder(label, name, unit, cmp, texts, COLUMNS, cond=cond, unit_cell=unit or "—")


def build() -> Doc:
    d = Doc(
        stem="fo_msg_01",
        category="味精",
        code="1461",
        kind="GB/T",
        mark="GB/T",
        short="味精",
        number="GB/T 8967—2026",
        replaces=["GB/T 8967—2007"],
        title=["谷氨酸钠（味精）"],
        title_en="Monosodium L-glutamate",
        ics="67.220.20",
        ccs="X 66",
        issuers=SAMR,
        issued="2026-04-16",
        effective="2026-11-01",
    )
    front(
        d,
        "GB/T 8967—2007",
        "中国轻工业联合会",
        "全国食品工业标准化技术委员会（SAC/TC 64）",
        "——味精分为优级和一级（见4.2）；",
        "——修改了加盐味精中食用盐的限量（见4.2）；",
        "——增加了增味味精的呈味核苷酸二钠要求（见4.2）。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了谷氨酸钠（味精）的产品分类、技术要求、检"
        "验规则和标签、包装、运输、贮存，描述了相应的试验方法。"
    )
    d.p(
        "本文件适用于以碳水化合物为原料经微生物发酵、提取、中和、"
        "结晶精制而成的谷氨酸钠（味精），以及加盐味精和增味味精。"
    )
    references(
        d,
        "2",
        "GB 2720　食品安全国家标准　味精",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 5009.43　食品安全国家标准　味精中麸氨酸钠（谷氨酸钠）的测定",
        "GB/T 601　化学试剂　标准滴定溶液的制备",
        "GB/T 6682　分析实验室用水规格和试验方法",
    )
    d.h("3", "产品分类")
    d.cl("3.1", "味精：以谷氨酸钠为主要成分的结晶或粉末状产品，按质量分为优级和一级。")
    d.cl("3.2", "加盐味精：在味精中定量添加精制盐的混合物。")
    d.cl("3.3", "增味味精：在味精中定量添加核苷酸二钠等增味剂的混合物。")
    d.h("4", "技术要求")
    d.cl("4.1", "感官要求：")
    d.item("a)", "色泽：", V("无色至白色", R("色泽", "qualitative", text="无色至白色")), "；")
    d.item(
        "b)",
        "滋味、气味：",
        V("具有特殊的鲜味，无异味", R("滋味、气味", "qualitative", text="具有特殊的鲜味，无异味")),
        "；",
    )
    d.item(
        "c)",
        "状态：",
        V(
            "结晶状颗粒或粉状，无正常视力可见外来异物",
            R("状态", "qualitative", text="结晶状颗粒或粉状，无正常视力可见外来异物"),
        ),
        "。",
    )
    d.cl("4.2", "理化指标应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("单位", rs=2), C("味精", cs=2), C("加盐味精", rs=2), C("增味味精", rs=2)],
        ["优级", "一级"],
        row("谷氨酸钠（以干基计）　≥", "谷氨酸钠（以干基计）", "%", ">=", ["99.0", "98.0", "80.0", "97.0"]),
        row("透光率　≥", "透光率", "%", ">=", ["98", "95", "89", "—"]),
        row("氯化物（以Cl计）　≤", "氯化物（以Cl计）", "%", "<=", ["0.1", "0.2", "—", "0.5"]),
        row("干燥失重　≤", "干燥失重", "%", "<=", ["0.5", "=", "=", "="]),
        row("铁　≤", "铁", "mg/kg", "<=", ["5", "=", "10", "5"]),
        row("硫酸盐（以SO<sub>4</sub>计）　≤", "硫酸盐（以SO4计）", "%", "<=", ["0.05", "=", "0.5", "0.05"]),
        row("食用盐（以NaCl计）　＜", "食用盐（以NaCl计）", "%", "<", ["—", "=", "20|a", "—"]),
        row("呈味核苷酸二钠　≥", "呈味核苷酸二钠", "%", ">=", ["—", "=", "—", "1.08"]),
    ]
    ph = [C("pH", align="l"), "—"]
    ph.append(
        C(
            V(
                "6.7～7.5",
                *[R("pH", "range", 6.7, None, grade=g, cond=["味精"], vmax=7.5) for g in ("优级", "一级")],
            ),
            cs=2,
        )
    )
    ph += ["—", V("6.7～7.5", R("pH", "range", 6.7, None, cond=["增味味精"], vmax=7.5))]
    rot = [C("比旋光度[α]", align="l"), "(°)"]
    rot.append(
        C(
            V(
                "+24.9～+25.3",
                *[
                    R("比旋光度[α]", "range", 24.9, "°", grade=g, cond=["味精"], vmax=25.3)
                    for g in ("优级", "一级")
                ],
            ),
            cs=2,
        )
    )
    rot += ["—", "—"]
    rows.insert(4, rot)
    rows.insert(6, ph)
    d.table(
        "1",
        "理化指标",
        rows,
        head=2,
        widths=[50, 16, 22, 22, 24, 24],
        footnotes=["a　加盐味精的食用盐以实际添加量标示。"],
    )
    d.cl("4.3", "污染物限量和食品添加剂的使用应分别符合GB 2720和GB 2760的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "谷氨酸钠按GB 5009.43测定。称取试样0.25 g，精确至0.000 1 g。")
    d.cl("5.2", "透光率：称取10.0 g试样，加水溶解并定容至100 mL，以水作参比，于430 nm波长处测定透光率。")
    d.cl("5.3", "比旋光度：称取10 g试样，用2 mol/L盐酸溶解定容至100 mL，在（20±0.5）℃下测定。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一规格的产品为一批，每批按表2抽取样品。")
    d.table(
        "2",
        "抽样数量",
        [
            ["批量（箱）", "抽样数（箱）", "每箱抽取（袋）"],
            ["≤100", "3", "2"],
            ["101～500", "5", "2"],
            ["＞500", "8", "1"],
        ],
        widths=[40, 40, 40],
        cont=False,
    )
    d.cl("6.2", "出厂检验项目为感官、谷氨酸钠、透光率、氯化物和干燥失重。")
    d.h("7", "标签、包装、运输和贮存")
    d.cl("7.1", "加盐味精和增味味精应在标签上标示谷氨酸钠含量及添加物名称和含量。")
    d.cl("7.2", "产品应贮存在阴凉、干燥处，防止受潮。")
    return d
