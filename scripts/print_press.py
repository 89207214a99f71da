"""Print corpus/press: the standards of corpus/press set as another publisher's typesetter sets them,
then write their gold and check it against the PDF's text layer.

    python scripts/print_press.py [STEM...]     # write .tex, typeset, write gold, check
    python scripts/print_press.py --check       # only check the committed PDFs and gold

The writer is scripts/print_typeset.py's (the same authoring model, tables, labels, three passes and
fixed dates, so a reprint gives the same bytes), loaded as a private copy and given another house
style: Fandol Song / Fandol Hei (texlive's fonts-fandol, in the TeX tree) with TeX Gyre Pagella for
Latin, an 11 pt body on 1.15 line spacing, 25 mm / 22 mm margins, the standard number at the top left
over no rule and the folio at the foot right between rules of dashes, a cover whose kind mark is the
association's code for a group standard (T/CAS).  Clause text prints full-width digits and letters
where a document's source writes them so (the Standards Press does in some standards).  The
printing of corpus/typeset and corpus/typeset2 is untouched: this script changes only its own copy.
Printing needs texlive-xetex, texlive-lang-chinese (ctex, Fandol) and tex-gyre; the check needs none.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import printkit

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("_press_typeset", Path(__file__).with_name("print_typeset.py"))
assert _spec is not None and _spec.loader is not None
base: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SONG = "FandolSong-Regular.otf"
SONG_BOLD = "FandolSong-Bold.otf"
HEI = "FandolHei-Regular.otf"
HEI_BOLD = "FandolHei-Bold.otf"
LATIN = "TeX Gyre Pagella"
PRESS = REPO / "corpus" / "press"

PREAMBLE = rf"""\documentclass[UTF8,11pt,zihao=false,fontset=none,scheme=chinese]{{ctexart}}
\usepackage[a4paper,top=25mm,bottom=25mm,left=22mm,right=22mm,headsep=5mm,footskip=10mm]{{geometry}}
\setmainfont{{{LATIN}}}
\setsansfont{{{LATIN}}}
\setCJKmainfont{{{SONG}}}[BoldFont={SONG_BOLD}]
\setCJKsansfont{{{HEI}}}[BoldFont={HEI_BOLD}]
\setCJKfamilyfont{{zhhei}}{{{HEI}}}[BoldFont={HEI_BOLD}]
\newcommand{{\heiti}}{{\CJKfamily{{zhhei}}}}
\xeCJKsetcharclass{{"2100}}{{"214F}}{{1}}
\xeCJKsetcharclass{{"2200}}{{"22FF}}{{1}}
\usepackage{{amsmath,array,booktabs,longtable,multirow,fancyhdr,zref-abspage,zref-user,calc,amssymb}}
\setlength{{\headheight}}{{14pt}}
\setlength{{\parindent}}{{2em}}
\setlength{{\parskip}}{{2pt}}
\linespread{{1.15}}
\setlength{{\LTpre}}{{8pt}}
\setlength{{\LTpost}}{{6pt}}
\renewcommand{{\arraystretch}}{{1.35}}
\setlength{{\tabcolsep}}{{3pt}}
"""


class PressWriter(base.TexWriter):
    """print_typeset's writer with this set's house style: page head and foot, cover mark."""

    preamble = PREAMBLE
    preface_heading = r"\begin{center}{\heiti\zihao{-3}前\quad 言}\end{center}\vspace{4pt}"
    title_heading = (r"\begin{center}{\heiti\zihao{-3}", r"}\end{center}\vspace{6pt}")

    def page_style(self) -> list[str]:
        """The standard number at top left with no rule, the page number at bottom right as "— n —"."""
        head = r"\fancypagestyle{std}{\fancyhf{}\fancyhead[L]{\zihao{-5}\heiti "
        return [
            head + base.escape(self.doc.number) + "}",
            r"\fancyfoot[R]{\zihao{-5}— \thepage\ —}\renewcommand{\headrulewidth}{0pt}}",
        ]

    def cover(self) -> None:
        """The cover; the kind mark is ``doc.mark`` where the document has one (T/CAS)."""
        d = self.doc
        mark = getattr(d, "mark", None) or d.kind
        self.emit(r"\begin{titlepage}\setlength{\parindent}{0pt}")
        ics = f"ICS {base.escape(d.ics)}" if d.ics else r"\mbox{}"
        ccs = f"CCS {base.escape(d.ccs)}" if d.ccs else r"\mbox{}"
        self.emit(r"\begin{minipage}[t]{0.55\textwidth}{\zihao{5}\heiti " + ics + r"\\[2pt]" + ccs)
        if d.filing:
            self.emit(r"\\[2pt]备案号：" + base.escape(d.filing))
        self.emit(r"}\end{minipage}\hfill")
        self.emit(r"\begin{minipage}[t]{0.42\textwidth}\raggedleft{\fontsize{36pt}{40pt}\selectfont\heiti ")
        self.emit(base.escape(mark) + r"}\end{minipage}\par\vspace{8mm}")
        kind_line = r"\begin{center}{\heiti\fontsize{22pt}{28pt}\selectfont "
        self.emit(kind_line + d.kind_line() + r"}\end{center}")
        self.emit(
            r"\vspace{-3mm}\rule{\textwidth}{0.8pt}\par\vspace{1pt}\rule{\textwidth}{0.4pt}\par\vspace{2mm}"
        )
        self.emit(r"\begin{flushright}{\heiti\zihao{-4}" + base.escape(d.number) + "}")
        for old in d.replaces:
            self.emit(r"\\[2pt]{\zihao{-5}代替 " + base.escape(old) + "}")
        self.emit(r"\end{flushright}\vspace{40mm}")
        self.emit(r"\begin{center}")
        for i, line in enumerate(d.title):
            size = "24pt" if len(re.sub("<[^>]+>", "", line)) < 16 else "20pt"
            gap = "" if i == len(d.title) - 1 else r"\\[5mm]"
            self.emit(r"{\heiti\fontsize{" + size + "}{30pt}\\selectfont " + self.markup(line) + "}" + gap)
        if d.title_en:
            self.emit(r"\\[10mm]{\zihao{-4}" + base.escape(d.title_en) + "}")
        self.emit(r"\end{center}\vfill")
        self.emit(
            r"{\heiti\zihao{-4}"
            + base.escape(d.issued)
            + r"\ 发布\hfill "
            + base.escape(d.effective)
            + r"\ 实施}\par"
        )
        self.emit(
            r"\vspace{-1mm}\rule{\textwidth}{0.4pt}\par\vspace{1pt}\rule{\textwidth}{0.8pt}\par\vspace{8mm}"
        )
        issuers = r"\\[3pt]".join(base.escape(i) for i in d.issuers)
        self.emit(r"\begin{center}{\heiti\zihao{4}\begin{tabular}{@{}c@{}}" + issuers + r"\end{tabular}")
        self.emit(r"\raisebox{0pt}{\quad 发\ 布}}\end{center}\vspace{6mm}")
        self.emit(r"\end{titlepage}")


def _use_press() -> None:
    """Point the private copy of print_typeset at corpus/press and this house style."""
    base.TexWriter = PressWriter
    base.TEXT_WIDTH = 164.0  # mm: A4 less 2 x 22 mm, less a rule
    base.TYPESET = PRESS
    base.SOURCES = PRESS / "src"


_use_press()
typeset = base.typeset
print_documents = base.print_documents
SOURCES = base.SOURCES


def main() -> int:
    stems = printkit.document_stems(SOURCES, "pr_")
    return printkit.main(__doc__.splitlines()[0], PRESS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
