"""Ruled tables with open sides (docs/failure-classes.md, "open sides").

GB/T 1.1 tables, and word processors' "open" table style, draw the column rules and every row's
rule but no rule down the left and right sides: the rows' rules run on to where a side would be.
pdfplumber's finder closes a cell only between two vertical rules, so the row-label column and a
last method column fell out of the grid and each value lost its name.  ``page_grids`` draws the
missing sides where rules ending at one x stack into a table crossed by column rules."""

from __future__ import annotations

from std_extract.parse.backends.base import PageGeometry
from std_extract.parse.grids import page_grids

from .test_grid_shading import _line

X = [60.0, 240.0, 340.0, 440.0, 540.0]  # the side edges, and the column rules 240, 340, 440
Y = [100.0, 120.0, 140.0, 160.0, 180.0]


def _open_grid(top: float = 0.0) -> list[dict]:
    rows = [_line(X[0], y + top, X[-1], y + top) for y in Y]
    columns = [_line(x, Y[0] + top, x, Y[-1] + top) for x in X[1:-1]]
    return rows + columns


def _geometry(lines):
    return PageGeometry(bbox=(0, 0, 595, 800), lines=list(lines))


def test_grid_open_sides_the_outer_columns_join_the_grid():
    grids = page_grids(_geometry(_open_grid()), 4)
    assert len(grids) == 1
    assert grids[0].col_edges == X  # before: [240, 340, 440], the label and last columns dropped
    assert len(grids[0].row_edges) == 5


def test_grid_open_sides_negative_twins():
    # a fully ruled grid: the same grid, no side drawn twice
    closed = _open_grid() + [_line(x, Y[0], x, Y[-1]) for x in (X[0], X[-1])]
    assert [g.col_edges for g in page_grids(_geometry(closed), 4)] == [X]
    # a three-line table (rules, no column rules): no grid, the three-line reader takes it
    three_line = [_line(X[0], y, X[-1], y) for y in (Y[0], Y[1], Y[-1])]
    assert page_grids(_geometry(three_line), 4) == []
    # two open tables one under the other on the same margins: two grids, no side joining them
    two = _open_grid() + _open_grid(top=200.0)
    grids = page_grids(_geometry(two), 4)
    assert [(g.col_edges, g.row_edges[0], g.row_edges[-1]) for g in grids] == [
        (X, 100.0, 180.0),
        (X, 300.0, 380.0),
    ]
