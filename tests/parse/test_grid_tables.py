"""Ruled grids drawn by hand (tests/parse/tablepages.py) read by the table stages: a table with no
header row, whose first column runs down beside its sub-categories (GB 29921-2021 表A.1 食品类别
（名称）说明 has this shape; that document is in the acceptance set, so the shape is drawn here)."""

from __future__ import annotations

from std_extract.parse.tables import pages_to_tables

from .tablepages import Sheet, Span, sheet_page

CATEGORIES = [
    Span("乳制品", 0, 0, rows=3), Span("巴氏杀菌乳", 0, 1), Span("调制乳", 1, 1), Span("发酵乳", 2, 1),
    Span("肉制品", 3, 0), Span("熟肉制品", 3, 1),
]  # fmt: skip


def _read(cells: list[Span], rows: int):
    grid = Sheet(cells, [], caption="表A.1 食品类别（名称）说明", header_rows=rows)
    [table] = pages_to_tables([sheet_page(grid, "grid")])[0]
    return table


def test_grid_tables_without_a_header_keep_their_first_row():
    # "乳制品" runs down beside its sub-categories: the first row is data, not a header (a header
    # cell ends with the header)
    table = _read(CATEGORIES, 4)
    assert table.number == "A.1" and table.header_rows == [] and table.columns == []
    assert [[c.text for c in row] for row in table.rows] == [
        ["乳制品", "巴氏杀菌乳"], ["乳制品", "调制乳"], ["乳制品", "发酵乳"], ["肉制品", "熟肉制品"],
    ]  # fmt: skip
    assert [row[0].merged_from for row in table.rows] == [None, (0, 0), (0, 0), None]


def test_grid_tables_with_a_header_row_keep_it():
    below = [Span(c.text, c.row + 1, c.col, rows=c.rows) for c in CATEGORIES]
    table = _read([Span("大类", 0, 0), Span("小类", 0, 1), *below], 5)
    assert table.header_rows == [["大类", "小类"]]
    assert [c.text for c in table.rows[0]] == ["乳制品", "巴氏杀菌乳"] and len(table.rows) == 4
