"""GB 食品安全国家标准 即食鲜切果蔬 (dev): a full-grid microbiological table with the sampling plan
n | c | m | M under a spanning header, category rows spanning the table (鲜切蔬菜 / 鲜切水果), 0/25 g cells
for pathogens, powers of ten, footnote letters (a method footnote on the header, a restricting one on a
row); a physical and chemical table with two category columns under a spanning 指标 header and a
comparator in the label; a 感官 table of qualitative cells; clauses with 不得超过 and a storage clause (not
counted).  The levels echo the Chinese standards on pathogens and on fresh-cut produce hygiene as
remembered; the number and every figure are invented."""

from kit import FOOD, C, Doc, R, V, plan, references

VEG, FRUIT = "鲜切蔬菜", "鲜切水果"
LEAFY = "仅适用于鲜切叶菜类"


def bug(
    label: str, name: str, cat: str, n: int, c: int, m: str, big: str, unit: str | None, mval, bval, extra=()
) -> list:
    cond = [cat, plan(n, c), *extra]
    if big == "—":
        return [C(label, align="l"), str(n), str(c), V(m, R(name, "not_detected", cond=cond, text=m)), "—"]
    return [
        C(label, align="l"),
        str(n),
        str(c),
        V(m, R(name, "<=", mval, unit, cond=cond)),
        V(big, R(name, "<=", bval, unit, cond=cond)),
    ]


def both(label: str, name: str, unit: str, veg: str, fruit: str, cmp: str = "<=", cond=()) -> list:
    return [
        C(label, align="l"),
        V(veg, R(name, cmp, float(veg), unit, cond=[VEG, *cond])),
        V(fruit, R(name, cmp, float(fruit), unit, cond=[FRUIT, *cond])),
    ]


def build() -> Doc:
    d = Doc(
        stem="lu_freshcut_01",
        category="即食鲜切果蔬",
        code="1371",
        kind="GB",
        number="GB 31704—2026",
        title=["食品安全国家标准", "即食鲜切果蔬"],
        title_en="National food safety standard—Ready-to-eat fresh-cut fruits and vegetables",
        issuers=FOOD,
        issued="2026-09-02",
        effective="2027-09-02",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准为首次发布。",
    )
    d.h("1", "范围")
    d.p(
        "本标准适用于以新鲜水果、蔬菜为原料，经挑选、清洗、去皮、"
        "切分、消毒、漂洗、包装等工序制成的，冷藏条件下流通的即食"
        "鲜切果蔬。"
    )
    references(
        d,
        "2",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 2763　食品安全国家标准　食品中农药最大残留限量",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
        "GB 4789.38　食品安全国家标准　食品微生物学检验　大肠埃希氏菌计数",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>即食鲜切果蔬</b>　新鲜水果、蔬菜经切分等工序加工后，不经烹调可直接食用的产品。")
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应新鲜，无腐烂、霉变，农药残留应符合GB 2763的规定。")
    d.cl("4.2", "感官要求：应符合表1的规定。")
    sensory = [
        ["项　目", "要　求", "检验方法"],
        [
            "色泽",
            V(
                "具有该品种应有的色泽，切面无褐变",
                R("色泽", "qualitative", text="具有该品种应有的色泽，切面无褐变"),
            ),
            C("取适量试样置于洁净的白色盘中，在自然光下观察色泽和状态，嗅其气味", rs=3, align="l"),
        ],
        [
            "气味",
            V("具有该品种应有的气味，无异味", R("气味", "qualitative", text="具有该品种应有的气味，无异味")),
        ],
        [
            "状态",
            V(
                "切面整齐，质地脆嫩，无腐烂、无汁液渗出，无正常视力可见外来异物",
                R(
                    "状态",
                    "qualitative",
                    text="切面整齐，质地脆嫩，无腐烂、无汁液渗出，无正常视力可见外来异物",
                ),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[25, 75, 55])
    d.cl("4.3", "理化指标：应符合表2的规定。")
    chem = [
        [C("项　目", rs=2), C("指　标", cs=2), C("检验方法", rs=2)],
        [VEG, FRUIT],
        both("铅（以Pb计）/（mg/kg）　≤", "铅（以Pb计）", "mg/kg", "0.30", "0.10") + ["GB 5009.12"],
        both("镉（以Cd计）/（mg/kg）　≤", "镉（以Cd计）", "mg/kg", "0.20", "0.05") + ["GB 5009.15"],
        both("余氯（以Cl计）/（mg/kg）　≤", "余氯（以Cl计）", "mg/kg", "1.0", "0.5") + ["附录A"],
        [
            C("硝酸盐（以NaNO<sub>3</sub>计）/（mg/kg）　≤", align="l"),
            V("3000", R("硝酸盐（以NaNO3计）", "<=", 3000, "mg/kg", cond=[VEG])),
            "—",
            "GB 5009.33",
        ],
        [
            C("亚硝酸盐（以NaNO<sub>2</sub>计）/（mg/kg）　≤", align="l"),
            V("4.0", R("亚硝酸盐（以NaNO2计）", "<=", 4.0, "mg/kg", cond=[VEG])),
            "—",
            "GB 5009.33",
        ],
    ]
    d.table("2", "理化指标", chem, head=2, widths=[55, 25, 25, 40], notes=["注：“—”表示不要求。"])
    d.cl("4.4", "微生物限量：应符合表3的规定。")
    micro = [
        [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        [C(VEG, cs=6, align="l")],
        bug("大肠埃希氏菌/（CFU/g）", "大肠埃希氏菌", VEG, 5, 2, "10", "10<sup>2</sup>", "CFU/g", 10, 100)
        + ["GB 4789.38"],
        bug("金黄色葡萄球菌/（CFU/g）", "金黄色葡萄球菌", VEG, 5, 1, "100", "1000", "CFU/g", 100, 1000)
        + ["GB 4789.10"],
        bug("沙门氏菌", "沙门氏菌", VEG, 5, 0, "0/25 g", "—", None, None, None) + ["GB 4789.4"],
        bug(
            "单核细胞增生李斯特氏菌<sup>b</sup>",
            "单核细胞增生李斯特氏菌",
            VEG,
            5,
            0,
            "0/25 g",
            "—",
            None,
            None,
            None,
            (LEAFY,),
        )
        + ["GB 4789.30"],
        bug(
            "大肠埃希氏菌O157:H7<sup>b</sup>",
            "大肠埃希氏菌O157:H7",
            VEG,
            5,
            0,
            "0/25 g",
            "—",
            None,
            None,
            None,
            (LEAFY,),
        )
        + ["GB 4789.36"],
        [C(FRUIT, cs=6, align="l")],
        bug("大肠埃希氏菌/（CFU/g）", "大肠埃希氏菌", FRUIT, 5, 2, "10", "10<sup>2</sup>", "CFU/g", 10, 100)
        + ["GB 4789.38"],
        bug("霉菌/（CFU/g）", "霉菌", FRUIT, 5, 2, "10<sup>2</sup>", "10<sup>3</sup>", "CFU/g", 100, 1000)
        + ["GB 4789.15"],
        bug("酵母/（CFU/g）", "酵母", FRUIT, 5, 2, "10<sup>3</sup>", "10<sup>4</sup>", "CFU/g", 1000, 10000)
        + ["GB 4789.15"],
        bug("沙门氏菌", "沙门氏菌", FRUIT, 5, 0, "0/25 g", "—", None, None, None) + ["GB 4789.4"],
    ]
    d.table(
        "3",
        "微生物限量",
        micro,
        head=2,
        widths=[50, 12, 12, 22, 22, 37],
        footnotes=[
            "a　样品的采集及处理按GB 4789.1执行。",
            "b　" + LEAFY + "。",
        ],
    )
    d.cl(
        "4.5",
        "产品在保质期内，菌落总数不作判定要求，但出厂时菌落总数",
        V("不得超过1×10<sup>5</sup> CFU/g", R("菌落总数", "<=", 100000, "CFU/g", cond=["出厂时"])),
        "。",
    )
    d.cl("4.6", "清洗消毒用水应符合GB 5749的规定，消毒剂应符合GB 14930.2的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "余氯的测定见附录A。")
    d.h("6", "贮存和运输")
    d.cl("6.1", "产品应在0 ℃～5 ℃条件下贮存和运输，贮存期间不应与生鲜肉类、水产品混放。")
    d.cl("6.2", "产品从加工完成至销售的时间不宜超过72 h。")
    d.annex("A", "规范性", "即食鲜切果蔬中余氯的测定　N,N-二乙基对苯二胺分光光度法")
    d.cl(
        "A.1", "称取10 g（精确至0.01 g）试样，加50 mL水振荡提取10 min，过滤，取滤液于515 nm波长处测定吸光度。"
    )
    d.cl("A.2", "试样中余氯的含量按公式（A.1）计算：")
    d.math(r"X=\frac{c\times V}{m}", "A.1")
    d.where(
        "<m>X</m>——试样中余氯（以Cl计）的含量，单位为毫克每千克（mg/kg）；",
        "<m>c</m>——由标准曲线查得的滤液中余氯的浓度，单位为毫克每升（mg/L）；",
        "<m>V</m>——提取液的体积，单位为毫升（mL）；",
        "<m>m</m>——试样质量，单位为克（g）。",
    )
    return d
