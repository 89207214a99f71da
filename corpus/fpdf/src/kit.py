"""The authoring kit of corpus/fpdf: a standard is built in Python as the hand-written sets' shared model
(std_extract_synth.authoring: cover fields, 前言, numbered clauses, tables with spans, 附录) and DRAWN on
the page by scripts/print_fpdf.py on **fpdf2**, a route no earlier set used: the printer breaks the lines,
places every table cell and rule and decides every page break itself, so the pages are what a small
typesetting program of a standards publisher would draw, in a house style of its own (running header and
folio in the outer corner, alternating left and right; tables ruled by horizontal lines of two weights or
by an open grid; landscape table pages; tables continued as ``续表N`` with the header repeated; two-column
annex pages; diagonal header cells).

Every printed value that is an indicator is a :class:`V` carrying its gold records; the printer notes the
page it draws each value on.  Markup inside text: ``<sup>``, ``<sub>``, ``<b>`` (set in the heading face)
and ``<br/>``.  Nothing here reads the extractor: the records are the author's reading of the text,
following the conventions in corpus/fpdf/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import KIND_LINE, Block, StandardDoc, Text
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, common_front

__all__ = ["C", "D", "Doc", "FOOD", "R", "SAMR", "Text", "V", "common_front", "fw", "ql", "qm"]

MORE_KIND_LINES = {"T": "团　体　标　准", "GB/T": "中华人民共和国国家标准"}
STYLES = ("rules", "open", "grid")


class D:
    """A diagonal header cell (斜线表头): ``top`` printed at the upper right, ``bottom`` at the lower left."""

    def __init__(self, top: str, bottom: str) -> None:
        self.top, self.bottom = top, bottom


@dataclass
class Doc(StandardDoc):
    """StandardDoc with this printer's cover, headers and tables.  ``mark``: the cover's kind mark where it
    is not the kind (``DB44``, ``T/CHEAA``, ``Q/LZSF``); ``region``: the kind line of a local standard;
    ``header``: "corner" (the number in the outer top corner, the folio in the outer bottom corner,
    alternating) or "box" (an enterprise's boxed header over every page: number, title, 第 N 页 共 M 页)."""

    mark: str | None = None
    region: str | None = None
    header: str = "corner"

    def kind_line(self) -> str:
        if self.kind.startswith("DB"):
            return self.region or "地方标准"
        if self.kind == "Q":
            return self.issuers[0] + "企业标准"
        return MORE_KIND_LINES.get(self.kind) or KIND_LINE[self.kind]

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
        style: str = "rules",
        split: int | None = None,
        landscape: bool = False,
    ) -> None:
        """As the shared model's table; ``style`` "rules" (horizontal lines only: heavy above and below,
        a medium rule under the header, hairlines between the body rows, a short rule under a header cell
        spanning columns), "open" (every inner rule, no outer verticals, heavy top and bottom) or "grid"
        (every cell ruled, a heavy frame); ``widths`` in mm; ``split``: the body row (0-based, after the
        header) from which the table is continued on the next page under ``续表N`` with its header
        repeated (the printer also continues a table that does not fit, the same way); ``landscape``:
        the table is set on a landscape page of its own.  Values may not sit in the ``head`` rows."""
        if style not in STYLES:
            raise ValueError(f"table style {style!r}")
        for row in rows[:head]:
            for cell in row:
                content = cell.content if isinstance(cell, C) else cell
                if isinstance(content, V) or (
                    isinstance(content, list) and any(isinstance(x, V) for x in content)
                ):
                    raise ValueError(f"表{number}: a value in a header row")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, True, False)
        self.body[-1].data.update(style=style, split=split, landscape=landscape)

    def annex(self, letter: str, status: str, title: str, columns: int = 1) -> None:  # type: ignore[override]
        """附录 X on a new page; ``columns`` 2 sets what follows in two columns."""
        super().annex(letter, status, title)
        self.body[-1].data["columns"] = columns

    def column_break(self) -> None:
        """In a two-column annex: go on in the next column (the author balancing the columns)."""
        self.body.append(Block("colbreak"))

    def where(self, *lines: str) -> None:
        self.p("式中：", indent=False)
        for line in lines:
            self.p(line, indent=False)

    def formula_block(self, text: str, number: str | None = None) -> None:
        self.body.append(Block("formula", {"text": text, "number": number}))


def ql(name: str, text: str, *cond: str, grade: str | None = None) -> V:
    """A qualitative cell or phrase: its printed text is the value_text."""
    return V(text, R(name, "qualitative", text=text, cond=cond, grade=grade))


def qm(name: str, text: str, grades, *cond: str) -> V:
    """A qualitative cell merged across grade columns: one record per grade it covers."""
    return V(text, *[R(name, "qualitative", text=text, cond=cond, grade=g) for g in grades])


_FULL = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.%/()+-:"}


def fw(text: str) -> str:
    """``text`` with digits, ``.``, ``%``, ``/``, ``:``, brackets and signs in full width (an enterprise's
    clause text typed with a full-width input method); markup left as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
