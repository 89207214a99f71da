"""T/-style 智能坐便器盖 (dev, group standard): a performance table of rows with comparators at the end of the
labels; a TRANSPOSED class table (heating types 储热式 / 即热式 down the rows) whose columns are quantities
under header cells spanning their sub-columns (最高档 / 最低档) over a UNIT ROW of their own, with the
comparator printed in the unit row (``℃`` / ``W，≤``); ranges in cells; limits relative to a rated value in
clauses.  Every figure here is invented for this corpus."""

from kit import C, Doc, R, V, common_front, ql

STORE, INSTANT = "储热式", "即热式"


def rng(name, text, *cond, unit="℃"):
    low, high = (float(x) for x in text.split("～"))
    return V(text, R(name, "range", low, unit, cond=cond, vmax=high))


def build() -> Doc:
    d = Doc(
        stem="fp_toiletseat_01",
        category="智能坐便器盖",
        code="3855",
        kind="T",
        number="T/CHEAA 0036—2026",
        mark="T/CHEAA",
        title=["电子坐便器盖"],
        title_en="Electronic toilet seats",
        issuers=["中国家用电器协会"],
        issued="2026-05-08",
        effective="2026-06-08",
        ics="97.030",
        ccs="Y 62",
    )
    common_front(d, None, "中国家用电器协会卫浴电器专业委员会", "中国家用电器协会标准化工作委员会")
    d.h("1", "范围")
    d.p("本文件规定了电子坐便器盖的分类、技术要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于额定电压不超过250 V，具有温水清洗功能的家用电子坐便器盖。")
    d.h("2", "规范性引用文件")
    d.p("GB 4706.53　家用和类似用途电器的安全　坐便器的特殊要求", indent=False)
    d.p("GB/T 23131　家用和类似用途电坐便器便座", indent=False)
    d.h("3", "分类")
    d.p("按清洗水加热方式分为储热式和即热式。")
    d.h("4", "技术要求")
    d.cl("4.1", "安全：应符合GB 4706.53的规定。")
    d.cl("4.2", "性能应符合表1的规定。")
    d.table(
        "1",
        "性能要求",
        [
            ["项　目", "要　求"],
            [
                C("清洗水流量/(mL/min)", align="l"),
                V("250～1 000", R("清洗水流量", "range", 250, "mL/min", vmax=1000)),
            ],
            [C("清洗力/N　　≥", align="l"), V("0.15", R("清洗力", ">=", 0.15, "N"))],
            [C("清洗面积/cm<sup>2</sup>　　≥", align="l"), V("4.0", R("清洗面积", ">=", 4.0, "cm²"))],
            [C("清洗水温度稳定性/K", align="l"), V("±2", R("清洗水温度稳定性", "range", -2, "K", vmax=2))],
            [C("待机功率/W　　≤", align="l"), V("1.0", R("待机功率", "<=", 1.0, "W"))],
            [C("喷嘴自洁", align="l"), ql("喷嘴自洁", "每次使用前后应能自动清洗喷嘴")],
            [C("座圈承压（静载荷1 500 N，15 min）", align="l"), ql("座圈承压", "无裂纹、无永久变形")],
        ],
        widths=[70, 70],
        style="grid",
    )
    d.cl("4.3", "温度性能：各档位温度应符合表2的规定。")
    d.table(
        "2",
        "温度性能",
        [
            [
                C("类型", rs=3),
                C("座圈温度", cs=2),
                C("清洗水温度", cs=2),
                C("暖风出口温度", rs=2),
                C("加热功率", rs=2),
            ],
            ["最高档", "最低档", "最高档", "最低档"],
            [C("℃", cs=4), "℃，≤", "W，≤"],
            [
                STORE,
                rng("座圈温度", "36～40", STORE, "最高档"),
                rng("座圈温度", "28～32", STORE, "最低档"),
                rng("清洗水温度", "38～42", STORE, "最高档"),
                rng("清洗水温度", "32～36", STORE, "最低档"),
                V("55", R("暖风出口温度", "<=", 55, "℃", cond=[STORE])),
                V("900", R("加热功率", "<=", 900, "W", cond=[STORE])),
            ],
            [
                INSTANT,
                rng("座圈温度", "35～39", INSTANT, "最高档"),
                rng("座圈温度", "27～31", INSTANT, "最低档"),
                rng("清洗水温度", "37～41", INSTANT, "最高档"),
                rng("清洗水温度", "31～35", INSTANT, "最低档"),
                V("55", R("暖风出口温度", "<=", 55, "℃", cond=[INSTANT])),
                V("1 500", R("加热功率", "<=", 1500, "W", cond=[INSTANT])),
            ],
        ],
        head=3,
        widths=[24, 22, 22, 22, 22, 26, 24],
        style="grid",
        notes=["注：温度在环境温度（20±2）℃下测量。"],
    )
    d.cl(
        "4.4",
        "输入功率：在额定电压下，输入功率对额定输入功率的偏差应在",
        V("−10%～+5%", R("输入功率偏差", "range", -10, "%", vmax=5)),
        "范围内。",
    )
    d.cl(
        "4.5",
        "耗电量：储热式产品24 h耗电量不应大于",
        V("0.90 kWh", R("24 h耗电量", "<=", 0.90, "kWh", cond=[STORE])),
        "，即热式不应大于",
        V("0.60 kWh", R("24 h耗电量", "<=", 0.60, "kWh", cond=[INSTANT])),
        "。",
    )
    d.cl(
        "4.6", "噪声：清洗时噪声不应大于", V("55 dB(A)", R("噪声", "<=", 55, "dB(A)", cond=["清洗时"])), "。"
    )
    d.cl(
        "4.7",
        "耐久性：翻盖、翻圈开闭次数不应少于",
        V("20 000次", R("翻盖、翻圈开闭次数", ">=", 20000, "次")),
        "，试验后应能正常工作。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验在环境温度（20±2）℃、相对湿度45%～75%、供水压力（0.2±0.02）MPa的条件下进行。")
    d.cl("5.2", "清洗水流量：用量杯收集喷嘴出水60 s，计算每分钟流量。")
    d.cl("5.3", "温度：用热电偶在座圈中心和出水口处测量，稳定后读数。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为清洗水流量、温度性能、待机功率和电气安全的常规试验。")
    d.cl("6.2", "型式检验每年至少进行一次。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品铭牌应标明额定电压、额定频率、额定输入功率、防水等级和制造商名称。")
    d.cl("7.2", "产品应贮存在温度为−10 ℃～40 ℃、通风良好的库房内。")
    return d
