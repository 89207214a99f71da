"""HG/T 2227-style 水处理剂 硫酸铝 (dev): a fully boxed table 项目 | 单位 | 优等品 | 一等品 | 合格品 with the
comparator at the end of each row label (``≥`` / ``≤``), values merged across grades, footnotes a / b under
it and notes 注1 / 注2; clause text printed with full-width digits and letters (``０．５ ｍｍ``, ``≤１２％``);
a range with units on both ends, 不大于…且不小于, and the calculation with its 式中 list.  The structure
echoes HG/T 2227 and GB 31060 as remembered; every figure is invented."""

from kit import MIIT, C, Doc, R, V, common_front, fw, references

GRADES = ["优等品", "一等品", "合格品"]
DW = ["饮用水处理用产品的指标"]  # footnote b restricts the rows it marks


def graded(name, cmp, unit, texts, cond=()):
    """One row's cells: a value per grade, or one merged across the three."""
    if isinstance(texts, str):
        return [C(V(texts, *[R(name, cmp, float(texts), unit, grade=g, cond=cond) for g in GRADES]), cs=3)]
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=cond)) for g, t in zip(GRADES, texts, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="pr_alumsulfate_01",
        category="水处理剂 硫酸铝",
        code="2613",
        kind="HG/T",
        number="HG/T 2227—2026",
        replaces=["HG/T 2227—2004"],
        title=["水处理剂　硫酸铝"],
        title_en="Water treatment chemicals—Aluminium sulfate",
        ics="71.060.50",
        ccs="G 12",
        filing="81234—2026",
        issuers=MIIT,
        issued="2026-04-21",
        effective="2026-10-01",
    )
    common_front(
        d,
        "HG/T 2227—2004《水处理剂　硫酸铝》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        [
            "——增加了产品的分等（见表1）；",
            "——增加了汞和六价铬的指标（见表1）；",
            "——修改了铁含量的测定方法（见5.4）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了水处理剂硫酸铝的要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p(fw("本文件适用于以铝土矿或氢氧化铝与硫酸反应制得的固体硫酸铝，主要用于给水和废水处理。"))
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 8170　数值修约规则与极限数值的表示和判定",
    )
    d.h("3", "分子式和相对分子质量")
    d.p(fw("分子式：Al<sub>2</sub>(SO<sub>4</sub>)<sub>3</sub>·18H<sub>2</sub>O。"))
    d.p(fw("相对分子质量：666.43（按2022年国际相对原子质量）。"))
    d.h("4", "要求")
    d.cl("4.1", "外观：白色或微带灰色的粒状或块状固体，无肉眼可见的杂质。")
    d.cl("4.2", "水处理剂硫酸铝按质量分为优等品、一等品和合格品三个等级，各项指标应符合表1的规定。")
    rows: list[list] = [
        [C("项目", rs=2), C("单位", rs=2), C("指标", cs=3)],
        GRADES,
        [
            "氧化铝（Al<sub>2</sub>O<sub>3</sub>）的质量分数　≥",
            "%",
            *graded("氧化铝（Al2O3）的质量分数", ">=", "%", ["17.0", "16.0", "15.6"]),
        ],
        ["铁（Fe）的质量分数　≤", "%", *graded("铁（Fe）的质量分数", "<=", "%", ["0.005", "0.30", "0.50"])],
        ["水不溶物的质量分数　≤", "%", *graded("水不溶物的质量分数", "<=", "%", ["0.10", "0.15", "0.30"])],
        ["pH值（10 g/L水溶液）<sup>a</sup>　≥", "—", *graded("pH值（10 g/L水溶液）", ">=", None, "3.0")],
        [
            "砷（As）的质量分数<sup>b</sup>　≤",
            "%",
            *graded("砷（As）的质量分数", "<=", "%", cond=DW, texts="0.0002"),
        ],
        [
            "铅（Pb）的质量分数<sup>b</sup>　≤",
            "%",
            *graded("铅（Pb）的质量分数", "<=", "%", cond=DW, texts="0.0006"),
        ],
        [
            "镉（Cd）的质量分数<sup>b</sup>　≤",
            "%",
            *graded("镉（Cd）的质量分数", "<=", "%", cond=DW, texts="0.0002"),
        ],
        [
            "汞（Hg）的质量分数<sup>b</sup>　≤",
            "%",
            *graded("汞（Hg）的质量分数", "<=", "%", cond=DW, texts="0.00001"),
        ],
        [
            "六价铬（Cr<sup>6+</sup>）的质量分数<sup>b</sup>　≤",
            "%",
            *graded("六价铬（Cr6+）的质量分数", "<=", "%", cond=DW, texts="0.0005"),
        ],
    ]
    d.table(
        "1",
        "水处理剂硫酸铝的技术指标",
        rows,
        head=2,
        widths=[62, 16, 26, 26, 26],
        style="grid",
        notes=[
            "注1：表中指标均按产品的质量计。",
            "注2：用户对粒度有特殊要求时，由供需双方协商确定。",
        ],
        footnotes=[
            "<sup>a</sup>　pH值测定时溶液的温度为（25±1）℃。",
            "<sup>b</sup>　饮用水处理用产品的指标。",
        ],
    )
    d.cl(
        "4.3",
        fw("粒度：粒状产品的粒径应在"),
        V(fw("1 mm～15 mm"), R("粒状产品的粒径", "range", 1, "mm", vmax=15)),
        fw("之间，粒径小于1 mm的颗粒的质量分数"),
        V(fw("不得超过5%"), R("粒径小于1 mm的颗粒的质量分数", "<=", 5, "%")),
        "。",
    )
    d.cl(
        "4.4",
        fw("游离酸：以H<sub>2</sub>SO<sub>4</sub>计的游离酸的质量分数应"),
        V(
            fw("不大于0.5%且不小于0.05%"),
            R("游离酸的质量分数", "range", 0.05, "%", vmax=0.5, cond=["以H2SO4计"]),
        ),
        "。",
    )
    d.cl(
        "4.5",
        fw("块状产品单块的质量不宜大于5 kg；出厂时产品的游离水的质量分数须"),
        V(fw("≤12%"), R("游离水的质量分数", "<=", 12, "%", cond=["出厂时"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", fw("本文件所用试剂和水，在没有注明其他要求时，均指分析纯试剂和GB/T 6682规定的三级水。"))
    d.cl(
        "5.2",
        fw(
            "氧化铝含量的测定：试样用酸溶解后，加入过量的乙二胺四乙酸二钠标准滴定溶液，用锌标准滴定溶液返滴定。"
        ),
    )
    d.p("氧化铝的质量分数以<m>w_1</m>计，按式（1）计算：")
    d.math(r"w_1 = \frac{(V_0 - V)\,c\,M}{m \times 1000} \times 100\%", "1")
    d.where(
        "<m>V_0</m>——空白试验消耗锌标准滴定溶液的体积，单位为毫升（mL）；",
        "<m>V</m>——试验溶液消耗锌标准滴定溶液的体积，单位为毫升（mL）；",
        "<m>c</m>——锌标准滴定溶液的浓度，单位为摩尔每升（mol/L）；",
        "<m>M</m>——氧化铝（1/2 Al<sub>2</sub>O<sub>3</sub>）的摩尔质量，单位为克每摩尔（g/mol）；",
        "<m>m</m>——试料的质量，单位为克（g）。",
    )
    d.cl("5.3", fw("取平行测定结果的算术平均值为测定结果，两次平行测定结果的绝对差值不大于0.2%。"))
    d.cl("5.4", "铁含量的测定：按邻二氮杂菲分光光度法进行。")
    d.h("6", "检验规则")
    d.cl(
        "6.1",
        fw(
            "表1中氧化铝、铁、水不溶物和pH值为出厂检验项目，其余为型式检验项目，每6个月至少进行一次型式检验。"
        ),
    )
    d.cl("6.2", fw("每批产品不超过60 t。按GB/T 6678的规定确定采样单元数，每袋采样量不少于500 g。"))
    d.cl("6.3", "检验结果的判定按GB/T 8170中修约值比较法进行。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装袋上应有牢固清晰的标志，内容包括产品名称、等级、净含量、批号和生产日期。")
    d.cl("7.2", fw("产品用内衬聚乙烯薄膜袋的塑料编织袋包装，每袋净含量为25 kg或50 kg。"))
    d.cl("7.3", "产品应贮存在阴凉、干燥处，防止受潮，不应与碱性物品混贮。")
    return d
