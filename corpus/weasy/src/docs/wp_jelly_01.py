"""GB 19299-style 食品安全国家标准 果冻 (test): a sensory table; a physico-chemical table with type columns
(含乳型 / 果味型, conditions) and comparators at the end of the labels; a sampling-plan table n | c | m | M
with 10ⁿ superscripts under a category column (即食型 / 需冲调型 rows, conditions) running onto 续表; a
分别 clause on cup openings and a warning text (not counted).  Echoes the
structure of the real GB 19299; every figure here is invented for this corpus."""

from kit import FOOD, C, Doc, R, V, ql

MILK, FRUIT = "含乳型果冻", "果味型果冻"


def build() -> Doc:
    d = Doc(
        stem="wp_jelly_01",
        category="果冻",
        code="1499",
        kind="GB",
        number="GB 19299—2026",
        title=["食品安全国家标准", "果冻"],
        title_en="National food safety standard—Jelly",
        replaces=["GB 19299—2015"],
        issuers=FOOD,
        issued="2026-03-27",
        effective="2026-09-27",
    )
    d.preface(
        "本标准代替GB 19299—2015《食品安全国家标准　果冻》。",
        "本标准与GB 19299—2015相比，主要变化如下：",
        "——增加了含乳型果冻的蛋白质要求；",
        "——修改了微生物限量，增加了需冲调型果冻。",
    )
    d.h("1", "范围")
    d.p("本标准适用于果冻，包括即食型果冻和需冲调型果冻（果冻粉）。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        "<b>果冻</b>　以水、食糖和（或）甜味剂等为主要原料，添加增稠剂等，"
        "经溶胶、调配、灌装、杀菌、冷却等工序制成的胶冻食品。",
    )
    d.cl("2.2", "<b>含乳型果冻</b>　添加了乳或乳制品，乳或乳制品添加量（以鲜乳计）不低于15%的果冻。")
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求", "检验方法"],
            [
                "色泽",
                ql("色泽", "具有该产品应有的色泽"),
                C("取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，嗅其气味，品其滋味", rs=3, align="l"),
            ],
            ["滋味、气味", ql("滋味、气味", "具有该产品应有的滋味和气味，无异味")],
            ["状态", ql("状态", "胶冻状，无正常视力可见外来异物")],
        ],
        widths=[28, 66, 66],
        style="outer",
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            [C("项　目", rs=2), C("指　标", cs=2), C("检验方法", rs=2)],
            [MILK, FRUIT],
            [
                C("蛋白质/(g/100 g)　　≥", align="l"),
                V("1.0", R("蛋白质", ">=", 1.0, "g/100 g", cond=[MILK])),
                "—",
                "GB 5009.5",
            ],
            [
                C("可溶性固形物/%　　≥", align="l"),
                C(V("15", *[R("可溶性固形物", ">=", 15, "%", cond=[x]) for x in (MILK, FRUIT)]), cs=2),
                "GB/T 12143",
            ],
            [
                C("凝胶强度/(g/cm<sup>2</sup>)　　≤", align="l"),
                C(
                    V(
                        "60<sup>a</sup>",
                        *[
                            R("凝胶强度", "<=", 60, "g/cm²", cond=[x, "仅适用于吸食类果冻"])
                            for x in (MILK, FRUIT)
                        ],
                    ),
                    cs=2,
                ),
                "附录A",
            ],
        ],
        head=2,
        widths=[50, 32, 32, 40],
        style="zebra",
        footnotes=["<sup>a</sup>　仅适用于吸食类果冻。"],
    )
    d.h("3.4", "污染物限量")
    d.p("污染物限量应符合GB 2762的规定。")
    d.h("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921的规定。")
    d.cl("3.5.2", "微生物限量还应符合表3的规定。")
    plan_a, plan_b = "n=5,c=2", "n=5,c=1"
    rows = [
        [C("项　目", rs=2), C("产品类别", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        [
            C("菌落总数/(CFU/g)", rs=2, align="l"),
            "即食型",
            "5",
            "2",
            V("10<sup>3</sup>", R("菌落总数", "<=", 1000, "CFU/g", cond=["即食型", plan_a])),
            V("10<sup>4</sup>", R("菌落总数", "<=", 10000, "CFU/g", cond=["即食型", plan_a])),
            C("GB 4789.2", rs=2),
        ],
        [
            "需冲调型",
            "5",
            "2",
            V("10<sup>4</sup>", R("菌落总数", "<=", 10000, "CFU/g", cond=["需冲调型", plan_a])),
            V("5×10<sup>4</sup>", R("菌落总数", "<=", 50000, "CFU/g", cond=["需冲调型", plan_a])),
        ],
        [
            C("大肠菌群/(CFU/g)", rs=2, align="l"),
            "即食型",
            "5",
            "1",
            V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["即食型", plan_b])),
            V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=["即食型", plan_b])),
            C("GB 4789.3 平板计数法", rs=2),
        ],
        [
            "需冲调型",
            "5",
            "2",
            V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["需冲调型", plan_a])),
            V("10<sup>3</sup>", R("大肠菌群", "<=", 1000, "CFU/g", cond=["需冲调型", plan_a])),
        ],
        [
            C("霉菌/(CFU/g)　　≤", align="l"),
            "即食型",
            C(V("20", R("霉菌", "<=", 20, "CFU/g", cond=["即食型"])), cs=4),
            "GB 4789.15",
        ],
        [
            C("酵母/(CFU/g)　　≤", align="l"),
            "即食型",
            C(V("20", R("酵母", "<=", 20, "CFU/g", cond=["即食型"])), cs=4),
            "GB 4789.15",
        ],
        [
            C("霉菌和酵母/(CFU/g)　　≤", align="l"),
            "需冲调型",
            C(V("50", R("霉菌和酵母", "<=", 50, "CFU/g", cond=["需冲调型"])), cs=4),
            "GB 4789.15",
        ],
    ]
    d.table(
        "3",
        "微生物限量",
        rows,
        head=2,
        widths=[40, 22, 12, 12, 20, 22, 34],
        style="outer",
        split=4,
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。"],
    )
    d.h("3.6", "食品添加剂")
    d.p("食品添加剂的使用应符合GB 2760的规定。")
    d.h("4", "其他")
    d.cl(
        "4.1",
        "凝胶果冻的杯口内径和杯口内侧最小长度分别不应小于",
        V("3.5 cm", R("杯口内径", ">=", 3.5, "cm", cond=["凝胶果冻"])),
        "和",
        V("3.0 cm", R("杯口内侧最小长度", ">=", 3.0, "cm", cond=["凝胶果冻"])),
        "。",
    )
    d.cl(
        "4.2",
        "果冻产品应在外包装显著位置标示“勿一口吞食，三岁以下儿童不宜食用，老人儿童须在监护下食用”等警示语。",
    )
    return d
