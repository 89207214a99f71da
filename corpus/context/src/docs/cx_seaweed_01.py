"""Q/ enterprise food standard 调味海苔 (dev): two product forms (片状 / 碎状) as value columns of a natural
table, values merged over both forms; a qualitative 感官 table; contaminant limits in a clause with word
comparators and a 干重 basis; a microbiological sampling-plan table (n / c / m / M under a spanning header,
powers of ten, 0/25 g) with a method footnote under it; a mould limit in a clause; method references in a
column (not indicators); shelf life and sampling not counted.  The levels echo the national standard on
algae products as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, plan, references

FORMS = ["片状", "碎状"]
DRY = "以干重计"


def two(label: str, name: str, unit: str, cmp: str, texts: list[str], method: str) -> list:
    """A row of the 理化指标 table: one value per form, or one merged over both."""
    cells: list = [C(label, align="l")]
    if len(texts) == 1:
        cells.append(C(V(texts[0], *[R(name, cmp, float(texts[0]), unit, cond=[f]) for f in FORMS]), cs=2))
    else:
        cells += [V(t, R(name, cmp, float(t), unit, cond=[f])) for t, f in zip(texts, FORMS, strict=True)]
    return [*cells, method]


def bug(label: str, name: str, n: int, c: int, m: str, big: str, mval: float, bval: float) -> list:
    cond = [plan(n, c)]
    return [
        C(label, align="l"),
        str(n),
        str(c),
        V(m, R(name, "<=", mval, "CFU/g", cond=cond)),
        V(big, R(name, "<=", bval, "CFU/g", cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="cx_seaweed_01",
        category="调味海苔",
        code="1369",
        kind="Q",
        mark="Q/ZJHY",
        line="浙江海悦食品有限公司企业标准",
        short="调味海苔",
        number="Q/ZJHY 0012S—2026",
        replaces=["Q/ZJHY 0012S—2023"],
        filing="330381-2026-0157",
        title=["调味海苔"],
        title_en="Seasoned laver",
        ics="67.120.30",
        ccs="X 20",
        issuers=["浙江海悦食品有限公司"],
        issued="2026-03-10",
        effective="2026-03-20",
    )
    front(
        d,
        "本文件代替Q/ZJHY 0012S—2023《调味海苔》，与Q/ZJHY 0012S—2023相比，主要技术变化如下：",
        "——增加了碎状产品的要求；",
        "——修改了盐分和过氧化值指标；",
        "——增加了沙门氏菌的要求。",
        "本文件由浙江海悦食品有限公司提出并起草。",
        "本文件主要起草人：陈立群、王海燕、郑晓明。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了调味海苔的产品分类、技术要求、生产加工过程卫生要求、检验方法、检验规则和标志、"
        "包装、运输、贮存。"
    )
    d.p("本文件适用于以干紫菜为主要原料，经调味、烘烤、切割（或破碎）、包装等工序制成的调味海苔。")
    references(
        d,
        "2",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.2　食品安全国家标准　食品微生物学检验　菌落总数测定",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 4789.4　食品安全国家标准　食品微生物学检验　沙门氏菌检验",
        "GB 4789.15　食品安全国家标准　食品微生物学检验　霉菌和酵母计数",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.5　食品安全国家标准　食品中蛋白质的测定",
        "GB 5009.12　食品安全国家标准　食品中铅的测定",
        "GB 14881　食品安全国家标准　食品生产通用卫生规范",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "调味海苔　seasoned laver")
    d.p("以干紫菜为原料，添加食用植物油、食用盐、白砂糖等调味料，经烘烤等工艺制成的即食藻类制品。")
    d.h("4", "产品分类")
    d.p("按产品形态分为片状调味海苔（以下简称片状）和碎状调味海苔（以下简称碎状）。")
    d.h("5", "技术要求")
    d.cl("5.1", "原辅料要求：干紫菜应符合GB 19643的规定，其他原辅料应符合相应的食品安全国家标准。")
    d.cl("5.2", "感官要求应符合表1的规定。")
    sensory = [
        ["项　目", "要　求", "检验方法"],
        [
            "色泽",
            V("呈墨绿色或黑绿色，有光泽", R("色泽", "qualitative", text="呈墨绿色或黑绿色，有光泽")),
            C("取适量样品置于白色瓷盘中，在自然光下观察色泽和形态，检查有无杂质，嗅其气味，品其滋味", rs=4),
        ],
        [
            "滋味和气味",
            V(
                "具有海苔特有的鲜香味，咸甜适中，无焦糊味，无异味",
                R("滋味和气味", "qualitative", text="具有海苔特有的鲜香味，咸甜适中，无焦糊味，无异味"),
            ),
        ],
        [
            "组织形态",
            V(
                "片状：片形完整，松脆；碎状：颗粒均匀，松脆",
                R("组织形态", "qualitative", text="片状：片形完整，松脆；碎状：颗粒均匀，松脆"),
            ),
        ],
        ["杂质", V("无正常视力可见外来异物", R("杂质", "qualitative", text="无正常视力可见外来异物"))],
    ]
    d.table("1", "感官要求", sensory, widths=[30, 70, 60])
    d.cl("5.3", "理化指标应符合表2的规定。")
    rows = [
        [C("项　目", rs=2), C("指　标", cs=2), C("检验方法", rs=2)],
        FORMS,
        two("水分/（g/100 g）　　≤", "水分", "g/100 g", "<=", ["5.0", "7.0"], "GB 5009.3"),
        two("蛋白质/（g/100 g）　　≥", "蛋白质", "g/100 g", ">=", ["25.0"], "GB 5009.5"),
        two(
            "盐分（以NaCl计）/（g/100 g）　　≤",
            "盐分（以NaCl计）",
            "g/100 g",
            "<=",
            ["8.0", "10.0"],
            "GB 5009.44",
        ),
        two(
            "酸价（以脂肪计）（KOH）/（mg/g）　　≤",
            "酸价（以脂肪计）（KOH）",
            "mg/g",
            "<=",
            ["3.0"],
            "GB 5009.229",
        ),
        two(
            "过氧化值（以脂肪计）/（g/100 g）　　≤",
            "过氧化值（以脂肪计）",
            "g/100 g",
            "<=",
            ["0.25"],
            "GB 5009.227",
        ),
        two("砂分/%　　≤", "砂分", "%", "<=", ["0.3", "0.5"], "附录A"),
    ]
    d.table("2", "理化指标", rows, head=2, widths=[62, 26, 26, 34])
    d.cl(
        "5.4",
        "污染物限量：铅（以Pb计）",
        V("不大于1.0 mg/kg", R("铅（以Pb计）", "<=", 1.0, "mg/kg", cond=[DRY])),
        "，镉（以Cd计）",
        V("不大于2.0 mg/kg", R("镉（以Cd计）", "<=", 2.0, "mg/kg", cond=[DRY])),
        "，无机砷（以As计）",
        V("不大于1.5 mg/kg", R("无机砷（以As计）", "<=", 1.5, "mg/kg", cond=[DRY])),
        "（均以干重计）；其他污染物限量应符合GB 2762的规定。",
    )
    d.cl("5.5", "微生物限量应符合表3的规定。")
    micro = [
        [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        [
            *bug("菌落总数/（CFU/g）", "菌落总数", 5, 2, "3×10<sup>4</sup>", "10<sup>5</sup>", 3e4, 1e5),
            "GB 4789.2",
        ],
        [
            *bug("大肠菌群/（CFU/g）", "大肠菌群", 5, 2, "10", "10<sup>2</sup>", 10, 100),
            "GB 4789.3 平板计数法",
        ],
        [
            C("沙门氏菌", align="l"),
            "5",
            "0",
            V("0/25 g", R("沙门氏菌", "not_detected", cond=[plan(5, 0)], text="0/25 g")),
            "—",
            "GB 4789.4",
        ],
    ]
    d.table(
        "3",
        "微生物限量",
        micro,
        head=2,
        widths=[40, 12, 12, 22, 22, 40],
        footnotes=["a　样品的采样及处理按GB 4789.1执行。"],
    )
    d.cl(
        "5.6",
        "霉菌计数",
        V("应不大于50 CFU/g", R("霉菌计数", "<=", 50, "CFU/g")),
        "，检验按GB 4789.15执行。",
    )
    d.cl("5.7", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("5.8", "净含量应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("6", "生产加工过程卫生要求")
    d.p("应符合GB 14881的规定。")
    d.h("7", "检验方法")
    d.cl("7.1", "感官要求：按表1中的方法检验。")
    d.cl("7.2", "理化指标、污染物和微生物：按表2、表3及5.4、5.6所列方法检验。")
    d.cl("7.3", "砂分：按附录A测定，样品在（550±25）℃灼烧后以盐酸处理。")
    d.h("8", "检验规则")
    d.cl("8.1", "组批：同一班次、同一配方生产的同一形态产品为一批。")
    d.cl("8.2", "抽样：每批随机抽取不少于12袋（总量不少于300 g），分为检验样品和留存样品。")
    d.cl("8.3", "出厂检验项目为感官要求、水分、净含量、菌落总数和大肠菌群。")
    d.cl("8.4", "型式检验每6个月进行一次，项目为本文件第5章规定的全部项目。")
    d.cl(
        "8.5",
        "判定规则：检验结果全部符合本文件规定时，判该批产品合格；微生物指标不合格时，判该批产品不合格，"
        "不得复检；其他指标不合格时，可在同批产品中加倍抽样复检。",
    )
    d.h("9", "标志、包装、运输和贮存")
    d.cl("9.1", "产品标签应标明产品形态；包装储运图示标志应符合GB/T 191的规定。")
    d.cl("9.2", "包装材料应符合相应食品安全国家标准，内装干燥剂。")
    d.cl("9.3", "产品应贮存于阴凉干燥处，离地离墙不少于10 cm；片状保质期12个月，碎状保质期9个月。")
    d.annex("A", "规范性", "砂分的测定")
    d.cl("A.1", "称取试样5 g（精确至0.01 g），置于已恒重的坩埚中，炭化后于（550±25）℃灼烧4 h。")
    d.cl("A.2", "灰分以盐酸（1+3）溶解，过滤，残渣再灼烧至恒重，砂分按式（A.1）计算：")
    d.math(r"X=\frac{m_1-m_0}{m}\times 100", "A.1")
    d.where(
        "<m>X</m>——试样中砂分的含量，%；",
        "<m>m_1</m>——坩埚和残渣的质量，单位为克（g）；",
        "<m>m_0</m>——坩埚的质量，单位为克（g）；",
        "<m>m</m>——试样的质量，单位为克（g）。",
    )
    return d
