"""FZ/T garment 休闲裤 (test): a grade ladder 优等品 / 一等品 / 合格品 with a 单位 column in a long table
that runs onto the next page under 表1（续） with its header repeated; sub-labels (腰围 / 裤长, 变色 /
沾色, 干摩 / 湿摩) under parent labels spanning rows; signed ranges per grade; values merged over the
grades; a restricting footnote in the table; a stitch-density clause list; an ``fo:footnote`` restricting a
clause limit.  The levels echo the sector standard for casual garments as remembered (not denim:
corpus/weasy's 牛仔服装 is another standard); the 2026 edition and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, references

GRADES = ["优等品", "一等品", "合格品"]


def graded(label, name: str, unit: str | None, cmp: str, texts: list[str], cond=(), span=2) -> list:
    cells: list = [C(label, align="l", cs=span)] if span else []
    cells.append(unit or "—")
    cond = list(cond)
    if len(texts) == 1:
        cells.append(C(V(texts[0], *[_rec(name, cmp, texts[0], unit, g, cond) for g in GRADES]), cs=3))
    elif len(texts) == 2:
        cells.append(V(texts[0], _rec(name, cmp, texts[0], unit, GRADES[0], cond)))
        cells.append(C(V(texts[1], *[_rec(name, cmp, texts[1], unit, g, cond) for g in GRADES[1:]]), cs=2))
    else:
        cells += [
            V(t, _rec(name, cmp, t.split("<")[0], unit, g, cond)) for t, g in zip(texts, GRADES, strict=True)
        ]
    return cells


def _rec(name, cmp, text, unit, grade, cond):
    if cmp == "range":
        low, high = text.replace("−", "-").replace("+", "").split("～")
        return R(name, "range", float(low), unit, grade=grade, cond=cond, vmax=float(high))
    return R(name, cmp, float(text.split("<")[0]), unit, grade=grade, cond=cond)


def build() -> Doc:
    d = Doc(
        stem="fo_trousers_01",
        category="休闲裤",
        code="1819",
        kind="FZ/T",
        mark="FZ",
        short="休闲裤",
        number="FZ/T 81025—2026",
        title=["休闲裤"],
        title_en="Casual trousers",
        ics="61.020",
        ccs="Y 76",
        filing="80496—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-08-20",
        effective="2027-02-01",
    )
    front(
        d,
        None,
        "中国纺织工业联合会",
        "全国服装标准化技术委员会（SAC/TC 219）",
        "本文件起草单位：浙江服装检测中心、福建晋江休闲服饰有限公司。",
    )
    d.h("1", "范围")
    d.p("本文件规定了休闲裤的号型、要求、检验方法、检验规则、包装和标志。")
    d.p("本文件适用于以棉、化纤及其混纺机织物为主要面料生产的休闲裤，不适用于牛仔裤和西裤。")
    references(
        d,
        "2",
        "GB/T 1335.1　服装号型　男子",
        "GB/T 1335.2　服装号型　女子",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3921　纺织品　色牢度试验　耐皂洗色牢度",
        "GB/T 8630　纺织品　洗涤和干燥后尺寸变化的测定",
        "GB 18401　国家纺织产品基本安全技术规范",
    )
    d.h("3", "号型")
    d.p("号型设置按GB/T 1335.1或GB/T 1335.2的规定选用。")
    d.h("4", "要求")
    d.cl("4.1", "使用说明应符合GB/T 5296.4的规定。")
    d.cl("4.2", "缝制要求：")
    d.item(
        "a)",
        "明暗线针距密度",
        V("不少于12针/3 cm", R("针距密度", ">=", 12, "针/3 cm", cond=["明暗线"])),
        "；",
    )
    d.item(
        "b)",
        "包缝线针距密度",
        V("不少于10针/3 cm", R("针距密度", ">=", 10, "针/3 cm", cond=["包缝线"])),
        "；",
    )
    d.item(
        "c)", "锁眼针距密度", V("不少于10针/1 cm", R("针距密度", ">=", 10, "针/1 cm", cond=["锁眼"])), "；"
    )
    d.item("d)", "缝纫线路顺直、平服，无跳针、断线。")
    d.cl(
        "4.3",
        "门襟拉链的拉合次数",
        V("不少于500次", R("拉合次数", ">=", 500, "次", cond=["门襟拉链", "仅适用于门襟使用拉链的休闲裤"])),
        Foot("1)", "仅适用于门襟使用拉链的休闲裤。"),
        "，拉合后无脱齿、无损坏。",
    )
    d.cl(
        "4.4",
        "规格尺寸偏差：腰围",
        V("±1.5 cm", R("规格尺寸偏差", "range", -1.5, "cm", vmax=1.5, cond=["腰围"])),
        "，裤长",
        V("±2.0 cm", R("规格尺寸偏差", "range", -2.0, "cm", vmax=2.0, cond=["裤长"])),
        "。",
    )
    d.cl("4.5", "成品内在质量应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("单位", rs=2), C("要　求", cs=3)],
        GRADES,
        [C("甲醛含量、pH值、异味、可分解致癌芳香胺染料", cs=2, align="l"), "—", C("按GB 18401的规定", cs=3)],
        [
            C("水洗尺寸变化率", rs=2, align="l"),
            *graded(
                "腰围",
                "水洗尺寸变化率",
                "%",
                "range",
                ["−1.0～+1.0", "−1.5～+1.0", "−2.0～+1.5"],
                ["腰围"],
                1,
            ),
        ],
        graded(
            "裤长", "水洗尺寸变化率", "%", "range", ["−1.5～+1.0", "−2.5～+1.5", "−3.5～+2.0"], ["裤长"], 1
        ),
        graded("水洗后扭曲率　≤", "水洗后扭曲率", "%", "<=", ["2.0", "3.0", "4.0"]),
        [
            C("耐皂洗色牢度　≥", rs=2, align="l"),
            *graded("变色", "耐皂洗色牢度", "级", ">=", ["4", "3"], ["变色"], 1),
        ],
        graded("沾色", "耐皂洗色牢度", "级", ">=", ["4", "3", "3"], ["沾色"], 1),
        [
            C("耐摩擦色牢度　≥", rs=2, align="l"),
            *graded("干摩", "耐摩擦色牢度", "级", ">=", ["4", "3", "3"], ["干摩"], 1),
        ],
        graded("湿摩", "耐摩擦色牢度", "级", ">=", ["3", "2", "2"], ["湿摩"], 1),
        graded("耐光色牢度　≥", "耐光色牢度", "级", ">=", ["4", "3"]),
        graded("起球　≥", "起球", "级", ">=", ["4", "3", "3"]),
        graded("裤后裆缝接缝强力　≥", "裤后裆缝接缝强力", "N", ">=", ["140"]),
        graded(
            "弹性回复率<sup>a</sup>　≥",
            "弹性回复率",
            "%",
            ">=",
            ["90", "85", "80"],
            ["仅考核含弹性纤维的面料"],
        ),
    ]
    d.table(
        "1",
        "内在质量要求",
        rows,
        head=2,
        widths=[34, 16, 14, 30, 30, 30],
        footnotes=["a　仅考核含弹性纤维的面料。"],
    )
    d.h("5", "检验方法")
    d.cl("5.1", "水洗尺寸变化率按GB/T 8630测定，洗涤程序4N，悬挂晾干，洗涤1次。")
    d.cl("5.2", "裤后裆缝接缝强力：试样宽50 mm，隔距长度200 mm，拉伸速度100 mm/min。")
    d.h("6", "检验规则")
    d.p("外观质量按批抽样，每批抽取1%～3%，但不少于20条；内在质量每批抽取4条。")
    d.h("7", "包装和标志")
    d.p("产品应折叠包装，每条装一个塑料袋。标志应符合GB/T 5296.4的规定。")
    return d
