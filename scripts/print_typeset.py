"""Print corpus/typeset: write each standard as a XeLaTeX source (ctex) and typeset it to PDF, then write
its gold and check the gold against the PDF's text layer.

    python scripts/print_typeset.py [STEM...]     # write .tex, typeset, write gold, check
    python scripts/print_typeset.py --check       # only check the committed PDFs and gold
    python scripts/print_typeset.py --set typeset2 [STEM...|--check]   # the second batch, corpus/typeset2

Typesetting needs XeLaTeX with ctex, booktabs, longtable, multirow, fancyhdr and zref (Debian
texlive-xetex, texlive-lang-chinese, texlive-latex-extra) and the fonts AR PL UMing CN
(fonts-arphic-uming, 宋体-like), WenQuanYi Zen Hei (fonts-wqy-zenhei, 黑体-like) and TeX Gyre Termes
(Times-like Latin, texlive's tex-gyre); the check needs none of them (pdfplumber and the evaluator's gold
model only), so the tests do not need TeX.

The route is a standards publisher's: a cover with ICS/CCS top left, the kind mark and number at the right,
the title large and the dates and issuers at the foot; 前言 with roman folios; the body with arabic folios
and the standard number as running header; clause numbers in bold 黑体; three-line tables (booktabs) and
full-grid tables, multirow header cells, longtables whose header repeats under a 续表 caption; footnote
letters as superscripts; formulas in TeX math.  Each indicator value is preceded by a zref label; the
absolute page of every label is read from the .aux file after the last pass.  The authoring model, the
gold and printed-elements files and the command line are the hand-written sets' shared ones
(std_extract_synth.authoring, scripts/printkit.py).  SOURCE_DATE_EPOCH fixes the time stamps and the /ID,
so a reprint of an unchanged source gives the same bytes (the sha256 in the gold stays valid).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import (
    Cell,
    StandardDoc,
    Value,
    place_cells,
    value_element,
    write_document_gold,
)

REPO = Path(__file__).resolve().parent.parent
# The sets this script prints: folder under corpus/ and the prefix of its document modules.  The first
# batch is the default; ``--set typeset2`` prints the second (same preamble and writer, so the first
# batch's bytes do not change).
SETS = {"typeset": "ts_", "typeset2": "ts2_"}
TYPESET = REPO / "corpus" / "typeset"
SOURCES = TYPESET / "src"
SONG = "AR PL UMing CN"
HEI = "WenQuanYi Zen Hei"
LATIN = "TeX Gyre Termes"
EPOCH = "1767225600"  # 2026-01-01 00:00 UTC
TEXT_WIDTH = 164.0  # mm: A4 less the 25 mm and 20 mm margins, less a rule
TABCOLSEP = 1.06  # mm: \\tabcolsep is 3 pt
PASSES = 3  # longtable widths and zref pages settle in three passes
_TAG = re.compile(r"<(/?)(sup|sub|b|m)>")
_ESCAPE = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\textasciitilde{}",
}
_ABSPAGE = re.compile(r"\\zref@newlabel\{(v\d+)\}\{.*?\\abspage\{(\d+)\}")

PREAMBLE = rf"""\documentclass[UTF8,zihao=5,fontset=none,scheme=chinese]{{ctexart}}
\usepackage[a4paper,top=28mm,bottom=22mm,left=25mm,right=20mm,headsep=6mm,footskip=12mm]{{geometry}}
\setmainfont{{{LATIN}}}
\setsansfont{{{LATIN}}}
\setCJKmainfont{{{SONG}}}[BoldFont={HEI},BoldFeatures={{FakeBold=1.5}}]
\setCJKsansfont{{{HEI}}}
\setCJKfamilyfont{{zhhei}}{{{HEI}}}[BoldFeatures={{FakeBold=2}}]
\newcommand{{\heiti}}{{\CJKfamily{{zhhei}}}}
\xeCJKsetcharclass{{"2100}}{{"214F}}{{1}}
\xeCJKsetcharclass{{"2200}}{{"22FF}}{{1}}
\usepackage{{amsmath,array,booktabs,longtable,multirow,fancyhdr,zref-abspage,zref-user,calc,amssymb}}
\setlength{{\headheight}}{{14pt}}
\setlength{{\parindent}}{{2em}}
\setlength{{\parskip}}{{1pt}}
\linespread{{1.25}}
\setlength{{\LTpre}}{{6pt}}
\setlength{{\LTpost}}{{4pt}}
\renewcommand{{\arraystretch}}{{1.25}}
\setlength{{\tabcolsep}}{{3pt}}
"""


def escape(text: str) -> str:
    return "".join(_ESCAPE.get(ch, ch) for ch in text)


class TexWriter:
    """One StandardDoc written as a XeLaTeX source."""

    def __init__(self, doc: StandardDoc):
        self.doc = doc
        self.out: list[str] = []

    # -- inline text
    def markup(self, text: str) -> str:
        """Text with <sup>, <sub>, <b>, <m> (inline math, verbatim TeX) and line breaks."""
        parts: list[str] = []
        pos = 0
        math = False
        for match in [*_TAG.finditer(text), None]:
            chunk = text[pos : match.start() if match else len(text)]
            if math:
                parts.append(chunk)
            else:
                parts.append(escape(chunk).replace("\n", r"\newline{}"))
            if match:
                closing, tag = match[1], match[2]
                if tag == "m":
                    parts.append("$")
                    math = not closing
                elif closing:
                    parts.append("}")
                else:
                    parts.append(
                        {"sup": r"\textsuperscript{", "sub": r"\textsubscript{", "b": r"\textbf{"}[tag]
                    )
                pos = match.end()
        return "".join(parts)

    def content(self, content) -> str:
        if isinstance(content, Value):
            return rf"\zlabel{{v{content.label}}}" + self.markup(content.text)
        if isinstance(content, Cell):
            return self.content(content.content)
        if isinstance(content, list | tuple):
            return "".join(self.content(part) for part in content)
        return self.markup(str(content)) if content else ""

    def emit(self, *lines: str) -> None:
        self.out.extend(lines)

    # -- the document; a house style (scripts/print_press.py) changes the preamble, the page style
    # and the two headings, the rest is the same
    preamble = PREAMBLE
    preface_heading = r"\begin{center}{\heiti\zihao{3}前\qquad 言}\end{center}\vspace{6pt}"
    title_heading = (r"\begin{center}{\heiti\zihao{3}", r"}\end{center}\vspace{8pt}")

    def page_style(self) -> list[str]:
        """The running head (the standard number) and foot (the page number)."""
        return [
            r"\fancypagestyle{std}{\fancyhf{}\fancyhead[R]{\heiti " + escape(self.doc.number) + "}",
            r"\fancyfoot[C]{\thepage}\renewcommand{\headrulewidth}{0.5pt}}",
        ]

    def write(self) -> str:
        d = self.doc
        self.emit(self.preamble)
        self.emit(*self.page_style())
        self.emit(r"\begin{document}")
        self.cover()
        self.emit(r"\pagestyle{std}\pagenumbering{Roman}")
        self.emit(self.preface_heading)
        for block in d.front:
            text = block.data["text"]
            hang = isinstance(text, str) and text.startswith("——")
            self.emit((r"\noindent " if hang else "") + self.content(text) + "\n")
        self.emit(r"\clearpage\pagenumbering{arabic}")
        title = r"\\[2pt]".join(self.markup(t) for t in d.title)
        self.emit(self.title_heading[0] + title + self.title_heading[1])
        for block in d.body:
            getattr(self, f"b_{block.kind}")(block.data)
        self.emit(r"\end{document}")
        return "\n".join(self.out) + "\n"

    def cover(self) -> None:
        d = self.doc
        self.emit(r"\begin{titlepage}\setlength{\parindent}{0pt}")
        ics = f"ICS {escape(d.ics)}" if d.ics else r"\mbox{}"
        ccs = f"CCS {escape(d.ccs)}" if d.ccs else r"\mbox{}"
        self.emit(r"\begin{minipage}[t]{0.6\textwidth}{\heiti " + ics + r"\\" + ccs)
        if d.filing:
            self.emit(r"\\备案号：" + escape(d.filing))
        self.emit(r"}\end{minipage}\hfill")
        self.emit(
            r"\begin{minipage}[t]{0.35\textwidth}\raggedleft{\fontsize{40pt}{44pt}\selectfont\bfseries\heiti "
        )
        self.emit(escape(d.kind) + r"}\end{minipage}\par\vspace{10mm}")
        self.emit(
            r"\begin{center}{\heiti\fontsize{24pt}{30pt}\selectfont " + d.kind_line() + r"}\end{center}"
        )
        self.emit(r"\vspace{-4mm}\rule{\textwidth}{1.2pt}\par\vspace{2mm}")
        self.emit(r"\begin{flushright}{\heiti\zihao{4}" + escape(d.number) + "}")
        for old in d.replaces:
            self.emit(r"\\[2pt]{\zihao{5}代替 " + escape(old) + "}")
        self.emit(r"\end{flushright}\vspace{45mm}")
        self.emit(r"\begin{center}")
        for i, line in enumerate(d.title):
            size = "26pt" if len(re.sub("<[^>]+>", "", line)) < 16 else "22pt"
            gap = "" if i == len(d.title) - 1 else r"\\[6mm]"
            self.emit(r"{\heiti\fontsize{" + size + "}{32pt}\\selectfont " + self.markup(line) + "}" + gap)
        if d.title_en:
            self.emit(r"\\[12mm]{\zihao{4}" + escape(d.title_en) + "}")
        self.emit(r"\end{center}\vfill")
        self.emit(
            r"{\heiti\zihao{4}" + escape(d.issued) + r"发布\hfill " + escape(d.effective) + r"实施}\par"
        )
        self.emit(r"\vspace{-2mm}\rule{\textwidth}{1.2pt}\par\vspace{10mm}")
        issuers = r"\\[3pt]".join(escape(i) for i in d.issuers)
        self.emit(r"\begin{center}{\heiti\zihao{-3}\begin{tabular}{@{}c@{}}" + issuers + r"\end{tabular}")
        self.emit(r"\raisebox{0pt}{\quad 发布}}\end{center}\vspace{10mm}")
        self.emit(r"\end{titlepage}")

    # -- blocks
    def b_heading(self, data) -> None:
        number, title = data["number"], self.markup(data["title"])
        self.emit(
            r"\par\vspace{4pt}\noindent{\heiti\textbf{"
            + escape(number)
            + r"}\quad "
            + title
            + r"}\par\nopagebreak\vspace{2pt}"
        )

    def b_para(self, data) -> None:
        number = data.get("number")
        text = self.content(data["text"])
        if number:
            self.emit(r"\par\noindent{\heiti\textbf{" + escape(number) + r"}}\quad " + text + r"\par")
        elif data.get("indent", True):
            self.emit(r"\par " + text + r"\par")
        else:
            self.emit(r"\par\noindent " + text + r"\par")

    def b_item(self, data) -> None:
        mark = data["mark"]
        gap = r"\quad " if mark.endswith(")") else ""
        self.emit(
            r"\par\noindent\hangindent=4em\hangafter=1\hspace*{2em}"
            + escape(mark)
            + gap
            + self.content(data["text"])
            + r"\par"
        )

    def b_note(self, data) -> None:
        self.emit(r"\par{\zihao{-5}\noindent\hspace*{2em}" + self.content(data["text"]) + r"}\par")

    def b_formula(self, data) -> None:
        tag = rf"\tag*{{（{data['number']}）}}" if data["number"] else ""
        self.emit(r"\begin{equation*}\text{" + self.markup(data["text"]) + "}" + tag + r"\end{equation*}")

    def b_math(self, data) -> None:
        tag = rf"\tag*{{（{data['number']}）}}" if data["number"] else ""
        self.emit(r"\begin{equation*}" + data["tex"] + tag + r"\end{equation*}")

    def b_pagebreak(self, _data) -> None:
        self.emit(r"\clearpage")

    def b_annex(self, data) -> None:
        self.emit(
            r"\clearpage\begin{center}{\heiti\zihao{4}附\quad 录\quad " + escape(data["letter"]) + r"}\\[2pt]"
        )
        self.emit(
            r"{\heiti（"
            + escape(data["status"])
            + r"）}\\[4pt]{\heiti\zihao{4}"
            + self.markup(data["title"])
            + r"}\end{center}"
        )

    # -- tables
    def b_table(self, data) -> None:
        grid = place_cells(data["rows"])
        ncols = max(c + cell.cs for _r, c, cell in grid)
        nrows = len(data["rows"])
        widths = list(data["widths"] or [150 / ncols] * ncols)
        room = TEXT_WIDTH - ncols * 2 * TABCOLSEP  # the table is never wider than the text block
        widths = [w * min(1.0, room / sum(widths)) for w in widths]
        ruled = data.get("style", "three") == "grid"
        bar = "|" if ruled else ""
        spec = bar + bar.join(rf">{{\centering\arraybackslash}}m{{{w:.1f}mm}}" for w in widths) + bar
        size = r"\zihao{-5}" if data["font"] <= 9.5 else r"\zihao{5}"
        total = sum(widths)
        full = _width(total, ncols)
        cap = escape(data["caption"])
        number = escape(data["number"])
        unit = data["unit_line"]
        lines = [r"\par{" + size, r"\begin{longtable}{" + spec + "}"]

        def head_block(first: bool) -> list[str]:
            label = rf"表{number}\quad {cap}" if first else rf"续表{number}"
            block = [rf"\multicolumn{{{ncols}}}{{c}}{{\normalsize\heiti {label}}}\\[2pt]"]
            if unit:
                block.append(rf"\multicolumn{{{ncols}}}{{r}}{{{self.markup(unit)}}}\\")
            block.append(r"\hline" if ruled else r"\toprule")
            block += self.rows(grid, 0, data["head"], widths, ruled, nrows, head=True)
            return block

        lines += head_block(True) + [r"\endfirsthead"] + head_block(False) + [r"\endhead"]
        lines.append((r"\hline" if ruled else r"\bottomrule") + r"\endfoot")
        extra = [*data["notes"], *data["footnotes"]]
        last = r"\hline" if ruled else r"\bottomrule"
        if extra and data["inside"] and ruled:
            last = ""
        lines.append(last + r"\endlastfoot")
        lines += self.rows(grid, data["head"], nrows, widths, ruled, nrows, head=False)
        if extra and data["inside"] and ruled:
            lines.append(r"\hline")
            inner = r"\newline ".join(self.content(t) for t in extra)
            lines.append(
                rf"\multicolumn{{{ncols}}}{{|p{{\dimexpr {full}\relax}}|}}{{\raggedright {inner}}}\\ \hline"
            )
        lines.append(r"\end{longtable}}\par")
        if extra and not (data["inside"] and ruled):
            lines.append(r"\vspace{-2pt}{\zihao{-5}")
            for text in extra:
                lines.append(r"\noindent\hspace*{2em}" + self.content(text) + r"\par")
            lines.append(r"}\vspace{4pt}")
        self.emit(*lines)

    def rows(self, grid, start: int, stop: int, widths, ruled: bool, nrows: int, head: bool) -> list[str]:
        """Rows ``start``..``stop``-1 of the table as longtable rows with their rules."""
        ncols = len(widths)
        covered: dict[tuple[int, int], Cell] = {}
        starts: dict[tuple[int, int], Cell] = {}
        for r, c, cell in grid:
            starts[(r, c)] = cell
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    covered[(r + dr, c + dc)] = cell
        out = []
        for r in range(start, stop):
            cells = []
            c = 0
            while c < ncols:
                cell = starts.get((r, c))
                owner = covered.get((r, c))
                if cell is None and owner is not None:  # under a row span: an empty slot as wide
                    span = owner.cs
                    cells.append(self.slot("", c, span, widths, ruled, "c") if span > 1 or ruled else "")
                    c += span
                    continue
                if cell is None:
                    cells.append("")
                    c += 1
                    continue
                text = self.content(cell.content)
                if cell.rs > 1:
                    width = _width(sum(widths[c : c + cell.cs]), cell.cs)
                    align = r"\raggedright" if cell.align == "l" else r"\centering"
                    text = rf"\multirow{{{cell.rs}}}{{\dimexpr {width}\relax}}{{{align} {text}}}"
                if cell.cs > 1 or cell.align != "c":
                    cells.append(self.slot(text, c, cell.cs, widths, ruled, cell.align))
                else:
                    cells.append(text)
                c += cell.cs
            out.append(" & ".join(cells) + r" \\")
            # rules under the row
            if r == stop - 1:
                if head:
                    out.append(r"\hline" if ruled else r"\midrule")
                continue
            if ruled:
                out.append(self.clines(covered, starts, r, ncols))
            elif head:
                spans = [
                    (c, cell.cs)
                    for (rr, c), cell in starts.items()
                    if rr == r and cell.cs > 1 and cell.rs == 1
                ]
                out += [rf"\cmidrule(lr){{{c + 1}-{c + cs}}}" for c, cs in sorted(spans)]
        return out

    @staticmethod
    def slot(text: str, c: int, span: int, widths, ruled: bool, align: str) -> str:
        width = _width(sum(widths[c : c + span]), span)
        if ruled and span > 1:
            width += rf"+{span - 1}\arrayrulewidth"
        left = "|" if ruled and c == 0 else ""
        right = "|" if ruled else ""
        raggedness = {"c": r"\centering", "l": r"\raggedright", "r": r"\raggedleft"}[align]
        column = rf"{left}>{{{raggedness}\arraybackslash}}m{{\dimexpr {width}\relax}}{right}"
        return rf"\multicolumn{{{span}}}{{{column}}}{{{text}}}"

    @staticmethod
    def clines(covered, starts, r: int, ncols: int) -> str:
        """\\cline segments under row ``r``: every column whose cell does not go on into row r+1."""
        segs = []
        c = 0
        while c < ncols:
            owner = covered.get((r, c))
            continues = owner is not None and covered.get((r + 1, c)) is owner
            if not continues:
                a = c
                while c < ncols and not (
                    covered.get((r, c)) is not None and covered.get((r + 1, c)) is covered.get((r, c))
                ):
                    c += 1
                segs.append(rf"\cline{{{a + 1}-{c}}}")
            else:
                c += 1
        return "".join(segs) if segs else ""


def _width(mm: float, span: int) -> str:
    """The TeX width of ``span`` columns of ``mm`` millimetres together, with the column gaps between."""
    return rf"{mm:.1f}mm+{2 * (span - 1)}\tabcolsep"


# ---- printing -------------------------------------------------------------------------------------
def _xelatex() -> str:
    found = shutil.which("xelatex")
    if not found:
        raise SystemExit("XeLaTeX is needed to print (apt-get install -y texlive-xetex texlive-lang-chinese)")
    return found


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Typeset one document in ``folder``; the PDF and the absolute page of every value label."""
    pdf, pages, log = run_tex(_xelatex(), "xelatex", doc.stem, folder, TexWriter(doc).write())
    missing = sorted(set(re.findall(r"Missing character: There is no (.) ", log)))
    if missing:
        raise SystemExit(f"{doc.stem}: characters missing from the fonts: {' '.join(missing)}")
    return pdf, pages


def run_tex(engine: str, name: str, stem: str, folder: Path, source: str) -> tuple[Path, dict[str, int], str]:
    """Write ``source`` as ``<stem>.tex`` in ``folder`` and run the TeX ``engine`` (named ``name`` in
    errors) on it PASSES times at a fixed date (byte-identical reprints); the PDF, the absolute page of
    every value label (zref's abspage in the .aux) and the log.  Shared by the TeX-printed sets (typeset,
    press, luatex, pdftex)."""
    (folder / f"{stem}.tex").write_text(source, encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    command = [engine, "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"]
    for _ in range(PASSES):
        run = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, errors="replace")
        if run.returncode:
            log = (folder / f"{stem}.log").read_text(errors="replace")
            raise SystemExit(f"{stem}: {name} failed\n{log[-3000:]}")
    log = (folder / f"{stem}.log").read_text(errors="replace")
    aux = (folder / f"{stem}.aux").read_text(encoding="utf-8", errors="replace")
    pages = {label: int(page) for label, page in _ABSPAGE.findall(aux)}
    return folder / f"{stem}.pdf", pages, log


def print_documents(stems: list[str]) -> Iterator[Path]:
    """Typeset each document, then write its gold and printed values."""
    for stem in stems:
        doc = printkit.load_document(SOURCES, stem)
        with tempfile.TemporaryDirectory() as tmp:
            pdf, pages = typeset(doc, Path(tmp))
            target = TYPESET / f"{stem}.pdf"
            target.write_bytes(pdf.read_bytes())
            if os.environ.get("TYPESET_KEEP_TEX"):
                shutil.copy(Path(tmp) / f"{stem}.tex", Path(os.environ["TYPESET_KEEP_TEX"]) / f"{stem}.tex")
        _write_gold(doc, target, pages)
        yield target


def _write_gold(doc: StandardDoc, pdf_path: Path, pages: dict[str, int]) -> None:
    elements = []
    for value in doc.values:
        page = pages.get(f"v{value.label}")
        if page is None:
            raise SystemExit(f"{doc.stem}: value {value.text!r} has no label in the .aux file")
        elements.append(value_element(value, page))
    write_document_gold(TYPESET, pdf_path, {**doc.gold_head(), "pages": None}, elements)


def _choose_set(argv: list[str]) -> str:
    """Take ``--set NAME`` out of ``argv`` (the rest is printkit's command line) and point TYPESET and
    SOURCES at that set."""
    global TYPESET, SOURCES
    name = "typeset"
    if "--set" in argv:
        at = argv.index("--set")
        name = argv[at + 1]
        del argv[at : at + 2]
    if name not in SETS:
        raise SystemExit(f"--set: one of {', '.join(SETS)}")
    TYPESET = REPO / "corpus" / name
    SOURCES = TYPESET / "src"
    return SETS[name]


def main() -> int:
    prefix = _choose_set(sys.argv)
    stems = printkit.document_stems(SOURCES, prefix)
    return printkit.main(__doc__.splitlines()[0], TYPESET, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
