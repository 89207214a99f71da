"""GB-style 家用微波炉能效限定值及能效等级 (dev): an energy-efficiency standard whose grade table has the
grades down the rows (1级 / 2级 / 3级) and the quantities across, the efficiency split by rated output power
under a two-level header, the comparators given by the introducing clause (不低于 for efficiency, 不大于 for
the powers); the limit values repeated in a clause, a networked-standby and a grill-energy clause; the test
conditions (water load, temperatures, voltage), the formula and the label's layout are not counted. Echoes
GB 24849 as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = [
    ("1级", "62", "60", "0.50", "0.30"),
    ("2级", "59", "57", "0.80", "0.50"),
    ("3级", "56", "54", "1.00", "0.50"),
]


def build() -> Doc:
    d = Doc(
        stem="pt_microwave_01",
        category="家用微波炉",
        code="3854",
        kind="GB",
        number="GB 42215—2026",
        replaces=["GB 42215—2017"],
        title=["家用微波炉能效限定值及能效等级"],
        title_en=(
            "Minimum allowable values of energy efficiency and energy"
            " efficiency grades for household microwave ovens"
        ),
        ics="27.010",
        ccs="F 01",
        issuers=SAMR,
        issued="2026-08-14",
        effective="2027-09-01",
    )
    common_front(
        d,
        "GB 42215—2017《家用微波炉能效限定值及能效等级》",
        "国家发展和改革委员会资源节约和环境保护司",
        "全国能源基础与管理标准化技术委员会（SAC/TC 20）",
        ["——提高了各能效等级的效率指标；", "——增加了关机功率的要求；", "——增加了联网待机功率的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了家用微波炉的能效等级、能效限定值和试验方法。")
    d.p(
        "本文件适用于额定微波输出功率不大于1 500 W、以水作为负载的家用微波炉，包括具有烧烤功能的组合型微波"
        "炉。"
    )
    references(
        d,
        "2",
        "GB 4706.21　家用和类似用途电器的安全　微波炉，包括组合型微波炉的特殊要求",
        "GB/T 18800　家用微波炉　性能试验方法",
        "GB/T 35758　家用电器待机功率测量方法",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "效率　微波炉加热负载时，负载所吸收的能量与微波炉输入能量之比。")
    d.cl("3.2", "待机功率　微波炉连接电源、处于待机模式时的输入功率。")
    d.cl("3.3", "关机功率　微波炉连接电源、处于关机模式时的输入功率。")
    d.h("4", "技术要求")
    d.h("4.1", "能效等级")
    d.p(
        "微波炉的能效等级分为3级，其中1级能效最高。各等级的效率应不低于表1的规定，待机功率和关机功率应不大"
        "于表1的规定。"
    )
    rows: list[list] = [
        [C("能效等级", rs=2), C("效率/%", cs=2), C("待机功率/W", rs=2), C("关机功率/W", rs=2)],
        ["P≤800 W", "P＞800 W"],
    ]
    for grade, low, high, standby, off in GRADES:
        rows.append(
            [
                grade,
                V(low, R("效率", ">=", float(low), "%", grade=grade, cond=["P≤800 W"])),
                V(high, R("效率", ">=", float(high), "%", grade=grade, cond=["P＞800 W"])),
                V(standby, R("待机功率", "<=", float(standby), "W", grade=grade)),
                V(off, R("关机功率", "<=", float(off), "W", grade=grade)),
            ]
        )
    d.table(
        "1",
        "微波炉能效等级",
        rows,
        head=2,
        widths=[26, 30, 30, 32, 32],
        notes=["注：P为额定微波输出功率。"],
        style="grid",
        inside=True,
    )
    d.h("4.2", "能效限定值")
    d.p(
        "微波炉的能效限定值为表1中能效等级3级的规定值，即：额定微波输出功率不大于800 W的微波炉效率",
        V("不低于56%", R("效率", ">=", 56.0, "%", cond=["能效限定值", "P≤800 W"])),
        "，额定微波输出功率大于800 W的微波炉效率",
        V("不低于54%", R("效率", ">=", 54.0, "%", cond=["能效限定值", "P＞800 W"])),
        "；待机功率",
        V("不大于1.00 W", R("待机功率", "<=", 1.00, "W", cond=["能效限定值"])),
        "。",
    )
    d.h("4.3", "联网待机功率")
    d.p(
        "具有网络连接功能的微波炉，其联网待机功率应",
        V("不大于2.0 W", R("联网待机功率", "<=", 2.0, "W")),
        "。",
    )
    d.h("4.4", "烧烤功能耗电量")
    d.p(
        "组合型微波炉在烧烤模式下按5.4的方法加热标准负载时，耗电量应",
        V("不大于0.45 kWh", R("耗电量", "<=", 0.45, "kWh", cond=["烧烤模式"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验电源：额定电压，电压波动不超过±1%；频率50 Hz，波动不超过±1%。")
    d.cl("5.2", "试验环境：环境温度（20±2）℃，相对湿度45%～75%，无明显气流。")
    d.cl(
        "5.3",
        "效率测定：以（1 000±5）g、初始温度（10±1）℃的水为负载，加热至水温升高（10±1）K，效率按公式（1）计"
        "算：",
    )
    d.math(
        r"\eta=\frac{4.187\times m_{\text{w}}\times(T_2-T_1)+0.55\times m_{\text{c}}\times(T_2-T_0)}"
        r"{P_{\text{t}}\times t}\times 100\%",
        "1",
    )
    d.where(
        "<m>\\eta</m>——效率，%；",
        "<m>m_{\\text{w}}</m>——水的质量，g；",
        "<m>m_{\\text{c}}</m>——容器的质量，g；",
        "<m>T_0</m>——环境温度，℃；",
        "<m>T_1</m>、<m>T_2</m>——水的初始温度和最终温度，℃；",
        "<m>P_{\\text{t}}</m>——输入功率，W；",
        "<m>t</m>——加热时间，s。",
    )
    d.cl("5.4", "烧烤耗电量：将（500±10）g标准负载置于烧烤架上，以最大烧烤功率运行20 min，测量耗电量。")
    d.cl("5.5", "待机功率和关机功率按GB/T 35758测量，测量时间不少于10 min。")
    d.h("6", "能效等级判定")
    d.cl("6.1", "效率、待机功率和关机功率均应满足某一能效等级的要求，方可判定为该能效等级。")
    d.cl("6.2", "微波炉的实测效率不应低于其标注能效等级的规定值，实测待机功率不应大于标注值的110%。")
    d.h("7", "能效标识")
    d.p("微波炉应按《能源效率标识管理办法》加施能效标识，标识上的能效等级应与按本文件判定的等级一致。")
    return d
