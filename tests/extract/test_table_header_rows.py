"""Header rows a table prints under its names (session 13, found on corpus/weasy's DEV split), each on a table
built by hand beside its negative twin: a row of comparator words under the indicators of a transposed table,
each header row ruled off as a browser or word processor draws a header of two rows."""

from __future__ import annotations

import pytest
from parse.builders import PAGE_HEIGHT, PAGE_WIDTH, line
from parse.tablepages import Sheet, Span, set_line, sheet_page, text_width

from std_extract.document import Page, ParsedDocument, Source, Table, TableCell, TextLine
from std_extract.extract.labels import split_label
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.model import HRule, PageScan
from std_extract.parse.tables import pages_to_tables
from std_extract.parse.textheader import printed_rows, values_across_dropped
from std_extract.parse.textsegments import Segment, line_segments
from std_extract.rules import default_rules

RULES = default_rules()

# A dehumidifier's transposed table (GB/T 19411-style): capacity classes down the rows, the indicators
# across, their comparators printed once as words on a header row of their own
SIGN_WORDS = Sheet(
    [
        Span("名义除湿量D", 0, 0, 2, 1),
        *(Span(t, 0, c) for c, t in enumerate(["能效系数（L/kWh）", "噪声/dB(A)", "水箱有效容积（L）"], 1)),
        *(Span(t, 1, c) for c, t in enumerate(["不小于", "不大于", "不小于"], 1)),
    ],
    [["D≤12 L/d", "1.40", "45", "2.0"], ["12 L/d＜D≤25 L/d", "1.60", "48", "3.5"]],
    caption="表1 能效系数、噪声和水箱有效容积",
    header_rows=2,
    centred=True,
)


def _read(scan) -> list[tuple]:
    tables, _ = pages_to_tables([scan])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.comparator, i.value, i.unit, tuple(i.conditions))
        for table in tables
        for i in table_to_indicators(table, document, RULES)
    ]


def _each_header_row_ruled(scan):
    """The three-line scan with a full-width rule between its two header rows, as a browser draws the
    border under each row of a table's head."""
    top, under, bottom = scan.rules
    names = min(ln.bbox[3] for ln in scan.page.lines if ln.bbox[1] > top.y)
    between = HRule(x0=top.x0, x1=top.x1, y=names + 1.5)
    return scan.model_copy(update={"rules": [top, between, under, bottom]})


@pytest.mark.parametrize("ruled", [False, True])
def test_table_header_rows_comparator_words_under_the_names(ruled: bool):
    scan = sheet_page(SIGN_WORDS, "three_line")
    found = _read(_each_header_row_ruled(scan) if ruled else scan)
    assert ("能效系数", ">=", 1.4, "L/kWh", ("D≤12 L/d",)) in found
    assert ("噪声", "<=", 48.0, "dB(A)", ("12 L/d＜D≤25 L/d",)) in found
    assert ("水箱有效容积", ">=", 3.5, "L", ("12 L/d＜D≤25 L/d",)) in found
    assert len(found) == 6 and not any(f[1] == "=" for f in found)


def test_table_header_rows_comparator_words_negative_twins():
    # a word comparator ends a label after a space, a unit or its bracket; inside words it is the name's
    label = split_label("灰分/% 不大于", RULES.values.unit_words)
    assert (label.name, label.unit, label.comparator) == ("灰分", "%", "<=")
    assert split_label("每日不少于", RULES.values.unit_words).comparator is None
    assert split_label("粒径不大于", RULES.values.unit_words).comparator is None
    # a row of words with numbers under the names is the first body row, not a header row
    sheet = Sheet(
        [Span(t, 0, c) for c, t in enumerate(["名义除湿量D", "能效系数（L/kWh）", "噪声/dB(A)"])],
        [["D≤12 L/d", "不小于1.40", "不大于45"], ["D＞12 L/d", "不小于1.60", "不大于48"]],
        caption="表1 能效系数和噪声",
        centred=True,
    )
    scan = sheet_page(sheet, "three_line")
    top, under, bottom = scan.rules
    first_row = min(ln.bbox[3] for ln in scan.page.lines if ln.bbox[1] > under.y)
    rules = [top, under, HRule(x0=top.x0, x1=top.x1, y=first_row + 1.5), bottom]
    found = _read(scan.model_copy(update={"rules": rules}))
    assert ("能效系数", ">=", 1.4, "L/kWh", ("D≤12 L/d",)) in found and len(found) == 4


def _table(head: list[str], body: list[list[str]]) -> Table:
    rows = [
        [
            TableCell(row=r, col=c, text=t, page=3, bbox=(60.0 * c, 20.0 * r, 60.0 * c + 50, 20.0 * r + 8))
            for c, t in enumerate(row)
        ]
        for r, row in enumerate(body)
    ]
    return Table(number="1", pages=[3], columns=head, header_rows=[head], rows=rows, clause="4.1")


def _found(table: Table, title: str = "面膜") -> list[tuple]:
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    document.metadata.title = title
    found = table_to_indicators(table, document, RULES)
    return [(i.name, i.comparator, i.value_text, tuple(i.conditions)) for i in found]


SENSORY = [["外观", "膜布完整，无破损", "均匀膏体，无异物"], ["香气", "符合规定香型", "符合规定香型"]]


def test_table_header_rows_kinds_of_the_product_over_worded_requirements():
    # 项目 | 贴片面膜 | 膏（泥）状面膜 over sensory requirements only: each kind's requirement (the kinds'
    # columns held words only and were taken for more row labels: the table stated nothing)
    found = _found(_table(["项目", "贴片面膜", "膏（泥）状面膜"], SENSORY))
    assert ("外观", "qualitative", "膜布完整，无破损", ("贴片面膜",)) in found
    assert ("香气", "qualitative", "符合规定香型", ("膏（泥）状面膜",)) in found
    assert len(found) == 4


def test_table_header_rows_kinds_of_the_product_negative_twins():
    # a label word heading the second column (部位, 类别) keeps it a label; no items header, no requirements
    assert _found(_table(["项目", "部位", "说明"], [["温升", "手柄", "不烫手"]])) == []
    assert _found(_table(["食品类别", "贴片面膜", "膏状面膜"], SENSORY)) == []
    # one label over two columns (项目 | 项目): the second is the sub-item, no kind
    assert _found(_table(["项目", "项目", "说明"], [["外观", "表面", "平整"]])) == []
    # headers that are no kinds of the standard's product (检验项目 | 出厂检验 | 型式检验 in a 面膜 standard,
    # or the kinds under another title), and marks instead of worded requirements: no requirements
    assert _found(_table(["项目", "贴片面膜", "膏（泥）状面膜"], SENSORY), title="化妆品用毛巾") == []
    checks = [["外观", "出厂时逐批检验", "每年检验一次"]]
    assert _found(_table(["检验项目", "出厂检验", "型式检验"], checks)) == []
    marks = [["外观", "√", "√"], ["香气", "√", "—"]]
    assert _found(_table(["项目", "贴片面膜", "膏（泥）状面膜"], marks)) == []


# GB 2716-style 理化指标 as a browser prints it: 项目 and 检验方法 merged down the two header rows, 指标
# over three kinds of oil with its border under it only, the kinds' names set in the middle of their cells
# (one wraps over two lines, one does not), each label's ≤ padded to the end of its cell, a value merged
# across 植物原油 and 食用植物油 centred between them
def _label(label: str, top: float, *cells: tuple[float, str]):
    sign = 74 + text_width(label) + 18  # the sign padded a few ems after the label
    return set_line(3, [(74, label), (sign, "≤"), *cells], top)


OIL_LINES = [
    line(3, "表2 理化指标", 100.0, 250.0),
    set_line(3, [(304, "指标")], 124),
    set_line(
        3, [(118, "项目"), (263, "食用植物油（包括调"), (372, "煎炸过程中的食用"), (470, "检验方法")], 143
    ),
    set_line(3, [(207, "植物原油")], 152),
    set_line(3, [(290, "和油）"), (394, "植物油")], 158),
    _label("酸价（KOH）/(mg/g)", 178, (221, "4"), (301, "3"), (394, "5"), (470, "GB 5009.229")),
    _label("过氧化值/(g/100 g)", 196, (262, "0.25"), (393, "—"), (470, "GB 5009.227")),
    _label("极性组分/%", 214, (221, "—"), (300, "—"), (392, "27"), (470, "GB 5009.202")),
    _label("溶剂残留量/(mg/kg)", 232, (221, "—"), (297, "20"), (393, "—"), (470, "GB 5009.262")),
]
OIL_RULES = [HRule(x0=60, x1=535, y=y) for y in (120, 172, 250)]
OIL_RULES.insert(1, HRule(x0=190, x1=460, y=139))  # the border under 指标 only
OILS = ("植物原油", "食用植物油（包括调和油）", "煎炸过程中的食用植物油")


def _oil_page(lines=OIL_LINES, rules=OIL_RULES) -> PageScan:
    return PageScan(page=Page(number=3, width=PAGE_WIDTH, height=PAGE_HEIGHT, lines=lines), rules=rules)


def test_table_header_rows_group_border_cells_set_at_several_heights_and_padded_signs():
    [table] = pages_to_tables([_oil_page()])[0]
    assert table.columns == ["项目", *(f"指标/{oil}" for oil in OILS), "检验方法"]
    found = _read(_oil_page())
    assert ("酸价（KOH）", "<=", 4.0, "mg/g", (OILS[0],)) in found
    assert [f[4] for f in found if f[0] == "过氧化值"] == [(OILS[0],), (OILS[1],)]  # merged across two
    assert ("极性组分", "<=", 27.0, "%", (OILS[2],)) in found
    assert ("溶剂残留量", "<=", 20.0, "mg/kg", (OILS[1],)) in found
    assert len(found) == 7


def test_table_header_rows_group_border_negative_twins():
    # a header of one printed row per line (nothing overlapping) keeps its lines as rows
    lines = [line(3, "a", 10.0), line(3, "b", 30.0)]
    segments = [line_segments(ln) for ln in lines]
    assert printed_rows(lines, segments) == segments
    # a sign alone after a label joins it; a line of signs alone ("≥  ≥  ≤" under the units) stays
    assert [
        s.text for s in line_segments(set_line(3, [(74, "铅/(mg/kg)"), (150, "≤"), (220, "0.5")], 0))
    ] == [
        "铅/(mg/kg) ≤",
        "0.5",
    ]
    assert [s.text for s in line_segments(set_line(3, [(150, "≥"), (220, "≥"), (290, "≤")], 0))] == [
        "≥",
        "≥",
        "≤",
    ]

    # a narrow column of values under the wide header of the next: merged across when its values never
    # share a line with that column's; a value beside one of them on a line makes it a column of its own
    def seg(x0: float, x1: float, text: str) -> Segment:
        return Segment(x0, x1, text, (x0, 0.0, x1, 9.0))

    columns = [(74.0, 188.0), (221.0, 229.0), (264.0, 281.0), (295.0, 313.0), (388.0, 406.0)]
    leaf = [
        seg(118, 145, "项目"),
        seg(207, 243, "植物原油"),
        seg(263, 344, "食用植物油"),
        seg(361, 433, "煎炸"),
    ]
    rows = [[seg(221, 229, "4"), seg(301, 306, "3")], [seg(264, 281, "0.25")], [seg(300, 308, "—")]]
    assert values_across_dropped(columns, [leaf], rows) == [c for c in columns if c[0] != 264.0]
    rows[2].insert(0, seg(264, 281, "0.5"))
    assert values_across_dropped(columns, [leaf], rows) == columns


# A chemical product's requirement table as pdfLaTeX sets it (booktabs): 指标 over two classes, Ⅰ类 over
# one grade and Ⅱ类 over the 优等品 / 一等品 / 合格品 ladder, a \cmidrule under 指标 and one under Ⅱ类, the
# row-label header 项目 \multirow'd down the three header rows, its middle a little above the classes' line
# (a line of its own); a value centred under Ⅱ类 with its grades blank holds for all three
def _class_page(item_top: float = 156.0, rules_under: bool = True) -> PageScan:
    grade_x = [250, 320, 390, 460]

    def row(label: str, sign: str, values: list[str], top: float) -> TextLine:
        cells = [(x + 4, v) for x, v in zip(grade_x, values, strict=True) if v]
        return set_line(3, [(64, label), (180, sign), *cells], top)

    lines = [
        line(3, "表1 要求", 100.0, 250.0),
        set_line(3, [(340, "指标")], 126),
        set_line(3, [(110, "项目")], item_top),
        set_line(3, [(250, "Ⅰ类"), (390, "Ⅱ类")], 160),
        set_line(3, list(zip(grade_x, ["优等品", "优等品", "一等品", "合格品"], strict=True)), 180),
        row("总碱量w/%", "≥", ["99.4", "99.2", "98.8", "98.0"], 202),
        row("堆积密度/(g/mL)", "≥", ["0.85", "", "0.90", ""], 222),
        row("水不溶物w/%", "≤", ["0.02", "0.04", "0.10", "0.15"], 242),
    ]
    rules = [HRule(x0=60, x1=510, y=y) for y in (120, 196, 260)]
    if rules_under:
        rules += [HRule(x0=240, x1=500, y=140), HRule(x0=310, x1=500, y=175)]  # \cmidrule under 指标, Ⅱ类
    rules.sort(key=lambda r: r.y)
    return PageScan(page=Page(number=3, width=PAGE_WIDTH, height=PAGE_HEIGHT, lines=lines), rules=rules)


@pytest.mark.parametrize("item_top", [156.0, 160.0])  # 项目 on a line of its own, or on the classes' line
def test_table_header_rows_classes_over_a_grade_ladder(item_top: float):  # pt_sodaash_01 表1
    [table] = pages_to_tables([_class_page(item_top)])[0]
    assert table.header_rows == [
        ["项目", "指标", "指标", "指标", "指标"],
        ["项目", "Ⅰ类", "Ⅱ类", "Ⅱ类", "Ⅱ类"],
        ["项目", "优等品", "优等品", "一等品", "合格品"],
    ]
    found = _read(_class_page(item_top))
    assert ("总碱量", ">=", 99.4, "%", ("Ⅰ类",)) in found and ("总碱量", ">=", 98.0, "%", ("Ⅱ类",)) in found
    assert [f[4] for f in found if f[0] == "堆积密度"] == [("Ⅰ类",), ("Ⅱ类",), ("Ⅱ类",), ("Ⅱ类",)]
    assert not any(f[0] == "项目" for f in found) and len(found) == 12
