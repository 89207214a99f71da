"""HG/T 2517-style 工业磷酸三钠 (dev): a grid table whose value columns are two product types over their
grades (Ⅰ类: 优等品 / 一等品 / 合格品; Ⅱ类: 优等品 / 合格品), comparators at the end of the row labels,
"—" cells, ranges in cells, values merged across grades and types, a footnote that restricts a row, a
最小值 | 最大值 table of particle sizes with "—" opening a side, and a 分别 clause.  Echoes the structure of
the real HG/T 2517; every figure here is invented for this corpus."""

from kit import C, Doc, R, V, common_front, references

I_GRADES = ["优等品", "一等品", "合格品"]
II_GRADES = ["优等品", "合格品"]
COLS = [("Ⅰ类", g) for g in I_GRADES] + [("Ⅱ类", g) for g in II_GRADES]


def row(label, name, cmp, unit, cells, cond=()):
    """A row of the grade table: ``cells`` one text per column ("—" none), or (text, span) merged."""
    out = [C(label, align="l")]
    col = 0
    for cell in cells:
        text, span = cell if isinstance(cell, tuple) else (cell, 1)
        if text == "—":
            out.append(C(text, cs=span))
        else:
            recs = []
            for kind, grade in COLS[col : col + span]:
                if "～" in text:
                    lo, hi = (float(x.replace(" ", "")) for x in text.split("～"))
                    recs.append(R(name, "range", lo, unit, grade=grade, cond=[kind, *cond], vmax=hi))
                else:
                    recs.append(
                        R(name, cmp, float(text.replace(" ", "")), unit, grade=grade, cond=[kind, *cond])
                    )
            out.append(C(V(text, *recs), cs=span))
        col += span
    return out


def build() -> Doc:
    d = Doc(
        stem="ty_phosphate_01",
        category="工业磷酸三钠",
        code="2613",
        kind="HG/T",
        number="HG/T 2517—2026",
        title=["工业磷酸三钠"],
        title_en="Trisodium phosphate for industrial use",
        replaces=["HG/T 2517—2009"],
        ics="71.060.50",
        ccs="G 12",
        filing="81263—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-04-20",
        effective="2026-11-01",
    )
    common_front(
        d,
        "HG/T 2517—2009",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        ["——增加了Ⅱ类（无水磷酸三钠）产品；", "——修改了硫酸盐、氯化物的指标；", "——增加了粒度要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了工业磷酸三钠的分类、要求、试验方法、检验规则以及标志、包装、运输和贮存。")
    d.p("本文件适用于工业磷酸三钠。该产品主要用于锅炉水处理、金属表面处理和洗涤剂助剂等。")
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "HG/T 3696.1　无机化工产品　化学分析用标准滴定溶液的制备",
    )
    d.h("3", "分类")
    d.p("工业磷酸三钠分为两类：")
    d.item(
        "——",
        "Ⅰ类：十二水磷酸三钠，分子式Na<sub>3</sub>PO<sub>4</sub>·12H<sub>2</sub>O，相对分子质量380.12（按2022年国际相对原子质量）；",
    )
    d.item("——", "Ⅱ类：无水磷酸三钠，分子式Na<sub>3</sub>PO<sub>4</sub>，相对分子质量163.94。")
    d.h("4", "要求")
    d.cl("4.1", "外观：Ⅰ类为白色或微带色的结晶，Ⅱ类为白色粉末或颗粒。")
    d.cl("4.2", "工业磷酸三钠应符合表1的要求。")
    fa = "用于食品加工辅助用途的产品检验此项"
    d.table(
        "1",
        "要求",
        [
            [C("项　　目", rs=3), C("指　　标", cs=5)],
            [C("Ⅰ类", cs=3), C("Ⅱ类", cs=2)],
            I_GRADES + II_GRADES,
            row(
                "磷酸三钠（以Na<sub>3</sub>PO<sub>4</sub>·12H<sub>2</sub>O计）的质量分数/%　　≥",
                "磷酸三钠（以Na3PO4·12H2O计）的质量分数",
                ">=",
                "%",
                ["98.0", "95.0", "92.0", ("—", 2)],
            ),
            row(
                "磷酸三钠（以Na<sub>3</sub>PO<sub>4</sub>计）的质量分数/%　　≥",
                "磷酸三钠（以Na3PO4计）的质量分数",
                ">=",
                "%",
                [("—", 3), "97.0", "94.0"],
            ),
            row(
                "硫酸盐（以SO<sub>4</sub>计）的质量分数/%　　≤",
                "硫酸盐（以SO4计）的质量分数",
                "<=",
                "%",
                ["0.50", "0.80", "1.2", "0.80", "1.5"],
            ),
            row(
                "氯化物（以Cl计）的质量分数/%　　≤",
                "氯化物（以Cl计）的质量分数",
                "<=",
                "%",
                ["0.40", "0.60", "0.90", "0.60", "1.0"],
            ),
            row(
                "水不溶物的质量分数/%　　≤",
                "水不溶物的质量分数",
                "<=",
                "%",
                ["0.05", ("0.10", 2), "0.10", "0.20"],
            ),
            row(
                "甲基橙碱度（以Na<sub>2</sub>O计）的质量分数/%",
                "甲基橙碱度（以Na2O计）的质量分数",
                "range",
                "%",
                ["16.5～19.0", "16.0～19.5", "15.5～20.0", "39.0～42.0", "38.0～43.0"],
            ),
            row("铁（Fe）的质量分数/%　　≤", "铁（Fe）的质量分数", "<=", "%", [("0.005", 3), ("0.010", 2)]),
            row(
                "砷（As）的质量分数<sup>a</sup>/%　　≤",
                "砷（As）的质量分数",
                "<=",
                "%",
                [("0.000 5", 5)],
                cond=[fa],
            ),
            row("pH值（10 g/L水溶液）", "pH值（10 g/L水溶液）", "range", None, [("11.5～12.5", 3), ("—", 2)]),
        ],
        head=3,
        widths=[66, 20, 20, 20, 20, 20],
        footnotes=[f"<sup>a</sup>　{fa}。"],
    )
    d.cl("4.3", "Ⅱ类产品的粒度应符合表2的要求。")
    d.table(
        "2",
        "Ⅱ类产品的粒度",
        [
            ["项　　目", "最小值", "最大值"],
            [
                C("粒径0.25 mm～2.00 mm颗粒的质量分数/%", align="l"),
                V("90", R("粒径0.25 mm～2.00 mm颗粒的质量分数", ">=", 90, "%", cond=["Ⅱ类"])),
                "—",
            ],
            [
                C("粒径大于2.00 mm颗粒的质量分数/%", align="l"),
                "—",
                V("3", R("粒径大于2.00 mm颗粒的质量分数", "<=", 3, "%", cond=["Ⅱ类"])),
            ],
            [
                C("粒径小于0.25 mm颗粒的质量分数/%", align="l"),
                "—",
                V("7", R("粒径小于0.25 mm颗粒的质量分数", "<=", 7, "%", cond=["Ⅱ类"])),
            ],
        ],
        widths=[80, 35, 35],
        style="open",
    )
    d.cl(
        "4.4",
        "用于锅炉水处理的产品，Ⅰ类和Ⅱ类产品中五氧化二磷（P<sub>2</sub>O<sub>5</sub>）的质量分数应分别不低于",
        V("18.0%", R("五氧化二磷（P2O5）的质量分数", ">=", 18.0, "%", cond=["用于锅炉水处理的产品", "Ⅰ类"])),
        "和",
        V("42.0%", R("五氧化二磷（P2O5）的质量分数", ">=", 42.0, "%", cond=["用于锅炉水处理的产品", "Ⅱ类"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "本文件所用试剂和水，在未注明其他要求时，均指分析纯试剂和GB/T 6682规定的三级水。")
    d.cl(
        "5.2",
        "磷酸三钠含量的测定：称取约5 g试样，精确至0.000 2 g，置于250 mL烧杯中，"
        "加100 mL水溶解，用盐酸标准滴定溶液〔c(HCl)=1 mol/L〕滴定至pH 4.5。",
    )
    d.cl(
        "5.3",
        "pH值的测定：称取（1.00±0.01）g试样，"
        "溶于不含二氧化碳的水中，稀释至100 mL，在（25±1）℃下用酸度计测定。",
    )
    d.h("6", "检验规则")
    d.cl("6.1", "表1中除砷外的各项指标为出厂检验项目，应逐批检验。")
    d.cl("6.2", "每批产品不超过60 t。按GB/T 6678的规定确定采样单元数，采样深度为料层深度的3/4。")
    d.cl(
        "6.3",
        "检验结果如有一项指标不符合本文件要求时，应重新自两倍量的包装中采样复验，复验结果即使只有一项指标不符合本文件要求，则整批产品为不合格。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl(
        "7.1",
        "包装容器上应有牢固清晰的标志，"
        "内容包括：生产厂名、厂址、产品名称、类别、等级、净含量、批号或生产日期、"
        "本文件编号及GB/T 191规定的“怕雨”标志。",
    )
    d.cl("7.2", "产品采用内衬聚乙烯塑料薄膜袋、外套塑料编织袋包装，每袋净含量25 kg或50 kg。")
    d.cl("7.3", "产品应贮存于阴凉、干燥处，防止雨淋、受潮。")
    return d
