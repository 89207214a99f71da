"""The authoring kit of corpus/fop: national (GB/T) and sector (QB/T, FZ/T, HJ, SB/T) standards written as
XSL-FO and laid out by Apache FOP (scripts/print_fop.py).

The model is the hand-written sets' shared one (std_extract_synth.authoring) with the TeX kit's table
styles (std_extract_synth.texkit.TexDoc: "grid" or "three", no value in a header row).  Every printed value
that is an indicator is a :class:`V`: its text is printed in an ``fo:inline`` whose id the print script
finds, with its page, in FOP's intermediate format; its gold records travel with it.  The clause and table
a V sits in are filled in from the block it is placed in.  This set's house style, decided before any
document was written:

* a GB/T 1.1 cover (ICS / CCS at the top left, the kind mark large at the top right, the kind line, the
  number over a heavy rule, the title, the dates and the issuers at the foot), a 前言 with roman folios;
* the running head carries the current chapter's title (an ``fo:marker`` on every chapter heading) at the
  left and the number at the right, over a rule; the folio centred at the foot;
* tables are full-grid (or three-line) with the caption ABOVE; a table the layout breaks is split there
  and its continued part starts a page under a ``表N（续）`` caption with the header rows again (each part's
  header an ``fo:table-header``); notes and table footnotes in a last row spanning the table (inside the
  frame) in the 楷体;
* :class:`Foot` is a footnote set by ``fo:footnote`` at the foot of the page;
* list items are one ``fo:list-block`` per run of items.

Nothing here reads the extractor: the records are the author's reading of the text, following
corpus/fop/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Text
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import TexDoc, references  # the usual 规范性引用文件 chapter

__all__ = ["C", "Doc", "Foot", "R", "Text", "V", "front", "ladder", "plan", "references", "LINES", "SAMR"]

# The kind line of a cover by kind (GB/T 1.1-2020 and the sector standards' covers).
LINES = {
    "GB": "中华人民共和国国家标准",
    "GB/T": "中华人民共和国国家标准",
    "FZ/T": "中华人民共和国纺织行业标准",
    "QB/T": "中华人民共和国轻工行业标准",
    "HJ": "中华人民共和国国家生态环境标准",
    "SB/T": "中华人民共和国国内贸易行业标准",
}
SAMR = ["国家市场监督管理总局", "国家标准化管理委员会"]


def plan(n: int, c: int) -> str:
    """The sampling plan of a limit, as the conditions carry it."""
    return f"n={n},c={c}"


def ladder(
    label: Any,
    name: str,
    unit: str | None,
    cmp: str,
    texts: Sequence[str],
    columns: Sequence[tuple[str | None, str | None]],
    cond: Sequence[str] = (),
    unit_cell: Any = None,
    extra: Sequence[Any] = (),
) -> list:
    """One row of a table whose value columns are (class or type, grade) pairs: the label (a str or a
    :class:`C`), the unit cell when ``unit_cell`` is given, then a text per column; "=" merges a cell
    with the one before it (one record per column merged), "—" prints a dash (no record); a text after
    a "|" is a footnote mark printed after the value (``98|a``).  A class goes to ``conditions``
    before ``cond``, a grade to ``grade``; ``extra`` cells close the row (a method column)."""
    cells: list = [label if isinstance(label, C) else C(label, align="l")]
    if unit_cell is not None:  # a unit cell, or a list of cells (a unit and a comparator column)
        cells.extend(unit_cell if isinstance(unit_cell, list) else [unit_cell])
    i = 0
    while i < len(columns):
        span = 1
        while i + span < len(columns) and texts[i + span] == "=":
            span += 1
        text, _, mark = texts[i].partition("|")
        if text in ("—", "－", "/"):
            cells.append(C(text, cs=span))
        else:
            number = float(text.replace("＜", "").replace("＞", "").replace(" ", "").lstrip("+"))
            recs = [
                R(name, cmp, number, unit, grade=grade, cond=[c for c in (cls, *cond) if c])
                for cls, grade in columns[i : i + span]
            ]
            shown = text + (f"<sup>{mark}</sup>" if mark else "")
            cells.append(C(V(shown, *recs), cs=span))
        i += span
    return [*cells, *extra]


class Foot:
    """A footnote set by ``fo:footnote``: its mark raised where it stands, its text at the foot of the
    page.  Its text carries no value (a restricting footnote's text goes to the records' conditions)."""

    def __init__(self, mark: str, text: str):
        self.mark = mark
        self.text = text

    def fo_footnote(self, writer) -> str:
        return writer.footnote(self.mark, self.text)


@dataclass
class Doc(TexDoc):
    """TexDoc with this set's cover fields: ``mark`` (the large mark at the top right: ``GB/T``, ``QB``,
    ``HJ``) and ``short`` (unused by the running head, which names the chapter; kept for the README).
    Tables are full-grid with the caption above and notes inside the frame; a table the layout breaks is
    continued under a ``表N（续）`` caption with its header again unless ``cont`` is False."""

    mark: str = ""
    short: str = ""

    def kind_line(self) -> str:
        return LINES[self.kind]

    def table(  # type: ignore[override]
        self,
        number: str,
        caption: str,
        rows: Sequence[Any],
        head: int = 1,
        widths: Sequence[float] | None = None,
        unit_line: str | None = None,
        notes: Sequence[Any] = (),
        footnotes: Sequence[Any] = (),
        font: float = 9,
        cont: bool = True,
        inside: bool = True,
        style: str = "grid",
    ) -> None:
        super().table(
            number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside, style
        )


def front(d: Doc, replaced: str | None, proposer: str, committee: str, *paras: Text) -> None:
    """The 前言 of a GB/T 1.1-2020 standard."""
    out: list[Text] = [
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
    ]
    if replaced:
        out.append(f"本文件代替{replaced}，与{replaced}相比，除结构调整和编辑性改动外，主要技术变化如下：")
    out.extend(paras)
    out.append("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    out.append(f"本文件由{proposer}提出。")
    out.append(f"本文件由{committee}归口。")
    d.preface(*out)
