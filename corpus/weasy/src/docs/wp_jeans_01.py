"""FZ/T-style 纺织行业标准 牛仔服装 (dev): an internal-quality table with grade columns
优等品 / 一等品 / 合格品 and a 单位 column, rows nested under a spanning label (经向 / 纬向, 变色 / 沾色,
干摩 / 湿摩: conditions), dimensional change as ranges with ～ and signs (−2.0～+1.0), a value merged
across grades, a reference row (not counted); a seam table running onto the next page as 续表 with its
header repeated; notes 注1 / 注2.  Echoes the structure of the real FZ/T 81006; every figure here is
invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V

GR = ["优等品", "一等品", "合格品"]


def build() -> Doc:
    d = Doc(
        stem="wp_jeans_01",
        category="牛仔服装",
        code="1819",
        kind="FZ/T",
        mark="FZ",
        number="FZ/T 81006—2026",
        title=["牛仔服装"],
        title_en="Denim garments",
        replaces=["FZ/T 81006—2017"],
        ics="61.020",
        ccs="W 76",
        filing="80011—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-04-11",
        effective="2026-10-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替FZ/T 81006—2017《牛仔服装》，与FZ/T 81006—2017相比，主要技术变化如下：",
        "——修改了水洗尺寸变化率；",
        "——增加了弹性牛仔服装的伸长率和回复率要求。",
        "本文件由中国纺织工业联合会提出。",
        "本文件由全国服装标准化技术委员会（SAC/TC 219）归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了牛仔服装的要求、检验方法、检验规则，以及标志、包装、运输和贮存。")
    d.p("本文件适用于以牛仔布为主要面料生产的服装。")
    d.h("2", "规范性引用文件")
    d.p("GB 18401　国家纺织产品基本安全技术规范")
    d.p("GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度")
    d.p("GB/T 8630　纺织品　洗涤和干燥后尺寸变化的测定")
    d.h("3", "要求")
    d.h("3.1", "基本安全性能")
    d.p("基本安全性能应符合GB 18401的规定。")
    d.h("3.2", "内在质量")
    d.p("内在质量应符合表1的规定。")

    def g3(name, unit, texts, cmp, cond):
        out = []
        for t, g in zip(texts, GR, strict=False):
            v = float(t.lstrip("≤≥"))
            out.append(V(t, R(name, cmp, v, unit, grade=g, cond=cond)))
        return out

    def rng(name, texts, cond):
        out = []
        for (lo, hi), g in zip(texts, GR, strict=False):
            text = f"{lo}～{hi}"
            out.append(
                V(
                    text,
                    R(
                        name,
                        "range",
                        float(lo.replace("−", "-")),
                        "%",
                        grade=g,
                        cond=cond,
                        vmax=float(hi.replace("+", "")),
                    ),
                )
            )
        return out

    d.table(
        "1",
        "内在质量要求",
        [
            [C("项目", cs=2), "单位", *GR],
            [
                C("水洗尺寸变化率", rs=2, align="l"),
                "经向",
                C("%", rs=2),
                *rng("水洗尺寸变化率", [("−2.0", "+1.0"), ("−3.0", "+1.5"), ("−4.0", "+2.0")], ["经向"]),
            ],
            [
                "纬向",
                *rng("水洗尺寸变化率", [("−1.5", "+1.0"), ("−2.5", "+1.5"), ("−3.5", "+2.0")], ["纬向"]),
            ],
            [
                C("耐摩擦色牢度", rs=2, align="l"),
                "干摩",
                C("级", rs=2),
                *g3("耐摩擦色牢度", "级", ["≥3", "≥3", "≥2"], ">=", ["干摩"]),
            ],
            ["湿摩", *g3("耐摩擦色牢度", "级", ["≥2", "≥1", "≥1"], ">=", ["湿摩"])],
            [
                C("耐皂洗色牢度", rs=2, align="l"),
                "变色",
                C("级", rs=2),
                *g3("耐皂洗色牢度", "级", ["≥4", "≥3", "≥3"], ">=", ["变色"]),
            ],
            ["沾色", *g3("耐皂洗色牢度", "级", ["≥3", "≥3", "≥2"], ">=", ["沾色"])],
            [
                C("撕破强力", rs=2, align="l"),
                "经向",
                C("N", rs=2),
                C(V("≥15.0", *[R("撕破强力", ">=", 15.0, "N", grade=g, cond=["经向"]) for g in GR]), cs=3),
            ],
            [
                "纬向",
                C(V("≥12.0", *[R("撕破强力", ">=", 12.0, "N", grade=g, cond=["纬向"]) for g in GR]), cs=3),
            ],
            [
                C("弹性回复率<sup>a</sup>", cs=2, align="l"),
                "%",
                *g3("弹性回复率", "%", ["≥90", "≥85", "≥80"], ">=", ["仅考核弹性牛仔服装"]),
            ],
            [C("纤维含量允差", cs=2, align="l"), "%", C("按FZ/T 01053执行", cs=3)],
        ],
        widths=[34, 18, 16, 32, 32, 32],
        style="outer",
        notes=["注1：水洗尺寸变化率中“−”表示收缩，“+”表示伸长。", "注2：耐摩擦色牢度只考核深色产品的湿摩。"],
        footnotes=["<sup>a</sup>　仅考核弹性牛仔服装。"],
    )
    d.h("3.3", "缝制质量")
    d.p("缝制质量应符合表2的规定。")
    seams = [
        ("针距密度", "针/3 cm", "明线", "≥12", ">=", 12),
        ("针距密度", "针/3 cm", "暗线", "≥11", ">=", 11),
        ("针距密度", "针/3 cm", "包缝线", "≥10", ">=", 10),
        ("缝子纰裂程度", "mm", "后裆缝", "≤6", "<=", 6),
        ("缝子纰裂程度", "mm", "侧缝", "≤6", "<=", 6),
        ("缝子纰裂程度", "mm", "袖窿缝", "≤5", "<=", 5),
        ("裤后裆缝接缝强力", "N", "—", "≥140", ">=", 140),
        ("腰头接缝强力", "N", "—", "≥100", ">=", 100),
        ("门襟拉链拉合次数", "次", "—", "≥500", ">=", 500),
    ]
    rows: list[list[Any]] = [["项目", "部位", "单位", "要求"]]
    for name, unit, where, text, cmp, v in seams:
        rows.append(
            [
                C(name, align="l"),
                where,
                unit,
                V(text, R(name, cmp, v, unit, cond=[] if where == "—" else [where])),
            ]
        )
    d.table(
        "2",
        "缝制质量要求",
        rows,
        widths=[52, 34, 28, 40],
        style="zebra",
        split=6,
        notes=["注：纰裂程度试验负荷为100 N。"],
    )
    d.h("4", "检验方法")
    d.cl("4.1", "水洗尺寸变化率按GB/T 8630测定，采用5A程序洗涤，悬挂晾干。")
    d.cl("4.2", "耐摩擦色牢度按GB/T 3920测定。")
    d.h("5", "检验规则")
    d.cl("5.1", "同一品种、同一色别的产品为一批，每批按品种、色别随机抽取4件～6件。")
    d.cl("5.2", "成品外观质量每批抽验的不合格品数不超过1件时判该批合格。")
    return d
