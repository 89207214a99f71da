"""Print the national set (corpus/national/src/docs/*.py) to PDF with ReportLab and write its gold.

    python scripts/print_national.py                 # every document
    python scripts/print_national.py nat_sludge_01   # some documents
    python scripts/print_national.py --check         # only check the committed PDFs against their gold

Each document is typeset the way national standards are printed: A4, a cover with ICS/CCS, the
kind of standard, the number with 代替, the title in Chinese and English, 发布/实施 dates and the
issuing bodies; the 前言 with roman folios; the body with the number as running header (outer
corner) and arabic folios; full-grid tables with a heavier frame, notes and footnotes inside the
frame, and a "表N（续）" caption with the header repeated where a table runs onto the next page.
Fonts: AR PL UMing (宋体-like, Debian fonts-arphic-uming) for text, WenQuanYi Zen Hei (黑体-like,
fonts-wqy-zenhei) for headings.  ``rl_config.invariant`` makes a reprint byte-identical.

The gold is read from the document modules (``V`` values carry their records: the hand-written
sets' authoring model, std_extract_synth.authoring, through corpus/national/src/kit.py); the page
of each record is the page on which ReportLab drew the value (an ``onDraw`` callback).  The gold
file, the printed-elements file and the command line are the three sets' shared ones
(scripts/printkit.py); the check (std_extract.evaluate.goldcheck) then confirms, from pdfplumber's
text layer alone, that every number of every record is printed on its page; it never runs the
extractor.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import printkit

from std_extract_synth.authoring import Block, Cell, StandardDoc, Value, value_element, write_document_gold

REPO = Path(__file__).resolve().parent.parent
NATIONAL = REPO / "corpus" / "national"
SOURCES = NATIONAL / "src"
SONG = "/usr/share/fonts/truetype/arphic/uming.ttc"
HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_TAGS = re.compile(r"</?(super|sub|b|i|br|font)\b[^>]*>")


# ---- typesetting -------------------------------------------------------------------------------
def _markup(text: str) -> str:
    """Escape a source string for a ReportLab paragraph, keeping the few tags the documents use."""
    out, last = [], 0
    for match in _TAGS.finditer(text):
        out.append(_escape(text[last : match.start()]))
        out.append(match[0])
        last = match.end()
    out.append(_escape(text[last:]))
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _render(content) -> str:
    if isinstance(content, Value):
        return f'<onDraw name="g" label="{content.label}"/>{_markup(content.text)}'
    if isinstance(content, Cell):
        return _render(content.content)
    if isinstance(content, list | tuple):
        return "".join(_render(p) for p in content)
    return _markup(str(content))


class Typesetter:
    """Turns a StandardDoc into ReportLab flowables and draws its pages."""

    def __init__(self, doc: StandardDoc):
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.doc = doc
        base = {"fontName": "Song", "wordWrap": "CJK"}
        self.body = ParagraphStyle("body", fontSize=10.5, leading=17, firstLineIndent=21, **base)
        self.flush = ParagraphStyle("flush", parent=self.body, firstLineIndent=0)
        self.item = ParagraphStyle("item", parent=self.body, firstLineIndent=0, leftIndent=21)
        self.heading = ParagraphStyle(
            "heading", fontName="Hei", fontSize=10.5, leading=17, spaceBefore=5, spaceAfter=2
        )
        self.caption = ParagraphStyle(
            "caption",
            fontName="Hei",
            fontSize=10,
            leading=15,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=3,
        )
        self.unit = ParagraphStyle("unit", parent=self.flush, fontSize=9, leading=12, alignment=TA_RIGHT)
        self.title = ParagraphStyle(
            "title", fontName="Hei", fontSize=16, leading=26, alignment=TA_CENTER, spaceAfter=14
        )
        self.cell = {
            a: ParagraphStyle(f"cell{a}", fontName="Song", wordWrap="CJK", alignment=al)
            for a, al in (("c", TA_CENTER), ("l", TA_LEFT), ("r", TA_RIGHT))
        }

    # blocks
    def flowables(self) -> list:
        from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer

        out: list = [Spacer(1, 1), NextPageTemplate("front"), PageBreak()]
        out.append(Paragraph("前　　言", self.title))
        out.extend(f for block in self.doc.front for f in self._block(block))
        out.extend([NextPageTemplate("body"), PageBreak()])
        out.append(Paragraph("<br/>".join(self.doc.title), self.title))
        out.extend(f for block in self.doc.body for f in self._block(block))
        return out

    def _block(self, block: Block) -> list:
        from reportlab.platypus import PageBreak, Paragraph

        d = block.data
        if block.kind == "heading":
            return [Paragraph(f"{_markup(d['number'])}　{_markup(d['title'])}", self.heading)]
        if block.kind == "para":
            text = _render(d["text"])
            if "number" in d:
                return [Paragraph(f'<font name="Hei">{d["number"]}</font>　{text}', self.flush)]
            return [Paragraph(text, self.body if d.get("indent", True) else self.flush)]
        if block.kind == "item":
            return [Paragraph(f"{_markup(d['mark'])}　{_render(d['text'])}", self.item)]
        if block.kind == "annex":
            title = f"附　录　{d['letter']}<br/>（{d['status']}）<br/>{_markup(d['title'])}"
            return [PageBreak(), Paragraph(title, self.title)]
        if block.kind == "pagebreak":
            return [PageBreak()]
        if block.kind == "table":
            return self._table(d)
        raise ValueError(f"{self.doc.stem}: ReportLab typesets no {block.kind} block")

    def _table(self, d) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, TableStyle

        rows = d["rows"]
        ncols = sum((c.cs if isinstance(c, Cell) else 1) for c in rows[0])
        grid: list[list] = [["" for _ in range(ncols)] for _ in rows]
        taken: set[tuple[int, int]] = set()
        commands: list = []
        size = d["font"]
        for r, row in enumerate(rows):
            col = 0
            for cell in row:
                if cell == "" and (r, col) in taken:  # a placeholder under a span
                    col += 1
                    continue
                cell = cell if isinstance(cell, Cell) else Cell(cell)
                while (r, col) in taken:
                    col += 1
                style = self.cell[cell.align].clone(f"c{r}{col}", fontSize=size, leading=size * 1.35)
                grid[r][col] = Paragraph(_render(cell.content), style)
                for dr in range(cell.rs):
                    for dc in range(cell.cs):
                        taken.add((r + dr, col + dc))
                if cell.cs > 1 or cell.rs > 1:
                    commands.append(("SPAN", (col, r), (col + cell.cs - 1, r + cell.rs - 1)))
                col += cell.cs
        foot = [*d["notes"], *d["footnotes"]]
        for part in foot:
            grid.append(
                [Paragraph(_render(part), self.cell["l"].clone("n", fontSize=size, leading=size * 1.4))]
            )
            grid[-1].extend("" for _ in range(ncols - 1))
            commands.append(("SPAN", (0, len(grid) - 1), (ncols - 1, len(grid) - 1)))
        if foot:
            commands.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, "black"))
        width = 160 * mm
        widths = [w * mm for w in d["widths"]] if d["widths"] else [width / ncols] * ncols
        commands += [
            ("INNERGRID", (0, 0), (-1, len(rows) - 1), 0.5, "black"),
            ("BOX", (0, 0), (-1, -1), 1.0, "black"),
            ("LINEBELOW", (0, d["head"] - 1), (-1, d["head"] - 1), 0.8, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        caption = f"表{d['number']}　{_markup(d['caption'])}"
        table = _GBTable(grid, colWidths=widths, repeatRows=d["head"], style=TableStyle(commands))
        table.cont = (f"表{d['number']}（续）", self.caption) if d["cont"] else None
        head = Paragraph(caption, self.caption.clone("cap", keepWithNext=1))
        out = [head]
        if d["unit_line"]:
            out.append(Paragraph(_markup(d["unit_line"]), self.unit.clone("u", keepWithNext=1)))
        out.append(table)
        return out

    # pages
    def on_cover(self, canvas, _doc) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        d, (w, h) = self.doc, A4
        canvas.setFont("Hei", 10.5)
        canvas.drawString(25 * mm, h - 22 * mm, f"ICS {d.ics}" if d.ics else "")
        if d.ccs:
            canvas.drawString(25 * mm, h - 28 * mm, f"CCS {d.ccs}")
        if d.filing:
            canvas.drawString(25 * mm, h - 34 * mm, f"备案号：{d.filing}")
        canvas.setFont("Helvetica-Bold", 40)
        canvas.drawRightString(w - 20 * mm, h - 34 * mm, d.kind.split("/")[0])
        canvas.setFont("Hei", 22)
        line = " ".join(d.kind_line())
        canvas.drawCentredString(w / 2, h - 58 * mm, line)
        canvas.setFont("Hei", 13)
        canvas.drawRightString(w - 20 * mm, h - 72 * mm, d.number)
        y = h - 79 * mm
        canvas.setFont("Song", 10.5)
        for old in d.replaces:
            canvas.drawRightString(w - 20 * mm, y, f"代替 {old}")
            y -= 6 * mm
        canvas.setLineWidth(0.8)
        canvas.line(20 * mm, y - 2 * mm, w - 20 * mm, y - 2 * mm)
        canvas.setFont("Hei", 24)
        y = h - 120 * mm
        for title in d.title:
            canvas.drawCentredString(w / 2, y, title)
            y -= 13 * mm
        if d.title_en:
            from reportlab.lib.utils import simpleSplit

            canvas.setFont("Times-Roman", 14)
            for part in simpleSplit(d.title_en, "Times-Roman", 14, w - 60 * mm):
                canvas.drawCentredString(w / 2, y, part)
                y -= 7 * mm
        canvas.setFont("Hei", 12)
        canvas.drawString(22 * mm, 52 * mm, f"{d.issued} 发布")
        canvas.drawRightString(w - 22 * mm, 52 * mm, f"{d.effective} 实施")
        canvas.line(20 * mm, 48 * mm, w - 20 * mm, 48 * mm)
        canvas.setFont("Hei", 14)
        y = 38 * mm
        for issuer in d.issuers:
            canvas.drawCentredString(w / 2 - 10 * mm, y, issuer)
            y -= 7 * mm
        canvas.drawString(
            w / 2 + 10 * mm + 7 * max(len(i) for i in d.issuers) / 2 * mm * 0.7, 38 * mm, "发 布"
        )

    def on_front(self, canvas, doc) -> None:
        self._folio(canvas, ["I", "II", "III", "IV"][canvas.getPageNumber() - 2])

    def on_body(self, canvas, doc) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        page = canvas.getPageNumber()
        self.body_start = getattr(self, "body_start", None) or page
        folio = page - self.body_start + 1
        canvas.setFont("Hei", 10)
        w, h = A4
        if folio % 2:
            canvas.drawRightString(w - 20 * mm, h - 15 * mm, self.doc.number)
        else:
            canvas.drawString(25 * mm, h - 15 * mm, self.doc.number)
        self._folio(canvas, str(folio))

    def _folio(self, canvas, text: str) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.units import mm

        canvas.setFont("Song", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, text)


def _gb_table_class():
    from reportlab.platypus import PageBreak, Paragraph, Table

    class GBTable(Table):
        """A table that, split over a page, continues under a "表N（续）" caption (GB/T 1.1-2020 8.6.5)."""

        cont = None

        def split(self, availWidth, availHeight):
            parts = Table.split(self, availWidth, availHeight)
            if len(parts) < 2 or not self.cont:
                return parts
            for part in parts:
                part.cont = self.cont
            text, style = self.cont
            return [parts[0], PageBreak(), Paragraph(text, style.clone("cont", keepWithNext=1)), *parts[1:]]

    return GBTable


_GBTable: Any = None  # the GBTable class, made by _setup() once ReportLab is imported


def _setup() -> None:
    global _GBTable
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    if "Song" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Song", SONG, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("Hei", HEI, subfontIndex=0))
    _GBTable = _gb_table_class()


def print_document(stem: str, set_dir: Path = NATIONAL) -> Path:
    """Print one document to ``<set_dir>/<stem>.pdf`` and write its gold and printed-elements files
    there (``set_dir`` another folder: a reprint to compare with the committed files)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    doc = printkit.load_document(SOURCES, stem)
    setter = Typesetter(doc)
    pdf = set_dir / f"{stem}.pdf"
    pages: dict[int, int] = {}

    def on_cover(canvas, doc):
        # the first page: from here on each V's onDraw records the page it is drawn on
        canvas.setNamedCB("g", lambda c, _kind, label: pages.setdefault(int(label), c.getPageNumber()))
        setter.on_cover(canvas, doc)

    frame = Frame(25 * mm, 20 * mm, A4[0] - 45 * mm, A4[1] - 45 * mm, id="f", leftPadding=0, rightPadding=0)
    template = BaseDocTemplate(
        str(pdf),
        pagesize=A4,
        title=f"{doc.number} {' '.join(doc.title)}",
        author="",
        creator="",
        producer="",
    )
    template.addPageTemplates(
        [
            PageTemplate("cover", [frame], onPage=on_cover),
            PageTemplate("front", [frame], onPage=setter.on_front),
            PageTemplate("body", [frame], onPage=setter.on_body),
        ]
    )
    template.build(setter.flowables())
    elements = []
    for value in doc.values:
        if value.label not in pages:
            raise SystemExit(f"{stem}: annotated value {value.text!r} printed on no page")
        elements.append(value_element(value, pages[value.label]))
    write_document_gold(set_dir, pdf, doc.gold_head(), elements)
    return pdf


def print_documents(stems: list[str]) -> Iterator[Path]:
    _setup()
    for stem in stems:
        yield print_document(stem)


def main() -> int:
    stems = printkit.document_stems(SOURCES, "nat_")
    return printkit.main(__doc__.splitlines()[0], NATIONAL, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
