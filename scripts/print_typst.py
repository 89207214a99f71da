"""Print corpus/typst: write each standard as a Typst source and compile it to PDF with the Typst compiler
(the ``typst`` package from PyPI), then write its gold and check the gold against the PDF's text layer.

    python scripts/print_typst.py [STEM...]     # write .typ, compile, write gold, check
    python scripts/print_typst.py --check       # only check the committed PDFs and gold

Compiling needs the ``typst`` Python package (its compiler is inside the wheel, with its own Latin faces:
Libertinus Serif) and three Debian font packages: fonts-arphic-gbsn00lp (AR PL SungtiL GB, 宋体-like body),
fonts-droid-fallback (Droid Sans Fallback, 黑体-like headings and cover) and fonts-arphic-gkai00mp (AR PL
KaitiM GB, 楷体-like notes and footnotes).  System fonts are ignored, so the machine's other fonts do not
change the bytes.  The check needs none of them (pdfplumber and the evaluator's gold model only).

The house style is an agency's word-processor style as Typst sets it: a cover whose kind mark and kind line
follow the kind of standard (national, sector with 备案号, group T/, enterprise Q/ with the company's
name), 前言 with roman folios, the title repeated at the head of the first body page, the standard number as
running header and the folio at the outer corner, both mirrored on odd and even pages (enterprise
standards: 第 N 页　共 M 页 centred), clause numbers in 黑体, full-grid tables with a heavier frame or open
tables (horizontal rules only), merged cells, header rows repeated on every page a table runs onto under a
``续表N`` line, footnote letters raised, notes in 楷体.  Each indicator value is preceded by a Typst
``metadata`` mark; the page of every mark is asked of the compiled document (``typst.query``).  Typst
writes no time stamp when the document's date is none, so a reprint of an unchanged source gives the same
bytes (the sha256 in the gold stays valid).  The authoring model, the gold and printed-elements files and
the command line are the hand-written sets' shared ones (std_extract_synth.authoring, scripts/printkit.py).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import Block, Cell, StandardDoc, Value

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "typst"
SOURCES = CORPUS / "src"
PREFIX = "ty_"
SONG = "AR PL SungtiL GB"
HEI = "Droid Sans Fallback"
KAI = "AR PL KaitiM GB"
LATIN = "Libertinus Serif"
FONT_DIRS = [
    "/usr/share/fonts/truetype/arphic-gbsn00lp",
    "/usr/share/fonts/truetype/droid",
    "/usr/share/fonts/truetype/arphic-gkai00mp",
]
TAG = re.compile(r"<(/?)(sup|sub|b|i|br)\s*/?>")
FN = {"sup": "super", "sub": "sub", "b": "strong", "i": "emph"}


def lit(text: str) -> str:
    """A Typst string literal (printed as it is: no markup is read inside)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def markup(text: str) -> list[str]:
    """Typst code expressions printing ``text`` with its <sup>, <sub>, <b> and <br/> markup."""
    stack: list[list[str]] = [[]]
    tags: list[str] = []
    pos = 0
    for match in TAG.finditer(text):
        if match.start() > pos:
            stack[-1].append(lit(text[pos : match.start()]))
        closing, tag = match.group(1), match.group(2)
        if tag == "br":
            stack[-1].append("linebreak()")
        elif not closing:
            stack.append([])
            tags.append(tag)
        else:
            inner = stack.pop()
            if tags.pop() != tag:
                raise ValueError(f"unbalanced markup in {text!r}")
            stack[-1].append(f"{FN[tag]}({block(inner)})")
        pos = match.end()
    if pos < len(text):
        stack[-1].append(lit(text[pos:]))
    if tags:
        raise ValueError(f"unclosed markup in {text!r}")
    return stack[0]


def block(parts: list[str]) -> str:
    return "{" + "; ".join(parts) + "}" if parts else "[]"


class TypstWriter:
    """One document as Typst source."""

    def __init__(self, doc: StandardDoc) -> None:
        self.doc = doc
        self.tables = 0

    # ---- inline content ----------------------------------------------------------------------
    def parts(self, content) -> list[str]:
        if content is None:
            return []
        if isinstance(content, Value):
            return [f'[#metadata("v{content.label}")<vmark>]', *markup(content.text)]
        if isinstance(content, Cell):
            return self.parts(content.content)
        if isinstance(content, list | tuple):
            return [p for part in content for p in self.parts(part)]
        return markup(str(content))

    def inline(self, content) -> str:
        return block(self.parts(content))

    # ---- document ----------------------------------------------------------------------------
    def write(self) -> str:
        d = self.doc
        number = d.number
        out = [
            "#set document(title: none, author: (), date: none)",
            f'#set text(font: ("{LATIN}", "{SONG}"), size: 10.5pt, lang: "zh", region: "cn")',
            "#set super(typographic: false)",
            "#set sub(typographic: false)",
            "#set par(justify: true, leading: 0.78em, spacing: 0.78em)",
            f'#let hei(body) = text(font: ("{LATIN}", "{HEI}"), body)',
            f'#let kai(body) = text(font: ("{LATIN}", "{KAI}"), body)',
            f"#let stdno = {lit(number)}",
            '#set page(paper: "a4", margin: (top: 25mm, bottom: 22mm, inside: 25mm, outside: 20mm))',
        ]
        out += self.cover()
        # 前言: roman folios at the outer corner
        out.append(self.page_setup("I"))
        out.append("#counter(page).update(1)")
        out.append('#align(center, block(below: 18pt, hei(text(size: 16pt, "前　　言"))))')
        for b in d.front:
            out.append(f"#par(first-line-indent: (amount: 2em, all: true), {self.inline(b.data['text'])})")
        out.append(self.page_setup("1"))
        out.append("#counter(page).update(1)")
        title = "".join(f"#align(center, hei(text(size: 16pt, {lit(t)})))\n" for t in self._title_lines())
        out.append("#v(6pt)\n" + title + "#v(14pt)")
        for b in d.body:
            out.append(self.render(b))
        return (
            "\n".join(out)
            + "\n"
            + ("#context [#metadata(query(<vmark>).map(m => (m.value, m.location().page())))<pagemap>]\n")
        )

    def _title_lines(self) -> list[str]:
        return [re.sub(r"<[^>]+>", "", t) for t in self.doc.title]

    def page_setup(self, numbering: str) -> str:
        """The running header (standard number) and the folio, both at the outer side of the page."""
        d = self.doc
        header = (
            "header: context { let odd = calc.odd(here().page()); "
            "align(if odd { right } else { left }, hei(text(size: 10.5pt, stdno))) }"
        )
        if getattr(d, "folio", "outer") == "count" and numbering == "1":
            footer = (
                'footer: context align(center, text(size: 9pt, "第 " + counter(page).display("1")'
                ' + " 页　共 " + str(counter(page).final().first()) + " 页"))'
            )
        else:
            footer = (
                "footer: context { let odd = calc.odd(here().page()); "
                "align(if odd { right } else { left }, "
                f'text(size: 9pt, counter(page).display("{numbering}"))) }}'
            )
        return f"#set page({header}, {footer})"

    def cover(self) -> list[str]:
        d = self.doc
        mark = getattr(d, "mark", None) or d.kind.split("/")[0] + ("/T" if d.kind.endswith("/T") else "")
        if d.kind in ("Q", "T"):
            mark = getattr(d, "mark", None) or d.kind
        kind_line = d.kind_line()
        if d.kind == "Q":
            kind_line = d.issuers[0] + "企业标准"
        left = [x for x in (f"ICS {d.ics}" if d.ics else None, f"CCS {d.ccs}" if d.ccs else None) if x]
        lines = ["#page(header: none, footer: none)["]
        lines.append("#grid(columns: (1fr, 1fr), align: (left, right),")
        lines.append(
            f"  hei({lit(chr(10).join(left))}), hei({lit('备案号：' + d.filing if d.filing else '')}))"
        )
        lines.append(
            f'#v(14mm)\n#align(right, text(font: "{LATIN}", weight: "bold", size: 34pt, {lit(mark)}))'
        )
        lines.append(f"#v(4mm)\n#align(center, hei(text(size: 22pt, tracking: 2pt, {lit(kind_line)})))")
        lines.append(
            "#v(2mm)\n#line(length: 100%, stroke: 1.2pt)\n#v(-2mm)\n#line(length: 100%, stroke: 0.4pt)"
        )
        lines.append(f"#align(right, hei(text(size: 12pt, {lit(d.number)})))")
        if d.replaces:
            lines.append(f"#align(right, text(size: 10.5pt, {lit('代替 ' + '、'.join(d.replaces))}))")
        lines.append("#v(36mm)")
        for t in self._title_lines():
            lines.append(f"#align(center, hei(text(size: 24pt, {lit(t)})))")
        if d.title_en:
            lines.append(f"#v(6mm)\n#align(center, text(size: 13pt, {lit(d.title_en)}))")
        lines.append("#v(1fr)")
        lines.append(
            f"#grid(columns: (1fr, 1fr), align: (left, right), hei({lit(d.issued + ' 发布')}),"
            f" hei({lit(d.effective + ' 实施')}))"
        )
        lines.append("#v(1mm)\n#line(length: 100%, stroke: 1.2pt)\n#v(4mm)")
        issuers = "#linebreak()".join(f"#hei(text(size: 15pt, {lit(i)}))" for i in d.issuers)
        lines.append(
            f"#align(center, grid(columns: 2, column-gutter: 8mm, align: horizon, [{issuers}],"
            f' hei(text(size: 15pt, "发 布"))))'
        )
        lines.append("]")
        return lines

    # ---- blocks ------------------------------------------------------------------------------
    def render(self, b: Block) -> str:
        kind, data = b.kind, b.data
        if kind == "heading":
            size = "11pt" if "." not in data["number"] else "10.5pt"
            above = "14pt" if "." not in data["number"] else "9pt"
            return (
                f"#block(above: {above}, below: 8pt, sticky: true, hei(text(size: {size}, "
                f"{lit(data['number'] + '　' + data['title'])})))"
            )
        if kind == "para":
            if data.get("number"):
                number = f"#hei({lit(data['number'])})#h(1em)"
                return f"#par(first-line-indent: 0pt, [{number}#{self.inline(data['text'])}])"
            indent = "(amount: 2em, all: true)" if data.get("indent", True) else "0pt"
            return f"#par(first-line-indent: {indent}, {self.inline(data['text'])})"
        if kind == "item":
            return (
                f"#pad(left: 2em, par(first-line-indent: 0pt, hanging-indent: 1.5em, "
                f"[#{block(markup(data['mark']))}#h(0.5em)#{self.inline(data['text'])}]))"
            )
        if kind == "note":
            return f"#pad(left: 2em, kai(text(size: 9pt, {self.inline(data['text'])})))"
        if kind == "formula":
            number = f"（{data['number']}）" if data.get("number") else ""
            return (
                f"#grid(columns: (1fr, auto, 1fr), align: (left, center, right), [], "
                f"{block(markup(data['text']))}, {lit(number)})"
            )
        if kind == "pagebreak":
            return "#pagebreak()"
        if kind == "annex":
            return (
                "#pagebreak()\n"
                f"#align(center, hei(text(size: 12pt, {lit('附　录　' + data['letter'])})))\n"
                f"#align(center, hei(text(size: 10.5pt, {lit('（' + data['status'] + '）')})))\n"
                f"#align(center, block(below: 12pt, hei(text(size: 12pt, {lit(data['title'])}))))"
            )
        if kind == "table":
            return self.table(data)
        raise ValueError(f"block {kind!r}")

    def table(self, t: dict) -> str:
        self.tables += 1
        key = f"tstart-{self.tables}"
        rows = t["rows"]
        head = t["head"]
        ncols = sum((c.cs if isinstance(c, Cell) else 1) for c in rows[0])
        widths = t["widths"] or [165.0 / ncols] * ncols
        if len(widths) != ncols:
            raise ValueError(f"表{t['number']}: {len(widths)} widths for {ncols} columns")
        cols = "(" + ", ".join(f"{w:.1f}mm" for w in widths) + ",)"
        cont = (
            f"table.cell(colspan: {ncols}, stroke: none, inset: 0pt, context {{ "
            f"if here().page() != locate(<{key}>).page() {{ align(center, block(inset: (bottom: 5pt), "
            f"hei(text(size: 10.5pt, {lit('续表' + t['number'])})))) }} }})"
        )
        grid = t.get("style", "grid") == "grid"
        head_cells = [cont]
        if grid:
            head_cells.append("table.hline(y: 1, stroke: 1pt)")
        else:
            head_cells.append("table.hline(y: 1, stroke: 1pt)")
            head_cells.append(f"table.hline(y: {head + 1}, stroke: 0.5pt)")
        for row in rows[:head]:
            head_cells += [self.cell(c, header=True) for c in row]
        body_cells = [self.cell(c) for row in rows[head:] for c in row]
        below = []
        extra = list(t["notes"]) + list(t["footnotes"])
        if t["inside"] and extra:
            for e in extra:
                body_cells.append(f"table.cell(colspan: {ncols}, align: left, kai({self.inline(e)}))")
        else:
            below = extra
        body_cells.append("table.hline(stroke: 1pt)")
        frame = []
        if grid:
            frame = [
                "table.vline(x: 0, start: 1, stroke: 1pt)",
                f"table.vline(x: {ncols}, start: 1, stroke: 1pt)",
            ]
        stroke = "0.5pt" if grid else "none"
        out = [
            "#block(above: 10pt, below: 4pt, width: 100%, sticky: true, "
            f"align(center, hei({lit('表' + t['number'] + '　' + t['caption'])})))"
        ]
        if t["unit_line"]:
            out.append(
                f"#block(sticky: true, width: 100%, align(right, text(size: 9pt, {lit(t['unit_line'])})))"
            )
        body = ",\n  ".join(
            ["table.header(repeat: true, " + ", ".join(head_cells) + ")", *frame, *body_cells]
        )
        out.append(f"#metadata(none)<{key}>")
        out.append(
            f"#{{ set text(size: {t['font']}pt); set par(justify: false, leading: 0.5em); "
            f"align(center, table(columns: {cols}, stroke: {stroke}, inset: (x: 3pt, y: 3.5pt), "
            f"align: center + horizon,\n  {body})) }}"
        )
        for e in below:
            out.append(f"#pad(left: 2em, top: 2pt, kai(text(size: 9pt, {self.inline(e)})))")
        out.append("#v(4pt)")
        return "\n".join(out)

    def cell(self, c, header: bool = False) -> str:
        cell = c if isinstance(c, Cell) else Cell(c)
        args = []
        if cell.cs > 1:
            args.append(f"colspan: {cell.cs}")
        if cell.rs > 1:
            args.append(f"rowspan: {cell.rs}")
        if cell.align != "c":
            args.append("align: " + {"l": "left + horizon", "r": "right + horizon"}[cell.align])
        body = self.inline(cell.content)
        if header:
            body = f"hei({body})"
        return f"table.cell({', '.join([*args, body])})"


# ---- printing -------------------------------------------------------------------------------------
def _typst():
    try:
        import typst
    except ImportError:  # pragma: no cover - the print needs it, the check does not
        raise SystemExit("the typst package is needed to print (pip install typst)") from None
    return typst


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Compile one document in ``folder``; the PDF and the page of every value mark."""
    typst = _typst()
    for font_dir in FONT_DIRS:
        if not Path(font_dir).is_dir():
            raise SystemExit(
                f"{font_dir} is missing (apt-get install fonts-arphic-gbsn00lp fonts-droid-fallback "
                "fonts-arphic-gkai00mp)"
            )
    source = folder / f"{doc.stem}.typ"
    source.write_text(TypstWriter(doc).write(), encoding="utf-8")
    options = {"font_paths": FONT_DIRS, "ignore_system_fonts": True}
    pdf = folder / f"{doc.stem}.pdf"
    pdf.write_bytes(typst.compile(str(source), **options))
    found = json.loads(typst.query(str(source), "<pagemap>", **options))
    pages = {name: int(page) for name, page in found[0]["value"]}
    return pdf, pages


def print_documents(stems: list[str]) -> Iterator[Path]:
    return printkit.print_marked(SOURCES, CORPUS, stems, typeset)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
