"""DB44/T-style 汽车洗车服务规范 (dev, Guangdong local, service): service levels 一级 / 二级 / 三级 as columns
under a header cell spanning them, a 单位 column, tables ruled only by horizontal lines of two weights, a
bare ``100`` with no sign, values merged across levels, a raised footnote letter on a label restricting its
row; the service-quality table runs past the page and the printer continues it as 续表2 with its header
repeated; discharge limits and time limits in clauses; frequencies and 宜 sentences (not counted).
Every figure here is invented for this corpus."""

from kit import C, Doc, R, V, common_front

LEVELS = ("一级", "二级", "三级")


def levels(name, unit, cmp, texts, *cond):
    if isinstance(texts, str):
        recs = [R(name, cmp, float(texts), unit, grade=g, cond=cond) for g in LEVELS]
        return [C(V(texts, *recs), cs=3)]
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=cond)) for g, t in zip(LEVELS, texts, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="fp_carwash_01",
        category="洗车服务",
        code="8111",
        kind="DB/T",
        number="DB44/T 2618—2026",
        mark="DB44",
        region="广东省地方标准",
        title=["汽车洗车服务规范"],
        title_en="Service specification for car washing",
        issuers=["广东省市场监督管理局"],
        issued="2026-01-20",
        effective="2026-04-20",
        ics="03.080.30",
        ccs="A 12",
    )
    common_front(d, None, "广东省商务厅", "广东省服务业标准化技术委员会")
    d.h("1", "范围")
    d.p("本文件规定了汽车洗车服务的服务等级、场所与设施、人员、服务质量、环境保护和服务评价要求。")
    d.p("本文件适用于广东省行政区域内固定场所和移动式汽车洗车服务的提供。")
    d.h("2", "规范性引用文件")
    d.p("GB 8978　污水综合排放标准", indent=False)
    d.p("GB 12348　工业企业厂界环境噪声排放标准", indent=False)
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>普通清洗</b>　对车身外表面进行冲洗、擦洗和擦干的服务。")
    d.cl("3.2", "<b>精细清洗</b>　在普通清洗基础上增加轮毂、门边、内饰吸尘和玻璃清洁的服务。")
    d.h("4", "服务等级")
    d.p("洗车服务按场所设施、人员配备和服务质量由高到低分为一级、二级、三级。")
    d.h("5", "场所与设施")
    d.cl("5.1", "场所与设施应符合表1的规定。")
    d.table(
        "1",
        "场所与设施要求",
        [
            [C("项　目", rs=2), C("单位", rs=2), C("服务等级", cs=3)],
            list(LEVELS),
            [C("洗车工位数　　≥", align="l"), "个", *levels("洗车工位数", "个", ">=", ["4", "2", "1"])],
            [C("等候车位数　　≥", align="l"), "个", *levels("等候车位数", "个", ">=", ["6", "3", "2"])],
            [
                C("顾客休息区面积　　≥", align="l"),
                "m<sup>2</sup>",
                *levels("顾客休息区面积", "m²", ">=", ["20", "10", "6"]),
            ],
            [
                C("沉淀池有效容积　　≥", align="l"),
                "m<sup>3</sup>",
                *levels("沉淀池有效容积", "m³", ">=", "3"),
            ],
            [
                C("洗车用水循环利用率<sup>a</sup>　　≥", align="l"),
                "%",
                *levels("洗车用水循环利用率", "%", ">=", ["70", "60", "50"], "仅适用于固定场所洗车"),
            ],
        ],
        head=2,
        widths=[62, 18, 26, 26, 26],
        footnotes=["<sup>a</sup>　仅适用于固定场所洗车。"],
    )
    d.cl("5.2", "洗车区地面应做防滑处理，排水坡度宜不小于0.5%。")
    d.h("6", "人员")
    d.cl("6.1", "洗车作业人员持证上岗率：", V("100%", *[R("洗车作业人员持证上岗率", "=", 100, "%")]), "。")
    d.cl("6.2", "每个洗车工位作业人员不应少于", V("2名", R("每个洗车工位作业人员", ">=", 2, "名")), "。")
    d.cl("6.3", "作业人员每年至少参加一次岗位培训。")
    d.h("7", "服务质量")
    d.cl("7.1", "服务质量应符合表2的规定。")
    d.table(
        "2",
        "服务质量要求",
        [
            [C("项　目", rs=2), C("单位", rs=2), C("服务等级", cs=3)],
            list(LEVELS),
            [
                C("普通清洗作业时间（单车，自进入工位起至交车止）　　≤", align="l"),
                "min",
                *levels("普通清洗作业时间", "min", "<=", ["15", "20", "25"], "单车，自进入工位起至交车止"),
            ],
            [
                C("精细清洗作业时间（单车）　　≤", align="l"),
                "min",
                *levels("精细清洗作业时间", "min", "<=", ["45", "60", "75"], "单车"),
            ],
            [
                C("顾客等候时间（高峰时段除外）　　≤", align="l"),
                "min",
                *levels("顾客等候时间", "min", "<=", ["10", "15", "20"], "高峰时段除外"),
            ],
            [
                C("车身外表面清洁度合格率　　≥", align="l"),
                "%",
                *levels("车身外表面清洁度合格率", "%", ">=", ["98", "95", "90"]),
            ],
            [
                C("玻璃清洁度合格率　　≥", align="l"),
                "%",
                *levels("玻璃清洁度合格率", "%", ">=", ["98", "95", "90"]),
            ],
            [
                C("车身残留水迹（每平方米）　　≤", align="l"),
                "处",
                *levels("车身残留水迹", "处", "<=", ["1", "2", "3"], "每平方米"),
            ],
            [
                C("漆面划伤投诉处理时限　　≤", align="l"),
                "h",
                *levels("漆面划伤投诉处理时限", "h", "<=", "24"),
            ],
            [C("顾客满意率　　≥", align="l"), "%", *levels("顾客满意率", "%", ">=", ["95", "90", "85"])],
            [C("有效投诉率　　≤", align="l"), "‰", *levels("有效投诉率", "‰", "<=", ["1", "2", "3"])],
            [C("服务记录保存期限　　≥", align="l"), "月", *levels("服务记录保存期限", "月", ">=", "12")],
        ],
        head=2,
        widths=[62, 18, 26, 26, 26],
        font=9.5,
    )
    d.cl(
        "7.2",
        "交车时应请顾客验车确认，清洁缺陷返工时间不应超过",
        V("10 min", R("清洁缺陷返工时间", "<=", 10, "min")),
        "。",
    )
    d.cl(
        "7.3",
        "移动式洗车服务的单车用水量不应超过",
        V("20 L", R("单车用水量", "<=", 20, "L", cond=["移动式洗车服务"])),
        "。",
    )
    d.h("8", "环境保护")
    d.cl(
        "8.1",
        "洗车废水经沉淀、隔油处理后排放，排放水的pH值应为",
        V("6～9", R("pH值", "range", 6, None, vmax=9, cond=["排放水"])),
        "，悬浮物不应大于",
        V("400 mg/L", R("悬浮物", "<=", 400, "mg/L", cond=["排放水"])),
        "，石油类不应大于",
        V("20 mg/L", R("石油类", "<=", 20, "mg/L", cond=["排放水"])),
        "。",
    )
    d.cl(
        "8.2",
        "洗车场所边界噪声昼间不应大于",
        V("60 dB(A)", R("边界噪声", "<=", 60, "dB(A)", cond=["昼间"])),
        "，夜间不应大于",
        V("50 dB(A)", R("边界噪声", "<=", 50, "dB(A)", cond=["夜间"])),
        "。",
    )
    d.cl("8.3", "沉淀池每周至少清掏一次，污泥应交由有资质的单位处置。")
    d.h("9", "服务评价与改进")
    d.cl("9.1", "服务提供者宜每季度开展一次顾客满意度调查，每次调查样本宜不少于50份。")
    d.cl(
        "9.2",
        "投诉响应时间不应超过",
        V("24 h", R("投诉响应时间", "<=", 24, "h")),
        "，投诉处理时间不应超过",
        V("5个工作日", R("投诉处理时间", "<=", 5, "个工作日")),
        "。",
    )
    return d
