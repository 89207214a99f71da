"""A value centred across the empty cells beside it in a table without column rules: one cell merged
over them all.

Word processors and browsers print a merged cell's text in the middle of the cells it covers, and a
table with no column rules (a frame and a header rule only, or banded rows) shows nothing else of
the merge.  A value merged over the four grades of `特优 | 特级 | 甲级 | 乙级` sits on the rule between
特级 and 甲级; one merged over `优等品 | 一等品 | 合格品` sits in 一等品's column, its neighbours
blank.  The parser can only tell the columns the text overlaps; here, where the value columns are
known, the span grows over blank value cells on both sides at once while the text stays centred over
it.  A genre fact keeps it safe: a grade or type a requirement does not cover is printed `—`, never
left blank, so blank cells on both sides of a centred value are the merge.
"""

from __future__ import annotations

from collections.abc import Sequence

from std_extract.document import Table, TableCell

CENTRE_SLACK = 0.25  # of one column's width: how far the text's centre may sit from the span's


def centred_spans(table: Table, value_columns: list[int], ladder_columns: Sequence[int] = ()) -> Table:
    """The table with each value of a text-aligned table centred over blank value cells on both
    sides merged across them (itself when there is none, and always for a ruled grid).

    A text in one column's middle (an odd span) is also how a cell of that column alone is set: it
    grows only over a ladder (``ladder_columns``: grades, or classes named by a code, A3.5 | A5.0 |
    A7.5), which a requirement never leaves blank (a grade it skips prints `—`); beside types or sizes
    (液体 | 膏体 | 粉体) a blank may mean "not applicable".
    A text on the rule between two columns (an even span, merged by the parser) is a merge whatever
    the columns are."""
    if table.detection != "text" or len(value_columns) < 3:
        return table
    rows = [list(row) for row in table.rows]
    changed = False
    for row in rows:
        for j in value_columns:
            changed |= _grow(row, j, set(value_columns), set(ladder_columns))
    return table.model_copy(update={"rows": rows}) if changed else table


def _grow(row: list[TableCell], j: int, values: set[int], ladder: set[int]) -> bool:
    """Merge the cell at j over the blank value cells left and right of its span, in pairs, while
    its text stays centred over the span (from one column, over a ladder only)."""
    if j >= len(row) or row[j].merged_from is not None or not row[j].text.strip():
        return False
    first = last = j
    while last + 1 < len(row) and row[last + 1].merged_from == (row[j].row, j):
        last += 1
    allowed = values if last > first else ladder
    grown = False
    while _blank(row, first - 1, allowed) and _blank(row, last + 1, allowed):
        if not _centred(row[j], row[first - 1], row[last + 1], last - first + 3):
            break
        first, last, grown = first - 1, last + 1, True
    if grown:
        _merge(row, j, first, last)
    return grown


def _blank(row: list[TableCell], k: int, allowed: set[int]) -> bool:
    return k in allowed and 0 <= k < len(row) and row[k].merged_from is None and not row[k].text.strip()


def _centred(cell: TableCell, left: TableCell, right: TableCell, width: int) -> bool:
    """The text's centre lies within a quarter of a column of the middle from ``left`` to ``right``
    (a blank cell's box is its column's)."""
    x0, x1 = left.bbox[0], right.bbox[2]
    centre = (cell.bbox[0] + cell.bbox[2]) / 2
    return abs(centre - (x0 + x1) / 2) <= CENTRE_SLACK * (x1 - x0) / width


def _merge(row: list[TableCell], j: int, first: int, last: int) -> None:
    """Cells first..last become one merged cell, printed in ``first`` (as the parser sets a span)."""
    origin = row[j]
    row[first] = row[first].model_copy(update={"text": origin.text, "bbox": origin.bbox, "merged_from": None})
    for k in range(first + 1, last + 1):
        update = {"text": origin.text, "bbox": origin.bbox, "merged_from": (origin.row, first)}
        row[k] = row[k].model_copy(update=update)
