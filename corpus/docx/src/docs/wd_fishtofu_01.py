"""Q/…S 企业标准 鱼豆腐 (test): a seafood company's standard with two product types in columns (油炸型 /
非油炸型, conditions), a "—" cell where a type has no limit, a value merged over both types, units in a
unit column of its own, a negative limit in a clause (产品中心温度 ≤ -18 ℃), a microbiology table with a
two-row header and 5×10<sup>4</sup>, a Word footnote on one item, and a 不得检出 clause naming two
substances.  Echoes enterprise standards for surimi products under SC/T 3702; every figure here is
invented for this corpus."""

from kit import C, Doc, Fn, R, V, ql

T = ("油炸型", "非油炸型")
FRIED = "仅适用于油炸型产品。"
TX1 = "块形完整，切面致密，有弹性"
TX2 = "具有鱼肉制品应有的鲜味，无异味"


def build() -> Doc:
    d = Doc(
        stem="wd_fishtofu_01",
        category="鱼豆腐",
        code="1362",
        kind="Q",
        mark="Q/350211 HXS",
        kindline="厦门海鲜丰食品有限公司企业标准",
        number="Q/350211 HXS 0002S—2026",
        title=["鱼豆腐"],
        replaces=[],
        ics="67.120.30",
        ccs="X 20",
        filing="350211-2026-0088S",
        issuers=["厦门海鲜丰食品有限公司"],
        issued="2026-01-15",
        effective="2026-01-15",
        face="serif",
        folio="count",
        drafters=[("本文件起草单位：", "厦门海鲜丰食品有限公司"), ("本文件主要起草人：", "黄志明、郑丽华")],
    )
    d.preface("本文件按照GB/T 1.1—2020的规定起草。", "本文件为首次发布。")
    d.h("范围")
    d.p("本文件规定了鱼豆腐的产品分类、技术要求、检验方法、检验规则、标志、包装、运输和贮存。")
    d.p(
        "本文件适用于以冷冻鱼糜为主要原料，添加淀粉、大豆蛋白等辅料，经斩拌、成型、蒸煮（或油炸）、速冻制成的鱼豆腐。"
    )
    d.h("规范性引用文件")
    for ref in (
        "GB 2733　食品安全国家标准　鲜、冻动物性水产品",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 5009.227　食品安全国家标准　食品中过氧化值的测定",
        "SC/T 3702　冷冻鱼糜",
    ):
        d.p(ref, indent=False)
    d.h("产品分类")
    d.p("按加工工艺分为油炸型和非油炸型。")
    d.h("技术要求")
    d.h("原辅料", 2)
    d.p("冷冻鱼糜应符合SC/T 3702的规定，其他原辅料应符合相应食品安全国家标准的规定。")
    d.h("感官要求", 2)
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "油炸型", "非油炸型"],
            ["色泽", ql("色泽", "表面金黄色至浅褐色", T[0]), ql("色泽", "乳白色至浅黄色", T[1])],
            ["组织形态", C(V(TX1, *[R("组织形态", "qualitative", text=TX1, cond=[t]) for t in T]), cs=2)],
            ["滋味和气味", C(V(TX2, *[R("滋味和气味", "qualitative", text=TX2, cond=[t]) for t in T]), cs=2)],
        ],
        widths=[40, 59, 59],
    )
    d.h("理化指标", 2)
    d.table(
        "2",
        "理化指标",
        [
            [C("项目", rs=2), C("单位", rs=2), C("指标", cs=2)],
            list(T),
            [
                "水分",
                "g/100 g",
                V("≤65", R("水分", "<=", 65.0, "g/100 g", cond=[T[0]])),
                V("≤72", R("水分", "<=", 72.0, "g/100 g", cond=[T[1]])),
            ],
            [
                "蛋白质",
                "g/100 g",
                C(V("≥9.0", *[R("蛋白质", ">=", 9.0, "g/100 g", cond=[t]) for t in T]), cs=2),
            ],
            ["淀粉", "g/100 g", C(V("≤15", *[R("淀粉", "<=", 15.0, "g/100 g", cond=[t]) for t in T]), cs=2)],
            [
                "挥发性盐基氮",
                "mg/100 g",
                V("≤20", R("挥发性盐基氮", "<=", 20.0, "mg/100 g", cond=[T[0]])),
                V("≤15", R("挥发性盐基氮", "<=", 15.0, "mg/100 g", cond=[T[1]])),
            ],
            [
                ["过氧化值（以脂肪计）", Fn(FRIED)],
                "g/100 g",
                V("≤0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[T[0], FRIED])),
                "—",
            ],
            [
                ["酸价（以脂肪计）（KOH）", Fn(FRIED)],
                "mg/g",
                V("≤3.0", R("酸价（以脂肪计）（KOH）", "<=", 3.0, "mg/g", cond=[T[0], FRIED])),
                "—",
            ],
        ],
        head=2,
        widths=[52, 26, 40, 40],
    )
    d.h("污染物限量", 2)
    d.cl(3, "铅（以Pb计）应", V("不大于0.5 mg/kg", R("铅（以Pb计）", "<=", 0.5, "mg/kg")), "。")
    d.cl(3, "甲基汞（以Hg计）应", V("不大于0.5 mg/kg", R("甲基汞（以Hg计）", "<=", 0.5, "mg/kg")), "。")
    d.cl(
        3,
        "孔雀石绿、氯霉素均",
        V("不得检出", R("孔雀石绿", "not_detected"), R("氯霉素", "not_detected")),
        "。",
    )
    d.h("微生物限量", 2)
    d.table(
        "3",
        "微生物限量",
        [
            [C("项目", rs=2), C("采样方案及限量（若非指定，均以CFU/g表示）", cs=4)],
            ["n", "c", "m", "M"],
            [
                "菌落总数",
                "5",
                "2",
                V("5×10<sup>4</sup>", R("菌落总数", "<=", 50000.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>5</sup>", R("菌落总数", "<=", 100000.0, "CFU/g", cond=["n=5,c=2"])),
            ],
            [
                "大肠菌群",
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100.0, "CFU/g", cond=["n=5,c=2"])),
            ],
        ],
        head=2,
        widths=[46, 28, 28, 28, 28],
    )
    d.h("冻品温度", 2)
    d.p("出厂时产品中心温度应", V("不高于-18 ℃", R("产品中心温度", "<=", -18.0, "℃", cond=["出厂时"])), "。")
    d.h("净含量", 2)
    d.p("应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("检验方法")
    d.cl(2, "感官：取适量样品置于白色瓷盘中，在自然光下观察色泽和组织形态，嗅其气味。")
    d.cl(2, "过氧化值：按GB 5009.227规定的方法测定。")
    d.cl(2, "中心温度：用温度计插入产品几何中心，读数稳定后记录。")
    d.h("检验规则")
    d.p("同一班次、同一品种的产品为一批。每批随机抽样6袋（不少于2 kg）。")
    d.h("标志、包装、运输和贮存")
    d.p("产品应在-18 ℃以下的冷库中贮存，库温波动不超过2 ℃，保质期12个月。")
    return d
