"""GB 17400-style 食品安全国家标准 方便面 (dev): a sensory table (qualitative rows), a physico-chemical
table whose value columns are product parts and types under a two-row header (面饼: 油炸 / 非油炸; 调料包)
with "—" cells, footnotes that restrict rows, a value merged across the three columns, and a sampling-plan
table n | c | m | M with 10^4 superscripts and a single limit across the plan.  Echoes the structure of the
real GB 17400; every figure here is invented for this corpus."""

from kit import FOOD, C, Doc, R, V

FRIED, AIR, SEASON = "油炸面饼", "非油炸面饼", "调料包"


def build() -> Doc:
    d = Doc(
        stem="ty_noodle_01",
        category="方便面",
        code="1433",
        kind="GB",
        number="GB 17400—2026",
        title=["食品安全国家标准", "方便面"],
        title_en="National food safety standard—Instant noodles",
        replaces=["GB 17400—2015"],
        issuers=FOOD,
        issued="2026-03-16",
        effective="2026-09-16",
    )
    d.preface(
        "本标准代替GB 17400—2015《食品安全国家标准　方便面》。",
        "本标准与GB 17400—2015相比，主要变化如下：",
        "——修改了理化指标，增加了调料包的酸价和过氧化值；",
        "——增加了铝的残留量；",
        "——修改了微生物限量。",
    )
    d.h("1", "范围")
    d.p("本标准适用于方便面。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        "<b>方便面</b>　以小麦粉和（或）其他谷物粉、淀粉等为主要原料，添加或不添加辅料，"
        "经加工制成的面饼，添加或不添加方便调料的面条类预包装方便食品，包括油炸方便面和非油炸方便面。",
    )
    d.cl("2.2", "<b>油炸方便面</b>　经油炸工艺干燥的方便面，面饼中脂肪含量一般在15%以上。")
    d.cl("2.3", "<b>调料包</b>　随面饼包装、供冲调食用的粉包、酱包、油包和菜包等。")
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
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
                    "取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，闻其气味，用温开水漱口，品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            ["滋味、气味", ql("滋味、气味", "具有该产品应有的滋味和气味，无异味")],
            ["状态", ql("状态", "外形整齐，无霉变，无正常视力可见外来异物")],
        ],
        widths=[30, 70, 60],
    )
    d.h("3.3", "理化指标")
    d.cl("3.3.1", "理化指标应符合表2的规定。")
    b = "不适用于含湿面饼的方便面"
    a = "仅适用于含油脂的调料包"
    c = "仅适用于使用含铝食品添加剂的产品"
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=3), C("检验方法", rs=2)],
            [FRIED, AIR, SEASON],
            [
                C("水分<sup>b</sup>/(g/100 g)　　　≤", align="l"),
                V("10.0", R("水分", "<=", 10.0, "g/100 g", cond=[FRIED, b])),
                V("14.0", R("水分", "<=", 14.0, "g/100 g", cond=[AIR, b])),
                "—",
                "GB 5009.3",
            ],
            [
                C("酸价（以脂肪计）（KOH）/(mg/g)　≤", align="l"),
                V("1.8", R("酸价（以脂肪计）（KOH）", "<=", 1.8, "mg/g", cond=[FRIED])),
                "—",
                V("3.0<sup>a</sup>", R("酸价（以脂肪计）（KOH）", "<=", 3.0, "mg/g", cond=[SEASON, a])),
                "GB 5009.229",
            ],
            [
                C("过氧化值（以脂肪计）/(g/100 g)　≤", align="l"),
                V("0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[FRIED])),
                V("0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[AIR])),
                V("0.50<sup>a</sup>", R("过氧化值（以脂肪计）", "<=", 0.50, "g/100 g", cond=[SEASON, a])),
                "GB 5009.227",
            ],
            [
                C("羰基价（以脂肪计）/(meq/kg)　≤", align="l"),
                V("20", R("羰基价（以脂肪计）", "<=", 20, "meq/kg", cond=[FRIED])),
                "—",
                "—",
                "GB 5009.230",
            ],
            [
                C("铝的残留量<sup>c</sup>（干样品，以Al计）/(mg/kg)　≤", align="l"),
                C(
                    V(
                        "100",
                        *[
                            R("铝的残留量（干样品，以Al计）", "<=", 100, "mg/kg", cond=[x, c])
                            for x in (FRIED, AIR, SEASON)
                        ],
                    ),
                    cs=3,
                ),
                "GB 5009.182",
            ],
        ],
        head=2,
        widths=[62, 22, 22, 22, 27],
        footnotes=[f"<sup>a</sup>　{a}。", f"<sup>b</sup>　{b}。", f"<sup>c</sup>　{c}。"],
    )
    d.cl("3.3.2", "面饼与调料包应分别检验；调料包中各调料应混合均匀后取样。")
    d.h("3.4", "污染物限量和真菌毒素限量")
    d.cl("3.4.1", "污染物限量应符合GB 2762的规定。")
    d.cl("3.4.2", "真菌毒素限量应符合GB 2761的规定。")
    d.h("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921中即食谷物制品的规定。")
    d.cl("3.5.2", "微生物限量还应符合表3的规定。")
    plan = "n=5,c=2"
    e = "仅适用于面饼和调料包的混合样品"
    d.table(
        "3",
        "微生物限量",
        [
            [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
            ["n", "c", "m", "M"],
            [
                C("菌落总数<sup>b</sup>/(CFU/g)", align="l"),
                "5",
                "2",
                V("10<sup>4</sup>", R("菌落总数", "<=", 10000, "CFU/g", cond=[plan, e])),
                V("10<sup>5</sup>", R("菌落总数", "<=", 100000, "CFU/g", cond=[plan, e])),
                "GB 4789.2",
            ],
            [
                C("大肠菌群/(CFU/g)", align="l"),
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=[plan])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=[plan])),
                "GB 4789.3 平板计数法",
            ],
            [C("霉菌/(CFU/g)　　≤", align="l"), C(V("50", R("霉菌", "<=", 50, "CFU/g")), cs=4), "GB 4789.15"],
        ],
        head=2,
        widths=[40, 14, 14, 22, 22, 43],
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。", f"<sup>b</sup>　{e}。"],
    )
    d.h("3.6", "食品添加剂和食品营养强化剂")
    d.cl("3.6.1", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("3.6.2", "食品营养强化剂的使用应符合GB 14880的规定。")
    return d
