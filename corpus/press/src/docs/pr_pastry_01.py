"""GB 7099-style 食品安全国家标准 糕点、面包 (dev): a three-line sensory table (qualitative rows), a
three-line physicochemical table whose comparator sits in the header (``指标　≤``) with a basis in the
row labels, an indicator named only by the caption (表3 糕点、面包中水分限量) whose rows are nested
categories, a sampling-plan table n | c | m | M with restricting footnotes a / b and a single limit spanning
the plan columns; clause text with full-width digits (``不低于２０％``, ``０．０５ ｇ／ｋｇ``).  The structure
echoes GB 7099 as remembered; every figure is invented."""

from kit import FOOD, C, Doc, R, V, fw

PLAN = "n=5,c=2"


def build() -> Doc:
    d = Doc(
        stem="pr_pastry_01",
        category="糕点、面包",
        code="1411",
        kind="GB",
        number="GB 7099—2026",
        replaces=["GB 7099—2015"],
        title=["食品安全国家标准", "糕点、面包"],
        issuers=FOOD,
        issued="2026-03-18",
        effective="2026-09-18",
    )
    d.preface(
        "本标准代替GB 7099—2015《食品安全国家标准　糕点、面包》。",
        "本标准与GB 7099—2015相比，主要变化如下：",
        "——增加了水分限量（见表3）；",
        "——修改了微生物限量（见表4）。",
    )
    d.h("1", "范围")
    d.p("本标准适用于预包装糕点、面包，不适用于现制现售的糕点、面包。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        fw(
            "<b>糕点</b>　以谷类、豆类、薯类、油脂、糖、蛋等的一种或几种为主要原料，"
            "添加或不添加其他原料，经调制、成型、熟制等工序制成的食品。"
        ),
    )
    d.cl(
        "2.2",
        fw(
            "<b>面包</b>　以小麦粉、酵母、水等为主要原料，"
            "经搅拌、发酵、整形、醒发、熟制、冷却等工序制成的食品。"
        ),
    )
    d.h("3", "技术要求")
    d.cl("3.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.cl("3.2", "感官要求：感官要求应符合表1的规定。")
    sens: list[list] = [["项目", "要求", "检验方法"]]
    for item, req in [
        ("色泽", "具有产品应有的正常色泽"),
        ("滋味、气味", "具有产品应有的气味和滋味，无异味"),
        ("状态", "无霉变、无生虫及其他正常视力可见的外来异物"),
    ]:
        sens.append([item, C(V(req, R(item, "qualitative", text=req)), align="l")])
    sens[1].append(
        C(
            "取适量试样置于洁净的白色盘（瓷盘或同类容器）中，在自然光下观察色泽和状态，检查有无异物，闻其气味，品其滋味",
            rs=3,
            align="l",
        )
    )
    d.table("1", "感官要求", sens, widths=[26, 70, 70], style="three")
    d.cl("3.3", "理化指标：理化指标应符合表2的规定。")
    phys = [
        ["项目", "指标　≤", "检验方法"],
        [
            "酸价<sup>a</sup>（以脂肪计）（KOH）/（mg/g）",
            V("5", R("酸价（以脂肪计）（KOH）", "<=", 5, "mg/g", cond=["仅适用于添加油脂或油炸的产品"])),
            "GB 5009.229",
        ],
        [
            "过氧化值<sup>a</sup>（以脂肪计）/（g/100 g）",
            V(
                "0.25",
                R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=["仅适用于添加油脂或油炸的产品"]),
            ),
            "GB 5009.227",
        ],
    ]
    d.table(
        "2",
        "理化指标",
        phys,
        widths=[70, 40, 50],
        style="three",
        footnotes=["<sup>a</sup>　仅适用于添加油脂或油炸的产品。"],
    )
    d.cl("3.4", "水分：糕点、面包的水分应符合表3的规定。")
    moist: list[list] = [["产品类别", "水分限量/（g/100 g）"]]
    for parent, kids in [
        ("烘烤类糕点", [("酥类", "8.0"), ("松酥类", "12.0"), ("蛋糕类", "42.0")]),
        ("油炸类糕点", [("酥皮类", "10.0"), ("水调类", "15.0")]),
        ("面包", [("软式面包", "45.0"), ("硬式面包", "38.0")]),
    ]:
        moist.append([C(parent, align="l"), ""])
        for kid, val in kids:
            moist.append(
                [
                    C("　　" + kid, align="l"),
                    V(val, R("水分", "<=", float(val), "g/100 g", cond=[f"{parent}/{kid}"])),
                ]
            )
    d.table("3", "糕点、面包中水分限量", moist, widths=[70, 60], style="three")
    d.cl("3.5", "微生物限量：")
    d.item("a)", "致病菌限量应符合GB 29921中熟制粮食制品的规定；")
    d.item("b)", "微生物限量还应符合表4的规定。")
    micro = [
        [C("项目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
    ]
    foot_b = "不适用于现制现售的产品，以及含有未熟制的发酵配料或新鲜水果蔬菜的产品"
    for item, m, M, cond in [
        ("菌落总数<sup>b</sup>/（CFU/g）", "10<sup>4</sup>", "10<sup>5</sup>", [foot_b]),
        ("大肠菌群<sup>b</sup>/（CFU/g）", "10", "10<sup>2</sup>", [foot_b]),
    ]:
        name = item.split("<sup>")[0]
        mv = 10.0 ** int(m.split("<sup>")[1][0]) if "<sup>" in m else float(m)
        Mv = 10.0 ** int(M.split("<sup>")[1][0]) if "<sup>" in M else float(M)
        micro.append(
            [
                item,
                "5",
                "2",
                V(m, R(name, "<=", mv, "CFU/g", cond=[PLAN, *cond])),
                V(M, R(name, "<=", Mv, "CFU/g", cond=[PLAN, *cond])),
                "GB 4789.2" if "菌落" in item else "GB 4789.3 平板计数法",
            ]
        )
    micro.append(
        [
            "霉菌<sup>c</sup>/（CFU/g）　≤",
            C(V("150", R("霉菌", "<=", 150, "CFU/g", cond=["不适用于添加了霉菌成熟干酪的产品"])), cs=4),
            "GB 4789.15",
        ]
    )
    d.table(
        "4",
        "微生物限量",
        micro,
        head=2,
        widths=[46, 14, 14, 22, 22, 46],
        style="three",
        footnotes=[
            "<sup>a</sup>　样品的采样及处理按GB 4789.1执行。",
            "<sup>b</sup>　" + foot_b + "。",
            "<sup>c</sup>　不适用于添加了霉菌成熟干酪的产品。",
        ],
    )
    d.cl(
        "3.6",
        fw("馅料：含馅料的糕点，馅料的含量应"),
        V(fw("不低于产品质量的20%"), R("馅料的含量", ">=", 20, "%", cond=["含馅料的糕点", "产品质量的"])),
        fw("；蛋糕类产品的蛋白质含量不得"),
        V(fw("少于4.0 g/100 g"), R("蛋白质含量", ">=", 4.0, "g/100 g", cond=["蛋糕类产品"])),
        "。",
    )
    d.cl(
        "3.7",
        fw("食品添加剂：食品添加剂的使用应符合GB 2760的规定；面包中丙酸钙的残留量（以丙酸计）必须"),
        V(fw("不超过2.5 g/kg"), R("丙酸钙的残留量（以丙酸计）", "<=", 2.5, "g/kg", cond=["面包中"])),
        "。",
    )
    d.cl("3.8", "食品营养强化剂：食品营养强化剂的使用应符合GB 14880的规定。")
    d.h("4", "其他")
    d.cl("4.1", fw("冷加工糕点应在0 ℃～10 ℃条件下贮存和运输，贮存期不宜超过3 d。"))
    d.cl("4.2", "产品的标签应标示产品的类别和贮存条件。")
    return d
