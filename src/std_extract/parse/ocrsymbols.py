"""Comparison signs of scanned limit tables, read from the ink OCR left unread.

PP-OCR's detector finds lines of text; a sign standing alone in a table cell ("≤" under each
column header of GB/T 22438's 表1, "≥" at the right end of "胶稠度/mm") is often not detected at
all, or read as a letter ("N").  Without it a limit table loses its comparators.  So each cell
of a scanned grid is searched for ink that no OCR box covers, and a mark the size of a glyph is
classified by its shape:

* a chevron opens to the right ("<") when its left end is a point and its right end spans its
  height (the two arms), and to the left (">") the other way round;
* a bar under the chevron ("≤", also the slanted "⩽" of Chinese typefaces) ends at the open
  side too: three strokes end there where a bare "<" has two.

Everything found is a glyph of its own font (``SIGN_FONT``), so later stages can flag the values
whose sign was inferred rather than read.
"""

from __future__ import annotations

import numpy as np

from std_extract.parse.model import Glyph, RuledGrid
from std_extract.parse.raster import INK

SIGN_FONT = "ocr-sign"  # the font name of a sign recovered from the image
MIN_HEIGHT = 0.45  # a sign is at least this share of the page's text height ...
MAX_HEIGHT = 1.4  # ... and at most this
MIN_ASPECT, MAX_ASPECT = 0.35, 1.3  # width / height of a sign
GROUP = 0.35  # parts of one mark (chevron, bars) lie within this share of the text height
POINT_SPREAD = 0.6  # the pointed end's ink spans less than this share of the open end's
BORDER_PT = 1.5  # ink this close to a cell's border belongs to the rule


def recover_signs(gray: np.ndarray, dpi: float, glyphs: list[Glyph], grids: list[RuledGrid]) -> list[Glyph]:
    """Signs (≤ ≥ < >) in the grid cells of a scanned page that no OCR glyph covers."""
    if not grids or not glyphs:
        return []
    import cv2

    text_height = float(np.median([g.bottom - g.top for g in glyphs])) * 0.8
    scale = dpi / 72.0
    free = gray < INK
    for g in glyphs:
        free[_px(g.top, scale) : _px(g.bottom, scale) + 1, _px(g.x0, scale) : _px(g.x1, scale) + 1] = False
    found = []
    for grid in grids:
        for cell in grid.cells:
            x0, top, x1, bottom = cell.bbox
            window = free[
                _px(top + BORDER_PT, scale) : _px(bottom - BORDER_PT, scale),
                _px(x0 + BORDER_PT, scale) : _px(x1 - BORDER_PT, scale),
            ]
            if window.size == 0 or not window.any():
                continue
            origin = (x0 + BORDER_PT, top + BORDER_PT)
            for mark in _marks(cv2, window, text_height * scale):
                sign = classify_sign(mark.mask)
                if sign is not None:
                    found.append(_glyph(sign, mark, origin, scale, text_height))
    return found


class _Mark:
    __slots__ = ("x0", "top", "x1", "bottom", "mask")

    def __init__(self, x0: int, top: int, x1: int, bottom: int, mask: np.ndarray):
        self.x0, self.top, self.x1, self.bottom, self.mask = x0, top, x1, bottom, mask


def _marks(cv2, window: np.ndarray, height_px: float) -> list[_Mark]:
    """Connected ink in a cell, parts near each other grouped, kept when glyph-sized."""
    count, labels, stats, _ = cv2.connectedComponentsWithStats(window.astype(np.uint8), connectivity=8)
    boxes = [
        [int(stats[i, 0]), int(stats[i, 1]), int(stats[i, 0] + stats[i, 2]), int(stats[i, 1] + stats[i, 3])]
        for i in range(1, count)
        if stats[i, cv2.CC_STAT_AREA] >= 3
    ]
    groups = _group(boxes, GROUP * height_px)
    marks = []
    for x0, top, x1, bottom in groups:
        height, width = bottom - top, x1 - x0
        if not (MIN_HEIGHT * height_px <= height <= MAX_HEIGHT * height_px):
            continue
        if not (MIN_ASPECT <= width / max(height, 1) <= MAX_ASPECT):
            continue
        marks.append(_Mark(x0, top, x1, bottom, window[top:bottom, x0:x1]))
    return marks


def _group(boxes: list[list[int]], reach: float) -> list[tuple[int, int, int, int]]:
    """Merge boxes closer than ``reach`` (a chevron and the bars under it) until none merge."""
    merged = [list(b) for b in boxes]
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                a, b = merged[i], merged[j]
                if _gap(a, b) <= reach:
                    merged[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return [tuple(b) for b in merged]  # type: ignore[misc]


def _gap(a: list[int], b: list[int]) -> float:
    dx = max(b[0] - a[2], a[0] - b[2], 0)
    dy = max(b[1] - a[3], a[1] - b[3], 0)
    return max(dx, dy)


def classify_sign(mask: np.ndarray) -> str | None:
    """ "≤", "≥", "<" or ">" for a glyph-sized ink mask, or None when it is none of them."""
    height, width = mask.shape
    if height < 6 or width < 4 or mask.sum() < 0.08 * mask.size:
        return None
    band = max(1, width // 4)
    left = _spread(mask[:, :band])
    right = _spread(mask[:, -band:])
    if left is None or right is None:
        return None
    if left < POINT_SPREAD * right:
        return "≤" if _strokes(mask[:, -band:]) >= 3 else "<"
    if right < POINT_SPREAD * left:
        return "≥" if _strokes(mask[:, :band]) >= 3 else ">"
    return None


def _strokes(columns: np.ndarray) -> int:
    """Strokes ending in the open end of a chevron: its two arms, and the bar under it."""
    rows = np.flatnonzero(columns.any(axis=1))
    return 0 if rows.size == 0 else 1 + int((np.diff(rows) > 1).sum())


def _spread(columns: np.ndarray) -> float | None:
    """How far apart, as a share of the height, the ink of a band of columns lies (the rows of
    its topmost and bottommost ink, less the arm that a pointed end is made of)."""
    rows = np.nonzero(columns.any(axis=1))[0]
    if rows.size == 0:
        return None
    return float(rows[-1] - rows[0] + 1) / columns.shape[0]


def _glyph(sign: str, mark: _Mark, origin: tuple[float, float], scale: float, size: float) -> Glyph:
    x, y = origin
    return Glyph(
        sign,
        x + mark.x0 / scale,
        y + mark.top / scale,
        x + mark.x1 / scale,
        y + mark.bottom / scale,
        size,
        SIGN_FONT,
    )


def _px(value: float, scale: float) -> int:
    return max(0, int(round(value * scale)))
