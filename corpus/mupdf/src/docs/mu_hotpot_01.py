"""Q/-style 企业标准 火锅底料 (test): a food enterprise standard with the S suffix; a sensory Word table; a
physical and chemical table with no rules under a shaded header band, two grade columns (优级 / 合格) and the
comparators as words in the cells, values merged across the grades; contaminants in a full-width sentence
(含量 in the subjects); a sampling-plan table; a 不得检出 clause listing four substances.  Echoes enterprise
standards filed under SB/T 10415; every figure here is invented for this corpus."""

from kit import C, Doc, R, V, fw, ql

G = ["优级", "合格"]


def graded(name: str, unit: str, word: str, cmp: str, values) -> list:
    return [V(f"{word}{v}", R(name, cmp, float(v), unit, grade=g)) for v, g in zip(values, G, strict=True)]


def merged(name: str, unit: str, text: str, cmp: str, v: float) -> C:
    return C(V(text, *[R(name, cmp, v, unit, grade=g) for g in G]), cs=2)


def build() -> Doc:
    d = Doc(
        stem="mu_hotpot_01",
        category="火锅底料",
        code="1469",
        kind="Q",
        mark="Q/YWF",
        number="Q/YWF 0012S—2026",
        title=["火锅底料"],
        replaces=["Q/YWF 0012S—2024"],
        ics="67.220.20",
        ccs="X 66",
        issuers=["重庆渝味坊食品有限公司"],
        issued="2026-02-03",
        effective="2026-02-18",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/YWF 0012S—2024《火锅底料》，"
        "主要变化：增加了产品等级；增加了总辣椒素指标；修改了微生物限量。",
        "本标准由重庆渝味坊食品有限公司提出并起草。",
        "本标准主要起草人：向明、邓春燕、罗刚。",
    )
    d.h("1", "范围")
    d.p("本标准规定了火锅底料的产品等级、要求、试验方法、检验规则和标签、包装、运输、贮存。")
    d.p(
        "本标准适用于以牛油或食用植物油、辣椒、花椒、豆瓣酱等为主要原料，经炒制、冷却、包装制成的固态或半固态火锅底料。"
    )
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.6　食品安全国家标准　食品中脂肪的测定",
        "GB 7718　食品安全国家标准　预包装食品标签通则",
    ):
        d.p(ref, indent=False)
    d.h("3", "产品等级")
    d.p("产品按理化指标分为优级和合格两个等级。")
    d.h("4", "要求")
    d.h("4.1", "原辅料")
    d.p("原辅料应符合相应食品安全国家标准的规定；牛油应符合GB 10146的规定。")
    d.h("4.2", "感官要求")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求"],
            ["色泽", ql("色泽", "呈红褐色或棕红色，色泽均匀")],
            ["香气", ql("香气", "具有牛油、辣椒、花椒复合香气，无焦煳味")],
            ["滋味", ql("滋味", "麻辣味浓，咸淡适中，无异味")],
            ["组织形态", ql("组织形态", "块状或膏状，凝固均匀，无霉变，无外来杂质")],
        ],
        widths=[22, 78],
        style="grid",
    )
    d.h("4.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            ["项　　目", "优级", "合格", "检验方法"],
            [
                C("水分，g/100g", align="l"),
                *graded("水分", "g/100g", "不高于", "<=", ("8.0", "12.0")),
                "GB 5009.3",
            ],
            [
                C("脂肪，g/100g", align="l"),
                *graded("脂肪", "g/100g", "不低于", ">=", ("45", "35")),
                "GB 5009.6",
            ],
            [
                C("食用盐（以NaCl计），g/100g", align="l"),
                *graded("食用盐（以NaCl计）", "g/100g", "不高于", "<=", ("15", "20")),
                "GB 5009.44",
            ],
            [
                C("总辣椒素，mg/kg", align="l"),
                *graded("总辣椒素", "mg/kg", "不低于", ">=", ("300", "200")),
                "GB/T 21266",
            ],
            [
                C("酸价（以脂肪计）（KOH），mg/g", align="l"),
                merged("酸价（以脂肪计）（KOH）", "mg/g", "不高于3.0", "<=", 3.0),
                "GB 5009.229",
            ],
            [
                C("过氧化值（以脂肪计），g/100g", align="l"),
                merged("过氧化值（以脂肪计）", "g/100g", "不高于0.25", "<=", 0.25),
                "GB 5009.227",
            ],
        ],
        widths=[38, 18, 18, 26],
        style="band",
    )
    d.h("4.4", "污染物限量")
    d.p(
        fw("铅（以Pb计）含量"),
        V(fw("不超过1.0mg/kg"), R("铅（以Pb计）含量", "<=", 1.0, "mg/kg")),
        fw("，总砷（以As计）含量"),
        V(fw("不超过0.5mg/kg"), R("总砷（以As计）含量", "<=", 0.5, "mg/kg")),
        fw("，苯并[a]芘含量"),
        V(fw("不超过10μg/kg"), R("苯并[a]芘含量", "<=", 10.0, "μg/kg")),
        "；其他污染物应符合GB 2762的规定。",
    )
    d.h("4.5", "微生物限量")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项目", rs=2), C("采样方案及限量", cs=4), C("检验方法", rs=2)],
            ["n", "c", "m", "M"],
            [
                C("大肠菌群，CFU/g", align="l"),
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100.0, "CFU/g", cond=["n=5,c=2"])),
                "GB 4789.3",
            ],
        ],
        head=2,
        widths=[30, 10, 10, 14, 14, 22],
        style="grid",
    )
    d.h("4.6", "非食用物质")
    d.p(
        "产品中不得添加罂粟壳，",
        V(
            "不得检出罂粟碱、吗啡、可待因、那可丁",
            *[R(x, "not_detected") for x in ("罂粟碱", "吗啡", "可待因", "那可丁")],
        ),
        "。",
    )
    d.h("4.7", "食品添加剂")
    d.p("食品添加剂的品种和使用量应符合GB 2760的规定。")
    d.h("5", "试验方法")
    d.p("总辣椒素按GB/T 21266测定；罂粟碱、吗啡、可待因、那可丁按DB 53/T 288测定。")
    d.h("6", "检验规则")
    d.p("同一班次、同一生产线生产的同一品种产品为一批。每批抽样不少于8袋，总量不少于2 kg。")
    d.h("7", "标签、包装、运输、贮存")
    d.p("标签应符合GB 7718的规定，并标注产品等级和辣度。产品应在阴凉干燥处贮存，保质期12个月。")
    return d
