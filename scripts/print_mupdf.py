"""Print corpus/mupdf: lay each standard out with MuPDF's HTML engine (PyMuPDF ``Story``), write the PDF with
MuPDF's document writer, then write its gold and check the gold against the PDF's text layer.

    python scripts/print_mupdf.py [STEM...]     # lay out, write, write gold, check
    python scripts/print_mupdf.py --check       # only check the committed PDFs and gold

Printing needs the ``pymupdf`` package (pip) and three Debian font packages: fonts-wqy-microhei (WenQuanYi
Micro Hei, the 微软雅黑-like body of the enterprise standards, the headings, covers and running headers),
fonts-noto-cjk (Noto Serif CJK SC, the 宋体-like body of the group and local standards; Noto Sans Mono CJK SC
for tables typed with spaces) and fonts-lxgw-wenkai (LXGW WenKai, 楷体-like notes, footnotes and text boxes).
The check needs none of them (pdfplumber and the evaluator's gold model only).

The house style is a small firm's word-processor standard: a cover with the kind mark top right, the kind
line, the number and 代替 at the right, a rule, the title, the dates and the issuer; the running header (the
standard number at the right over a hairline) and the folios (``第 N 页 共 M 页`` over every physical page,
or roman in the 前言 and arabic in the body, or ``- N -``) drawn on the written pages; tables as Word tables
with single rules and a shaded header row, as columns without any rule under a shaded header band, as
columns held by tab stops with no rule and no shading, or typed with spaces in a monospaced face; lists
``a）`` / ``（1）`` / ``①``; framed text boxes.  Each indicator value is an element with an id; its page is
read from MuPDF's element positions.  The PDF is written without dates, its identifier and font-subset tags
fixed from the stem; a reprint gives the same pages, values and text layer (not yet the same bytes).  The
authoring model, the gold and printed-elements files and the command line are the hand-written sets'
shared ones (std_extract_synth.authoring, scripts/printkit.py).
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import printkit

from std_extract_synth.authoring import MARKUP, Block, Cell, StandardDoc, Value, place_cells

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "mupdf"
SOURCES = CORPUS / "src"
PREFIX = "mu_"
# (file written for the archive, collection it comes from, face name in the collection)
FACES = [
    ("hei.ttf", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    ("mono.otf", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans Mono CJK SC"),
    ("song.otf", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    ("songb.otf", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold"),
]
KAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
# header cells shaded after the layout (MuPDF's own cell backgrounds run onto later pages): id prefix by
# table style, and its grey
SHADED = {"grid": "hg", "band": "hb"}
GREYS = {"hg": 0.85, "hb": 0.9}
A4 = (595.28, 841.89)
MARGIN = (70.0, 72.0, 62.0, 76.0)  # left, top, right, bottom in points (about 25 / 25 / 22 / 27 mm)
TEXT_WIDTH = A4[0] - MARGIN[0] - MARGIN[2]  # MuPDF reads a cell's width in points, not in per cent


def markup(text: str) -> str:
    """HTML for ``text``: its <sup>, <sub>, <b> and <br/> kept, every other character escaped."""
    # WenQuanYi Micro Hei maps ℃ to an empty glyph: the sign is set in the serif face
    return printkit.html_markup(text).replace("℃", '<span style="font-family: song">℃</span>')


@cache
def _mono_advances() -> dict[int, int]:
    """Advance widths of the monospaced face by code point, in half-em columns."""
    from fontTools.ttLib import TTCollection  # type: ignore[import-untyped]

    source, name = next((s, n) for t, s, n in FACES if t == "mono.otf")
    face = next(f for f in TTCollection(source).fonts if f["name"].getDebugName(4) == name)
    half = face["head"].unitsPerEm / 2
    metrics = face["hmtx"].metrics
    return {code: round(metrics[glyph][0] / half) for code, glyph in face.getBestCmap().items()}


def display_width(text: str) -> int:
    """Columns a text takes in the monospaced face (a CJK character or a full-width sign two, a Latin
    letter one), read from the face where it is installed."""
    try:
        advances = _mono_advances()
    except (ImportError, OSError, StopIteration):  # no fontTools or no face: the Unicode widths
        advances = {}
    return sum(advances.get(ord(ch), 2 if unicodedata.east_asian_width(ch) in "WFA" else 1) for ch in text)


def plain(content) -> str:
    if isinstance(content, Value):
        return MARKUP.sub("", content.text)
    if isinstance(content, Cell):
        return plain(content.content)
    if isinstance(content, list | tuple):
        return "".join(plain(part) for part in content)
    return MARKUP.sub("", str(content))


class HtmlWriter:
    """One document as three HTML stories (cover, 前言, body chunks split at page breaks) with one CSS."""

    def __init__(self, doc: StandardDoc) -> None:
        self.doc = doc
        self.body_face = "song" if getattr(doc, "face", "hei") == "song" else "hei"
        self.shaded = 0  # header cells to shade (their ids)

    def inline(self, content) -> str:
        if content is None:
            return ""
        if isinstance(content, Value):
            return f'<span id="v{content.label}">{markup(content.text)}</span>'
        if isinstance(content, Cell):
            return self.inline(content.content)
        if isinstance(content, list | tuple):
            return "".join(self.inline(part) for part in content)
        return markup(str(content))

    def css(self) -> str:
        body = self.body_face
        bold = "songb" if body == "song" else "hei"
        return f"""
@font-face {{ font-family: hei; src: url(hei.ttf); }}
@font-face {{ font-family: mono; src: url(mono.otf); }}
@font-face {{ font-family: song; src: url(song.otf); }}
@font-face {{ font-family: songb; src: url(songb.otf); }}
@font-face {{ font-family: kai; src: url(kai.ttf); }}
body {{ font-family: {body}; font-size: 10.5pt; line-height: 1.55; text-align: justify; }}
p {{ margin: 0 0 2pt 0; }}
p.ind {{ text-indent: 2em; }}
h2 {{ font-family: hei; font-size: 10.5pt; font-weight: normal; margin: 9pt 0 4pt 0; }}
h3 {{ font-family: hei; font-size: 10.5pt; font-weight: normal; margin: 6pt 0 3pt 0; }}
.num {{ font-family: hei; }}
p.item {{ margin-left: 2em; }}
p.note {{ font-family: kai; font-size: 9pt; margin: 2pt 0 5pt 2em; }}
p.fn {{ font-family: kai; font-size: 8.5pt; margin: 1pt 0 0 1em; }}
p.cap {{ font-family: hei; text-align: center; font-size: 10pt; margin: 8pt 0 3pt 0; }}
p.unit {{ text-align: right; font-size: 9pt; margin: 0 0 1pt 0; }}
p.title {{ font-family: {bold}; text-align: center; font-size: 15pt; margin: 0 0 12pt 0; }}
h1 {{ font-family: hei; text-align: center; font-size: 15pt; font-weight: normal; margin: 0 0 14pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ padding: 2pt 3pt; text-align: center; line-height: 1.3; }}
td.l {{ text-align: left; }}
td.r {{ text-align: right; }}
table.grid td {{ border: 0.5pt solid black; }}
table.grid tr.h td {{ font-family: hei; }}
table.band tr.h td {{ font-family: hei; }}
table.bare tr.h td {{ font-family: hei; }}
div.spaced {{ font-family: mono; white-space: pre; line-height: 1.45; margin: 0 0 0 1em; }}
div.box {{ border: 0.8pt solid black; padding: 5pt 7pt; margin: 6pt 0 8pt 0; font-family: kai; }}
p.boxt {{ font-family: hei; text-align: center; margin: 0 0 3pt 0; }}
div.gap {{ height: 6pt; }}
sup {{ font-size: 65%; }}
sub {{ font-size: 65%; }}
.mark {{ font-family: hei; font-size: 26pt; text-align: right; }}
.codes {{ font-family: hei; font-size: 10pt; line-height: 1.4; }}
.kindline {{ font-family: hei; text-align: center; font-size: 22pt; margin: 40pt 0 14pt 0; }}
.no {{ font-family: hei; text-align: right; font-size: 11pt; }}
.rep {{ font-family: hei; text-align: right; font-size: 10pt; }}
.rule {{ border-top: 1.5pt solid black; margin: 4pt 0 0 0; height: 1pt; }}
.ctitle {{ font-family: {bold}; text-align: center; font-size: 24pt; margin: 120pt 0 6pt 0;
  line-height: 1.4; }}
.en {{ text-align: center; font-size: 12pt; margin: 0 0 0 0; }}
table.dates td {{ font-family: hei; font-size: 12pt; padding: 0; }}
.issuer {{ font-family: hei; text-align: center; font-size: 14pt; margin: 12pt 0 0 0; }}
"""

    def cover(self) -> str:
        d = self.doc
        codes = [x for x in (f"ICS {d.ics}" if d.ics else None, f"CCS {d.ccs}" if d.ccs else None) if x]
        if d.filing:
            codes.append(f"备案号：{d.filing}")
        mark = getattr(d, "mark", None) or d.kind
        out = [f'<p class="codes">{"<br/>".join(markup(c) for c in codes) or "&#160;"}</p>']
        out.append(f'<p class="mark">{markup(mark)}</p>')
        out.append(f'<p class="kindline">{markup(d.kind_line())}</p>')
        out.append(f'<p class="no">{markup(d.number)}</p>')
        if d.replaces:
            out.append(f'<p class="rep">代替 {markup("、".join(d.replaces))}</p>')
        out.append('<div class="rule"></div>')
        titles = "<br/>".join(markup(t) for t in d.title)
        out.append(f'<p class="ctitle">{titles}</p>')
        if d.title_en:
            out.append(f'<p class="en">{markup(d.title_en)}</p>')
        out.append('<div style="height: 250pt"></div>')
        issued, effective = markup(d.issued) + " 发布", markup(d.effective) + " 实施"
        out.append(
            f'<table class="dates"><tr><td class="l">{issued}</td><td class="r">{effective}</td></tr></table>'
        )
        out.append('<div class="rule"></div>')
        out.append(f'<p class="issuer">{"　".join(markup(i) for i in d.issuers)}　　发布</p>')
        return "\n".join(out)

    def front(self) -> str:
        out = ["<h1>前　　言</h1>"]
        out += [f'<p class="ind">{self.inline(b.data["text"])}</p>' for b in self.doc.front]
        return "\n".join(out)

    def body_chunks(self) -> list[str]:
        d = self.doc
        titles = "<br/>".join(markup(t) for t in d.title)
        chunks: list[list[str]] = [[f'<p class="title">{titles}</p>']]
        for b in d.body:
            if b.kind == "pagebreak":
                chunks.append([])
            else:
                chunks[-1].append(self.render(b))
        return ["\n".join(c) for c in chunks]

    def render(self, b: Block) -> str:
        kind, data = b.kind, b.data
        if kind == "heading":
            tag = "h2" if "." not in data["number"] else "h3"
            return f"<{tag}>{markup(data['number'])}　{markup(data['title'])}</{tag}>"
        if kind == "para":
            if data.get("number"):
                return (
                    f'<p><span class="num">{markup(data["number"])}</span>　{self.inline(data["text"])}</p>'
                )
            cls = ' class="ind"' if data.get("indent", True) else ""
            return f"<p{cls}>{self.inline(data['text'])}</p>"
        if kind == "item":
            return f'<p class="item">{markup(data["mark"])}{self.inline(data["text"])}</p>'
        if kind == "note":
            return f'<p class="note">{self.inline(data["text"])}</p>'
        if kind == "formula":
            number = f"　　（{data['number']}）" if data.get("number") else ""
            return f'<p style="text-align:center">{markup(data["text"])}{number}</p>'
        if kind == "box":
            title = f'<p class="boxt">{markup(data["title"])}</p>' if data.get("title") else ""
            paras = data["text"]
            inner = "".join(f"<p>{self.inline(t)}</p>" for t in paras)
            return f'<div class="box">{title}{inner}</div>'
        if kind == "table":
            return self.table(data)
        raise ValueError(f"block {kind!r}")

    def table(self, t: dict) -> str:
        rows, head, style = t["rows"], t["head"], t.get("style", "grid")
        out = [f'<p class="cap">表{markup(t["number"])}　{markup(t["caption"])}</p>']
        if t["unit_line"]:
            out.append(f'<p class="unit">{markup(t["unit_line"])}</p>')
        if style == "spaced":
            out.append(self.spaced(rows, t["font"]))
        else:
            out.append(self.ruled(rows, head, style, t["widths"], t["font"]))
        for e in list(t["notes"]) + list(t["footnotes"]):
            out.append(f'<p class="fn">{self.inline(e)}</p>')
        out.append('<div class="gap"></div>')
        return "\n".join(out)

    def ruled(self, rows, head: int, style: str, widths, font: float) -> str:
        ncols = sum((c.cs if isinstance(c, Cell) else 1) for c in rows[0])
        if widths is not None and len(widths) != ncols:
            raise ValueError(f"{len(widths)} widths for {ncols} columns")
        by_row: dict[int, list[tuple[int, Cell]]] = {}
        for r, c, cell in place_cells(list(rows)):
            by_row.setdefault(r, []).append((c, cell))
        lines = [f'<table class="{style}" style="font-size:{font}pt">']
        for r in range(len(rows)):
            cls = ' class="h"' if r < head else ""
            cells = []
            for c, cell in by_row.get(r, []):
                attrs = ""
                if cell.cs > 1:
                    attrs += f' colspan="{cell.cs}"'
                if cell.rs > 1:
                    attrs += f' rowspan="{cell.rs}"'
                if cell.align != "c":
                    attrs += f' class="{cell.align}"'
                if widths is not None:
                    points = sum(widths[c : c + cell.cs]) * TEXT_WIDTH * 0.97 / 100 - 7
                    attrs += f' style="width:{points:.1f}pt"'
                if r < head and style in SHADED:
                    self.shaded += 1
                    attrs += f' id="{SHADED[style]}{self.shaded}"'
                cells.append(f"<td{attrs}>{self.inline(cell.content)}</td>")
            lines.append(f"<tr{cls}>{''.join(cells)}</tr>")
        lines.append("</table>")
        return "\n".join(lines)

    def spaced(self, rows, font: float) -> str:
        """A table typed with spaces: every column padded to its widest cell plus three spaces."""
        texts = [[plain(c) for c in row] for row in rows]
        ncols = max(len(r) for r in texts)
        width = [max(display_width(r[i]) for r in texts if i < len(r)) + 3 for i in range(ncols)]
        lines = []
        for row in rows:
            parts = []
            for i, cell in enumerate(row):
                pad = "" if i == len(row) - 1 else " " * (width[i] - display_width(plain(cell)))
                parts.append(self.inline(cell) + pad)
            lines.append("".join(parts))
        return f'<div class="spaced" style="font-size:{font}pt">' + "\n".join(lines) + "</div>"


# ---- printing -------------------------------------------------------------------------------------
def _pymupdf():
    try:
        import pymupdf
    except ImportError:  # pragma: no cover - the print needs it, the check does not
        raise SystemExit("the pymupdf package is needed to print (pip install pymupdf)") from None
    return pymupdf


def write_faces(folder: Path, text: str) -> None:
    """Write the faces the stories name into ``folder``: one face out of each collection, cut down to the
    characters of ``text`` (MuPDF embeds what it is given; its own subsetting leaves CFF faces whole)."""
    from fontTools import subset  # type: ignore[import-untyped]
    from fontTools.ttLib import TTCollection  # type: ignore[import-untyped]

    for source in [s for _, s, _ in FACES] + [KAI]:
        if not Path(source).is_file():
            raise SystemExit(
                f"{source} is missing (apt-get install fonts-wqy-microhei fonts-noto-cjk fonts-lxgw-wenkai)"
            )
    options = subset.Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.drop_tables += ["FFTM"]
    chars = set(text) | set("0123456789第页共 -IVX")
    for target, source, name in [*FACES, ("kai.ttf", KAI, None)]:
        if name is None:
            from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

            face = TTFont(source)
        else:
            collection = TTCollection(source)
            face = next(f for f in collection.fonts if f["name"].getDebugName(4) == name)
        options.retain_gids = target.endswith(".otf")  # MuPDF reads a CID-keyed CFF face by its glyph ids
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in chars])
        subsetter.subset(face)
        face.save(str(folder / target))


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V"][n]


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Lay out and write one document in ``folder``; the PDF and the page of every value."""
    pymupdf = _pymupdf()
    fonts = folder / "fonts"
    fonts.mkdir()
    writer_html = HtmlWriter(doc)
    css = writer_html.css()
    stories = [("cover", writer_html.cover()), ("front", writer_html.front())]
    stories += [("body", chunk) for chunk in writer_html.body_chunks()]
    write_faces(fonts, html.unescape("".join(text for _, text in stories)) + doc.number)
    archive = pymupdf.Archive(str(fonts))
    raw = folder / "raw.pdf"
    writer = pymupdf.DocumentWriter(str(raw), "compress")
    mediabox = pymupdf.Rect(0, 0, *A4)
    left, top, right, bottom = MARGIN
    where = pymupdf.Rect(left, top, A4[0] - right, A4[1] - bottom)
    pages: dict[str, int] = {}
    page = 0
    starts: dict[str, int] = {}

    shades: list[tuple[int, tuple[float, float, float, float], float]] = []

    def record(position) -> None:
        if position.id and position.id.startswith("v") and position.open_close & 1:
            pages.setdefault(position.id, position.page)
        if position.id and position.id[:2] in GREYS and position.open_close & 2:
            shades.append((position.page, tuple(position.rect), GREYS[position.id[:2]]))

    for part, text in stories:
        story = pymupdf.Story(html=f"<body>{text}</body>", user_css=css, archive=archive)
        starts.setdefault(part, page + 1)
        more = True
        while more:
            page += 1
            device = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.element_positions(record, {"page": page})
            story.draw(device)
            writer.end_page()
    writer.close()
    pdf = folder / f"{doc.stem}.pdf"
    finish(pymupdf, raw, pdf, doc, starts, fonts, shades)
    return pdf, pages


def finish(
    pymupdf, raw: Path, pdf: Path, doc: StandardDoc, starts: dict[str, int], fonts: Path, shades
) -> None:
    """Shade the header cells, draw the running header and the folios, subset the fonts, write without
    dates and with a fixed identifier."""
    document = pymupdf.open(str(raw))
    for number, rect, grey in shades:
        page = document[number - 1]
        x0, y0, x1, y1 = rect
        page.draw_rect(
            pymupdf.Rect(x0 - 3, y0 - 2, x1 + 3, y1 + 2), color=None, fill=(grey,) * 3, overlay=False
        )
    total = document.page_count
    folio = getattr(doc, "folio", "count")
    hei = str(fonts / "hei.ttf")
    for index in range(1, total):
        page = document[index]
        number = index + 1
        width = A4[0]
        left, _, right, _ = MARGIN
        head = doc.number
        size = 9.0
        length = pymupdf.Font(fontfile=hei).text_length(head, fontsize=size)
        page.insert_text((width - right - length, 50), head, fontsize=size, fontname="hei", fontfile=hei)
        page.draw_line((left, 55), (width - right, 55), width=0.5)
        if folio == "count":
            text = f"第 {number} 页 共 {total} 页"
        elif folio == "dash":
            text = f"- {number - 1} -"
        elif number < starts["body"]:
            text = roman(number - starts["front"] + 1)
        else:
            text = str(number - starts["body"] + 1)
        length = pymupdf.Font(fontfile=hei).text_length(text, fontsize=size)
        page.insert_text(
            ((width - length) / 2, A4[1] - 40), text, fontsize=size, fontname="hei", fontfile=hei
        )
    document.subset_fonts()
    document.set_metadata(
        {"title": re.sub(r"<[^>]+>", "", " ".join(doc.title)), "producer": "", "creator": ""}
    )
    document.del_xml_metadata()
    document.save(str(pdf), garbage=4, deflate=True, no_new_id=True)
    document.close()
    _fix_identifier(pdf, doc.stem)


def _fix_identifier(pdf: Path, stem: str) -> None:
    """Replace the PDF's /ID with one fixed from the stem, and the random six-letter tags MuPDF gives the
    font subsets with tags fixed from the stem and the face (the same lengths, so no offset moves)."""
    data = pdf.read_bytes()

    def tag(match: re.Match) -> bytes:
        digest = hashlib.md5(stem.encode("utf-8") + match.group(2)).digest()
        return b"/" + bytes(65 + b % 26 for b in digest[:6]) + b"+" + match.group(2)

    data = re.sub(rb"/([A-Z]{6})\+([A-Za-z0-9#\-]+)", tag, data)
    match = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", data)
    if match:
        digest = hashlib.md5(stem.encode("utf-8")).hexdigest().encode("ascii")
        first = (digest * 4)[: len(match.group(1))]
        second = (digest * 4)[: len(match.group(2))]
        data = (
            data[: match.start(1)]
            + first
            + data[match.end(1) : match.start(2)]
            + second
            + data[match.end(2) :]
        )
        pdf.write_bytes(data)


def print_documents(stems: list[str]) -> Iterator[Path]:
    return printkit.print_marked(SOURCES, CORPUS, stems, typeset)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
