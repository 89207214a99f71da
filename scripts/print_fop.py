"""Print corpus/fop: write each standard as XSL-FO, lay it out with Apache FOP, then write its gold and check
the gold against the PDF's text layer.

    python scripts/print_fop.py [STEM...]     # write .fo, lay out, write gold, check
    python scripts/print_fop.py --check       # only check the committed PDFs and gold

The route no earlier set used: XSL-FO (XSL 1.1 formatting objects) laid out by Apache FOP (Debian ``fop``
2.8, on the Java runtime), which breaks lines and pages itself and writes the PDF with its own TrueType
subsetter.  What the FO uses: ``fo:simple-page-master`` / ``fo:page-sequence`` for the cover, the 前言 (roman
folios) and the body; running heads in ``fo:static-content`` that ``fo:retrieve-marker`` fills with the
current chapter's title (each chapter heading carries an ``fo:marker``); ``fo:table`` with
``number-columns-spanned`` / ``number-rows-spanned``, a ``fo:table-header`` repeated on every page the table
runs onto, with a ``表N（续）`` row that ``fo:retrieve-table-marker`` fills only on the continued parts;
``fo:footnote`` for footnotes set at the foot of the page; ``fo:list-block`` for a) b) c) enumerations.
Faces (TrueType collections named in a FOP configuration file, glyphs embedded as subsets): AR PL UMing CN
(明体) for the text, WenQuanYi Zen Hei (黑体) for the cover, headings, captions and running heads, AR PL UKai
CN (楷体) for notes and footnotes.

The page of every value is read from FOP's intermediate format: the document is first laid out to the
area-tree intermediate format (``-if``), where every value's ``fo:inline id`` shows as an ``<id name=…>``
inside its page, and the PDF is then rendered from that same intermediate file (``-ifin``), so what is
read and what is printed are one layout.  The time stamps come from the FO's XMP packet (fixed dates) and
the MetadataDate FOP adds, and the trailer /ID, are overwritten with same-length constants (the /ID hashed
from the stem), so a reprint gives the same bytes.  Printing needs Debian ``fop`` and the fonts of
fonts-arphic-uming, fonts-arphic-ukai and fonts-wqy-zenhei; the check needs none of them.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import printkit

from std_extract_synth.authoring import Cell, StandardDoc, Value, place_cells

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "fop"
SOURCES = CORPUS / "src"
PREFIX = "fo_"
STAMP = "2026-01-01T00:00:00Z"
FACES = {
    # family in the FO: (TrueType collection, sub-font)
    "Song": ("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN"),
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    "Kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN"),
    # the fallback of each, for the few signs the Arphic and WenQuanYi faces lack (−, ⁺)
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", None),
}
FO = "http://www.w3.org/1999/XSL/Format"
_TAG = re.compile(r"<(/?)(sup|sub|b)>")
RULE = "0.5pt solid black"
HEAVY = "1pt solid black"


def fop_config() -> str:
    """The FOP configuration naming the three faces (each in regular and bold, the bold a face of its own
    only for the 黑体)."""
    fonts = []
    for family, (path, sub) in FACES.items():
        triplets = "".join(
            f'<font-triplet name="{family}" style="{style}" weight="{weight}"/>'
            for style in ("normal", "italic")
            for weight in ("normal", "bold")
        )
        sub_font = f' sub-font="{sub}"' if sub else ""
        fonts.append(f'<font embed-url="file://{path}"{sub_font} kerning="no">{triplets}</font>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<fop version="1.0"><renderers>'
        '<renderer mime="application/pdf"><fonts>' + "".join(fonts) + "</fonts></renderer>"
        '<renderer mime="application/X-fop-intermediate-format"><fonts>'
        + "".join(fonts)
        + "</fonts></renderer>"
        "</renderers></fop>\n"
    )


def markup(text: str) -> str:
    """FO for an authoring text: <sup>, <sub>, <b> as inlines, line breaks as empty blocks, the rest
    escaped."""
    out = []
    pos = 0
    for match in _TAG.finditer(text):
        out.append(escape(text[pos : match.start()]))
        closing, tag = match[1], match[2]
        if closing:
            out.append("</fo:inline>")
        elif tag == "sup":
            out.append('<fo:inline baseline-shift="super" font-size="65%">')
        elif tag == "sub":
            out.append('<fo:inline baseline-shift="sub" font-size="65%">')
        else:
            out.append('<fo:inline font-family="Hei">')
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<fo:block/>")


class FoWriter:
    """One StandardDoc written as an XSL-FO document."""

    def __init__(self, doc: StandardDoc):
        self.doc = doc
        self.out: list[str] = []
        self.table_count = 0
        self.splits: dict[str, list[int]] = {}
        self.table_rows: dict[str, tuple[int, int, list]] = {}

    def emit(self, *lines: str) -> None:
        self.out.extend(lines)

    # -- inline content
    def content(self, content) -> str:
        foot = getattr(content, "fo_footnote", None)
        if foot is not None:
            return foot(self)
        if isinstance(content, Value):
            return f'<fo:inline id="v{content.label}">' + markup(content.text) + "</fo:inline>"
        if isinstance(content, Cell):
            return self.content(content.content)
        if isinstance(content, list | tuple):
            return "".join(self.content(part) for part in content)
        return markup(str(content)) if content else ""

    def footnote(self, mark: str, text: str) -> str:
        """An fo:footnote: the mark raised in the text, its body at the foot of the page in the 楷体."""
        return (
            f'<fo:footnote><fo:inline baseline-shift="super" font-size="65%">{escape(mark)}</fo:inline>'
            '<fo:footnote-body><fo:block font-family="Kai" font-size="9pt" text-indent="0" '
            f'start-indent="0" end-indent="0" text-align="start" space-before="1pt">{escape(mark)}　'
            f"{markup(text)}</fo:block></fo:footnote-body></fo:footnote>"
        )

    # -- the document
    def write(self) -> str:
        self.emit('<?xml version="1.0" encoding="UTF-8"?>')
        self.emit(
            f'<fo:root xmlns:fo="{FO}" font-family="Song" font-size="10.5pt" language="zh" '
            'line-height="1.5" xml:lang="zh">'
        )
        self.masters()
        self.declarations()
        self.cover()
        self.preface()
        self.body()
        self.emit("</fo:root>")
        text = "\n".join(self.out) + "\n"
        for face in ("Song", "Hei", "Kai"):  # each face falls back on DejaVu Serif glyph by glyph
            text = text.replace(f'font-family="{face}"', f'font-family="{face}, DejaVu"')
        return text

    def masters(self) -> None:
        def master(name: str, head: bool) -> str:
            regions = (
                '<fo:region-body margin-top="12mm" margin-bottom="12mm"/>' if head else "<fo:region-body/>"
            )
            if head:
                regions += '<fo:region-before extent="10mm"/><fo:region-after extent="10mm"/>'
            return (
                f'<fo:simple-page-master master-name="{name}" page-width="210mm" page-height="297mm" '
                'margin-top="15mm" margin-bottom="12mm" margin-left="25mm" margin-right="20mm">'
                + regions
                + "</fo:simple-page-master>"
            )

        self.emit(
            "<fo:layout-master-set>", master("cover", False), master("page", True), "</fo:layout-master-set>"
        )

    def declarations(self) -> None:
        d = self.doc
        title = escape(" ".join(re.sub(r"<[^>]+>", "", t) for t in d.title))
        self.emit(
            '<fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
            'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
            f"<dc:title>{escape(d.number)} {title}</dc:title>"
            f"<xmp:CreateDate>{STAMP}</xmp:CreateDate><xmp:ModifyDate>{STAMP}</xmp:ModifyDate>"
            "</rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>"
        )

    def cover(self) -> None:
        d = self.doc
        mark = escape(getattr(d, "mark", "") or d.kind)
        left = "".join(
            f"<fo:block>{escape(t)}</fo:block>"
            for t in (f"ICS {d.ics}" if d.ics else "", f"CCS {d.ccs}" if d.ccs else "")
            if t
        )
        self.emit(
            '<fo:page-sequence master-reference="cover" force-page-count="no-force">',
            '<fo:flow flow-name="xsl-region-body" font-family="Hei">',
            '<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="60%"/>'
            '<fo:table-column column-width="40%"/><fo:table-body><fo:table-row>'
            f'<fo:table-cell><fo:block font-size="10.5pt">{left or " "}</fo:block></fo:table-cell>'
            f'<fo:table-cell><fo:block text-align="end" font-size="36pt" font-weight="bold">{mark}</fo:block>'
            "</fo:table-cell></fo:table-row></fo:table-body></fo:table>",
            f'<fo:block text-align="center" font-size="22pt" space-before="14mm" '
            f'letter-spacing="2pt">{escape(d.kind_line())}</fo:block>',
            f'<fo:block text-align="end" font-size="13pt" space-before="6mm" padding-bottom="2mm" '
            f'border-bottom="{HEAVY}">{escape(d.number)}</fo:block>',
        )
        for old in d.replaces:
            self.emit(
                '<fo:block text-align="end" font-size="10.5pt" '
                f'font-family="Song">代替 {escape(old)}</fo:block>'
            )
        if d.filing:
            self.emit(
                '<fo:block text-align="end" font-size="10.5pt" '
                f'font-family="Song">备案号：{escape(d.filing)}</fo:block>'
            )
        self.emit('<fo:block space-before="55mm"/>')
        for line in d.title:
            self.emit(
                f'<fo:block text-align="center" font-size="24pt" line-height="1.6">{markup(line)}</fo:block>'
            )
        if d.title_en:
            self.emit(
                f'<fo:block text-align="center" font-size="13pt" font-family="Song" space-before="8mm">'
                f"{escape(d.title_en)}</fo:block>"
            )
        self.emit(
            '<fo:block-container absolute-position="absolute" top="228mm" left="0mm" width="165mm">',
            '<fo:table table-layout="fixed" width="100%"><fo:table-column column-width="50%"/>'
            '<fo:table-column column-width="50%"/><fo:table-body><fo:table-row>'
            f'<fo:table-cell><fo:block font-size="14pt">{escape(d.issued)} 发布</fo:block></fo:table-cell>'
            '<fo:table-cell><fo:block font-size="14pt" text-align="end">'
            f"{escape(d.effective)} 实施</fo:block></fo:table-cell>"
            "</fo:table-row></fo:table-body></fo:table>",
            f'<fo:block border-bottom="{HEAVY}" space-before="1mm"/>',
        )
        for i, issuer in enumerate(d.issuers):
            tail = "　发布" if i == len(d.issuers) - 1 else ""
            space = ' space-before="8mm"' if i == 0 else ""
            self.emit(
                f'<fo:block text-align="center" font-size="15pt"{space}>{escape(issuer)}{tail}</fo:block>'
            )
        self.emit("</fo:block-container>", "</fo:flow></fo:page-sequence>")

    def static(self, head_right: bool = True) -> None:
        """The running head (the number, and the current chapter's title from its marker) and the folio."""
        d = self.doc
        self.emit(
            '<fo:static-content flow-name="xsl-region-before"><fo:table table-layout="fixed" width="100%" '
            f'border-bottom="{RULE}" font-family="Hei" font-size="9pt"><fo:table-column column-width="50%"/>'
            '<fo:table-column column-width="50%"/><fo:table-body><fo:table-row><fo:table-cell><fo:block>'
            '<fo:retrieve-marker retrieve-class-name="chapter" retrieve-position="first-including-carryover" '
            'retrieve-boundary="page-sequence"/></fo:block></fo:table-cell><fo:table-cell><fo:block '
            f'text-align="end">{escape(d.number)}</fo:block></fo:table-cell></fo:table-row></fo:table-body>'
            "</fo:table></fo:static-content>",
            '<fo:static-content flow-name="xsl-region-after"><fo:block text-align="center" font-size="9pt">'
            "<fo:page-number/></fo:block></fo:static-content>",
            '<fo:static-content flow-name="xsl-footnote-separator"><fo:block><fo:leader leader-length="40mm" '
            'leader-pattern="rule" rule-thickness="0.5pt"/></fo:block></fo:static-content>',
        )

    def preface(self) -> None:
        self.emit(
            '<fo:page-sequence master-reference="page" format="I" '
            'initial-page-number="1" force-page-count="no-force">'
        )
        self.static()
        self.emit('<fo:flow flow-name="xsl-region-body">')
        self.emit(
            '<fo:block font-family="Hei" font-size="16pt" text-align="center" space-after="6mm">'
            '<fo:marker marker-class-name="chapter">前言</fo:marker>前　　言</fo:block>'
        )
        for block in self.doc.front:
            text = block.data["text"]
            indent = "0" if isinstance(text, str) and text.startswith("——") else "2em"
            self.emit(
                f'<fo:block text-indent="{indent}" text-align="justify">{self.content(text)}</fo:block>'
            )
        self.emit("</fo:flow></fo:page-sequence>")

    def body(self) -> None:
        d = self.doc
        self.emit(
            '<fo:page-sequence master-reference="page" initial-page-number="1" force-page-count="no-force">'
        )
        self.static()
        self.emit('<fo:flow flow-name="xsl-region-body">')
        title = "".join(f"<fo:block>{markup(t)}</fo:block>" for t in d.title)
        self.emit(
            '<fo:block font-family="Hei" font-size="16pt" '
            f'text-align="center" space-after="8mm">{title}</fo:block>'
        )
        body = d.body
        i = 0
        while i < len(body):
            block = body[i]
            if block.kind == "item":
                j = i
                while j < len(body) and body[j].kind == "item":
                    j += 1
                self.items([b.data for b in body[i:j]])
                i = j
                continue
            getattr(self, f"b_{block.kind}")(block.data)
            i += 1
        self.emit("</fo:flow></fo:page-sequence>")

    # -- blocks
    def b_heading(self, data) -> None:
        number, title = escape(data["number"]), markup(data["title"])
        if "." not in data["number"]:
            self.emit(
                '<fo:block font-family="Hei" space-before="4mm" space-after="2mm" keep-with-next="always">'
                '<fo:marker marker-class-name="chapter">'
                f"{number}　{title}</fo:marker>{number}　{title}</fo:block>"
            )
        else:
            self.emit(
                '<fo:block font-family="Hei" space-before="2mm" keep-with-next="always">'
                f"{number}　{title}</fo:block>"
            )

    def b_para(self, data) -> None:
        number = data.get("number")
        text = self.content(data["text"])
        if number:
            self.emit(
                '<fo:block text-align="justify"><fo:inline '
                f'font-family="Hei">{escape(number)}</fo:inline>\u00a0\u00a0'
                f"{text}</fo:block>"
            )
        else:
            indent = "2em" if data.get("indent", True) else "0"
            self.emit(f'<fo:block text-indent="{indent}" text-align="justify">{text}</fo:block>')

    def items(self, items: list[dict]) -> None:
        """A run of list items as one fo:list-block, each mark (a), ——, （1）) in the label."""
        self.emit(
            '<fo:list-block provisional-distance-between-starts="2.5em" provisional-label-separation="0.3em" '
            'start-indent="2em">'
        )
        for item in items:
            self.emit(
                '<fo:list-item><fo:list-item-label end-indent="label-end()"><fo:block>'
                f"{escape(item['mark'])}</fo:block></fo:list-item-label>"
                '<fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">'
                f"{self.content(item['text'])}</fo:block></fo:list-item-body></fo:list-item>"
            )
        self.emit("</fo:list-block>")

    def b_note(self, data) -> None:
        self.emit(
            '<fo:block font-family="Kai" font-size="9pt" '
            f'text-indent="2em">{self.content(data["text"])}</fo:block>'
        )

    def b_formula(self, data) -> None:
        self.formula_line(markup(data["text"]), data["number"])

    def b_math(self, data) -> None:
        self.formula_line(markup(data["tex"]), data["number"])

    def formula_line(self, text: str, number: str | None) -> None:
        tag = f"（{escape(number)}）" if number else ""
        self.emit(
            '<fo:table table-layout="fixed" width="100%" space-before="2mm" space-after="2mm">'
            '<fo:table-column column-width="20mm"/><fo:table-column '
            'column-width="proportional-column-width(1)"/>'
            '<fo:table-column column-width="20mm"/><fo:table-body><fo:table-row>'
            "<fo:table-cell><fo:block/></fo:table-cell>"
            f'<fo:table-cell><fo:block text-align="center">{text}</fo:block></fo:table-cell>'
            f'<fo:table-cell><fo:block text-align="end">{tag}</fo:block></fo:table-cell>'
            "</fo:table-row></fo:table-body></fo:table>"
        )

    def b_pagebreak(self, _data) -> None:
        self.emit('<fo:block break-after="page"/>')

    def b_annex(self, data) -> None:
        letter = escape(data["letter"])
        self.emit(
            '<fo:block break-before="page" font-family="Hei" text-align="center" space-after="4mm">'
            f'<fo:marker marker-class-name="chapter">附录{letter}</fo:marker>'
            f"<fo:block>附　录　{letter}</fo:block><fo:block>（{escape(data['status'])}）</fo:block>"
            f"<fo:block>{markup(data['title'])}</fo:block></fo:block>"
        )

    # -- tables
    def b_table(self, data) -> None:
        """A table with its caption above; split into parts where the layout broke it (``self.splits``, found
        by :func:`typeset`): each continued part starts a page under a ``表N（续）`` caption with the header
        rows again.  Every part's header is an ``fo:table-header``, which FOP itself repeats should a part
        still break.  The first cell of every body row carries an id (``t<table>r<row>``) whose page shows
        where the layout broke the table."""
        self.table_count += 1
        key = f"t{self.table_count}"
        grid = place_cells(data["rows"])
        ncols = max(c + cell.cs for _r, c, cell in grid)
        nrows = len(data["rows"])
        widths = list(data["widths"] or [160 / ncols] * ncols)
        scale = min(1.0, 165.0 / sum(widths))
        widths = [w * scale for w in widths]
        three = data.get("style", "grid") == "three"
        head = data["head"]
        number = escape(data["number"])
        self.emit(
            '<fo:block font-family="Hei" text-align="center" space-before="2mm" space-after="1mm" '
            f'keep-with-next="always">表{number}　{escape(data["caption"])}</fo:block>'
        )
        if data["unit_line"]:
            self.emit(
                '<fo:block text-align="end" font-size="9pt" '
                f'keep-with-next="always">{markup(data["unit_line"])}</fo:block>'
            )
        by_row: dict[int, list[tuple[int, Cell]]] = {}
        for r, c, cell in grid:
            by_row.setdefault(r, []).append((c, cell))
        starts = [head, *sorted(self.splits.get(key, []))] if data["cont"] else [head]
        bounds = list(zip(starts, [*starts[1:], nrows], strict=True))
        extra = [*data["notes"], *data["footnotes"]]
        for part, (first, stop) in enumerate(bounds):
            if part:
                self.emit(
                    '<fo:block break-before="page" font-family="Hei" text-align="center" space-after="1mm" '
                    f'keep-with-next="always">表{number}（续）</fo:block>'
                )
            self.table_open(widths, three, data["font"])
            self.emit("<fo:table-header>")
            for r in range(head):
                self.row(by_row.get(r, []), r, head, nrows, three, None)
            self.emit("</fo:table-header>", "<fo:table-body>")
            for r in range(first, stop):
                self.row(by_row.get(r, []), r, head, nrows, three, f"{key}r{r}")
            if extra and data.get("inside", True) and part == len(bounds) - 1:
                blocks = "".join(
                    f'<fo:block text-align="justify" font-family="Kai">{self.content(t)}</fo:block>'
                    for t in extra
                )
                border = "" if three else f' border="{RULE}"'
                self.emit(
                    '<fo:table-row keep-with-previous="always">'
                    f'<fo:table-cell number-columns-spanned="{ncols}" '
                    f'padding="1mm"{border}><fo:block text-align="start">{blocks}</fo:block></fo:table-cell>'
                    "</fo:table-row>"
                )
            self.emit("</fo:table-body></fo:table>")
        if extra and not data.get("inside", True):
            for text in extra:
                self.emit(
                    '<fo:block font-family="Kai" font-size="9pt" '
                    f'text-indent="2em">{self.content(text)}</fo:block>'
                )
        self.table_rows[key] = (head, nrows, grid)

    def table_open(self, widths: list[float], three: bool, font: float) -> None:
        outer = HEAVY if three else RULE
        sides = "" if three else f'border-left="{RULE}" border-right="{RULE}" '
        self.emit(
            f'<fo:table table-layout="fixed" width="{sum(widths):.1f}mm" '
            f'font-size="{font:g}pt" line-height="1.3" '
            f'border-collapse="collapse" border-top="{outer}" border-bottom="{outer}" {sides}'
            'text-align="center" start-indent="0" end-indent="0" space-after="2mm">'
        )
        for w in widths:
            self.emit(f'<fo:table-column column-width="{w:.1f}mm"/>')

    def row(self, cells, r: int, head: int, nrows: int, three: bool, ident: str | None) -> None:
        parts = []
        for n, (_c, cell) in enumerate(sorted(cells, key=lambda x: x[0])):
            attrs = []
            if cell.cs > 1:
                attrs.append(f'number-columns-spanned="{cell.cs}"')
            if cell.rs > 1:
                attrs.append(f'number-rows-spanned="{cell.rs}"')
            if three:
                if r + cell.rs == head:
                    attrs.append(f'border-bottom="{RULE}"')
            else:
                attrs.append(f'border="{RULE}"')
            attrs.append('padding="0.8mm" display-align="center"')
            align = {"l": "start", "r": "end"}.get(cell.align, "center")
            mark = f' id="{ident}"' if ident and n == 0 else ""
            text = self.content(cell.content)
            parts.append(
                f"<fo:table-cell {' '.join(attrs)}><fo:block{mark} "
                f'text-align="{align}">{text}</fo:block></fo:table-cell>'
            )
        keep = ' keep-with-previous="always"' if 0 < r < head else ""
        self.emit(f"<fo:table-row{keep}>" + "".join(parts) + "</fo:table-row>")


def table_splits(writer: FoWriter, pages: dict[str, int]) -> dict[str, list[int]]:
    """Where the layout broke each table: for every part, the first body row laid out on a later page than
    the part's first row (moved up to the row where a cell spanning rows across it starts).  The splits
    found so far are kept; an empty result means the layout is final."""
    found: dict[str, list[int]] = {}
    for key, (head, nrows, grid) in writer.table_rows.items():
        starts = [head, *sorted(writer.splits.get(key, []))]
        for first, stop in zip(starts, [*starts[1:], nrows], strict=True):
            page0 = pages.get(f"{key}r{first}")
            later = [r for r in range(first + 1, stop) if pages.get(f"{key}r{r}", 0) > (page0 or 0)]
            if not later:
                continue
            split = later[0]
            for r, _c, cell in grid:
                if r < split < r + cell.rs:
                    split = min(split, r)
            if split > first:
                found.setdefault(key, []).append(split)
    return found


# ---- printing -------------------------------------------------------------------------------------
def _fop() -> str:
    found = shutil.which("fop")
    if not found:
        raise SystemExit("Apache FOP is needed to print (apt-get install -y fop)")
    return found


def fixed_bytes(pdf: bytes, stem: str) -> bytes:
    """The PDF with every time stamp (the Info dictionary's, and the XMP packet's MetadataDate, which FOP
    takes from the clock) and the trailer /ID replaced by same-length constants (the /ID hashed from the
    stem), so that the offsets of the cross-reference table stay right."""

    def info_date(match: re.Match) -> bytes:
        zone = match[1] or b""
        return b"(D:20260101000000" + (zone if zone in (b"", b"Z") else b"+00'00'"[: len(zone)]) + b")"

    def xmp_date(match: re.Match) -> bytes:
        zone = match[1]
        return b"2026-01-01T00:00:00" + (b"Z" if zone == b"Z" else b"+00:00"[: len(zone)])

    pdf = re.sub(rb"\(D:\d{14}(Z|[+-]\d\d'\d\d'?)?\)", info_date, pdf)
    pdf = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", xmp_date, pdf)
    digest = hashlib.md5(f"corpus/fop {stem}".encode()).hexdigest().upper().encode()
    return re.sub(
        rb"/ID \[<[0-9A-Fa-f]{32}> <[0-9A-Fa-f]{32}>\]", b"/ID [<" + digest + b"> <" + digest + b">]", pdf
    )


def page_of_ids(intermediate: str) -> dict[str, int]:
    """Value id -> absolute 1-based page, from FOP's intermediate format (an ``<id name=…>`` inside each
    ``<page …>`` the value is laid out on; a value broken over a page shows on the first)."""
    pages: dict[str, int] = {}
    page = 0
    for match in re.finditer(r'<page |<id name="([tv][0-9r]+)"/>', intermediate):
        if match[1] is None:
            page += 1
        else:
            pages.setdefault(match[1], page)
    return pages


def _run_fop(folder: Path, stem: str, args: list[str]) -> None:
    run = subprocess.run(
        [_fop(), "-c", "fop.xconf", *args], cwd=folder, capture_output=True, text=True, errors="replace"
    )
    log = run.stdout + run.stderr
    if run.returncode or "[ERROR]" in log or "SEVERE" in log:
        raise SystemExit(f"{stem}: FOP failed\n{log[-3000:]}")
    missing = sorted(
        set(re.findall(r'Glyph "(.)" \(0x[0-9a-f]+[^)]*\) not available in font "([^"]+)"', log))
    )
    if missing:
        raise SystemExit(f"{stem}: characters missing from the fonts: {missing}")


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Lay one document out in ``folder``; the PDF and the absolute page of every value label."""
    _fop()
    for path, _sub in FACES.values():
        if not Path(path).is_file():
            raise SystemExit(f"the font {path} is needed to print corpus/fop")
    stem = doc.stem
    (folder / "fop.xconf").write_text(fop_config(), encoding="utf-8")
    splits: dict[str, list[int]] = {}
    for _attempt in range(6):
        writer = FoWriter(doc)
        writer.splits = splits
        (folder / f"{stem}.fo").write_text(writer.write(), encoding="utf-8")
        _run_fop(folder, stem, ["-fo", f"{stem}.fo", "-if", "application/pdf", f"{stem}.if.xml"])
        pages = page_of_ids((folder / f"{stem}.if.xml").read_text(encoding="utf-8"))
        more = table_splits(writer, pages)
        if not more:
            break
        splits = {k: sorted({*splits.get(k, []), *more.get(k, [])}) for k in sorted({*splits, *more})}
    else:
        raise SystemExit(f"{stem}: the continued tables did not settle")
    _run_fop(folder, stem, ["-ifin", f"{stem}.if.xml", "-pdf", f"{stem}.raw.pdf"])
    pdf = folder / f"{stem}.pdf"
    pdf.write_bytes(fixed_bytes((folder / f"{stem}.raw.pdf").read_bytes(), stem))
    return pdf, pages


def print_documents(stems: list[str]) -> Iterator[Path]:
    return printkit.print_marked(SOURCES, CORPUS, stems, typeset)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
