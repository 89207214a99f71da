"""Print corpus/weasy: write each standard as HTML with CSS paged media and render it to PDF with
WeasyPrint, then write its gold and check the gold against the PDF's text layer.

    python scripts/print_weasy.py [STEM...]     # write HTML, render, write gold, check
    python scripts/print_weasy.py --check       # only check the committed PDFs and gold

Rendering needs the ``weasyprint`` package (pip) and two Debian font packages: fonts-noto-cjk (Noto Sans
CJK SC for the body, headings and cover; Noto Serif CJK SC for the cover title) and fonts-arphic-ukai (AR PL
UKai CN, 楷体-like notes and table footnotes).  The check needs none of them (pdfplumber and the evaluator's
gold model only).

The house style is a provincial local standard's: a sans-serif body; a cover with ICS / CCS top left, the
kind mark large top right (``DB64``, ``JB``, ``T/CNFIA``, ``Q/…``), the kind line, a rule, the number and
代替 at the right, the title, the dates and the issuer; running headers from ``@page`` margin boxes (the
standard number left and the short title right over a hairline); page counters (roman in the 前言, arabic
in the body; enterprise standards ``第 N 页／共 M 页`` over every physical page); tables with zebra shading
or only an outer frame, whose ``<thead>`` WeasyPrint repeats on every page a table runs onto, or continued by
the author as ``续表N`` on the next page; footnote letters raised; notes ``注1：`` / ``注2：`` in 楷体.  Each
indicator value is a span with an id; its page is read from the rendered pages' anchors.  WeasyPrint writes
no date when the HTML names none, and the PDF identifier is fixed from the stem, so a reprint of an
unchanged source gives the same bytes.  The authoring model, the gold and printed-elements files and the
command line are the hand-written sets' shared ones (std_extract_synth.authoring, scripts/printkit.py).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import Block, Cell, StandardDoc, Value

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "weasy"
SOURCES = CORPUS / "src"
PREFIX = "wp_"
SANS = "Noto Sans CJK SC"
SERIF = "Noto Serif CJK SC"
KAI = "AR PL UKai CN"
FONT_FILES = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
]


def markup(text: str) -> str:
    """HTML for ``text``: its <sup>, <sub>, <b> and <br/> kept, every other character escaped."""
    return printkit.html_markup(text)


def css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class HtmlWriter:
    """One document as HTML with its CSS."""

    def __init__(self, doc: StandardDoc) -> None:
        self.doc = doc

    def inline(self, content) -> str:
        if content is None:
            return ""
        if isinstance(content, Value):
            return f'<span class="v" id="v{content.label}">{markup(content.text)}</span>'
        if isinstance(content, Cell):
            return self.inline(content.content)
        if isinstance(content, list | tuple):
            return "".join(self.inline(part) for part in content)
        return markup(str(content))

    def css(self) -> str:
        d = self.doc
        short = re.sub(r"<[^>]+>", "", d.title[-1]).replace("\u3000", " ")
        count = getattr(d, "folio", "plain") == "count"
        body_folio = (
            'content: "第 " counter(page) " 页／共 " counter(pages) " 页";'
            if count
            else 'content: "— " counter(page) " —";'
        )
        # the 前言 (page 2) and the body (page 3) each count from 1; an enterprise counts physical pages
        reset = "@page :nth(2) { counter-reset: page 1; } @page :nth(3) { counter-reset: page 1; }"
        reset = "" if count else reset
        front_folio = body_folio if count else "content: counter(page, upper-roman);"
        head = f"font-family: '{SANS}'; font-size: 9pt; border-bottom: 0.6pt solid #000;"
        head += " padding-bottom: 1.5mm;"
        return f"""
@page {{ size: A4; margin: 26mm 20mm 22mm 22mm;
  @top-left {{ content: {css_string(d.number)}; {head} vertical-align: bottom; }}
  @top-right {{ content: {css_string(short)}; {head} vertical-align: bottom; }}
  @bottom-center {{ {body_folio} font-family: '{SANS}'; font-size: 9pt; }} }}
@page cover {{ margin: 18mm 20mm 18mm 22mm;
  @top-left {{ content: none; border: none; }} @top-right {{ content: none; border: none; }}
  @bottom-center {{ content: none; }} }}
@page front {{ @bottom-center {{ {front_folio} font-family: '{SANS}'; font-size: 9pt; }} }}
html {{ font-family: '{SANS}'; font-size: 10.5pt; line-height: 1.62; text-align: justify; }}
.cover {{ page: cover; height: 259mm; position: relative; }}
.front {{ page: front; break-before: page; }}
.body {{ break-before: page; }}
{reset}
.codes {{ font-size: 10pt; line-height: 1.4; }}
.mark {{ position: absolute; top: 0; right: 0; font-size: 30pt; font-weight: bold; letter-spacing: 1pt; }}
.kindline {{ margin-top: 26mm; text-align: center; font-size: 21pt; font-weight: bold; letter-spacing: 3pt; }}
.rule {{ border-top: 2.2pt solid #000; margin: 3mm 0 1mm 0; }}
.thin {{ border-top: 0.5pt solid #000; margin: 0 0 2mm 0; }}
.no {{ text-align: right; font-size: 12pt; }}
.rep {{ text-align: right; font-size: 10pt; }}
.title {{ margin-top: 34mm; text-align: center; font-family: '{SERIF}'; font-size: 24pt; font-weight: bold;
  line-height: 1.5; }}
.en {{ margin-top: 6mm; text-align: center; font-size: 12pt; }}
.dates {{ position: absolute; bottom: 22mm; left: 0; right: 0; font-size: 13pt; }}
.dates .r {{ float: right; }}
.issuer {{ position: absolute; bottom: 0; left: 0; right: 0; text-align: center; font-size: 15pt;
  font-weight: bold; border-top: 2.2pt solid #000; padding-top: 5mm; }}
h1.fronth {{ text-align: center; font-size: 15pt; letter-spacing: 8pt; margin: 0 0 6mm 0; }}
h1.bodyt {{ text-align: center; font-size: 15pt; margin: 2mm 0 7mm 0; font-weight: bold; }}
p {{ margin: 0 0 1.2mm 0; }}
p.ind {{ text-indent: 2em; }}
h2 {{ font-size: 10.5pt; font-weight: bold; margin: 4mm 0 1.5mm 0; break-after: avoid; }}
h3 {{ font-size: 10.5pt; font-weight: bold; margin: 2.5mm 0 1mm 0; break-after: avoid; }}
.num {{ font-weight: bold; margin-right: 0.8em; }}
.item {{ padding-left: 4em; text-indent: -1.6em; }}
.note {{ font-family: '{KAI}'; font-size: 9pt; padding-left: 2em; margin: 1mm 0 2mm 0; }}
.cap {{ text-align: center; font-weight: bold; font-size: 10pt; margin: 3.5mm 0 1.5mm 0;
  break-after: avoid; }}
.unit {{ text-align: right; font-size: 9pt; margin: 0 0 0.5mm 0; break-after: avoid; }}
table {{ border-collapse: collapse; margin: 0 auto; }}
td, th {{ padding: 1.1mm 1.6mm; vertical-align: middle; text-align: center; line-height: 1.35; }}
th {{ font-weight: bold; }}
table.zebra, table.outer {{ border: 1.1pt solid #000; }}
table.zebra thead th, table.outer thead th {{ border-bottom: 0.7pt solid #000; }}
table.zebra tbody tr:nth-child(even) td {{ background: #e4e4e4; }}
table.grid td, table.grid th {{ border: 0.4pt solid #555; }}
table.grid {{ border: 0.9pt solid #000; }}
td.l {{ text-align: left; }} td.r {{ text-align: right; }}
.fn {{ font-family: '{KAI}'; font-size: 8.5pt; margin: 1mm 0 0 1em; }}
.after {{ height: 2.5mm; }}
sup {{ font-size: 65%; vertical-align: 0.45em; line-height: 0; }}
sub {{ font-size: 65%; vertical-align: -0.25em; line-height: 0; }}
.formula {{ text-align: center; margin: 2mm 0; }}
.pb {{ break-before: page; }}
"""

    def write(self) -> str:
        d = self.doc
        out = [
            '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>',
            f"<style>{self.css()}</style></head><body>",
        ]
        out += self.cover()
        out.append('<div class="front"><h1 class="fronth">前言</h1>')
        for b in d.front:
            out.append(f'<p class="ind">{self.inline(b.data["text"])}</p>')
        out.append("</div>")
        out.append('<div class="body">')
        titles = "<br/>".join(markup(t).replace("\u3000", " ") for t in d.title)
        out.append(f'<h1 class="bodyt">{titles}</h1>')
        for b in d.body:
            out.append(self.render(b))
        out.append("</div></body></html>")
        return "\n".join(out)

    def cover(self) -> list[str]:
        d = self.doc
        mark = getattr(d, "mark", None) or d.kind
        codes = [x for x in (f"ICS {d.ics}" if d.ics else None, f"CCS {d.ccs}" if d.ccs else None) if x]
        if d.filing:
            codes.append(f"备案号：{d.filing}")
        lines = ['<div class="cover">']
        lines.append(f'<div class="codes">{"<br/>".join(markup(c) for c in codes) or "&#160;"}</div>')
        lines.append(f'<div class="mark">{markup(mark)}</div>')
        lines.append(f'<div class="kindline">{markup(d.kind_line())}</div>')
        lines.append('<div class="rule"></div><div class="thin"></div>')
        lines.append(f'<div class="no">{markup(d.number)}</div>')
        if d.replaces:
            lines.append(f'<div class="rep">代替 {markup("、".join(d.replaces))}</div>')
        titles = "<br/>".join(markup(t) for t in d.title)
        lines.append(f'<div class="title">{titles}</div>')
        if d.title_en:
            lines.append(f'<div class="en">{markup(d.title_en)}</div>')
        effective = f'<span class="r">{markup(d.effective)} 实施</span>'
        lines.append(f'<div class="dates">{markup(d.issued)} 发布{effective}</div>')
        lines.append(f'<div class="issuer">{"<br/>".join(markup(i) for i in d.issuers)}　　发布</div>')
        lines.append("</div>")
        return lines

    def render(self, b: Block) -> str:
        kind, data = b.kind, b.data
        if kind == "heading":
            tag = "h2" if "." not in data["number"] else "h3"
            return f'<{tag}><span class="num">{markup(data["number"])}</span>{markup(data["title"])}</{tag}>'
        if kind == "para":
            if data.get("number"):
                return f'<p><span class="num">{markup(data["number"])}</span>{self.inline(data["text"])}</p>'
            cls = ' class="ind"' if data.get("indent", True) else ""
            return f"<p{cls}>{self.inline(data['text'])}</p>"
        if kind == "item":
            return f'<p class="item">{markup(data["mark"])}　{self.inline(data["text"])}</p>'
        if kind == "note":
            return f'<div class="note">{self.inline(data["text"])}</div>'
        if kind == "formula":
            number = f"　　（{data['number']}）" if data.get("number") else ""
            return f'<div class="formula">{markup(data["text"])}{number}</div>'
        if kind == "pagebreak":
            return '<div class="pb"></div>'
        if kind == "table":
            return self.table(data)
        raise ValueError(f"block {kind!r}")

    def table(self, t: dict) -> str:
        rows, head = t["rows"], t["head"]
        ncols = sum((c.cs if isinstance(c, Cell) else 1) for c in rows[0])
        widths = t["widths"] or [166.0 / ncols] * ncols
        if len(widths) != ncols:
            raise ValueError(f"表{t['number']}: {len(widths)} widths for {ncols} columns")
        style = t.get("style", "zebra")
        split = t.get("split")
        parts = [rows[head:]] if split is None else [rows[head : head + split], rows[head + split :]]
        out = []
        for n, body in enumerate(parts):
            if n:
                out.append('<div class="pb"></div>')
                out.append(f'<div class="cap">续表{markup(t["number"])}</div>')
            else:
                out.append(f'<div class="cap">表{markup(t["number"])}　{markup(t["caption"])}</div>')
            if t["unit_line"]:
                out.append(f'<div class="unit">{markup(t["unit_line"])}</div>')
            cols = "".join(f'<col style="width:{w:.1f}mm"/>' for w in widths)
            out.append(f'<table class="{style}" style="font-size:{t["font"]}pt"><colgroup>{cols}</colgroup>')
            out.append("<thead>" + "".join(self.row(r, "th") for r in rows[:head]) + "</thead>")
            out.append("<tbody>" + "".join(self.row(r, "td") for r in body) + "</tbody></table>")
        for e in list(t["notes"]) + list(t["footnotes"]):
            out.append(f'<div class="fn">{self.inline(e)}</div>')
        out.append('<div class="after"></div>')
        return "\n".join(out)

    def row(self, row, tag: str) -> str:
        cells = []
        for c in row:
            cell = c if isinstance(c, Cell) else Cell(c)
            attrs = ""
            if cell.cs > 1:
                attrs += f' colspan="{cell.cs}"'
            if cell.rs > 1:
                attrs += f' rowspan="{cell.rs}"'
            if cell.align != "c":
                attrs += f' class="{cell.align}"'
            cells.append(f"<{tag}{attrs}>{self.inline(cell.content)}</{tag}>")
        return "<tr>" + "".join(cells) + "</tr>"


# ---- printing -------------------------------------------------------------------------------------
def _weasyprint():
    try:
        import weasyprint
    except ImportError:  # pragma: no cover - the print needs it, the check does not
        raise SystemExit("the weasyprint package is needed to print (pip install weasyprint)") from None
    return weasyprint


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Render one document in ``folder``; the PDF and the page of every value."""
    weasyprint = _weasyprint()
    for font in FONT_FILES:
        if not Path(font).is_file():
            raise SystemExit(f"{font} is missing (apt-get install fonts-noto-cjk fonts-arphic-ukai)")
    source = folder / f"{doc.stem}.html"
    source.write_text(HtmlWriter(doc).write(), encoding="utf-8")
    rendered = weasyprint.HTML(filename=str(source)).render()
    pages: dict[str, int] = {}
    for number, page in enumerate(rendered.pages, 1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    identifier = hashlib.md5(doc.stem.encode("utf-8")).hexdigest().encode("ascii")
    pdf = folder / f"{doc.stem}.pdf"
    rendered.write_pdf(pdf, pdf_identifier=identifier, uncompressed_pdf=False)
    return pdf, pages


def print_documents(stems: list[str]) -> Iterator[Path]:
    return printkit.print_marked(SOURCES, CORPUS, stems, typeset)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
