"""Print corpus/docx: write each enterprise, group or local standard as a .docx the way an enterprise's
standards engineer lays one out in Word (python-docx), print it to PDF with LibreOffice, then write its
gold and check the gold against the PDF's text layer.

    python scripts/print_docx.py [STEM...]     # write .docx, print, write gold, check
    python scripts/print_docx.py --check       # only check the committed PDFs and gold

Printing needs python-docx (the test extra), LibreOffice Writer (Debian libreoffice-writer) and the Noto
CJK faces (fonts-noto-cjk: Noto Serif CJK SC, Noto Sans CJK SC); the check needs none of them.

The same route as corpus/national-office (scripts/print_national_office.py), another layout family:
the cover is a Word table (ICS / CCS beside the kind mark, 备案号, kind line, number, title, dates, issuer
in its rows); headings and numbered clauses are a Word multilevel list (numbering.xml), so LibreOffice
generates every clause number (1 / 4.2 / 4.2.1) and the lists a) b) c); footnotes are Word footnotes at
the page foot; table header rows repeat on every page; the 前言's drafting lines are aligned on a tab stop;
folios ``第 N 页 共 M 页`` (PAGE and NUMPAGES fields) or roman / arabic by section.  Each indicator value
sits in a Word bookmark, exported by LibreOffice as a PDF named destination, from which the page of every
value is read.  LibreOffice stamps the time and a random /ID into the PDF: both are overwritten with
same-length constants, so a reprint of an unchanged source gives the same bytes.
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

from std_extract_synth.authoring import Value, place_cells, value_element, write_document_gold

REPO = Path(__file__).resolve().parent.parent
SET_DIR = REPO / "corpus" / "docx"
SOURCES = SET_DIR / "src"
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
EXPORT = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TAG = re.compile(r"<(/?)(sup|sub|b)>")
HEADINGS, LETTERS, DIGITS = 90, 91, 92  # abstract numbering ids


def _el(tag: str, **attrs: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


class DocxWriter:
    """One kit Doc written as a python-docx Document."""

    def __init__(self, doc):
        from docx import Document

        self.doc = doc
        self.out = Document()
        self.body_face = SERIF if doc.face == "serif" else SANS
        self.bookmark = 0
        self.footnotes = None
        self.list_num = 0
        self.nums = 0
        self._styles()
        self._numbering()

    # -- fonts, numbering, footnotes
    def _styles(self) -> None:
        from docx.shared import Pt

        normal = self.out.styles["Normal"]
        normal.font.size = Pt(10.5)
        self._fonts(normal.element.get_or_add_rPr(), self.body_face)
        fmt = normal.paragraph_format
        fmt.space_after, fmt.space_before, fmt.line_spacing = Pt(0), Pt(0), 1.2

    @staticmethod
    def _fonts(rpr, face: str) -> None:
        from docx.oxml.ns import qn

        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = _el("w:rFonts")
            rpr.insert(0, fonts)
        for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(key), face)

    def _numbering(self) -> None:
        """Three abstract lists: the headings' 1 / 1.1 / 1.1.1 and the letter and digit item lists."""
        numbering = self.out.part.numbering_part.element
        heading = _el("w:abstractNum", abstractNumId=str(HEADINGS))
        heading.append(_el("w:multiLevelType", val="multilevel"))
        for level in range(4):
            lvl = _el("w:lvl", ilvl=str(level))
            lvl.append(_el("w:start", val="1"))
            lvl.append(_el("w:numFmt", val="decimal"))
            lvl.append(_el("w:isLgl"))
            lvl.append(_el("w:suff", val="space"))
            lvl.append(_el("w:lvlText", val=".".join(f"%{i + 1}" for i in range(level + 1))))
            lvl.append(_el("w:lvlJc", val="left"))
            ppr = _el("w:pPr")
            ppr.append(_el("w:ind", left="0", hanging="0"))
            lvl.append(ppr)
            heading.append(lvl)
        lists = []
        for ident, fmt in ((LETTERS, "lowerLetter"), (DIGITS, "decimal")):
            item = _el("w:abstractNum", abstractNumId=str(ident))
            item.append(_el("w:multiLevelType", val="singleLevel"))
            lvl = _el("w:lvl", ilvl="0")
            lvl.append(_el("w:start", val="1"))
            lvl.append(_el("w:numFmt", val=fmt))
            lvl.append(_el("w:suff", val="space"))
            lvl.append(_el("w:lvlText", val="%1)"))
            lvl.append(_el("w:lvlJc", val="left"))
            ppr = _el("w:pPr")
            ppr.append(_el("w:ind", left="840", hanging="420"))
            lvl.append(ppr)
            item.append(lvl)
            lists.append(item)
        first = numbering.find(f"{{{W}}}num")
        for abstract in (heading, *lists):
            if first is not None:
                first.addprevious(abstract)
            else:
                numbering.append(abstract)
        self.heading_num = self._new_num(HEADINGS)

    def _new_num(self, abstract: int) -> int:
        numbering = self.out.part.numbering_part.element
        self.nums += 1
        ident = 900 + self.nums
        num = _el("w:num", numId=str(ident))
        num.append(_el("w:abstractNumId", val=str(abstract)))
        override = _el("w:lvlOverride", ilvl="0")
        override.append(_el("w:startOverride", val="1"))
        num.append(override)
        numbering.append(num)
        return ident

    @staticmethod
    def _number(par, num: int, level: int) -> None:
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val=str(level)))
        numpr.append(_el("w:numId", val=str(num)))
        par._p.get_or_add_pPr().insert(0, numpr)

    def _footnote(self, par, text: str, size: float) -> None:
        from docx.opc.constants import CONTENT_TYPE as CT
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        if self.footnotes is None:
            xml = (
                f'<w:footnotes xmlns:w="{W}">'
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:footnote></w:footnotes>"
            )
            part = XmlPart(
                PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), self.out.part.package
            )
            self.out.part.relate_to(part, RT.FOOTNOTES)
            self.footnotes = part.element
        ident = str(len(self.footnotes) - 1)
        note = _el("w:footnote", id=ident)
        p = _el("w:p")
        for child in (_el("w:footnoteRef"), None):
            run = _el("w:r")
            rpr = _el("w:rPr")
            self._fonts(rpr, self.body_face)
            rpr.append(_el("w:sz", val="17"))
            if child is not None:
                rpr.append(_el("w:vertAlign", val="superscript"))
                run.append(rpr)
                run.append(child)
            else:
                run.append(rpr)
                t = _el("w:t")
                t.text = " " + text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.append(t)
            p.append(run)
        note.append(p)
        self.footnotes.append(note)
        run = _el("w:r")
        rpr = _el("w:rPr")
        rpr.append(_el("w:vertAlign", val="superscript"))
        run.append(rpr)
        run.append(_el("w:footnoteReference", id=ident))
        par._p.append(run)

    # -- runs
    def _run(self, par, text: str, size: float, face: str | None = None, bold=False, sup=False, sub=False):
        from docx.shared import Pt

        run = par.add_run(text)
        run.font.size = Pt(size)
        if bold:
            run.bold = True
        if sup:
            run.font.superscript = True
        elif sub:
            run.font.subscript = True
        self._fonts(run._r.get_or_add_rPr(), face or self.body_face)
        return run

    def _markup(self, par, text: str, size: float, face: str | None = None, bold=False) -> None:
        state = {"sup": False, "sub": False, "b": bold}
        pos = 0
        for match in [*_TAG.finditer(text), None]:
            chunk = text[pos : match.start() if match else len(text)]
            for i, line in enumerate(chunk.split("\n")):
                if i:
                    par.add_run().add_break()
                if line:
                    self._run(par, line, size, face, state["b"], state["sup"], state["sub"])
            if match:
                state[match[2]] = not match[1]
                pos = match.end()

    def _content(self, par, content, size: float, face: str | None = None, bold=False) -> None:
        if isinstance(content, Value):
            self.bookmark += 1
            par._p.append(_el("w:bookmarkStart", id=str(self.bookmark), name=f"v{content.label}"))
            self._markup(par, content.text, size, face, bold)
            par._p.append(_el("w:bookmarkEnd", id=str(self.bookmark)))
        elif hasattr(content, "footnote"):  # the kit's Fn
            self._footnote(par, content.footnote, size)
        elif isinstance(content, list | tuple):
            for part in content:
                self._content(par, part, size, face, bold)
        elif content:
            self._markup(par, str(content), size, face, bold)

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
    def _border(element_ppr, sides: dict[str, int], tag: str = "w:pBdr") -> None:
        borders = _el(tag)
        for side, size in sides.items():
            borders.append(
                _el(f"w:{side}", val="single" if size else "nil", sz=str(size), space="1", color="000000")
            )
        element_ppr.append(borders)

    # -- document
    def write(self, path: Path) -> None:
        self._page_setup(self.out.sections[0])
        self._cover()
        self._section("upperRoman" if self.doc.folio == "plain" else None)
        self._front()
        self._section("decimal" if self.doc.folio == "plain" else None)
        self._body()
        self.out.save(str(path))

    @staticmethod
    def _page_setup(section) -> None:
        from docx.shared import Mm

        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(25.4), Mm(22)
        section.left_margin, section.right_margin = Mm(28), Mm(22)
        section.header_distance, section.footer_distance = Mm(14), Mm(12)

    def _field(self, par, instr: str, size: float) -> None:
        field = _el("w:fldSimple", instr=f" {instr} ")
        run = _el("w:r")
        rpr = _el("w:rPr")
        self._fonts(rpr, self.body_face)
        rpr.append(_el("w:sz", val=str(int(size * 2))))
        run.append(rpr)
        text = _el("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        par._p.append(field)

    def _section(self, folio: str | None) -> None:
        from docx.enum.section import WD_SECTION
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.oxml.ns import qn

        section = self.out.add_section(WD_SECTION.NEW_PAGE)
        self._page_setup(section)
        if folio:
            numbering = _el("w:pgNumType", fmt=folio, start="1")
            cols = section._sectPr.find(qn("w:cols"))
            if cols is not None:
                cols.addprevious(numbering)
            else:
                section._sectPr.append(numbering)
        header = section.header
        header.is_linked_to_previous = False
        par = header.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._run(par, self.doc.number, 10, SANS)
        self._border(par._p.get_or_add_pPr(), {"bottom": 4})
        footer = section.footer
        footer.is_linked_to_previous = False
        par = footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER if folio else WD_ALIGN_PARAGRAPH.RIGHT
        if folio:
            self._field(par, "PAGE", 9)
        else:
            self._run(par, "第 ", 9)
            self._field(par, "PAGE", 9)
            self._run(par, " 页 共 ", 9)
            self._field(par, "NUMPAGES", 9)
            self._run(par, " 页", 9)

    # -- the cover, a table
    def _cover(self) -> None:
        from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm

        d = self.doc
        rows = ["head", *(["filing"] if d.filing else []), "kind", "number", "title", "dates", "issuer"]
        table = self.out.add_table(rows=len(rows), cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblpr = table._tbl.tblPr
        tblpr.append(_el("w:tblLayout", type="fixed"))
        self._border(
            tblpr, {s: 0 for s in ("top", "left", "bottom", "right", "insideH", "insideV")}, "w:tblBorders"
        )
        for column in table.columns:
            column.width = Mm(80)
        heights = {"head": 24, "filing": 8, "kind": 20, "number": 22, "title": 110, "dates": 14, "issuer": 30}
        for name, row in zip(rows, table.rows, strict=True):
            row.height = Mm(heights[name])
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
            for cell in row.cells:
                cell.width = Mm(80)
            if name not in ("head", "dates"):
                row.cells[0].merge(row.cells[1])
        center, right, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT
        cells = dict(zip(rows, table.rows, strict=True))
        par = cells["head"].cells[0].paragraphs[0]
        self._run(par, f"ICS {d.ics}", 10.5, SANS)
        par = cells["head"].cells[0].add_paragraph()
        self._run(par, f"CCS {d.ccs}", 10.5, SANS)
        par = cells["head"].cells[1].paragraphs[0]
        par.alignment = right
        self._run(par, d.mark, 26 if len(d.mark) < 12 else 20, SANS, bold=True)
        if d.filing:
            par = cells["filing"].cells[0].paragraphs[0]
            self._run(par, f"备案号：{d.filing}", 10.5)
        cell = cells["kind"].cells[0]
        par = cell.paragraphs[0]
        par.alignment = center
        self._run(par, d.kindline, 22 if len(d.kindline) < 14 else 18, SANS, bold=True)
        self._border(cell._tc.get_or_add_tcPr(), {"bottom": 18}, "w:tcBorders")
        cell = cells["number"].cells[0]
        par = cell.paragraphs[0]
        par.alignment = right
        self._run(par, d.number, 14, SANS)
        for old in d.replaces:
            par = cell.add_paragraph()
            par.alignment = right
            self._run(par, f"代替 {old}", 10.5)
        cell = cells["title"].cells[0]
        for i, line in enumerate(d.title):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            par.alignment = center
            par.paragraph_format.space_before = Mm(30 if i == 0 else 2)
            self._markup(par, line, 24 if len(_TAG.sub("", line)) < 14 else 18, SANS, bold=True)
        if d.title_en:
            par = cell.add_paragraph()
            par.alignment = center
            par.paragraph_format.space_before = Mm(6)
            self._run(par, d.title_en, 12)
        for i, (text, align) in enumerate(((f"{d.issued}发布", left), (f"{d.effective}实施", right))):
            cell = cells["dates"].cells[i]
            par = cell.paragraphs[0]
            par.alignment = align
            self._run(par, text, 13, SANS, bold=True)
            self._border(cell._tc.get_or_add_tcPr(), {"bottom": 18}, "w:tcBorders")
        par = cells["issuer"].cells[0].paragraphs[0]
        par.alignment = center
        par.paragraph_format.space_before = Mm(4)
        self._run(par, "、".join(d.issuers) + "　　发 布", 15, SANS, bold=True)

    def _front(self) -> None:
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Mm

        par = self._par("c", after=14)
        self._run(par, "前　　言", 16, SANS, bold=True)
        for block in self.doc.front:
            par = self._par(indent=True, after=2)
            self._content(par, block.data["text"], 10.5)
        for label, text in self.doc.drafters:
            par = self._par("l", after=2)
            par.paragraph_format.first_line_indent = Mm(7.4)
            par.paragraph_format.tab_stops.add_tab_stop(Mm(52), WD_TAB_ALIGNMENT.LEFT)
            self._run(par, f"{label}\t{text}", 10.5)

    def _body(self) -> None:
        par = self._par("c", before=4, after=16)
        self._markup(par, "　".join(self.doc.title), 16, SANS, bold=True)
        for block in self.doc.body:
            getattr(self, f"_b_{block.kind}")(block.data)

    # -- blocks
    def _b_heading(self, data) -> None:
        par = self._par("l", before=6 if data["level"] == 1 else 3, after=3, keep=True)
        self._number(par, self.heading_num, data["level"] - 1)
        self._markup(par, data["title"], 10.5, SANS, bold=True)

    def _b_para(self, data) -> None:
        level = data.get("level")
        par = self._par(indent=not level and data.get("indent", True), after=1)
        if level:
            self._number(par, self.heading_num, level - 1)
        self._content(par, data["text"], 10.5)

    def _b_listrestart(self, data) -> None:
        self.list_num = self._new_num(LETTERS if data["style"] == "letter" else DIGITS)

    def _b_item(self, data) -> None:
        par = self._par(after=1)
        self._number(par, self.list_num, 0)
        self._content(par, data["text"], 10.5)

    def _b_note(self, data) -> None:
        par = self._par(before=2, after=2, indent=True, size=9)
        self._content(par, data["text"], 9)

    def _b_pagebreak(self, _data) -> None:
        from docx.enum.text import WD_BREAK

        self.out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _b_table(self, data) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT

        par = self._par("c", before=6, after=3, keep=True)
        self._run(par, f"表{data['number']}　{data['caption']}", 10.5, SANS, bold=True)
        if data["unit_line"]:
            par = self._par("r", keep=True, after=1)
            self._markup(par, data["unit_line"], 9)
        grid = place_cells(data["rows"])
        ncols = max(c + cell.cs for _r, c, cell in grid)
        extra = [*data["notes"], *data["footnotes"]]
        nrows = len(data["rows"]) + (1 if data["inside"] and extra else 0)
        table = self.out.add_table(rows=nrows, cols=ncols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = data["widths"] or [158 / ncols] * ncols
        self._frame(table, widths, data["head"])
        for r, c, cell in grid:
            target = table.cell(r, c)
            if cell.cs > 1 or cell.rs > 1:
                target = target.merge(table.cell(r + cell.rs - 1, c + cell.cs - 1))
            self._cell(target, cell, data["font"], header=r < data["head"])
        if data["inside"] and extra:
            row = table.rows[-1]
            target = row.cells[0].merge(row.cells[-1])
            for i, text in enumerate(extra):
                par = target.paragraphs[0] if i == 0 else target.add_paragraph()
                self._content(par, text, data["font"] - 0.5)
        elif extra:
            for text in extra:
                par = self._par(before=2, size=9)
                self._content(par, text, 9)
        self._par(after=4)

    def _frame(self, table, widths, head: int) -> None:
        from docx.shared import Mm

        tblpr = table._tbl.tblPr
        tblpr.append(_el("w:tblLayout", type="fixed"))
        sides = {"top": 8, "left": 8, "bottom": 8, "right": 8, "insideH": 4, "insideV": 4}
        self._border(tblpr, sides, "w:tblBorders")
        for i, row in enumerate(table.rows):
            trpr = row._tr.get_or_add_trPr()
            trpr.append(_el("w:cantSplit"))
            if i < head:
                trpr.append(_el("w:tblHeader"))
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
        self._content(par, cell.content, font, SANS if header else None, bold=False)


# ---- printing -------------------------------------------------------------------------------------
def _convert(folder: Path, stem: str) -> None:
    profile = folder / "profile"
    command = [printkit.soffice(), f"-env:UserInstallation=file://{profile}", "--headless"]
    command += ["--convert-to", EXPORT, "--outdir", str(folder), str(folder / f"{stem}.docx")]
    subprocess.run(command, check=True, capture_output=True)


def _steady(stem: str, data: bytes) -> bytes:
    """The PDF with its creation time, /DocChecksum and /ID replaced by same-length constants (offsets
    unchanged)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260101000000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20260101000000", data)
    ident = hashlib.md5(stem.encode()).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + ident, data)
    return re.sub(rb"<[0-9A-F]{32}>", b"<" + ident + b">", data)


def typeset(doc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Write ``doc`` as a .docx in ``folder``, print it with LibreOffice and steady the PDF; the PDF and
    the page of every value's bookmark."""
    DocxWriter(doc).write(folder / f"{doc.stem}.docx")
    _convert(folder, doc.stem)
    pdf = folder / f"{doc.stem}.pdf"
    pdf.write_bytes(_steady(doc.stem, pdf.read_bytes()))
    return pdf, printkit.destination_pages(pdf)


def print_documents(stems: list[str]) -> Iterator[Path]:
    """Print each document in a LibreOffice run of its own (LibreOffice numbers the Type 1 fonts it
    embeds, /UniqueID, across the documents of one run: one run per document keeps a reprint of one
    document byte-identical), then write its gold and printed values."""
    for stem in stems:
        doc = printkit.load_document(SOURCES, stem)
        with tempfile.TemporaryDirectory() as tmp:
            pdf, pages = typeset(doc, Path(tmp))
            target = SET_DIR / f"{stem}.pdf"
            target.write_bytes(pdf.read_bytes())
        elements = []
        for value in doc.values:
            page = pages.get(f"v{value.label}")
            if page is None:
                raise SystemExit(f"{stem}: value {value.text!r} has no destination in the PDF")
            elements.append(value_element(value, page))
        write_document_gold(SET_DIR, target, {**doc.gold_head(), "pages": None}, elements)
        yield target


def main() -> int:
    stems = printkit.document_stems(SOURCES, "wd_")
    return printkit.main(__doc__.splitlines()[0], SET_DIR, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
