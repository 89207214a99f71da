"""GB 2726-style 食品安全国家标准 熟肉制品 (test): sensory rows, a transposed table (products as rows,
水分/蛋白质/脂肪 as columns with the comparator in the header), footnotes restricting rows, a sampling plan
with 10^4 superscripts, a c = 0 plan with a counted limit, M as "—"."""

from kit import C, Doc, R, V

G100 = "g/100 g"


def build() -> Doc:
    d = Doc(
        stem="nat_cookedmeat_01",
        category="肉制品",
        code="1353",
        kind="GB",
        number="GB 2726—2026",
        replaces=["GB 2726—2016"],
        title=["食品安全国家标准", "熟肉制品"],
        title_en="National food safety standard—Cooked meat products",
        issuers=["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"],
        issued="2026-08-12",
        effective="2027-08-12",
    )
    d.preface(
        "本标准代替GB 2726—2016《食品安全国家标准 熟肉制品》。",
        "本标准与GB 2726—2016相比，主要变化如下：——增加了肉干、肉松等产品的水分和蛋白质指标；"
        "——增加了单核细胞增生"
        "李斯特氏菌的限量；——修改了菌落总数的采样方案。",
    )
    d.h("1", "范围")
    d.p(
        "本标准适用于预包装的熟肉制品，包括酱卤肉制品、熏烧焙烤肉制品、油炸肉制品、肉干制品、肉灌制品和发酵肉制品等。"
    )
    d.h("2", "术语和定义")
    d.h("2.1", "熟肉制品")
    d.p("以鲜（冻）畜、禽产品为主要原料加工制成的产品，中心温度应达到72 ℃以上并保持15 s以上的热加工产品。")
    d.h("3", "技术要求")
    d.h("3.1", "原料要求")
    d.p("原料应符合相应的食品标准和有关规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    q = lambda name, text: V(text, R(name, "qualitative", text=text))  # noqa: E731
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求", "检验方法"],
            [
                "色泽",
                q("色泽", "具有产品应有的色泽"),
                C(
                    "取适量试样置于洁净的白色盘（瓷盘或同类容器）中，在自然光下观察色泽和状态，嗅其气味，品其滋味",
                    rs=3,
                    align="l",
                ),
            ],
            ["滋味、气味", q("滋味、气味", "具有产品应有的滋味和气味，无异味，无异嗅"), ""],
            ["状态", q("状态", "具有产品应有的状态，无正常视力可见外来异物，无焦斑和霉斑"), ""],
        ],
        widths=[28, 72, 60],
    )
    d.h("3.3", "理化指标")
    d.cl("3.3.1", "油炸肉制品的理化指标应符合表2的规定。")
    d.table(
        "2",
        "油炸肉制品的理化指标",
        [
            ["项　目", "指　标", "检验方法"],
            [
                "酸价（以脂肪计）(KOH)/(mg/g)　　≤",
                V("4.0", R("酸价（以脂肪计）(KOH)", "<=", 4.0, "mg/g", cond=["油炸肉制品"])),
                "GB 5009.229",
            ],
            [
                "过氧化值（以脂肪计）/(g/100 g)　　≤",
                V("0.50", R("过氧化值（以脂肪计）", "<=", 0.50, G100, cond=["油炸肉制品"])),
                "GB 5009.227",
            ],
        ],
        widths=[76, 34, 50],
    )
    d.cl("3.3.2", "肉干制品的水分、蛋白质和脂肪应符合表3的规定。")

    def dried(product: str, water: str, protein: str, fat: str, extra=()):
        row: list = [C(product, align="l")]
        row.append(V(water, R("水分", "<=", float(water), G100, cond=[product, *extra])))
        row.append(V(protein, R("蛋白质", ">=", float(protein), G100, cond=[product, *extra])))
        row.append(fat if fat == "—" else V(fat, R("脂肪", "<=", float(fat), G100, cond=[product, *extra])))
        return row

    d.table(
        "3",
        "肉干制品的水分、蛋白质和脂肪",
        [
            ["产品类别", "水分/(g/100 g)　≤", "蛋白质/(g/100 g)　≥", "脂肪/(g/100 g)　≤"],
            dried("肉干", "20.0", "28.0", "12.0"),
            dried("肉松", "20.0", "32.0", "10.0"),
            dried("油酥肉松<super>a</super>", "4.0", "25.0", "30.0", ["以动植物油脂炒制"]),
            dried("肉脯", "19.0", "30.0", "14.0"),
            dried("肉糜脯", "20.0", "20.0", "—"),
        ],
        widths=[40, 40, 40, 40],
        footnotes=["<super>a</super> 以动植物油脂炒制。"],
    )
    for v in d.values:
        for r in v.records:
            if r["conditions"] and r["conditions"][0] == "油酥肉松<super>a</super>":
                r["conditions"][0] = "油酥肉松"
    d.cl("3.3.3", "检验方法：水分按GB 5009.3，蛋白质按GB 5009.5，脂肪按GB 5009.6执行。")
    d.h("3.4", "污染物限量")
    d.p("污染物限量应符合GB 2762的规定。")
    d.h("3.5", "微生物限量")
    d.cl("3.5.1", "致病菌限量应符合GB 29921中熟肉制品的规定。")
    d.cl("3.5.2", "微生物限量还应符合表4的规定。")

    def plan(label, name, n, c, m, mt, M, Mt, method, unit="CFU/g", extra=()):
        cond = [f"n={n},c={c}", *extra]
        cells = [label, str(n), str(c), V(mt, R(name, "<=", m, unit, cond=cond))]
        cells.append(V(Mt, R(name, "<=", M, unit, cond=cond)) if M is not None else Mt)
        return [*cells, method]

    d.table(
        "4",
        "微生物限量",
        [
            [C("项　目", rs=2), C("采样方案<super>b</super>及限量", cs=4), C("检验方法", rs=2)],
            ["", "n", "c", "m", "M", ""],
            plan(
                "菌落总数<super>c</super>/(CFU/g)",
                "菌落总数",
                5,
                2,
                10000,
                "10<super>4</super>",
                100000,
                "10<super>5</super>",
                "GB 4789.2",
                extra=["发酵肉制品类除外"],
            ),
            plan("大肠菌群/(CFU/g)", "大肠菌群", 5, 2, 10, "10", 100, "10<super>2</super>", "GB 4789.3"),
            plan(
                "单核细胞增生李斯特氏菌/(CFU/g)",
                "单核细胞增生李斯特氏菌",
                5,
                0,
                100,
                "100",
                None,
                "—",
                "GB 4789.30",
            ),
        ],
        head=2,
        widths=[48, 12, 12, 22, 22, 44],
        footnotes=[
            "<super>b</super> 样品的采样及处理按GB 4789.1执行。",
            "<super>c</super> 发酵肉制品类除外。",
        ],
    )
    d.h("3.6", "食品添加剂")
    d.cl("3.6.1", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl(
        "3.6.2",
        "肉制品中亚硝酸盐（以亚硝酸钠计）的残留量应",
        V("≤30 mg/kg", R("亚硝酸盐（以亚硝酸钠计）", "<=", 30, "mg/kg", cond=["残留量"])),
        "，西式火腿类应",
        V("≤70 mg/kg", R("亚硝酸盐（以亚硝酸钠计）", "<=", 70, "mg/kg", cond=["西式火腿类", "残留量"])),
        "，检验按GB 5009.33执行。",
    )
    d.h("4", "其他")
    d.cl("4.1", "需冷藏的产品应在0 ℃～4 ℃贮存和运输，并在标签上标示贮存条件。")
    d.cl("4.2", "产品的中心温度在贮存期间不宜高于4 ℃；解冻后不应再次冷冻。")
    return d
