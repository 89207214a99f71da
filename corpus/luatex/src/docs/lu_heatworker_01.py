"""GB 食品安全国家标准 高温作业人员营养补充食品 (dev): a full-grid nutrient table with 每100 kJ | 每100
kcal column pairs of 最小值 / 最大值 under a two-row header, units in the row labels, N.S. cells opening
a side, a 其中： sub-row, the table running onto the next page as 表2（续）; a 感官 table of qualitative
cells; clause limits with 应不低于 / 不应超过 / 应在…之间; the energy formula in the methods (not gold).
The levels echo the Chinese dietary reference intakes for heavy work in heat and the occupational
nutrition standard for high-temperature work as remembered (the kcal columns are the kJ columns × 4.184,
rounded); the number and every figure are invented."""

from kit import FOOD, C, Doc, R, V, basis_cells, references

KJ, KCAL = "每100 kJ", "每100 kcal"


def nutrient(label: str, name: str, unit: str, kj, kcal, extra=()) -> list:
    return [C(label, align="l"), *basis_cells(name, unit, [(KJ, *kj), (KCAL, *kcal)], list(extra))]


def build() -> Doc:
    d = Doc(
        stem="lu_heatworker_01",
        category="高温作业人员营养补充食品",
        code="1491",
        kind="GB",
        number="GB 31692—2026",
        title=["食品安全国家标准", "高温作业人员营养补充食品"],
        title_en=(
            "National food safety standard—Nutritiona"
            "l supplement food for workers in high-te"
            "mperature environments"
        ),
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
        "本标准适用于为在高温环境（工作地点平均湿球黑球温度指数不"
        "低于25 ℃）中从事体力作业的人员补充水分、电解质、维生素和"
        "能量的营养补充食品。"
    )
    references(
        d,
        "2",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 5009.91　食品安全国家标准　食品中钾、钠的测定",
        "GB 14880　食品安全国家标准　食品营养强化剂使用标准",
        "GB 28050　食品安全国家标准　预包装食品营养标签通则",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>高温作业人员营养补充食品</b>　以碳水化合物、电解质为主"
            "要成分，添加维生素等营养素，制成的适宜高温作业人员在作业"
            "中及作业后食用的液态或固态（冲调）食品。"
        ),
    )
    d.cl("3.2", "<b>每日推荐食用量</b>　产品标签上标示的一日食用量。")
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应符合相应的食品安全国家标准的规定。")
    d.cl("4.2", "感官要求：应符合表1的规定。")
    sensory = [
        ["项　目", "要　求", "检验方法"],
        [
            "色泽",
            V("具有产品应有的色泽", R("色泽", "qualitative", text="具有产品应有的色泽")),
            C(
                (
                    "取适量试样置于洁净的白色盘（瓷盘或同类容器）中，在自然光"
                    "下观察色泽和状态，嗅其气味，用温开水漱口，品其滋味"
                ),
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
                "液态产品均匀一致，无正常视力可见外来异物",
                R("状态", "qualitative", text="液态产品均匀一致，无正常视力可见外来异物"),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[28, 62, 65])
    d.cl(
        "4.3",
        "能量和营养成分：每100 mL（液态产品）或每100 g（固态产品冲调后）所含的能量应在",
        V(
            "80 kJ～200 kJ",
            R("能量", "range", 80, "kJ", vmax=200, cond=["每100 mL（液态产品）或每100 g（固态产品冲调后）"]),
        ),
        "之间，营养成分应符合表2的规定。",
    )
    head = [
        [C("营养素", rs=2), C("每100 kJ", cs=2), C("每100 kcal", cs=2)],
        ["最小值", "最大值", "最小值", "最大值"],
    ]
    body = [
        nutrient("碳水化合物/g", "碳水化合物", "g", ("4.5", "5.9"), ("18.8", "24.7")),
        nutrient("　其中：葡萄糖和蔗糖/g", "碳水化合物/葡萄糖和蔗糖", "g", ("N.S.", "4.0"), ("N.S.", "16.7")),
        nutrient("蛋白质/g", "蛋白质", "g", ("N.S.", "0.60"), ("N.S.", "2.51")),
        nutrient("钠/mg", "钠", "mg", ("90", "200"), ("377", "837")),
        nutrient("钾/mg", "钾", "mg", ("25", "80"), ("105", "335")),
        nutrient("镁/mg", "镁", "mg", ("2.0", "10.0"), ("8.4", "41.8")),
        nutrient("钙/mg", "钙", "mg", ("N.S.", "30"), ("N.S.", "126")),
        nutrient("氯/mg", "氯", "mg", ("N.S.", "N.S."), ("N.S.", "N.S.")),
        nutrient("维生素C/mg", "维生素C", "mg", ("3.0", "24.0"), ("12.6", "100.4")),
        nutrient("维生素B<sub>1</sub>/mg", "维生素B1", "mg", ("0.05", "0.30"), ("0.21", "1.26")),
        nutrient("维生素B<sub>2</sub>/mg", "维生素B2", "mg", ("0.05", "0.30"), ("0.21", "1.26")),
        nutrient("烟酸（烟酰胺）/mg", "烟酸（烟酰胺）", "mg", ("0.30", "N.S."), ("1.26", "N.S.")),
    ]
    d.table(
        "2",
        "营养成分指标",
        head + body,
        head=2,
        widths=[47, 27, 27, 27, 27],
        notes=["注1：N.S.为没有特别说明。", "注2：氯的含量应在标签中标示。"],
    )
    d.cl(
        "4.4",
        "液态产品的渗透压",
        V("不应超过340 mOsm/kg", R("渗透压", "<=", 340, "mOsm/kg", cond=["液态产品"])),
        "；固态产品冲调后的渗透压应在",
        V(
            "250 mOsm/kg～340 mOsm/kg",
            R("渗透压", "range", 250, "mOsm/kg", vmax=340, cond=["固态产品冲调后"]),
        ),
        "之间。",
    )
    d.cl(
        "4.5",
        "每日推荐食用量中钠的含量",
        V("应不低于800 mg", R("钠的含量", ">=", 800, "mg", cond=["每日推荐食用量中"])),
        "，且",
        V("不应超过2 000 mg", R("钠的含量", "<=", 2000, "mg", cond=["每日推荐食用量中"])),
        "。",
    )
    d.cl("4.6", "产品不应添加咖啡因，不应使用酒精作为原料。")
    d.cl(
        "4.7",
        "污染物限量应符合GB 2762中相应食品类别的规定；微生物限量应符合相应食品类别的食品安全国家标准的规定。",
    )
    d.h("5", "检验方法")
    d.cl("5.1", "钠、钾、镁、钙按GB 5009.268或GB 5009.91规定的方法测定；维生素C按GB 5009.86规定的方法测定。")
    d.cl("5.2", "能量按公式（1）计算：")
    d.math(r"E=17\times P+37\times F+17\times C", "1")
    d.where(
        "<m>E</m>——每100 mL（或每100 g）产品的能量，单位为千焦（kJ）；",
        (
            "<m>P</m>、<m>F</m>、<m>C</m>——每100 mL（或每100 g）产品中"
            "蛋白质、脂肪、碳水化合物的含量，单位为克（g）。"
        ),
    )
    d.cl("5.3", "渗透压按附录A规定的冰点下降法测定。")
    d.h("6", "标签")
    d.cl("6.1", "标签中应标示“高温作业人员营养补充食品”和每日推荐食用量，并标示“本品不能代替饮用水”。")
    d.annex("A", "规范性", "渗透压的测定　冰点下降法")
    d.cl("A.1", "用冰点渗透压仪测定试样的冰点下降值，按仪器的校准曲线换算为质量渗透摩尔浓度。")
    d.cl("A.2", "仪器用（300±3）mOsm/kg的标准溶液校准；试样温度应平衡至（20±2）℃后测定。")
    d.cl("A.3", "两次独立测定结果的绝对差值不得超过算术平均值的2%。")
    return d
