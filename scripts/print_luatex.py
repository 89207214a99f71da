"""Print corpus/luatex: typeset each national standard with LuaLaTeX (ctex on LuaTeX-ja), then write its gold
and check the gold against the PDF's text layer.

    python scripts/print_luatex.py [STEM...]     # write .tex, typeset, write gold, check
    python scripts/print_luatex.py --check       # only check the committed PDFs and gold

The writer is scripts/print_typeset.py's (the same authoring model, tables, zref labels and three passes),
loaded as a private copy and given another engine and house style: LuaTeX (LuaHBTeX, luaotfload's font
loader, LuaTeX-ja's line breaker and CJK/Latin spacing, LuaTeX's own PDF writer and ToUnicode maps) instead
of XeTeX and xdvipdfmx.  Faces, none used by an earlier set as a body face under this name: Noto Serif CJK
SC (fonts-noto-cjk) for the Chinese text, TeX Gyre Schola (texlive's tex-gyre) for Latin letters and
digits, Noto Sans CJK SC with TeX Gyre Heros as 黑体 for headings, captions and the cover, FandolFang
(仿宋, texlive's fonts in the TeX tree) for notes.  ℃, ≤, ≥, ±, × and ‰ are set from the Chinese face
(LuaTeX-ja's character ranges), and a line never breaks before ℃, % or ‰.

The house style is GB/T 1.1-2020's: a cover with ICS and CCS at the top left, the kind mark (GB, GB/T) at
the top right, the kind line, a rule, the number and 代替 at the right, the title (two lines for a food
safety standard), the English title, the dates over a rule and the issuers; 前言 with roman folios; the
body with arabic folios; the standard number at the top right of odd pages and the top left of even
pages over a rule, the folio at the outer foot; chapter and clause numbers in 黑体 without bold; full-grid
tables with a "表N　caption" above, "表N（续）" and the header repeated on later pages, a 单位为… line at
the top right where the table has one unit, notes and lettered footnotes inside the frame.
SOURCE_DATE_EPOCH fixes the dates, the /ID is fixed from the stem, so a reprint gives the same bytes.
Printing needs texlive-luatex, texlive-lang-chinese and
texlive-lang-japanese (ctex, LuaTeX-ja, Fandol), tex-gyre and fonts-noto-cjk; the check needs none of them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import printkit

from std_extract_synth.authoring import StandardDoc

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "_luatex_typeset", Path(__file__).with_name("print_typeset.py")
)
assert _spec is not None and _spec.loader is not None
base: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

LUATEX = REPO / "corpus" / "luatex"
SOURCES = LUATEX / "src"
NOTO = "/usr/share/fonts/opentype/noto/"

PREAMBLE = rf"""\documentclass[UTF8,zihao=5,fontset=none,scheme=chinese]{{ctexart}}
\usepackage[a4paper,top=30mm,bottom=25mm,left=25mm,right=20mm,headsep=7mm,footskip=12mm]{{geometry}}
\setmainfont{{texgyreschola-regular.otf}}[BoldFont=texgyreschola-bold.otf]
\setsansfont{{texgyreheros-regular.otf}}[BoldFont=texgyreheros-bold.otf]
\setCJKmainfont{{NotoSerifCJK-Regular.ttc}}[Path={NOTO},FontIndex=2,BoldFont=NotoSansCJK-Regular.ttc,BoldFeatures={{FontIndex=2}}]
\setCJKsansfont{{NotoSansCJK-Regular.ttc}}[Path={NOTO},FontIndex=2]
\setCJKfamilyfont{{zhhei}}{{NotoSansCJK-Regular.ttc}}[Path={NOTO},FontIndex=2]
\setCJKfamilyfont{{zhheib}}{{NotoSansCJK-Bold.ttc}}[Path={NOTO},FontIndex=2]
\setCJKfamilyfont{{zhfs}}{{FandolFang-Regular.otf}}
\newcommand{{\heiti}}{{\CJKfamily{{zhhei}}\sffamily}}
\newcommand{{\heitib}}{{\CJKfamily{{zhheib}}\sffamily\bfseries}}
\newcommand{{\fangti}}{{\CJKfamily{{zhfs}}}}
\ltjdefcharrange{{100}}{{"2103,"2264,"2265,"00B1,"00D7,"2030,"2160-"217F}}
\ltjsetparameter{{jacharrange={{+100}}}}
\ltjsetparameter{{prebreakpenalty={{`℃,10000}}}}
\ltjsetparameter{{prebreakpenalty={{`‰,10000}}}}
\tracinglostchars=3
\usepackage{{amsmath,array,longtable,multirow,fancyhdr,zref-abspage,zref-user,calc,amssymb,booktabs}}
\setlength{{\headheight}}{{14pt}}
\setlength{{\parindent}}{{2em}}
\setlength{{\parskip}}{{0pt}}
\linespread{{1.3}}
\setlength{{\LTpre}}{{5pt}}
\setlength{{\LTpost}}{{5pt}}
\renewcommand{{\arraystretch}}{{1.3}}
\setlength{{\tabcolsep}}{{3pt}}
"""


class LuaWriter(base.TexWriter):
    """print_typeset's writer with this set's house style (GB/T 1.1-2020's)."""

    preamble = PREAMBLE
    preface_heading = r"\begin{center}{\heiti\zihao{3}前\qquad 言}\end{center}\vspace{8pt}"
    title_heading = (r"\begin{center}{\heiti\zihao{3}", r"}\end{center}\vspace{10pt}")

    def page_style(self) -> list[str]:
        """The number at the top right of odd pages and the top left of even pages over a rule; the folio
        at the outer foot."""
        number = base.escape(self.doc.number)
        # the /ID LuaTeX writes depends on the output's full path (a temporary folder): fixed from the stem
        digest = hashlib.md5(self.doc.stem.encode("utf-8")).hexdigest().upper()
        return [
            r"\pdfvariable trailerid {[ <" + digest + "> <" + digest + "> ]}",
            r"\fancypagestyle{std}{\fancyhf{}",
            r"\fancyhead[R]{\ifodd\value{page}\heiti " + number + r"\fi}",
            r"\fancyhead[L]{\ifodd\value{page}\else\heiti " + number + r"\fi}",
            r"\fancyfoot[R]{\ifodd\value{page}\thepage\fi}\fancyfoot[L]{\ifodd\value{page}\else\thepage\fi}",
            r"\renewcommand{\headrulewidth}{0.4pt}}",
        ]

    def cover(self) -> None:
        d = self.doc
        self.emit(r"\begin{titlepage}\setlength{\parindent}{0pt}")
        ics = f"ICS {base.escape(d.ics)}" if d.ics else r"\mbox{}"
        ccs = f"CCS {base.escape(d.ccs)}" if d.ccs else r"\mbox{}"
        self.emit(r"\begin{minipage}[t]{0.6\textwidth}{\heiti\zihao{5}" + ics + r"\\[1pt]" + ccs + "}")
        self.emit(r"\end{minipage}\hfill")
        self.emit(r"\begin{minipage}[t]{0.38\textwidth}\raggedleft{\fontsize{42pt}{46pt}\selectfont\heitib ")
        self.emit(base.escape(d.kind) + r"}\end{minipage}\par\vspace{6mm}")
        self.emit(
            r"\begin{center}{\heiti\fontsize{26pt}{32pt}\selectfont " + d.kind_line() + r"}\end{center}"
        )
        self.emit(r"\vspace{-2mm}\rule{\textwidth}{0.6pt}\par\vspace{2mm}")
        self.emit(r"\begin{flushright}{\heiti\zihao{-3}" + base.escape(d.number) + "}")
        for old in d.replaces:
            self.emit(r"\\[3pt]{\heiti\zihao{5}代替 " + base.escape(old) + "}")
        self.emit(r"\end{flushright}\vspace{42mm}")
        self.emit(r"\begin{center}")
        for i, line in enumerate(d.title):
            size = "26pt" if len(re.sub("<[^>]+>", "", line)) < 14 else "21pt"
            gap = "" if i == len(d.title) - 1 else r"\\[7mm]"
            self.emit(r"{\heiti\fontsize{" + size + "}{32pt}\\selectfont " + self.markup(line) + "}" + gap)
        if d.title_en:
            self.emit(r"\\[12mm]{\zihao{4}" + base.escape(d.title_en) + "}")
        self.emit(r"\end{center}\vfill")
        self.emit(
            r"{\heiti\zihao{4}"
            + base.escape(d.issued)
            + r"\ 发布\hfill "
            + base.escape(d.effective)
            + r"\ 实施}\par"
        )
        self.emit(r"\vspace{-1mm}\rule{\textwidth}{0.6pt}\par\vspace{8mm}")
        issuers = r"\\[4pt]".join(base.escape(i) for i in d.issuers)
        self.emit(r"\begin{center}{\heiti\zihao{-3}\begin{tabular}{@{}c@{}}" + issuers + r"\end{tabular}")
        self.emit(r"\raisebox{0pt}{\quad 发布}}\end{center}\vspace{6mm}")
        self.emit(r"\end{titlepage}")

    def b_heading(self, data) -> None:
        number, title = base.escape(data["number"]), self.markup(data["title"])
        gap = "7pt" if "." not in data["number"] else "3pt"
        self.emit(
            rf"\par\vspace{{{gap}}}\noindent{{\heiti "
            + number
            + r"\quad "
            + title
            + r"}\par\nopagebreak\vspace{2pt}"
        )

    def b_para(self, data) -> None:
        number = data.get("number")
        text = self.content(data["text"])
        if number:
            self.emit(r"\par\noindent{\heiti " + base.escape(number) + r"}\quad " + text + r"\par")
        elif data.get("indent", True):
            self.emit(r"\par " + text + r"\par")
        else:
            self.emit(r"\par\noindent " + text + r"\par")

    def b_note(self, data) -> None:
        self.emit(r"\par{\zihao{-5}\fangti\noindent\hspace*{2em}" + self.content(data["text"]) + r"}\par")

    def b_annex(self, data) -> None:
        self.emit(
            r"\clearpage\begin{center}{\heiti\zihao{4}附\quad 录\quad "
            + base.escape(data["letter"])
            + r"}\\[3pt]"
        )
        self.emit(
            r"{\heiti（"
            + base.escape(data["status"])
            + r"）}\\[5pt]{\heiti\zihao{4}"
            + self.markup(data["title"])
            + r"}\end{center}"
        )

    def b_table(self, data) -> None:
        """print_typeset's table with this house style's captions: 黑体 "表N　caption", "表N（续）" on
        later pages, the notes in the note face."""
        before = len(self.out)
        super().b_table(data)
        number = base.escape(data["number"])
        text = "\n".join(self.out[before:])
        text = text.replace(
            r"\normalsize\heiti 续表" + number + "}", r"\normalsize\heiti 表" + number + "（续）}"
        )
        del self.out[before:]
        self.out.append(text)


def _lualatex() -> str:
    found = shutil.which("lualatex")
    if not found:
        raise SystemExit(
            "LuaLaTeX is needed to print (apt-get install -y texlive-luatex texlive-lang-chinese)"
        )
    return found


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Typeset one document in ``folder``; the PDF and the absolute page of every value label."""
    pdf, pages, _ = base.run_tex(_lualatex(), "lualatex", doc.stem, folder, LuaWriter(doc).write())
    return pdf, pages


def print_documents(stems: list[str]) -> Iterator[Path]:
    """Typeset each document, then write its gold and printed values."""
    keep = os.environ.get("TYPESET_KEEP_TEX")

    def run(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
        result = typeset(doc, folder)
        if keep:
            shutil.copy(folder / f"{doc.stem}.tex", Path(keep) / f"{doc.stem}.tex")
        return result

    return printkit.print_marked(SOURCES, LUATEX, stems, run)


def main() -> int:
    stems = printkit.document_stems(SOURCES, "lu_")
    return printkit.main(__doc__.splitlines()[0], LUATEX, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
