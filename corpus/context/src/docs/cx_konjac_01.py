"""Q/ enterprise food standard 即食魔芋制品 (test): two types (调味型 / 原味型) in a full-grid natural table
with a 单位 column, "—" cells and a pH range per type; a qualitative 感官 table in three-line style;
contaminant and additive limits in a clause with word comparators (不得超过, 应不高于); a microbiological
sampling-plan table in an xtable with n / c / m / M, powers of ten and a restricting footnote under it; a
commercial-sterility requirement without a number (not counted).  The levels echo the national standards
for konjac products as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, plan, references

SPICY, PLAIN = "调味型", "原味型"


def bug(
    label: str, name: str, n: int, c: int, m: str, big: str, mval: float, bval: float, unit: str, extra=()
):
    cond = [plan(n, c), *extra]
    return [
        C(label, align="l"),
        unit,
        str(n),
        str(c),
        V(m, R(name, "<=", mval, unit, cond=cond)),
        V(big, R(name, "<=", bval, unit, cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="cx_konjac_01",
        category="即食魔芋制品",
        code="1399",
        kind="Q",
        mark="Q/SCMY",
        line="四川蜀魔源食品有限公司企业标准",
        short="即食魔芋制品",
        number="Q/SCMY 0005S—2026",
        filing="510000-2026-0893",
        title=["即食魔芋制品"],
        title_en="Ready-to-eat konjac products",
        ics="67.080.20",
        ccs="X 26",
        issuers=["四川蜀魔源食品有限公司"],
        issued="2026-08-01",
        effective="2026-08-15",
    )
    front(
        d,
        "本文件由四川蜀魔源食品有限公司提出并起草。",
        "本文件主要起草人：刘勇、何佳、唐春梅。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p("本文件规定了即食魔芋制品的分类、技术要求、检验方法、检验规则和标志、包装、运输、贮存。")
    d.p(
        "本文件适用于以魔芋精粉为主要原料，经凝胶成型、切制、调味（或不调味）、包装、杀菌制成的即食魔芋制品。"
    )
    references(
        d,
        "2",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 4789.26　食品安全国家标准　食品微生物学检验　商业无菌检验",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.34　食品安全国家标准　食品中二氧化硫的测定",
        "GB 5009.237　食品安全国家标准　食品pH值的测定",
        "NY/T 494　魔芋粉",
    )
    d.h("3", "分类")
    d.p("按是否调味分为调味型（如魔芋爽、魔芋丝结）和原味型（如魔芋块、魔芋丝）。")
    d.h("4", "技术要求")
    d.cl("4.1", "原料：魔芋精粉应符合NY/T 494的规定。")
    d.cl("4.2", "感官要求应符合表1的规定。")
    sensory = [
        ["项　目", "要　求"],
        ["色泽", V("具有该品种应有的色泽", R("色泽", "qualitative", text="具有该品种应有的色泽"))],
        [
            "组织状态",
            V("凝胶状，富有弹性，切面光滑", R("组织状态", "qualitative", text="凝胶状，富有弹性，切面光滑")),
        ],
        [
            "滋味、气味",
            V(
                "具有该品种应有的滋味和气味，无碱涩味，无异味",
                R("滋味、气味", "qualitative", text="具有该品种应有的滋味和气味，无碱涩味，无异味"),
            ),
        ],
        ["杂质", V("无正常视力可见外来异物", R("杂质", "qualitative", text="无正常视力可见外来异物"))],
    ]
    d.table("1", "感官要求", sensory, widths=[40, 100], style="three")
    d.cl("4.3", "理化指标应符合表2的规定。")
    rows = [
        [C("项　目", rs=2), C("单　位", rs=2), C("指　标", cs=2)],
        [SPICY, PLAIN],
        [
            C("固形物含量", align="l"),
            "%",
            V("≥60", R("固形物含量", ">=", 60, "%", cond=[SPICY])),
            "—",
        ],
        [
            C("葡甘聚糖（以干基计）", align="l"),
            "g/100 g",
            C(
                V(
                    "≥2.0",
                    R("葡甘聚糖（以干基计）", ">=", 2.0, "g/100 g", cond=[SPICY]),
                    R("葡甘聚糖（以干基计）", ">=", 2.0, "g/100 g", cond=[PLAIN]),
                ),
                cs=2,
            ),
        ],
        [
            C("钠", align="l"),
            "mg/100 g",
            V("≤1 200", R("钠", "<=", 1200, "mg/100 g", cond=[SPICY])),
            V("≤100", R("钠", "<=", 100, "mg/100 g", cond=[PLAIN])),
        ],
        [
            C("pH值", align="l"),
            "—",
            V("4.0～6.5", R("pH值", "range", 4.0, None, vmax=6.5, cond=[SPICY])),
            V("9.5～11.0", R("pH值", "range", 9.5, None, vmax=11.0, cond=[PLAIN])),
        ],
        [
            C("酸价（以脂肪计）（KOH）", align="l"),
            "mg/g",
            V("≤3", R("酸价（以脂肪计）（KOH）", "<=", 3, "mg/g", cond=[SPICY])),
            "—",
        ],
        [
            C("过氧化值（以脂肪计）", align="l"),
            "g/100 g",
            V("≤0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[SPICY])),
            "—",
        ],
    ]
    d.table("2", "理化指标", rows, head=2, widths=[52, 28, 36, 36])
    d.cl(
        "4.4",
        "污染物和添加剂：铅（以Pb计）",
        V("不得超过0.5 mg/kg", R("铅（以Pb计）", "<=", 0.5, "mg/kg")),
        "，总砷（以As计）",
        V("不得超过0.5 mg/kg", R("总砷（以As计）", "<=", 0.5, "mg/kg")),
        "；二氧化硫残留量（以SO<sub>2</sub>计）",
        V("应不高于0.10 g/kg", R("二氧化硫残留量（以SO2计）", "<=", 0.10, "g/kg")),
        "；其他添加剂的使用应符合GB 2760的规定。",
    )
    d.cl("4.5", "微生物：经高温杀菌的罐装产品应符合商业无菌的要求，其他产品的微生物限量应符合表3的规定。")
    micro = [
        [C("项　目", rs=2), C("单　位", rs=2), C("采样方案及限量", cs=4)],
        ["n", "c", "m", "M"],
        bug(
            "菌落总数<sup>a</sup>",
            "菌落总数",
            5,
            2,
            "10<sup>4</sup>",
            "10<sup>5</sup>",
            1e4,
            1e5,
            "CFU/g",
            ["不适用于添加活性菌种的产品"],
        ),
        bug("大肠菌群", "大肠菌群", 5, 2, "10", "10<sup>2</sup>", 10, 100, "CFU/g"),
        bug("霉菌", "霉菌", 5, 1, "20", "50", 20, 50, "CFU/g"),
    ]
    d.table(
        "3",
        "微生物限量",
        micro,
        head=2,
        widths=[36, 22, 14, 14, 26, 26],
        engine="xtable",
        footnotes=["a　不适用于添加活性菌种的产品。"],
    )
    d.h("5", "检验方法")
    d.cl("5.1", "感官：取样品约100 g置于洁净白色瓷盘中，在自然光下目测，嗅其气味，品其滋味。")
    d.cl("5.2", "固形物含量：沥干2 min后称量，按沥干物质量与净含量之比计算。")
    d.cl("5.3", "pH值：按GB 5009.237测定，取样品均质后测定。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一品种、同一规格的产品为一批，每批随机抽取12袋。")
    d.cl("6.2", "出厂检验项目为感官、固形物含量、pH值、菌落总数和大肠菌群。")
    d.cl("6.3", "型式检验每半年进行一次。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "标签应标明产品类型和食用方法。")
    d.cl("7.2", "产品应在常温下贮存，避免阳光直射；保质期为9个月。")
    return d
