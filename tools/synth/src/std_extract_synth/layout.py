"""Flow layout: blocks to pages of drawing operations, recording the page of every anchor.

One coordinate system, as pdfplumber has it: points, origin top-left.  The layout knows where
every indicator is drawn, which is how the gold gets its page numbers without parsing the PDF.
Tables split between row groups (rows joined by a row span never part); a continued table gets
"续表N" or "表N（续）" and its header repeated (GB/T 1.1-2020 8.6.5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4

from std_extract_synth.model import Cell, Heading, PageBreak, Para, Row, Run, Table
from std_extract_synth.textruns import Atom, Measurer, wrap

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 70.9, 56.7, 76.0, 72.0
BODY_W = PAGE_W - LEFT - RIGHT
FONT_SIZE = 10.5
LEADING = 1.62
TABLE_SIZE = 9.0
TABLE_LEADING = 1.4
PAD = 3.5


@dataclass
class TextOp:
    x: float
    top: float
    size: float
    runs: list[Run]


@dataclass
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass
class Flow:
    """A cursor over pages; ``anchors`` maps anchor ids to 1-based page numbers of this flow."""

    measurer: Measurer
    pages: list[list[object]] = field(default_factory=lambda: [[]])
    y: float = TOP
    anchors: dict[str, int] = field(default_factory=dict)

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() and self.y > TOP + 1:
            self.new_page()

    def draw(self, op: object) -> None:
        self.pages[-1].append(op)

    def line_of(self, atoms: list[Atom], x: float, size: float) -> None:
        runs = [r for a in atoms for r in a.runs]
        if runs:
            self.draw(TextOp(x, self.y, size, runs))

    # -- blocks ----------------------------------------------------------------------------
    def place(self, block: object) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Table):
            TableLayout(self, block).place()
        elif isinstance(block, PageBreak):
            if self.y > TOP + 1:
                self.new_page()

    def heading(self, h: Heading) -> None:
        if h.level == 0:
            return self.annex_heading(h)
        lead = FONT_SIZE * LEADING
        self.y += 4 if h.level == 1 else 1
        self.ensure(lead * 3)
        atoms = self.measurer.atoms(f"{h.number}　{h.text}", FONT_SIZE)
        self.line_of(atoms, LEFT, FONT_SIZE)
        if h.toc:
            self.anchors[f"toc:{h.number}"] = self.page
        self.y += lead + 1

    def annex_heading(self, h: Heading) -> None:
        self.anchors[f"toc:{h.number}"] = self.page
        for text in (f"附　录　{h.number[-1]}", *h.text.split("\n")):
            self.centered(text, 12)
        self.y += 8

    def centered(self, text: str, size: float) -> None:
        atoms = self.measurer.atoms(text, size)
        width = sum(a.width for a in atoms)
        self.line_of(atoms, LEFT + (BODY_W - width) / 2, size)
        self.y += size * LEADING

    def para(self, p: Para) -> None:
        size = p.size or FONT_SIZE
        lead = size * LEADING
        text, shift, x_text, x_first = p.text, 0, LEFT, LEFT + (2 * size if p.indent else 0)
        if p.hang and p.hang.endswith(")"):  # list item: a) hangs, the text aligns after it
            x_hang = LEFT + 2 * size
            x_text = x_first = x_hang + self.measurer.width([Run(p.hang)], size) + 4
        elif p.hang:  # numbered clause: "4.3.1　text", continuation at the margin
            text, shift, x_first = f"{p.hang}　{p.text}", len(p.hang) + 1, LEFT
        atoms = self.measurer.atoms(text, size)
        width = LEFT + BODY_W - x_text
        lines = wrap(atoms, width, LEFT + BODY_W - x_first) if text else [[]]
        self.ensure(lead * (len(lines) + (2 if p.keep_with_next else 0)))
        if p.hang and p.hang.endswith(")"):
            self.draw(TextOp(x_hang, self.y, size, [Run(p.hang)]))
        self.para_lines(p, lines, shift, size, x_first, x_text)
        self.y += 1.5

    def para_lines(
        self, p: Para, lines: list[list[Atom]], shift: int, size: float, x_first: float, x_text: float
    ) -> None:
        lead = size * LEADING
        starts = [line[0].start if line else 0 for line in lines]
        for i, line in enumerate(lines):
            self.ensure(lead)
            x = x_first if i == 0 else x_text
            if p.align == "center":
                x = LEFT + (BODY_W - sum(a.width for a in line)) / 2
            self.line_of(line, x, size)
            for anchor, offset in p.anchors:
                if starts[i] <= offset + shift and (i + 1 == len(lines) or offset + shift < starts[i + 1]):
                    self.anchors[anchor] = self.page
            self.y += lead


class TableLayout:
    """Places one table: caption, header, row groups, footnotes; splits with 续表."""

    def __init__(self, flow: Flow, table: Table) -> None:
        self.flow = flow
        self.t = table
        self.m = flow.measurer
        scale = BODY_W / sum(table.widths)
        self.xs = [LEFT]
        for w in table.widths:
            self.xs.append(self.xs[-1] + w * scale)
        self.lead = TABLE_SIZE * TABLE_LEADING
        self.header_h = self.heights(table.header)
        self.row_h = self.heights(table.rows)
        self.foot_lines = [wrap(self.m.atoms(f, TABLE_SIZE), BODY_W - 2 * PAD) for f in table.footnotes]
        self.foot_h = sum(len(lines) for lines in self.foot_lines) * self.lead + (
            2 * PAD if table.footnotes else 0
        )

    def cell_lines(self, cell: Cell) -> list[list[Atom]]:
        width = self.xs[cell.col + cell.colspan] - self.xs[cell.col] - 2 * PAD
        return wrap(self.m.atoms(cell.text, TABLE_SIZE), width)

    def heights(self, rows: list[Row]) -> list[float]:
        heights = [self.lead + 2 * PAD] * len(rows)
        for r, row in enumerate(rows):
            for cell in row.cells:
                if cell.rowspan == 1:
                    heights[r] = max(heights[r], len(self.cell_lines(cell)) * self.lead + 2 * PAD)
        for r, row in enumerate(rows):
            for cell in row.cells:
                if cell.rowspan > 1:
                    need = len(self.cell_lines(cell)) * self.lead + 2 * PAD
                    have = sum(heights[r : r + cell.rowspan])
                    if need > have:
                        heights[r + cell.rowspan - 1] += need - have
        return heights

    def groups(self) -> list[list[int]]:
        """Row indices that must stay together (joined by row spans)."""
        groups: list[list[int]] = []
        reach = -1
        for r, row in enumerate(self.t.rows):
            if r > reach:
                groups.append([])
            groups[-1].append(r)
            reach = max([reach, r] + [r + c.rowspan - 1 for c in row.cells])
        return groups

    def place(self) -> None:
        flow, groups = self.flow, self.groups()
        first = sum(self.row_h[r] for r in groups[0]) if groups else 0
        flow.ensure(self.lead * 2 + sum(self.header_h) + first + (self.foot_h if len(groups) == 1 else 0))
        self.caption(f"表{self.t.number}　{self.t.caption}")
        self.begin_segment()
        for k, group in enumerate(groups):
            height = sum(self.row_h[r] for r in group) + (self.foot_h if k == len(groups) - 1 else 0)
            if height > flow.room():
                self.end_segment()
                flow.new_page()
                self.caption(self.t.cont_style.format(n=self.t.number))
                self.begin_segment()
            self.draw_rows(self.t.rows, group, self.row_h)
            for r in group:
                for anchor in self.t.rows[r].anchors:
                    flow.anchors[anchor] = flow.page
        self.end_segment()
        self.footnotes()
        flow.y += 8

    def caption(self, text: str) -> None:
        self.flow.y += 3
        self.flow.centered(text, FONT_SIZE)
        self.flow.y -= 3

    def begin_segment(self) -> None:
        self.seg_top = self.flow.y
        if self.t.ruling == "three_line":
            self.flow.draw(LineOp(self.xs[0], self.flow.y, self.xs[-1], self.flow.y, 1.0))
        self.draw_rows(self.t.header, list(range(len(self.t.header))), self.header_h)
        if self.t.ruling == "three_line":
            self.flow.draw(LineOp(self.xs[0], self.flow.y, self.xs[-1], self.flow.y, 0.5))

    def end_segment(self) -> None:
        if self.t.ruling == "three_line":
            self.flow.draw(LineOp(self.xs[0], self.flow.y, self.xs[-1], self.flow.y, 1.0))

    def draw_rows(self, rows: list[Row], indices: list[int], heights: list[float]) -> None:
        top = self.flow.y
        tops = {r: top + sum(heights[indices[0] : r]) for r in indices}
        for r in indices:
            for cell in rows[r].cells:
                bottom = tops[r] + sum(heights[r : r + cell.rowspan])
                self.draw_cell(cell, tops[r], bottom)
        self.flow.y = top + sum(heights[r] for r in indices)

    def draw_cell(self, cell: Cell, top: float, bottom: float) -> None:
        x0, x1 = self.xs[cell.col], self.xs[cell.col + cell.colspan]
        if self.t.ruling == "grid":
            for seg in (
                (x0, top, x1, top),
                (x0, bottom, x1, bottom),
                (x0, top, x0, bottom),
                (x1, top, x1, bottom),
            ):
                self.flow.draw(LineOp(*seg))
        lines = self.cell_lines(cell)
        y = top + (bottom - top - len(lines) * self.lead) / 2 + (self.lead - TABLE_SIZE) / 2
        for line in lines:
            width = sum(a.width for a in line)
            x = x0 + PAD if cell.align == "left" else x0 + (x1 - x0 - width) / 2
            runs = [r for a in line for r in a.runs]
            self.flow.draw(TextOp(x, y, TABLE_SIZE, runs))
            y += self.lead

    def footnotes(self) -> None:
        if not self.t.footnotes:
            return
        flow = self.flow
        top = flow.y
        flow.y += PAD
        for lines in self.foot_lines:
            for line in lines:
                flow.draw(
                    TextOp(
                        self.xs[0] + PAD + 10,
                        flow.y + (self.lead - TABLE_SIZE) / 2,
                        TABLE_SIZE,
                        [r for a in line for r in a.runs],
                    )
                )
                flow.y += self.lead
        flow.y += PAD
        if self.t.ruling == "grid":
            x0, x1 = self.xs[0], self.xs[-1]
            for seg in ((x0, top, x0, flow.y), (x1, top, x1, flow.y), (x0, flow.y, x1, flow.y)):
                flow.draw(LineOp(*seg))


def layout_blocks(blocks: Sequence[object], measurer: Measurer) -> Flow:
    """Lay out ``blocks`` from the top of a fresh page."""
    flow = Flow(measurer)
    for block in blocks:
        flow.place(block)
    return flow
