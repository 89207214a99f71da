"""Which side of its tables a document prints the captions on.

GB/T 1.1-2020 8.6 sets "表 N 标题" above the table, and most standards follow it; typesetting
systems that float tables (ConTeXt's ``\\placetable``, LaTeX's ``\\caption`` after the tabular) set it
below, after the table's notes, and a caption then sits between the table it names and the next
one.  Which table a caption heads cannot be told from one caption alone, so the document votes:
a caption with a table (a ruled grid or a rule) just under it and none just over it says "above";
one with a table ending just over it (its notes between) and none under it says "below".  A
caption with a table on both sides (between two tables) or on neither says nothing.

A continuation caption ("表1（续）", "续表") heads its part in both styles and does not vote.
"""

from __future__ import annotations

from std_extract.document import Page, TextLine
from std_extract.parse.model import PageScan
from std_extract.parse.tablectx import NOTE_START, UNIT_LINE, Caption, parse_caption
from std_extract.textnorm import clean_text

REACH = 2.5  # line heights between a caption and the table edge next to it
NOTE_LINES = 6  # note and footnote lines a caption set below may sit under


def captions_below(scans: list[PageScan]) -> bool:
    """True when the document's captions are set below their tables (a strict majority of the
    captions that vote, see the module docstring)."""
    above = below = 0
    for scan in scans:
        edges = _edges(scan)
        for index, line in enumerate(scan.page.lines):
            caption = parse_caption(line)
            if caption is None or caption.continued:
                continue
            starts = _table_starts_under(scan.page, index, edges)
            ends = _table_ends_over(scan.page, index, edges)
            above += starts and not ends
            below += ends and not starts
    return below > above


def _edges(scan: PageScan) -> tuple[list[float], list[float]]:
    """(tops, bottoms) of the page's table edges: grids' tops and bottoms, and every rule both."""
    rules = [r.y for r in scan.rules]
    return [g.bbox[1] for g in scan.grids] + rules, [g.bbox[3] for g in scan.grids] + rules


def _table_starts_under(page: Page, index: int, edges: tuple[list[float], list[float]]) -> bool:
    """A table edge under the caption, no text line between but a unit line ("单位为毫克每千克")."""
    caption = page.lines[index]
    below = [y for y in edges[0] if y >= caption.bbox[3] - 1 and any(ln.bbox[1] >= y for ln in page.lines)]
    if not below:
        return False
    y = min(below)
    between = _between(page, caption, caption.bbox[3], y)
    if not all(UNIT_LINE.match(clean_text(ln.text)) for ln in between):
        return False
    return y - max([caption.bbox[3]] + [ln.bbox[3] for ln in between]) <= REACH * _height(caption)


def _table_ends_over(page: Page, index: int, edges: tuple[list[float], list[float]]) -> bool:
    """A table edge over the caption with only note lines between (注, footnotes a, b …)."""
    caption = page.lines[index]
    # an edge with no text over it closes nothing: the rule under the running head
    over = [y for y in edges[1] if y <= caption.bbox[1] + 1 and any(ln.bbox[3] <= y for ln in page.lines)]
    if not over:
        return False
    y = max(over)
    between = _between(page, caption, y, caption.bbox[1])
    if len(between) > NOTE_LINES or not all(_note_line(ln) for ln in between):
        return False
    return caption.bbox[1] - max([y] + [ln.bbox[3] for ln in between]) <= REACH * _height(caption)


def _between(page: Page, caption: TextLine, top: float, bottom: float) -> list[TextLine]:
    """The page's lines set between two heights, the caption aside."""
    return [
        ln for ln in page.lines if ln is not caption and ln.bbox[1] >= top - 1 and ln.bbox[3] <= bottom + 1
    ]


def _note_line(line: TextLine) -> bool:
    return bool(NOTE_START.match(clean_text(line.text)))


def _height(line: TextLine) -> float:
    return max(line.bbox[3] - line.bbox[1], 1.0)


def caption_under(page: Page, bottom: float, used: set[int]) -> tuple[int, Caption] | None:
    """(line index, caption) of the caption set just under a table whose box (notes included)
    ends at ``bottom``: the first line below it, within reach, when it is a caption."""
    for index, line in enumerate(page.lines):
        if index in used or line.bbox[1] < bottom - 2:
            continue
        if line.bbox[1] - bottom > REACH * _height(line):
            return None
        caption = parse_caption(line)
        return (index, caption) if caption is not None and not caption.continued else None
    return None
