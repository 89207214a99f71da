"""DB37/T-style 公共图书馆服务规范 (test, Shandong local, service): library
levels 一级 / 二级 / 三级 as columns under a header cell spanning them, a 单位 column, tables ruled only
by horizontal lines of two weights, a bare ``100`` with no sign, values merged across levels, a raised
footnote letter restricting a row; time limits, opening hours and environment limits in clauses;
frequencies and 宜 sentences (not counted).  Every figure here is invented for this corpus."""

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
        stem="fp_library_01",
        category="公共图书馆服务",
        code="8831",
        kind="DB/T",
        number="DB37/T 4785—2026",
        mark="DB37",
        region="山东省地方标准",
        title=["公共图书馆服务规范"],
        title_en="Service specification for public libraries",
        replaces=["DB37/T 2340—2013"],
        issuers=["山东省市场监督管理局"],
        issued="2026-02-26",
        effective="2026-03-26",
        ics="01.140.20",
        ccs="A 14",
    )
    common_front(
        d,
        "DB37/T 2340—2013《公共图书馆服务规范》",
        "山东省文化和旅游厅",
        "山东省文化和旅游标准化技术委员会",
        ["——增加了数字资源服务的要求；", "——修改了开放时间和文献借阅时限。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了公共图书馆的服务等级、服务资源、服务内容、服务质量和服务评价要求。")
    d.p("本文件适用于山东省行政区域内县级以上公共图书馆，乡镇（街道）图书分馆参照执行。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 28220　公共图书馆服务规范", indent=False)
    d.p("GB/T 18883　室内空气质量标准", indent=False)
    d.h("3", "服务等级")
    d.p("公共图书馆按服务资源和服务能力由高到低分为一级、二级、三级。")
    d.h("4", "服务资源")
    d.cl("4.1", "服务资源应符合表1的规定。")
    d.table(
        "1",
        "服务资源要求",
        [
            [C("项　目", rs=2), C("单位", rs=2), C("服务等级", cs=3)],
            list(LEVELS),
            [
                C("人均藏书量（按服务人口计）　　≥", align="l"),
                "册",
                *levels("人均藏书量", "册", ">=", ["1.2", "1.0", "0.8"], "按服务人口计"),
            ],
            [
                C("年人均新增藏书量　　≥", align="l"),
                "册",
                *levels("年人均新增藏书量", "册", ">=", ["0.06", "0.04", "0.03"]),
            ],
            [C("阅览座席数　　≥", align="l"), "个", *levels("阅览座席数", "个", ">=", ["800", "400", "200"])],
            [
                C("少儿阅览座席占比<sup>a</sup>　　≥", align="l"),
                "%",
                *levels("少儿阅览座席占比", "%", ">=", "20", "不适用于设有独立少儿图书馆的地区"),
            ],
            [
                C("公共计算机终端数　　≥", align="l"),
                "台",
                *levels("公共计算机终端数", "台", ">=", ["100", "50", "30"]),
            ],
            [
                C("无线网络覆盖率（读者活动区域）", align="l"),
                "%",
                *levels("无线网络覆盖率", "%", "=", "100", "读者活动区域"),
            ],
        ],
        head=2,
        widths=[64, 16, 26, 26, 26],
        footnotes=["<sup>a</sup>　不适用于设有独立少儿图书馆的地区。"],
    )
    d.cl(
        "4.2",
        "专业馆员比例（具有图书馆学或相关专业大专以上学历的馆员占馆员总数的比例）不应低于",
        V("60%", R("专业馆员比例", ">=", 60, "%")),
        "。",
    )
    d.cl("4.3", "馆员年业务培训时间不应少于", V("40 h", R("馆员年业务培训时间", ">=", 40, "h")), "。")
    d.h("5", "服务内容")
    d.cl("5.1", "公共图书馆应提供文献借阅、阅览、参考咨询、数字资源、阅读推广和无障碍服务。")
    d.cl("5.2", "每年举办阅读推广活动宜不少于50场。")
    d.h("6", "服务质量")
    d.cl("6.1", "服务质量应符合表2的规定。")
    d.table(
        "2",
        "服务质量要求",
        [
            [C("项　目", rs=2), C("单位", rs=2), C("服务等级", cs=3)],
            list(LEVELS),
            [C("每周开放时间　　≥", align="l"), "h", *levels("每周开放时间", "h", ">=", ["72", "63", "56"])],
            [
                C("新书从到馆至上架时间　　≤", align="l"),
                "d",
                *levels("新书从到馆至上架时间", "d", "<=", ["15", "20", "30"]),
            ],
            [
                C("文献外借册次（年人均）　　≥", align="l"),
                "册次",
                *levels("文献外借册次", "册次", ">=", ["1.0", "0.8", "0.6"], "年人均"),
            ],
            [
                C("文献排架正确率　　≥", align="l"),
                "%",
                *levels("文献排架正确率", "%", ">=", ["99", "98", "97"]),
            ],
            [
                C("一般咨询答复时限　　≤", align="l"),
                "个工作日",
                *levels("一般咨询答复时限", "个工作日", "<=", "2"),
            ],
            [C("读者满意率　　≥", align="l"), "%", *levels("读者满意率", "%", ">=", ["95", "90", "85"])],
        ],
        head=2,
        widths=[64, 20, 24, 24, 24],
        font=9.5,
    )
    d.cl(
        "6.2",
        "节假日开放：春节假期每日开放时间不应少于",
        V("4 h", R("春节假期每日开放时间", ">=", 4, "h")),
        "，其他法定节假日应正常开放。",
    )
    d.cl(
        "6.3",
        "馆际互借申请处理时间不应超过",
        V("3个工作日", R("馆际互借申请处理时间", "<=", 3, "个工作日")),
        "。",
    )
    d.cl("6.4", "读者投诉答复时间不应超过", V("2个工作日", R("读者投诉答复时间", "<=", 2, "个工作日")), "。")
    d.h("7", "服务环境")
    d.cl(
        "7.1",
        "阅览区照度不应低于",
        V("300 lx", R("阅览区照度", ">=", 300, "lx")),
        "；室内噪声不应大于",
        V("45 dB(A)", R("室内噪声", "<=", 45, "dB(A)")),
        "。",
    )
    d.cl("7.2", "阅览区温度冬季宜为18 ℃～22 ℃，夏季宜为24 ℃～28 ℃。")
    d.cl(
        "7.3", "室内二氧化碳浓度不应大于", V("0.10%", R("二氧化碳浓度", "<=", 0.10, "%", cond=["室内"])), "。"
    )
    d.h("8", "服务评价")
    d.cl("8.1", "图书馆每年至少开展一次读者满意度调查。")
    d.cl("8.2", "评价结果应向社会公开，并用于改进服务。")
    return d
