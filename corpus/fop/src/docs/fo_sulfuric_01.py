"""GB/T chemical product 工业硫酸 (dev): class columns (浓硫酸 / 发烟硫酸) over 优等品 / 一等品 / 合格品
under a two-row header, the unit and comparator at the end of the row label (``灰分的质量分数/%　≤``),
values merged over grades, "—" cells, a table footnote restricting a row, a note; an ``fo:footnote`` on a
clause; sampling and test conditions in clauses (not indicators).  The levels echo the national standard
for sulfuric acid for industrial use as remembered; the 2026 edition and every figure are invented."""

from kit import SAMR, C, Doc, Foot, R, V, front, ladder, references

GRADES = ["优等品", "一等品", "合格品"]
COLUMNS = [(cls, g) for cls in ("浓硫酸", "发烟硫酸") for g in GRADES]


def row(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    return ladder(label, name, unit, cmp, texts, COLUMNS, cond=cond)


def build() -> Doc:
    d = Doc(
        stem="fo_sulfuric_01",
        category="工业硫酸",
        code="2611",
        kind="GB/T",
        mark="GB/T",
        short="工业硫酸",
        number="GB/T 534—2026",
        replaces=["GB/T 534—2014"],
        title=["工业硫酸"],
        title_en="Sulphuric acid for industrial use",
        ics="71.060.30",
        ccs="G 11",
        issuers=SAMR,
        issued="2026-03-09",
        effective="2026-10-01",
    )
    front(
        d,
        "GB/T 534—2014",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        "——修改了浓硫酸优等品的铁和砷指标（见第4章）；",
        "——增加了汞的测定方法（见5.6）。",
    )
    d.h("1", "范围")
    d.p("本文件规定了工业硫酸的分类、要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以硫铁矿、硫黄、冶炼烟气等为原料采用接触法生产的工业硫酸。")
    references(
        d,
        "2",
        "GB 190　危险货物包装标志",
        "GB/T 601　化学试剂　标准滴定溶液的制备",
        "GB/T 3049　化工产品中铁含量测定的通用方法　1,10-菲啰啉分光光度法",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
    )
    d.h("3", "分类")
    d.p("工业硫酸分为浓硫酸和发烟硫酸两类，每类分为优等品、一等品和合格品三个等级。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "外观：",
        V("无色透明或微黄色油状液体", R("外观", "qualitative", text="无色透明或微黄色油状液体")),
        "。",
    )
    d.cl("4.2", "工业硫酸应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("浓硫酸", cs=3), C("发烟硫酸", cs=3)],
        GRADES * 2,
        row(
            "硫酸（H<sub>2</sub>SO<sub>4</sub>）的质量分数/%　≥",
            "硫酸（H2SO4）的质量分数",
            "%",
            ">=",
            ["98.0", "=", "97.0", "—", "=", "="],
        ),
        row(
            "游离三氧化硫（SO<sub>3</sub>）的质量分数/%　≥",
            "游离三氧化硫（SO3）的质量分数",
            "%",
            ">=",
            ["—", "=", "=", "20.0", "=", "="],
        ),
        row(
            "灰分的质量分数/%　≤",
            "灰分的质量分数",
            "%",
            "<=",
            ["0.02", "0.03", "0.10", "0.02", "0.03", "0.10"],
        ),
        row(
            "铁（Fe）的质量分数/%　≤",
            "铁（Fe）的质量分数",
            "%",
            "<=",
            ["0.005", "0.010", "—", "0.005", "0.010", "0.030"],
        ),
        row(
            "砷（As）的质量分数/%　≤",
            "砷（As）的质量分数",
            "%",
            "<=",
            ["0.000 1", "0.001", "0.01", "0.000 1", "0.000 1", "—"],
        ),
        row(
            "汞（Hg）的质量分数/%　≤", "汞（Hg）的质量分数", "%", "<=", ["0.001", "0.01", "—", "—", "=", "="]
        ),
        row(
            "铅（Pb）的质量分数/%　≤",
            "铅（Pb）的质量分数",
            "%",
            "<=",
            ["0.005", "0.02", "—", "0.005", "—", "="],
        ),
        row(
            "透明度/mm　≥",
            "透明度",
            "mm",
            ">=",
            ["80|a", "50|a", "—", "—", "=", "="],
            cond=["仅适用于硫黄制酸的产品"],
        ),
        row("色度/mL　≤", "色度", "mL", "<=", ["2.0", "=", "—", "—", "=", "="]),
    ]
    d.table(
        "1",
        "工业硫酸的要求",
        rows,
        head=2,
        widths=[56, 18, 18, 18, 18, 18, 18],
        notes=["注：指标中的“—”表示该等级对此项目不作要求。"],
        footnotes=["a　仅适用于硫黄制酸的产品。"],
    )
    d.cl(
        "4.3",
        "用于食品加工助剂的浓硫酸，其硒（Se）的质量分数",
        V("不应大于0.002%", R("硒（Se）的质量分数", "<=", 0.002, "%", cond=["用于食品加工助剂的浓硫酸"])),
        Foot("1)", "食品加工助剂用途的其他要求按相关食品安全国家标准执行。"),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "硫酸含量：以甲基红-亚甲基蓝为指示剂，用氢氧化钠标准滴定溶液（c＝0.5 mol/L）滴定。")
    d.cl("5.2", "灰分：将试样蒸发至干，于（800±50）℃灼烧15 min，称量残渣。")
    d.cl("5.3", "铁含量：按GB/T 3049测定，于510 nm处测量吸光度。")
    d.cl("5.4", "透明度：将试样注入透明度计中，读取能清晰看到十字线时液柱的高度。")
    d.h("6", "检验规则")
    d.cl("6.1", "每批产品不超过500 t。按GB/T 6678的规定确定采样单元数，每个采样单元采样量不少于500 mL。")
    d.cl("6.2", "检验结果如有一项指标不符合本文件要求，应重新自两倍量的包装中采样复验。")
    d.h("7", "标志、包装、运输和贮存")
    d.p(
        "包装容器上应有牢固清晰的标志，包括GB 190规定的“腐蚀"
        "性物质”标志。产品用槽车或耐酸容器包装，贮存于干燥通风处。"
    )
    return d
