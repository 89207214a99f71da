"""The authoring kit of corpus/weasy: a standard is built in Python as the hand-written sets' shared model
(std_extract_synth.authoring: cover fields, 前言, numbered clauses, tables with spans) and printed from HTML
and CSS paged media by **WeasyPrint** (scripts/print_weasy.py), a route no earlier set used, in a provincial
local-standard house style: a sans-serif body, a cover whose kind mark and kind line follow the kind of
standard (local ``DB``, sector, national, group ``T/``, enterprise ``Q/``), running headers from ``@page``
margin boxes, page counters, tables with zebra shading or only an outer frame, header rows repeated by the
renderer on every page a table runs onto, or a table the author continues as ``续表N`` on the next page.

Every printed value that is an indicator is a :class:`V` carrying its gold records; the printer wraps it in
a span with an id and reads its page from the rendered document's anchors.  Markup inside text: ``<sup>``,
``<sub>``, ``<b>``, ``<br/>``.  Nothing here reads the extractor: the records are the author's reading of
the text, following the conventions in corpus/weasy/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import KIND_LINE, StandardDoc, Text
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, common_front

__all__ = ["C", "Doc", "FOOD", "R", "SAMR", "Text", "V", "common_front", "fw", "ql", "qm"]

MORE_KIND_LINES = {
    "JB/T": "中华人民共和国机械行业标准",
    "T": "团　体　标　准",
}


@dataclass
class Doc(StandardDoc):
    """StandardDoc with this printer's cover and table styles.  ``mark`` is the cover's kind mark where it
    is not the kind (``DB64``, ``T/CNFIA``, ``Q/3205ABC``); ``region`` the kind line of a local standard
    (``宁夏回族自治区地方标准``); ``folio`` "plain" (the page number centred, roman in the 前言) or "count"
    (``第 N 页／共 M 页`` over every physical page, as an enterprise's word processor prints)."""

    mark: str | None = None
    region: str | None = None
    folio: str = "plain"

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
        style: str = "zebra",
        split: int | None = None,
    ) -> None:
        """As the shared model's table; ``style`` "zebra" (outer frame, a rule under the header, every
        second body row shaded), "outer" (the outer frame and the header rule only) or "grid" (thin rules
        round every cell); ``widths`` in mm; ``split``: the body row (0-based, after the header) from which
        the table continues on the next page under a ``续表N`` caption with its header repeated.  Values
        may not sit in the ``head`` rows (they repeat)."""
        if style not in ("zebra", "outer", "grid"):
            raise ValueError(f"table style {style!r}")
        for row in rows[:head]:
            for cell in row:
                content = cell.content if isinstance(cell, C) else cell
                if isinstance(content, V) or (
                    isinstance(content, list) and any(isinstance(x, V) for x in content)
                ):
                    raise ValueError(f"表{number}: a value in a header row")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, True, False)
        self.body[-1].data.update(style=style, split=split)


def ql(name: str, text: str, *cond: str, grade: str | None = None) -> V:
    """A qualitative cell or phrase: its printed text is the value_text."""
    return V(text, R(name, "qualitative", text=text, cond=cond, grade=grade))


def qm(name: str, text: str, grades, *cond: str) -> V:
    """A qualitative cell merged across grade columns: one record per grade it covers."""
    return V(text, *[R(name, "qualitative", text=text, cond=cond, grade=g) for g in grades])


_FULL = {
    ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%/()+-:"
}


def fw(text: str) -> str:
    """``text`` with digits, Latin letters, ``.``, ``%``, ``/``, ``:``, brackets and signs in full width, as
    an enterprise's word processor leaves clause text typed with a full-width input method; markup is left
    as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
