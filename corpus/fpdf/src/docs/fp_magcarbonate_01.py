"""HG/T-style 工业水合碱式碳酸镁 (test): the requirements table set on a LANDSCAPE page of its own, its value
columns under a three-row header (指标 spanning all, 轻质 / 重质 spanning their grades, the grades 优等品 /
一等品 / 合格品), ruled only by horizontal lines (heavy above and below, a medium rule under the header,
short rules under the spanning header cells, hairlines between the rows); units in the labels, comparators
at the end of the labels, a range merged across a type's grades, a footnote restricting one row.  Every
figure here is invented for this corpus."""

from kit import C, Doc, R, V, common_front, ql

TYPES = ("轻质", "重质")
GRADES = ("优等品", "一等品", "合格品")


def row(label, name, unit, cmp, cells, method, extra=()):
    """``cells`` per type: a triple per grade, or one text merged over the type's three grades."""
    out: list = [C(label, align="l")]
    for kind, cell in zip(TYPES, cells, strict=True):
        if isinstance(cell, tuple):
            for grade, text in zip(GRADES, cell, strict=True):
                if text == "—":
                    out.append("—")
                else:
                    out.append(V(text, R(name, cmp, float(text), unit, grade=grade, cond=[kind, *extra])))
        else:
            low, high = (float(x) for x in cell.split("～"))
            recs = [R(name, "range", low, unit, grade=g, cond=[kind, *extra], vmax=high) for g in GRADES]
            out.append(C(V(cell, *recs), cs=3))
    out.append(method)
    return out


def build() -> Doc:
    d = Doc(
        stem="fp_magcarbonate_01",
        category="工业水合碱式碳酸镁",
        code="2613",
        kind="HG/T",
        number="HG/T 2959—2026",
        title=["工业水合碱式碳酸镁"],
        title_en="Hydrated basic magnesium carbonate for industrial use",
        replaces=["HG/T 2959—2010"],
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-04-10",
        effective="2026-10-01",
        ics="71.060.50",
        ccs="G 12",
        filing="90388—2026",
    )
    common_front(
        d,
        "HG/T 2959—2010《工业水合碱式碳酸镁》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        ["——增加了重质产品的等级；", "——修改了氧化钙和氯化物的指标；", "——删除了筛余物的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了工业水合碱式碳酸镁的分类、要求、试验方法、检验规则、标志、包装、运输和贮存。")
    d.p(
        "本文件适用于以白云石、菱镁矿或卤水为原料制得的工业水合碱式碳酸镁。该产品主要用于橡胶、涂料、保温材料和医药中间体等行业。"
    )
    d.h("2", "规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    d.p("GB/T 191　包装储运图示标志", indent=False)
    d.p("GB/T 6678　化工产品采样总则", indent=False)
    d.p("HG/T 3696.1　无机化工产品　化学分析用标准滴定溶液的制备", indent=False)
    d.h("3", "分类")
    d.p("工业水合碱式碳酸镁按堆积密度分为轻质和重质两类，每类分为优等品、一等品和合格品三个等级。")
    d.h("4", "要求")
    d.cl("4.1", "外观：", ql("外观", "白色粉末，无可见杂质"), "。")
    d.cl("4.2", "工业水合碱式碳酸镁应符合表1的要求。")
    fa = "仅适用于橡胶用产品"
    head = [
        [C("项　目", rs=3), C("指　标", cs=6), C("试验方法", rs=3)],
        [C("轻质", cs=3), C("重质", cs=3)],
        [*GRADES, *GRADES],
    ]
    body = [
        row(
            "氧化镁（MgO）w/%　　≥",
            "氧化镁（MgO）",
            "%",
            ">=",
            [("41.0", "40.0", "39.0"), ("42.0", "41.0", "40.0")],
            "6.3",
        ),
        row(
            "氧化钙（CaO）w/%　　≤",
            "氧化钙（CaO）",
            "%",
            "<=",
            [("0.40", "0.70", "1.0"), ("0.50", "0.80", "1.2")],
            "6.4",
        ),
        row(
            "盐酸不溶物w/%　　≤",
            "盐酸不溶物",
            "%",
            "<=",
            [("0.10", "0.15", "0.20"), ("0.10", "0.15", "0.25")],
            "6.5",
        ),
        row("水分w/%　　≤", "水分", "%", "<=", [("2.0", "2.5", "3.0"), ("2.0", "2.5", "3.0")], "6.6"),
        row("灼烧失量w/%", "灼烧失量", "%", "range", ["54.0～58.0", "53.0～57.0"], "6.7"),
        row(
            "氯化物（以Cl计）w/%　　≤",
            "氯化物（以Cl计）",
            "%",
            "<=",
            [("0.07", "0.10", "0.15"), ("0.10", "0.15", "0.20")],
            "6.8",
        ),
        row(
            "铁（Fe）w/%　　≤",
            "铁（Fe）",
            "%",
            "<=",
            [("0.005", "0.010", "0.020"), ("0.010", "0.020", "0.030")],
            "6.9",
        ),
        row(
            "锰（Mn）<sup>a</sup> w/%　　≤",
            "锰（Mn）",
            "%",
            "<=",
            [("0.001", "0.003", "—"), ("0.001", "0.003", "—")],
            "6.10",
            extra=(fa,),
        ),
        row(
            "堆积密度/(g/mL)　　≤",
            "堆积密度",
            "g/mL",
            "<=",
            [("0.12", "0.14", "0.16"), ("—", "—", "—")],
            "6.11",
        ),
    ]
    d.table(
        "1",
        "工业水合碱式碳酸镁的要求",
        head + body,
        head=3,
        widths=[66, 24, 24, 24, 24, 24, 24, 28],
        style="rules",
        landscape=True,
        font=9.5,
        footnotes=[f"<sup>a</sup>　{fa}。"],
    )
    d.h("5", "采样")
    d.cl("5.1", "产品按批检验，每批不超过20 t。")
    d.cl("5.2", "按GB/T 6678的规定确定采样单元数，采样时将采样器自包装袋的上方斜插至料层深度的3/4处采样。")
    d.h("6", "试验方法")
    d.cl("6.1", "安全提示：本试验方法中使用的部分试剂具有腐蚀性，操作时应小心谨慎。")
    d.cl("6.2", "外观：在自然光下目视观察。")
    d.cl("6.3", "氧化镁含量的测定：EDTA滴定法，在pH为10时以铬黑T为指示剂。")
    d.cl("6.4", "氧化钙含量的测定：EDTA滴定法，以钙指示剂指示终点。")
    d.cl("6.5", "盐酸不溶物含量的测定：重量法。")
    d.cl("6.6", "水分的测定：于105 ℃～110 ℃干燥至质量恒定。")
    d.cl("6.7", "灼烧失量的测定：于850 ℃±25 ℃灼烧至质量恒定。")
    d.cl("6.8", "氯化物含量的测定：汞量法。")
    d.cl("6.9", "铁含量的测定：邻菲啰啉分光光度法。")
    d.cl("6.10", "锰含量的测定：高碘酸钾分光光度法。")
    d.cl("6.11", "堆积密度的测定：量筒法。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl(
        "7.1",
        "包装袋上应有牢固清晰的标志，内容包括生产厂名、厂址、产品名称、类别、等级、净含量、批号、生产日期和本文件编号。",
    )
    d.cl("7.2", "产品用内衬塑料薄膜袋的塑料编织袋包装，每袋净含量20 kg或25 kg。")
    d.cl("7.3", "产品应贮存在通风、干燥的库房内，防止受潮。")
    return d
