"""GB 17401-style 食品安全国家标准 膨化食品 (test): a three-line sensory table, a physicochemical table
with product-type columns (含油型 | 非含油型, "—" where a type has no limit) and the comparator in the
header row (``≤``), an indicator named only by the caption (表3 膨化食品中水分限量) whose rows are nested
categories, a sampling-plan table n | c | m | M with a restricting footnote and a single limit over the
plan columns; clause text with full-width digits.  The structure echoes GB 17401 as remembered; every
figure is invented."""

from kit import FOOD, C, Doc, R, V, fw

PLAN = "n=5,c=2"


def build() -> Doc:
    d = Doc(
        stem="pr_puffed_01",
        category="膨化食品",
        code="1419",
        kind="GB",
        number="GB 17401—2026",
        replaces=["GB 17401—2014"],
        title=["食品安全国家标准", "膨化食品"],
        issuers=FOOD,
        issued="2026-03-18",
        effective="2026-09-18",
    )
    d.preface(
        "本标准代替GB 17401—2014《食品安全国家标准　膨化食品》。",
        "本标准与GB 17401—2014相比，主要变化如下：",
        "——增加了按类别的水分限量（见表3）；",
        "——修改了过氧化值指标（见表2）。",
    )
    d.h("1", "范围")
    d.p("本标准适用于膨化食品。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        fw(
            "<b>膨化食品</b>　以谷类、薯类、豆类、果蔬类或坚果籽类等为主要原料，"
            "采用焙烤、油炸、挤压等方式膨化而制成的具有一定膨化度的酥脆食品。"
        ),
    )
    d.cl(
        "2.2",
        fw(
            "<b>含油型膨化食品</b>　用食用油脂煎炸或产品中添加和（或）喷洒食用油脂，"
            "脂肪含量大于5.0%的膨化食品。"
        ),
    )
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.cl("3.2", "感官要求：感官要求应符合表1的规定。")
    sens: list[list] = [["项目", "要求", "检验方法"]]
    for item, req in [
        ("色泽", "具有产品应有的色泽"),
        ("滋味、气味", "具有产品应有的滋味和气味，无异味，无焦苦味"),
        ("状态", "无霉变、无正常视力可见的外来异物"),
    ]:
        sens.append([item, C(V(req, R(item, "qualitative", text=req)), align="l")])
    sens[1].append(
        C("取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，闻其气味，品其滋味", rs=3, align="l")
    )
    d.table("1", "感官要求", sens, widths=[26, 70, 70], style="three")
    d.cl("3.3", "理化指标：理化指标应符合表2的规定。")
    phys = [
        [C("项目", rs=2), C("指标", cs=2), C("检验方法", rs=2)],
        ["含油型", "非含油型"],
        ["", "≤", "≤", ""],
        [
            "酸价（以脂肪计）（KOH）/（mg/g）",
            V("5", R("酸价（以脂肪计）（KOH）", "<=", 5, "mg/g", cond=["含油型"])),
            "—",
            "GB 5009.229",
        ],
        [
            "过氧化值（以脂肪计）/（g/100 g）",
            V("0.25", R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=["含油型"])),
            "—",
            "GB 5009.227",
        ],
        [
            "铝的残留量（干样品，以Al计）/（mg/kg）",
            V("100", R("铝的残留量（干样品，以Al计）", "<=", 100, "mg/kg", cond=["含油型"])),
            V("100", R("铝的残留量（干样品，以Al计）", "<=", 100, "mg/kg", cond=["非含油型"])),
            "GB 5009.182",
        ],
    ]
    d.table("2", "理化指标", phys, head=3, widths=[70, 30, 30, 40], style="three")
    d.cl("3.4", "水分：膨化食品的水分应符合表3的规定。")
    moist: list[list] = [["产品类别", "水分限量/（g/100 g）"]]
    for parent, kids in [
        ("焙烤型", [("薯类", "5.0"), ("谷类", "6.0")]),
        ("油炸型", [("薯片", "4.0"), ("其他", "5.0")]),
        ("直接挤压型", [("谷类", "7.0"), ("豆类", "8.0")]),
    ]:
        moist.append([C(parent, align="l"), ""])
        for kid, val in kids:
            moist.append(
                [
                    C("　　" + kid, align="l"),
                    V(val, R("水分", "<=", float(val), "g/100 g", cond=[f"{parent}/{kid}"])),
                ]
            )
    moist.append([C("花色型", align="l"), V("9.0", R("水分", "<=", 9.0, "g/100 g", cond=["花色型"]))])
    d.table(
        "3",
        "膨化食品中水分限量",
        moist,
        widths=[70, 60],
        style="three",
        notes=[
            "注1：花色型指两种或两种以上原料经膨化后复合而成的产品。",
            "注2：夹心产品按去除夹心后的部分测定。",
        ],
    )
    d.cl("3.5", "微生物限量：")
    d.item("a)", "致病菌限量应符合GB 29921的规定；")
    d.item("b)", "微生物限量还应符合表4的规定。")
    micro = [
        [C("项目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
    ]
    foot = "不适用于添加了生鲜或未熟制配料的产品"
    micro.append(
        [
            "菌落总数<sup>b</sup>/（CFU/g）",
            "5",
            "2",
            V("10<sup>4</sup>", R("菌落总数", "<=", 1e4, "CFU/g", cond=[PLAN, foot])),
            V("10<sup>5</sup>", R("菌落总数", "<=", 1e5, "CFU/g", cond=[PLAN, foot])),
            "GB 4789.2",
        ]
    )
    micro.append(
        [
            "大肠菌群/（CFU/g）",
            "5",
            "2",
            V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=[PLAN])),
            V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=[PLAN])),
            "GB 4789.3",
        ]
    )
    micro.append(["霉菌/（CFU/g）　≤", C(V("50", R("霉菌", "<=", 50, "CFU/g")), cs=4), "GB 4789.15"])
    d.table(
        "4",
        "微生物限量",
        micro,
        head=2,
        widths=[46, 14, 14, 22, 22, 40],
        style="three",
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。", "<sup>b</sup>　" + foot + "。"],
    )
    d.cl(
        "3.6",
        fw("充氮包装的产品，包装内残留氧的体积分数"),
        V(fw("不应超过2%"), R("包装内残留氧的体积分数", "<=", 2, "%", cond=["充氮包装的产品"])),
        "。",
    )
    d.cl(
        "3.7",
        fw("食品添加剂：食品添加剂的使用应符合GB 2760的规定；产品中糖精钠的含量须"),
        V(fw("≤0.15 g/kg"), R("糖精钠的含量", "<=", 0.15, "g/kg")),
        "。",
    )
    d.h("4", "其他")
    d.cl("4.1", fw("产品应贮存于阴凉干燥处，开封后宜在24 h内食用。"))
    return d
