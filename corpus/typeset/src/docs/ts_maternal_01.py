"""GB 31601-style 食品安全国家标准 孕妇及乳母营养补充食品 (test): a long full-grid nutrient table with
每100 kJ | 每100 kcal column pairs of 最小值 / 最大值 and N.S. cells that runs onto the next page under a
续表 caption with its two-row header repeated, indented sub-nutrient rows (其中：亚油酸) joined into the name,
a footnote letter on a row; a three-line table of optional ingredients of the same shape; clause limits
with 不应超过 / 不低于 / 应为…～…; the energy formula with its 式中 list.  The nutrient list echoes
GB 31601-2015 as remembered, which sets amounts per day; the per-100 kJ figures are invented (the kcal
column is the kJ column × 4.184, rounded)."""

from kit import FOOD, C, Doc, R, V, basis_cells, common_front, references

KJ, KCAL = "每100 kJ", "每100 kcal"


def nutrient(label: str, name: str, unit: str, kj: tuple[str, str], kcal: tuple[str, str], extra=()) -> list:
    return [C(label, align="l"), *basis_cells(name, unit, [(KJ, *kj), (KCAL, *kcal)], list(extra))]


HEAD = [
    [C("营养成分", rs=2), C("每100 kJ", cs=2), C("每100 kcal", cs=2)],
    ["最小值", "最大值", "最小值", "最大值"],
]


def build() -> Doc:
    d = Doc(
        stem="ts_maternal_01",
        category="孕妇及乳母营养补充食品",
        code="1491",
        kind="GB",
        number="GB 31601—2026",
        replaces=["GB 31601—2015"],
        title=["食品安全国家标准", "孕妇及乳母营养补充食品"],
        issuers=FOOD,
        issued="2026-04-09",
        effective="2027-04-09",
    )
    common_front(
        d,
        "GB 31601—2015《食品安全国家标准　孕妇及乳母营养补充食品》",
        "中华人民共和国国家卫生健康委员会",
        "国家食品安全风险评估中心",
        [
            "——营养成分的含量由每日份改为每100 kJ和每100 kcal表示（见表1）；",
            "——增加了可选择性成分（见表2）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件适用于孕妇及乳母营养补充食品。")
    references(
        d,
        "2",
        "GB 5009.82　食品安全国家标准　食品中维生素A、D、E的测定",
        "GB 5009.211　食品安全国家标准　食品中叶酸的测定",
        "GB 5009.268　食品安全国家标准　食品中多元素的测定",
        "GB 14880　食品安全国家标准　食品营养强化剂使用标准",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>孕妇及乳母营养补充食品</b>　以食品基质为载体，添加多种维生素和矿物质等营养素制成的"
            "，适用于孕妇和乳母补充营养的食品，包括粉状、片状、粒状等形态。"
        ),
    )
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应符合相应的食品安全国家标准和有关规定，不应使用经辐照处理的原料。")
    d.cl("4.2", "感官要求：色泽、滋味、气味、状态应符合相应产品的特性，不应有正常视力可见的外来异物。")
    d.cl(
        "4.3",
        "能量：每日推荐食用量中能量",
        V("不应超过420 kJ", R("能量", "<=", 420, "kJ", cond=["每日推荐食用量中"])),
        "，能量按式（1）计算：",
    )
    d.math(r"E = 17 \times P + 37 \times F + 17 \times C + 8 \times D", "1")
    d.where(
        "<m>E</m>——能量，单位为千焦（kJ）；",
        "<m>P</m>、<m>F</m>、<m>C</m>、<m>D</m>——蛋白质、脂肪、碳水化合物和膳食纤维的含量，单位为克（g）。",
    )
    d.cl("4.4", "营养成分：每100 kJ和每100 kcal产品中营养成分的含量应符合表1的规定。")
    body = [
        nutrient("蛋白质/(g)", "蛋白质", "g", ("0.6", "1.6"), ("2.5", "6.7")),
        nutrient("脂肪/(g)", "脂肪", "g", ("N.S.", "1.0"), ("N.S.", "4.2")),
        nutrient("　其中：亚油酸/(g)", "脂肪/亚油酸", "g", ("0.07", "N.S."), ("0.29", "N.S.")),
        nutrient("维生素A/(μg RE)", "维生素A", "μg RE", ("25", "75"), ("105", "314")),
        nutrient("维生素D/(μg)", "维生素D", "μg", ("0.40", "1.60"), ("1.67", "6.69")),
        nutrient("维生素E/(mg α-TE)", "维生素E", "mg α-TE", ("0.50", "4.00"), ("2.09", "16.7")),
        nutrient("维生素B<sub>1</sub>/(mg)", "维生素B1", "mg", ("0.05", "0.40"), ("0.21", "1.67")),
        nutrient("维生素B<sub>2</sub>/(mg)", "维生素B2", "mg", ("0.05", "0.40"), ("0.21", "1.67")),
        nutrient("维生素B<sub>6</sub>/(mg)", "维生素B6", "mg", ("0.08", "0.50"), ("0.33", "2.09")),
        nutrient("维生素B<sub>12</sub>/(μg)", "维生素B12", "μg", ("0.10", "N.S."), ("0.42", "N.S.")),
        nutrient("叶酸<sup>a</sup>/(μg DFE)", "叶酸", "μg DFE", ("25", "100"), ("105", "418"), ["以叶酸计"]),
        nutrient("烟酸/(mg NE)", "烟酸", "mg NE", ("0.50", "3.00"), ("2.09", "12.6")),
        nutrient("钙/(mg)", "钙", "mg", ("40", "150"), ("167", "628")),
        nutrient("铁/(mg)", "铁", "mg", ("1.0", "4.0"), ("4.2", "16.7")),
        nutrient("锌/(mg)", "锌", "mg", ("0.5", "2.5"), ("2.1", "10.5")),
        nutrient("碘/(μg)", "碘", "μg", ("10", "40"), ("42", "167")),
        nutrient("硒/(μg)", "硒", "μg", ("2.5", "10.0"), ("10.5", "41.8")),
    ]
    d.table(
        "1",
        "营养成分指标",
        HEAD + body,
        head=2,
        widths=[44, 26, 26, 26, 26],
        style="grid",
        footnotes=["<sup>a</sup>　叶酸以叶酸计，1 μg DFE＝0.6 μg叶酸。", "注：N.S.为没有特别说明。"],
    )
    d.cl(
        "4.5",
        "可选择性成分：除表1规定的营养成分外，还可选择添加表2中的一种或多种成分，其含量应符合表2的规定。",
    )
    opt = [
        nutrient("二十二碳六烯酸（DHA）/(mg)", "二十二碳六烯酸（DHA）", "mg", ("10", "60"), ("42", "251")),
        nutrient("胆碱/(mg)", "胆碱", "mg", ("N.S.", "40"), ("N.S.", "167")),
        nutrient("叶黄素/(μg)", "叶黄素", "μg", ("N.S.", "200"), ("N.S.", "837")),
    ]
    d.table(
        "2",
        "可选择性成分指标",
        HEAD + opt,
        head=2,
        widths=[52, 24, 24, 24, 24],
        notes=["注：N.S.为没有特别说明。"],
    )
    d.cl(
        "4.6",
        "钙与磷的质量比值应为",
        V("1.2～2.0", R("钙与磷的质量比值", "range", 1.2, vmax=2.0)),
        "；产品中的铁应以亚铁盐形式添加，亚铁盐中二价铁占总铁的比例",
        "不低于90%",
        "。",
    )
    d.cl("4.7", "污染物限量：铅（以Pb计）应符合GB 2762中相应食品类别的规定。")
    d.cl(
        "4.8",
        (
            "食品添加剂和营养强化剂：食品添加剂的使用应符合GB 2760的规定，营养强化剂的化合物来源应"
            "符合GB 14880的规定。"
        ),
    )
    d.h("5", "其他")
    d.cl("5.1", "产品标签应标示每日推荐食用量、适用人群（孕妇或乳母）和食用方法。")
    d.cl("5.2", "标签中应标示“本品不能代替药物”和“不宜超过推荐量食用”。")
    d.cl("5.3", "片状产品的每片质量宜为0.5 g～1.5 g。")
    return d
