"""GB/T 20291-style 家用真空吸尘器 (dev): a transposed full-grid table whose rows are rated-power classes
(400 W＜P≤800 W) and whose columns are indicators, the units on a second header row and the comparators on
a third header row of their own; a three-line table of the same shape for 湿式 cleaners with the type
merged down a first column; class codes (IPX4, V-1) as qualitative requirements; clause limits with
不大于 / 不小于 / 不应超过; and the 吸入功率 formula with its 式中 list.  The structure echoes GB/T 20291
as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

DRY = [
    # class as printed, class as a condition, 吸入功率, 真空度, 噪声, 除尘能力
    ("P≤400", "P≤400 W", "60", "8.0", "78", "80"),
    ("400＜P≤800", "400 W＜P≤800 W", "100", "12.0", "80", "85"),
    ("800＜P≤1 200", "800 W＜P≤1 200 W", "150", "15.0", "82", "88"),
    ("P＞1 200", "P＞1 200 W", "200", "18.0", "84", "90"),
]
COLS = [
    ("吸入功率", "W", ">="),
    ("真空度", "kPa", ">="),
    ("噪声（A计权声功率级）", "dB", "<="),
    ("除尘能力", "%", ">="),
]


def num(text: str) -> float:
    return float(text.replace(" ", ""))


def build() -> Doc:
    d = Doc(
        stem="ts_vacuum_01",
        category="家用吸尘器",
        code="3855",
        kind="GB/T",
        number="GB/T 20291—2026",
        replaces=["GB/T 20291.1—2006"],
        title=["家用真空吸尘器　性能要求"],
        title_en="Household vacuum cleaners—Performance requirements",
        ics="97.080",
        ccs="Y 62",
        issuers=SAMR,
        issued="2026-06-30",
        effective="2027-07-01",
    )
    common_front(
        d,
        "GB/T 20291.1—2006《家用真空吸尘器　第1部分：干式真空吸尘器　性能测试方法》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        [
            "——由测试方法标准修改为性能要求标准；",
            "——增加了按额定输入功率分档的性能要求（见表1）；",
            "——增加了湿式吸尘器的要求（见表2）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了家用和类似用途真空吸尘器（以下简称吸尘器）的性能要求，描述了相应的试验方法。")
    d.p("本文件适用于额定电压不超过250 V的干式和湿式吸尘器，不适用于中央吸尘系统和机器人吸尘器。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.7　家用和类似用途电器的安全　真空吸尘器和吸水式清洁器具的特殊要求",
        "GB 4208　外壳防护等级（IP代码）",
        "GB/T 5169.16　电工电子产品着火危险试验　第16部分：试验火焰　50 W水平与垂直火焰试验方法",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>吸入功率</b>　在规定的试验条件下，吸尘器在吸入口处产生的空气功率的最大值。")
    d.cl("3.2", "<b>除尘能力</b>　在规定的地毯上，吸尘器清除的试验灰尘质量占撒布灰尘质量的百分比。")
    d.h("4", "要求")
    d.cl("4.1", "干式吸尘器的性能应符合表1的规定。")
    rows = [
        [C("额定输入功率P"), *[C(name) for name, _u, _c in COLS]],
        ["W", *[unit for _n, unit, _c in COLS]],
        ["", "≥", "≥", "≤", "≥"],
    ]
    for printed, cls, *vals in DRY:
        rows.append(
            [printed]
            + [
                V(t, R(name, cmp, num(t), unit, cond=[cls]))
                for (name, unit, cmp), t in zip(COLS, vals, strict=True)
            ]
        )
    d.table(
        "1",
        "干式吸尘器的性能要求",
        rows,
        head=3,
        widths=[36, 28, 28, 36, 28],
        style="grid",
        inside=True,
        notes=["注：额定输入功率按铭牌标示值分档。"],
    )
    d.cl("4.2", "湿式吸尘器的性能应符合表2的规定。")
    wet = [
        ["类型", "额定容量V/L", "吸水率/(L/min)", "最大残水量/mL", "噪声/dB"],
        [
            C("桶式", rs=2),
            "V≤15",
            V("≥8", R("吸水率", ">=", 8, "L/min", cond=["桶式", "V≤15 L"])),
            V("≤50", R("最大残水量", "<=", 50, "mL", cond=["桶式", "V≤15 L"])),
            C(
                V(
                    "≤84",
                    R("噪声", "<=", 84, "dB", cond=["桶式", "V≤15 L"]),
                    R("噪声", "<=", 84, "dB", cond=["桶式", "V＞15 L"]),
                ),
                rs=2,
            ),
        ],
        [
            "V＞15",
            V("≥12", R("吸水率", ">=", 12, "L/min", cond=["桶式", "V＞15 L"])),
            V("≤80", R("最大残水量", "<=", 80, "mL", cond=["桶式", "V＞15 L"])),
        ],
        [
            "立式",
            "—",
            V("≥5", R("吸水率", ">=", 5, "L/min", cond=["立式"])),
            V("≤30", R("最大残水量", "<=", 30, "mL", cond=["立式"])),
            V("≤80", R("噪声", "<=", 80, "dB", cond=["立式"])),
        ],
    ]
    d.table("2", "湿式吸尘器的性能要求", wet, widths=[22, 30, 32, 32, 28])
    d.cl(
        "4.3",
        "外壳防护：湿式吸尘器的外壳防护等级应不低于GB 4208规定的",
        V("IPX4", R("外壳防护等级", "qualitative", cond=["湿式吸尘器"], text="IPX4")),
        "。",
    )
    d.cl(
        "4.4",
        "阻燃性能：电池仓和电机罩所用塑料材料按GB/T 5169.16试验，阻燃等级应达到",
        V("V-1级", R("阻燃等级", "qualitative", cond=["电池仓和电机罩所用塑料材料"], text="V-1级")),
        "及以上。",
    )
    d.cl(
        "4.5",
        "尘满指示：集尘容器的有效容积",
        V("不小于0.5 L", R("集尘容器的有效容积", ">=", 0.5, "L")),
        "；吸尘器吸入功率下降至初始值的",
        "70%时，尘满指示装置应动作。",
    )
    d.cl(
        "4.6",
        "电源线长度：带电源线的吸尘器，电源线的长度",
        V("不小于5.0 m", R("电源线的长度", ">=", 5.0, "m", cond=["带电源线的吸尘器"])),
        "；自动卷线器的收线时间",
        V("不应超过5 s", R("自动卷线器的收线时间", "<=", 5, "s")),
        "。",
    )
    d.cl(
        "4.7",
        "可靠性：吸尘器按5.5进行寿命试验，累计运行时间",
        "不小于500 h",
        "后，吸入功率的下降",
        V("不大于初始值的15%", R("吸入功率的下降", "<=", 15, "%", cond=["初始值的"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验条件：环境温度（23±5）℃，相对湿度45%～75%，电源电压为额定电压，偏差不超过±1%。")
    d.cl(
        "5.2",
        "吸入功率：在不同开孔直径下测量真空度<m>h</m>和空气流量<m>q</m>，按式（1）计算空气功率，取其最大值：",
    )
    d.math(r"P_2 = 0.117 \times q \times h", "1")
    d.where(
        "<m>P_2</m>——空气功率，单位为瓦（W）；",
        "<m>q</m>——空气流量，单位为升每秒（L/s）；",
        "<m>h</m>——真空度，单位为千帕（kPa）。",
    )
    d.cl(
        "5.3",
        (
            "除尘能力：在GB/T 20291附录规定的威尔顿地毯上撒布试验灰尘125 g/m<sup>2</sup>，以0.5 m"
            "/s的速度往复吸尘5次后称量。"
        ),
    )
    d.cl("5.4", "噪声：按GB/T 4214.1在半消声室内测量A计权声功率级。")
    d.cl("5.5", "寿命试验：吸尘器以开14 min 30 s、停30 s为一个周期连续运行。")
    d.h("6", "标志和使用说明")
    d.cl("6.1", "铭牌上应标示额定输入功率和吸入功率，吸入功率标示值与实测值的偏差由制造商声明。")
    return d
