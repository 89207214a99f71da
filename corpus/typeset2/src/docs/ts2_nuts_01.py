"""GB 19300-style 食品安全国家标准 坚果与籽类食品 (dev): a fully boxed table of two indicators whose rows
are nested food categories (生干 / 熟制, then the kinds) with one cell holding two values stacked with
their own labels (带壳 / 脱壳); a three-line table where only the caption names the indicator (表3 …水分
限量, rows are categories, the unit on a unit line); a full-grid microbiological table with the sampling
plan n | c | m | M under a spanning header, a spanning category row and footnote letters; a three-line
感官 table (qualitative rows); clause limits with 不应 / 不得.  The structure echoes GB 19300 as
remembered; every figure is invented."""

from kit import FOOD, C, Doc, R, V, common_front, references

ACID = "酸价（以脂肪计）（KOH）"
PEROX = "过氧化值（以脂肪计）"
PLAN = "n=5,c=2"


def two(path: str, acid: str, perox: str) -> list:
    return [
        V(acid, R(ACID, "<=", float(acid), "mg/g", cond=[path])),
        V(perox, R(PEROX, "<=", float(perox), "g/100 g", cond=[path])),
    ]


def build() -> Doc:
    d = Doc(
        stem="ts2_nuts_01",
        category="坚果与籽类食品",
        code="1373",
        kind="GB",
        number="GB 19300—2026",
        replaces=["GB 19300—2014"],
        title=["食品安全国家标准", "坚果与籽类食品"],
        issuers=FOOD,
        issued="2026-02-26",
        effective="2027-02-26",
    )
    common_front(
        d,
        "GB 19300—2014《食品安全国家标准　坚果与籽类食品》",
        "中华人民共和国国家卫生健康委员会",
        "国家食品安全风险评估中心",
        [
            "——修改了理化指标（见表2）；",
            "——增加了熟制坚果与籽类食品的水分限量（见表3）；",
            "——修改了微生物限量（见表4）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件适用于生干和熟制坚果与籽类食品，包括坚果与籽类的泥（酱）。")
    d.p("本文件不适用于可可豆、咖啡豆和以坚果与籽类为原料的饮料。")
    references(
        d,
        "2",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 4789.15　食品安全国家标准　食品微生物学检验　霉菌和酵母计数",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.227　食品安全国家标准　食品中过氧化值的测定",
        "GB 5009.229　食品安全国家标准　食品中酸价的测定",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>生干坚果与籽类食品</b>　经过清洗、筛选、干燥等处理，未经熟制工艺加工的坚果与籽类食品。")
    d.cl(
        "3.2",
        (
            "<b>熟制坚果与籽类食品</b>　以坚果、籽类或其籽仁等为主要原料，添加或不添加"
            "辅料，经烘烤、炒制、油炸、蒸煮或其他熟制工艺加工制成的食品。"
        ),
    )
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
                V("具有产品应有的色泽", R("色泽", "qualitative", text="具有产品应有的色泽")),
                C(
                    "取适量试样置于洁净的白色盘中，在自然光下观察色泽和状态，闻其气味，品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            [
                "滋味、气味",
                V(
                    "具有产品应有的滋味和气味，无异味",
                    R("滋味、气味", "qualitative", text="具有产品应有的滋味和气味，无异味"),
                ),
            ],
            [
                "状态",
                V(
                    "无霉变，无正常视力可见外来异物",
                    R("状态", "qualitative", text="无霉变，无正常视力可见外来异物"),
                ),
            ],
        ],
        widths=[26, 60, 64],
        style="three",
    )
    d.cl("4.3", "理化指标：应符合表2的规定。")
    raw = "生干坚果与籽类食品"
    done = "熟制坚果与籽类食品"
    rows = [
        [C("项　　目", cs=2), ACID + "/(mg/g)　≤", PEROX + "/(g/100 g)　≤"],
        [C(raw, rs=2), "核桃仁、松仁、葵花籽仁", *two(raw + "/核桃仁、松仁、葵花籽仁", "4", "0.08")],
        ["其他生干坚果与籽类", *two(raw + "/其他生干坚果与籽类", "3", "0.08")],
        [
            C(done, rs=3),
            "烘炒类",
            V("3", R(ACID, "<=", 3, "mg/g", cond=[done + "/烘炒类"])),
            [
                V("0.50", R(PEROX, "<=", 0.50, "g/100 g", cond=[done + "/烘炒类", "带壳"])),
                "（带壳）\n",
                V("0.80", R(PEROX, "<=", 0.80, "g/100 g", cond=[done + "/烘炒类", "脱壳"])),
                "（脱壳）",
            ],
        ],
        ["油炸类", *two(done + "/油炸类", "3", "0.50")],
        ["其他熟制坚果与籽类", *two(done + "/其他熟制坚果与籽类", "3", "0.40")],
        [C("坚果与籽类的泥（酱）", cs=2, align="l"), *two("坚果与籽类的泥（酱）", "6", "0.25")],
    ]
    d.table(
        "2",
        "理化指标",
        rows,
        widths=[38, 42, 40, 40],
        style="grid",
        notes=["注：检验方法：酸价按GB 5009.229规定的方法测定；过氧化值按GB 5009.227规定的方法测定。"],
    )
    d.cl("4.4", "熟制坚果与籽类食品的水分限量应符合表3的规定。")
    water = [
        [C("食品类别", cs=2), "限量"],
        [
            C("烘炒类", rs=2),
            "带壳",
            V("7.0", R("水分", "<=", 7.0, "g/100 g", cond=["烘炒类/带壳"])),
        ],
        ["脱壳", V("5.0", R("水分", "<=", 5.0, "g/100 g", cond=["烘炒类/脱壳"]))],
        [C("油炸类", cs=2), V("3.0", R("水分", "<=", 3.0, "g/100 g", cond=["油炸类"]))],
        [
            C("其他熟制坚果与籽类（蒸煮类除外）", cs=2),
            V("5.0", R("水分", "<=", 5.0, "g/100 g", cond=["其他熟制坚果与籽类（蒸煮类除外）"])),
        ],
    ]
    d.table(
        "3",
        "熟制坚果与籽类食品的水分限量",
        water,
        widths=[40, 60, 40],
        unit_line="单位为克每100克",
        style="three",
    )
    d.cl("4.5", "污染物限量和真菌毒素限量：应分别符合GB 2762和GB 2761的规定。")
    d.cl("4.6", "微生物限量：熟制坚果与籽类食品（包括坚果与籽类的泥（酱））的微生物限量应符合表4的规定。")
    micro = [
        [C("项目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        [C("熟制坚果与籽类食品", cs=6, align="l")],
        [
            "大肠菌群/(CFU/g)",
            "5",
            "2",
            V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["熟制坚果与籽类食品", PLAN])),
            V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=["熟制坚果与籽类食品", PLAN])),
            "GB 4789.3 平板计数法",
        ],
        [
            "霉菌<sup>b</sup>/(CFU/g)",
            "5",
            "2",
            V(
                "25",
                R(
                    "霉菌",
                    "<=",
                    25,
                    "CFU/g",
                    cond=["熟制坚果与籽类食品", PLAN, "仅适用于烘炒工艺加工的熟制坚果与籽类食品"],
                ),
            ),
            V(
                "10<sup>2</sup>",
                R(
                    "霉菌",
                    "<=",
                    100,
                    "CFU/g",
                    cond=["熟制坚果与籽类食品", PLAN, "仅适用于烘炒工艺加工的熟制坚果与籽类食品"],
                ),
            ),
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
            "<sup>b</sup>　仅适用于烘炒工艺加工的熟制坚果与籽类食品。",
        ],
    )
    d.cl(
        "4.7",
        "生干坚果与籽类食品中霉变粒的比例",
        V("不应超过2.0%", R("霉变粒的比例", "<=", 2.0, "%", cond=["生干坚果与籽类食品"])),
        "，虫蛀粒的比例",
        V("不得超过1.0%", R("虫蛀粒的比例", "<=", 1.0, "%", cond=["生干坚果与籽类食品"])),
        "；霉变粒和虫蛀粒按GB/T 5492规定的方法检验。",
    )
    d.cl("4.8", "食品添加剂：食品添加剂的使用应符合GB 2760的规定。")
    d.h("5", "其他")
    d.cl("5.1", "产品应贮存在阴凉、干燥、通风处，生干坚果与籽类食品的贮存温度宜不高于25 ℃。")
    d.cl("5.2", "带壳产品应在标签中标示“带壳”或以图示方式说明。")
    return d
