"""HG/T-style 工业氢氧化钾 (test): a chemical-industry sector standard (备案号 on the cover) whose
requirement table has a two-level header, the forms 固体 and 液体 over 优等品 / 一等品 / 合格品, the
comparator in a column of its own between the label and the values, a value merged across the three grades
of one form, dashes for items one grade does not ask; the appearance in a clause; the sampling, the masses
of the determination and the formula are not counted. Echoes GB/T 1919 as remembered; the number and every
figure are invented."""

from kit import C, Doc, R, V, common_front, references

FORMS = ["固体", "液体"]
GRADES = ["优等品", "一等品", "合格品"]


def row(label: str, name: str, sign: str, values) -> list:
    cmp = {"≥": ">=", "≤": "<="}[sign]
    cells: list = [C(label, align="l"), sign]
    for i, text in enumerate(values):
        form, grade = FORMS[i // 3], GRADES[i % 3]
        if text == "—":
            cells.append("—")
        else:
            cells.append(V(text, R(name, cmp, float(text.replace(" ", "")), "%", grade=grade, cond=[form])))
    return cells


def build() -> Doc:
    d = Doc(
        stem="pt_koh_01",
        category="工业氢氧化钾",
        code="2612",
        kind="HG/T",
        number="HG/T 6188—2026",
        replaces=["HG/T 6188—2017"],
        title=["工业氢氧化钾"],
        title_en="Potassium hydroxide for industrial use",
        ics="71.060.40",
        ccs="G 11",
        filing="78215—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-05-26",
        effective="2026-12-01",
    )
    common_front(
        d,
        "HG/T 6188—2017《工业氢氧化钾》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        ["——增加了液体产品的钠含量要求；", "——修改了固体产品的碳酸钾指标；", "——增加了汞含量的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了工业氢氧化钾的要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于离子膜法制得的固体和液体工业氢氧化钾。")
    references(
        d,
        "2",
        "GB/T 190　危险货物包装标志",
        "GB/T 191　包装储运图示标志",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 8170　数值修约规则与极限数值的表示和判定",
    )
    d.h("3", "要求")
    d.cl("3.1", "外观：固体产品为白色片状或粒状结晶；液体产品为无色或略带颜色的透明液体。")
    d.cl("3.2", "工业氢氧化钾应符合表1的要求。")
    rows: list[list] = [
        [C("项　　目", cs=2, rs=2), C("固　体", cs=3), C("液　体", cs=3)],
        GRADES + GRADES,
        row("氢氧化钾（KOH）w/%", "氢氧化钾（KOH）", "≥", ("95.0", "92.0", "90.0", "48.0", "46.0", "45.0")),
        row(
            "碳酸钾（K<sub>2</sub>CO<sub>3</sub>）w/%",
            "碳酸钾（K2CO3）",
            "≤",
            ("0.5", "0.8", "1.0", "0.2", "0.3", "0.4"),
        ),
        row(
            "氯化物（以Cl计）w/%",
            "氯化物（以Cl计）",
            "≤",
            ("0.005", "0.010", "0.030", "0.005", "0.010", "0.020"),
        ),
        row(
            "铁（Fe）w/%", "铁（Fe）", "≤", ("0.000 5", "0.001 0", "0.002 0", "0.000 3", "0.000 6", "0.001 0")
        ),
        row("钠（Na）w/%", "钠（Na）", "≤", ("0.5", "1.0", "2.0", "0.3", "0.5", "1.0")),
        row(
            "硫酸盐（以SO<sub>4</sub>计）w/%",
            "硫酸盐（以SO4计）",
            "≤",
            ("0.01", "0.02", "—", "0.01", "0.01", "—"),
        ),
        [
            C("汞（Hg）w/%", align="l"),
            "≤",
            C(
                V("0.000 005", *[R("汞（Hg）", "<=", 0.000005, "%", grade=g, cond=["固体"]) for g in GRADES]),
                cs=3,
            ),
            C(
                V("0.000 002", *[R("汞（Hg）", "<=", 0.000002, "%", grade=g, cond=["液体"]) for g in GRADES]),
                cs=3,
            ),
        ],
    ]
    d.table(
        "1",
        "要求",
        rows,
        head=2,
        widths=[40, 8, 19, 19, 19, 19, 19, 19],
        style="grid",
    )
    d.h("4", "试验方法")
    d.cl("4.1", "安全提示：氢氧化钾具有强腐蚀性，操作者应小心谨慎，如溅到皮肤上，应立即用水冲洗。")
    d.cl(
        "4.2",
        "氢氧化钾和碳酸钾含量的测定：称取约40 g固体试样（或约80 g液体试样），溶于水后稀释至1 000 mL，以氯化"
        "钡沉淀碳酸根后，用盐酸标准滴定溶液滴定。",
    )
    d.p("氢氧化钾含量以质量分数<m>w_1</m>计，按公式（1）计算：")
    d.math(r"w_1=\frac{V_1\,c\,M\times 10^{-3}}{m\times 50/1000}\times 100\%", "1")
    d.where(
        "<m>V_1</m>——滴定消耗盐酸标准滴定溶液的体积，mL；",
        "<m>c</m>——盐酸标准滴定溶液的浓度，mol/L；",
        "<m>M</m>——氢氧化钾的摩尔质量，g/mol（<m>M=56.11</m>）；",
        "<m>m</m>——试料的质量，g。",
    )
    d.cl("4.3", "平行测定结果的绝对差值：氢氧化钾不大于0.2%，碳酸钾不大于0.05%。")
    d.h("5", "检验规则")
    d.cl(
        "5.1",
        "表1中氢氧化钾、碳酸钾、氯化物、铁为出厂检验项目；钠、硫酸盐和汞为型式检验项目，正常生产情况下每6个"
        "月至少进行一次型式检验。",
    )
    d.cl("5.2", "固体产品每批不超过60 t，液体产品每批不超过200 t。")
    d.cl("5.3", "采用GB/T 8170规定的修约值比较法判定检验结果是否符合本文件。")
    d.h("6", "标志、包装、运输和贮存")
    d.cl(
        "6.1",
        "包装容器上应有牢固清晰的标志，内容包括生产厂名、产品名称、等级、净含量、批号和本文件编号，以及GB/T"
        " 190规定的“腐蚀性物质”标志。",
    )
    d.cl("6.2", "固体产品采用内衬聚乙烯薄膜袋的塑料编织袋包装，每袋净含量25 kg；液体产品用槽车或塑料桶包装。")
    d.cl("6.3", "产品应贮存在阴凉、干燥处，防止雨淋、受潮，不得与酸类物品共贮混运。")
    return d
