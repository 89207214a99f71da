"""GB 7101-style 食品安全国家标准 饮料 (test): a sensory table, a physico-chemical table whose rows are
each restricted to a kind of beverage by a footnote (one a qualitative 阴性), and a sampling-plan table
split by category rows (液体饮料 / 固体饮料 and its 其中 row) with single limits across the plan and 5×10^4.
Echoes the structure of the real GB 7101; every figure here is invented for this corpus."""

from kit import FOOD, C, Doc, R, V

PLAN = "n=5,c=2"


def plan_row(label, name, unit, m, m_text, big, big_text, category, cond=()):
    return [
        C(label, align="l"),
        "5",
        "2",
        V(m_text, R(name, "<=", m, unit, cond=[category, PLAN, *cond])),
        V(big_text, R(name, "<=", big, unit, cond=[category, PLAN, *cond])),
    ]


def single(label, name, unit, value, category):
    return [C(label, align="l"), C(V(str(value), R(name, "<=", value, unit, cond=[category])), cs=4)]


def build() -> Doc:
    d = Doc(
        stem="ty_beverage_01",
        category="饮料",
        code=None,
        kind="GB",
        number="GB 7101—2026",
        title=["食品安全国家标准", "饮料"],
        title_en="National food safety standard—Beverage",
        replaces=["GB 7101—2022"],
        issuers=FOOD,
        issued="2026-03-16",
        effective="2026-09-16",
    )
    d.preface(
        "本标准代替GB 7101—2022《食品安全国家标准　饮料》。",
        "本标准与GB 7101—2022相比，主要变化如下：",
        "——修改了固体饮料的微生物限量；",
        "——增加了以棉籽为原料的蛋白饮料中游离棉酚的要求。",
    )
    d.h("1", "范围")
    d.p("本标准适用于饮料，不适用于包装饮用水。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        "<b>饮料</b>　经过定量包装的，供直接饮用或按一定比例用水冲调或冲泡饮用的，"
        "乙醇含量（质量分数）不超过0.5%的制品。也可为饮料浓浆或固体形态。",
    )
    d.cl(
        "2.2",
        "<b>固体饮料</b>　用食品原辅料、食品添加剂等加工制成的粉末状、颗粒状或块状等，"
        "供冲调或冲泡饮用的固态制品。",
    )
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.cl("3.2", "感官要求：应符合表1的规定。")
    ql = lambda name, text: V(text, R(name, "qualitative", text=text))  # noqa: E731
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求", "检验方法"],
            [
                "色泽",
                ql("色泽", "具有该产品应有的色泽"),
                C(
                    "取适量试样置于50 mL无色透明烧杯或白色瓷盘中，"
                    "在自然光下观察色泽和状态，闻其气味，用温开水漱口，品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            ["滋味、气味", ql("滋味、气味", "具有该产品应有的滋味和气味，无异味")],
            ["状态", ql("状态", "具有该产品应有的状态，无正常视力可见外来异物")],
        ],
        widths=[28, 66, 66],
    )
    d.cl("3.3", "理化指标：应符合表2的规定。")
    fa = "仅适用于金属罐装果蔬汁类及其饮料"
    fb = "仅适用于以杏仁等为原料的蛋白饮料"
    fc = "仅适用于以大豆为原料的蛋白饮料"
    fd = "仅适用于以棉籽为原料的蛋白饮料"
    d.table(
        "2",
        "理化指标",
        [
            ["项　　目", "指　　标", "检验方法"],
            [
                C("锌、铜、铁总和<sup>a</sup>/(mg/L)　　≤", align="l"),
                V("20", R("锌、铜、铁总和", "<=", 20, "mg/L", cond=[fa])),
                "GB 5009.13、GB 5009.14、GB 5009.90",
            ],
            [
                C("氰化物（以HCN计）<sup>b</sup>/(mg/L)　　≤", align="l"),
                V("0.05", R("氰化物（以HCN计）", "<=", 0.05, "mg/L", cond=[fb])),
                "GB 5009.36",
            ],
            [
                C("脲酶试验<sup>c</sup>", align="l"),
                V("阴性", R("脲酶试验", "qualitative", cond=[fc], text="阴性")),
                "GB 5009.183",
            ],
            [
                C("游离棉酚<sup>d</sup>/(mg/kg)　　≤", align="l"),
                V("50", R("游离棉酚", "<=", 50, "mg/kg", cond=[fd])),
                "GB 5009.148",
            ],
        ],
        widths=[66, 34, 60],
        footnotes=[
            f"<sup>a</sup>　{fa}。",
            f"<sup>b</sup>　{fb}。",
            f"<sup>c</sup>　{fc}。",
            f"<sup>d</sup>　{fd}。",
        ],
    )
    d.cl("3.4", "污染物限量和真菌毒素限量：污染物限量应符合GB 2762的规定；真菌毒素限量应符合GB 2761的规定。")
    d.cl("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921中饮料类的规定。")
    d.cl("3.5.2", "微生物限量还应符合表3的规定。")
    liq, sol = "液体饮料", "固体饮料"
    pro = "固体饮料/蛋白固体饮料"
    fe = "不适用于添加了活性菌种（好氧和兼性厌氧益生菌）的产品"
    d.table(
        "3",
        "微生物限量",
        [
            [C("项　　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4)],
            ["n", "c", "m", "M"],
            [C(liq, cs=5, align="l")],
            plan_row(
                "菌落总数<sup>b</sup>/(CFU/mL)",
                "菌落总数",
                "CFU/mL",
                100,
                "10<sup>2</sup>",
                10000,
                "10<sup>4</sup>",
                liq,
                [fe],
            ),
            plan_row("大肠菌群/(CFU/mL)", "大肠菌群", "CFU/mL", 1, "1", 10, "10", liq),
            single("霉菌/(CFU/mL)　　≤", "霉菌", "CFU/mL", 20, liq),
            single("酵母/(CFU/mL)　　≤", "酵母", "CFU/mL", 20, liq),
            [C(sol, cs=5, align="l")],
            plan_row(
                "菌落总数<sup>b</sup>/(CFU/g)",
                "菌落总数",
                "CFU/g",
                1000,
                "10<sup>3</sup>",
                50000,
                "5×10<sup>4</sup>",
                sol,
                [fe],
            ),
            plan_row(
                "　其中：蛋白固体饮料",
                "菌落总数",
                "CFU/g",
                10000,
                "10<sup>4</sup>",
                50000,
                "5×10<sup>4</sup>",
                pro,
                [fe],
            ),
            plan_row("大肠菌群/(CFU/g)", "大肠菌群", "CFU/g", 10, "10", 100, "10<sup>2</sup>", sol),
            single("霉菌/(CFU/g)　　≤", "霉菌", "CFU/g", 50, sol),
        ],
        head=2,
        widths=[60, 20, 20, 30, 30],
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1和GB 4789.21执行。", f"<sup>b</sup>　{fe}。"],
    )
    d.cl(
        "3.6",
        ""
        "食品添加剂和食品营养强化剂：食品添加剂的使用应符合GB 2760的规定；"
        "食品营养强化剂的使用应符合GB 14880的规定。",
    )
    d.h("4", "其他")
    d.cl("4.1", "固体饮料应标示冲调或冲泡方法。")
    d.cl("4.2", "添加了活性菌种的饮料，应标示活菌数；产品在保质期内活菌数不宜低于10<sup>6</sup> CFU/mL。")
    return d
