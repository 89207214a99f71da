"""Print corpus/context: typeset each standard with ConTeXt MkIV (LuaTeX), then write its gold and check the
gold against the PDF's text layer.

    python scripts/print_context.py [STEM...]     # write .tex, typeset, write gold, check
    python scripts/print_context.py --check       # only check the committed PDFs and gold

The route no earlier set used: ConTeXt MkIV (Debian ``context``, 2021.03.05, on LuaTeX 1.15), not LaTeX.
ConTeXt loads its fonts with its own loader, sets Chinese through font fallbacks on a Latin face
(``\\definefontfallback``: the CJK ranges of a Latin font are taken from a CJK font) with its own hanzi
line breaking (``\\setscript``, with a small inter-character stretch), lays tables out with its own
mechanisms (natural tables ``\\bTABLE`` placed as floats by ``\\placetable`` with the caption below;
xtables that split across pages with a header repeated under a ``表N（续）`` row), lists with
``\\startitemize``, and writes the PDF with its own Lua backend (lpdf), which makes its own ToUnicode maps.
Faces: TeX Gyre Pagella (Latin) with Noto Serif CJK SC for the text, TeX Gyre Adventor with Noto Sans CJK
SC Bold for headings, captions, running heads and the cover, TeX Gyre Pagella with AR PL UKai CN (楷) for
notes under tables and clauses; Pagella Math for formulas.

The page of every value is written at shipout: each value is preceded by a ``\\latelua`` node that appends
its label and ``realpageno`` to ``<stem>.marks`` (the last pass wins).  The time stamps are fixed (the
backend's timestamp function, ``lpdf.settime`` and the minute ConTeXt writes as ConTeXt.Time), the
trailer /ID hashed from the stem and the XMP packet (random uuids) left out, so a reprint gives the same
bytes.  Printing needs Debian ``context`` and ``fonts-noto-cjk``, ``fonts-arphic-ukai`` and texlive's
tex-gyre (OSFONTDIR is pointed at /usr/share/fonts so that ConTeXt's font database finds the system
fonts); the check needs none of them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import printkit

from std_extract_synth.authoring import Cell, StandardDoc, Value, place_cells

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus" / "context"
SOURCES = CORPUS / "src"
PREFIX = "cx_"
FONTS = "/usr/share/fonts"
STAMP = "2026-01-01T00:00:00+00:00"
_TAG = re.compile(r"<(/?)(sup|sub|b|m)>")
_ESCAPE = {
    "\\": r"\letterbackslash{}",
    "{": r"\letterleftbrace{}",
    "}": r"\letterrightbrace{}",
    "$": r"\letterdollar{}",
    "&": r"\letterampersand{}",
    "#": r"\letterhash{}",
    "^": r"\letterhat{}",
    "_": r"\letterunderscore{}",
    "%": r"\letterpercent{}",
    "~": r"\lettertilde{}",
    "|": r"\letterbar{}",
}
CJK = "0x2E80-0x2FDF,0x3000-0x303F,0x3200-0x9FFF,0xFF00-0xFFEF,0x2460-0x24FF,0x2100-0x218F,0x2460-0x2473"

PREAMBLE = rf"""\startluacode
backends.timestamp = function() return "{STAMP}" end
lpdf.settime("2026-01-01 00:00")
local osdate = os.date
os.date = function(format, ...)
  if format == "%Y-%m-%d %H:%M" and select("#", ...) == 0 then return "2026-01-01 00:00" end
  return osdate(format, ...)
end
function cxmark(label)
  local f = io.open(tex.jobname .. ".marks", "a")
  f:write(label, " ", tex.getcount("realpageno"), string.char(10))
  f:close()
end
scripts.installdataset {{
  method = "hanzi", name = "cx",
  dataset = {{
    inter_char_shrink_factor = 0.04, inter_char_stretch_factor = 0.06,
    inter_char_half_shrink_factor = 0.04, inter_char_half_stretch_factor = 0.06,
    inter_char_quarter_shrink_factor = 0.04, inter_char_quarter_stretch_factor = 0.06,
  }},
}}
\stopluacode
\disabledirectives[backend.xmp]
\enabletrackers[fonts.missing]
\definefontfallback[cxSongCJK][name:notoserifcjksc*default][{CJK}][force=yes]
\definefontfallback[cxHeiCJK][name:notosanscjkscbold*default][{CJK}][force=yes]
\definefontfallback[cxKaiCJK][name:arplukaicn*default][{CJK}][force=yes]
\starttypescript[serif][cxserif]
  \definefontsynonym[Serif][file:texgyrepagella-regular.otf][fallbacks=cxSongCJK]
  \definefontsynonym[SerifBold][file:texgyrepagella-bold.otf][fallbacks=cxHeiCJK]
  \definefontsynonym[SerifItalic][file:texgyrepagella-regular.otf][fallbacks=cxKaiCJK]
\stoptypescript
\starttypescript[sans][cxsans]
  \definefontsynonym[Sans][file:texgyreadventor-bold.otf][fallbacks=cxHeiCJK]
  \definefontsynonym[SansBold][file:texgyreadventor-bold.otf][fallbacks=cxHeiCJK]
\stoptypescript
\starttypescript[cxset]
  \definetypeface[cxset][rm][serif][cxserif][default]
  \definetypeface[cxset][ss][sans][cxsans][default]
  \definetypeface[cxset][mm][math][pagella][default]
\stoptypescript
\setupbodyfont[cxset,10.5pt]
\mainlanguage[cn]
\definescript[cxhanzi][method=hanzi,preset=cx]
\setscript[cxhanzi]
\setuppagenumbering[location=]
\setuppapersize[A4]
\setuplayout[backspace=25mm,width=165mm,topspace=14mm,header=12mm,headerdistance=5mm,
  footer=10mm,footerdistance=4mm,bottomspace=14mm,height=middle]
\setupinterlinespace[line=1.55em]
\setupindenting[always,2em]
\setupwhitespace[none]
\setupheader[style={{\ss\tfx}},after={{\hrule height .4pt}}]
\setupfooter[style={{\tfx}}]
\setupcaptions[table][location=bottom,number=no,style={{\ss\tf}},align=middle,spacebefore=small]
\setupTABLE[frame=on,offset=1.2mm,rulethickness=.5pt]
\setupxtable[frame=on,offset=1.2mm,align={{middle,lohi}},rulethickness=.5pt]
\unprotect
\setvalue{{\??xtableflushsplit\v!repeat}}%
  {{\doloop
     {{\clf_x_table_flush
        method {{\v!split}}%
        height \ifdim\pagegoal=\maxdimen\textheight\else\dimexpr\pagegoal-\pagetotal-\lineheight\relax\fi
      \relax
      \ifcase\c_tabl_x_state
        \exitloop
      \else
        \page
      \fi}}}}
\protect
\definesymbol[cxdash][——]
\def\cxmark#1{{\latelua{{cxmark("#1")}}}}
\def\cxkai{{\it}}
"""


def escape(text: str) -> str:
    return "".join(_ESCAPE.get(ch, ch) for ch in text)


class ContextWriter:
    """One StandardDoc written as a ConTeXt source."""

    preamble = PREAMBLE

    def __init__(self, doc: StandardDoc):
        self.doc = doc
        self.out: list[str] = []

    # -- inline text
    def markup(self, text: str) -> str:
        """Text with <sup>, <sub>, <b>, <m> (inline math, verbatim) and line breaks."""
        parts: list[str] = []
        pos = 0
        math = False
        for match in [*_TAG.finditer(text), None]:
            chunk = text[pos : match.start() if match else len(text)]
            parts.append(chunk if math else escape(chunk).replace("\n", r"\crlf "))
            if match:
                closing, tag = match[1], match[2]
                if tag == "m":
                    parts.append("$")
                    math = not closing
                elif closing:
                    parts.append("}")
                else:
                    parts.append({"sup": r"\high{", "sub": r"\low{", "b": r"{\bf "}[tag])
                pos = match.end()
        return "".join(parts)

    def content(self, content) -> str:
        if isinstance(content, Value):
            return rf"\cxmark{{v{content.label}}}" + self.markup(content.text)
        if isinstance(content, Cell):
            return self.content(content.content)
        if isinstance(content, list | tuple):
            return "".join(self.content(part) for part in content)
        return self.markup(str(content)) if content else ""

    def emit(self, *lines: str) -> None:
        self.out.extend(lines)

    # -- the document
    def write(self) -> str:
        d = self.doc
        digest_source = f"corpus/context {d.stem}"
        self.emit(self.preamble)
        self.emit(r"\startluacode", f'trailer_id = "{digest_source}"', r"\stopluacode")
        self.emit(
            r"\setupheadertexts[{" + escape(d.number) + "}][{" + escape(getattr(d, "short", "")) + "}]",
            r"\setupfootertexts[{— \userpagenumber\ —}]",
            r"\starttext",
        )
        self.cover()
        self.emit(r"\setupuserpagenumber[number=1,numberconversion=Romannumerals]")
        self.emit(r"\startalignment[middle]{\ss\tfb 前\quad\quad 言}\stopalignment", r"\blank[medium]")
        self.emit(r"\startcolumns[n=2,balance=yes]")
        for block in d.front:
            text = block.data["text"]
            hang = isinstance(text, str) and text.startswith("——")
            self.emit((r"\noindentation " if hang else "") + self.content(text) + "\n")
        self.emit(r"\stopcolumns", r"\page")
        self.emit(r"\setupuserpagenumber[number=1,numberconversion=numbers]")
        title = r"\crlf ".join(self.markup(t) for t in d.title)
        self.emit(r"\startalignment[middle]{\ss\tfb " + title + r"}\stopalignment", r"\blank[big]")
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
        self.emit(r"\stoptext")
        return "\n".join(self.out) + "\n"

    def cover(self) -> None:
        d = self.doc
        mark = escape(getattr(d, "mark", "") or d.kind)
        self.emit(r"\startstandardmakeup[header=empty,footer=empty,doublesided=no]", r"\setupindenting[no]")
        left = [f"ICS {escape(d.ics)}" if d.ics else "", f"CCS {escape(d.ccs)}" if d.ccs else ""]
        left_text = r"\crlf ".join(t for t in left if t) or r"\strut"
        self.emit(
            r"\noindentation\hbox to \hsize{\vtop{\hsize .55\hsize\ss\tf "
            + left_text
            + r"}\hss\vtop{\hsize .4\hsize\raggedleft\ss\switchtobodyfont[30pt]"
            + mark
            + r"}}"
        )
        self.emit(
            r"\blank[2*big]", r"\startalignment[middle]{\ss\switchtobodyfont[22pt]" + d.kind_line() + "}"
        )
        self.emit(r"\stopalignment", r"\blank[small]\hrule height 1pt\blank[small]")
        self.emit(r"\rightaligned{\ss\tfa " + escape(d.number) + "}")
        for old in d.replaces:
            self.emit(r"\rightaligned{\tf 代替 " + escape(old) + "}")
        if d.filing:
            self.emit(r"\rightaligned{\tf 备案号：" + escape(d.filing) + "}")
        self.emit(r"\vskip 50mm")
        self.emit(r"\startalignment[middle]")
        for line in d.title:
            self.emit(r"{\ss\switchtobodyfont[24pt]" + self.markup(line) + r"}\crlf")
        if d.title_en:
            self.emit(r"\blank[big]{\tfa " + escape(d.title_en) + "}")
        self.emit(r"\stopalignment", r"\vfill")
        self.emit(
            r"\noindentation\hbox to \hsize{\ss\tfa "
            + escape(d.issued)
            + r" 发布\hfill "
            + escape(d.effective)
            + r" 实施}"
        )
        self.emit(r"\blank[small]\hrule height 1pt\blank[big]")
        issuers = r"\crlf ".join(escape(i) for i in d.issuers)
        self.emit(r"\startalignment[middle]{\ss\tfa " + issuers + r"\quad 发布}\stopalignment")
        self.emit(r"\blank[big]", r"\stopstandardmakeup")

    # -- blocks
    def b_heading(self, data) -> None:
        number, title = escape(data["number"]), self.markup(data["title"])
        gap = "medium" if "." not in data["number"] else "small"
        self.emit(rf"\blank[{gap}]\noindentation{{\ss " + number + r"\quad " + title + r"}\par\nowhitespace")

    def b_para(self, data) -> None:
        number = data.get("number")
        text = self.content(data["text"])
        if number:
            self.emit(r"\noindentation{\ss " + escape(number) + r"}\quad " + text + "\n")
        elif data.get("indent", True):
            self.emit(r"\indentation " + text + "\n")
        else:
            self.emit(r"\noindentation " + text + "\n")

    def items(self, items: list[dict]) -> None:
        """A run of list items as one ConTeXt itemize: a) b) c) by the alphabetic conversion, 1) 2) by
        the numeric one, —— by a symbol; other marks (（1）, 1., ——) set as given with \\sym."""
        marks = [i["mark"] for i in items]
        letters = [f"{chr(ord('a') + n)})" for n in range(len(marks))]
        numbers = [f"{n + 1})" for n in range(len(marks))]
        if marks == letters:
            head = r"\startitemize[a,packed][stopper=),width=2em,left=]"
            tags = [r"\item "] * len(marks)
        elif marks == numbers:
            head = r"\startitemize[n,packed][stopper=),width=2em,left=]"
            tags = [r"\item "] * len(marks)
        elif all(m == "——" for m in marks):
            head = r"\startitemize[cxdash,packed][width=2em]"
            tags = [r"\item "] * len(marks)
        else:
            head = r"\startitemize[packed][width=3em]"
            tags = [r"\sym{" + escape(m) + "} " for m in marks]
        self.emit(head)
        for tag, item in zip(tags, items, strict=True):
            self.emit(tag + self.content(item["text"]))
        self.emit(r"\stopitemize")

    def b_note(self, data) -> None:
        self.emit(r"{\cxkai\tfx " + self.content(data["text"]) + r"\par}")

    def b_formula(self, data) -> None:
        self.formula_line(r"\mathtext{" + self.markup(data["text"]) + "}", data["number"])

    def b_math(self, data) -> None:
        self.formula_line(data["tex"], data["number"])

    def formula_line(self, tex: str, number: str | None) -> None:
        tag = r"\llap{（" + escape(number) + "）}" if number else ""
        self.emit(
            r"\blank[small]\noindentation\hbox to \hsize{\hss$\displaystyle "
            + tex
            + r"$\hss"
            + tag
            + r"}\blank[small]"
        )

    def b_pagebreak(self, _data) -> None:
        self.emit(r"\page")

    def b_annex(self, data) -> None:
        self.emit(r"\page", r"\startalignment[middle]")
        self.emit(r"{\ss\tfa 附\quad 录\quad " + escape(data["letter"]) + r"}\crlf")
        self.emit(r"{\ss （" + escape(data["status"]) + r"）}\crlf")
        self.emit(r"{\ss\tfa " + self.markup(data["title"]) + r"}")
        self.emit(r"\stopalignment", r"\blank[medium]")

    # -- tables
    def b_table(self, data) -> None:
        grid = place_cells(data["rows"])
        ncols = max(c + cell.cs for _r, c, cell in grid)
        nrows = len(data["rows"])
        widths = list(data["widths"] or [150 / ncols] * ncols)
        scale = min(1.0, 160.0 / sum(widths))
        widths = [w * scale for w in widths]
        three = data.get("style", "grid") == "three"
        size = r"\tfx" if data["font"] <= 9.5 else r"\tf"
        caption = "表" + escape(data["number"]) + r"\quad " + escape(data["caption"])
        if data["unit_line"]:
            self.emit(
                r"\startalignment[flushright]{\tfx " + self.markup(data["unit_line"]) + r"}\stopalignment"
            )
        if data.get("engine", "natural") == "xtable":
            self.xtable(data, grid, ncols, nrows, widths, three, size, caption)
        else:
            self.natural(data, grid, ncols, nrows, widths, three, size, caption)

    def notes_under(self, data) -> list[str]:
        """The notes and footnotes of a table, set under it in the note face (outside the frame)."""
        extra = [*data["notes"], *data["footnotes"]]
        if not extra:
            return []
        lines = [r"\start\cxkai\tfx\setupindenting[no]\blank[small]"]
        for text in extra:
            lines.append(r"\noindentation\hskip 1em " + self.content(text) + r"\par")
        return [*lines, r"\stop"]

    def cell_options(self, r: int, c: int, cell: Cell, nrows: int, head: int, three: bool, widths) -> str:
        opts = []
        if cell.cs > 1:
            opts.append(f"nc={cell.cs}")
        if cell.rs > 1:
            opts.append(f"nr={cell.rs}")
        if cell.align == "l":
            opts.append("align={flushleft,lohi}")
        elif cell.align == "r":
            opts.append("align={flushright,lohi}")
        if three:
            frames = {"frame": "off"}
            if r == 0:
                frames["topframe"] = "on"
            if r + cell.rs == head or r + cell.rs == nrows:
                frames["bottomframe"] = "on"
            opts += [f"{k}={v}" for k, v in frames.items()]
        return ",".join(opts)

    def natural(self, data, grid, ncols, nrows, widths, three, size, caption) -> None:
        head = data["head"]
        lines = [
            r"\placetable[here]{" + caption + "}{%",
            rf"\vbox{{\hsize={sum(widths) + 2:.1f}mm\start" + size,
        ]
        for c, w in enumerate(widths, 1):
            lines.append(rf"\setupTABLE[c][{c}][width={w:.1f}mm]")
        lines.append(r"\bTABLE[align={middle,lohi}]")
        lines += self.table_rows(grid, 0, nrows, nrows, head, three, widths, natural=True)
        lines += [r"\eTABLE\stop", *self.notes_under(data), r"}}"]
        self.emit(*lines)

    def xtable(self, data, grid, ncols, nrows, widths, three, size, caption) -> None:
        head = data["head"]
        lines = [r"\par\start" + size, r"\startxtable[split=repeat,header=repeat,option=stretch]"]
        lines.append(r"\startxtablehead")
        lines += self.table_rows(grid, 0, head, nrows, head, three, widths, natural=False)
        lines.append(r"\stopxtablehead")
        if data["cont"]:
            lines.append(r"\startxtablenext")
            cont = "表" + escape(data["number"]) + "（续）"
            lines.append(
                rf"\startxrow\startxcell[nx={ncols},frame=off,align={{middle,lohi}}]\ss "
                + cont
                + r"\stopxcell\stopxrow"
            )
            lines += self.table_rows(grid, 0, head, nrows, head, three, widths, natural=False)
            lines.append(r"\stopxtablenext")
        lines.append(r"\startxtablebody")
        lines += self.table_rows(grid, head, nrows, nrows, head, three, widths, natural=False)
        lines += [r"\stopxtablebody", r"\stopxtable", r"\stop", *self.notes_under(data)]
        lines.append(r"\startalignment[middle]{\ss " + caption + r"}\stopalignment\blank[small]")
        self.emit(*lines)

    def table_rows(self, grid, start, stop, nrows, head, three, widths, natural: bool) -> list[str]:
        by_row: dict[int, list[tuple[int, Cell]]] = {}
        for r, c, cell in grid:
            by_row.setdefault(r, []).append((c, cell))
        out = []
        for r in range(start, stop):
            cells = []
            for c, cell in sorted(by_row.get(r, []), key=lambda x: x[0]):
                opts = self.cell_options(r, c, cell, nrows, head, three, widths)
                if not natural:
                    opts = opts.replace("nc=", "nx=").replace("nr=", "ny=")
                    width = sum(widths[c : c + cell.cs])
                    opts = ",".join(o for o in [opts, f"width={width:.1f}mm"] if o)
                text = self.content(cell.content) or r"\strut"
                if natural:
                    cells.append(r"\bTD" + (f"[{opts}]" if opts else "") + " " + text + r" \eTD")
                else:
                    cells.append(r"\startxcell" + (f"[{opts}]" if opts else "") + " " + text + r" \stopxcell")
            if natural:
                out.append(r"\bTR " + " ".join(cells) + r" \eTR")
            else:
                out.append(r"\startxrow " + " ".join(cells) + r" \stopxrow")
        return out


# ---- printing -------------------------------------------------------------------------------------
def _context() -> str:
    found = shutil.which("context")
    if not found:
        raise SystemExit("ConTeXt is needed to print (apt-get install -y context fonts-noto-cjk)")
    return found


def _env() -> dict[str, str]:
    return {**os.environ, "OSFONTDIR": FONTS}


def _ensure_font_names() -> None:
    """ConTeXt finds the system fonts by name through its font database: build it once when it does not
    know the Noto CJK faces yet."""
    listing = subprocess.run(
        ["mtxrun", "--script", "fonts", "--list", "--all", "--pattern=notoserifcjksc"],
        env=_env(),
        capture_output=True,
        text=True,
    )
    if "notoserifcjksc" not in listing.stdout:
        subprocess.run(
            ["mtxrun", "--script", "fonts", "--reload"], env=_env(), capture_output=True, check=True
        )


def missing_characters(log: str) -> list[tuple[str, str]]:
    """What the fonts.missing tracker reports as missing (character and font)."""
    return sorted(set(re.findall(r"char (\S+) \(U\+[0-9A-F]+\) in font '([^']+)'.*missing", log)))


def typeset(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
    """Typeset one document in ``folder``; the PDF and the absolute page of every value label."""
    context = _context()
    _ensure_font_names()
    stem = doc.stem
    (folder / f"{stem}.tex").write_text(ContextWriter(doc).write(), encoding="utf-8")
    marks = folder / f"{stem}.marks"
    marks.unlink(missing_ok=True)
    command = [context, "--nonstopmode", "--nostatistics", f"{stem}.tex"]
    run = subprocess.run(command, cwd=folder, env=_env(), capture_output=True, text=True, errors="replace")
    log_path = folder / f"{stem}.log"
    log = log_path.read_text(errors="replace") if log_path.is_file() else run.stdout
    if run.returncode or not (folder / f"{stem}.pdf").is_file():
        raise SystemExit(f"{stem}: ConTeXt failed\n{log[-3000:]}")
    missing = missing_characters(log)
    if missing:
        lacking = " ".join(f"{char} in {font}" for char, font in missing)
        raise SystemExit(f"{stem}: characters missing from the fonts: {lacking}")
    pages: dict[str, int] = {}
    for line in marks.read_text(encoding="utf-8").splitlines():
        label, page = line.split()
        pages[label] = int(page)  # the last pass is written last
    return folder / f"{stem}.pdf", pages


def print_documents(stems: list[str]) -> Iterator[Path]:
    keep = os.environ.get("CONTEXT_KEEP_TEX")

    def run(doc: StandardDoc, folder: Path) -> tuple[Path, dict[str, int]]:
        result = typeset(doc, folder)
        if keep:
            shutil.copy(folder / f"{doc.stem}.tex", Path(keep) / f"{doc.stem}.tex")
            shutil.copy(folder / f"{doc.stem}.pdf", Path(keep) / f"{doc.stem}.pdf")
        return result

    return printkit.print_marked(SOURCES, CORPUS, stems, run)


def main() -> int:
    stems = printkit.document_stems(SOURCES, PREFIX)
    return printkit.main(__doc__.splitlines()[0], CORPUS, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
