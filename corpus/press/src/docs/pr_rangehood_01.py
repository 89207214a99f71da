"""GB/T 17713-style 吸排油烟机 (test): a fully boxed transposed table whose rows are hood types (顶吸式,
侧吸式, 集成式) and whose columns are indicators over a unit line, a cell holding two values stacked with
their own labels (the noise limit by air-flow class), a cell merged down the types (≥90, IPX2 as a class
code); clause limits with word comparators, a tolerance without a centre, a range and 以下.  The structure
echoes GB/T 17713 and GB 29539 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

TYPES = [
    # type, 风量, 风压, 噪声 (Q≤15), 噪声 (Q＞15)
    ("顶吸式", "15", "200", "68", "70"),
    ("侧吸式", "14", "180", "67", "69"),
    ("集成式", "12", "160", "66", "68"),
]


def build() -> Doc:
    d = Doc(
        stem="pr_rangehood_01",
        category="吸排油烟机",
        code="3853",
        kind="GB/T",
        number="GB/T 17713—2026",
        replaces=["GB/T 17713—2011"],
        title=["吸排油烟机"],
        title_en="Range hoods",
        ics="97.040.20",
        ccs="Y 68",
        issuers=SAMR,
        issued="2026-05-30",
        effective="2026-12-01",
    )
    common_front(
        d,
        "GB/T 17713—2011《吸排油烟机》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        ["——增加了集成式吸排油烟机（见表1）；", "——修改了噪声的要求（见表1）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了吸排油烟机（以下简称油烟机）的分类、要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于额定电压220 V的家用吸排油烟机。")
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB 4208　外壳防护等级（IP代码）",
        "GB 4706.28　家用和类似用途电器的安全　吸油烟机的特殊要求",
    )
    d.h("3", "分类")
    d.p("油烟机按结构分为顶吸式、侧吸式和集成式。")
    d.h("4", "要求")
    d.cl("4.1", "性能：油烟机的风量、风压、噪声、气味降低度和外壳防护等级应符合表1的规定。")
    rows: list[list] = [
        ["类型", "风量", "最大静压", "噪声（声功率级）", "常态气味降低度", "外壳防护等级"],
        ["—", "m<sup>3</sup>/min", "Pa", "dB(A)", "%", "—"],
    ]
    for i, (kind, air, pressure, n1, n2) in enumerate(TYPES):
        row = [
            kind,
            V("≥" + air, R("风量", ">=", float(air), "m³/min", cond=[kind])),
            V("≥" + pressure, R("最大静压", ">=", float(pressure), "Pa", cond=[kind])),
            [
                V(
                    "≤" + n1 + "（风量≤15 m<sup>3</sup>/min）",
                    R("噪声（声功率级）", "<=", float(n1), "dB(A)", cond=[kind, "风量≤15 m³/min"]),
                ),
                "\n",
                V(
                    "≤" + n2 + "（风量＞15 m<sup>3</sup>/min）",
                    R("噪声（声功率级）", "<=", float(n2), "dB(A)", cond=[kind, "风量＞15 m³/min"]),
                ),
            ],
        ]
        if i == 0:
            kinds = [t[0] for t in TYPES]
            row.append(C(V("≥90", *[R("常态气味降低度", ">=", 90, "%", cond=[k]) for k in kinds]), rs=3))
            row.append(
                C(V("IPX2", *[R("外壳防护等级", "qualitative", text="IPX2", cond=[k]) for k in kinds]), rs=3)
            )
        rows.append(row)
    d.table(
        "1",
        "油烟机的性能要求",
        rows,
        head=2,
        widths=[20, 20, 22, 46, 28, 26],
        style="grid",
        notes=["注1：风量为额定转速下的风量。", "注2：集成式指与燃气灶具组合为一体的油烟机。"],
    )
    d.cl(
        "4.2",
        "瞬时气味降低度：油烟机的瞬时气味降低度不得",
        V("低于95%", R("瞬时气味降低度", ">=", 95, "%")),
        "，油脂分离度须",
        V("不低于80%", R("油脂分离度", ">=", 80, "%")),
        "。",
    )
    d.cl(
        "4.3",
        "输入功率：油烟机的输入功率对额定输入功率的偏差应在",
        V("±15%", R("输入功率对额定输入功率的偏差", "range", -15, "%", vmax=15)),
        "以内；照明灯的功率宜不大于5 W。",
    )
    d.cl(
        "4.4",
        "表面温度：正常工作时，油烟机易触及的外表面温升必须",
        V("不超过40 K", R("易触及的外表面温升", "<=", 40, "K", cond=["正常工作时"])),
        "，控制面板的温升应为",
        V("25 K以下", R("控制面板的温升", "<=", 25, "K")),
        "。",
    )
    d.cl(
        "4.5",
        "集烟罩：顶吸式油烟机的集烟罩深度应在",
        V("300 mm～550 mm", R("集烟罩深度", "range", 300, "mm", vmax=550, cond=["顶吸式油烟机"])),
        "之间。",
    )
    d.cl(
        "4.6",
        "油杯：可拆卸油杯的容积应",
        V("不小于150 mL且不大于500 mL", R("可拆卸油杯的容积", "range", 150, "mL", vmax=500)),
        "。",
    )
    d.cl("4.7", "安全：油烟机的安全应符合GB 4706.28的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "风量和风压在风量试验装置上测定，试验时电源电压为额定电压，环境温度为（20±5）℃。")
    d.cl("5.2", "常态气味降低度按式（1）计算：")
    d.math(r"D = \frac{C_0 - C_1}{C_0} \times 100\%", "1")
    d.where(
        "<m>D</m>——常态气味降低度；",
        "<m>C_0</m>——开机前室内示踪气体的浓度，单位为毫克每立方米（mg/m<sup>3</sup>）；",
        "<m>C_1</m>——运行3 min后室内示踪气体的浓度，单位为毫克每立方米（mg/m<sup>3</sup>）。",
    )
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验逐台进行；型式检验每年至少一次，样品数量为2台。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "铭牌应标示类型、额定电压、额定输入功率和风量。")
    return d
