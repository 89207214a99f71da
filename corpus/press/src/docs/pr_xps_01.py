"""GB/T 10801.2-style 绝热用挤塑聚苯乙烯泡沫塑料（XPS） (dev): a fully boxed table 项目 | 单位 | X150 |
X200 | X250 | X300 whose class columns are conditions, the comparator at the end of the row label, two
values stacked in one cell with their own labels (导热系数 at mean temperatures 10 ℃ / 25 ℃), cells merged
across classes; a second table whose comparator sits in the header (``指标　≤``); a fire class in a clause
(B<sub>1</sub>级), tolerances as ranges (尺寸允许偏差 ±2 mm, -1 mm～+3 mm), 不大于…且不小于.
The structure echoes GB/T 10801.2 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

CLASSES = ["X150", "X200", "X250", "X300"]


def per_class(name, cmp, unit, texts, cond=()):
    cells = []
    col = 0
    for item in texts:
        text, span = item if isinstance(item, tuple) else (item, 1)
        cls = CLASSES[col : col + span]
        col += span
        cells.append(C(V(text, *[R(name, cmp, float(text), unit, cond=[c, *cond]) for c in cls]), cs=span))
    return cells


def build() -> Doc:
    d = Doc(
        stem="pr_xps_01",
        category="绝热用挤塑聚苯乙烯泡沫塑料",
        code="2924",
        kind="GB/T",
        number="GB/T 10801.2—2026",
        replaces=["GB/T 10801.2—2018"],
        title=["绝热用挤塑聚苯乙烯泡沫塑料（XPS）"],
        title_en="Rigid extruded polystyrene foam for thermal insulation (XPS)",
        ics="83.100",
        ccs="Q 25",
        issuers=SAMR,
        issued="2026-06-12",
        effective="2027-01-01",
    )
    common_front(
        d,
        "GB/T 10801.2—2018《绝热用挤塑聚苯乙烯泡沫塑料（XPS）》",
        "中国建筑材料联合会",
        "全国塑料制品标准化技术委员会（SAC/TC 48）",
        ["——删除了X350及以上的类别；", "——修改了导热系数的要求（见表1）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了绝热用挤塑聚苯乙烯泡沫塑料（以下简称XPS板）的分类和标记、要求、检验规则、标志、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于使用温度不超过75 ℃的建筑绝热用XPS板。")
    references(
        d,
        "2",
        "GB/T 6342　泡沫塑料与橡胶　线性尺寸的测定",
        "GB/T 8624　建筑材料及制品燃烧性能分级",
        "GB/T 10294　绝热材料稳态热阻及有关特性的测定　防护热板法",
    )
    d.h("3", "分类和标记")
    d.cl("3.1", "XPS板按压缩强度分为X150、X200、X250和X300四类，按表面结构分为带表皮和不带表皮两种。")
    d.cl(
        "3.2",
        "标记示例：X250、带表皮、宽度600 mm、长度1 200 mm、厚度50 mm的XPS板标记为："
        "XPS-X250-SS-600×1200×50-GB/T 10801.2。",
    )
    d.h("4", "要求")
    d.cl("4.1", "外观：表面平整，无夹杂物，颜色均匀，不应有明显影响使用的可见缺陷。")
    d.cl(
        "4.2",
        "尺寸允许偏差：长度和宽度的允许偏差为",
        V(
            "±2 mm",
            R("长度的允许偏差", "range", -2, "mm", vmax=2),
            R("宽度的允许偏差", "range", -2, "mm", vmax=2),
        ),
        "，厚度的允许偏差为",
        V("-1 mm～+3 mm", R("厚度的允许偏差", "range", -1, "mm", vmax=3)),
        "。",
    )
    d.cl("4.3", "物理力学性能：XPS板的物理力学性能应符合表1的规定。")
    rows: list[list] = [
        [C("项目", rs=2), C("单位", rs=2), C("性能指标", cs=4)],
        CLASSES,
        ["压缩强度　≥", "kPa", *per_class("压缩强度", ">=", "kPa", ["150", "200", "250", "300"])],
        [
            "吸水率（浸水96 h）　≤",
            "%（体积分数）",
            *per_class("吸水率（浸水96 h）", "<=", "%", [("1.5", 2), ("1.0", 2)], cond=["体积分数"]),
        ],
        [C("导热系数　≤", align="l"), "W/(m·K)"]
        + [
            [
                V("0.028（10 ℃）", R("导热系数", "<=", lo, "W/(m·K)", cond=[c, "平均温度10 ℃"])),
                "\n",
                V("0.030（25 ℃）", R("导热系数", "<=", hi, "W/(m·K)", cond=[c, "平均温度25 ℃"])),
            ]
            for c, lo, hi in [(c, 0.028, 0.030) for c in CLASSES[:2]]
        ]
        + [
            [
                V("0.027（10 ℃）", R("导热系数", "<=", 0.027, "W/(m·K)", cond=[c, "平均温度10 ℃"])),
                "\n",
                V("0.029（25 ℃）", R("导热系数", "<=", 0.029, "W/(m·K)", cond=[c, "平均温度25 ℃"])),
            ]
            for c in CLASSES[2:]
        ],
        [
            "尺寸稳定性（70 ℃，48 h）　≤",
            "%",
            *per_class("尺寸稳定性（70 ℃，48 h）", "<=", "%", [("1.5", 2), ("1.0", 2)]),
        ],
        ["弯曲变形　≥", "mm", *per_class("弯曲变形", ">=", "mm", [("20", 4)])],
        ["氧指数　≥", "%", *per_class("氧指数", ">=", "%", [("26", 4)])],
    ]
    d.table(
        "1",
        "物理力学性能",
        rows,
        head=2,
        widths=[46, 26, 23, 23, 23, 23],
        style="grid",
        notes=["注1：导热系数为带表皮产品的指标。", "注2：括号内为测试时的平均温度。"],
    )
    d.cl("4.4", "耐久性能：XPS板的耐久性能应符合表2的规定。")
    dur = [
        ["项目", "单位", "指标　≤"],
        [
            "透湿系数（23 ℃，相对湿度50%）",
            "ng/(m·s·Pa)",
            V("3.5", R("透湿系数（23 ℃，相对湿度50%）", "<=", 3.5, "ng/(m·s·Pa)")),
        ],
        ["压缩蠕变（80 ℃，20 kPa，48 h）", "%", V("5", R("压缩蠕变（80 ℃，20 kPa，48 h）", "<=", 5, "%"))],
        ["冻融循环后压缩强度损失率", "%", V("10", R("冻融循环后压缩强度损失率", "<=", 10, "%"))],
    ]
    d.table("2", "耐久性能", dur, widths=[70, 40, 40], style="three")
    d.cl(
        "4.5",
        "燃烧性能：XPS板的燃烧性能等级应不低于GB 8624规定的",
        V("B<sub>1</sub>级", R("燃烧性能等级", "qualitative", text="B1级")),
        "，燃烧滴落物不应引燃滤纸。",
    )
    d.cl(
        "4.6",
        "表观密度：XPS板的表观密度应",
        V(
            "不大于45 kg/m<sup>3</sup>且不小于25 kg/m<sup>3</sup>",
            R("表观密度", "range", 25, "kg/m³", vmax=45),
        ),
        "；同一批产品的表观密度的极差不得",
        V("超过3 kg/m<sup>3</sup>", R("表观密度的极差", "<=", 3, "kg/m³", cond=["同一批产品"])),
        "。",
    )
    d.cl(
        "4.7",
        "有害物质：XPS板中六溴环十二烷的含量必须",
        V("小于100 mg/kg", R("六溴环十二烷的含量", "<", 100, "mg/kg")),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试样在温度（23±2）℃、相对湿度（50±10）%的条件下状态调节不少于24 h。")
    d.cl("5.2", "导热系数按GB/T 10294测定，平均温度分别为（10±2）℃和（25±2）℃，试样厚度25 mm。")
    d.cl("5.3", "吸水率按式（1）计算：")
    d.math(r"W_{\mathrm{v}} = \frac{m_2 - m_1}{V\rho} \times 100", "1")
    d.where(
        "<m>W_{\\mathrm{v}}</m>——吸水率（体积分数），%；",
        "<m>m_1</m>——浸水前试样的质量，单位为克（g）；",
        "<m>m_2</m>——浸水后试样的质量，单位为克（g）；",
        "<m>V</m>——试样的体积，单位为立方厘米（cm<sup>3</sup>）；",
        "<m>\\rho</m>——水的密度，取1 g/cm<sup>3</sup>。",
    )
    d.h("6", "检验规则")
    d.cl("6.1", "同一类别、同一规格的产品300 m<sup>3</sup>为一批，不足300 m<sup>3</sup>按一批计。")
    d.h("7", "标志、运输和贮存")
    d.cl("7.1", "产品应远离火源存放，堆放高度不宜超过2 m。")
    return d
