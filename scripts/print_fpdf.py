"""Print corpus/fpdf: draw each standard page by page with fpdf2 (line breaking, table cells and rules,
page breaks all decided here), then write its gold and check the gold against the PDF's text layer.

    python scripts/print_fpdf.py [STEM...]     # draw, write gold, check
    python scripts/print_fpdf.py --check       # only check the committed PDFs and gold

Drawing needs the ``fpdf2`` package (pip) and three Debian font packages: fonts-hanazono (HanaMinA, a
Ming / Song face for the body and tables), fonts-wqy-microhei (WenQuanYi Micro Hei for headings, table
headers, the cover and the running headers) and fonts-lxgw-wenkai (LXGW WenKai for notes and table
footnotes).  The check needs none of them (pdfplumber and the evaluator's gold model only).

House style: A4; a cover with ICS / CCS top left, the kind mark large top right, the kind line over a
heavy rule, the number and 代替 at the right, the title, the dates and the issuers over a heavy rule; on
every later page the standard number in the OUTER top corner and the folio in the OUTER bottom corner,
alternating right (odd folios) and left (even), roman in the 前言 (the corner style of the national
standards' printers), or for enterprise standards a boxed header over every page (number | title |
第 N 页 共 M 页); tables ruled only by horizontal lines of two weights (``rules``), an open grid without outer
verticals (``open``) or a full grid with a heavy frame (``grid``); a header cell spanning columns over a
row of units; diagonal header cells; tables continued on the next page as ``续表N`` with the header repeated;
wide tables on a landscape page; annexes set in two columns.  The printer notes the page each value is drawn
on.  The creation date is fixed from the issue date and the file identifier follows from the content, so a
redraw of an unchanged source gives the same bytes.  The authoring model, the gold and printed-elements
files and the command line are the hand-written sets' shared ones (std_extract_synth.authoring,
scripts/printkit.py).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import Cell, StandardDoc, Value, place_cells

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "fpdf"
SOURCES = CORPUS / "src"
PREFIX = "fp_"
FONTS = {
    "ming": "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "kai": "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
}
PT = 25.4 / 72  # mm per point
TOP, BOTTOM, INNER, OUTER = 27.0, 24.0, 25.0, 20.0
TAG = re.compile(r"<(/?)(sup|sub|b|br)\s*/?>")
# an unbreakable run of Latin letters, digits and the signs that hold a number together
WORD = re.compile(r"[A-Za-z0-9.,:%‰°℃±+\-−/×·~～≤≥<>=()\[\]²³⁴μΩ′″'^_]+")
NO_BREAK_BEFORE = set("，。、；：）》」’”％‰℃！？")
EMPTY_IN_HEI = set("℃")
ROMAN = ["", "I", "II", "III", "IV", "V", "VI"]


class Atom:
    """A piece of text that is never broken: its style ("", "sup", "sub", "b", "br"), the label of the
    value it belongs to, its width in mm.  (No dataclass: the tests load this script without registering
    it as a module.)"""

    __slots__ = ("mark", "style", "text", "width")

    def __init__(self, text: str, style: str, mark: int | None, width: float = 0.0) -> None:
        self.text, self.style, self.mark, self.width = text, style, mark, width


def runs(content, mark: int | None = None) -> list[tuple[str, str, int | None]]:
    """(text, style, mark) runs of a block's content: markup split into styles, each Value's label kept."""
    if content is None:
        return []
    if isinstance(content, Value):
        return runs(content.text, content.label)
    if isinstance(content, Cell):
        return runs(content.content, mark)
    if isinstance(content, list | tuple):
        return [r for part in content for r in runs(part, mark)]
    text = str(content)
    out: list[tuple[str, str, int | None]] = []
    style = ""
    pos = 0
    for m in TAG.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], style, mark))
        closing, tag = m.group(1), m.group(2)
        if tag == "br":
            out.append(("", "br", mark))
        else:
            style = "" if closing else tag
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], style, mark))
    return out


def _diagonal(content) -> bool:
    """A diagonal header cell of the set's kit (``D``: ``top`` and ``bottom`` texts)."""
    return hasattr(content, "top") and hasattr(content, "bottom")


def segments(text: str, family: str) -> list[tuple[str, str]]:
    """``text`` cut where a character has no outline in ``family`` (WenQuanYi Micro Hei maps ℃ to an
    empty glyph): those characters are drawn in the Ming face."""
    out: list[tuple[str, str]] = []
    for ch in text:
        face = "ming" if family == "hei" and ch in EMPTY_IN_HEI else family
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + ch, face)
        else:
            out.append((ch, face))
    return out


class Painter:
    """One document drawn on fpdf2 pages; ``marks`` the page of every value label drawn."""

    def __init__(self, doc: StandardDoc, total: int | None = None) -> None:
        from fpdf import FPDF

        self.doc = doc
        self.total = total  # the number of pages, known after a first drawing
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        for family, path in FONTS.items():
            pdf.add_font(family, "", path)
        pdf.set_creation_date(dt.datetime.fromisoformat(doc.issued + "T09:00:00+08:00"))
        pdf.set_title(doc.number)
        pdf.set_producer("fpdf2")
        self.pdf = pdf
        self.marks: dict[str, int] = {}
        self.folio = 0
        self.roman = False
        self.landscape = False
        self.body_face = "ming"
        self.size = 10.5
        self.x0 = INNER
        self.width = 210 - INNER - OUTER
        self.y = TOP
        self.columns = 1
        self.column = 0
        self.column_top: float = TOP

    # ---- pages ----------------------------------------------------------------------------------
    @property
    def page_w(self) -> float:
        return 297.0 if self.landscape else 210.0

    @property
    def page_h(self) -> float:
        return 210.0 if self.landscape else 297.0

    @property
    def bottom(self) -> float:
        return self.page_h - BOTTOM

    def new_page(self, landscape: bool | None = None) -> None:
        if landscape is not None:
            self.landscape = landscape
        self.pdf.add_page(orientation="L" if self.landscape else "P")
        self.folio += 1
        self.frame()
        self.y = TOP + (6 if getattr(self.doc, "header", "corner") == "box" else 0)
        self.column = 0
        self.set_columns(self.columns)
        self.page_furniture()

    def frame(self) -> None:
        odd = self.folio % 2 == 1
        left = INNER if odd else OUTER
        if self.landscape:
            left = 22.0
        self.frame_x = left
        self.frame_w = self.page_w - (INNER + OUTER if not self.landscape else 44.0)

    def set_columns(self, n: int) -> None:
        self.columns = n
        gap = 8.0
        w = (self.frame_w - gap * (n - 1)) / n
        self.x0 = self.frame_x + self.column * (w + gap)
        self.width = w

    def page_furniture(self) -> None:
        pdf, d = self.pdf, self.doc
        folio = ROMAN[self.folio] if self.roman else str(self.folio)
        if getattr(d, "header", "corner") == "box":
            pages = str(self.total or 0)
            pdf.set_line_width(0.3)
            y, h = 12.0, 8.0
            x, w = self.frame_x, self.frame_w
            pdf.rect(x, y, w, h)
            pdf.line(x + 52, y, x + 52, y + h)
            pdf.line(x + w - 40, y, x + w - 40, y + h)
            self.put(x + 2, y + 5.4, d.number, "hei", 9)
            short = re.sub(r"<[^>]+>", "", d.title[-1]).replace("\u3000", " ")
            tw = self.text_width(short, "hei", 9)
            self.put(x + 52 + (w - 92 - tw) / 2, y + 5.4, short, "hei", 9)
            self.put(x + w - 38, y + 5.4, f"第 {self.physical()} 页 共 {pages} 页", "hei", 9)
            return
        odd = self.folio % 2 == 1 or self.landscape
        number_w = self.text_width(d.number, "hei", 10.5)
        x = self.frame_x + self.frame_w - number_w if odd else self.frame_x
        self.put(x, 16.0, d.number, "hei", 10.5)
        fw_ = self.text_width(folio, "ming", 9)
        x = self.frame_x + self.frame_w - fw_ if odd else self.frame_x
        self.put(x, self.page_h - 13.0, folio, "ming", 9)

    def physical(self) -> int:
        return self.pdf.page_no()

    # ---- text -----------------------------------------------------------------------------------
    def face(self, style: str, base: str) -> tuple[str, float]:
        if style == "b":
            return "hei", 1.0
        if style in ("sup", "sub"):
            return base, 0.62
        return base, 1.0

    def text_width(self, text: str, family: str, size: float) -> float:
        width = 0.0
        for piece, face in segments(text, family):
            self.pdf.set_font(face, size=size)
            width += self.pdf.get_string_width(piece)
        return width

    def put(self, x: float, y: float, text: str, family: str, size: float) -> None:
        for piece, face in segments(text, family):
            self.pdf.set_font(face, size=size)
            self.pdf.text(x, y, piece)
            x += self.pdf.get_string_width(piece)

    def atoms(self, content, family: str, size: float) -> list[Atom]:
        out: list[Atom] = []
        for text, style, mark in runs(content):
            if style == "br":
                out.append(Atom("", "br", mark))
                continue
            fam, scale = self.face(style, family)
            pos = 0
            while pos < len(text):
                m = WORD.match(text, pos)
                piece = m.group(0) if m else text[pos]
                pos += len(piece)
                atom = Atom(piece, style, mark, self.text_width(piece, fam, size * scale))
                if out and out[-1].style != "br" and (piece[0] in NO_BREAK_BEFORE or piece == " "):
                    out.append(atom)
                    atom.text = "\0" + atom.text  # glued to the atom before
                else:
                    out.append(atom)
        return out

    def lines(self, content, family: str, size: float, width: float, indent: float = 0.0) -> list[list[Atom]]:
        """Greedy line breaking: CJK characters one by one, Latin and number runs whole, closing
        punctuation never at a line start."""
        atoms = self.atoms(content, family, size)
        groups: list[list[Atom]] = []
        for atom in atoms:
            if atom.text.startswith("\0") and groups:
                atom.text = atom.text[1:]
                groups[-1].append(atom)
            else:
                atom.text = atom.text.lstrip("\0")
                groups.append([atom])
        lines: list[list[Atom]] = [[]]
        used = indent
        for group in groups:
            if group[0].style == "br":
                lines.append([])
                used = 0.0
                continue
            w = sum(a.width for a in group)
            if lines[-1] and used + w > width + 0.01:
                lines.append([])
                used = 0.0
            if not lines[-1] and group[0].text == " ":
                continue
            lines[-1].extend(group)
            used += w
        return lines

    def draw_line(self, line: list[Atom], x: float, baseline: float, family: str, size: float) -> None:
        for atom in line:
            fam, scale = self.face(atom.style, family)
            shift = {"sup": -0.36 * size * PT, "sub": 0.16 * size * PT}.get(atom.style, 0.0)
            self.put(x, baseline + shift, atom.text, fam, size * scale)
            if atom.mark is not None:
                self.marks.setdefault(f"v{atom.mark}", self.physical())
            x += atom.width

    def line_width(self, line: list[Atom]) -> float:
        return sum(a.width for a in line)

    def block(
        self,
        content,
        family: str | None = None,
        size: float | None = None,
        indent: float = 0.0,
        lead: str | None = None,
        align: str = "l",
        space: float = 1.2,
        hang: float = 0.0,
    ) -> None:
        """A paragraph, kept whole on one page (or column); ``lead`` a bold clause number before it."""
        family = family or self.body_face
        size = size or self.size
        lh = size * PT * 1.55
        first = indent
        parts = content if isinstance(content, list) else [content]
        if lead:
            parts = [f"<b>{lead}</b>　", *parts]
        lines = self.lines(parts, family, size, self.width - hang, first)
        height = lh * len(lines) + space
        if self.y + height > self.bottom:
            self.advance()
        for n, line in enumerate(lines):
            x = self.x0 + hang + (first if n == 0 else 0.0)
            if align == "c":
                x = self.x0 + (self.width - self.line_width(line)) / 2
            self.draw_line(line, x, self.y + size * PT * 1.05, family, size)
            self.y += lh
        self.y += space

    def advance(self) -> None:
        """To the next column, or a new page."""
        if self.columns > 1 and self.column < self.columns - 1:
            self.column += 1
            self.y = self.column_top
            self.set_columns(self.columns)
            return
        self.new_page()
        self.column_top = self.y

    # ---- the document -----------------------------------------------------------------------------
    def draw(self) -> bytes:
        d = self.doc
        self.cover()
        self.roman = True
        self.folio = 0
        self.new_page()
        self.block("前　　言", "hei", 15, align="c", space=6)
        for b in d.front:
            self.block(b.data["text"], indent=2 * self.size * PT)
        self.roman = False
        self.folio = 0
        self.new_page()
        for t in d.title:
            self.block(t, "hei", 15, align="c", space=1.0)
        self.y += 5
        self.column_top = self.y
        for b in d.body:
            self.render(b)
        return bytes(self.pdf.output())

    def cover(self) -> None:
        pdf, d = self.pdf, self.doc
        pdf.add_page()
        codes = [x for x in (f"ICS {d.ics}" if d.ics else None, f"CCS {d.ccs}" if d.ccs else None) if x]
        if d.filing:
            codes.append(f"备案号：{d.filing}")
        for n, c in enumerate(codes):
            self.put(22, 24 + 6 * n, c, "hei", 10.5)
        mark = getattr(d, "mark", None) or d.kind
        w = self.text_width(mark, "hei", 34)
        self.put(190 - w, 34, mark, "hei", 34)
        kind_line = d.kind_line()
        w = self.text_width(kind_line, "hei", 22)
        self.put(105 - w / 2, 62, kind_line, "hei", 22)
        pdf.set_line_width(1.0)
        pdf.line(20, 68, 190, 68)
        w = self.text_width(d.number, "hei", 13)
        self.put(190 - w, 76, d.number, "hei", 13)
        if d.replaces:
            rep = "代替 " + "、".join(d.replaces)
            w = self.text_width(rep, "ming", 10.5)
            self.put(190 - w, 82.5, rep, "ming", 10.5)
        y = 118
        for t in d.title:
            t = re.sub(r"<[^>]+>", "", t)
            w = self.text_width(t, "hei", 24)
            self.put(105 - w / 2, y, t, "hei", 24)
            y += 13
        if d.title_en:
            lines = self.lines(d.title_en, "ming", 12, 150)
            for line in lines:
                self.draw_line(line, 105 - self.line_width(line) / 2, y + 4, "ming", 12)
                y += 7
        self.put(20, 255, f"{d.issued} 发布", "hei", 14)
        eff = f"{d.effective} 实施"
        self.put(190 - self.text_width(eff, "hei", 14), 255, eff, "hei", 14)
        pdf.line(20, 260, 190, 260)
        issuers = list(d.issuers)
        for n, name in enumerate(issuers):
            text = name + ("　　发布" if n == len(issuers) - 1 else "")
            w = self.text_width(text, "hei", 15)
            self.put(105 - w / 2, 272 + 8 * n, text, "hei", 15)

    def render(self, b) -> None:
        kind, data = b.kind, b.data
        if kind == "heading":
            self.y += 1.5
            if self.y + 16 > self.bottom:
                self.advance()
            self.block(f"{data['number']}　{data['title']}", "hei", self.size, space=1.5)
        elif kind == "para":
            if data.get("number"):
                self.block(data["text"], lead=data["number"])
            else:
                self.block(data["text"], indent=2 * self.size * PT if data.get("indent", True) else 0.0)
        elif kind == "item":
            self.block([f"{data['mark']}　", *data["text"]], hang=2 * self.size * PT)
        elif kind == "note":
            self.block(data["text"], "kai", 9, hang=2 * self.size * PT)
        elif kind == "formula":
            number = f"　　（{data['number']}）" if data.get("number") else ""
            self.block(data["text"] + number, align="c", space=2)
        elif kind == "pagebreak":
            self.new_page()
            self.column_top = self.y
        elif kind == "colbreak":
            self.advance()
        elif kind == "annex":
            self.columns = 1
            self.new_page(landscape=False)
            self.block(f"附　录　{data['letter']}", "hei", 12, align="c", space=0.5)
            self.block(f"（{data['status']}）", "hei", 10.5, align="c", space=0.5)
            self.block(data["title"], "hei", 12, align="c", space=4)
            self.column_top = self.y
            self.set_columns(data.get("columns", 1))
        elif kind == "table":
            self.table(data)
        else:
            raise ValueError(f"block {kind!r}")

    # ---- tables -------------------------------------------------------------------------------------
    def table(self, t: dict) -> None:
        rows, head = t["rows"], t["head"]
        ncols = sum((c.cs if isinstance(c, Cell) else 1) for c in rows[0])
        landscape = t.get("landscape", False)
        if landscape:
            self.new_page(landscape=True)
        widths = list(t["widths"] or [self.width / ncols] * ncols)
        if len(widths) != ncols:
            raise ValueError(f"表{t['number']}: {len(widths)} widths for {ncols} columns")
        scale = min(1.0, self.width / sum(widths))
        widths = [w * scale for w in widths]
        total = sum(widths)
        left = self.x0 + (self.width - total) / 2
        xs = [left]
        for w in widths:
            xs.append(xs[-1] + w)
        size = t["font"]
        lh = size * PT * 1.4
        pad = 1.3
        placed = place_cells(list(rows))
        nrows = len(rows)
        # lines of every cell, and the height each row needs
        laid = []
        need = [lh + 2 * pad] * nrows
        for r, c, cell in placed:
            w = xs[c + cell.cs] - xs[c] - 2 * pad
            if _diagonal(cell.content):
                lines = None
                h = 2 * lh + 2 * pad
            else:
                family = "hei" if r < head else "ming"
                lines = self.lines(cell.content, family, size, w)
                h = len(lines) * lh + 2 * pad
            laid.append((r, c, cell, lines, h))
            if cell.rs == 1:
                need[r] = max(need[r], h)
        for r, _c, cell, _lines, h in laid:
            if cell.rs > 1:
                have = sum(need[r : r + cell.rs])
                if have < h:
                    need[r + cell.rs - 1] += h - have
        # groups of body rows that a row span ties together
        end = list(range(nrows))
        for r, _c, cell, _lines, _h in laid:
            end[r] = max(end[r], r + cell.rs - 1)
        groups = []
        r = head
        while r < nrows:
            stop = r
            k = r
            while k <= stop:
                stop = max(stop, end[k])
                k += 1
            groups.append(list(range(r, stop + 1)))
            r = stop + 1
        split_at = t.get("split")
        forced = head + split_at if split_at is not None else None
        caption = f"表{t['number']}　{t['caption']}"
        head_h = sum(need[:head])
        first = True

        def start(cont: bool) -> None:
            text = f"续表{t['number']}" if cont else caption
            need_top = 9 + head_h + (groups[0] and sum(need[i] for i in groups[0]))
            if self.y + need_top > self.bottom:
                self.advance()
            self.block(text, "hei", 10, align="c", space=1.0)
            if t["unit_line"]:
                self.block(t["unit_line"], "ming", 9, align="r" if False else "l", space=0.5)
            self.rule_top = self.y
            self.draw_rows(t, laid, list(range(head)), need, xs, lh, pad, head)

        start(False)
        for group in groups:
            gh = sum(need[i] for i in group)
            if (forced is not None and group[0] == forced) or self.y + gh > self.bottom:
                self.close_table(t, xs)
                self.new_page()
                self.column_top = self.y
                start(True)
            self.draw_rows(t, laid, group, need, xs, lh, pad, head)
            first = False
        del first
        self.close_table(t, xs)
        for e in list(t["notes"]) + list(t["footnotes"]):
            self.block(e, "kai", 8.5, hang=0.0, space=0.6)
        self.y += 3
        if landscape:
            self.new_page(landscape=False)
            self.column_top = self.y

    def draw_rows(self, t, laid, rows, need, xs, lh, pad, head) -> None:
        """Draw the cells that start in ``rows`` (consecutive) and their rules."""
        pdf = self.pdf
        style = t["style"]
        size = t["font"]
        tops = {}
        y = self.y
        for r in rows:
            tops[r] = y
            y += need[r]
        bottom = y
        is_head = rows[0] < head
        for r, c, cell, lines, _h in laid:
            if r not in tops:
                continue
            x1, x2 = xs[c], xs[c + cell.cs]
            y1 = tops[r]
            y2 = y1 + sum(need[r : r + cell.rs])
            family = "hei" if r < head else "ming"
            if _diagonal(cell.content):
                pdf.set_line_width(0.2)
                pdf.line(x1, y1, x2, y2)
                tw = self.text_width(cell.content.top, family, size)
                self.put(x2 - pad - tw, y1 + pad + size * PT, cell.content.top, family, size)
                self.put(x1 + pad, y2 - pad - 0.5, cell.content.bottom, family, size)
            else:
                block_h = len(lines) * lh
                ly = y1 + (y2 - y1 - block_h) / 2
                for line in lines:
                    lw = self.line_width(line)
                    if cell.align == "l":
                        lx = x1 + pad
                    elif cell.align == "r":
                        lx = x2 - pad - lw
                    else:
                        lx = (x1 + x2 - lw) / 2
                    self.draw_line(line, lx, ly + size * PT * 1.02, family, size)
                    ly += lh
            # rules
            if style == "rules":
                if is_head and r + cell.rs < head and cell.cs > 1:
                    pdf.set_line_width(0.25)
                    pdf.line(x1 + 1, y2, x2 - 1, y2)  # a short rule under a spanning header cell
            else:
                pdf.set_line_width(0.25)
                last = xs[-1]
                if not (style == "open" and abs(x1 - xs[0]) < 0.01):
                    pdf.line(x1, y1, x1, y2)
                if not (style == "open" and abs(x2 - last) < 0.01):
                    pdf.line(x2, y1, x2, y2)
                pdf.line(x1, y2, x2, y2)
                pdf.line(x1, y1, x2, y1)
        if rows[0] == 0:
            pdf.set_line_width(0.8)
            pdf.line(xs[0], self.y, xs[-1], self.y)
        if is_head and rows[-1] == head - 1:
            pdf.set_line_width(0.5 if style == "rules" else 0.25)
            pdf.line(xs[0], bottom, xs[-1], bottom)
        elif not is_head and style == "rules":
            pdf.set_line_width(0.12)
            pdf.line(xs[0], bottom, xs[-1], bottom)
        self.y = bottom

    def close_table(self, t, xs) -> None:
        pdf = self.pdf
        pdf.set_line_width(0.8)
        pdf.line(xs[0], self.y, xs[-1], self.y)
        if t["style"] == "grid":
            pdf.line(xs[0], self.rule_top, xs[0], self.y)
            pdf.line(xs[-1], self.rule_top, xs[-1], self.y)
        self.y += 1.5


# ---- printing -------------------------------------------------------------------------------------
def _fpdf():
    try:
        import fpdf
    except ImportError:  # pragma: no cover - drawing needs it, the check does not
        raise SystemExit("the fpdf2 package is needed to print (pip install fpdf2)") from None
    return fpdf


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Draw one document into ``folder``; the PDF and the page of every value."""
    _fpdf()
    for path in FONTS.values():
        if not Path(path).is_file():
            raise SystemExit(
                f"{path} is missing (apt-get install fonts-hanazono fonts-wqy-microhei fonts-lxgw-wenkai)"
            )
    first = Painter(doc)
    first.draw()
    painter = Painter(doc, total=first.pdf.page_no())  # the boxed header prints 共 M 页
    data = painter.draw()
    pdf = folder / f"{doc.stem}.pdf"
    pdf.write_bytes(data)
    return pdf, painter.marks


def print_documents(stems: list[str]) -> Iterator[Path]:
    return printkit.print_marked(SOURCES, CORPUS, stems, typeset)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
