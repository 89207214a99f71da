"""FZ/T sector standard 棉袜 (dev): a grade ladder 优等品 / 一等品 / 合格品 across a full-grid natural table
whose units sit in a 单位 column, sub-labels (变色 / 沾色, 干摩 / 湿摩) down the rows under a parent label,
values merged over the grades, a pH range and a fibre content; a size tolerance ±x without a centre in a
second table by size band (xtable); an appearance-defects clause with counts per grade; the fibre-content
tolerance relative to the label (not counted).  The levels echo the textile sector standard for socks as
remembered; the number and every figure are invented."""

from kit import C, Doc, R, V, front, references

GRADES = ["优等品", "一等品", "合格品"]


def graded(label, name: str, unit: str | None, cmp: str, texts: list[str], cond=(), span=2) -> list:
    cells: list = [C(label, align="l", cs=span)] if span else []
    cells.append(unit or "—")
    if len(texts) == 1:
        recs = [R(name, cmp, float(texts[0]), unit, grade=g, cond=list(cond)) for g in GRADES]
        cells.append(C(V(texts[0], *recs), cs=3))
    elif len(texts) == 2:
        cells.append(V(texts[0], R(name, cmp, float(texts[0]), unit, grade=GRADES[0], cond=list(cond))))
        recs = [R(name, cmp, float(texts[1]), unit, grade=g, cond=list(cond)) for g in GRADES[1:]]
        cells.append(C(V(texts[1], *recs), cs=2))
    else:
        cells += [
            V(t, R(name, cmp, float(t), unit, grade=g, cond=list(cond)))
            for t, g in zip(texts, GRADES, strict=True)
        ]
    return cells


def build() -> Doc:
    d = Doc(
        stem="cx_socks_01",
        category="棉袜",
        code="1763",
        kind="FZ/T",
        mark="FZ",
        short="棉袜",
        number="FZ/T 73086—2026",
        title=["棉袜"],
        title_en="Cotton socks",
        ics="59.080.30",
        ccs="W 63",
        filing="80215—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-06-05",
        effective="2027-01-01",
    )
    front(
        d,
        "本文件由中国纺织工业联合会提出。",
        "本文件由全国纺织品标准化技术委员会针织品分技术委员会（SAC/TC 209/SC 6）归口。",
        "本文件起草单位：浙江诸暨袜业研究院、国家针织产品质量检验检测中心。",
    )
    d.h("1", "范围")
    d.p("本文件规定了棉袜的号型、技术要求、试验方法、检验规则、包装和标志。")
    d.p("本文件适用于棉纤维含量不低于50%的针织袜子，其他天然纤维袜子可参照执行。")
    references(
        d,
        "2",
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 2912.1　纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3922　纺织品　色牢度试验　耐汗渍色牢度",
        "GB/T 7573　纺织品　水萃取液pH值的测定",
        "GB/T 12705.1　纺织品　织物防钻绒性试验方法",
        "FZ/T 01057　纺织纤维鉴别试验方法",
    )
    d.h("3", "号型")
    d.p("袜子号型按袜底长度表示，以1 cm为一档，如22号表示袜底长度为22 cm。")
    d.h("4", "技术要求")
    d.cl("4.1", "要求分为内在质量和外观质量。内在质量按批评等，外观质量按只评等，以其中最低等级定等。")
    d.cl("4.2", "内在质量应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("单位", rs=2), C("要　求", cs=3)],
        GRADES,
        graded("棉纤维含量　≥", "棉纤维含量", "%", ">=", ["75", "65", "50"]),
        graded("甲醛含量　≤", "甲醛含量", "mg/kg", "<=", ["75"]),
        [
            C("pH值", align="l", cs=2),
            "—",
            C(V("4.0～8.5", *[R("pH值", "range", 4.0, None, grade=g, vmax=8.5) for g in GRADES]), cs=3),
        ],
        [
            C("耐水色牢度　≥", rs=2, align="l"),
            *graded("变色", "耐水色牢度", "级", ">=", ["4", "3"], ["变色"], 1),
        ],
        graded("沾色", "耐水色牢度", "级", ">=", ["4", "3"], ["沾色"], 1),
        [
            C("耐汗渍色牢度　≥", rs=2, align="l"),
            *graded("变色", "耐汗渍色牢度", "级", ">=", ["4", "3"], ["变色"], 1),
        ],
        graded("沾色", "耐汗渍色牢度", "级", ">=", ["4", "3", "3"], ["沾色"], 1),
        [
            C("耐摩擦色牢度　≥", rs=2, align="l"),
            *graded("干摩", "耐摩擦色牢度", "级", ">=", ["4", "4", "3"], ["干摩"], 1),
        ],
        graded("湿摩", "耐摩擦色牢度", "级", ">=", ["3", "3", "2"], ["湿摩"], 1),
        graded("袜口延伸值（横向）　≥", "袜口延伸值（横向）", "cm", ">=", ["18", "16", "14"]),
        graded("顶破强力　≥", "顶破强力", "N", ">=", ["250", "220", "180"]),
    ]
    d.table("1", "内在质量要求", rows, head=2, widths=[34, 16, 16, 26, 26, 26])
    d.cl(
        "4.3",
        "纤维含量允差按FZ/T 01053执行，标注值以外的纤维含量偏差不应超过标注值的5%。",
    )
    d.cl("4.4", "主要规格尺寸偏差应符合表2的规定。")
    sizes = [
        [C("号　型", rs=2), "袜底长偏差", "袜口长偏差"],
        ["cm", "cm"],
        [
            "20号以下",
            V("±0.8", R("袜底长偏差", "range", -0.8, "cm", vmax=0.8, cond=["20号以下"])),
            V("±0.5", R("袜口长偏差", "range", -0.5, "cm", vmax=0.5, cond=["20号以下"])),
        ],
        [
            "20号～24号",
            V("±1.0", R("袜底长偏差", "range", -1.0, "cm", vmax=1.0, cond=["20号～24号"])),
            C(
                V(
                    "±0.8",
                    R("袜口长偏差", "range", -0.8, "cm", vmax=0.8, cond=["20号～24号"]),
                    R("袜口长偏差", "range", -0.8, "cm", vmax=0.8, cond=["24号以上"]),
                ),
                rs=2,
            ),
        ],
        [
            "24号以上",
            V("±1.2", R("袜底长偏差", "range", -1.2, "cm", vmax=1.2, cond=["24号以上"])),
        ],
    ]
    d.table("2", "规格尺寸偏差", sizes, head=2, widths=[40, 40, 40], engine="xtable")
    d.cl("4.5", "外观质量：")
    d.item(
        "a)",
        "同双色差：优等品",
        V("不低于4级", R("同双色差", ">=", 4, "级", grade="优等品")),
        "，一等品和合格品",
        V(
            "不低于3级",
            R("同双色差", ">=", 3, "级", grade="一等品"),
            R("同双色差", ">=", 3, "级", grade="合格品"),
        ),
        "；",
    )
    d.item(
        "b)",
        "表面疵点：优等品不允许有破洞、漏针、断纱；一等品和合格品",
        V(
            "每只不超过1处",
            R("表面疵点", "<=", 1, "处", grade="一等品", cond=["每只"]),
            R("表面疵点", "<=", 1, "处", grade="合格品", cond=["每只"]),
        ),
        "轻微疵点；",
    )
    d.item("c)", "缝头应平整牢固，无明显歪斜。")
    d.h("5", "试验方法")
    d.cl("5.1", "纤维含量按FZ/T 01057和GB/T 2910测定。")
    d.cl("5.2", "袜口延伸值：将袜口平放，以（20±1）N的拉力横向拉伸，测量拉伸后的宽度。")
    d.cl("5.3", "顶破强力：按GB/T 19976钢球法测定，钢球直径38 mm，速度（300±10）mm/min。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一品种、同一规格的产品为一批，每批抽取20双进行外观检验，4双进行内在质量检验。")
    d.cl("6.2", "外观质量不合格数不超过2双时，判该批合格。")
    d.h("7", "包装和标志")
    d.p("包装和标志应符合FZ/T 73012的规定，使用说明应符合GB/T 5296.4的规定。")
    return d
