"""HG/T-style 工业硅酸钠 (dev): the requirements table set on a LANDSCAPE page of its own, its value columns
under a three-row header (液体硅酸钠 / 固体硅酸钠 spanning the types, the types 液-1 … 固-2 spanning their
grades, the grades 优等品 / 合格品), ruled as an open grid (no outer verticals, heavy top and bottom); units
in the labels (``w/%``, ``/(g/cm³)``), comparators at the end of the labels, ranges merged across a type's
grades; the body on portrait pages before and after it.  Every figure here is invented for this corpus."""

from kit import C, Doc, R, V, common_front, ql

TYPES = [("液-1", True), ("液-2", True), ("液-3", True), ("固-1", False), ("固-2", False)]
GRADES = ("优等品", "合格品")


def row(label: str, name: str, unit: str | None, cmp: str, cells: list, method: str) -> list:
    """One requirement row: ``cells`` per type, a pair (优等品, 合格品) for a liquid type, a str merged over
    both grades, or one text for a solid type ("—" none)."""
    out: list = [C(label, align="l")]
    for (kind, graded), cell in zip(TYPES, cells, strict=True):
        if graded and isinstance(cell, tuple):
            for grade, text in zip(GRADES, cell, strict=True):
                out.append(V(text, R(name, cmp, float(text), unit, grade=grade, cond=[kind])))
        elif graded:
            out.append(C(merged(name, unit, cmp, cell, kind, GRADES), cs=2))
        elif cell == "—":
            out.append("—")
        else:
            out.append(merged(name, unit, cmp, cell, kind, (None,)))
    out.append(method)
    return out


def merged(name, unit, cmp, text, kind, grades):
    if "～" in text:
        low, high = (float(x) for x in text.split("～"))
        return V(text, *[R(name, "range", low, unit, grade=g, cond=[kind], vmax=high) for g in grades])
    return V(text, *[R(name, cmp, float(text), unit, grade=g, cond=[kind]) for g in grades])


def build() -> Doc:
    d = Doc(
        stem="fp_sodiumsilicate_01",
        category="工业硅酸钠",
        code="2613",
        kind="HG/T",
        number="HG/T 5987—2026",
        title=["工业硅酸钠"],
        title_en="Sodium silicate for industrial use",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-04-10",
        effective="2026-10-01",
        ics="71.060.50",
        ccs="G 12",
        filing="90412—2026",
    )
    common_front(
        d, None, "中国石油和化学工业联合会", "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）"
    )
    d.h("1", "范围")
    d.p("本文件规定了工业硅酸钠的分类、要求、试验方法、检验规则、标志、包装、运输和贮存。")
    d.p(
        "本文件适用于以石英砂和纯碱或烧碱为原料制得的工业硅酸钠。该产品主要用于洗涤剂、铸造、造纸、纺织和水处理等行业。"
    )
    d.h("2", "规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    d.p("GB/T 191　包装储运图示标志", indent=False)
    d.p("GB/T 6678　化工产品采样总则", indent=False)
    d.p("GB/T 6682　分析实验室用水规格和试验方法", indent=False)
    d.h("3", "分类")
    d.p(
        "工业硅酸钠分为液体和固体两类，液体按模数分为液-1、液-2、液-3三个型号，固体分为固-1、固-2两个型号。液体产品分为优等品和合格品两个等级。"
    )
    d.h("4", "要求")
    d.cl(
        "4.1",
        "外观：",
        ql(
            "外观",
            "液体产品为无色、略带色的透明或半透明黏稠液体；固体产品为无色、略带色的透明或半透明玻璃块状体",
        ),
        "。",
    )
    d.cl("4.2", "工业硅酸钠应符合表1的要求。")
    head = [
        [C("项　目", rs=3), C("液体硅酸钠", cs=6), C("固体硅酸钠", cs=2), C("试验方法", rs=3)],
        [C("液-1", cs=2), C("液-2", cs=2), C("液-3", cs=2), C("固-1", rs=2), C("固-2", rs=2)],
        ["优等品", "合格品", "优等品", "合格品", "优等品", "合格品"],
    ]
    body = [
        row(
            "铁（Fe）w/%　　≤",
            "铁（Fe）",
            "%",
            "<=",
            [("0.02", "0.05"), ("0.02", "0.05"), ("0.02", "0.05"), "0.10", "0.15"],
            "5.4",
        ),
        row(
            "水不溶物w/%　　≤",
            "水不溶物",
            "%",
            "<=",
            [("0.10", "0.40"), ("0.10", "0.40"), ("0.20", "0.60"), "—", "—"],
            "5.5",
        ),
        row(
            "密度（20 ℃）/(g/cm<sup>3</sup>)",
            "密度（20 ℃）",
            "g/cm³",
            "range",
            ["1.368～1.394", "1.436～1.465", "1.526～1.559", "—", "—"],
            "5.6",
        ),
        row(
            "氧化钠（Na<sub>2</sub>O）w/%　　≥",
            "氧化钠（Na2O）",
            "%",
            ">=",
            [("8.2", "7.5"), ("10.2", "9.5"), ("12.8", "12.0"), "22.0", "24.0"],
            "5.7",
        ),
        row(
            "二氧化硅（SiO<sub>2</sub>）w/%　　≥",
            "二氧化硅（SiO2）",
            "%",
            ">=",
            [("26.0", "25.0"), ("25.7", "24.6"), ("29.2", "28.0"), "53.0", "51.0"],
            "5.8",
        ),
        row(
            "模数M",
            "模数M",
            None,
            "range",
            ["3.41～3.60", "2.60～2.90", "2.20～2.50", "2.30～2.50", "2.00～2.20"],
            "5.9",
        ),
    ]
    d.table(
        "1",
        "工业硅酸钠的要求",
        head + body,
        head=3,
        widths=[62, 20, 20, 20, 20, 20, 20, 24, 24, 24],
        style="open",
        landscape=True,
        font=9.5,
        notes=["注：模数M为二氧化硅与氧化钠的物质的量之比。"],
    )
    d.h("5", "试验方法")
    d.cl("5.1", "安全提示：本试验方法中使用的部分试剂具有腐蚀性，操作时应小心谨慎。")
    d.cl(
        "5.2", "一般规定：本文件所用试剂和水，在没有注明其他要求时，均指分析纯试剂和GB/T 6682中规定的三级水。"
    )
    d.cl("5.3", "外观：在自然光下目视观察。")
    d.cl("5.4", "铁含量的测定：邻菲啰啉分光光度法，在波长510 nm处测定吸光度。")
    d.cl("5.5", "水不溶物含量的测定：试样溶于水后用玻璃砂坩埚过滤，于105 ℃～110 ℃干燥至质量恒定。")
    d.cl("5.6", "密度的测定：密度计法，试验温度（20.0±0.1）℃。")
    d.cl("5.7", "氧化钠含量的测定：以甲基橙为指示剂，用盐酸标准滴定溶液滴定。")
    d.cl("5.8", "二氧化硅含量的测定：氟硅酸钾容量法。")
    d.cl("5.9", "模数的计算：按氧化钠和二氧化硅的测定结果计算。")
    d.h("6", "检验规则")
    d.cl("6.1", "本文件规定的全部项目为出厂检验项目，应逐批检验。")
    d.cl("6.2", "液体产品每批不超过60 t，固体产品每批不超过100 t。")
    d.cl(
        "6.3",
        "检验结果如有指标不符合本文件要求时，应重新自两倍量的包装中采样复验，复验结果即使只有一项指标不符合本文件要求，则整批产品为不合格。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl(
        "7.1",
        "包装容器上应有牢固清晰的标志，内容包括生产厂名、厂址、产品名称、型号、等级、净含量、批号、生产日期和本文件编号。",
    )
    d.cl("7.2", "液体产品用槽车或塑料桶包装，每桶净含量25 kg或250 kg。")
    d.cl("7.3", "产品应贮存在阴凉、干燥处，液体产品贮存温度不宜低于0 ℃。")
    return d
