"""DB/T local service standard 民宿服务质量等级划分与评定 (dev): a grade ladder 白金宿 / 金宿 / 银宿 across
the columns of a full-grid natural table with a 单位 column, values merged over grades, a qualitative cell;
day and night noise as sub-labels; service time limits and rates in clauses with word comparators; an
a) b) c) list of requirements; frequencies, 宜 sentences and the scope bound (not more than 15 rooms) not
counted.  The levels echo provincial homestay grading rules as remembered; the number and every figure are
invented."""

from kit import C, Doc, R, V, front, references

GRADES = ["白金宿", "金宿", "银宿"]


def graded(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    """A row of the grade table; one text merged over the grades or one per grade."""
    cells: list = [C(label, align="l", cs=2), unit or "—"]
    unit = unit.replace("<sup>2</sup>", "²") if unit else None
    extra = list(cond)
    if len(texts) == 1:
        recs = [R(name, cmp, float(texts[0]), unit, grade=g, cond=extra) for g in GRADES]
        cells.append(C(V(texts[0], *recs), cs=3))
    else:
        cells += [
            V(t, R(name, cmp, float(t), unit, grade=g, cond=extra)) if t != "—" else "—"
            for t, g in zip(texts, GRADES, strict=True)
        ]
    return cells


def build() -> Doc:
    d = Doc(
        stem="cx_homestay_01",
        category="民宿服务",
        code="6130",
        kind="DB/T",
        mark="DB33",
        line="浙江省地方标准",
        short="民宿服务质量等级划分与评定",
        number="DB33/T 2615—2026",
        replaces=["DB33/T 2048—2017"],
        title=["民宿服务质量等级划分与评定"],
        title_en="Classification and evaluation of service quality for homestay",
        ics="03.080.30",
        ccs="A 12",
        issuers=["浙江省市场监督管理局"],
        issued="2026-04-20",
        effective="2026-05-20",
    )
    front(
        d,
        "本文件代替DB33/T 2048—2017《民宿基本要求与评价》，与DB33/T 2048—2017相比，主要技术变化如下：",
        "——等级名称改为白金宿、金宿、银宿；",
        "——增加了客房噪声和服务时限的要求。",
        "本文件由浙江省文化和旅游厅提出、归口并组织实施。",
        "本文件起草单位：浙江省旅游标准化技术委员会、浙江旅游职业学院。",
    )
    d.h("1", "范围")
    d.p("本文件规定了民宿服务质量的等级划分、基本要求、等级要求和评定规则。")
    d.p("本文件适用于浙江省行政区域内经营用客房不超过15间（套）的民宿的等级划分与评定。")
    references(
        d,
        "2",
        "GB 3096　声环境质量标准",
        "GB 37487　公共场所卫生管理规范",
        "GB/T 41648　旅游民宿基本要求与等级划分",
    )
    d.h("3", "术语和定义")
    d.p("GB/T 41648界定的术语和定义适用于本文件。")
    d.h("4", "等级划分")
    d.p("民宿服务质量等级由高到低分为白金宿、金宿和银宿三个等级。")
    d.h("5", "基本要求")
    d.cl("5.1", "证照齐全，消防、治安、卫生、食品安全等符合相关规定。")
    d.cl("5.2", "近3年内未发生重大及以上安全生产责任事故。")
    d.cl("5.3", "公共场所卫生应符合GB 37487的规定。")
    d.h("6", "等级要求")
    d.cl("6.1", "设施与环境应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("单位", rs=2), C("等级", cs=3)],
        GRADES,
        graded("单间客房使用面积　≥", "单间客房使用面积", "m<sup>2</sup>", ">=", ["20", "16", "12"]),
        graded("客房卫生间面积　≥", "客房卫生间面积", "m<sup>2</sup>", ">=", ["5.0", "4.0", "3.5"]),
        graded("床垫厚度　≥", "床垫厚度", "cm", ">=", ["20"]),
        [
            C("客房噪声　≤", rs=2, align="l"),
            "昼间",
            "dB(A)",
            V("40", R("客房噪声", "<=", 40, "dB(A)", grade=GRADES[0], cond=["昼间"])),
            C(V("45", *[R("客房噪声", "<=", 45, "dB(A)", grade=g, cond=["昼间"]) for g in GRADES[1:]]), cs=2),
        ],
        [
            "夜间",
            "dB(A)",
            V("30", R("客房噪声", "<=", 30, "dB(A)", grade=GRADES[0], cond=["夜间"])),
            C(V("35", *[R("客房噪声", "<=", 35, "dB(A)", grade=g, cond=["夜间"]) for g in GRADES[1:]]), cs=2),
        ],
        graded("热水供应时间　≥", "热水供应时间", "h/d", ">=", ["24", "24", "16"]),
        [
            C("公共区域无线网络", align="l", cs=2),
            "—",
            C(
                V(
                    "全覆盖，免费使用",
                    *[
                        R("公共区域无线网络", "qualitative", grade=g, text="全覆盖，免费使用")
                        for g in GRADES[:2]
                    ],
                ),
                cs=2,
            ),
            V("覆盖公共区域", R("公共区域无线网络", "qualitative", grade=GRADES[2], text="覆盖公共区域")),
        ],
        graded("特色餐饮菜品　≥", "特色餐饮菜品", "道", ">=", ["8", "5", "—"]),
    ]
    d.table("1", "设施与环境要求", rows, head=2, widths=[26, 14, 18, 30, 30, 30])
    d.cl("6.2", "服务应符合下列要求：")
    d.item(
        "a)",
        "入住登记办理时间",
        V("不超过5 min", R("入住登记办理时间", "<=", 5, "min")),
        "，退房结账时间",
        V("不超过3 min", R("退房结账时间", "<=", 3, "min")),
        "；",
    )
    d.item(
        "b)",
        "客房设施维修响应时间",
        V("不超过30 min", R("客房设施维修响应时间", "<=", 30, "min")),
        "；",
    )
    d.item(
        "c)",
        "客房床上用品一客一换，连住客人床上用品宜每3天更换一次；",
    )
    d.item(
        "d)",
        "投诉答复时间",
        V("不超过24 h", R("投诉答复时间", "<=", 24, "h")),
        "。",
    )
    d.cl(
        "6.3",
        "从业人员：白金宿和金宿的管家应持有相应职业技能等级证书；白金宿每3间客房配备服务人员",
        V("不少于1名", R("服务人员", ">=", 1, "名", grade="白金宿", cond=["每3间客房"])),
        "。",
    )
    d.cl(
        "6.4",
        "宾客满意度：白金宿",
        V("不低于95%", R("宾客满意度", ">=", 95, "%", grade="白金宿")),
        "，金宿",
        V("不低于90%", R("宾客满意度", ">=", 90, "%", grade="金宿")),
        "，银宿",
        V("不低于85%", R("宾客满意度", ">=", 85, "%", grade="银宿")),
        "。",
    )
    d.h("7", "评定规则")
    d.cl("7.1", "等级评定由设区的市级等级评定机构组织，每3年复核一次。")
    d.cl("7.2", "宾客满意度调查样本量宜不少于30份，调查周期为评定前12个月。")
    d.cl("7.3", "达到表1和6.2～6.4规定的相应等级全部要求的，评定为该等级。")
    return d
