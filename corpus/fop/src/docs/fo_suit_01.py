"""GB/T garment 西服、大衣 (dev): a grade ladder 优等品 / 一等品 / 合格品 with a 单位 column in a long
table that runs onto the next page under 表1（续） with its header repeated; sub-labels (衣长 / 胸围, 变色
/ 沾色, 干摩 / 湿摩, 精梳 / 粗梳) under parent labels spanning rows; signed ranges (−1.0～+1.0) per grade;
values merged over the grades; references to GB 18401 in merged cells (not counted); a stitch-density table
without grades, a limit in its 备注 column; a footnote a restricting a row; an ``fo:footnote`` explaining a
clause limit.  The levels echo the national standard for
suits and overcoats as remembered; the 2026 edition and every figure are invented."""

from kit import SAMR, C, Doc, Foot, R, V, front, references

GRADES = ["优等品", "一等品", "合格品"]
WOOL = "只考核毛织品及毛混纺织品面料"


def graded(label, name: str, unit: str | None, cmp: str, texts: list[str], cond=(), span=2) -> list:
    """A row: the label over ``span`` columns (0 when a parent label spans rows beside it), the unit, then
    one text per grade or one merged over all three."""
    cells: list = [C(label, align="l", cs=span)] if span else []
    cells.append(unit or "—")
    cond = list(cond)
    if len(texts) == 1:
        cells.append(C(V(texts[0], *[_rec(name, cmp, texts[0], unit, g, cond) for g in GRADES]), cs=3))
    else:
        cells += [V(t, _rec(name, cmp, t, unit, g, cond)) for t, g in zip(texts, GRADES, strict=True)]
    return cells


def _rec(name, cmp, text, unit, grade, cond):
    if cmp == "range":
        low, high = text.replace("−", "-").replace("+", "").split("～")
        return R(name, "range", float(low), unit, grade=grade, cond=cond, vmax=float(high))
    return R(name, cmp, float(text), unit, grade=grade, cond=cond)


def build() -> Doc:
    d = Doc(
        stem="fo_suit_01",
        category="西服、大衣",
        code="1819",
        kind="GB/T",
        mark="GB/T",
        short="西服、大衣",
        number="GB/T 2664—2026",
        replaces=["GB/T 2664—2017"],
        title=["男西服、大衣"],
        title_en="Men's suits and coats",
        ics="61.020",
        ccs="Y 76",
        issuers=SAMR,
        issued="2026-05-12",
        effective="2026-12-01",
    )
    front(
        d,
        "GB/T 2664—2017",
        "中国纺织工业联合会",
        "全国服装标准化技术委员会（SAC/TC 219）",
        "——修改了干洗后尺寸变化率的要求（见4.2）；",
        "——增加了缝子纰裂程度的要求（见4.2）。",
    )
    d.h("1", "范围")
    d.p("本文件规定了男西服、大衣的号型、要求、检验规则、包装和标志，描述了相应的检验方法。")
    d.p("本文件适用于以毛、毛混纺及化纤等机织物为主要面料生产的男西服、大衣等毛呢类服装。")
    references(
        d,
        "2",
        "GB/T 1335.1　服装号型　男子",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 4802.1　纺织品　织物起毛起球性能的测定　第1部分：圆轨迹法",
        "GB/T 5711　纺织品　色牢度试验　耐干洗色牢度",
        "GB 18401　国家纺织产品基本安全技术规范",
        "FZ/T 01053　纺织品　纤维含量的标识",
    )
    d.h("3", "号型")
    d.p("号型设置按GB/T 1335.1的规定选用，成品主要部位规格按号型系列设计。")
    d.h("4", "要求")
    d.cl("4.1", "使用说明按GB/T 5296.4和FZ/T 01053的规定执行。")
    d.cl("4.2", "成品内在质量应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("单位", rs=2), C("要　求", cs=3)],
        GRADES,
        [C("纤维含量", cs=2, align="l"), "%", C("按FZ/T 01053的规定", cs=3)],
        [C("甲醛含量、pH值、可分解致癌芳香胺染料", cs=2, align="l"), "—", C("按GB 18401的规定", cs=3)],
        [
            C("干洗后尺寸变化率", rs=2, align="l"),
            *graded(
                "衣长",
                "干洗后尺寸变化率",
                "%",
                "range",
                ["−1.0～+1.0", "−1.5～+1.0", "−2.0～+1.5"],
                ["衣长"],
                1,
            ),
        ],
        graded(
            "胸围", "干洗后尺寸变化率", "%", "range", ["−0.8～+0.8", "−1.0～+1.0", "−1.5～+1.0"], ["胸围"], 1
        ),
        [
            C("耐干洗色牢度　≥", rs=2, align="l"),
            *graded("变色", "耐干洗色牢度", "级", ">=", ["4", "4", "3"], ["变色"], 1),
        ],
        graded("沾色", "耐干洗色牢度", "级", ">=", ["4", "3", "3"], ["沾色"], 1),
        [
            C("耐摩擦色牢度　≥", rs=2, align="l"),
            *graded("干摩", "耐摩擦色牢度", "级", ">=", ["4", "3", "3"], ["干摩"], 1),
        ],
        graded("湿摩", "耐摩擦色牢度", "级", ">=", ["3", "3", "2"], ["湿摩"], 1),
        [
            C("耐汗渍色牢度　≥", rs=2, align="l"),
            *graded("变色", "耐汗渍色牢度", "级", ">=", ["4", "3", "3"], ["变色"], 1),
        ],
        graded("沾色", "耐汗渍色牢度", "级", ">=", ["4", "3", "3"], ["沾色"], 1),
        [
            C("起毛起球<sup>a</sup>　≥", rs=2, align="l"),
            *graded("精梳", "起毛起球", "级", ">=", ["4", "3", "3"], ["精梳", WOOL], 1),
        ],
        graded("粗梳", "起毛起球", "级", ">=", ["3", "3", "2"], ["粗梳", WOOL], 1),
        graded("面料撕破强力　≥", "面料撕破强力", "N", ">=", ["10"]),
        [
            C("缝子纰裂程度　≤", rs=2, align="l"),
            *graded("后背缝", "缝子纰裂程度", "mm", "<=", ["6"], ["后背缝"], 1),
        ],
        graded("袖窿缝", "缝子纰裂程度", "mm", "<=", ["6"], ["袖窿缝"], 1),
    ]
    d.table(
        "1",
        "内在质量要求",
        rows,
        head=2,
        widths=[34, 16, 14, 30, 30, 30],
        footnotes=[f"a　{WOOL}。"],
    )
    d.cl("4.3", "针距密度应符合表2的规定。")
    stitches = [
        ["项　目", "针距密度", "备　注"],
        ["明暗线", V("不少于12针/3 cm", R("针距密度", ">=", 12, "针/3 cm", cond=["明暗线"])), "—"],
        ["包缝线", V("不少于9针/3 cm", R("针距密度", ">=", 9, "针/3 cm", cond=["包缝线"])), "—"],
        [
            "手工针",
            V("不少于7针/3 cm", R("针距密度", ">=", 7, "针/3 cm", cond=["手工针"])),
            V(
                "肩缝、袖窿、领子不少于9针/3 cm",
                R("针距密度", ">=", 9, "针/3 cm", cond=["手工针", "肩缝、袖窿、领子"]),
            ),
        ],
    ]
    d.table("2", "针距密度", stitches, widths=[40, 50, 60], cont=False)
    d.cl(
        "4.4",
        "袖缝、摆缝对称部位色差",
        V("不低于4级", R("色差", ">=", 4, "级", cond=["袖缝、摆缝对称部位"])),
        Foot("1)", "色差按GB/T 250评定，对称部位系指同一成品左右两侧相对应的部位。"),
        "。",
    )
    d.h("5", "检验方法")
    d.cl("5.1", "干洗后尺寸变化率按GB/T 19981.2测定，采用常规干洗程序，洗涤1次。")
    d.cl("5.2", "起毛起球按GB/T 4802.1测定，精梳面料摩擦400次，粗梳面料摩擦600次。")
    d.cl("5.3", "缝子纰裂程度：在缝口处施加100 N的拉力，测量缝口脱开的最大距离。")
    d.h("6", "检验规则")
    d.cl("6.1", "外观质量检验按批量抽样：500件以下抽验10件，500件～1 000件抽验20件。")
    d.cl("6.2", "内在质量按批检验，每批随机抽取4件。")
    d.h("7", "包装和标志")
    d.p("每件西服应吊挂包装或折叠包装，标志应符合GB/T 5296.4的规定。")
    return d
