"""Tables drawn by hand on pages, three ways: a full ruled grid (a ``RuledGrid`` from the cells'
boxes, as pdfplumber's TableFinder gives), a three-line table (rules above, under the header and
below, GB/T 1.1-2020 style) and an unruled table (text alignment only).  The same logical table
(:class:`Sheet`) gives the same text in each, so a test can ask whether the reading depends on
how the table is ruled.  Built on ``builders.line`` (one box per char, spaces too)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from std_extract.document import Page, TextLine
from std_extract.parse.grids import cells_to_grid
from std_extract.parse.model import HRule, PageScan

from .builders import PAGE_HEIGHT, PAGE_WIDTH, line

Ruling = Literal["grid", "three_line", "unruled"]
SIZE = 10.5  # the builder's char width and height
LEFT = 60.0
PAD = 2.0  # ems between two columns' text in a text table
HEAD_STEP, BODY_STEP = 14.0, 22.0  # header lines set close, body rows with cell padding


@dataclass
class Span:
    """A cell of the sheet: its text (lines split on "\\n") and where it sits."""

    text: str
    row: int
    col: int
    rows: int = 1
    cols: int = 1


@dataclass
class Sheet:
    """A logical table: header cells (with spans), body rows (one text per column, "" empty),
    caption, footnotes and the sentences printed above the caption."""

    header: list[Span]
    body: list[list[str]]
    caption: str = "表1 技术指标"
    notes: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)
    header_rows: int = 1
    centred: bool = False  # body texts centred in their columns (else set flush left)
    pad: float = PAD  # ems between two columns' text in a text table (under 1: cells nearly touching)
    unit_line: str | None = None  # "单位为毫克每千克", set right between the caption and the table
    merged: list[Span] = field(default_factory=list)  # body cells over several rows (row: in the body)
    middle: bool = False  # a merged body cell's text set in the middle of its rows (as browsers set it)
    caption_below: bool = False  # the caption set under the table and its notes (ConTeXt, LaTeX floats)

    @property
    def width(self) -> int:
        """Columns: the header's, or the body's when there is no header (header_rows=0)."""
        return max([s.col + s.cols for s in self.header] + [len(row) for row in self.body])

    def cells(self, empty: bool = False) -> list[Span]:
        """Header and body cells, the body in rows after the header (``empty``: blank cells too,
        which a grid still draws); a merged body cell covers the slots under it."""
        out = list(self.header)
        spans = [Span(m.text, self.header_rows + m.row, m.col, m.rows, m.cols) for m in self.merged]
        covered = {(s.row + i, s.col + j) for s in spans for i in range(s.rows) for j in range(s.cols)}
        for r, row in enumerate(self.body):
            out += [
                Span(t, self.header_rows + r, c)
                for c, t in enumerate(row)
                if (t or empty) and (self.header_rows + r, c) not in covered
            ]
        return out + spans


def advance(char: str) -> float:
    """A char's width: Latin letters, digits and signs half an em (proportional fonts set them
    about so), CJK and full-width forms a whole em."""
    return SIZE / 2 if ord(char) < 0x2000 and char not in "≤≥" else SIZE


def text_width(text: str) -> float:
    return sum(advance(c) for c in text)


def set_line(page: int, pieces: list[tuple[float, str]], top: float, glued: bool = False) -> TextLine:
    """Texts set at x positions on one baseline, as one line (the layout stage joins text on one
    baseline, a space between pieces; ``glued``: none, as a text layer gives cells set too close),
    each char as wide as its ``advance``."""
    text, boxes = "", []
    for x, piece in sorted(pieces):
        if text and not glued:
            text += " "
            boxes.append((boxes[-1][2], top, x, top + SIZE))
        for char in piece:
            boxes.append((x, top, x + advance(char), top + SIZE))
            x += advance(char)
            text += char
    bbox = (boxes[0][0], top, boxes[-1][2], top + SIZE)
    return TextLine(page=page, text=text, bbox=bbox, char_bboxes=boxes)


def _widths(sheet: Sheet) -> list[float]:
    """Each column's width in points: its widest one-column line (a spanning header wider than
    its columns widens the last of them)."""
    widths = [SIZE] * sheet.width
    for cell in sheet.cells():
        if cell.cols == 1:
            widths[cell.col] = max(widths[cell.col], *(text_width(t) for t in cell.text.split("\n")))
    for cell in sheet.cells():
        if cell.cols > 1:
            need = max(text_width(t) for t in cell.text.split("\n"))
            have = sum(widths[cell.col : cell.col + cell.cols]) + sheet.pad * SIZE * (cell.cols - 1)
            widths[cell.col + cell.cols - 1] += max(0.0, need - have)
    return widths


def _starts(widths: list[float], pad: float) -> list[float]:
    starts, x = [], LEFT
    for w in widths:
        starts.append(x)
        x += w + pad * SIZE
    return starts


def _row_tops(sheet: Sheet, top: float, grid: bool) -> list[float]:
    """The top of each sheet row: header rows close together, body rows apart (grid rows hold
    their cells' wrapped lines)."""
    n_rows = sheet.header_rows + len(sheet.body)
    lines = [1] * n_rows
    for cell in sheet.cells():
        if cell.rows == 1:
            lines[cell.row] = max(lines[cell.row], len(cell.text.split("\n")))
    tops, y = [], top
    for r in range(n_rows):
        tops.append(y)
        step = HEAD_STEP if r < sheet.header_rows and not grid else BODY_STEP
        y += step + (lines[r] - 1) * HEAD_STEP
    tops.append(y)
    return tops


def _centred(sheet: Sheet, cell: Span) -> bool:
    """Spanning header texts are centred over their columns; body values where the sheet says."""
    return cell.cols > 1 if cell.row < sheet.header_rows else sheet.centred and cell.col > 0


def _text_lines(sheet: Sheet, page: int, tops: list[float]) -> list[TextLine]:
    """One printed line per sheet row and line of text, each cell at its column."""
    widths = _widths(sheet)
    starts = _starts(widths, sheet.pad)
    rows: dict[float, list[tuple[float, str]]] = {}
    for cell in sheet.cells():
        first, last = starts[cell.col], starts[cell.col + cell.cols - 1] + widths[cell.col + cell.cols - 1]
        for k, text in enumerate(cell.text.split("\n")):
            indent = (len(text) - len(text.lstrip(" "))) * SIZE / 2  # leading spaces: an indented line
            text = text.strip(" ")
            x = first + (last - first - text_width(text)) / 2 if _centred(sheet, cell) else first + indent
            rows.setdefault(_line_top(sheet, cell, tops) + k * HEAD_STEP, []).append((x, text))
    return [set_line(page, pieces, top) for top, pieces in sorted(rows.items())]


def _line_top(sheet: Sheet, cell: Span, tops: list[float]) -> float:
    """Where a cell's first line is set: its row's top, or, for a body cell merged down several rows
    of a ``middle`` sheet, halfway between the tops of its first and last rows (between two rows'
    lines for an even count, on the middle row's line for an odd one)."""
    if sheet.middle and cell.rows > 1 and cell.row >= sheet.header_rows:
        return (tops[cell.row] + tops[cell.row + cell.rows - 1]) / 2
    return tops[cell.row]


def _grid_lines(sheet: Sheet, page: int, tops: list[float]):
    """Cell boxes of a full grid and a line per cell line, set inside its box."""
    widths = _widths(sheet)
    starts = _starts(widths, PAD)
    xs = [s - SIZE for s in starts] + [starts[-1] + widths[-1] + SIZE]
    boxes, lines = [], []
    for cell in sheet.cells(empty=True):
        box = (xs[cell.col], tops[cell.row] - 4, xs[cell.col + cell.cols], tops[cell.row + cell.rows] - 4)
        boxes.append(box)
        for k, text in enumerate(t for t in cell.text.split("\n") if t):
            x = box[0] + SIZE + (len(text) - len(text.lstrip(" "))) * SIZE / 2
            text = text.strip(" ")
            if _centred(sheet, cell) or cell.row < sheet.header_rows and cell.col > 0:
                x = (box[0] + box[2] - text_width(text)) / 2
            lines.append(set_line(page, [(x, text)], tops[cell.row] + k * HEAD_STEP))
    return boxes, lines


def sheet_page(sheet: Sheet, ruling: Ruling, number: int = 3, top: float = 100.0) -> PageScan:
    """The sheet drawn on a page, caption above (or below, after the notes), notes below."""
    above = [line(number, text, top + 16.0 * k) for k, text in enumerate(sheet.above)]
    caption_top = top + 16.0 * len(sheet.above)
    caption = line(number, sheet.caption, caption_top, 250.0)
    unit_top = caption_top + (0.0 if sheet.caption_below else 16.0)  # the unit line right over the grid
    units = [line(number, sheet.unit_line, unit_top, 420.0)] if sheet.unit_line else []
    table_top = caption_top + 28.0 + 16.0 * len(units)
    if sheet.caption_below:
        table_top -= 28.0 - 12.0  # the table set where its caption would have stood
    tops = _row_tops(sheet, table_top, ruling == "grid")
    bottom = tops[-1] - 4
    grids, rules = [], []
    if ruling == "grid":
        boxes, body = _grid_lines(sheet, number, tops)
        grid = cells_to_grid(boxes, number)
        grids = [grid] if grid is not None else []
    else:
        body = _text_lines(sheet, number, tops)
        if ruling == "three_line":
            x1 = max(ln.bbox[2] for ln in body) + 10
            under_header = tops[sheet.header_rows] - 4
            rules = [HRule(x0=LEFT - 10, x1=x1, y=y) for y in (tops[0] - 4, under_header, bottom)]
    notes = [line(number, text, bottom + 8 + 16.0 * k, LEFT) for k, text in enumerate(sheet.notes)]
    if sheet.caption_below:
        caption = line(number, sheet.caption, bottom + 10 + 16.0 * len(sheet.notes), 250.0)
    lines = sorted([*above, caption, *units, *body, *notes], key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    built = Page(number=number, width=PAGE_WIDTH, height=PAGE_HEIGHT, lines=lines)
    return PageScan(page=built, grids=grids, rules=rules)
