"""A ruled grid and the page's lines -> cell texts, header rows, column paths and body rows.

Text comes from the page's lines (already repaired), char by char: a char belongs to the cell
its centre falls in.  A cell spanning several slots of the grid (merged cells) gives its text to
each slot it covers, with ``merged_from`` pointing at the cell that holds it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from std_extract.document import BBox, Page, TableCell
from std_extract.parse.headerlines import is_unit_row
from std_extract.parse.layout import is_cjk
from std_extract.parse.model import GridCell, RuledGrid

MAX_HEADER_ROWS = 4


@dataclass
class FilledGrid:
    """A grid with the text of each cell and the owner of each slot (row, col)."""

    grid: RuledGrid
    texts: dict[tuple[int, int], str]  # (row, col) of a cell's origin -> its text
    owner: list[list[GridCell | None]]  # slot -> the cell covering it
    header_count: int = 0
    line_ids: set[tuple[int, int]] = field(default_factory=set)  # (page, line index) of lines used
    starts: dict[tuple[int, int], float] = field(default_factory=dict)  # cell origin -> its text's x0

    def text(self, cell: GridCell | None) -> str:
        return self.texts.get((cell.row, cell.col), "") if cell else ""


def fill_grid(grid: RuledGrid, page: Page) -> FilledGrid:
    """Put each char of the page's lines into the grid cell that holds its centre."""
    owner: list[list[GridCell | None]] = [[None] * grid.n_cols for _ in range(grid.n_rows)]
    for cell in grid.cells:
        for r in range(cell.row, min(cell.row + cell.row_span, grid.n_rows)):
            for c in range(cell.col, min(cell.col + cell.col_span, grid.n_cols)):
                owner[r][c] = cell
    pieces: dict[tuple[int, int], list[str]] = {}
    starts: dict[tuple[int, int], float] = {}
    used: set[tuple[int, int]] = set()
    x0, top, x1, bottom = grid.bbox
    for index, line in enumerate(page.lines):
        if line.bbox[3] < top or line.bbox[1] > bottom:
            continue
        parts: dict[tuple[int, int], list[str]] = {}
        for char, box in zip(line.text, line.char_bboxes, strict=False):
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            if not (x0 <= cx <= x1 and top <= cy <= bottom):
                continue
            r, c = _slot(grid.row_edges, cy), _slot(grid.col_edges, cx)
            slot = owner[r][c] if 0 <= r < grid.n_rows and 0 <= c < grid.n_cols else None
            if slot is not None:
                parts.setdefault((slot.row, slot.col), []).append(char)
                if char.strip():
                    starts.setdefault((slot.row, slot.col), box[0])  # the first line's first char
        if parts:
            used.add((page.number, index))
        for key, chars in parts.items():
            text = "".join(chars).strip()
            if text:
                pieces.setdefault(key, []).append(text)
    texts = {key: "\n".join(lines) for key, lines in pieces.items()}
    filled = FilledGrid(grid=grid, texts=texts, owner=owner, line_ids=used, starts=starts)
    filled.header_count = count_header_rows(filled)
    return filled


def _slot(edges: list[float], value: float) -> int:
    return bisect_right(edges, value) - 1


def count_header_rows(filled: FilledGrid) -> int:
    """Header rows: the first row, and each next row that splits a spanning header cell above it
    ("指标" over "优等品 一等品 合格品") while its other slots still belong to header cells.

    None when a cell of the first row runs down into the body: a header cell ends with the
    header, so the first row is data (limits by food category: "乳制品" spanning its sub-categories)."""
    count = _header_run(filled)
    crossing = any(
        cell is not None and cell.row < count < cell.row + cell.row_span
        for r in range(count) for cell in filled.owner[r]
    )  # fmt: skip
    return 0 if crossing else count


def _header_run(filled: FilledGrid) -> int:
    owner, n_rows = filled.owner, filled.grid.n_rows
    count = 1
    while count < min(n_rows - 1, MAX_HEADER_ROWS):
        if _unit_row(filled, count) or _sign_row(filled, count):
            count += 1  # the units under the names ("绝缘厚度规定值" over "mm"): still the header
            continue
        splits = False
        for c, cell in enumerate(owner[count]):
            if cell is None:
                return count
            if cell.row < count:
                continue  # a header cell spanning down into this row
            parent = owner[count - 1][c]
            if parent is not None and parent.row < count and not filled.text(cell).strip():
                continue  # an empty slot under "项目", left unmerged: the header cell goes on
            if parent is None or parent.row >= count or parent.col_span <= cell.col_span:
                return count
            splits = True
        if not splits:
            return count
        count += 1
    return count


def _unit_row(filled: FilledGrid, r: int) -> bool:
    """Row ``r`` holds only units in the cells that start on it (header cells spanning down aside)."""
    texts = [filled.text(cell) for cell in filled.owner[r] if cell is not None and cell.row == r]
    return len(texts) == sum(1 for cell in filled.owner[r] if cell is not None) - _spanning_down(
        filled, r
    ) and (is_unit_row(texts))


def _sign_row(filled: FilledGrid, r: int) -> bool:
    """Row ``r`` holds only comparator signs, one per value column ("≥ | ≥ | ≤" under the units of
    吸入功率 | 真空度 | 噪声), the label cell empty: the direction of each column, still the header.
    A dash among them ("— | — | ≥" under 额定流量 | 额定扬程 | 机组效率) marks a column bounded no way."""
    texts = [filled.text(cell).strip() for cell in filled.owner[r] if cell is not None and cell.row == r]
    signs = [t for t in texts if t]
    return (
        len(signs) >= 2
        and all(SIGN_ONLY.match(t) or NO_SIGN.match(t) for t in signs)
        and any(SIGN_ONLY.match(t) for t in signs)
    )


SIGN_ONLY = re.compile(r"^[≤≥<>＜＞]$")
NO_SIGN = re.compile(r"^[—–\-－]{1,2}$")


def _spanning_down(filled: FilledGrid, r: int) -> int:
    return sum(1 for cell in filled.owner[r] if cell is not None and cell.row < r)


def header_rows(filled: FilledGrid) -> list[list[str]]:
    """The header rows as printed, each spanning cell's text repeated over the slots it covers."""
    return [[filled.text(cell) for cell in filled.owner[r]] for r in range(filled.header_count)]


def column_paths(headers: list[list[str]]) -> list[str]:
    """One path per column, top header row first: "指标/优等品" (repeats from spans dropped)."""
    if not headers:
        return []
    paths = []
    for c in range(len(headers[0])):
        parts: list[str] = []
        for row in headers:
            part = unwrap(row[c]) if c < len(row) else ""
            if part and (not parts or parts[-1] != part):
                parts.append(part)
        paths.append("/".join(parts))
    return paths


def unwrap(text: str) -> str:
    """Cell text on one line: a line break inside CJK text disappears, elsewhere becomes a space."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out = ""
    for line in lines:
        if out and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return re.sub(r"\s+", " ", out)


def grid_rows(filled: FilledGrid, page: int, start: int, stop: int) -> list[list[TableCell]]:
    """Rows ``start``..``stop`` of the grid as TableCells, numbered from 0.

    A slot covered by a merged cell copies its text, with ``merged_from`` the (row, col) of the
    cell that holds it; a cell that starts above ``start`` (a header cell spanning down) is copied
    without ``merged_from``.
    """
    grid, owner = filled.grid, filled.owner
    rows = []
    for r in range(start, stop):
        row = []
        for c in range(grid.n_cols):
            cell = owner[r][c]
            if cell is None:
                row.append(TableCell(row=r - start, col=c, text="", page=page, bbox=_slot_box(grid, r, c)))
                continue
            merged = (cell.row, cell.col) != (r, c)
            origin = (cell.row - start, cell.col) if merged and cell.row >= start else None
            row.append(
                TableCell(
                    row=r - start,
                    col=c,
                    text=filled.text(cell),
                    page=page,
                    bbox=cell.bbox,
                    merged_from=origin,
                    text_x0=filled.starts.get((cell.row, cell.col)),
                )
            )
        rows.append(row)
    return rows


def _slot_box(grid: RuledGrid, r: int, c: int) -> BBox:
    return (grid.col_edges[c], grid.row_edges[r], grid.col_edges[c + 1], grid.row_edges[r + 1])
