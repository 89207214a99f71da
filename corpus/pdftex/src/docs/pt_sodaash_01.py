"""GB/T-style 工业碳酸钠 (dev): a chemical product standard whose requirement table has a two-level header,
the use classes Ⅰ类 (one grade, 优等品) and Ⅱ类 (优等品 / 一等品 / 合格品) over the grades, the comparator
at the end of the row label (w/% ≥), a value merged across the three grades of Ⅱ类, dashes for items a grade
does not ask, a sieve-residue row; the sampling, the determination's masses and the formula are not counted.
Echoes GB/T 210 as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

# class, grade of each value column
COLUMNS = [("Ⅰ类", "优等品"), ("Ⅱ类", "优等品"), ("Ⅱ类", "一等品"), ("Ⅱ类", "合格品")]


def row(label: str, name: str, cmp: str, unit: str | None, values) -> list:
    cells: list = [C(label, align="l")]
    for (klass, grade), text in zip(COLUMNS, values, strict=True):
        if text == "—":
            cells.append("—")
        else:
            cells.append(V(text, R(name, cmp, float(text.replace(" ", "")), unit, grade=grade, cond=[klass])))
    return cells


def build() -> Doc:
    d = Doc(
        stem="pt_sodaash_01",
        category="工业碳酸钠",
        code="2612",
        kind="GB/T",
        number="GB/T 42810—2026",
        replaces=["GB/T 42810—2018"],
        title=["工业碳酸钠"],
        title_en="Sodium carbonate for industrial use",
        ics="71.060.50",
        ccs="G 12",
        issuers=SAMR,
        issued="2026-03-09",
        effective="2026-10-01",
    )
    common_front(
        d,
        "GB/T 42810—2018《工业碳酸钠》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        ["——收严了Ⅰ类产品的氯化物指标；", "——增加了硫酸盐的要求；", "——删除了烧失量的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了工业碳酸钠的分类、要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于氨碱法、联碱法和天然碱加工制得的工业碳酸钠。")
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB/T 3049　化工产品中铁含量测定的通用方法　1,10-菲罗啉分光光度法",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
    )
    d.h("3", "分类")
    d.p(
        "工业碳酸钠分为两类：Ⅰ类为特种工业用重质碳酸钠，适用于制造显像管玻壳、浮法玻璃等；Ⅱ类为一般工业用碳"
        "酸钠，包括轻质碳酸钠和重质碳酸钠。"
    )
    d.h("4", "要求")
    d.cl("4.1", "外观：白色细小颗粒或粉末。")
    d.cl("4.2", "工业碳酸钠应符合表1的要求。")
    rows: list[list] = [
        [C("项　　目", rs=3), C("指　　标", cs=4)],
        [C("Ⅰ类"), C("Ⅱ类", cs=3)],
        ["优等品", "优等品", "一等品", "合格品"],
        row(
            "总碱量（以干基的Na<sub>2</sub>CO<sub>3</sub>计）w/%　　　≥",
            "总碱量（以干基的Na2CO3计）",
            ">=",
            "%",
            ("99.4", "99.2", "98.8", "98.0"),
        ),
        row(
            "氯化物（以干基的NaCl计）w/%　　　≤",
            "氯化物（以干基的NaCl计）",
            "<=",
            "%",
            ("0.30", "0.70", "0.90", "1.20"),
        ),
        row(
            "铁（Fe）（以干基计）w/%　　　≤",
            "铁（Fe）（以干基计）",
            "<=",
            "%",
            ("0.003 5", "0.003 5", "0.005 5", "—"),
        ),
        row(
            "硫酸盐（以干基的SO<sub>4</sub>计）w/%　　　≤",
            "硫酸盐（以干基的SO4计）",
            "<=",
            "%",
            ("0.03", "0.03", "—", "—"),
        ),
        row("水不溶物 w/%　　　≤", "水不溶物", "<=", "%", ("0.02", "0.04", "0.10", "0.15")),
        [
            C("堆积密度<sup>a</sup>/（g/mL）　　　≥", align="l"),
            V("0.85", R("堆积密度", ">=", 0.85, "g/mL", grade="优等品", cond=["Ⅰ类"])),
            C(
                V(
                    "0.90",
                    *[
                        R("堆积密度", ">=", 0.90, "g/mL", grade=g, cond=["Ⅱ类"])
                        for g in ("优等品", "一等品", "合格品")
                    ],
                ),
                cs=3,
            ),
        ],
        row(
            "粒度<sup>a</sup>（180 μm筛余物）w/%　　　≥",
            "粒度（180 μm筛余物）",
            ">=",
            "%",
            ("75.0", "70.0", "65.0", "60.0"),
        ),
    ]
    d.table(
        "1",
        "要求",
        rows,
        head=3,
        widths=[70, 22, 22, 22, 22],
        footnotes=["<sup>a</sup>　为重质碳酸钠控制指标。"],
        style="three",
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        "总碱量的测定：称取约1.7 g于（270～300）℃下干燥至质量恒定的试样，以溴甲酚绿-甲基红为指示剂，用盐酸"
        "标准滴定溶液滴定。",
    )
    d.p("总碱量以碳酸钠（Na<sub>2</sub>CO<sub>3</sub>）的质量分数<m>w_1</m>计，按公式（1）计算：")
    d.math(r"w_1=\frac{c\,V\,M/2000}{m}\times 100\%", "1")
    d.where(
        "<m>c</m>——盐酸标准滴定溶液的浓度，mol/L；",
        "<m>V</m>——消耗盐酸标准滴定溶液的体积，mL；",
        "<m>M</m>——碳酸钠的摩尔质量，g/mol（<m>M=105.99</m>）；",
        "<m>m</m>——试料的质量，g。",
    )
    d.cl("5.2", "两次平行测定结果的绝对差值不大于0.2%，取其算术平均值为测定结果。")
    d.h("6", "检验规则")
    d.cl(
        "6.1",
        "表1中总碱量、氯化物、铁、水不溶物为出厂检验项目，应逐批检验；其余为型式检验项目，每3个月至少检验一"
        "次。",
    )
    d.cl("6.2", "每批产品不超过600 t。按GB/T 6678的规定确定采样单元数，每袋取样不少于100 g。")
    d.cl(
        "6.3",
        "检验结果中如有指标不符合本文件要求时，应重新自两倍量的包装袋中采样复验，复验结果即使只有一项指标不"
        "符合本文件要求，则整批产品为不合格。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl(
        "7.1",
        "包装袋上应有牢固清晰的标志，内容包括生产厂名、厂址、产品名称、类别、等级、净含量、批号、生产日期和"
        "本文件编号。",
    )
    d.cl("7.2", "产品采用塑料编织袋内衬聚乙烯薄膜袋包装，每袋净含量50 kg或1 000 kg。")
    d.cl("7.3", "产品应贮存在干燥、通风的库房中，防止受潮。")
    return d
