"""DB32/T-style 江苏省地方标准 游泳场所服务规范 (test): a pool-water table with comparators as words in the
cells, ranges with ～, a 不得检出 row, units in a 单位 column, a footnote restricting a row; an air and
environment table by venue kind (室内 / 室外 columns, conditions) with a "—" cell; staffing clauses (救生员
per water area), time limits, rates in a service table, a 宜 sentence and frequencies (not counted).
Echoes the local standards on swimming venue services and GB 37488; every figure here is invented for this
corpus."""

from typing import Any

from kit import C, Doc, R, V

IN, OUT = "室内游泳场所", "室外游泳场所"


def build() -> Doc:
    d = Doc(
        stem="wp_swimming_01",
        category="游泳场所服务",
        code="8921",
        kind="DB/T",
        mark="DB32",
        region="江苏省地方标准",
        number="DB32/T 4672—2026",
        title=["游泳场所服务规范"],
        title_en="Service specification for swimming venues",
        replaces=["DB32/T 4672—2020"],
        ics="97.220.10",
        ccs="Y 55",
        issuers=["江苏省市场监督管理局"],
        issued="2026-04-20",
        effective="2026-05-20",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替DB32/T 4672—2020《游泳场所服务规范》，与DB32/T 4672—2020相比，主要技术变化如下：",
        "——修改了池水水质指标，增加了氰尿酸和三卤甲烷；",
        "——修改了救生员配备要求。",
        "本文件由江苏省体育局提出并组织实施。",
        "本文件由江苏省体育标准化技术委员会归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了游泳场所的基本要求、池水水质、环境、人员配备、服务要求和服务质量评价。")
    d.p("本文件适用于江苏省行政区域内对社会开放的人工游泳场所，不适用于天然游泳场所。")
    d.h("2", "规范性引用文件")
    d.p("GB 37488　公共场所卫生指标及限值要求")
    d.p("GB/T 18204.1　公共场所卫生检验方法　第1部分：物理因素")
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>浅水区</b>　游泳池中水深不大于1.4 m的区域。")
    d.cl("3.2", "<b>救生员</b>　取得国家职业资格证书，在游泳场所从事安全救护工作的人员。")
    d.h("4", "池水水质")
    d.cl("4.1", "游泳池池水水质应符合表1的规定。")
    f = "使用氯化异氰尿酸盐消毒时检测"
    water = [
        ("浑浊度", "NTU", "不大于0.5", "<=", 0.5, None),
        ("pH值", "—", "7.0～7.8", "range", 7.0, 7.8),
        ("游离性余氯", "mg/L", "0.3～1.0", "range", 0.3, 1.0),
        ("化合性余氯", "mg/L", "不大于0.4", "<=", 0.4, None),
        ("尿素", "mg/L", "不大于3.5", "<=", 3.5, None),
        ("菌落总数", "CFU/mL", "不大于100", "<=", 100, None),
    ]
    rows: list[list[Any]] = [["项目", "单位", "限值"]]
    for name, unit, text, cmp, v, vmax in water:
        u = None if unit == "—" else unit
        rows.append([C(name, align="l"), unit, V(text, R(name, cmp, v, u, vmax=vmax))])
    rows.append(
        [
            C("大肠菌群", align="l"),
            "CFU/100 mL",
            V("不得检出", R("大肠菌群", "not_detected", text="不得检出")),
        ]
    )
    rows.append(
        [C("氰尿酸<sup>a</sup>", align="l"), "mg/L", V("不大于50", R("氰尿酸", "<=", 50, "mg/L", cond=[f]))]
    )
    rows.append([C("三卤甲烷", align="l"), "μg/L", V("不大于200", R("三卤甲烷", "<=", 200, "μg/L"))])
    rows.append(
        [C("池水温度", align="l"), "℃", V("23～30", R("池水温度", "range", 23, "℃", vmax=30, cond=[IN]))]
    )
    d.table(
        "1",
        "池水水质要求",
        rows,
        widths=[52, 34, 50],
        style="zebra",
        notes=["注：池水温度仅适用于室内游泳场所。"],
        footnotes=[f"<sup>a</sup>　{f}。"],
    )
    d.cl("4.2", "游泳场所开放期间每日应至少检测两次游离性余氯、化合性余氯、pH值和池水温度，并公示检测结果。")
    d.h("5", "环境")
    d.cl("5.1", "游泳场所的环境应符合表2的规定。")
    d.table(
        "2",
        "环境要求",
        [
            ["项目", IN, OUT],
            [
                C("水面照度（lx）", align="l"),
                V("≥200", R("水面照度", ">=", 200, "lx", cond=[IN])),
                V("≥100", R("水面照度", ">=", 100, "lx", cond=[OUT, "夜间开放时"])),
            ],
            [
                C("空气温度（℃）", align="l"),
                V("高于池水温度1～2", R("空气温度", "range", 1, "℃", vmax=2, cond=[IN, "高于池水温度"])),
                "—",
            ],
            [C("二氧化碳（%）", align="l"), V("≤0.15", R("二氧化碳", "<=", 0.15, "%", cond=[IN])), "—"],
            [
                C("更衣室温度（℃）", align="l"),
                C(V("≥25", *[R("更衣室温度", ">=", 25, "℃", cond=[x]) for x in (IN, OUT)]), cs=2),
            ],
        ],
        widths=[50, 50, 50],
        style="outer",
        notes=["注：室外游泳场所的水面照度为夜间开放时的要求。"],
    )
    d.h("6", "人员配备")
    d.cl(
        "6.1",
        "救生员的配备应符合下列规定：水面面积在250 m<sup>2</sup>及以下的游泳池，救生员不应少于",
        V("3人", R("救生员", ">=", 3, "人", cond=["水面面积在250 m²及以下的游泳池"])),
        "；水面面积在250 m<sup>2</sup>以上的游泳池，每增加250 m<sup>2</sup>应增加救生员不少于",
        V("1人", R("救生员", ">=", 1, "人", cond=["水面面积在250 m²以上的游泳池", "每增加250 m²"])),
        "。",
    )
    d.cl(
        "6.2",
        "救生员、社会体育指导员持证上岗率应为",
        V("100%", R("持证上岗率", "=", 100, "%", cond=["救生员、社会体育指导员"])),
        "。",
    )
    d.cl(
        "6.3",
        "游泳场所应配备至少",
        V("1名", R("医务人员", ">=", 1, "名", cond=["取得急救培训合格证书的"])),
        "取得急救培训合格证书的医务人员，宜配备自动体外除颤器（AED）。",
    )
    d.h("7", "服务要求")
    d.cl("7.1", "深水区开放前应对游泳者进行深水合格测试，测试合格者方可进入深水区。")
    d.cl(
        "7.2",
        "救生员发现险情后到达事发水域的时间不应超过",
        V("30 s", R("救生员到达事发水域的时间", "<=", 30, "s", cond=["发现险情后"])),
        "。",
    )
    d.cl(
        "7.3",
        "每场次进入游泳池的人数，按每人不少于",
        V("2.5 m<sup>2</sup>", R("水面面积", ">=", 2.5, "m²", cond=["每人"])),
        "水面面积控制。",
    )
    d.cl("7.4", "游泳场所宜每季度开展一次应急救援演练。")
    d.h("8", "服务质量评价")
    d.cl("8.1", "服务质量指标应符合表3的规定。")
    d.table(
        "3",
        "服务质量指标",
        [
            ["指标", "要求"],
            [C("顾客满意率（%）", align="l"), V("不低于90", R("顾客满意率", ">=", 90, "%"))],
            [C("投诉处理及时率（%）", align="l"), V("100", R("投诉处理及时率", "=", 100, "%"))],
            [C("投诉回复时间（工作日）", align="l"), V("不超过3", R("投诉回复时间", "<=", 3, "工作日"))],
            [C("溺水死亡事故（起）", align="l"), V("0", R("溺水死亡事故", "=", 0, "起"))],
        ],
        widths=[70, 50],
        style="zebra",
    )
    return d
