"""GB 食品安全国家标准 高原作业人员营养补充食品 (test): a full-grid nutrient table with 每100 kJ | 每100
kcal column pairs of 最小值 / 最大值, N.S. cells, units in a 单位 column of their own, an indented
其中： row; a second table of the macronutrients' energy shares (% of energy, a range per row); a 感官
table of qualitative cells; clause limits with 不低于 / 不超过; the formula of the energy share in the
methods (not gold). The levels echo the Chinese dietary reference intakes and the nutrition guidelines
for work at high altitude (above 3 000 m) as remembered (the kcal columns are the kJ columns × 4.184,
rounded); the number and every figure are invented."""

from kit import FOOD, C, Doc, R, V, basis_cells, references

KJ, KCAL = "每100 kJ", "每100 kcal"


def nutrient(label: str, name: str, unit: str, kj, kcal) -> list:
    return [C(label, align="l"), unit, *basis_cells(name, unit, [(KJ, *kj), (KCAL, *kcal)])]


def share(label: str, low: str, high: str) -> list:
    rec = R(label + "供能比", "range", float(low), "%", vmax=float(high))
    return [C(label, align="l"), V(f"{low}～{high}", rec)]


def build() -> Doc:
    d = Doc(
        stem="lu_altitude_01",
        category="高原作业人员营养补充食品",
        code="1491",
        kind="GB",
        number="GB 31693—2026",
        title=["食品安全国家标准", "高原作业人员营养补充食品"],
        title_en="National food safety standard—Nutritional supplement food for workers at high altitude",
        issuers=FOOD,
        issued="2026-06-20",
        effective="2027-06-20",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准为首次发布。",
    )
    d.h("1", "范围")
    d.p(
        "本标准适用于为在海拔3 000 m以上地区从事作业的人员补充能量"
        "、蛋白质、维生素和矿物质的营养补充食品，包括固态（块、棒"
        "、粉）和半固态产品。"
    )
    references(
        d,
        "2",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 5009.5　食品安全国家标准　食品中蛋白质的测定",
        "GB 14880　食品安全国家标准　食品营养强化剂使用标准",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>高原作业人员营养补充食品</b>　以谷物、乳及乳制品、大豆"
            "制品等为主要原料，添加维生素和矿物质，适宜高原低氧环境下"
            "作业人员食用的食品。"
        ),
    )
    d.h("4", "技术要求")
    d.cl("4.1", "原料应符合相应的食品安全国家标准的规定，不应使用辣椒、花椒等辛辣原料。")
    d.cl("4.2", "感官要求应符合表1的规定。")
    sensory = [
        ["项　目", "要　求"],
        [
            "色泽",
            V("色泽均匀，具有产品应有的色泽", R("色泽", "qualitative", text="色泽均匀，具有产品应有的色泽")),
        ],
        [
            "组织状态",
            V(
                "块、棒产品形态完整，无霉变，无正常视力可见外来异物",
                R("组织状态", "qualitative", text="块、棒产品形态完整，无霉变，无正常视力可见外来异物"),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[35, 120])
    d.cl(
        "4.3",
        "每100 g产品的能量",
        V("不低于1 700 kJ", R("能量", ">=", 1700, "kJ", cond=["每100 g产品的"])),
        "，各宏量营养素的供能比应符合表2的规定。",
    )
    d.table(
        "2",
        "宏量营养素的供能比",
        [
            ["营养素", "供能比/%"],
            share("蛋白质", "12", "18"),
            share("脂肪", "20", "30"),
            share("碳水化合物", "55", "65"),
        ],
        widths=[60, 60],
    )
    d.cl("4.4", "维生素和矿物质：每100 kJ和每100 kcal产品中维生素和矿物质的含量应符合表3的规定。")
    head = [
        [C("营养素", rs=2), C("单位", rs=2), C("每100 kJ", cs=2), C("每100 kcal", cs=2)],
        ["最小值", "最大值", "最小值", "最大值"],
    ]
    body = [
        nutrient("维生素A", "维生素A", "μg RE", ("9.0", "36.0"), ("37.7", "150.6")),
        nutrient("维生素E", "维生素E", "mg α-TE", ("0.20", "N.S."), ("0.84", "N.S.")),
        nutrient("维生素C", "维生素C", "mg", ("1.5", "12.0"), ("6.3", "50.2")),
        nutrient("维生素B<sub>1</sub>", "维生素B1", "mg", ("0.020", "0.15"), ("0.084", "0.63")),
        nutrient("维生素B<sub>6</sub>", "维生素B6", "mg", ("0.020", "0.15"), ("0.084", "0.63")),
        nutrient("叶酸", "叶酸", "μg DFE", ("5.0", "N.S."), ("20.9", "N.S.")),
        nutrient("铁", "铁", "mg", ("N.S.", "0.40"), ("N.S.", "1.67")),
        nutrient("　其中：血红素铁", "铁/血红素铁", "mg", ("N.S.", "N.S."), ("N.S.", "N.S.")),
        nutrient("锌", "锌", "mg", ("0.15", "0.60"), ("0.63", "2.51")),
        nutrient("钾", "钾", "mg", ("20", "N.S."), ("84", "N.S.")),
    ]
    d.table(
        "3",
        "维生素和矿物质指标",
        head + body,
        head=2,
        widths=[35, 24, 24, 24, 24, 24],
        notes=["注：N.S.为没有特别说明。"],
    )
    d.cl(
        "4.5",
        "产品中钠的含量",
        V("不超过300 mg/100 g", R("钠的含量", "<=", 300, "mg/100 g")),
        "；水分",
        V("不超过10.0 g/100 g", R("水分", "<=", 10.0, "g/100 g", cond=["固态产品"])),
        "（固态产品）。",
    )
    d.cl(
        "4.6",
        "污染物限量应符合GB 2762中相应食品类别的规定，微生物限量应符合相应食品类别的食品安全国家标准的规定。",
    )
    d.h("5", "检验方法")
    d.cl("5.1", "蛋白质按GB 5009.5规定的方法测定，能量和供能比按公式（1）计算：")
    d.math(r"R_{i}=\frac{E_{i}}{E}\times 100", "1")
    d.where(
        "<m>R_{i}</m>——营养素<m>i</m>的供能比，%；",
        "<m>E_{i}</m>——每100 g产品中营养素<m>i</m>提供的能量，单位为千焦（kJ）；",
        "<m>E</m>——每100 g产品的能量，单位为千焦（kJ）。",
    )
    d.cl("5.2", "维生素和矿物质按相应的食品安全国家标准规定的方法测定。")
    d.h("6", "标签")
    d.cl("6.1", "标签中应标示每日推荐食用量和“本品适宜海拔3 000 m以上地区作业人员食用”。")
    return d
