"""Rows of glyphs -> reading order across a stretch of a page set in two columns of prose.

Annexes, indexes and some enterprise texts set their prose in two columns.  Rows are built
across the page, so each row held a line of the left column and a line of the right one, and
the text read "A.2 不合格果穗比例：特级不应超过5%，一级 定时，判定该批产品…": two clauses
interleaved line by line.  Here a stretch of rows with a common gutter (a band near the middle
no glyph crosses) and prose on both sides of it (lines without a gap as wide as the gutter) is
split at the gutter and read column by column: the left column's rows, then the right one's.

A table is not prose: its rows have gaps between cells, so a two-column table (项目 | 指标),
ruled or not, is left as it is; a heading across the middle ("附 录 A") ends a stretch; a stretch
under a caption, crossed by a table's horizontal rule or whose right cells wrap alone is a table's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from std_extract.parse.model import Glyph, HRule

GUTTER = 1.5  # the gap between the columns, in body-type ems, at least
PROSE_GAP = 1.2  # a gap wider than this many ems inside a column's line would make it no prose line
MIDDLE = 0.25  # the gutter lies within this share of the text width either side of its centre
PROSE_SHARE = 0.3  # each side of a two-column row holds prose this share of the text width wide
MARGIN_GAP = 4.0  # a blank band this many ems tall between two rows ends a two-column stretch
ONE_SIDED_SHARE = 2  # one-sided rows between paired rows, at half the paired rows, make a table
CAPTION = re.compile(r"(?:续?表\s*[A-Z]?\.?\d|[Tt]able\s*\d)")  # a stretch under a caption is a table
MIN_LONG = 2  # rows of two long prose lines that agree on the gutter, at least ...
MIN_PAIRED = 3  # ... and rows with text on both sides of it in a stretch


GlyphRow = list[Glyph]  # one row of glyphs across the page, as the line builder clusters them


@dataclass(frozen=True)
class Gutter:
    x0: float
    x1: float


def _segments(glyphs: list[Glyph], gap: float) -> list[tuple[float, float]]:
    """The x-ranges of a row's ink, joined where glyphs are closer than ``gap``."""
    spans: list[tuple[float, float]] = []
    for g in sorted((g for g in glyphs if not g.text.isspace()), key=lambda g: g.x0):
        if spans and g.x0 - spans[-1][1] < gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], g.x1))
        else:
            spans.append((g.x0, g.x1))
    return spans


def find_gutter(rows: list[GlyphRow], body_size: float) -> Gutter | None:
    """The common gutter of the rows that are two long prose lines side by side, if at least
    ``MIN_LONG`` rows agree on one near the middle of the text."""
    ink = [g for row in rows for g in row if not g.text.isspace()]
    if not ink or body_size <= 0:
        return None
    left, right = min(g.x0 for g in ink), max(g.x1 for g in ink)
    width = right - left
    centre = (left + right) / 2
    gaps: list[tuple[float, float]] = []
    for row in rows:
        spans = _segments(row, PROSE_GAP * body_size)
        if len(spans) != 2:
            continue
        (a0, a1), (b0, b1) = spans
        if min(a1 - a0, b1 - b0) < PROSE_SHARE * width or b0 - a1 < GUTTER * body_size:
            continue
        if abs((a1 + b0) / 2 - centre) > MIDDLE * width:
            continue
        gaps.append((a1, b0))
    if len(gaps) < MIN_LONG:
        return None
    # the gap most rows share: justified columns end and start at the same x on every line
    best: Gutter | None = None
    best_count = 0
    for x0, x1 in gaps:
        shared = [(a, b) for a, b in gaps if a < x1 and b > x0]
        lo, hi = max(a for a, _ in shared), min(b for _, b in shared)
        if len(shared) > best_count and hi - lo >= 0.5 * body_size:
            best, best_count = Gutter(lo, hi), len(shared)
    return best if best_count >= MIN_LONG else None


def _crosses(row: GlyphRow, gutter: Gutter) -> bool:
    # the middle half of the gutter: a ragged left column (lines broken, not justified) ends a
    # little past where the two long rows that found the gutter ended
    quarter = (gutter.x1 - gutter.x0) / 4
    x0, x1 = gutter.x0 + quarter, gutter.x1 - quarter
    return any(g.x0 < x1 and g.x1 > x0 for g in row if not g.text.isspace())


def _paired(row: GlyphRow, gutter: Gutter) -> bool:
    ink = [g for g in row if not g.text.isspace()]
    return any(g.x1 <= gutter.x0 for g in ink) and any(g.x0 >= gutter.x1 for g in ink)


def column_stretches(
    rows: list[GlyphRow], gutter: Gutter, body_size: float, rules: Sequence[HRule] = ()
) -> list[tuple[int, int]]:
    """(start, end) index ranges of consecutive rows none of which crosses the gutter, with at
    least ``MIN_PAIRED`` rows holding text on both sides.  A blank band taller than a few lines
    ends a stretch too: a page number or a running header in a margin is not in a column."""
    stretches = []
    start = 0
    for end in range(len(rows) + 1):
        crossing = end < len(rows) and _crosses(rows[end], gutter)
        apart = 0 < end < len(rows) and _top(rows[end]) - _bottom(rows[end - 1]) > MARGIN_GAP * body_size
        if end == len(rows) or crossing or apart:
            if _prose(rows, start, end, gutter) and not _ruled(rows[start:end], gutter, rules, body_size):
                stretches.append((start, end))
            start = end + 1 if crossing else end
    return stretches


def _prose(rows: list[GlyphRow], start: int, end: int, gutter: Gutter) -> bool:
    """Rows ``start:end`` read as two columns of prose, not as a table of two columns.

    A table's right cell wraps alone (rows with text on one side between rows with text on
    both), and a table sits under its caption; two columns of prose run line for line.
    """
    paired = [k for k in range(start, end) if _paired(rows[k], gutter)]
    if len(paired) < MIN_PAIRED:
        return False
    inside = sum(1 for k in range(paired[0], paired[-1]) if k not in paired)
    if ONE_SIDED_SHARE * inside >= len(paired):
        return False
    above = [rows[k] for k in (start - 1, start) if 0 <= k < len(rows)]
    return not any(CAPTION.match(_text(row)) for row in above)


def _ruled(rows: list[GlyphRow], gutter: Gutter, rules: Sequence[HRule], body_size: float) -> bool:
    """A horizontal rule across the gutter within the stretch or just at its edges: the top, header
    or bottom rule of a table (three-line or ruled), which two columns of prose never have."""
    if not rows or not rules:
        return False
    top, bottom = _top(rows[0]) - body_size, _bottom(rows[-1]) + body_size
    return any(r.x0 < gutter.x0 and r.x1 > gutter.x1 and top <= r.y <= bottom for r in rules)


def _text(row: GlyphRow) -> str:
    return "".join(g.text for g in sorted(row, key=lambda g: g.x0) if not g.text.isspace())


def _top(row: GlyphRow) -> float:
    return min(g.top for g in row)


def _bottom(row: GlyphRow) -> float:
    return max(g.bottom for g in row)


def split_at(glyphs: list[Glyph], gutter: Gutter) -> tuple[list[Glyph], list[Glyph]]:
    """A row's glyphs left and right of the gutter."""
    middle = (gutter.x0 + gutter.x1) / 2
    left = [g for g in glyphs if (g.x0 + g.x1) / 2 < middle]
    return left, [g for g in glyphs if (g.x0 + g.x1) / 2 >= middle]
