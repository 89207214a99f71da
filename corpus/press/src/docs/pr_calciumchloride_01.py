"""HG/T 2327-style 工业氯化钙 (test): a fully boxed table 项目 | 单位 | 无水氯化钙 (优等品 | 一等品) |
二水氯化钙 (优等品 | 一等品) | 液体氯化钙, the product type over the grades, comparators at the end of the
row labels, cells merged across grades, "—" cells, footnotes a / b and notes 注1 / 注2, the table running
onto a 续表; clause text with full-width digits, a range, 不大于…且不小于, a shared limit and the 式中 list.
The structure echoes HG/T 2327 as remembered; every figure is invented."""

from kit import MIIT, C, Doc, R, V, common_front, fw, references

# (type, grade) of the value columns
COLUMNS = [
    ("无水氯化钙", "优等品"),
    ("无水氯化钙", "一等品"),
    ("二水氯化钙", "优等品"),
    ("二水氯化钙", "一等品"),
    ("液体氯化钙", None),
]


def row(label, name, cmp, unit, texts, cond=()):
    """A row: texts per column; a (text, span) pair merges columns; "—" is no record."""
    cells: list = [label, unit or "—"]
    col = 0
    for item in texts:
        text, span = item if isinstance(item, tuple) else (item, 1)
        cols = COLUMNS[col : col + span]
        col += span
        if text == "—":
            cells.append(C("—", cs=span))
            continue
        recs = [R(name, cmp, float(text), unit, grade=g, cond=[t, *cond]) for t, g in cols]
        cells.append(C(V(text, *recs), cs=span))
    return cells


def build() -> Doc:
    d = Doc(
        stem="pr_calciumchloride_01",
        category="工业氯化钙",
        code="2613",
        kind="HG/T",
        number="HG/T 2327—2026",
        replaces=["GB/T 26520—2011"],
        title=["工业氯化钙"],
        title_en="Calcium chloride for industrial use",
        ics="71.060.50",
        ccs="G 12",
        filing="81306—2026",
        issuers=MIIT,
        issued="2026-04-21",
        effective="2026-10-01",
    )
    common_front(
        d,
        "GB/T 26520—2011《工业氯化钙》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        ["——增加了液体氯化钙（见表1）；", "——修改了镁及碱金属氯化物的指标（见表1）。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了工业氯化钙的分类、要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p(
        fw("本文件适用于以氨碱法蒸馏废液或石灰石与盐酸反应制得的工业氯化钙，主要用作融雪剂、干燥剂和冷冻液。")
    )
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 8170　数值修约规则与极限数值的表示和判定",
    )
    d.h("3", "分类")
    d.p("工业氯化钙分为三类：")
    d.item("a)", "无水氯化钙：粒状、粉状或片状；")
    d.item("b)", "二水氯化钙：片状或粒状；")
    d.item("c)", "液体氯化钙：水溶液。")
    d.h("4", "要求")
    d.cl("4.1", fw("外观：固体产品为白色或微带颜色的片状、粒状或粉状；液体产品为无色至微黄色的透明液体。"))
    d.cl("4.2", fw("工业氯化钙应符合表1的要求。"))
    d.p(
        fw(
            "无水氯化钙和二水氯化钙各分为优等品和一等品两个等级；液体氯化钙不分等级。产品出厂时，"
            "生产企业应按本文件规定的项目逐批检验，检验合格并附有质量证明书后方可出厂。"
        )
    )
    rows: list[list] = [
        [
            C("项目", rs=2),
            C("单位", rs=2),
            C("无水氯化钙", cs=2),
            C("二水氯化钙", cs=2),
            C("液体氯化钙", rs=2),
        ],
        ["优等品", "一等品", "优等品", "一等品"],
        row(
            "氯化钙（CaCl<sub>2</sub>）的质量分数　≥",
            "氯化钙（CaCl2）的质量分数",
            ">=",
            "%",
            ["96.0", "94.0", "77.0", "74.0", "30.0"],
        ),
        row(
            "总碱金属氯化物（以NaCl计）的质量分数　≤",
            "总碱金属氯化物（以NaCl计）的质量分数",
            "<=",
            "%",
            ["1.0", "2.5", "1.0", "2.0", "1.5"],
        ),
        row(
            "总镁（以MgCl<sub>2</sub>计）的质量分数　≤",
            "总镁（以MgCl2计）的质量分数",
            "<=",
            "%",
            [("0.5", 2), ("0.5", 2), "0.3"],
        ),
        row(
            "水不溶物的质量分数　≤", "水不溶物的质量分数", "<=", "%", ["0.15", "0.25", "0.15", "0.25", "0.10"]
        ),
        row(
            "碱度（以Ca(OH)<sub>2</sub>计）的质量分数　≤",
            "碱度（以Ca(OH)2计）的质量分数",
            "<=",
            "%",
            [("0.20", 4), "0.10"],
        ),
        row(
            "硫酸盐（以CaSO<sub>4</sub>计）的质量分数　≤",
            "硫酸盐（以CaSO4计）的质量分数",
            "<=",
            "%",
            ["0.05", "0.10", "0.05", "0.10", "0.05"],
        ),
        row("铁（Fe）的质量分数　≤", "铁（Fe）的质量分数", "<=", "%", [("0.006", 4), "0.004"]),
        row("pH值<sup>a</sup>", "pH值", "range", None, [("—", 4), "—"]),
        row(
            "砷（As）的质量分数<sup>b</sup>　≤",
            "砷（As）的质量分数",
            "<=",
            "%",
            [("0.0005", 4), "0.0002"],
            cond=["用于食品加工辅助用途的产品检验此项"],
        ),
        row(
            "铅（Pb）的质量分数<sup>b</sup>　≤",
            "铅（Pb）的质量分数",
            "<=",
            "%",
            [("0.001", 4), "0.0005"],
            cond=["用于食品加工辅助用途的产品检验此项"],
        ),
        row(
            "粒度（0.15 mm～5.0 mm）<sup>c</sup>　≥",
            "粒度（0.15 mm～5.0 mm）",
            ">=",
            "%",
            [("90", 2), ("90", 2), "—"],
        ),
    ]
    # pH: a range 7.5～11.0 merged over the solids, 7.0～10.0 for the liquid
    rows[9] = [
        "pH值（50 g/L溶液）<sup>a</sup>",
        "—",
        C(
            V(
                "7.5～11.0",
                *[
                    R("pH值（50 g/L溶液）", "range", 7.5, None, grade=g, vmax=11.0, cond=[t])
                    for t, g in COLUMNS[:4]
                ],
            ),
            cs=4,
        ),
        V("7.0～10.0", R("pH值（50 g/L溶液）", "range", 7.0, None, vmax=10.0, cond=["液体氯化钙"])),
    ]
    d.table(
        "1",
        "工业氯化钙的要求",
        rows,
        head=2,
        widths=[52, 12, 20, 20, 20, 20, 22],
        style="grid",
        notes=["注1：液体氯化钙的指标按其水溶液的质量计。", "注2：片状产品不检验粒度。"],
        footnotes=[
            "<sup>a</sup>　液体氯化钙直接测定。",
            "<sup>b</sup>　用于食品加工辅助用途的产品检验此项。",
            "<sup>c</sup>　仅适用于粒状产品。",
        ],
    )
    # the granularity row's records carry the footnote
    for cell in rows[12][2:]:
        if isinstance(cell, C) and isinstance(cell.content, V):
            for rec in cell.content.records:
                rec["conditions"].append("仅适用于粒状产品")
    d.cl(
        "4.3",
        fw("液体氯化钙在20 ℃时的密度应为"),
        V(
            fw("1.28 g/cm<sup>3</sup>～1.32 g/cm<sup>3</sup>"),
            R("密度", "range", 1.28, "g/cm³", vmax=1.32, cond=["液体氯化钙", "在20 ℃时"]),
        ),
        fw("；其结晶温度必须"),
        V(fw("不高于-30 ℃"), R("结晶温度", "<=", -30, "℃", cond=["液体氯化钙"])),
        "。",
    )
    d.cl(
        "4.4",
        fw("用作融雪剂的粒状产品，其堆积密度应"),
        V(
            fw("不大于1.10 g/cm<sup>3</sup>且不小于0.80 g/cm<sup>3</sup>"),
            R("堆积密度", "range", 0.80, "g/cm³", vmax=1.10, cond=["用作融雪剂的粒状产品"]),
        ),
        fw("，对混凝土的质量损失率"),
        V(fw("不应超过1.0%"), R("对混凝土的质量损失率", "<=", 1.0, "%", cond=["用作融雪剂的粒状产品"])),
        "。",
    )
    d.cl(
        "4.5",
        fw("用于食品加工辅助用途的产品，其汞、镉的质量分数"),
        V(
            fw("均不大于0.0001%"),
            R("汞的质量分数", "<=", 0.0001, "%", cond=["用于食品加工辅助用途的产品"]),
            R("镉的质量分数", "<=", 0.0001, "%", cond=["用于食品加工辅助用途的产品"]),
        ),
        "。",
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        fw("氯化钙含量的测定：在pH值约为12的条件下，以钙羧酸为指示剂，用乙二胺四乙酸二钠标准滴定溶液滴定。"),
    )
    d.p("氯化钙的质量分数以<m>w_1</m>计，按式（1）计算：")
    d.math(r"w_1 = \frac{V c M}{m \times 1000} \times 100\%", "1")
    d.where(
        "<m>V</m>——滴定消耗乙二胺四乙酸二钠标准滴定溶液的体积，单位为毫升（mL）；",
        "<m>c</m>——乙二胺四乙酸二钠标准滴定溶液的浓度，单位为摩尔每升（mol/L）；",
        "<m>M</m>——氯化钙（CaCl<sub>2</sub>）的摩尔质量，单位为克每摩尔（g/mol）；",
        "<m>m</m>——试料的质量，单位为克（g）。",
    )
    d.cl("5.2", fw("结晶温度的测定：将试样以不大于1 ℃/min的速率冷却，记录晶体析出时的温度。"))
    d.h("6", "检验规则")
    d.cl("6.1", fw("每批产品不超过100 t。按GB/T 6678的规定确定采样单元数，每个采样单元采样量不少于200 g。"))
    d.cl(
        "6.2",
        "检验结果的判定按GB/T 8170中修约值比较法进行。"
        "如有一项指标不符合本文件要求，应重新自两倍量的包装中采样复验。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装上应有牢固清晰的标志，内容包括产品名称、类别、等级、净含量、批号和生产日期。")
    d.cl("7.2", fw("固体产品用内衬聚乙烯薄膜袋的塑料编织袋包装，每袋净含量为25 kg、50 kg或1 000 kg。"))
    d.cl("7.3", "产品在运输和贮存过程中应防止雨淋、受潮。")
    return d
