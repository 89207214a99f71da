"""GB/T 22484-style 城市公共汽电车客运服务规范 (test, a service standard): a three-line table 指标 | 单位 |
要求 with the comparator in the cell, a fully boxed table whose rows are line categories (骨干线 / 普通线 /
支线) and whose columns are periods (高峰时段 | 平峰时段) over a comparator row (``≤``); service requirements
in prose with full-width digits (范围 ２４ ℃～２８ ℃, 不低于, 达到１００％, 在…内), 以下 and conditions by
season; the punctuality formula with its 式中 list.  The structure echoes GB/T 22484 as remembered; every
figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, fw, references


def build() -> Doc:
    d = Doc(
        stem="pr_busservice_01",
        category="城市公共汽电车客运服务",
        code="5411",
        kind="GB/T",
        number="GB/T 22484—2026",
        replaces=["GB/T 22484—2016"],
        title=["城市公共汽电车客运服务规范"],
        title_en="Service specification for urban bus and trolleybus passenger transport",
        ics="03.220.20",
        ccs="R 87",
        issuers=SAMR,
        issued="2026-08-25",
        effective="2027-03-01",
    )
    common_front(
        d,
        "GB/T 22484—2016《城市公共汽电车客运服务规范》",
        "中华人民共和国交通运输部",
        "全国城市客运标准化技术委员会（SAC/TC 529）",
        ["——增加了按线路类别的发车间隔（见表2）；", "——修改了乘客满意度的要求（见表1）。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了城市公共汽电车客运服务的基本要求、运营服务、乘客服务、安全服务和服务评价。")
    d.p("本文件适用于城市公共汽电车客运企业提供的客运服务。")
    references(d, "2", "GB 7258　机动车运行安全技术条件", "GB/T 5845　城市公共交通标志")
    d.h("3", "基本要求")
    d.cl(
        "3.1",
        fw("运营车辆应符合GB 7258的规定；车辆的平均车龄"),
        V(fw("不应超过8年"), R("车辆的平均车龄", "<=", 8, "年")),
        fw("，车内噪声必须"),
        V(fw("不大于78 dB(A)"), R("车内噪声", "<=", 78, "dB(A)")),
        "。",
    )
    d.cl(
        "3.2",
        fw("驾驶员应具有相应的驾驶资格，连续驾驶时间"),
        V(fw("不得超过4 h"), R("连续驾驶时间", "<=", 4, "h", cond=["驾驶员"])),
        fw("，两次连续驾驶之间的休息时间"),
        V(fw("不少于20 min"), R("休息时间", ">=", 20, "min", cond=["两次连续驾驶之间的"])),
        "。",
    )
    d.h("4", "运营服务")
    d.cl("4.1", "运营服务质量指标应符合表1的规定。")
    rows = [
        ["指标", "单位", "要求"],
        ["准点率", "%", V("≥90", R("准点率", ">=", 90, "%"))],
        ["首末班车准点率", "%", V("100", R("首末班车准点率", "=", 100, "%"))],
        ["车辆完好率", "%", V("≥95", R("车辆完好率", ">=", 95, "%"))],
        [
            "行车责任事故死亡率",
            "人/百万车公里",
            V("≤0.02", R("行车责任事故死亡率", "<=", 0.02, "人/百万车公里")),
        ],
        ["有效投诉率", "次/百万人次", V("≤2", R("有效投诉率", "<=", 2, "次/百万人次"))],
        ["乘客满意度", "%", V("≥85", R("乘客满意度", ">=", 85, "%"))],
    ]
    d.table(
        "1",
        "运营服务质量指标",
        rows,
        widths=[60, 40, 40],
        style="three",
        notes=["注1：准点率按式（1）计算。", "注2：乘客满意度按年度调查统计。"],
    )
    d.cl("4.2", "发车间隔：各类线路的发车间隔应符合表2的规定。")
    grid: list[list] = [
        [C("线路类别<sup>a</sup>", rs=2), C("发车间隔/min", cs=2)],
        ["高峰时段", "平峰时段"],
        ["", "≤", "≤"],
    ]
    for line, peak, off in [("骨干线", "5", "10"), ("普通线", "10", "15"), ("支线", "15", "20")]:
        grid.append(
            [
                line,
                V(peak, R("发车间隔", "<=", float(peak), "min", cond=[line, "高峰时段"])),
                V(off, R("发车间隔", "<=", float(off), "min", cond=[line, "平峰时段"])),
            ]
        )
    d.table(
        "2",
        "发车间隔",
        grid,
        head=3,
        widths=[40, 40, 40],
        style="grid",
        footnotes=["<sup>a</sup>　夜间线路的发车间隔由企业根据客流确定。"],
    )
    d.cl(
        "4.3",
        fw("车厢环境：空调车辆车厢内的温度夏季应为"),
        V(fw("24 ℃～28 ℃"), R("车厢内的温度", "range", 24, "℃", vmax=28, cond=["空调车辆", "夏季"])),
        fw("，冬季应"),
        V(fw("不低于12 ℃"), R("车厢内的温度", ">=", 12, "℃", cond=["空调车辆", "冬季"])),
        fw("；车厢内二氧化碳的体积分数应在"),
        V(fw("0.15%以下"), R("车厢内二氧化碳的体积分数", "<=", 0.15, "%")),
        "。",
    )
    d.h("5", "乘客服务")
    d.cl(
        "5.1",
        fw("投诉处理：企业应设立服务热线，乘客投诉的处理率应达到"),
        V(fw("100%"), R("乘客投诉的处理率", ">=", 100, "%")),
        fw("，投诉的答复时限"),
        V(fw("不应超过5个工作日"), R("投诉的答复时限", "<=", 5, "个工作日")),
        "。",
    )
    d.cl(
        "5.2",
        fw("失物招领：乘客遗失物品的保管期须"),
        V(fw("不少于30 d"), R("乘客遗失物品的保管期", ">=", 30, "d")),
        "。",
    )
    d.cl(
        "5.3",
        fw("站台：中途站候车亭的长度不宜小于12 m；站牌信息的更新时间"),
        V(fw("不应超过线路调整后3 d"), R("站牌信息的更新时间", "<=", 3, "d", cond=["线路调整后"])),
        "。",
    )
    d.h("6", "服务评价")
    d.cl("6.1", "准点率按式（1）计算：")
    d.math(r"P = \frac{N_{\mathrm{z}}}{N} \times 100\%", "1")
    d.where(
        "<m>P</m>——准点率；",
        "<m>N_{\\mathrm{z}}</m>——统计期内准点发车的班次数；",
        "<m>N</m>——统计期内计划发车的班次数。",
    )
    d.cl("6.2", fw("企业应每年至少开展1次乘客满意度调查，有效样本量不少于1 000份。"))
    return d
