"""QB/T-style 电动剃须刀 (test): a transposed three-line table whose rows are cutter types (往复式 / 旋转式
merged down a first column, the number of heads in a second) and whose columns are indicators with the
units on a second header row and the comparator at the end of the header; a footnote letter that restricts
a row; a full-grid table of battery performance by battery type; class codes (IPX7, V-0) as qualitative
requirements; clause limits with 不大于 / 不小于 / 小于或等于; and the 剃净率 formula with its 式中 list.
The number follows the QB/T series with an invented number and year; every figure is invented."""

from kit import C, Doc, R, V, common_front, references

COLS = [("剃净率", "%", ">="), ("噪声", "dB(A)", "<="), ("刀头温升", "K", "<="), ("刀网耐磨寿命", "h", ">=")]
TYPES = [
    # merged label (None: continues), heads as printed, cond, values
    ("往复式", "单刀头", ["往复式", "单刀头"], ["85", "70", "15", "100"]),
    (None, "双刀头", ["往复式", "双刀头"], ["90", "72", "15", "120"]),
    (None, "三刀头及以上<sup>a</sup>", ["往复式", "三刀头及以上"], ["93", "74", "18", "150"]),
    ("旋转式", "双刀头", ["旋转式", "双刀头"], ["88", "65", "12", "150"]),
    (None, "三刀头", ["旋转式", "三刀头"], ["92", "66", "12", "200"]),
]


def build() -> Doc:
    d = Doc(
        stem="ts_shaver_01",
        category="电动剃须刀",
        code="3856",
        kind="QB/T",
        number="QB/T 2254—2026",
        replaces=["QB/T 2254—2012"],
        title=["电动剃须刀"],
        title_en="Electric shavers",
        ics="97.170",
        ccs="Y 65",
        filing="78215—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-10-20",
        effective="2027-04-01",
    )
    common_front(
        d,
        "QB/T 2254—2012《电动剃须刀》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        [
            "——按刀头类型和刀头数量规定了性能要求（见表1）；",
            "——增加了锂离子电池供电剃须刀的要求（见表2）；",
            "——增加了可水洗剃须刀的防水要求（见4.4）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了电动剃须刀的分类、要求、检验规则及标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于额定电压不超过250 V的交流供电、充电式和电池式电动剃须刀。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.9　家用和类似用途电器的安全　剃须刀、电理发剪及类似器具的特殊要求",
        "GB/T 4208　外壳防护等级（IP代码）",
        "GB/T 5169.16　电工电子产品着火危险试验　第16部分：试验火焰　50 W水平与垂直火焰试验方法",
    )
    d.h("3", "分类")
    d.p(
        "电动剃须刀按刀头运动方式分为往复式和旋转式；按供电方式分为交流式、充电式和电池式；按"
        "是否可水洗分为普通型和可水洗型。"
    )
    d.h("4", "要求")
    d.cl("4.1", "外观：外表面应光洁，无明显划痕、毛刺和变形，刀网无破损。")
    d.cl("4.2", "剃须性能：电动剃须刀的剃须性能应符合表1的规定。")
    rows = [
        [
            C("刀头类型", cs=2, rs=2),
            *[C(f"{name}\n{unit}") for name, unit, _c in COLS[:1]],
            C("噪声\ndB(A)"),
            C("刀头温升\nK"),
            C("刀网耐磨寿命\nh"),
        ],
        ["≥", "≤", "≤", "≥"],
    ]
    for merged, heads, cond, vals in TYPES:
        row: list = []
        if merged:
            row.append(C(merged, rs=3 if merged == "往复式" else 2))
        row.append(heads)
        row += [
            V(t, R(name, cmp, float(t), unit, cond=cond))
            for (name, unit, cmp), t in zip(COLS, vals, strict=True)
        ]
        rows.append(row)
    d.table(
        "1",
        "剃须性能",
        rows,
        head=2,
        widths=[22, 30, 24, 24, 24, 28],
        footnotes=["<sup>a</sup>　含带有修剪器的组合刀头。"],
    )
    d.cl("4.3", "电池性能：充电式剃须刀的电池性能应符合表2的规定。")
    bat = [
        [C("项　目", rs=2), C("电池类型", cs=2)],
        ["镍氢电池", "锂离子电池"],
        [
            C("充满电后的连续剃须时间/min　≥", align="l"),
            V("40", R("充满电后的连续剃须时间", ">=", 40, "min", cond=["镍氢电池"])),
            V("60", R("充满电后的连续剃须时间", ">=", 60, "min", cond=["锂离子电池"])),
        ],
        [
            C("充电时间/h　≤", align="l"),
            V("8", R("充电时间", "<=", 8, "h", cond=["镍氢电池"])),
            V("2", R("充电时间", "<=", 2, "h", cond=["锂离子电池"])),
        ],
        [
            C("荷电保持能力（28 d）/%　≥", align="l"),
            V("60", R("荷电保持能力（28 d）", ">=", 60, "%", cond=["镍氢电池"])),
            V("85", R("荷电保持能力（28 d）", ">=", 85, "%", cond=["锂离子电池"])),
        ],
        [
            C("充放电循环寿命/次　≥", align="l"),
            C(
                V(
                    "300",
                    R("充放电循环寿命", ">=", 300, "次", cond=["镍氢电池"]),
                    R("充放电循环寿命", ">=", 300, "次", cond=["锂离子电池"]),
                ),
                cs=2,
            ),
        ],
    ]
    d.table(
        "2",
        "电池性能",
        bat,
        head=2,
        widths=[62, 40, 40],
        style="grid",
        inside=True,
        notes=["注：连续剃须时间以剃须刀空载运行至不能正常工作为止计。"],
    )
    d.cl(
        "4.4",
        "防水性能：可水洗型剃须刀的外壳防护等级应达到GB/T 4208规定的",
        V("IPX7", R("外壳防护等级", "qualitative", cond=["可水洗型剃须刀"], text="IPX7")),
        "，试验后应能正常工作。",
    )
    d.cl(
        "4.5",
        "阻燃性能：电池仓外壳所用塑料材料的阻燃等级应为",
        V("V-0级", R("阻燃等级", "qualitative", cond=["电池仓外壳所用塑料材料"], text="V-0级")),
        "。",
    )
    d.cl(
        "4.6",
        "刀网硬度：刀网的维氏硬度",
        V("不小于HV 450", R("刀网的维氏硬度", ">=", 450, "HV")),
        "；刀网厚度",
        V("小于或等于0.08 mm", R("刀网厚度", "<=", 0.08, "mm")),
        "。",
    )
    d.cl(
        "4.7",
        "泄漏电流：交流式剃须刀在工作温度下的泄漏电流",
        V("不大于0.25 mA", R("泄漏电流", "<=", 0.25, "mA", cond=["交流式剃须刀", "在工作温度下"])),
        "。",
    )
    d.cl(
        "4.8",
        "跌落：剃须刀从",
        "1 m高处自由跌落到硬木板上3次后，应无影响使用的损坏，刀网不得脱落。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验条件：环境温度（20±5）℃，相对湿度不大于85%，受试者须7 d内未剃须的成年男性不少于5名。")
    d.cl(
        "5.2", "剃净率：按规定的剃须程序剃须3 min，用计数法测定剃须前后规定区域内的胡须根数，按式（1）计算："
    )
    d.math(r"\eta = \frac{N_0 - N_1}{N_0} \times 100\%", "1")
    d.where(
        "<m>\\eta</m>——剃净率，%；",
        "<m>N_0</m>——剃须前规定区域内的胡须根数；",
        "<m>N_1</m>——剃须后规定区域内残留的胡须根数。",
    )
    d.cl("5.3", "噪声：在背景噪声低于30 dB(A)的半消声室内，距剃须刀几何中心0.3 m处测量A计权声压级。")
    d.cl("5.4", "刀头温升：剃须刀连续运行30 min后，用热电偶测量刀网表面温度与环境温度之差。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目：外观、剃须性能中的噪声、防水性能（可水洗型）和泄漏电流。")
    d.cl("6.2", "型式检验每年至少进行一次，样本量为5台。")
    return d
