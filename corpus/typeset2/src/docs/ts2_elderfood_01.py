"""GB/T-style 老年人营养补充食品 (test): a fully boxed table whose value columns are two product forms
(粉状 / 液态) under a spanning 指标 header, values merged across the forms; a fully boxed nutrient table
with 每100 kJ | 每100 kcal column pairs of 最小值 / 最大值 and N.S. cells, units in the row labels (some
in full width, 钾（ｍｇ）), an indented sub-nutrient (其中：); clause limits with 不应 / 不得 / 须 and a
以…计 basis.  Written for this set after the nutrient-supplement standards as remembered; every figure is
invented (the kcal column is the kJ column × 4.184, rounded)."""

from kit import SAMR, C, Doc, R, V, basis_cells, common_front, references

KJ, KCAL = "每100 kJ", "每100 kcal"
FORMS = ["粉状", "液态"]


def nutrient(label: str, name: str, unit: str, kj, kcal, extra=()) -> list:
    return [C(label, align="l"), *basis_cells(name, unit, [(KJ, *kj), (KCAL, *kcal)], list(extra))]


def both(text: str, name: str, cmp: str, value: float, unit: str, vmax=None) -> C:
    return C(V(text, *[R(name, cmp, value, unit, cond=[f], vmax=vmax) for f in FORMS]), cs=2)


def build() -> Doc:
    d = Doc(
        stem="ts2_elderfood_01",
        category="老年人营养补充食品",
        code="1491",
        kind="GB/T",
        number="GB/T 45620—2026",
        title=["老年人营养补充食品"],
        title_en="Nutritional supplement food for the elderly",
        ics="67.230",
        ccs="X 80",
        issuers=SAMR,
        issued="2026-10-16",
        effective="2027-05-01",
    )
    common_front(d, None, "中国轻工业联合会", "全国食品营养与健康标准化技术委员会（SAC/TC 590）")
    d.h("1", "范围")
    d.p("本文件规定了老年人营养补充食品的技术要求、检验规则和标签、包装、运输和贮存，描述了相应的试验方法。")
    d.p(
        "本文件适用于为65岁及以上人群补充蛋白质、维生素和矿物质的预包装食品，不适用于特殊医学用途配方食品和保健食品。"
    )
    references(
        d,
        "2",
        "GB 5009.5　食品安全国家标准　食品中蛋白质的测定",
        "GB 5009.82　食品安全国家标准　食品中维生素A、D、E的测定",
        "GB 5009.92　食品安全国家标准　食品中钙的测定",
        "GB 14880　食品安全国家标准　食品营养强化剂使用标准",
        "GB 28050　食品安全国家标准　预包装食品营养标签通则",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        "3.1",
        (
            "<b>老年人营养补充食品</b>　以乳类、大豆蛋白等为主要原料，添加维生素和矿物"
            "质，适合老年人咀嚼和吞咽特点，用于补充日常膳食中营养不足的食品。"
        ),
    )
    d.h("4", "技术要求")
    d.cl("4.1", "原料应符合相应的食品安全国家标准和有关规定，不得使用经辐照的原料。")
    d.cl("4.2", "基本要求：产品的能量和宏量营养素应符合表1的规定。")
    rows = [
        [C("项　　目", rs=2), C("指　　标", cs=2), C("检验方法", rs=2)],
        ["粉状", "液态"],
        [
            "能量/(kJ/100 g)",
            V("1 500～2 100", R("能量", "range", 1500, "kJ/100 g", cond=["粉状"], vmax=2100)),
            V("250～500", R("能量", "range", 250, "kJ/100 g", cond=["液态"], vmax=500)),
            "GB 28050",
        ],
        ["蛋白质供能比/%　≥", both("20", "蛋白质供能比", ">=", 20, "%"), "GB 5009.5"],
        [
            "其中：乳清蛋白占总蛋白质的比例/%　≥",
            both("30", "乳清蛋白占总蛋白质的比例", ">=", 30, "%"),
            "附录A",
        ],
        ["饱和脂肪酸供能比/%　≤", both("10", "饱和脂肪酸供能比", "<=", 10, "%"), "GB 5009.168"],
    ]
    d.table(
        "1",
        "能量和宏量营养素",
        rows,
        head=2,
        widths=[50, 34, 34, 32],
        style="grid",
        notes=["注：液态产品以即食状态计；粉状产品以冲调前计。"],
    )
    d.cl("4.3", "维生素和矿物质：产品中维生素和矿物质的含量应符合表2的规定。")
    head = [
        [C("营养素", rs=2), C("每100 kJ", cs=2), C("每100 kcal", cs=2)],
        ["最小值", "最大值", "最小值", "最大值"],
    ]
    body = [
        nutrient("维生素A/(μg RE)", "维生素A", "μg RE", ("9.6", "43.0"), ("40.2", "179.9")),
        nutrient("维生素D/(μg)", "维生素D", "μg", ("0.24", "0.96"), ("1.00", "4.02")),
        nutrient("维生素B<sub>12</sub>/(μg)", "维生素B12", "μg", ("0.04", "N.S."), ("0.17", "N.S.")),
        nutrient("叶酸/(μg DFE)", "叶酸", "μg DFE", ("4.8", "N.S."), ("20.1", "N.S.")),
        nutrient("钙/(mg)", "钙", "mg", ("18.0", "72.0"), ("75.3", "301.2")),
        nutrient("镁/(mg)", "镁", "mg", ("3.6", "N.S."), ("15.1", "N.S.")),
        nutrient("钾（ｍｇ）", "钾", "mg", ("24.0", "N.S."), ("100.4", "N.S.")),
        nutrient("钠（ｍｇ）", "钠", "mg", ("N.S.", "36.0"), ("N.S.", "150.6")),
        nutrient(
            "　其中：来自食盐的钠（ｍｇ）", "钠/来自食盐的钠", "mg", ("N.S.", "24.0"), ("N.S.", "100.4")
        ),
        nutrient("硒/(μg)", "硒", "μg", ("0.72", "3.60"), ("3.01", "15.06")),
    ]
    d.table(
        "2",
        "维生素和矿物质",
        head + body,
        head=2,
        widths=[46, 26, 26, 26, 26],
        style="grid",
        notes=["注：N.S.为没有特别说明。"],
    )
    d.cl(
        "4.4",
        "质构：液态产品的黏度（25 ℃）须在",
        V("50 mPa·s～350 mPa·s", R("黏度", "range", 50, "mPa·s", vmax=350, cond=["液态产品", "25 ℃"])),
        "之间；粉状产品冲调后不应有结块。",
    )
    d.cl(
        "4.5",
        "产品中添加糖（以蔗糖计）的含量",
        V("不得超过5.0 g/100 g", R("添加糖的含量", "<=", 5.0, "g/100 g", cond=["以蔗糖计"])),
        "，反式脂肪酸的含量",
        V("不应超过0.3 g/100 g", R("反式脂肪酸的含量", "<=", 0.3, "g/100 g")),
        "。",
    )
    d.cl("4.6", "污染物限量和微生物限量应符合相应食品类别的食品安全国家标准的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "能量按GB 28050规定的能量折算系数计算。")
    d.cl("5.2", "蛋白质供能比按式（1）计算：")
    d.math(r"X = \frac{17 \times P}{E} \times 100\%", "1")
    d.where(
        "<m>X</m>——蛋白质供能比，%；",
        "<m>P</m>——每100 g产品中蛋白质的含量，单位为克（g）；",
        "<m>E</m>——每100 g产品的能量，单位为千焦（kJ）。",
    )
    d.cl("5.3", "黏度：取液态产品于（25±0.5）℃恒温30 min后，用旋转黏度计测定。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为感官、能量、蛋白质、水分（粉状）和净含量；型式检验项目为第4章的全部项目。")
    d.cl("6.2", "检验结果中有一项不符合本文件时，可加倍抽样复检；复检仍不合格的，判该批产品不合格。")
    d.h("7", "标签、包装、运输和贮存")
    d.cl("7.1", "标签应标示推荐食用量、食用方法和适宜人群，并以不小于3.0 mm的字体标示“本品不能代替药物”。")
    d.cl("7.2", "产品应贮存在阴凉干燥处，开封后宜冷藏并在48 h内食用完毕。")
    d.annex("A", "规范性", "乳清蛋白占总蛋白质比例的测定")
    d.cl("A.1", "原理：以十二烷基硫酸钠－聚丙烯酰胺凝胶电泳分离酪蛋白和乳清蛋白，以各条带的光密度计算比例。")
    d.cl("A.2", "结果以两次平行测定的算术平均值表示，保留至整数。")
    return d
