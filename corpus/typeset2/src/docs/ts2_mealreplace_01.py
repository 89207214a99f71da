"""SB/T-style 代餐食品 (dev): a fully boxed table whose value columns are two product forms (固态 / 液态)
under a spanning 指标 header, values merged across the forms; a fully boxed nutrient table with 每100 kJ |
每100 kcal column pairs of 最小值 / 最大值 and N.S. cells, units in the row labels (one of them in full
width, 钠（ｍｇ）), an indented sub-nutrient (其中：); clause limits with 不应 / 不得 / 应当 and a 以…计
basis.  A sector standard written for this set after the group standards on meal replacements as
remembered; every figure is invented (the kcal column is the kJ column × 4.184, rounded)."""

from kit import MOFCOM, C, Doc, R, V, basis_cells, common_front, references

KJ, KCAL = "每100 kJ", "每100 kcal"
FORMS = ["固态", "液态"]


def nutrient(label: str, name: str, unit: str, kj, kcal, extra=()) -> list:
    return [C(label, align="l"), *basis_cells(name, unit, [(KJ, *kj), (KCAL, *kcal)], list(extra))]


def both(text: str, name: str, cmp: str, value: float, unit: str, vmax=None) -> C:
    return C(V(text, *[R(name, cmp, value, unit, cond=[f], vmax=vmax) for f in FORMS]), cs=2)


def build() -> Doc:
    d = Doc(
        stem="ts2_mealreplace_01",
        category="代餐食品",
        code="1491",
        kind="SB/T",
        number="SB/T 11268—2026",
        title=["代餐食品"],
        title_en="Meal replacement food",
        ics="67.230",
        ccs="X 80",
        filing="82317—2026",
        issuers=MOFCOM,
        issued="2026-07-15",
        effective="2027-01-01",
    )
    common_front(d, None, "中华人民共和国商务部", "全国食品营养与健康标准化技术委员会（SAC/TC 590）")
    d.h("1", "范围")
    d.p("本文件规定了代餐食品的技术要求、检验规则和标签、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于替代一餐或两餐的预包装代餐食品，不适用于特殊医学用途配方食品。")
    references(
        d,
        "2",
        "GB 5009.5　食品安全国家标准　食品中蛋白质的测定",
        "GB 5009.6　食品安全国家标准　食品中脂肪的测定",
        "GB 5009.88　食品安全国家标准　食品中膳食纤维的测定",
        "GB 14880　食品安全国家标准　食品营养强化剂使用标准",
        "GB 28050　食品安全国家标准　预包装食品营养标签通则",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        "3.1",
        (
            "<b>代餐食品</b>　为满足成年人控制体重期间一餐或两餐的营养需要，代替部分膳"
            "食，专门加工配制而成的一种控制能量食品。"
        ),
    )
    d.cl("3.2", "<b>每餐</b>　产品标签上标示的一次食用量。")
    d.h("4", "技术要求")
    d.cl(
        "4.1",
        "原料应符合相应的食品安全国家标准和有关规定，不得添加药品及按照传统既是食品又是中药材以外的物质。",
    )
    d.cl("4.2", "基本要求：每餐代餐食品的能量和宏量营养素应符合表1的规定。")
    rows = [
        [C("项　　目", rs=2), C("指　　标", cs=2), C("检验方法", rs=2)],
        ["固态（粉、棒、饼干）", "液态（饮料）"],
        ["能量/(kJ/餐)", both("835～1 670", "能量", "range", 835, "kJ/餐", vmax=1670), "GB 28050"],
        [
            "蛋白质/(g/餐)　≥",
            V("15", R("蛋白质", ">=", 15, "g/餐", cond=["固态"])),
            V("12", R("蛋白质", ">=", 12, "g/餐", cond=["液态"])),
            "GB 5009.5",
        ],
        ["脂肪供能比/%　≤", both("30", "脂肪供能比", "<=", 30, "%"), "GB 5009.6"],
        [
            "膳食纤维/(g/餐)　≥",
            V("3.0", R("膳食纤维", ">=", 3.0, "g/餐", cond=["固态"])),
            V("1.5", R("膳食纤维", ">=", 1.5, "g/餐", cond=["液态"])),
            "GB 5009.88",
        ],
        ["钠（ｍｇ/餐）　≤", both("600", "钠", "<=", 600, "mg/餐"), "GB 5009.91"],
    ]
    d.table(
        "1",
        "每餐代餐食品的能量和宏量营养素",
        rows,
        head=2,
        widths=[40, 38, 38, 34],
        style="grid",
        notes=["注：能量、蛋白质和膳食纤维以每餐即食状态计。"],
    )
    d.cl("4.3", "维生素和矿物质：每餐代餐食品中维生素和矿物质的含量应符合表2的规定。")
    head = [
        [C("营养素", rs=2), C("每100 kJ", cs=2), C("每100 kcal", cs=2)],
        ["最小值", "最大值", "最小值", "最大值"],
    ]
    body = [
        nutrient("维生素A/(μg RE)", "维生素A", "μg RE", ("7.2", "43.0"), ("30.1", "179.9")),
        nutrient("维生素D/(μg)", "维生素D", "μg", ("0.12", "0.60"), ("0.50", "2.51")),
        nutrient("维生素E/(mg α-TE)", "维生素E", "mg α-TE", ("0.10", "N.S."), ("0.42", "N.S.")),
        nutrient("维生素B<sub>1</sub>/(mg)", "维生素B1", "mg", ("0.02", "N.S."), ("0.08", "N.S.")),
        nutrient("维生素C/(mg)", "维生素C", "mg", ("1.2", "N.S."), ("5.0", "N.S.")),
        nutrient("钙/(mg)", "钙", "mg", ("12.0", "60.0"), ("50.2", "251.0")),
        nutrient("铁/(mg)", "铁", "mg", ("0.18", "0.72"), ("0.75", "3.01")),
        nutrient("锌（ｍｇ）", "锌", "mg", ("0.12", "0.48"), ("0.50", "2.01")),
        nutrient(
            "　其中：来自强化剂的锌（ｍｇ）", "锌/来自强化剂的锌", "mg", ("N.S.", "0.30"), ("N.S.", "1.26")
        ),
        nutrient("碘/(μg)", "碘", "μg", ("N.S.", "N.S."), ("N.S.", "N.S.")),
    ]
    d.table(
        "2",
        "每餐代餐食品中维生素和矿物质的含量",
        head + body,
        head=2,
        widths=[44, 26, 26, 26, 26],
        style="grid",
        notes=["注：N.S.为没有特别说明。碘的含量应在标签中标示。"],
    )
    d.cl(
        "4.4",
        "产品中添加糖（以蔗糖计）的含量",
        V("不应超过5 g/100 g", R("添加糖的含量", "<=", 5, "g/100 g", cond=["以蔗糖计"])),
        "；液态产品中添加糖的含量",
        V("不得超过2.5 g/100 mL", R("添加糖的含量", "<=", 2.5, "g/100 mL", cond=["液态产品"])),
        "。",
    )
    d.cl(
        "4.5",
        "蛋白质质量：产品中蛋白质的消化率校正氨基酸评分（PDCAAS）应当",
        V("不低于0.90", R("蛋白质的消化率校正氨基酸评分（PDCAAS）", ">=", 0.90, None)),
        "。",
    )
    d.cl(
        "4.6",
        "每日食用的代餐食品所提供的能量",
        V("不应超过3 340 kJ", R("能量", "<=", 3340, "kJ", cond=["每日食用的代餐食品所提供的"])),
        "。",
    )
    d.cl("4.7", "污染物限量、真菌毒素限量和微生物限量应符合相应食品类别的食品安全国家标准的规定。")
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        (
            "能量按GB 28050规定的能量折算系数计算：蛋白质17 kJ/g，脂肪37 k"
            "J/g，碳水化合物17 kJ/g，膳食纤维8 kJ/g。"
        ),
    )
    d.cl("5.2", "脂肪供能比按式（1）计算：")
    d.math(r"X = \frac{37 \times F}{E} \times 100\%", "1")
    d.where(
        "<m>X</m>——脂肪供能比，%；",
        "<m>F</m>——每餐产品中脂肪的含量，单位为克（g）；",
        "<m>E</m>——每餐产品的能量，单位为千焦（kJ）。",
    )
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一生产线生产的同一品种、同一规格的产品为一批。")
    d.cl(
        "6.2", "出厂检验项目为感官、能量、蛋白质和净含量；型式检验项目为第4章的全部项目，每半年至少进行一次。"
    )
    d.cl("6.3", "检验结果中有一项及以上不符合本文件时，可从同批产品中加倍抽样复检，以复检结果为准。")
    d.h("7", "标签、包装、运输和贮存")
    d.cl("7.1", "标签应标示“代餐食品”、每餐食用量、每餐的能量和营养成分，并标示“本品不能替代药物”。")
    d.cl("7.2", "产品应贮存在阴凉干燥处，避免阳光直射。")
    return d
