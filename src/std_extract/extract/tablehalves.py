"""A long list printed in side-by-side halves, read as one column of rows.

Standards set a long list of items with one value each in two (or three) halves side by side to
save a page: "序号 | 选择控制项目 | 标准值 | 序号 | 选择控制项目 | 标准值" (GB 18918 表3, GB 8978's
pollutant lists), "元素 | SML | 元素 | SML".  Read as one table, the second half's labels become
values of the first half's rows.  The halves are recognised by their headers, which repeat the
first half's column for column; the body is restacked, the first half's rows then the second's,
as the reader of the printed page reads them.
"""

from __future__ import annotations

from std_extract.document import Table, TableCell
from std_extract.textnorm import compact


def side_by_side_halves(table: Table) -> int:
    """How many halves the table's header repeats side by side (1: none)."""
    heads = _column_heads(table)
    width = len(heads)
    for halves in (2, 3):
        if width % halves or width // halves < 2:
            continue
        size = width // halves
        first = heads[:size]
        if all(first) and all(heads[k * size : (k + 1) * size] == first for k in range(1, halves)):
            return halves
    return 1


def unfold_halves(table: Table) -> Table:
    """The table with its side-by-side halves stacked into one (itself when it has none)."""
    halves = side_by_side_halves(table)
    if halves == 1:
        return table
    size = len(_column_heads(table)) // halves
    rows: list[list[TableCell]] = []
    new_row: dict[tuple[int, int], int] = {}  # (half, old row) -> new row
    for half in range(halves):
        for old, row in enumerate(table.rows):
            cells = row[half * size : (half + 1) * size]
            if half and not any(c.text.strip() and not _copied_across(c, half, size) for c in cells):
                continue  # the last half is shorter, or a note row spans the halves: no row of its own
            new_row[(half, old)] = len(rows)
            rows.append(cells)
    restacked = [
        [_moved(cell, half_of, size, new_row) for cell in row] for half_of, row in _with_half(rows, size)
    ]
    return table.model_copy(
        update={
            "rows": restacked,
            "header_rows": [header[:size] for header in table.header_rows],
            "columns": table.columns[:size],
        }
    )


def _copied_across(cell: TableCell, half: int, size: int) -> bool:
    """A copy of a merged cell that starts in another half (a note row spanning the table)."""
    return cell.merged_from is not None and cell.merged_from[1] // size != half


def _with_half(rows: list[list[TableCell]], size: int):
    for row in rows:
        yield (row[0].col // size if row else 0), row


def _moved(cell: TableCell, half: int, size: int, new_row: dict[tuple[int, int], int]) -> TableCell:
    row = new_row[(half, cell.row)]
    merged = cell.merged_from
    if merged is not None:
        source_half = merged[1] // size
        merged = (new_row.get((source_half, merged[0]), row), merged[1] - source_half * size)
    return cell.model_copy(update={"row": row, "col": cell.col - half * size, "merged_from": merged})


def _column_heads(table: Table) -> list[str]:
    """Each column's header path, compacted (empty for a column with no header)."""
    width = max((len(r) for r in table.rows), default=0)
    heads = []
    for j in range(width):
        parts = [compact(h[j]) for h in table.header_rows if j < len(h) and h[j].strip()]
        heads.append("/".join(parts))
    return heads
