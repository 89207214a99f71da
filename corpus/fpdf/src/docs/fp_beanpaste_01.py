"""GB 2718-style 食品安全国家标准 酿造酱 (test): a sensory table and a physico-chemical table ruled only by
horizontal lines of two weights, paste-type columns under a header cell spanning them (黄豆酱 / 甜面酱 /
其他酿造酱), comparators at the end of the labels, footnote letters raised on values (restricting footnotes);
a microbiological table of sampling plans by product category that the author continues on the next page
as 续表3 with its two header rows repeated; limits in a clause.  Echoes the structure of the real GB 2718;
every figure here is invented for this corpus."""

from kit import FOOD, C, Doc, R, V, ql

SOY, WHEAT, OTHER = "黄豆酱", "甜面酱", "其他酿造酱"
PLAN = "n=5,c=2"


def build() -> Doc:
    d = Doc(
        stem="fp_beanpaste_01",
        category="酿造酱",
        code="1462",
        kind="GB",
        number="GB 2718—2026",
        title=["食品安全国家标准", "酿造酱"],
        title_en="National food safety standard—Fermented paste",
        replaces=["GB 2718—2014"],
        issuers=FOOD,
        issued="2026-02-14",
        effective="2026-08-14",
    )
    d.preface(
        "本标准代替GB 2718—2014《食品安全国家标准　酿造酱》。",
        "本标准与GB 2718—2014相比，主要变化如下：",
        "——增加了即食酱的微生物限量；",
        "——修改了氨基酸态氮指标；",
        "——增加了食盐含量的标示要求。",
    )
    d.h("1", "范围")
    d.p("本标准适用于以谷类和（或）豆类为主要原料经微生物发酵而制成的酿造酱，包括黄豆酱、甜面酱、蚕豆酱等。")
    d.p("本标准不适用于以酿造酱为原料配制的复合调味酱。")
    d.h("2", "术语和定义")
    d.cl("2.1", "<b>酿造酱</b>　以谷类和（或）豆类为主要原料，经微生物发酵而制成的半固态的调味品。")
    d.cl("2.2", "<b>即食酱</b>　开袋（瓶）后不经加热可直接食用的酿造酱。")
    d.h("3", "技术要求")
    d.h("3.1", "原料要求")
    d.p("原料应符合相应的食品标准和有关规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求", "检验方法"],
            [
                "色泽",
                ql("色泽", "具有产品应有的色泽"),
                C(
                    "取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，闻其气味，用温开水漱口后品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            ["滋味、气味", ql("滋味、气味", "具有产品应有的滋味和气味，无异味，不苦，不焦糊，无酸败")],
            ["状态", ql("状态", "黏稠适度，无霉变，无正常视力可见外来异物")],
        ],
        widths=[26, 62, 72],
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    fa = "仅适用于以大豆为主要原料的产品"
    fb = "不适用于添加辣椒、芝麻等辅料的产品"
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=3), C("检验方法", rs=2)],
            [SOY, WHEAT, OTHER],
            [
                C("氨基酸态氮（以氮计）/(g/100 g)　　≥", align="l"),
                V("0.60<sup>a</sup>", R("氨基酸态氮（以氮计）", ">=", 0.60, "g/100 g", cond=[SOY, fa])),
                V("0.30", R("氨基酸态氮（以氮计）", ">=", 0.30, "g/100 g", cond=[WHEAT])),
                V("0.30", R("氨基酸态氮（以氮计）", ">=", 0.30, "g/100 g", cond=[OTHER])),
                "GB 5009.235",
            ],
            [
                C("水分/(g/100 g)　　　　≤", align="l"),
                V("60.0", R("水分", "<=", 60.0, "g/100 g", cond=[SOY])),
                V("55.0<sup>b</sup>", R("水分", "<=", 55.0, "g/100 g", cond=[WHEAT, fb])),
                "—",
                "GB 5009.3",
            ],
            [
                C("总酸（以乳酸计）/(g/100 g)　　≤", align="l"),
                C(
                    V(
                        "2.0",
                        *[R("总酸（以乳酸计）", "<=", 2.0, "g/100 g", cond=[x]) for x in (SOY, WHEAT, OTHER)],
                    ),
                    cs=3,
                ),
                "GB 12456",
            ],
        ],
        head=2,
        widths=[58, 22, 22, 24, 28],
        footnotes=[f"<sup>a</sup>　{fa}。", f"<sup>b</sup>　{fb}。"],
    )
    d.h("3.4", "污染物限量和真菌毒素限量")
    d.cl("3.4.1", "污染物限量应符合GB 2762的规定。")
    d.cl(
        "3.4.2",
        "黄豆酱中黄曲霉毒素B<sub>1</sub>含量不应超过",
        V("5.0 μg/kg", R("黄曲霉毒素B1", "<=", 5.0, "μg/kg", cond=[SOY])),
        "；其他真菌毒素限量应符合GB 2761的规定。",
    )
    d.h("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921的规定。")
    d.cl("3.5.2", "微生物限量还应符合表3的规定。")
    rows = [
        [C("产品类别", rs=2), C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
    ]

    def plan(cat, name, unit, m, mt, big, bt, method, first=False, span=0):
        row: list = []
        if first:
            row.append(C(cat, rs=span))
        row += [
            C(f"{name}/({unit})", align="l"),
            "5",
            "2",
            V(mt, R(name, "<=", m, unit, cond=[cat, PLAN])),
            V(bt, R(name, "<=", big, unit, cond=[cat, PLAN])),
            method,
        ]
        return row

    cat = "需加热食用的酱"
    rows.append(
        plan(cat, "大肠菌群", "CFU/g", 10, "10", 1000, "10<sup>3</sup>", "GB 4789.3 平板计数法", True, 2)
    )
    rows.append(plan(cat, "霉菌", "CFU/g", 100, "10<sup>2</sup>", 1000, "10<sup>3</sup>", "GB 4789.15"))
    cat = "即食酱"
    rows.append(
        plan(cat, "菌落总数", "CFU/g", 1e4, "10<sup>4</sup>", 5e4, "5×10<sup>4</sup>", "GB 4789.2", True, 3)
    )
    rows.append(plan(cat, "大肠菌群", "CFU/g", 10, "10", 100, "10<sup>2</sup>", "GB 4789.3 平板计数法"))
    rows.append(plan(cat, "霉菌和酵母", "CFU/g", 50, "50", 500, "5×10<sup>2</sup>", "GB 4789.15"))
    d.table(
        "3",
        "微生物限量",
        rows,
        head=2,
        widths=[28, 34, 11, 11, 18, 20, 40],
        split=2,
        footnotes=["<sup>a</sup>　样品的采样和处理按GB 4789.1执行。"],
    )
    d.h("3.6", "食品添加剂")
    d.cl("3.6.1", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("3.6.2", "即食酱开启后宜于2 ℃～6 ℃冷藏，并宜在30 d内食用完毕。")
    d.h("4", "其他")
    d.cl("4.1", "产品标签应标示产品类别；即食酱应标示“即食”字样。")
    d.cl("4.2", "产品标签应标示食盐含量。")
    return d
