"""SB/T 10439-style 酱腌菜 (test): a commerce sector standard with product-type columns, values merged across
types, "—" cells, comparators in the row labels, a footnote that prints its own limit, a sampling plan
with a 10^3 superscript, clause limits and labelling numbers that are no limits."""

from kit import C, Doc, R, V

TYPES = ("酱渍菜", "盐渍菜", "酱油渍菜", "糖醋渍菜", "盐水渍菜")
G = "g/100 g"


def typed(
    label: str, name: str, cmp: str, texts: list[str], spans: list[int] | None = None, extra=None
) -> list:
    """A row under the type columns; ``spans`` merge a value across neighbouring types."""
    spans = spans or [1] * len(texts)
    row: list = [C(label, align="l")]
    col = 0
    for text, span in zip(texts, spans, strict=True):
        kinds = TYPES[col : col + span]
        if text == "—":
            row.append(C(text, cs=span))
        else:
            value = float(text.split("<")[0])
            recs = [R(name, cmp, value, G, cond=[k, *((extra or {}).get(k, []))]) for k in kinds]
            row.append(C(V(text, *recs), cs=span))
        col += span
    return row


def build() -> Doc:
    d = Doc(
        stem="nat_pickles_01",
        category="酱腌菜",
        code="1371",
        kind="SB/T",
        number="SB/T 10439—2026",
        replaces=["SB/T 10439—2007"],
        title=["酱腌菜"],
        title_en="Pickled vegetables",
        ics="67.080.20",
        ccs="X 24",
        filing="82117—2026",
        issuers=["中华人民共和国商务部"],
        issued="2026-03-05",
        effective="2026-12-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替SB/T 10439—2007《酱腌菜》，与SB/T 10439—2007相比，主要技术变化如下："
        "——产品分类中增加了盐水渍菜；"
        "——更改了食盐的指标，增加了低盐产品的要求；——删除了砷、铅的指标，改为引用GB 2762。",
        "本文件由中华人民共和国商务部提出并归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了酱腌菜的产品分类、技术要求、检验方法、检验规则、标签、包装、运输和贮存。")
    d.p("本文件适用于以新鲜蔬菜为主要原料，经盐渍或酱渍等工艺加工而成的各种蔬菜制品。")
    d.h("2", "规范性引用文件")
    d.p("GB 2714　食品安全国家标准　酱腌菜", indent=False)
    d.p("GB 2762　食品安全国家标准　食品中污染物限量", indent=False)
    d.p("GB 5009.44　食品安全国家标准　食品中氯化物的测定", indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "盐水渍菜　brine pickled vegetables")
    d.p(
        "以蔬菜为原料，用盐水及香辛料混合液生渍或熟渍、发酵（如泡菜、酸黄瓜等）而制成的蔬菜制品，食用时一般不需脱盐。"
    )
    d.h("4", "产品分类")
    d.p("按加工工艺分为酱渍菜、盐渍菜、酱油渍菜、糖醋渍菜、盐水渍菜五类。")
    d.h("5", "技术要求")
    d.h("5.1", "原辅料")
    d.p("蔬菜原料应新鲜，成熟适度，无霉烂、无病虫害；食用盐应符合GB 2721的规定。")
    d.h("5.2", "感官要求")
    d.p("应符合表1的规定。")
    q = lambda name, text: V(text, R(name, "qualitative", text=text))  # noqa: E731
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求"],
            ["色泽", C(q("色泽", "具有该产品应有的色泽"), align="l")],
            ["香气", C(q("香气", "具有该产品应有的香气，无不良气味"), align="l")],
            ["滋味", C(q("滋味", "具有该产品应有的滋味，咸淡适口"), align="l")],
            ["体态", C(q("体态", "具有该产品应有的形态，无霉变，无正常视力可见的外来杂质"), align="l")],
        ],
        widths=[40, 120],
    )
    d.h("5.3", "理化指标")
    d.p("应符合表2的规定。")
    low = "低盐产品的食盐（以氯化钠计）不应超过8.0 g/100 g"
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=5)],
            ["", *TYPES],
            typed("水分/(g/100 g)　　≤", "水分", "<=", ["80.0", "90.0", "85.0", "80.0", "95.0"]),
            typed(
                "食盐（以氯化钠计）<super>a</super>/(g/100 g)　　≤",
                "食盐（以氯化钠计）",
                "<=",
                ["15.0", "20.0", "12.0", "4.0", "8.0"],
            ),
            typed(
                "总酸（以乳酸计）/(g/100 g)　　≤", "总酸（以乳酸计）", "<=", ["2.0", "3.0", "—"], [3, 1, 1]
            ),
            typed(
                "氨基酸态氮（以氮计）/(g/100 g)　　≥",
                "氨基酸态氮（以氮计）",
                ">=",
                ["0.15", "—", "0.10", "—"],
                [1, 1, 1, 2],
            ),
            typed(
                "还原糖（以葡萄糖计）/(g/100 g)　　≥",
                "还原糖（以葡萄糖计）",
                ">=",
                ["—", "10.0", "—"],
                [3, 1, 1],
            ),
        ],
        head=2,
        widths=[60, 20, 20, 20, 20, 20],
        footnotes=[
            ["<super>a</super> ", V(low, R("食盐（以氯化钠计）", "<=", 8.0, G, cond=["低盐产品"])), "。"]
        ],
    )
    d.h("5.4", "食品安全要求")
    d.cl("5.4.1", "污染物限量应符合GB 2762的规定，食品添加剂的使用应符合GB 2760的规定。")
    d.cl(
        "5.4.2",
        "产品中亚硝酸盐（以NaNO<sub>2</sub>计）的含量应",
        V("≤20 mg/kg", R("亚硝酸盐（以NaNO2计）", "<=", 20, "mg/kg")),
        "。",
    )
    d.cl("5.4.3", "微生物限量应符合表3的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项　目", rs=2), C("采样方案<super>b</super>及限量", cs=4)],
            ["", "n", "c", "m", "M"],
            [
                "大肠菌群/(CFU/g)",
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["n=5,c=2"])),
                V("10<super>3</super>", R("大肠菌群", "<=", 1000, "CFU/g", cond=["n=5,c=2"])),
            ],
        ],
        head=2,
        widths=[48, 28, 28, 28, 28],
        notes=["注：散装产品不适用。"],
        footnotes=["<super>b</super> 样品的采样及处理按GB 4789.1执行。"],
    )
    for v in d.values[-2:]:
        for r in v.records:
            r["conditions"].append("散装产品不适用")
    d.h("6", "检验方法")
    d.cl("6.1", "食盐按GB 5009.44执行，取样品20 g，加水200 mL浸泡30 min。")
    d.cl("6.2", "水分按GB 5009.3中直接干燥法执行，干燥温度（103±2）℃。")
    d.h("7", "检验规则")
    d.cl("7.1", "同一班次、同一品种、同一规格的产品为一批，每批随机抽取6个包装单位（不少于1 000 g）。")
    d.cl("7.2", "出厂检验项目为感官要求、净含量、水分、食盐、总酸；型式检验每6个月进行一次。")
    d.h("8", "标签")
    d.p("产品标签应标示产品类别；食盐含量不超过8.0 g/100 g的产品可标示为“低盐”。")
    return d
