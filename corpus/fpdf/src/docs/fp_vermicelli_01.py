"""GB 2713-style 食品安全国家标准 淀粉制品 (dev): a sensory table and a physico-chemical table ruled only by
horizontal lines of two weights, product-form columns under a header cell spanning them (干粉丝粉条 /
湿粉丝粉条 / 其他淀粉制品), comparators at the end of the labels, footnote letters raised on values (a
restricting footnote and a method footnote); a microbiological table of sampling plans by product category
that the author continues on the next page as 续表3 with its two header rows repeated.  Echoes the structure
of the real GB 2713; every figure here is invented for this corpus."""

from kit import FOOD, C, Doc, R, V, ql

DRY, WET, OTHER = "干粉丝粉条", "湿粉丝粉条", "其他淀粉制品"
PLAN = "n=5,c=2"


def build() -> Doc:
    d = Doc(
        stem="fp_vermicelli_01",
        category="淀粉制品",
        code="1391",
        kind="GB",
        number="GB 2713—2026",
        title=["食品安全国家标准", "淀粉制品"],
        title_en="National food safety standard—Starch products",
        replaces=["GB 2713—2015"],
        issuers=FOOD,
        issued="2026-02-14",
        effective="2026-08-14",
    )
    d.preface(
        "本标准代替GB 2713—2015《食品安全国家标准　淀粉制品》。",
        "本标准与GB 2713—2015相比，主要变化如下：",
        "——修改了范围；",
        "——增加了湿粉丝粉条的水分和微生物限量；",
        "——修改了铝的残留量要求。",
    )
    d.h("1", "范围")
    d.p("本标准适用于淀粉制品，包括粉丝、粉条、粉皮、凉粉、粉圆等。")
    d.p("本标准不适用于以淀粉为主要原料的方便粉丝粉条调料包。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        "<b>淀粉制品</b>　以谷类、豆类、薯类等食用淀粉为原料，"
        "经调浆、成型、熟化、干燥或不干燥等工艺制成的食品。",
    )
    d.cl("2.2", "<b>湿粉丝粉条</b>　成型熟化后未经干燥或仅经表面晾干的粉丝、粉条。")
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
            ["滋味、气味", ql("滋味、气味", "具有产品应有的滋味和气味，无异味")],
            ["状态", ql("状态", "无霉变，无正常视力可见外来异物")],
        ],
        widths=[26, 62, 72],
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    fa = "仅适用于添加明矾工艺生产的产品"
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=3), C("检验方法", rs=2)],
            [DRY, WET, OTHER],
            [
                C("水分/(g/100 g)　　　　≤", align="l"),
                V("15.0", R("水分", "<=", 15.0, "g/100 g", cond=[DRY])),
                V("70.0", R("水分", "<=", 70.0, "g/100 g", cond=[WET])),
                "—",
                "GB 5009.3",
            ],
            [
                C("铝的残留量<sup>a</sup>（以干基计）/(mg/kg)　≤", align="l"),
                C(
                    V(
                        "150<sup>b</sup>",
                        *[
                            R("铝的残留量（以干基计）", "<=", 150, "mg/kg", cond=[x, fa])
                            for x in (DRY, WET, OTHER)
                        ],
                    ),
                    cs=3,
                ),
                "GB 5009.182",
            ],
            [
                C("二氧化硫残留量（以SO<sub>2</sub>计）/(g/kg)　≤", align="l"),
                V("0.03", R("二氧化硫残留量（以SO2计）", "<=", 0.03, "g/kg", cond=[DRY])),
                "—",
                V("0.03", R("二氧化硫残留量（以SO2计）", "<=", 0.03, "g/kg", cond=[OTHER])),
                "GB 5009.34",
            ],
            [
                C("硼酸/(mg/kg)", align="l"),
                C(
                    V(
                        "不得检出",
                        *[R("硼酸", "not_detected", text="不得检出", cond=[x]) for x in (DRY, WET, OTHER)],
                    ),
                    cs=3,
                ),
                "GB 5009.275",
            ],
        ],
        head=2,
        widths=[56, 22, 22, 24, 30],
        footnotes=[
            "<sup>a</sup>　样品以干基计时，按水分测定结果折算。",
            f"<sup>b</sup>　{fa}。",
        ],
    )
    d.h("3.4", "污染物限量")
    d.cl("3.4.1", "污染物限量应符合GB 2762的规定。")
    d.cl(
        "3.4.2",
        "干粉丝粉条中铅（以Pb计）含量不应超过",
        V("0.4 mg/kg", R("铅（以Pb计）", "<=", 0.4, "mg/kg", cond=[DRY])),
        "，湿粉丝粉条不应超过",
        V("0.2 mg/kg", R("铅（以Pb计）", "<=", 0.2, "mg/kg", cond=[WET])),
        "。",
    )
    d.h("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921中相应类别的规定。")
    d.cl("3.5.2", "湿粉丝粉条和即食淀粉制品的微生物限量还应符合表3的规定。")
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

    rows.append(
        plan(WET, "菌落总数", "CFU/g", 1e4, "10<sup>4</sup>", 1e5, "10<sup>5</sup>", "GB 4789.2", True, 3)
    )
    rows.append(plan(WET, "大肠菌群", "CFU/g", 10, "10", 100, "10<sup>2</sup>", "GB 4789.3 平板计数法"))
    rows.append(plan(WET, "霉菌和酵母", "CFU/g", 50, "50", 500, "5×10<sup>2</sup>", "GB 4789.15"))
    cat = "即食凉粉、粉皮"
    rows.append(
        plan(cat, "菌落总数", "CFU/g", 1e5, "10<sup>5</sup>", 1e6, "10<sup>6</sup>", "GB 4789.2", True, 3)
    )
    rows.append(
        plan(cat, "大肠菌群", "CFU/g", 100, "10<sup>2</sup>", 1000, "10<sup>3</sup>", "GB 4789.3 平板计数法")
    )
    rows.append(plan(cat, "霉菌", "CFU/g", 100, "10<sup>2</sup>", 1000, "10<sup>3</sup>", "GB 4789.15"))
    d.table(
        "3",
        "微生物限量",
        rows,
        head=2,
        widths=[28, 34, 11, 11, 18, 18, 40],
        split=3,
        footnotes=["<sup>a</sup>　样品的采样和处理按GB 4789.1执行。"],
    )
    d.h("3.6", "食品添加剂")
    d.cl("3.6.1", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("3.6.2", "湿粉丝粉条宜冷藏贮存，贮存温度宜为0 ℃～10 ℃。")
    d.h("4", "其他")
    d.cl("4.1", "产品标签应标示产品类别（干粉丝粉条、湿粉丝粉条或其他淀粉制品）。")
    d.cl("4.2", "添加明矾的产品应在配料表中标示。")
    return d
