"""GB/T 25975-style 建筑外墙外保温用岩棉制品 (test): a fully boxed table 项目 | 单位 | TR15 | TR10 | TR7.5
(岩棉板 classes as conditions) with the comparator at the end of the row labels, cells merged across
classes and two values stacked in one cell with their own labels (导热系数 at 25 ℃ / 10 ℃); a three-line
table whose comparator sits in the header (``指标　≥``); the fire class A级 in a clause (as a class code),
a tolerance as a range, 不大于…且不小于 and a shared limit.  The structure echoes GB/T 25975 as remembered;
every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

CLASSES = ["TR15", "TR10", "TR7.5"]


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
        stem="pr_rockwool_01",
        category="建筑外墙外保温用岩棉制品",
        code="3034",
        kind="GB/T",
        number="GB/T 25975—2026",
        replaces=["GB/T 25975—2018"],
        title=["建筑外墙外保温用岩棉制品"],
        title_en="Rock wool products for external thermal insulation composite systems",
        ics="91.100.60",
        ccs="Q 25",
        issuers=SAMR,
        issued="2026-06-12",
        effective="2027-01-01",
    )
    common_front(
        d,
        "GB/T 25975—2018《建筑外墙外保温用岩棉制品》",
        "中国建筑材料联合会",
        "全国绝热材料标准化技术委员会（SAC/TC 191）",
        ["——增加了TR7.5类岩棉板（见表1）；", "——修改了酸度系数的要求（见4.5）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了建筑外墙外保温用岩棉制品的分类和标记、要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于以玄武岩等为主要原料经高温熔融制成的、用于薄抹灰外墙外保温系统的岩棉板和岩棉条。")
    references(
        d,
        "2",
        "GB/T 5480　矿物棉及其制品试验方法",
        "GB 8624　建筑材料及制品燃烧性能分级",
        "GB/T 10294　绝热材料稳态热阻及有关特性的测定　防护热板法",
    )
    d.h("3", "分类")
    d.p("岩棉制品分为岩棉板和岩棉条；岩棉板按垂直于表面的抗拉强度分为TR15、TR10和TR7.5三类。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "尺寸允许偏差：岩棉板的厚度允许偏差为",
        V("-2 mm～+4 mm", R("厚度允许偏差", "range", -2, "mm", vmax=4, cond=["岩棉板"])),
        "，直角偏离度",
        V("不应大于5 mm/m", R("直角偏离度", "<=", 5, "mm/m", cond=["岩棉板"])),
        "。",
    )
    d.cl("4.2", "岩棉板的物理性能应符合表1的规定。")
    rows: list[list] = [
        [C("项目", rs=2), C("单位", rs=2), C("指标", cs=3)],
        CLASSES,
        [
            "垂直于表面的抗拉强度　≥",
            "kPa",
            *per_class("垂直于表面的抗拉强度", ">=", "kPa", ["15", "10", "7.5"]),
        ],
        ["压缩强度（10%变形）　≥", "kPa", *per_class("压缩强度（10%变形）", ">=", "kPa", ["60", "40", "30"])],
        ["湿热抗拉强度保留率　≥", "%", *per_class("湿热抗拉强度保留率", ">=", "%", [("50", 3)])],
        [
            C("导热系数　≤", align="l"),
            "W/(m·K)",
            C(
                [
                    V(
                        "0.040（25 ℃）",
                        *[R("导热系数", "<=", 0.040, "W/(m·K)", cond=[c, "平均温度25 ℃"]) for c in CLASSES],
                    ),
                    "\n",
                    V(
                        "0.038（10 ℃）",
                        *[R("导热系数", "<=", 0.038, "W/(m·K)", cond=[c, "平均温度10 ℃"]) for c in CLASSES],
                    ),
                ],
                cs=3,
            ),
        ],
        [
            "短期吸水量（部分浸入）　≤",
            "kg/m<sup>2</sup>",
            *per_class("短期吸水量（部分浸入）", "<=", "kg/m²", [("0.4", 3)]),
        ],
        ["质量吸湿率　≤", "%", *per_class("质量吸湿率", "<=", "%", [("0.5", 3)])],
    ]
    d.table(
        "1",
        "岩棉板的物理性能",
        rows,
        head=2,
        widths=[56, 26, 28, 28, 28],
        style="grid",
        notes=["注1：岩棉条的性能见表2。", "注2：括号内为测试时的平均温度。"],
    )
    d.cl("4.3", "岩棉条的性能应符合表2的规定。")
    strip = [
        ["项目", "单位", "指标　≥"],
        ["垂直于表面的抗拉强度", "kPa", V("80", R("垂直于表面的抗拉强度", ">=", 80, "kPa", cond=["岩棉条"]))],
        ["压缩强度（10%变形）", "kPa", V("40", R("压缩强度（10%变形）", ">=", 40, "kPa", cond=["岩棉条"]))],
        ["湿热抗拉强度保留率", "%", V("50", R("湿热抗拉强度保留率", ">=", 50, "%", cond=["岩棉条"]))],
    ]
    d.table("2", "岩棉条的性能", strip, widths=[70, 30, 40], style="three")
    d.cl(
        "4.4",
        "燃烧性能：岩棉制品的燃烧性能等级必须为",
        V("A级", R("燃烧性能等级", "qualitative", text="A级")),
        "，其有机物含量须",
        V("不大于4.0%", R("有机物含量", "<=", 4.0, "%")),
        "。",
    )
    d.cl(
        "4.5",
        "酸度系数：岩棉制品的酸度系数应",
        V("不小于1.8", R("酸度系数", ">=", 1.8, None)),
        "；密度应",
        V(
            "不大于160 kg/m<sup>3</sup>且不小于100 kg/m<sup>3</sup>",
            R("密度", "range", 100, "kg/m³", vmax=160),
        ),
        "。",
    )
    d.cl(
        "4.6",
        "放射性：岩棉制品的内照射指数和外照射指数",
        V("均不大于1.0", R("内照射指数", "<=", 1.0, None), R("外照射指数", "<=", 1.0, None)),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试样在温度（23±2）℃、相对湿度（50±5）%的条件下调节不少于24 h。")
    d.cl("5.2", "酸度系数按式（1）计算：")
    d.math(
        r"M_{\mathrm{k}} = \frac{w(\mathrm{SiO_2}) + w(\mathrm{Al_2O_3})}{w(\mathrm{CaO}) + w(\mathrm{MgO})}",
        "1",
    )
    d.where("<m>M_{\\mathrm{k}}</m>——酸度系数；", "<m>w</m>——各氧化物的质量分数，%。")
    d.h("6", "检验规则")
    d.cl("6.1", "以同一原料、同一工艺、同一品种的产品500 m<sup>3</sup>为一批。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品应采用防潮材料包装，贮存时堆放高度不宜超过2 m。")
    return d
