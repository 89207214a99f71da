"""Print corpus/pdftex: typeset each standard by pdfLaTeX with the CJK package (CJKutf8) and the Arphic
Type1 fonts, then write its gold and check the gold against the PDF's text layer.

    python scripts/print_pdftex.py [STEM...]     # write .tex, typeset, write gold, check
    python scripts/print_pdftex.py --check       # only check the committed PDFs and gold

The route no earlier set used: pdfTeX, an 8-bit engine, sets Chinese through the CJK package, which cuts
each Unicode font into 256-glyph Type1 subfonts (``gbsnu4e``, ``gbsnu6c``, ...): a page of Chinese text
embeds some forty small fonts, and the text layer comes from the ToUnicode maps pdfTeX builds from the
glyph names (``uni4E00``; ``glyphtounicode`` for the named ones).  No other set was set by an 8-bit TeX,
by Type1 CJK fonts or by the CJK package (XeLaTeX and ctex set corpus/typeset, typeset2 and press; the
twelfth author's set is LuaLaTeX).  Faces: AR PL SungtiL GB (``gbsn``, 宋体-like) for the body and, made bold
by the CJK package (``\\CJKbold``), for headings, cover and captions; AR PL KaitiM GB (``gkai``, 楷体-like)
for notes and footnotes; Latin Modern for Latin letters and digits.  ℃, ‰, ° and · are taken from the
Arphic subfonts by their code (LaTeX's own text-companion glyphs carry no Unicode in pdfTeX's output).

The writer is scripts/print_typeset.py's (the same authoring model, longtables whose header repeats under a
续表 caption, multirow cells, three-line and full-grid tables, zref labels for the page of every value, three
passes and fixed dates, so a reprint gives the same bytes), loaded as a private copy and given this route's
preamble and house style: GB/T 1.1 margins, the standard number in the outer corner of the running head
over a rule, the folio in the outer corner of the foot, roman in the 前言.  Printing needs texlive's
pdfLaTeX with latex-cjk-chinese and latex-cjk-chinese-arphic-gbsn00lp / -gkai00mp (Debian
texlive-lang-chinese), lm and zref; the check needs none of them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import printkit

from std_extract_synth.authoring import StandardDoc

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "_pdftex_typeset", Path(__file__).with_name("print_typeset.py")
)
assert _spec is not None and _spec.loader is not None
base: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

CORPUS = REPO / "corpus" / "pdftex"
SOURCES = CORPUS / "src"
PREFIX = "pt_"
# Characters LaTeX's utf8 input maps to text-companion glyphs that pdfTeX writes without a Unicode
# mapping: set from the Arphic subfont that holds them, by code (subfont, code)
FROM_SUBFONT = {
    "℃": ("gbsnu21", 0x03),
    "‰": ("gbsnu20", 0x30),
    "°": ("gbsnu00", 0xB0),
    "·": ("gbsnu00", 0xB7),
}

_UNICODE = "\n".join(
    rf"\DeclareUnicodeCharacter{{{ord(ch):04X}}}{{\cjkglyph{{{font}}}{{{code}}}}}"
    for ch, (font, code) in FROM_SUBFONT.items()
)

PREAMBLE = (
    r"""\documentclass[a4paper,11pt]{article}
\pdfinfoomitdate=1
\pdftrailerid{}
\usepackage{cmap}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\input glyphtounicode
\pdfgentounicode=1
\usepackage[a4paper,top=30mm,bottom=25mm,left=25mm,right=20mm,headsep=6mm,footskip=12mm]{geometry}
\usepackage{CJKutf8}
\usepackage{amsmath,array,booktabs,longtable,multirow,fancyhdr,zref-abspage,zref-user,calc,amssymb}
\makeatletter
\newcommand\cjkglyph[2]{{\font\cjk@g=#1 at \f@size pt\cjk@g\char#2\relax}}
\newcommand\zihao[1]{\csname zihao@#1\endcsname}
\@namedef{zihao@3}{\fontsize{16pt}{22pt}\selectfont}
\@namedef{zihao@-3}{\fontsize{15pt}{20pt}\selectfont}
\@namedef{zihao@4}{\fontsize{14pt}{19pt}\selectfont}
\@namedef{zihao@-4}{\fontsize{12pt}{17pt}\selectfont}
\@namedef{zihao@5}{\fontsize{10.5pt}{15.5pt}\selectfont}
\@namedef{zihao@-5}{\fontsize{9pt}{12.5pt}\selectfont}
\makeatother
"""
    + _UNICODE
    + r"""
\newcommand{\heiti}{\CJKfamily{gbsn}\CJKbold}
\newcommand{\kaishu}{\CJKfamily{gkai}}
\tracinglostchars=2
\setlength{\headheight}{16pt}
\setlength{\parindent}{2em}
\setlength{\parskip}{1pt}
\setlength{\LTpre}{6pt}
\setlength{\LTpost}{4pt}
\renewcommand{\arraystretch}{1.3}
\setlength{\tabcolsep}{3pt}
\AtBeginDocument{\zihao{5}}
"""
)


class PdftexWriter(base.TexWriter):
    """print_typeset's writer with this route's preamble (CJK package, Type1 subfonts) and house style:
    the number in the outer corner of the running head, the folio in the outer corner of the foot, notes
    and footnotes in the 楷体-like face."""

    preamble = PREAMBLE
    preface_heading = r"\begin{center}{\heiti\zihao{3}前\qquad 言}\end{center}\vspace{6pt}"
    title_heading = (r"\begin{center}{\heiti\zihao{3}", r"}\end{center}\vspace{6pt}")

    def page_style(self) -> list[str]:
        number = base.escape(self.doc.number)
        return [
            r"\fancypagestyle{std}{\fancyhf{}\fancyhead[R]{\heiti\zihao{5}" + number + "}",
            r"\fancyfoot[R]{\zihao{-5}\thepage}\renewcommand{\headrulewidth}{0.4pt}}",
        ]

    def write(self) -> str:
        text = super().write()
        text = text.replace(r"\begin{document}", r"\begin{document}\begin{CJK*}{UTF8}{gbsn}", 1)
        return text.replace(r"\end{document}", "\\clearpage\\end{CJK*}\n\\end{document}")

    def b_note(self, data) -> None:
        self.emit(r"\par{\kaishu\zihao{-5}\noindent\hspace*{2em}" + self.content(data["text"]) + r"}\par")


def _pdflatex() -> str:
    found = shutil.which("pdflatex")
    if not found:
        raise SystemExit(
            "pdfLaTeX is needed to print (apt-get install -y texlive-latex-extra texlive-lang-chinese)"
        )
    return found


def missing_characters(log: str) -> list[tuple[str, str]]:
    """What pdfTeX's log (``\\tracinglostchars``) says the fonts lack, as (character, font): a CJK
    subfont names the low byte of the code point (``A in font gbsnu56`` is U+5641, 噁)."""
    return sorted(set(re.findall(r"Missing character: There is no (.+?) in font (\S+?)!", log)))


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Typeset one document in ``folder``; the PDF and the absolute page of every value label."""
    pdf, pages, log = base.run_tex(_pdflatex(), "pdflatex", doc.stem, folder, PdftexWriter(doc).write())
    missing = missing_characters(log)
    if missing:
        lacking = " ".join(f"{char} in {font}" for char, font in missing)
        raise SystemExit(f"{doc.stem}: characters missing from the fonts: {lacking}")
    return pdf, pages


def print_documents(stems: list[str]):
    keep = os.environ.get("PDFTEX_KEEP_TEX")

    def run(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
        result = typeset(doc, folder)
        if keep:
            shutil.copy(folder / f"{doc.stem}.tex", Path(keep) / f"{doc.stem}.tex")
        return result

    return printkit.print_marked(SOURCES, CORPUS, stems, run)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
