"""SB/T service standard 便利店等级划分与服务规范 (dev): a grade ladder 三星级 / 二星级 / 一星级 across a
table with a 单位 column and the comparator at the end of the label, values merged over grades, a
qualitative cell per grade, "—" cells; time limits and temperatures in an ``fo:list-block`` with word
comparators; a satisfaction rate per grade in a clause; an ``fo:footnote`` restricting a limit;
frequencies, 宜 sentences and opening-hour examples (not indicators).  The levels echo the commerce sector
standard for convenience stores as remembered; the number and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, ladder, references

GRADES = ["三星级", "二星级", "一星级"]
COLUMNS = [(None, g) for g in GRADES]


def row(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    return ladder(label, name, unit, cmp, texts, COLUMNS, cond=cond, unit_cell=unit or "—")


def build() -> Doc:
    d = Doc(
        stem="fo_store_01",
        category="便利店服务",
        code="5213",
        kind="SB/T",
        mark="SB",
        short="便利店等级划分与服务规范",
        number="SB/T 11296—2026",
        title=["便利店等级划分与服务规范"],
        title_en="Classification and service specification for convenience stores",
        ics="03.080.20",
        ccs="A 10",
        filing="80612—2026",
        issuers=["中华人民共和国商务部"],
        issued="2026-06-30",
        effective="2027-01-01",
    )
    front(
        d,
        None,
        "中国连锁经营协会",
        "全国商业标准化技术委员会（SAC/TC 264）",
        "本文件起草单位：中国连锁经营协会、北京便利蜂连锁商业有限公司。",
    )
    d.h("1", "范围")
    d.p("本文件规定了便利店的等级划分、基本要求、等级条件、服务要求和等级评定。")
    d.p("本文件适用于营业面积在200 m²以下、以即时性消费为主的便利店的等级划分和服务管理。")
    references(
        d,
        "2",
        "GB 31621　食品安全国家标准　食品经营过程卫生规范",
        "GB/T 17242　投诉处理指南",
        "SB/T 10907　便利店经营管理规范",
    )
    d.h("3", "术语和定义")
    d.p("便利店：以满足顾客即时性、小容量、应急性消费为主，采取自选销售方式的小型零售店铺。")
    d.h("4", "等级划分")
    d.p("便利店分为三个等级，由高到低依次为三星级、二星级和一星级。")
    d.h("5", "等级条件")
    d.cl("5.1", "各等级便利店的设施和经营条件应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("单位", rs=2), C("等　级", cs=3)],
        GRADES,
        row("营业面积　≥", "营业面积", "m²", ">=", ["100", "80", "60"]),
        row("每日营业时间　≥", "每日营业时间", "h", ">=", ["24", "18", "16"]),
        row("经营商品品种　≥", "经营商品品种", "种", ">=", ["3 000", "2 000", "1 500"]),
        row("即食鲜食品种　≥", "即食鲜食品种", "种", ">=", ["50", "30", "—"]),
        row("收银通道　≥", "收银通道", "个", ">=", ["2", "=", "1"]),
        row("便民服务项目　≥", "便民服务项目", "项", ">=", ["8", "5", "3"]),
        row("店内照度　≥", "店内照度", "lx", ">=", ["500", "=", "300"]),
        [
            C("顾客休息区", align="l"),
            "—",
            V(
                "设独立休息区及座位",
                R("顾客休息区", "qualitative", grade="三星级", text="设独立休息区及座位"),
            ),
            V("设座位", R("顾客休息区", "qualitative", grade="二星级", text="设座位")),
            "—",
        ],
    ]
    d.table(
        "1",
        "等级条件",
        rows,
        head=2,
        widths=[44, 16, 34, 34, 34],
        notes=["注：便民服务项目包括代收水电费、快递代收、充值缴费、复印打印等。"],
    )
    d.cl("5.2", "三星级便利店宜提供自助收银服务，二星级便利店宜设置鲜食加工区。")
    d.h("6", "服务要求")
    d.cl("6.1", "商品管理：")
    d.item("a)", "冷藏陈列柜温度应保持在", V("0 ℃～8 ℃", R("冷藏陈列柜温度", "range", 0, "℃", vmax=8)), "；")
    d.item("b)", "冷冻陈列柜温度", V("不应高于−18 ℃", R("冷冻陈列柜温度", "<=", -18, "℃")), "；")
    d.item(
        "c)",
        "热链食品保温温度",
        V("不应低于60 ℃", R("热链食品保温温度", ">=", 60, "℃", cond=["仅适用于经营热链食品的便利店"])),
        Foot("1)", "仅适用于经营热链食品的便利店。"),
        "；",
    )
    d.item("d)", "临近保质期的商品应集中陈列并明示。")
    d.cl("6.2", "服务时限：")
    d.item(
        "a)",
        "高峰时段顾客结账排队等候时间",
        V("不超过5 min", R("结账排队等候时间", "<=", 5, "min", cond=["高峰时段"])),
        "；",
    )
    d.item(
        "b)",
        "畅销商品缺货后补货时间",
        V("不超过24 h", R("补货时间", "<=", 24, "h", cond=["畅销商品缺货后"])),
        "；",
    )
    d.item(
        "c)",
        "投诉响应时间",
        V("不超过24 h", R("投诉响应时间", "<=", 24, "h")),
        "，投诉处理时间",
        V("不超过3 d", R("投诉处理时间", "<=", 3, "d")),
        "。",
    )
    d.cl(
        "6.3",
        "顾客满意度：三星级",
        V("不低于95%", R("顾客满意度", ">=", 95, "%", grade="三星级")),
        "，二星级",
        V("不低于90%", R("顾客满意度", ">=", 90, "%", grade="二星级")),
        "，一星级",
        V("不低于85%", R("顾客满意度", ">=", 85, "%", grade="一星级")),
        "。",
    )
    d.cl("6.4", "店内卫生每日至少清洁2次，冷藏设备每周清洁1次。")
    d.h("7", "等级评定")
    d.cl("7.1", "等级评定采用现场检查和顾客满意度调查相结合的方式，顾客满意度调查样本量不少于100份。")
    d.cl("7.2", "等级证书有效期为3年，期满前3个月应申请复核。")
    return d
