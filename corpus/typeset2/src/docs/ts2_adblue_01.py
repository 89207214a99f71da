"""GB 29518-style 柴油发动机氮氧化物还原剂 尿素水溶液（AUS 32） (test): a fully boxed table with 最小值 |
最大值 columns ("—" on an open side), units in the row labels (some in full width, （ｍｇ/ｋｇ）); a
three-line table whose columns are elements (the names in the column header) with the unit on a unit
line and one row 最大值; clause limits with 应当, 须, 必须, 不应, 不得, 不高于, a centred tolerance
（32.5±0.7）%, a 分别 list, a shared limit (…均不得超过), and the urea-content formula whose 式中 list gives
no limit.  The structure echoes GB 29518 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

ELEMENTS = ["钙", "铁", "铜", "锌", "铬", "镍", "铝"]


def minmax(label, name, unit, low, high, method):
    """A row of 最小值 | 最大值: both printed give one range, "—" on one side a >= or <=."""
    if low != "—" and high != "—":
        cells = [V(low, R(name, "range", _n(low), unit, vmax=_n(high)), also=high), high]
    elif low != "—":
        cells = [V(low, R(name, ">=", _n(low), unit)), high]
    else:
        cells = [low, V(high, R(name, "<=", _n(high), unit))]
    return [C(label, align="l"), *cells, method]


def _n(text: str) -> float:
    return float(text.replace(" ", ""))


def build() -> Doc:
    d = Doc(
        stem="ts2_adblue_01",
        category="车用尿素水溶液",
        code="2662",
        kind="GB",
        number="GB 29518—2026",
        replaces=["GB 29518—2013"],
        title=["柴油发动机氮氧化物还原剂", "尿素水溶液（AUS 32）"],
        title_en="Diesel engine NOx reduction agent—Aqueous urea solution (AUS 32)",
        ics="71.080.99",
        ccs="G 17",
        issuers=SAMR,
        issued="2026-04-28",
        effective="2027-05-01",
    )
    common_front(
        d,
        "GB 29518—2013《柴油发动机氮氧化物还原剂　尿素水溶液（AUS 32）》",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会（SAC/TC 63）",
        [
            "——修改了缩二脲和醛类的要求（见表1）；",
            "——增加了痕量元素表（见表2）；",
            "——增加了结晶点的要求（见4.4）。",
        ],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了柴油发动机选择性催化还原（SCR）系统用尿素水溶液（以下简称AUS "
        "32）的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于以工业尿素和除盐水配制的AUS 32。")
    references(
        d,
        "2",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 191　包装储运图示标志",
        "ISO 22241-2　柴油发动机氮氧化物还原剂AUS 32　第2部分：试验方法",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>AUS 32</b>　尿素质量分数约为32.5%的尿素水溶液，在SCR系统中作为氮氧化物的还原剂。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "尿素含量：AUS 32中尿素的质量分数应当为",
        V("（32.5±0.7）%", R("尿素的质量分数", "tolerance", 32.5, "%", tol=0.7)),
        "。",
    )
    d.cl("4.2", "AUS 32的其他理化指标应符合表1的规定。")
    rows = [
        [C("项　　目", rs=2), C("质量指标", cs=2), C("试验方法", rs=2)],
        ["最小值", "最大值"],
        minmax(
            "密度（20 ℃）/(kg/m<sup>3</sup>)", "密度（20 ℃）", "kg/m³", "1 087.0", "1 093.0", "ISO 22241-2"
        ),
        minmax("折光率（20 ℃）", "折光率（20 ℃）", None, "1.381 4", "1.384 3", "ISO 22241-2"),
        minmax("碱度（以NH<sub>3</sub>计）/%", "碱度（以NH3计）", "%", "—", "0.2", "ISO 22241-2"),
        minmax("缩二脲/%", "缩二脲", "%", "—", "0.3", "ISO 22241-2"),
        minmax("醛类（ｍｇ/ｋｇ）", "醛类", "mg/kg", "—", "5", "ISO 22241-2"),
        minmax("不溶物（ｍｇ/ｋｇ）", "不溶物", "mg/kg", "—", "20", "ISO 22241-2"),
        minmax(
            "磷酸盐（以PO<sub>4</sub>计）（ｍｇ/ｋｇ）",
            "磷酸盐（以PO4计）",
            "mg/kg",
            "—",
            "0.5",
            "ISO 22241-2",
        ),
        [
            C("外观", align="l"),
            C(V("无色透明液体", R("外观", "qualitative", text="无色透明液体")), cs=2),
            "目测",
        ],
    ]
    d.table(
        "1",
        "理化指标",
        rows,
        head=2,
        widths=[56, 30, 30, 34],
        style="grid",
        notes=["注：“—”表示不作要求。"],
    )
    d.cl("4.3", "痕量元素：AUS 32中痕量元素的含量应符合表2的规定。")
    trace = [["项目", *ELEMENTS], ["最大值", *[V("0.5", R(f"{e}", "<=", 0.5, "mg/kg")) for e in ELEMENTS]]]
    d.table("2", "痕量元素", trace, widths=[22, *[18] * 7], unit_line="单位为毫克每千克", style="three")
    d.cl(
        "4.4",
        "结晶点：AUS 32的结晶点须",
        V("不高于-11.0 ℃", R("结晶点", "<=", -11.0, "℃")),
        "。",
    )
    d.cl(
        "4.5",
        "镁、钠和钾的含量",
        V("分别不大于0.5 mg/kg", R("镁的含量", "<=", 0.5, "mg/kg")),
        "、",
        V("0.8 mg/kg", R("钠的含量", "<=", 0.8, "mg/kg")),
        "和",
        V("0.8 mg/kg", R("钾的含量", "<=", 0.8, "mg/kg")),
        "；配制用水的电导率（25 ℃）必须",
        "小于或等于0.1 mS/m",
        "。",
    )
    d.cl(
        "4.6",
        "有害物质：AUS 32中铅、汞、砷的含量",
        V(
            "均不得超过0.1 mg/kg",
            R("铅的含量", "<=", 0.1, "mg/kg"),
            R("汞的含量", "<=", 0.1, "mg/kg"),
            R("砷的含量", "<=", 0.1, "mg/kg"),
        ),
        "，不得添加任何添加剂。",
    )
    d.cl(
        "4.7",
        "贮存稳定性：AUS 32在（30±1）℃密闭贮存6个月后，尿素质量分数的变化",
        V("不应超过0.5%", R("尿素质量分数的变化", "<=", 0.5, "%", cond=["在（30±1）℃密闭贮存6个月后"])),
        "，缩二脲的增加量",
        V("不应超过0.1%", R("缩二脲的增加量", "<=", 0.1, "%", cond=["在（30±1）℃密闭贮存6个月后"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验用水应符合GB/T 6682规定的一级水。")
    d.cl("5.2", "尿素含量：由20 ℃时的折光率按式（1）计算：")
    d.math(r"w = 0.6 + 1\,094.6 \times (n_{20} - 1.332\,9)", "1")
    d.where(
        "<m>w</m>——尿素的质量分数，%；",
        "<m>n_{20}</m>——试样在20 ℃时的折光率；",
        "1.332 9——水在20 ℃时的折光率。",
    )
    d.cl("5.3", "结晶点：试样以（1.0±0.2）℃/min的速率冷却，记录出现结晶时温度回升的最高值。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为尿素含量、密度、折光率、碱度、缩二脲和外观；型式检验项目为第4章的全部项目。")
    d.cl("6.2", "每批产品的抽样单元数按包装件数的立方根确定，总取样量不少于2 L。")
    d.cl("6.3", "检验结果有任一项不符合本文件的要求时，判该批产品不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装容器应采用高密度聚乙烯或不锈钢材质，不得使用铜、锌、铝等易被腐蚀的材质。")
    d.cl("7.2", "产品应在-5 ℃～25 ℃的阴凉处贮存，避免阳光直射，贮存期为12个月。")
    return d
