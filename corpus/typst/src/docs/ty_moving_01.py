"""SB/T-style 搬家服务规范 (test, a service standard): requirements on the firm and its vehicles in
clauses (不超过, 不少于), a table of time limits whose columns are 市内搬家 / 跨城搬家 (conditions) with a
tolerance without a centre, a service-quality table with signs in the label and a bare 100, clause time
limits, 宜 sentences and frequencies (not counted).  No real standard of this number exists; the figures
are invented for this corpus, in the genre of commercial service standards."""

from kit import MOFCOM, C, Doc, R, V, common_front, references

CITY, INTER = "市内搬家", "跨城搬家"


def build() -> Doc:
    d = Doc(
        stem="ty_moving_01",
        category="搬家服务",
        code="5438",
        kind="SB/T",
        number="SB/T 10646—2026",
        title=["搬家服务规范"],
        title_en="Service specification for household moving",
        replaces=["SB/T 10646—2011"],
        ics="03.080.30",
        ccs="A 16",
        filing="85990—2026",
        issuers=MOFCOM,
        issued="2026-07-15",
        effective="2027-01-01",
    )
    common_front(
        d,
        "SB/T 10646—2011",
        "中国商业联合会",
        "全国服务标准化技术委员会（SAC/TC 264）",
        ["——增加了跨城搬家的服务时限；", "——修改了服务质量指标。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了搬家服务的服务机构要求、服务流程、服务时限、服务质量要求和投诉处理。")
    d.p("本文件适用于为居民和单位提供搬家服务的经营者。")
    references(
        d,
        "2",
        "GB 1589　汽车、挂车及汽车列车外廓尺寸、轴荷及质量限值",
        "GB/T 19012　质量管理　顾客满意　组织投诉处理指南",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>跨城搬家</b>　起运地与目的地不在同一设区的市行政区域内的搬家服务。")
    d.cl("3.2", "<b>物品破损率</b>　统计期内发生破损的物品件数占搬运物品总件数的百分比。")
    d.h("4", "服务机构要求")
    d.cl(
        "4.1",
        "经营者应依法取得道路货物运输经营许可，搬家车辆的车龄",
        V("不应超过8年", R("搬家车辆的车龄", "<=", 8, "年")),
        "，车厢应清洁、完好、防雨。",
    )
    d.cl(
        "4.2",
        "每辆搬家车辆随车配备的搬运人员",
        V("不应少于2人", R("随车配备的搬运人员", ">=", 2, "人", cond=["每辆搬家车辆"])),
        "；搬运人员每年应接受不少于一次的安全培训。",
    )
    d.cl(
        "4.3",
        "经营者应为所承运物品投保货物运输险，单次搬家的保险金额",
        V("不应低于50 000元", R("单次搬家的保险金额", ">=", 50000, "元")),
        "。",
    )
    d.cl("4.4", "经营者宜配备不少于5种规格的包装箱和专用保护材料。")
    d.h("5", "服务流程")
    d.cl("5.1", "受理：经营者接到预约后应记录客户信息、物品清单、起运地和目的地，宜提供上门估价服务。")
    d.cl("5.2", "服务时限应符合表1的规定。")
    d.table(
        "1",
        "服务时限",
        [
            ["项　　目", CITY, INTER],
            [
                C("预约确认时间/h　　≤", align="l"),
                V("2", R("预约确认时间", "<=", 2, "h", cond=[CITY])),
                V("4", R("预约确认时间", "<=", 4, "h", cond=[INTER])),
            ],
            [
                C("到达约定地点的时间偏差/min", align="l"),
                V("±30", R("到达约定地点的时间偏差", "range", -30, "min", vmax=30, cond=[CITY])),
                V("±60", R("到达约定地点的时间偏差", "range", -60, "min", vmax=60, cond=[INTER])),
            ],
            [
                C("物品送达时间", align="l"),
                V("当日", R("物品送达时间", "qualitative", cond=[CITY], text="当日")),
                V("≤约定日期后1日", R("物品送达时间", "<=", 1, "日", cond=[INTER, "约定日期后"])),
            ],
            [
                C("赔偿处理时间/工作日　　≤", align="l"),
                C(
                    V(
                        "7",
                        R("赔偿处理时间", "<=", 7, "工作日", cond=[CITY]),
                        R("赔偿处理时间", "<=", 7, "工作日", cond=[INTER]),
                    ),
                    cs=2,
                ),
            ],
        ],
        widths=[60, 45, 45],
    )
    d.cl("5.3", "搬运：搬运人员应对家具、电器等物品进行包装防护，易碎物品应单独包装并作标识。")
    d.cl("5.4", "交付：物品送达后，应与客户共同清点，客户确认后签收。")
    d.h("6", "服务质量要求")
    d.cl("6.1", "服务质量应符合表2的规定。")
    d.table(
        "2",
        "服务质量指标",
        [
            ["项　　目", "指　　标"],
            [C("准时到达率/%　　≥", align="l"), V("95", R("准时到达率", ">=", 95, "%"))],
            [C("物品破损率/%　　≤", align="l"), V("0.5", R("物品破损率", "<=", 0.5, "%"))],
            [C("物品丢失率/%　　≤", align="l"), V("0.01", R("物品丢失率", "<=", 0.01, "%"))],
            [C("客户满意度/%　　≥", align="l"), V("90", R("客户满意度", ">=", 90, "%"))],
            [C("投诉处理率/%", align="l"), V("100", R("投诉处理率", "=", 100, "%"))],
        ],
        widths=[80, 60],
        style="open",
    )
    d.h("7", "投诉处理")
    d.cl(
        "7.1",
        "经营者应在接到投诉后",
        V("24 h内", R("投诉响应时间", "<=", 24, "h")),
        "作出响应，",
        V("5个工作日内", R("投诉处理时间", "<=", 5, "个工作日")),
        "处理完毕并将结果告知客户。",
    )
    d.cl("7.2", "投诉记录保存期限", V("不应少于2年", R("投诉记录保存期限", ">=", 2, "年")), "。")
    d.cl("7.3", "经营者每半年应对投诉进行统计分析，宜每季度开展一次客户满意度调查。")
    return d
