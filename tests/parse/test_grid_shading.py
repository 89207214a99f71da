"""Cell and row shading is a background, not a border (docs/failure-classes.md, "banded rows").

pdfplumber's table finder takes every rectangle's four edges for ruling lines.  A table with banded
rows (a word processor's or a style sheet's shading on every second row) and no column rules then
gets columns in its shaded rows only, and each unshaded row comes out as one merged cell holding the
whole row's text ("菌落总数 CFU/g 不大于1 000").  ``page_grids`` leaves filled, unstroked rectangles
larger than a rule out of the ruling, and takes a frame with no column rules for no grid: the
three-line reader reads such a table from its rules and its text."""

from __future__ import annotations

import pytest
from corpora import REPO

from std_extract.parse.backends.base import PageGeometry
from std_extract.parse.grids import page_grids

X = [90.0, 250.0, 350.0, 500.0]  # column edges
Y = [100.0, 120.0, 140.0, 160.0, 180.0]  # row edges: the header row, then three body rows


def _line(x0, top, x1, bottom):
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "y0": 800 - bottom,
        "y1": 800 - top,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "pts": [(x0, top), (x1, bottom)],
    }


def _rect(x0, top, x1, bottom, fill=True, stroke=False):
    return {
        "object_type": "rect",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "y0": 800 - bottom,
        "y1": 800 - top,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
        "fill": fill,
        "stroke": stroke,
    }


def _frame():
    """The outer frame and the rules above and under the header and at the bottom: no column rules."""
    left, right = X[0], X[-1]
    return [
        _line(left, Y[0], right, Y[0]),
        _line(left, Y[1], right, Y[1]),
        _line(left, Y[-1], right, Y[-1]),
    ] + [_line(x, Y[0], x, Y[-1]) for x in (left, right)]


def _column_rules():
    return [_line(x, Y[0], x, Y[-1]) for x in X[1:-1]] + [_line(X[0], y, X[-1], y) for y in Y[2:-1]]


def _bands(rows):
    """Each cell of the given rows shaded, as a style sheet fills a banded row cell by cell."""
    return [_rect(X[c], Y[r], X[c + 1], Y[r + 1]) for r in rows for c in range(3)]


def _geometry(lines, rects=()):
    return PageGeometry(bbox=(0, 0, 595, 800), lines=list(lines), rects=list(rects))


def test_grid_shading_banded_rows_without_column_rules_make_no_grid():
    # Before: the shaded row's cell fills gave it three columns and the rows between them one merged cell
    assert page_grids(_geometry(_frame(), _bands([2])), 4) == []
    assert page_grids(_geometry(_frame()), 4) == []  # the frame alone: no column structure, no grid


def test_grid_shading_a_ruled_grid_reads_the_same_with_or_without_shading():
    # The negative twin: a fully ruled table whose header and every second row are shaded is the grid
    # its rules draw, cell for cell
    ruled = _frame() + _column_rules()
    plain = page_grids(_geometry(ruled), 4)
    shaded = page_grids(_geometry(ruled, _bands([0, 2])), 4)
    assert len(plain) == 1 and len(plain[0].col_edges) == 4 and len(plain[0].row_edges) == 5
    assert [(c.row, c.col) for c in shaded[0].cells] == [(c.row, c.col) for c in plain[0].cells]


def test_grid_shading_borders_drawn_as_thin_filled_rectangles_stay_rules():
    # Word processors draw cell borders as thin filled rectangles: those are rules, not shading
    thin = [_rect(x - 0.25, Y[0], x + 0.25, Y[-1]) for x in X] + [
        _rect(X[0], y - 0.25, X[-1], y + 0.25) for y in Y
    ]
    grids = page_grids(_geometry([], thin), 4)
    assert len(grids) == 1 and len(grids[0].col_edges) == 4


def test_grid_shading_weasy_dev_banded_table_reads_a_value_per_row():
    """corpus/weasy's dev page (wp_facemask_01 表3, banded rows, an outer frame, no column rules): before,
    every unshaded row was one merged cell and the table gave no value."""
    from pathlib import Path

    from std_extract.pipeline import process_file

    pdf = REPO / "corpus" / "weasy" / "wp_facemask_01.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} is absent")
    result = process_file(Path(pdf))
    record = result if hasattr(result, "indicators") else result[0]
    read = {(i.name, i.comparator, i.value, i.unit) for i in record.indicators}
    assert ("菌落总数", "<=", 1000.0, "CFU/g") in read
    assert ("霉菌和酵母菌总数", "<=", 100.0, "CFU/g") in read
    assert ("铅", "<=", 10.0, "mg/kg") in read and ("甲醇", "<=", 2000.0, "mg/kg") in read
    assert ("金黄色葡萄球菌", "not_detected", None, None) in read
