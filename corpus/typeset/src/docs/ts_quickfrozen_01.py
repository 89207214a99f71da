"""GB 19295-style 食品安全国家标准 速冻面米与调制食品 (test): a full-grid 微生物限量 table whose rows are
grouped by product class (熟制品 / 生制品 as spanning category rows) with the sampling plan n | c | m | M and
a footnote letter on the header, a three-line 理化指标 table whose second column names the filling the
limit holds for (merged down), units on a second header line, clause limits with 小于或等于 / 不小于 /
不得, and a 过氧化值 formula with its 式中 list.  The structure echoes GB 19295-2021 as remembered; every
figure is invented (plausible for the genre)."""

from kit import FOOD, C, Doc, R, V, common_front, references

COOKED, RAW = "熟制品", "生制品"


def plan(
    name: str, unit: str, n: str, c: str, m: tuple[str, float], big: tuple[str, float], cls: str
) -> list:
    cond = [cls, f"n={n},c={c}"]
    return [
        C(name, align="l"),
        n,
        c,
        V(m[0], R(name, "<=", m[1], unit, cond=cond)),
        V(big[0], R(name, "<=", big[1], unit, cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="ts_quickfrozen_01",
        category="速冻面米制品",
        code="1432",
        kind="GB",
        number="GB 19295—2026",
        replaces=["GB 19295—2021"],
        title=["食品安全国家标准", "速冻面米与调制食品"],
        issuers=FOOD,
        issued="2026-02-26",
        effective="2027-02-26",
    )
    common_front(
        d,
        "GB 19295—2021《食品安全国家标准　速冻面米与调制食品》",
        "中华人民共和国国家卫生健康委员会",
        "国家食品安全风险评估中心",
        ["——修改了微生物限量中生制品的采样方案（见表3）；", "——增加了产品中心温度的要求（见4.5）。"],
    )
    d.h("1", "范围")
    d.p("本文件适用于速冻面米制品和速冻调制食品。")
    references(
        d,
        "2",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
        "GB 4789.2　食品安全国家标准　食品微生物学检验　菌落总数测定",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 4789.15　食品安全国家标准　食品微生物学检验　霉菌和酵母计数",
        "GB 5009.227　食品安全国家标准　食品中过氧化值的测定",
        "GB 5009.229　食品安全国家标准　食品中酸价的测定",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>速冻面米制品</b>　以小麦粉、大米、杂粮等谷物为主要原料，或同时配以肉、禽、蛋、水产"
            "品、蔬菜、果料、食用油脂、调味品等制成馅料或辅料，经加工成型（或熟制）、速冻而成的食"
            "品。"
        ),
    )
    d.cl("3.2", "<b>熟制品</b>　经过蒸、煮、烤、炸等工艺熟制后速冻，食用前需复热或直接食用的产品。")
    d.cl("3.3", "<b>生制品</b>　未经熟制，食用前需经加热熟制的产品。")
    d.cl(
        "3.4",
        (
            "<b>速冻</b>　使产品迅速通过其最大冰晶生成带，中心温度从-1 ℃降至-18 ℃的冻结过程，所需"
            "时间一般不超过30 min。"
        ),
    )
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应符合相应的食品安全国家标准和有关规定。")
    d.cl("4.2", "感官要求：应具有产品应有的色泽、气味和滋味，无异味，无正常视力可见外来异物。")
    d.cl("4.3", "理化指标：应符合表1的规定。")
    d.table(
        "1",
        "理化指标",
        [
            ["项目", "适用产品", "指标", "检验方法"],
            [
                C("过氧化值（以脂肪计）\n/(g/100 g)", align="l"),
                "含油脂馅料的产品",
                V("≤0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=["含油脂馅料的产品"])),
                "GB 5009.227",
            ],
            [
                C("酸价（以脂肪计）（KOH）\n/(mg/g)", align="l", rs=2),
                "含油脂馅料的产品",
                V("≤3.0", R("酸价（以脂肪计）（KOH）", "<=", 3.0, "mg/g", cond=["含油脂馅料的产品"])),
                C("GB 5009.229", rs=2),
            ],
            [
                "油炸类熟制品",
                V("≤5.0", R("酸价（以脂肪计）（KOH）", "<=", 5.0, "mg/g", cond=["油炸类熟制品"])),
            ],
            [
                C("挥发性盐基氮\n/(mg/100 g)", align="l"),
                "含肉、水产品馅料的生制品",
                V("≤18", R("挥发性盐基氮", "<=", 18, "mg/100 g", cond=["含肉、水产品馅料的生制品"])),
                "GB 5009.228",
            ],
        ],
        widths=[42, 45, 25, 38],
        notes=["注：馅料的取样方法：将产品解冻后，剥离面皮，取出全部馅料，混匀后备用。"],
    )
    d.cl("4.4", "微生物限量：应符合表2的规定。")
    micro: list[list] = [
        [C("项目", rs=2), C("采样方案<sup>a</sup>及限量（若非指定，均以CFU/g表示）", cs=4)],
        ["n", "c", "m", "M"],
        [C("熟制品（即食类）", cs=5, align="l")],
        plan("菌落总数", "CFU/g", "5", "2", ("10<sup>4</sup>", 1e4), ("10<sup>5</sup>", 1e5), COOKED),
        plan("大肠菌群", "CFU/g", "5", "2", ("10", 10), ("10<sup>2</sup>", 100), COOKED),
        plan("霉菌<sup>b</sup>", "CFU/g", "5", "2", ("50", 50), ("2×10<sup>2</sup>", 200), COOKED),
        [C("生制品（非即食类）", cs=5, align="l")],
        plan("菌落总数", "CFU/g", "5", "3", ("10<sup>5</sup>", 1e5), ("10<sup>6</sup>", 1e6), RAW),
        plan("大肠菌群", "CFU/g", "5", "3", ("10<sup>3</sup>", 1e3), ("10<sup>4</sup>", 1e4), RAW),
    ]
    micro[5][0] = C("霉菌<sup>b</sup>", align="l")
    d.table(
        "2",
        "微生物限量",
        micro,
        head=2,
        widths=[50, 22, 22, 28, 28],
        style="grid",
        footnotes=[
            "<sup>a</sup>　样品的采样及处理按GB 4789.1执行。",
            "<sup>b</sup>　仅适用于含有果蔬馅料的熟制品。",
        ],
    )
    for rec in micro[5][3].records + micro[5][4].records:
        rec["name"] = "霉菌"
        rec["conditions"].append("仅适用于含有果蔬馅料的熟制品")
    d.cl(
        "4.5",
        "产品中心温度：产品出厂时的中心温度应",
        V("小于或等于-18 ℃", R("中心温度", "<=", -18, "℃", cond=["产品出厂时"])),
        "；运输过程中产品中心温度可升高，但升温后不得高于-12 ℃，交货后应尽快降至-18 ℃。",
    )
    d.cl(
        "4.6",
        "带馅产品的馅料质量占产品质量的比例",
        V("不小于35%", R("馅料质量占产品质量的比例", ">=", 35, "%", cond=["带馅产品"])),
        "；裹面类调制食品的裹涂层质量比例",
        V("不超过50%", R("裹涂层质量比例", "<=", 50, "%", cond=["裹面类调制食品"])),
        "。",
    )
    d.cl("4.7", "食品添加剂：食品添加剂的使用应符合GB 2760的规定。产品中不得添加硼砂、吊白块等非食用物质。")
    d.h("5", "试验方法")
    d.cl("5.1", "中心温度：用经校准的探针式温度计，在冷冻状态下于产品几何中心部位插入，读数稳定后记录。")
    d.cl(
        "5.2", "馅料比例：取不少于10个独立包装单元，解冻后分别称量产品质量和剥离出的馅料质量，按式（1）计算："
    )
    d.math(r"X = \frac{m_1}{m_0} \times 100\%", "1")
    d.where(
        "<m>X</m>——馅料质量占产品质量的比例，%；",
        "<m>m_1</m>——馅料的质量，单位为克（g）；",
        "<m>m_0</m>——产品的质量，单位为克（g）。",
    )
    d.p("计算结果保留至小数点后一位。")
    d.h("6", "其他")
    d.cl("6.1", "产品应在-18 ℃及以下的冷冻条件下贮存和运输，贮存库温度波动不宜超过2 ℃。")
    d.cl("6.2", "产品标签应标示“速冻”字样，熟制品应标示食用方法，生制品应标示“需加热熟制后食用”。")
    return d
