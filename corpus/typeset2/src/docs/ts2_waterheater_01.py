"""GB/T 20289-style 储水式电热水器 (dev): a fully boxed transposed table whose rows are capacity classes
(V≤30, 30＜V≤50 …) and whose columns are the indicators, the units on a header line of their own
(`L | % | K | % | —`), comparators in the cells, a cell merged down all classes (≥95, IPX4 as a class
code); a three-line energy-efficiency table whose rows are the grades 1级 / 2级 / 3级; clause limits in
every modal form (应当, 须, 必须, 不应, 不得) and word comparators (不低于, 小于或等于, 不超过, 分别不小于),
a centred tolerance （65±5）℃, a range 35 ℃～75 ℃, a shared limit (铅、镉的溶出量均不得超过), and the
energy-factor formula whose 式中 list gives no limit.  The structure echoes GB/T 20289 and GB 21519 as
remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

CLASSES = [
    # printed, as a condition, 热水输出率, 保温温降
    ("V≤30", "V≤30 L", "55", "12"),
    ("30＜V≤50", "30 L＜V≤50 L", "60", "10"),
    ("50＜V≤80", "50 L＜V≤80 L", "60", "9"),
    ("V＞80", "V＞80 L", "65", "8"),
]


def build() -> Doc:
    d = Doc(
        stem="ts2_waterheater_01",
        category="储水式电热水器",
        code="3855",
        kind="GB/T",
        number="GB/T 20289—2026",
        replaces=["GB/T 20289—2006"],
        title=["储水式电热水器"],
        title_en="Storage electric water heaters",
        ics="97.100.10",
        ccs="Y 63",
        issuers=SAMR,
        issued="2026-08-28",
        effective="2027-03-01",
    )
    common_front(
        d,
        "GB/T 20289—2006《储水式电热水器》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        [
            "——增加了按额定容量分档的热水输出率和保温性能要求（见表1）；",
            "——增加了能效等级（见表2）；",
            "——删除了型号编制方法（见2006年版的第4章）。",
        ],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了储水式电热水器（以下简称热水器）的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p(
        "本文件适用于额定容量不大于200 L、额定电压不超过250 V的封闭式储水式电热"
        "水器，不适用于敞开式和出口敞开式热水器。"
    )
    references(
        d,
        "2",
        "GB/T 191　包装储运图示标志",
        "GB 4208　外壳防护等级（IP代码）",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.12　家用和类似用途电器的安全　储水式热水器的特殊要求",
        "GB/T 17219　生活饮用水输配水设备及防护材料的安全性评价标准",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>热水输出率</b>　在规定条件下，热水器连续输出的不低于规定温度的热水量与额定容量之比。")
    d.cl(
        "3.2",
        "<b>24 h固有能耗系数</b>　热水器在规定条件下24 h保温所消耗的电能与按额定容量计算的基准能耗之比。",
    )
    d.h("4", "要求")
    d.cl("4.1", "性能：热水器的性能应符合表1的规定。")
    rows: list[list] = [
        ["额定容量V", "热水输出率", "保温性能（24 h温降）", "实际容量与额定容量之比", "外壳防护等级"],
        ["L", "%", "K", "%", "—"],
    ]
    for i, (printed, cond, out, drop) in enumerate(CLASSES):
        row = [
            printed,
            V("≥" + out, R("热水输出率", ">=", float(out), "%", cond=[cond])),
            V("≤" + drop, R("保温性能（24 h温降）", "<=", float(drop), "K", cond=[cond])),
        ]
        if i == 0:
            conds = [c for _p, c, _o, _d in CLASSES]
            row.append(
                C(V("≥95", *[R("实际容量与额定容量之比", ">=", 95, "%", cond=[c]) for c in conds]), rs=4)
            )
            row.append(
                C(V("IPX4", *[R("外壳防护等级", "qualitative", cond=[c], text="IPX4") for c in conds]), rs=4)
            )
        rows.append(row)
    d.table(
        "1",
        "热水器的性能要求",
        rows,
        head=2,
        widths=[30, 28, 34, 36, 28],
        style="grid",
        notes=["注：额定容量按铭牌标示值分档；保温性能为出水温度设定为65 ℃时的温降。"],
    )
    d.cl("4.2", "能效等级：热水器的能效等级分为3级，各等级的24 h固有能耗系数和热水输出率应符合表2的规定。")
    eff: list[list] = [["能效等级", "24 h固有能耗系数ε", "热水输出率μ/%"]]
    for grade, eps, mu in [("1级", "0.60", "70"), ("2级", "0.70", "60"), ("3级", "0.80", "55")]:
        eff.append(
            [
                grade,
                V("≤" + eps, R("24 h固有能耗系数", "<=", float(eps), None, grade=grade)),
                V("≥" + mu, R("热水输出率", ">=", float(mu), "%", grade=grade)),
            ]
        )
    d.table("2", "能效等级", eff, widths=[36, 50, 50], style="three")
    d.cl("4.3", "24 h固有能耗系数按式（1）计算：")
    d.math(r"\varepsilon = \frac{Q_{\mathrm{pr}}}{Q} ,\quad Q = 0.031\,V + 0.6", "1")
    d.where(
        "<m>\\varepsilon</m>——24 h固有能耗系数；",
        "<m>Q_{\\mathrm{pr}}</m>——实测24 h固有能耗，单位为千瓦时（kWh）；",
        "<m>Q</m>——基准能耗，单位为千瓦时（kWh）；",
        "<m>V</m>——额定容量，单位为升（L）。",
    )
    d.cl(
        "4.4",
        "额定压力：热水器的额定压力须",
        V("不低于0.60 MPa", R("额定压力", ">=", 0.60, "MPa")),
        "，内胆应当能承受1.5倍额定压力的静水压力而无渗漏和永久变形。",
    )
    d.cl(
        "4.5",
        "温度控制：温控器的设定温度范围应为",
        V("35 ℃～75 ℃", R("温控器的设定温度范围", "range", 35, "℃", vmax=75)),
        "；设定温度为65 ℃时，温控器的断开温度应为",
        V("（65±5）℃", R("温控器的断开温度", "tolerance", 65, "℃", tol=5, cond=["设定温度为65 ℃时"])),
        "；出水温度",
        V("不应超过80 ℃", R("出水温度", "<=", 80, "℃")),
        "。",
    )
    d.cl(
        "4.6",
        "防电墙：热水器在正常工作状态下，在出水口处测得的泄漏电流必须",
        V("小于或等于0.25 mA", R("泄漏电流", "<=", 0.25, "mA", cond=["在出水口处测得的"])),
        "。",
    )
    d.cl(
        "4.7",
        "额定电流大于10 A的热水器所用电源软线的导体标称截面积",
        V(
            "不小于1.5 mm<sup>2</sup>",
            R("电源软线的导体标称截面积", ">=", 1.5, "mm²", cond=["额定电流大于10 A的热水器"]),
        ),
        "。",
    )
    d.cl(
        "4.8",
        "阳极保护：搪瓷内胆应配置镁阳极，镁棒的直径和长度",
        V("分别不小于20 mm", R("镁棒的直径", ">=", 20, "mm")),
        "和",
        V("200 mm", R("镁棒的长度", ">=", 200, "mm")),
        "。",
    )
    d.cl(
        "4.9",
        "卫生安全：与饮用水接触的材料应符合GB/T 17219的规定，内胆涂层中铅、镉的溶出量",
        V(
            "均不得超过0.01 mg/L",
            R("铅的溶出量", "<=", 0.01, "mg/L", cond=["内胆涂层"]),
            R("镉的溶出量", "<=", 0.01, "mg/L", cond=["内胆涂层"]),
        ),
        "。",
    )
    d.cl("4.10", "安全：热水器的安全应符合GB 4706.1和GB 4706.12的规定。")
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        "试验条件：环境温度（20±5）℃，进水温度（15±1）℃，供水压力0.1 MPa～0.2 MPa，电源电压为额定电压。",
    )
    d.cl(
        "5.2",
        (
            "热水输出率：热水器加热至温控器第一次断开后，以10 L/min的流量放水，出水温"
            "度降至40 ℃时停止，称量放出的热水量。"
        ),
    )
    d.cl("5.3", "保温性能：热水器加热至温控器第一次断开后断电，静置24 h后测量内胆出水温度，计算温降。")
    d.cl("5.4", "外壳防护等级按GB 4208规定的IPX4试验方法进行。")
    d.h("6", "检验规则")
    d.cl(
        "6.1",
        "检验分为出厂检验和型式检验。出厂检验项目为额定压力、泄漏电流和标志；型式检验项目为第4章的全部项目。",
    )
    d.cl("6.2", "型式检验从出厂检验合格的产品中随机抽取3台，全部项目合格判型式检验合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "铭牌应标示额定容量、额定压力、额定输入功率和能效等级。")
    d.cl("7.2", "包装储运图示标志应符合GB/T 191的规定；堆码层数不宜超过5层。")
    d.cl("7.3", "产品应贮存在通风、干燥、无腐蚀性气体的库房内。")
    d.annex("A", "资料性", "热水器的安装说明")
    d.cl("A.1", "热水器应安装在坚固的墙体上，挂架的承载能力宜不小于热水器注满水后质量的4倍。")
    d.cl("A.2", "进水管应安装随机提供的泄压阀，泄压阀的排水管宜保持向下倾斜。")
    return d
