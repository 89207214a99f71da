"""GB 2716-style 食品安全国家标准 植物油 (dev): a sensory table (qualitative rows); a physico-chemical table
whose value columns are nested oil categories under a two-row header (植物原油 / 食用植物油（包括调和油） /
煎炸过程中的食用植物油), comparators at the end of the labels, "—" cells, a value merged across two columns,
footnotes that restrict a cell and a footnote carrying a value of its own; a 不得检出 clause and a 宜
sentence (not counted).  Echoes the structure of the real GB 2716; every figure here is invented for this
corpus."""

from kit import FOOD, C, Doc, R, V, ql

RAW, OIL, FRY = "植物原油", "食用植物油（包括调和油）", "煎炸过程中的食用植物油"


def build() -> Doc:
    d = Doc(
        stem="wp_vegoil_01",
        category="食用植物油",
        code="1331",
        kind="GB",
        number="GB 2716—2026",
        title=["食品安全国家标准", "植物油"],
        title_en="National food safety standard—Vegetable oil",
        replaces=["GB 2716—2018"],
        issuers=FOOD,
        issued="2026-03-27",
        effective="2026-09-27",
    )
    d.preface(
        "本标准代替GB 2716—2018《食品安全国家标准　植物油》。",
        "本标准与GB 2716—2018相比，主要变化如下：",
        "——修改了酸价和过氧化值指标；",
        "——增加了植物原油的米糠原油、棕榈原油酸价要求；",
        "——增加了矿物油的要求。",
    )
    d.h("1", "范围")
    d.p("本标准适用于植物原油、食用植物油和煎炸过程中的食用植物油。")
    d.p("本标准不适用于食用植物油制品（如人造奶油、起酥油等）。")
    d.h("2", "术语和定义")
    d.cl("2.1", "<b>植物原油</b>　以食用植物油料为原料制取的、用于加工食用植物油的不直接食用的原料油。")
    d.cl("2.2", "<b>食用植物油</b>　以食用植物油料或植物原油为原料制成的食用油脂，包括调和油。")
    d.cl("2.3", "<b>煎炸过程中的食用植物油</b>　在煎炸食品过程中使用的食用植物油。")
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：植物原油和食用植物油料应符合相应的食品标准和有关规定。")
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
                C("取适量试样置于50 mL烧杯中，在自然光下观察色泽和状态，闻其气味，品其滋味", rs=3, align="l"),
            ],
            ["滋味、气味", ql("滋味、气味", "具有产品应有的滋味和气味，无焦臭、酸败及其他异味")],
            ["状态", ql("状态", "具有产品应有的状态，无正常视力可见的外来异物")],
        ],
        widths=[28, 70, 64],
        style="outer",
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    a = "米糠原油、棕榈原油的酸价（KOH）不大于"
    b = "仅适用于浸出工艺生产的食用植物油（包括调和油）"
    c = "仅适用于棉籽油"
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=3), C("检验方法", rs=2)],
            [RAW, OIL, FRY],
            [
                C("酸价（KOH）/(mg/g)　　≤", align="l"),
                V("4<sup>a</sup>", R("酸价（KOH）", "<=", 4, "mg/g", cond=[RAW])),
                V("3", R("酸价（KOH）", "<=", 3, "mg/g", cond=[OIL])),
                V("5", R("酸价（KOH）", "<=", 5, "mg/g", cond=[FRY])),
                "GB 5009.229",
            ],
            [
                C("过氧化值/(g/100 g)　　≤", align="l"),
                C(V("0.25", *[R("过氧化值", "<=", 0.25, "g/100 g", cond=[x]) for x in (RAW, OIL)]), cs=2),
                "—",
                "GB 5009.227",
            ],
            [
                C("极性组分/%　　≤", align="l"),
                "—",
                "—",
                V("27", R("极性组分", "<=", 27, "%", cond=[FRY])),
                "GB 5009.202",
            ],
            [
                C("溶剂残留量/(mg/kg)　　≤", align="l"),
                "—",
                V("20<sup>b</sup>", R("溶剂残留量", "<=", 20, "mg/kg", cond=[OIL, b])),
                "—",
                "GB 5009.262",
            ],
            [
                C("游离棉酚/(mg/kg)　　≤", align="l"),
                "—",
                V("200<sup>c</sup>", R("游离棉酚", "<=", 200, "mg/kg", cond=[OIL, c])),
                V("200<sup>c</sup>", R("游离棉酚", "<=", 200, "mg/kg", cond=[FRY, c])),
                "GB 5009.148",
            ],
        ],
        head=2,
        widths=[44, 22, 32, 30, 32],
        style="zebra",
        footnotes=[
            [
                "<sup>a</sup>　",
                a,
                V("10 mg/g", R("酸价（KOH）", "<=", 10, "mg/g", cond=["米糠原油、棕榈原油"])),
                "。",
            ],
            f"<sup>b</sup>　{b}。",
            f"<sup>c</sup>　{c}。",
        ],
    )
    d.cl(
        "3.3.1",
        "食用植物油中",
        V("不得检出", R("矿物油", "not_detected", text="不得检出")),
        "矿物油（检出限为0.01%）。",
    )
    d.cl("3.3.2", "煎炸过程中的食用植物油油温不宜超过190 ℃，极性组分超过限量时应停止使用并全部更换。")
    d.h("3.4", "污染物限量和真菌毒素限量")
    d.cl("3.4.1", "污染物限量应符合GB 2762的规定。")
    d.cl("3.4.2", "真菌毒素限量应符合GB 2761的规定。")
    d.h("3.5", "农药残留限量")
    d.p("农药残留量应符合GB 2763的规定。")
    d.h("3.6", "食品添加剂和食品营养强化剂")
    d.cl("3.6.1", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("3.6.2", "食品营养强化剂的使用应符合GB 14880的规定。")
    d.h("4", "其他")
    d.cl("4.1", "植物原油不得直接用于食用。")
    d.cl("4.2", "食用植物油的标签应标示原料的原产国；调和油应标示各种食用植物油的比例。")
    return d
