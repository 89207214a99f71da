"""Rules and grids from page images, and comparison signs told by their shape: on images drawn
here with Pillow (the real scans are read in test_ocr.py)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from std_extract.parse.ocrsymbols import classify_sign
from std_extract.parse.raster import opening, ruling_segments, segments_to_grids

DPI = 100  # the images below: 100 px an inch


def _pt(value: float) -> int:
    return round(value * DPI / 72)


def test_raster_opening_keeps_only_long_runs():
    mask = np.zeros((5, 40), dtype=bool)
    mask[1, 2:30] = True  # a rule
    mask[3, 5:9] = True  # a stroke
    kept = opening(mask, 10, axis=1)
    assert kept[1, 2:30].all() and not kept[3].any()
    assert opening(mask.T, 10, axis=0).T.tolist() == kept.tolist()


def _table_image() -> Image.Image:
    """A 3-column grid: a header row whose first cell spans two rows, a rule broken in places,
    slightly askew, and text-like strokes inside the cells."""
    image = Image.new("L", (_pt(400), _pt(200)), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [50, 150, 250, 350], [40, 60, 80, 100, 120]
    for y in ys:
        x0 = _pt(xs[1]) if y == 60 else _pt(xs[0])  # no rule under the spanning first cell
        draw.line([(x0, _pt(y)), (_pt(xs[-1]), _pt(y) + 1)], fill=0, width=1)
    for x in xs:
        draw.line([(_pt(x), _pt(ys[0])), (_pt(x), _pt(ys[-1]))], fill=0, width=1)
    draw.rectangle([_pt(200), _pt(80) - 1, _pt(204), _pt(80) + 1], fill=255)  # a break in a rule
    for x in range(_pt(60), _pt(140), 6):  # strokes of text in a cell
        draw.line([(x, _pt(85)), (x, _pt(95))], fill=0, width=1)
    return image


def test_raster_grid_from_a_drawn_table():
    gray = np.asarray(_table_image())
    [grid] = segments_to_grids(ruling_segments(gray, DPI), page=1)
    assert grid.n_rows == 4 and grid.n_cols == 3
    assert [round(x) for x in grid.col_edges] == [50, 150, 250, 350]
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in grid.cells}
    assert spans[(0, 0)] == (2, 1)  # the header cell spanning two rows
    assert spans[(2, 1)] == (1, 1)  # the broken rule still separates rows 1 and 2
    assert len(grid.cells) == 11


def _sign(kind: str) -> np.ndarray:
    """A sign drawn at 30 px: "<" or "≤" (the slanted ⩽ of Chinese typefaces), mirrored for > ≥."""
    image = Image.new("L", (24, 30), 0)
    draw = ImageDraw.Draw(image)
    draw.line([(22, 2), (2, 11), (22, 20)], fill=255, width=2)
    if kind == "≤":
        draw.line([(2, 17), (22, 27)], fill=255, width=2)
    mask = np.asarray(image) > 128
    return mask


def test_raster_signs_by_shape():
    assert classify_sign(_sign("≤")) == "≤"
    assert classify_sign(_sign("≤")[:, ::-1]) == "≥"
    assert classify_sign(_sign("<")) == "<"
    assert classify_sign(_sign("<")[:, ::-1]) == ">"


def test_raster_other_marks_are_not_signs():
    block = np.ones((20, 16), dtype=bool)  # a blot
    bar = np.zeros((20, 16), dtype=bool)
    bar[9:11, :] = True  # a dash
    ring = np.zeros((20, 16), dtype=bool)
    ring[[0, -1], :] = True
    ring[:, [0, -1]] = True  # a box
    for mark in (block, bar, ring):
        assert classify_sign(mark) is None
