"""SB/T-style 美发美容服务规范 (dev, a service standard): an indoor-air table with the comparator in the
header, a hygiene table of public articles whose columns are article kinds (conditions) with 不得检出 and
"—", a service-quality table with signs in the cells and a bare 100, clause limits in several modal forms,
宜 sentences (not counted) and a frequency (not counted).  No real standard of this number exists; the
structure follows the genre of service standards and GB 37488 as remembered, every figure is invented."""

from kit import MOFCOM, C, Doc, R, V, common_front, references

TOWEL, TOOL = "毛巾、面巾、床单", "美发美容工具"


def build() -> Doc:
    d = Doc(
        stem="ty_salon_01",
        category="美发美容服务",
        code="8040",
        kind="SB/T",
        number="SB/T 10989—2026",
        title=["美发美容服务规范"],
        title_en="Service specification for hairdressing and beauty",
        ics="03.080.30",
        ccs="A 16",
        filing="85977—2026",
        issuers=MOFCOM,
        issued="2026-07-15",
        effective="2027-01-01",
    )
    common_front(d, None, "中国商业联合会", "全国服务标准化技术委员会（SAC/TC 264）")
    d.h("1", "范围")
    d.p("本文件规定了美发美容服务的基本要求、卫生要求、服务流程、服务质量要求和评价与改进。")
    d.p("本文件适用于提供美发、美容（非医疗美容）服务的经营者。")
    references(
        d,
        "2",
        "GB 37487　公共场所卫生管理规范",
        "GB 37488　公共场所卫生指标及限值要求",
        "GB/T 18883　室内空气质量标准",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>有效投诉</b>　经核实，因经营者的责任引起的顾客投诉。")
    d.h("4", "基本要求")
    d.cl("4.1", "营业场所")
    d.cl(
        "4.1.1",
        "营业场所应取得卫生许可，美发区每个工位的使用面积",
        V("不应小于3 m²", R("每个工位的使用面积", ">=", 3, "m²", cond=["美发区"])),
        "，美容区每张美容床的使用面积",
        V("不应小于4 m²", R("每张美容床的使用面积", ">=", 4, "m²", cond=["美容区"])),
        "。",
    )
    d.cl(
        "4.1.2",
        "工作面照度",
        V("不应低于300 lx", R("工作面照度", ">=", 300, "lx")),
        "；营业场所宜设置独立的染发、烫发区域。",
    )
    d.cl("4.1.3", "营业时营业场所的室内空气质量应符合表1的规定。")
    d.table(
        "1",
        "室内空气质量",
        [
            ["项　　目", "指标　　≤"],
            [C("二氧化碳/%", align="l"), V("0.15", R("二氧化碳", "<=", 0.15, "%"))],
            [C("甲醛/(mg/m³)", align="l"), V("0.10", R("甲醛", "<=", 0.10, "mg/m³"))],
            [
                C("氨<sup>a</sup>/(mg/m³)", align="l"),
                V("0.50", R("氨", "<=", 0.50, "mg/m³", cond=["设有染发、烫发区域的营业场所"])),
            ],
            [
                C("可吸入颗粒物（PM10）/(mg/m³)", align="l"),
                V("0.15", R("可吸入颗粒物（PM10）", "<=", 0.15, "mg/m³")),
            ],
            [C("细菌总数/(CFU/m³)", align="l"), V("4 000", R("细菌总数", "<=", 4000, "CFU/m³"))],
        ],
        widths=[80, 50],
        footnotes=["<sup>a</sup>　设有染发、烫发区域的营业场所检验此项。"],
    )
    d.cl("4.2", "从业人员")
    d.cl(
        "4.2.1",
        "从业人员应取得有效健康合格证明，持证上岗率应达到",
        V("100%", R("持证上岗率", ">=", 100, "%")),
        "。",
    )
    d.cl(
        "4.2.2",
        "从业人员每年应进行一次健康检查；每年接受专业技能培训的时间",
        V("不少于24 h", R("专业技能培训的时间", ">=", 24, "h", cond=["每年"])),
        "。",
    )
    d.h("5", "卫生要求")
    d.cl("5.1", "公共用品用具应一客一换一消毒，消毒后应符合表2的规定。")
    d.table(
        "2",
        "公共用品用具卫生要求",
        [
            ["项　　目", TOWEL, TOOL],
            [
                C("细菌总数/(CFU/25 cm²)　　≤", align="l"),
                V("200", R("细菌总数", "<=", 200, "CFU/25 cm²", cond=[TOWEL])),
                V("300", R("细菌总数", "<=", 300, "CFU/25 cm²", cond=[TOOL])),
            ],
            [
                C("大肠菌群/(50 cm²)", align="l"),
                V("不得检出", R("大肠菌群", "not_detected", cond=[TOWEL], text="不得检出")),
                V("不得检出", R("大肠菌群", "not_detected", cond=[TOOL], text="不得检出")),
            ],
            [
                C("金黄色葡萄球菌/(50 cm²)", align="l"),
                V(
                    "不得检出",
                    R("金黄色葡萄球菌", "not_detected", cond=[TOWEL], text="不得检出"),
                ),
                "—",
            ],
            [C("pH值", align="l"), V("6.5～8.5", R("pH值", "range", 6.5, None, cond=[TOWEL], vmax=8.5)), "—"],
        ],
        widths=[60, 50, 50],
    )
    d.cl(
        "5.2",
        "紫外线消毒柜的紫外线辐照强度",
        V("不应低于70 μW/cm²", R("紫外线辐照强度", ">=", 70, "μW/cm²", cond=["紫外线消毒柜"])),
        "；使用化学消毒剂浸泡消毒时，浸泡时间",
        V("不应少于30 min", R("浸泡时间", ">=", 30, "min", cond=["使用化学消毒剂浸泡消毒时"])),
        "。",
    )
    d.cl("5.3", "患有皮肤病的顾客应使用专用工具，用后单独消毒。")
    d.h("6", "服务流程")
    d.cl("6.1", "顾客到店后，接待人员宜在2 min内上前接待；顾客等候时间不宜超过20 min。")
    d.cl(
        "6.2",
        "预约顾客到店后，服务",
        V("应在10 min内开始", R("开始服务的时间", "<=", 10, "min", cond=["预约顾客到店后"])),
        "。",
    )
    d.cl(
        "6.3",
        "染发、烫发前应对顾客进行皮肤过敏测试，测试观察时间",
        V("不应少于48 h", R("测试观察时间", ">=", 48, "h", cond=["染发、烫发前", "皮肤过敏测试"])),
        "；测试结果为阳性的，不得为其提供染发、烫发服务。",
    )
    d.cl(
        "6.4",
        "经营者发售单用途预付卡的，单张记名卡的金额",
        V("不得超过5 000元", R("单张记名卡的金额", "<=", 5000, "元")),
        "，单张不记名卡的金额",
        V("不得超过1 000元", R("单张不记名卡的金额", "<=", 1000, "元")),
        "。",
    )
    d.h("7", "服务质量要求")
    d.cl("7.1", "服务质量应符合表3的规定。")
    d.table(
        "3",
        "服务质量指标",
        [
            ["项　　目", "指　　标", "统计周期"],
            [C("顾客满意度/%", align="l"), V("≥90", R("顾客满意度", ">=", 90, "%")), "每季度"],
            [C("有效投诉率/‰", align="l"), V("≤1", R("有效投诉率", "<=", 1, "‰")), "每季度"],
            [C("投诉处理率/%", align="l"), V("100", R("投诉处理率", "=", 100, "%")), "每季度"],
            [C("投诉回复时间/h", align="l"), V("≤24", R("投诉回复时间", "<=", 24, "h")), "—"],
            [
                C("预付卡余额退还时间/工作日", align="l"),
                V("≤7", R("预付卡余额退还时间", "<=", 7, "工作日")),
                "—",
            ],
        ],
        widths=[60, 40, 40],
    )
    d.h("8", "评价与改进")
    d.cl("8.1", "经营者每季度应开展顾客满意度调查，有效样本量不少于50份。")
    d.cl("8.2", "满意度按式（1）计算：")
    d.formula("S＝N1／N×100%", "1")
    d.p("式中：S——顾客满意度；N1——表示满意的顾客数；N——被调查的顾客总数。", indent=False)
    return d
