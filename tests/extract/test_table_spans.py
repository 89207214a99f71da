"""Merged cells of tables printed without column rules (session 13, found on corpus/weasy's DEV split:
a frame and a header rule only, or banded rows), each on a table built by hand beside its negative twin.

A word processor or a browser sets a merged cell's text in the middle of the cells it covers, and
without column or row rules nothing else shows the merge: a label and its unit merged down two
sub-items sit on a line of their own between them; a value merged across grade columns sits on the
rule between two of them, or in the middle one with its neighbours blank."""

from __future__ import annotations

import pytest
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import ParsedDocument, Source, Table, TableCell
from std_extract.extract.tables import table_to_indicators
from std_extract.extract.tablespans import centred_spans
from std_extract.parse.tables import pages_to_tables
from std_extract.rules import default_rules

RULES = default_rules()
GRADES_UNIT = ["单位", "优等品", "一等品", "合格品"]
TEXT_RULINGS = ["three_line", "unruled"]


def _head(texts: list[str]) -> list[Span]:
    return [Span(t, 0, c) for c, t in enumerate(texts)]


def _read(sheet: Sheet, ruling: str) -> list[tuple]:
    tables, _ = pages_to_tables([sheet_page(sheet, ruling)])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for table in tables
        for i in table_to_indicators(table, document, RULES)
    ]


# FZ/T-style garment table: 项目 over the quantity and its direction, a unit column, three grades; the
# quantity and its unit merged down 经向 and 纬向, printed in their middle, between the two lines
SUB_ITEMS = Sheet(
    [Span("项目", 0, 0, 1, 2), *(Span(t, 0, c) for c, t in enumerate(GRADES_UNIT, 2))],
    [
        ["", "经向", "", "−2.0～+1.0", "−3.0～+1.5", "−4.0～+2.0"],
        ["", "纬向", "", "−1.5～+1.0", "−2.5～+1.5", "−3.5～+2.0"],
        ["", "干摩", "", "≥3", "≥3", "≥2"],
        ["", "湿摩", "", "≥2", "≥1", "≥1"],
        ["弹性回复率", "", "%", "≥90", "≥85", "≥80"],
    ],
    caption="表1 内在质量要求",
    centred=True,
    middle=True,
    merged=[
        Span("水洗尺寸变化率", 0, 0, 2, 1), Span("%", 0, 2, 2, 1),
        Span("耐摩擦色牢度", 2, 0, 2, 1), Span("级", 2, 2, 2, 1),
        Span("弹性回复率", 4, 0, 1, 2),
    ],
)  # fmt: skip


@pytest.mark.parametrize("ruling", TEXT_RULINGS)
def test_table_spans_label_and_unit_merged_down_sub_items(ruling: str):
    found = _read(SUB_ITEMS, ruling)
    assert ("水洗尺寸变化率", "range", -2.0, 1.0, "%", "优等品", ("经向",)) in found
    assert ("水洗尺寸变化率", "range", -3.5, 2.0, "%", "合格品", ("纬向",)) in found
    assert ("耐摩擦色牢度", ">=", 3.0, None, "级", "优等品", ("干摩",)) in found
    assert ("耐摩擦色牢度", ">=", 1.0, None, "级", "合格品", ("湿摩",)) in found
    assert ("弹性回复率", ">=", 85.0, None, "%", "一等品", ()) in found
    assert len(found) == 15  # five rows of three grades; no label line read as a row of its own


def test_table_spans_label_and_unit_merged_down_sub_items_negative_twin():
    # a row with a label, a unit and values of its own between two sub-items' lines is a row: its
    # values are on its line (the rows above and below hold values in the same cells)
    sheet = Sheet(
        _head(["项目", "项目", "单位", "优等品", "一等品", "合格品"]),
        [
            ["", "经向", "", "≥15", "≥14", "≥13"],
            ["撕破强力", "", "N", "≥12", "≥11", "≥10"],
            ["", "纬向", "", "≥9", "≥8", "≥7"],
        ],
        caption="表1 内在质量要求",
        centred=True,
    )
    tables, _ = pages_to_tables([sheet_page(sheet, "unruled")])
    assert [[c.text for c in row] for row in tables[0].rows][1][:3] == ["撕破强力", "撕破强力", "N"]
    assert tables[0].rows[0][2].text == "" and tables[0].rows[2][2].text == ""


# Grades across the columns, values merged across several of them: centred on the rule between the
# two middle grades of four, or in the middle one of three, the other grade cells blank
GRADE_SPANS = Sheet(
    _head(["项目", "单位", "特优", "特级", "甲级", "乙级"]),
    [
        ["粒度", "粒/50 g", "≤280", "≤370", "≤580", "≤900"],
        ["枸杞多糖", "g/100 g", "", "", "", ""],
        ["水分", "%", "", "", "", ""],
        ["杂质", "—", "", "", "", ""],
    ],
    caption="表2 理化指标",
    centred=True,
    merged=[
        Span("≥3.0", 1, 2, 1, 2), Span("≥2.5", 1, 4, 1, 2),
        Span("≤13.0", 2, 2, 1, 4), Span("不得检出", 3, 2, 1, 4),
    ],
)  # fmt: skip


@pytest.mark.parametrize("ruling", TEXT_RULINGS)
def test_table_spans_value_centred_across_blank_grades(ruling: str):
    found = _read(GRADE_SPANS, ruling)
    assert [f for f in found if f[0] == "水分"] == [
        ("水分", "<=", 13.0, None, "%", grade, ()) for grade in ("特优", "特级", "甲级", "乙级")
    ]
    assert [f[5] for f in found if f[0] == "杂质"] == ["特优", "特级", "甲级", "乙级"]
    assert [(f[2], f[5]) for f in found if f[0] == "枸杞多糖"] == [
        (3.0, "特优"),
        (3.0, "特级"),
        (2.5, "甲级"),
        (2.5, "乙级"),
    ]  # two merges of two side by side: no growth, none blank beside them
    assert ("粒度", "<=", 280.0, None, "粒/50 g", "特优", ()) in found  # 特优 a grade, not a condition


def test_table_spans_value_centred_across_blank_grades_of_three():
    sheet = Sheet(
        _head(["项目", "单位", "一级", "二级", "三级"]),
        [["持证上岗率", "%", "", "", ""], ["满意度", "%", "≥95", "≥90", "≥85"]],
        caption="表1 人员配备要求",
        centred=True,
        merged=[Span("100", 0, 2, 1, 3)],
    )
    found = _read(sheet, "unruled")
    assert [(f[0], f[2], f[5]) for f in found if f[0] == "持证上岗率"] == [
        ("持证上岗率", 100.0, g) for g in ("一级", "二级", "三级")
    ]


def _text_table(texts: list[list[str]], detection: str = "text") -> Table:
    """One row; each cell 60 pt wide, its text's box centred in it (a blank cell: the column's box)."""

    def box(c: int, text: str) -> tuple[float, float, float, float]:
        return (60.0 * c + 20, 10.0, 60.0 * c + 40, 18.0) if text else (60.0 * c, 10.0, 60.0 * c + 60, 18.0)

    rows = [[TableCell(row=0, col=c, text=t, page=3, bbox=box(c, t)) for c, t in enumerate(texts[0])]]
    head = ["项目", "一级", "二级", "三级"]
    return Table(number="1", pages=[3], columns=head, header_rows=[head], rows=rows, detection=detection)


def test_table_spans_value_centred_across_blank_grades_negative_twins():
    # a dash in the other grades: the value is the middle grade's alone
    assert centred_spans(_text_table([["铅", "—", "≤0.5", "—"]]), [1, 2, 3], [1, 2, 3]).rows[0][1].text == "—"
    # blank on one side only: nothing grows
    table = _text_table([["铅", "≤0.3", "≤0.5", ""]])
    assert centred_spans(table, [1, 2, 3], [1, 2, 3]) is table
    # a ruled grid shows its merges: a blank cell there is blank
    table = _text_table([["铅", "", "≤0.5", ""]], detection="ruled")
    assert centred_spans(table, [1, 2, 3], [1, 2, 3]) is table
    # the text set off the middle (flush left in its cell) is no merged cell's
    table = _text_table([["铅", "", "≤0.5", ""]])
    cell = table.rows[0][2]
    table.rows[0][2] = cell.model_copy(update={"bbox": (121.0, 10.0, 141.0, 18.0)})
    assert centred_spans(table, [1, 2, 3], [1, 2, 3]) is table
    # centred in one column with blanks on both sides: merged over the three grades, not over types
    assert centred_spans(_text_table([["铅", "", "≤0.5", ""]]), [1, 2, 3]).rows[0][1].text == ""
    grown = centred_spans(_text_table([["铅", "", "≤0.5", ""]]), [1, 2, 3], [1, 2, 3])
    assert [c.text for c in grown.rows[0]] == ["铅", "≤0.5", "≤0.5", "≤0.5"]
    assert [c.merged_from for c in grown.rows[0]] == [None, None, (0, 1), (0, 1)]


def _cells(body: list[list[str]]) -> list[list[TableCell]]:
    return [
        [
            TableCell(row=r, col=c, text=t, page=3, bbox=(60.0 * c, 20.0 * r, 60.0 * c + 50, 20.0 * r + 8))
            for c, t in enumerate(row)
        ]
        for r, row in enumerate(body)
    ]


def _condition_table(body: list[list[str]]) -> Table:
    head = ["项目", "条件", "要求"]
    return Table(number="2", pages=[3], columns=head, header_rows=[head], rows=_cells(body), clause="5.1")


def _found(table: Table) -> list[tuple]:
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, tuple(i.conditions))
        for i in table_to_indicators(table, document, RULES)
    ]


def test_table_spans_condition_lines_stacked_beside_value_lines():
    # 项目 | 条件 | 要求: one label, its conditions stacked in one cell, a value per condition stacked beside
    found = _found(
        _condition_table(
            [["室内温度（℃）", "夏季\n冬季", "24～26\n22～24"], ["相对湿度（%）", "—", "45～65"]]
        )
    )
    assert found == [
        ("室内温度", "range", 24.0, 26.0, "℃", ("夏季",)),
        ("室内温度", "range", 22.0, 24.0, "℃", ("冬季",)),
        ("相对湿度", "range", 45.0, 65.0, "%", ()),
    ]


def test_table_spans_condition_lines_stacked_beside_value_lines_negative_twin():
    # two condition lines over one value: one requirement under both (the lines are one condition)
    found = _found(_condition_table([["室内温度（℃）", "夏季\n空调开启时", "24～26"]]))
    assert [(f[0], f[2], f[3]) for f in found] == [("室内温度", 24.0, 26.0)]


# Second reading (review of 5c2d93b): a group's label on a row of its own over its sub-items, a full row's
# pitch below the group before (its unit printed there too), is no label merged between two sub-items
TOP_OF_GROUP = Sheet(
    [Span("项目", 0, 0, 1, 2), *(Span(t, 0, c) for c, t in enumerate(GRADES_UNIT, 2))],
    [
        ["水洗尺寸变化率", "", "%", "", "", ""],
        ["", "经向", "", "−2.0～+1.0", "−3.0～+1.5", "−4.0～+2.0"],
        ["", "纬向", "", "−1.5～+1.0", "−2.5～+1.5", "−3.5～+2.0"],
        ["耐摩擦色牢度", "", "级", "", "", ""],
        ["", "干摩", "", "≥3", "≥3", "≥2"],
        ["", "湿摩", "", "≥2", "≥1", "≥1"],
    ],
    caption="表1 内在质量要求",
    centred=True,
)


# Second reading (pre-existing, session 14): a group label alone on its row, with no unit beside it, after
# another group's sub-items; the sub-items above stay their own group's
AFTER_A_GROUP = Sheet(
    [Span("项目", 0, 0, 1, 2), *(Span(t, 0, c) for c, t in enumerate(GRADES_UNIT, 2))],
    [
        ["有害物质限量", "", "mg/kg", "", "", ""],
        ["", "铅", "", "≤10", "≤20", "≤30"],
        ["", "甲醛", "mg/L", "≤5", "≤10", "≤15"],
        ["外观", "", "", "", "", ""],
        ["", "色差", "级", "≥4", "≥3", "≥3"],
        ["", "疵点", "个", "≤2", "≤4", "≤6"],
    ],
    caption="表1 技术要求",
    centred=True,
)


@pytest.mark.parametrize("ruling", TEXT_RULINGS)
def test_table_spans_group_label_alone_after_a_group_is_a_row_of_its_own(ruling: str):
    found = _read(AFTER_A_GROUP, ruling)
    assert [f[0] for f in found if f[5] == "优等品"] == ["铅", "甲醛", "外观/色差", "外观/疵点"]


@pytest.mark.parametrize("ruling", TEXT_RULINGS)
def test_table_spans_group_label_on_a_row_of_its_own_is_no_merged_label(ruling: str):
    found = _read(TOP_OF_GROUP, ruling)
    assert [(f[0], f[4], f[6]) for f in found if f[5] == "优等品"] == [
        ("水洗尺寸变化率", "%", ("经向",)),
        ("水洗尺寸变化率", "%", ("纬向",)),
        ("耐摩擦色牢度", "级", ("干摩",)),
        ("耐摩擦色牢度", "级", ("湿摩",)),
    ]  # the group's row prints its unit for its sub-items; no 级 on a 水洗尺寸变化率 value
    assert len(found) == 12


TYPE_HEADS = [
    ["液体", "膏体", "粉体"],
    ["小型", "中型", "大型"],
    ["Ⅰ型", "Ⅱ型", "Ⅲ型"],
    ["A型", "B型", "C型"],
]


@pytest.mark.parametrize("heads", TYPE_HEADS)
def test_table_spans_value_in_the_middle_of_three_types_stays_the_middle_ones(heads: list[str]):
    # second reading: a value set in its own cell in the middle of three TYPE or SIZE columns, the others
    # blank (not applicable), is that type's alone (kinds named by a type code, Ⅰ型 | Ⅱ型 | Ⅲ型, too: review
    # of 92ca669, which took them for a ladder); only grades, which a requirement never leaves blank,
    # take a text centred in one column as merged over them (a text on the rule between two: any columns)
    sheet = Sheet(
        _head(["项目", "单位", *heads]),
        [["pH值", "—", "6.0～8.0", "6.0～8.0", "6.0～8.0"], ["黏度", "mPa·s", "", "≥2000", ""]],
        caption="表1 理化指标",
        centred=True,
    )
    found = _read(sheet, "three_line")
    assert [f[6] for f in found if f[0] == "黏度"] == [(heads[1],)]


def test_table_spans_value_in_the_middle_of_three_classes_named_by_codes():
    # classes named by a code (GB/T 11968 strength classes A3.5 | A5.0 | A7.5) are a ladder, as grades:
    # a text centred in the middle one, the others blank, is merged over the three
    sheet = Sheet(
        _head(["项目", "单位", "A3.5", "A5.0", "A7.5"]),
        [["抗压强度", "MPa", "≥3.5", "≥5.0", "≥7.5"], ["干燥收缩值", "mm/m", "", "≤0.50", ""]],
        caption="表2 物理力学性能",
        centred=True,
    )
    found = _read(sheet, "three_line")
    assert [f[2] for f in found if f[0] == "干燥收缩值"] == [0.5, 0.5, 0.5]


def test_table_spans_value_in_the_middle_of_three_roman_classes():
    # water-quality classes Ⅰ类 … Ⅴ类 (GB 3838) are a ladder: a text centred in the middle one of three
    # blank-flanked classes is merged over them (the twin of the type codes above, which are not)
    sheet = Sheet(
        _head(["项目", "单位", "Ⅰ类", "Ⅱ类", "Ⅲ类"]),
        [["溶解氧", "mg/L", "≥7.5", "≥6", "≥5"], ["pH值", "—", "", "6～9", ""]],
        caption="表1 基本项目标准限值",
        centred=True,
    )
    found = _read(sheet, "three_line")
    assert len([f for f in found if f[0] == "pH值"]) == 3


def test_table_spans_wrapped_condition_beside_a_wrapped_value_is_one_requirement():
    # second reading of e14581f: a condition wrapped over two lines beside a range wrapped in a narrow
    # column (or a value with its bracket note on the next line) is one requirement under one condition
    found = _found(
        _condition_table(
            [
                ["铅迁移量（mg/L）", "4%乙酸，22 ℃，\n24 h浸泡", "0.01～\n0.05"],
                ["噪声/dB(A)", "距机体1 m处，\n额定负载", "≤65\n（A计权，1 m）"],
            ]
        )
    )
    assert ("铅迁移量", "range", 0.01, 0.05, "mg/L", ("4%乙酸，22 ℃，/24 h浸泡",)) in found
    assert ("噪声", "<=", 65.0, None, "dB(A)", ("距机体1 m处，/额定负载", "A计权,1 m")) in found  # whole


def test_table_spans_bracketed_note_wrapped_under_its_value():
    # a value's bracketed note wrapped onto a line of its own in a narrow column ("≤65" over "（A计权，1 m）",
    # "0.028" over "（10 ℃）") is that value's condition; its number is no second value ("= 1 m" before)
    found = _found(
        _condition_table(
            [["噪声/dB(A)", "—", "≤65\n（A计权，1 m）"], ["导热系数/W/(m·K)", "—", "0.028\n（10 ℃）"]]
        )
    )
    assert [(f[0], f[2], f[5]) for f in found] == [
        ("噪声", 65.0, ("A计权,1 m",)),
        ("导热系数", 0.028, ("10 ℃",)),
    ]


def test_table_spans_bracketed_note_wrapped_under_its_value_negative_twins():
    # two values stacked, each with its own bracket, or a second value under the first: two values
    found = _found(
        _condition_table(
            [["导热系数/W/(m·K)", "—", "0.028（10 ℃）\n0.030（25 ℃）"], ["噪声/dB(A)", "—", "≤65\n≤70"]]
        )
    )
    assert [(f[2], f[5]) for f in found if f[0] == "导热系数"] == [(0.028, ("10 ℃",)), (0.030, ("25 ℃",))]
    assert [f[2] for f in found if f[0] == "噪声"] == [65.0, 70.0]
    # a bracket stating a value of its own (GB 5749 浑浊度 "1" over "（水源与净水技术条件限制时为3）"): a line
    found = _found(_condition_table([["浑浊度/NTU", "—", "1\n（水源与净水技术条件限制时为3）"]]))
    assert [f[2] for f in found] == [1.0, 3.0]
    # a bracket glossing the unit under the value ("≤15" over "（铂钴色度单位）") is no condition
    found = _found(_condition_table([["色度/度", "—", "≤15\n（铂钴色度单位）"]]))
    assert found == [("色度", "<=", 15.0, None, "度", ())]


@pytest.mark.parametrize("bracket", ["（特殊情况下不得超过3）", "（限制时小于或等于3）"])
def test_table_spans_bracket_with_a_comparator_of_the_vocabulary_states_a_value(bracket: str):
    # the comparators a bracket may state its own value with are extractors/comparators.toml's (不得超过,
    # 小于或等于), not a list spelt in code: the bracket is a line of its own, its value a second one
    found = _found(_condition_table([["浑浊度/NTU", "—", f"1\n{bracket}"]]))
    assert [f[2] for f in found] == [1.0, 3.0] and found[1][1] == "<="


@pytest.mark.parametrize(
    ("label", "cell", "value"),
    [
        ("噪声/dB(A)", "≤65\n（A计权，r=1 m）", 65.0),
        ("导热系数/W/(m·K)", "0.028\n（n=5）", 0.028),
        ("示值误差/%", "±0.5\n（k=2）", None),
        ("色差/处", "≥4\n（最多3处）", 4.0),
    ],
)
def test_table_spans_bracket_with_a_symbol_or_a_count_is_the_values_note(label: str, cell: str, value):
    # review of 8ced879: `=` inside a note is a symbol's value (r=1 m, n=5, k=2) and 最多 counts
    # (tables.toml [notes].count): the bracket is the value's condition, no second value
    found = _found(_condition_table([[label, "—", cell]]))
    assert len(found) == 1 and (value is None or found[0][2] == value)
