"""The authoring kit of corpus/context: enterprise (Q/), group (T/), local (DB) and sector (QB/T, FZ/T,
JB/T) standards typeset by ConTeXt MkIV (scripts/print_context.py).

The model is the hand-written sets' shared one (std_extract_synth.authoring) with the TeX kit's table
styles and formulas (std_extract_synth.texkit.TexDoc).  Every printed value that is an indicator is a
:class:`V`: its text is printed after a mark the print script reads back with the page it was shipped
on; its gold records travel with it.  The clause and table a V sits in are filled in from the block it
is placed in.  This set's house style, decided before any document was written:

* the cover names the issuer's kind of standard (``浙江某某有限公司企业标准``, ``团体标准``,
  ``浙江省地方标准``, ``中华人民共和国轻工行业标准``) under a large mark (``Q/ZJHT``, ``T/CAGP``,
  ``DB33``, ``QB/T``); enterprise standards print a 备案号 under the number;
* tables are ConTeXt natural tables (``\\bTABLE``) placed with ``\\placetable`` and their caption
  BELOW the table, or xtables (``engine="xtable"``) that run across pages with their header repeated
  under a ``表N（续）`` row, the caption under the last part; units often sit in a header row of their
  own; notes and footnotes are set under the table, outside the frame;
* the 前言 is set in two columns.

Nothing here reads the extractor: the records are the author's reading of the text, following
corpus/context/README.md.
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

__all__ = ["C", "Doc", "R", "Text", "V", "front", "plan", "references", "LINES"]

# The kind line of a cover by kind, for the sector standards (the enterprise, group and local
# standards name their issuer in the line: Doc.line)
LINES = {
    "QB/T": "中华人民共和国轻工行业标准",
    "FZ/T": "中华人民共和国纺织行业标准",
    "JB/T": "中华人民共和国机械行业标准",
}


def plan(n: int, c: int) -> str:
    """The sampling plan of a microbiological limit, as the conditions carry it."""
    return f"n={n},c={c}"


@dataclass
class Doc(TexDoc):
    """TexDoc with this set's cover fields: ``mark`` (the large mark at the top right: ``Q/ZJHT``,
    ``T/CAGP``, ``DB33``, ``JB/T``), ``line`` (the kind line under it, when it is not a sector
    standard's) and ``short`` (the short title of the running head).  Tables are full-grid unless told
    otherwise; notes and footnotes go under the table; ``engine`` "natural" (a float with its caption
    below) or "xtable" (a table that may run onto the next pages)."""

    mark: str = ""
    line: str = ""
    short: str = ""

    def kind_line(self) -> str:
        return self.line or LINES[self.kind]

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
        inside: bool = False,
        style: str = "grid",
        engine: str = "natural",
    ) -> None:
        if engine not in ("natural", "xtable"):
            raise ValueError(f"table engine {engine!r}")
        super().table(
            number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside, style
        )
        self.body[-1].data["engine"] = engine


def front(d: Doc, *paras: Text) -> None:
    """The 前言: the drafting rule first, then the given paragraphs."""
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        *paras,
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
    )
