"""GB/T 13380-style 交流电风扇 (dev): a fully boxed transposed table whose rows are blade-diameter classes
(D≤200, 200＜D≤300 …) and whose columns are indicators over a unit line, a cell holding two values
stacked with their grade labels (``1级　≥1.10`` over ``2级　≥0.95``); class codes in clauses (IPX0,
II类, E级); a range in prose (60～80 r/min), a tolerance (±10%), 以上 / 以下 and 分别 lists.  The structure
echoes GB/T 13380 and GB 12021.9 as remembered; every figure is invented."""

from kit import SAMR, Doc, R, V, common_front, references

CLASSES = [
    # printed, condition, 输出风量, 能效值 1级, 2级, 噪声
    ("D≤200", "D≤200 mm", "13", "0.85", "0.70", "56"),
    ("200＜D≤300", "200 mm＜D≤300 mm", "32", "1.00", "0.85", "59"),
    ("300＜D≤400", "300 mm＜D≤400 mm", "55", "1.10", "0.95", "63"),
    ("D＞400", "D＞400 mm", "80", "1.20", "1.05", "67"),
]


def build() -> Doc:
    d = Doc(
        stem="pr_fan_01",
        category="交流电风扇",
        code="3853",
        kind="GB/T",
        number="GB/T 13380—2026",
        replaces=["GB/T 13380—2018"],
        title=["交流电风扇"],
        title_en="AC electric fans",
        ics="97.170",
        ccs="Y 62",
        issuers=SAMR,
        issued="2026-05-30",
        effective="2026-12-01",
    )
    common_front(
        d,
        "GB/T 13380—2018《交流电风扇》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        ["——增加了能效值的分级（见表1）；", "——修改了噪声限值（见表1）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了交流电风扇（以下简称风扇）的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于额定电压250 V及以下、扇叶直径1 200 mm以下的台扇、落地扇、壁扇和转页扇。")
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB 4208　外壳防护等级（IP代码）",
        "GB 4706.27　家用和类似用途电器的安全　风扇的特殊要求",
    )
    d.h("3", "要求")
    d.cl("3.1", "性能：风扇的输出风量、能效值和噪声应符合表1的规定。")
    rows: list[list] = [
        ["扇叶直径D", "输出风量", "能效值", "噪声（声功率级）"],
        ["mm", "m<sup>3</sup>/min", "(m<sup>3</sup>/min)/W", "dB(A)"],
    ]
    for printed, cond, air, e1, e2, noise in CLASSES:
        rows.append(
            [
                printed,
                V("≥" + air, R("输出风量", ">=", float(air), "m³/min", cond=[cond])),
                [
                    V("1级　≥" + e1, R("能效值", ">=", float(e1), "(m³/min)/W", grade="1级", cond=[cond])),
                    "\n",
                    V("2级　≥" + e2, R("能效值", ">=", float(e2), "(m³/min)/W", grade="2级", cond=[cond])),
                ],
                V("≤" + noise, R("噪声（声功率级）", "<=", float(noise), "dB(A)", cond=[cond])),
            ]
        )
    d.table(
        "1",
        "风扇的性能要求",
        rows,
        head=2,
        widths=[34, 34, 44, 40],
        style="grid",
        notes=["注：能效值低于2级的风扇为不合格品。"],
    )
    d.cl(
        "3.2",
        "调速比：有调速装置的风扇，最低档转速与最高档转速之比应",
        V("不大于70%", R("最低档转速与最高档转速之比", "<=", 70, "%", cond=["有调速装置的风扇"])),
        "。",
    )
    d.cl(
        "3.3",
        "摇头：摇头机构的摇头角度应为",
        V("60°～120°", R("摇头角度", "range", 60, "°", vmax=120)),
        "，摇头频率应在",
        V("4 r/min～8 r/min", R("摇头频率", "range", 4, "r/min", vmax=8)),
        "之间。",
    )
    d.cl(
        "3.4",
        "输入功率：在额定电压和额定频率下，风扇最高档的输入功率对额定值的偏差",
        V("应不超过±10%", R("输入功率对额定值的偏差", "range", -10, "%", vmax=10, cond=["最高档"])),
        "。",
    )
    d.cl(
        "3.5",
        "启动性能：风扇在85%额定电压下最低档应能正常启动。",
    )
    d.cl(
        "3.6",
        "防护：外壳防护等级应不低于",
        V("IPX0", R("外壳防护等级", "qualitative", text="IPX0")),
        "；浴室用壁扇的外壳防护等级应不低于",
        V("IPX4", R("外壳防护等级", "qualitative", text="IPX4", cond=["浴室用壁扇"])),
        "；电动机绕组的绝缘等级应为",
        V("E级", R("电动机绕组的绝缘等级", "qualitative", text="E级")),
        "或以上。",
    )
    d.cl(
        "3.7",
        "网罩：网罩的格栅间距和网罩与扇叶的距离",
        V("分别不大于12 mm", R("网罩的格栅间距", "<=", 12, "mm")),
        "和",
        V("不小于20 mm", R("网罩与扇叶的距离", ">=", 20, "mm")),
        "。",
    )
    d.cl(
        "3.8",
        "稳定性：落地扇置于与水平面成10°的斜面上，在任何方向均不应翻倒；整机质量在3 kg以上"
        "的落地扇，底座的直径宜不小于扇叶直径的80%。",
    )
    d.cl(
        "3.9",
        "电源线：电源软线的长度应为",
        V("1.6 m以上", R("电源软线的长度", ">=", 1.6, "m")),
        "。",
    )
    d.cl(
        "3.10",
        "安全：风扇的安全应符合GB 4706.27的规定，防触电保护类型应为",
        V("II类", R("防触电保护类型", "qualitative", text="II类")),
        "。",
    )
    d.h("4", "试验方法")
    d.cl("4.1", "试验在环境温度（20±5）℃、相对湿度不大于80%的无风室内进行。")
    d.cl("4.2", "能效值按式（1）计算：")
    d.math(r"\eta = \frac{Q}{P}", "1")
    d.where(
        "<m>\\eta</m>——能效值，单位为立方米每分钟瓦［(m<sup>3</sup>/min)/W］；",
        "<m>Q</m>——输出风量，单位为立方米每分钟（m<sup>3</sup>/min）；",
        "<m>P</m>——输入功率，单位为瓦（W）。",
    )
    d.h("5", "检验规则")
    d.cl("5.1", "出厂检验逐台进行；型式检验每年至少一次，从出厂检验合格的产品中抽取3台。")
    d.h("6", "标志、包装、运输和贮存")
    d.cl("6.1", "铭牌应标示额定电压、额定频率、额定输入功率、扇叶直径和能效等级。")
    d.cl("6.2", "包装箱堆码层数不应超过8层。")
    return d
