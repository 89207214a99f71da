"""Print corpus/national-office: write each standard as a .docx (python-docx) and print it to PDF with
LibreOffice, then write its gold and check the gold against the PDF's text layer.

    python scripts/print_national_office.py [STEM...]     # write .docx, print, write gold, check
    python scripts/print_national_office.py --check       # only check the committed PDFs and gold

Printing needs python-docx (the test extra) and LibreOffice Writer (Debian libreoffice-writer) with the
fonts AR PL UMing (fonts-arphic-uming), WenQuanYi Zen Hei (fonts-wqy-zenhei) and DejaVu Serif; the check
needs neither (pdfplumber and the evaluator's gold model only), so the tests do not need LibreOffice.

The route is a word processor's: Word tables with borders, merged cells and header rows that repeat
on every page, superscripts and subscripts as Word runs, a cover section, a 前言 section with roman
folios and a body section with the standard number as running header.  Each indicator value sits in a
Word bookmark; LibreOffice exports bookmarks as PDF named destinations, from which the page of every
value is read.  The authoring model, the gold and printed-elements files and the command line are
the hand-written sets' shared ones (std_extract_synth.authoring, scripts/printkit.py).
LibreOffice stamps the time and a random /ID into the PDF: both are overwritten with
same-length constants so that a reprint of an unchanged source gives the same bytes (the sha256 in the
gold stays valid).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import (
    StandardDoc,
    Value,
    place_cells,
    value_element,
    write_document_gold,
)

REPO = Path(__file__).resolve().parent.parent
OFFICE = REPO / "corpus" / "national-office"
SOURCES = OFFICE / "src"
SONG = "AR PL UMing CN"  # 宋体-like body face
HEI = "WenQuanYi Zen Hei"  # 黑体-like headings
LATIN = "DejaVu Serif"  # Times-like face for Latin letters and digits
EXPORT = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
_TAG = re.compile(r"<(/?)(sup|sub|b)>")


# ---- writing the .docx ----------------------------------------------------------------------------
class DocxWriter:
    """One StandardDoc written as a python-docx Document."""

    def __init__(self, doc: StandardDoc):
        from docx import Document

        self.doc = doc
        self.out = Document()
        self.bookmark = 0
        self._styles()

    # -- fonts and runs
    def _styles(self) -> None:
        from docx.shared import Pt

        normal = self.out.styles["Normal"]
        normal.font.size = Pt(10.5)
        self._fonts(normal.element.get_or_add_rPr(), SONG)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.line_spacing = 1.15

    @staticmethod
    def _fonts(rpr, east: str) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for key in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(key), LATIN)
        fonts.set(qn("w:eastAsia"), east)

    def _run(self, par, text: str, size: float, east: str = SONG, bold=False, sup=False, sub=False):
        from docx.shared import Pt

        run = par.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold or None
        # Only ever set to True: python-docx's `subscript = None` (like `superscript = None`) removes the
        # run's w:vertAlign whichever it is, which silently undid every superscript (10<sup>3</sup>
        # printed as a flat "103", footnote markers as "120a", m<sup>3</sup> as "m3").
        if sup:
            run.font.superscript = True
        elif sub:
            run.font.subscript = True
        self._fonts(run._r.get_or_add_rPr(), east)
        return run

    def _markup(self, par, text: str, size: float, east: str = SONG, bold=False) -> None:
        """Text with <sup>, <sub>, <b> and line breaks ("\\n") as runs."""
        state = {"sup": False, "sub": False, "b": bold}
        pos = 0
        for match in [*_TAG.finditer(text), None]:
            chunk = text[pos : match.start() if match else len(text)]
            for i, line in enumerate(chunk.split("\n")):
                if i:
                    par.add_run().add_break()
                if line:
                    self._run(par, line, size, east, state["b"], state["sup"], state["sub"])
            if match:
                state[match[2]] = not match[1]
                pos = match.end()

    def _content(self, par, content, size: float, east: str = SONG, bold=False) -> None:
        if isinstance(content, Value):
            self._bookmarked(par, content, size, east, bold)
        elif isinstance(content, list | tuple):
            for part in content:
                self._content(par, part, size, east, bold)
        elif content:
            self._markup(par, str(content), size, east, bold)

    def _bookmarked(self, par, value, size: float, east: str, bold: bool) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.bookmark += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.bookmark))
        start.set(qn("w:name"), f"v{value.label}")
        par._p.append(start)
        self._markup(par, value.text, size, east, bold)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.bookmark))
        par._p.append(end)

    # -- paragraphs
    def _par(self, align: str = "j", before=0.0, after=0.0, indent=False, keep=False, size=10.5):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        par = self.out.add_paragraph()
        fmt = par.paragraph_format
        fmt.alignment = {
            "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "c": WD_ALIGN_PARAGRAPH.CENTER,
            "l": WD_ALIGN_PARAGRAPH.LEFT,
            "r": WD_ALIGN_PARAGRAPH.RIGHT,
        }[align]
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if indent:
            fmt.first_line_indent = Pt(2 * size)
        if keep:
            fmt.keep_with_next = True
        return par

    @staticmethod
    def _border(par, side: str, size: int = 8) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        ppr = par._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        line = OxmlElement(f"w:{side}")
        for key, value in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", "000000")):
            line.set(qn(f"w:{key}"), value)
        borders.append(line)
        ppr.append(borders)

    # -- the three sections
    def write(self, path: Path) -> None:
        self._page_setup(self.out.sections[0])
        self._cover()
        self._section("upperRoman")
        self._front()
        self._section("decimal")
        self._body()
        self.out.save(str(path))

    @staticmethod
    def _page_setup(section) -> None:
        from docx.shared import Mm

        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(25), Mm(20)
        section.left_margin, section.right_margin = Mm(25), Mm(20)
        section.header_distance, section.footer_distance = Mm(12), Mm(10)

    def _section(self, folio: str) -> None:
        from docx.enum.section import WD_SECTION
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        section = self.out.add_section(WD_SECTION.NEW_PAGE)
        self._page_setup(section)
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:fmt"), folio)
        numbering.set(qn("w:start"), "1")
        cols = section._sectPr.find(qn("w:cols"))  # CT_SectPr order: pgNumType comes before cols
        if cols is not None:
            cols.addprevious(numbering)
        else:
            section._sectPr.append(numbering)
        header = section.header
        header.is_linked_to_previous = False
        par = header.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._run(par, self.doc.number, 10.5, HEI)
        self._border(par, "bottom", 6)
        footer = section.footer
        footer.is_linked_to_previous = False
        par = footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), " PAGE ")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        par._p.append(field)

    def _cover(self) -> None:
        d = self.doc
        par = self._par(
            "l"
        )  # food-safety standards print neither ICS nor CCS: an empty line keeps the layout
        self._run(par, f"ICS {d.ics}" if d.ics else "", 10.5, HEI)
        par = self._par("l")
        self._run(par, f"CCS {d.ccs}" if d.ccs else "", 10.5, HEI)
        if d.filing:
            par = self._par("l")
            self._run(par, f"备案号：{d.filing}", 10.5, SONG)
        par = self._par("r", before=6)
        self._run(par, d.kind, 40, HEI, bold=True)
        par = self._par("c", before=6, after=2)
        self._run(par, d.kind_line(), 24, HEI)
        self._border(par, "bottom", 12)
        par = self._par("r", before=4)
        self._run(par, d.number, 14, HEI)
        for old in d.replaces:
            par = self._par("r")
            self._run(par, f"代替 {old}", 10.5, SONG)
        for i, line in enumerate(d.title):
            par = self._par("c", before=110 if i == 0 else 6)
            self._markup(par, line, 24 if len(_TAG.sub("", line)) < 16 else 20, HEI)
        if d.title_en:
            par = self._par("c", before=14)
            self._run(par, d.title_en, 13, SONG)
        self._dates()
        for i, issuer in enumerate(d.issuers):
            par = self._par("c", before=40 if i == 0 else 2)
            last = i == len(d.issuers) - 1
            self._run(par, issuer + ("　　发布" if last else "　　　　"), 15, HEI)

    def _dates(self) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Mm

        par = self._par("l", before=190 if self.doc.title_en else 220)
        par.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
        self._run(par, f"{self.doc.issued}发布\t{self.doc.effective}实施", 13, HEI)
        self._border(par, "bottom", 12)

    def _front(self) -> None:
        par = self._par("c", after=12)
        self._run(par, "前　　言", 16, HEI)
        for block in self.doc.front:  # a "——" paragraph of changes hangs at the margin
            text = block.data["text"]
            par = self._par(indent=not (isinstance(text, str) and text.startswith("——")))
            self._content(par, text, 10.5)

    def _body(self) -> None:
        par = self._par("c", before=6, after=14)
        self._markup(par, "　".join(self.doc.title), 16, HEI)
        for block in self.doc.body:
            getattr(self, f"_b_{block.kind}")(block.data)

    # -- blocks
    def _b_heading(self, data) -> None:
        par = self._par("l", before=6, after=3, keep=True)
        self._markup(par, f"{data['number']}　{data['title']}", 10.5, HEI)

    def _b_para(self, data) -> None:
        number = data.get("number")
        par = self._par(indent=not number and data.get("indent", True))
        if number:
            self._run(par, f"{number}　", 10.5, HEI)
        self._content(par, data["text"], 10.5)

    def _b_item(self, data) -> None:
        from docx.shared import Pt

        par = self._par()
        par.paragraph_format.left_indent = Pt(21)
        self._run(par, f"{data['mark']}　" if data["mark"][-1] == ")" else data["mark"], 10.5)
        self._content(par, data["text"], 10.5)

    def _b_note(self, data) -> None:
        par = self._par(before=2, after=2, indent=True, size=9)
        self._content(par, data["text"], 9)

    def _b_formula(self, data) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Mm

        par = self._par("c", before=4, after=4)
        if data["number"]:
            par.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT)
        self._markup(par, data["text"] + (f"\t（{data['number']}）" if data["number"] else ""), 10.5)

    def _b_pagebreak(self, _data) -> None:
        from docx.enum.text import WD_BREAK

        self.out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _b_annex(self, data) -> None:
        par = self._par("c")
        par.paragraph_format.page_break_before = True
        self._run(par, f"附　录　{data['letter']}", 14, HEI)
        par = self._par("c")
        self._run(par, f"（{data['status']}）", 10.5, HEI)
        par = self._par("c", after=10)
        self._run(par, data["title"], 14, HEI)

    def _b_table(self, data) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT

        par = self._par("c", before=6, after=2, keep=True)
        self._run(par, f"表{data['number']}　{data['caption']}", 10.5, HEI)
        if data["unit_line"]:
            par = self._par("r", keep=True)
            self._markup(par, data["unit_line"], 9)
        grid = place_cells(data["rows"])
        ncols = max(c + cell.cs for _r, c, cell in grid)
        nrows = len(data["rows"]) + (1 if data["inside"] and (data["notes"] or data["footnotes"]) else 0)
        table = self.out.add_table(rows=nrows, cols=ncols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = data["widths"] or [160 / ncols] * ncols
        self._table_frame(table, widths, data["head"])
        for r, c, cell in grid:
            target = table.cell(r, c)
            if cell.cs > 1 or cell.rs > 1:
                target = target.merge(table.cell(r + cell.rs - 1, c + cell.cs - 1))
            self._cell(target, cell, data["font"], header=r < data["head"])
        extra = [*data["notes"], *data["footnotes"]]
        if data["inside"] and extra:
            row = table.rows[-1]
            target = row.cells[0].merge(row.cells[-1])
            for i, text in enumerate(extra):
                par = target.paragraphs[0] if i == 0 else target.add_paragraph()
                self._content(par, text, data["font"] - 0.5)
        elif extra:
            for text in extra:
                par = self._par(before=2, indent=False, size=9)
                self._content(par, text, 9)
        self._par(after=4)

    def _table_frame(self, table, widths: list[float], head: int) -> None:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Mm

        tblpr = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblpr.append(layout)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            line = OxmlElement(f"w:{side}")
            outer = side in ("top", "left", "bottom", "right")
            for key, value in (("val", "single"), ("sz", "12" if outer else "4"), ("color", "000000")):
                line.set(qn(f"w:{key}"), value)
            borders.append(line)
        tblpr.append(borders)
        for i, row in enumerate(table.rows):
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:cantSplit"))
            if i < head:
                trpr.append(OxmlElement("w:tblHeader"))
            for j, cell in enumerate(row.cells):
                cell.width = Mm(widths[j])
        for j, column in enumerate(table.columns):
            column.width = Mm(widths[j])

    def _cell(self, target, cell, font: float, header: bool) -> None:
        from docx.enum.table import WD_ALIGN_VERTICAL
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        target.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        par = target.paragraphs[0]
        par.alignment = {
            "c": WD_ALIGN_PARAGRAPH.CENTER,
            "l": WD_ALIGN_PARAGRAPH.LEFT,
            "r": WD_ALIGN_PARAGRAPH.RIGHT,
        }[cell.align]
        self._content(par, cell.content, font, HEI if header else SONG)


# ---- printing -------------------------------------------------------------------------------------
def print_documents(stems: list[str]) -> Iterator[Path]:
    """Write each .docx, print them all in one LibreOffice run, then write gold and printed values."""
    docs = {stem: printkit.load_document(SOURCES, stem) for stem in stems}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for stem, doc in docs.items():
            DocxWriter(doc).write(folder / f"{stem}.docx")
        profile = folder / "profile"
        command = [printkit.soffice(), f"-env:UserInstallation=file://{profile}", "--headless"]
        command += ["--convert-to", EXPORT, "--outdir", str(folder)]
        command += [str(folder / f"{stem}.docx") for stem in stems]
        subprocess.run(command, check=True, capture_output=True)
        for stem, doc in docs.items():
            target = OFFICE / f"{stem}.pdf"
            target.write_bytes(_steady(stem, (folder / f"{stem}.pdf").read_bytes()))
            _write_gold(doc, target)
            yield target


def _steady(stem: str, data: bytes) -> bytes:
    """The PDF with its creation time, /DocChecksum and /ID replaced by same-length constants (offsets
    unchanged)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260101000000", data)
    ident = hashlib.md5(stem.encode()).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + ident, data)
    return re.sub(rb"<[0-9A-F]{32}>", b"<" + ident + b">", data)


def _write_gold(doc: StandardDoc, pdf_path: Path) -> None:
    pages = printkit.destination_pages(pdf_path)
    elements = []
    for value in doc.values:
        page = pages.get(f"v{value.label}")
        if page is None:
            raise SystemExit(f"{doc.stem}: value {value.text!r} has no destination in the PDF")
        elements.append(value_element(value, page))
    write_document_gold(OFFICE, pdf_path, {**doc.gold_head(), "pages": None}, elements)


def main() -> int:
    stems = printkit.document_stems(SOURCES, "off_")
    return printkit.main(__doc__.splitlines()[0], OFFICE, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
