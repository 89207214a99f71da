"""GB 14884-style 食品安全国家标准 蜜饯 (test): a fully boxed table of two indicators whose rows are
nested product categories (果脯类 / 干态, 半干态 …) with one cell holding two values stacked with their
own labels; a three-line table where only the caption names the indicator (rows are categories, the unit
on a unit line); a full-grid microbiological table with the sampling plan n | c | m | M and a row with a
single limit spanning the plan columns, footnote letters; a three-line 感官 table; clause limits with
不得 / 应当.  The structure echoes GB 14884 as remembered; every figure is invented."""

from kit import FOOD, C, Doc, R, V, common_front, references

WATER = "水分"
SUGAR = "总糖（以葡萄糖计）"
PLAN = "n=5,c=2"


def two(path: str, water: str, sugar: str) -> list:
    return [
        V(water, R(WATER, "<=", float(water), "g/100 g", cond=[path])),
        V(sugar, R(SUGAR, "<=", float(sugar), "g/100 g", cond=[path])),
    ]


def build() -> Doc:
    d = Doc(
        stem="ts2_candiedfruit_01",
        category="蜜饯",
        code="1422",
        kind="GB",
        number="GB 14884—2026",
        replaces=["GB 14884—2016"],
        title=["食品安全国家标准", "蜜饯"],
        issuers=FOOD,
        issued="2026-02-26",
        effective="2027-02-26",
    )
    common_front(
        d,
        "GB 14884—2016《食品安全国家标准　蜜饯》",
        "中华人民共和国国家卫生健康委员会",
        "国家食品安全风险评估中心",
        ["——增加了理化指标（见表2）；", "——增加了二氧化硫残留限量（见表3）；", "——修改了霉菌限量（见表4）。"],
    )
    d.h("1", "范围")
    d.p("本文件适用于蜜饯类、凉果类、果脯类、话化类、果丹（饼）类和果糕类蜜饯。")
    references(
        d,
        "2",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
        "GB 4789.2　食品安全国家标准　食品微生物学检验　菌落总数测定",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 4789.15　食品安全国家标准　食品微生物学检验　霉菌和酵母计数",
        "GB 5009.34　食品安全国家标准　食品中二氧化硫的测定",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        "3.1",
        (
            "<b>蜜饯</b>　以果蔬等为主要原料，添加或不添加食品添加剂和其他辅料，经糖、"
            "蜂蜜或食盐腌制（或不腌制）等工艺制成的制品。"
        ),
    )
    d.cl("3.2", "<b>话化类</b>　以果蔬为主要原料，经腌制、干燥、调味等工艺制成的表面干燥或带有盐霜的制品。")
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应符合相应的食品安全国家标准和有关规定。")
    d.cl("4.2", "感官要求：应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求", "检验方法"],
            [
                "色泽",
                V("具有该产品应有的色泽", R("色泽", "qualitative", text="具有该产品应有的色泽")),
                C(
                    "取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，检查有无异物，闻其气味，品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            ["滋味、气味", V("无异味", R("滋味、气味", "qualitative", text="无异味"))],
            [
                "状态",
                V(
                    "无霉变，无正常视力可见外来异物",
                    R("状态", "qualitative", text="无霉变，无正常视力可见外来异物"),
                ),
            ],
        ],
        widths=[26, 56, 68],
        style="three",
    )
    d.cl("4.3", "理化指标：应符合表2的规定。")
    rows = [
        [C("项　　目", cs=2), WATER + "/(g/100 g)　≤", SUGAR + "/(g/100 g)　≤"],
        [C("蜜饯类", cs=2, align="l"), *two("蜜饯类", "35", "70")],
        [C("果脯类", rs=2), "干态", *two("果脯类/干态", "25", "85")],
        ["半干态", *two("果脯类/半干态", "35", "80")],
        [
            C("凉果类", cs=2, align="l"),
            [
                V("30", R(WATER, "<=", 30, "g/100 g", cond=["凉果类", "甘草制品"])),
                "（甘草制品）\n",
                V("35", R(WATER, "<=", 35, "g/100 g", cond=["凉果类", "其他"])),
                "（其他）",
            ],
            V("70", R(SUGAR, "<=", 70, "g/100 g", cond=["凉果类"])),
        ],
        [C("话化类", cs=2, align="l"), V("30", R(WATER, "<=", 30, "g/100 g", cond=["话化类"])), "—"],
        [C("果丹（饼）类、果糕类", cs=2, align="l"), *two("果丹（饼）类、果糕类", "30", "75")],
    ]
    d.table(
        "2",
        "理化指标",
        rows,
        widths=[30, 30, 48, 48],
        style="grid",
        notes=["注：“—”表示不作要求。"],
    )
    d.cl("4.4", "二氧化硫残留量：使用含硫食品添加剂的产品，其二氧化硫残留量应符合表3的规定。")
    so2 = [
        ["产品类别", "限量"],
        ["蜜饯类、凉果类", V("0.35", R("二氧化硫残留量", "<=", 0.35, "g/kg", cond=["蜜饯类、凉果类"]))],
        ["果脯类", V("0.20", R("二氧化硫残留量", "<=", 0.20, "g/kg", cond=["果脯类"]))],
        [
            "话化类、果丹（饼）类、果糕类",
            V("0.10", R("二氧化硫残留量", "<=", 0.10, "g/kg", cond=["话化类、果丹（饼）类、果糕类"])),
        ],
    ]
    d.table(
        "3",
        "蜜饯中二氧化硫残留限量",
        so2,
        widths=[70, 50],
        unit_line="单位为克每千克",
        style="three",
        notes=["注：二氧化硫残留量以SO<sub>2</sub>计，按GB 5009.34规定的方法测定。"],
    )
    d.cl("4.5", "污染物限量：应符合GB 2762的规定。")
    d.cl("4.6", "微生物限量：应符合表4的规定。")
    micro = [
        [C("项目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        [
            "菌落总数/(CFU/g)",
            "5",
            "2",
            V("10<sup>3</sup>", R("菌落总数", "<=", 1000, "CFU/g", cond=[PLAN])),
            V("10<sup>4</sup>", R("菌落总数", "<=", 10000, "CFU/g", cond=[PLAN])),
            "GB 4789.2",
        ],
        [
            "大肠菌群/(CFU/g)",
            "5",
            "2",
            V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=[PLAN])),
            V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=[PLAN])),
            "GB 4789.3 平板计数法",
        ],
        [
            "霉菌<sup>b</sup>/(CFU/g)",
            C(V("50", R("霉菌", "<=", 50, "CFU/g", cond=["不适用于话化类"])), cs=4),
            "GB 4789.15",
        ],
    ]
    d.table(
        "4",
        "微生物限量",
        micro,
        head=2,
        widths=[40, 12, 12, 22, 22, 36],
        style="grid",
        footnotes=[
            "<sup>a</sup>　样品的采样及处理按GB 4789.1执行。",
            "<sup>b</sup>　不适用于话化类。",
        ],
    )
    d.cl(
        "4.7",
        "产品中的杂质（果核、果柄、砂石等）",
        V("不得超过0.5%", R("杂质", "<=", 0.5, "%")),
        "；以蜂蜜腌制并以“蜜”命名的产品，其中蜂蜜的添加量应当",
        V("不低于5%", R("蜂蜜的添加量", ">=", 5, "%", cond=["以蜂蜜腌制并以“蜜”命名的产品"])),
        "。",
    )
    d.cl("4.8", "食品添加剂：食品添加剂的使用应符合GB 2760的规定。")
    d.h("5", "其他")
    d.cl("5.1", "产品应贮存在阴凉、干燥、通风处，不得与有毒、有害、有异味的物品混贮。")
    d.cl("5.2", "使用含硫食品添加剂的产品应在配料表中标示其具体名称。")
    return d
