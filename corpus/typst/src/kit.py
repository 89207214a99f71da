"""The authoring kit of corpus/typst: a standard is built in Python as the hand-written sets' shared model
(std_extract_synth.authoring: cover fields, 前言, numbered clauses, tables with spans, 附录) and typeset by
**Typst** (scripts/print_typst.py), a route no earlier set used, in a word-processor-like agency house style:
a cover whose kind mark and kind line follow the standard's kind (national, sector, group ``T/``, enterprise
``Q/``), the title repeated at the head of the first body page, running header and folio mirrored on odd and
even pages, full-grid or open (no verticals) tables with merged cells whose header rows repeat on every page
a table runs onto under a ``续表N`` line, table footnotes with superscript letters, notes in 楷体.

Every printed value that is an indicator is a :class:`V` carrying its gold records; the print script puts a
Typst ``metadata`` mark before it and asks the compiled document for each mark's page.  The clause and table
a V sits in are filled in from the block it is placed in.  Markup inside text: ``<sup>``, ``<sub>``, ``<b>``,
``<br/>``.  Nothing here reads the extractor: the records are the author's reading of the text, following
the conventions in corpus/typst/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import KIND_LINE, StandardDoc, Text, basis_cells
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, common_front, references

__all__ = [
    "C",
    "Doc",
    "FOOD",
    "MARA",
    "MIIT",
    "MOFCOM",
    "R",
    "SAMR",
    "Text",
    "V",
    "basis_cells",
    "common_front",
    "fw",
    "references",
]

MIIT = ["中华人民共和国工业和信息化部"]
MARA = ["中华人民共和国农业农村部"]
MOFCOM = ["中华人民共和国商务部"]
# Kind lines this set adds to the shared model's (group and enterprise standards print their body's name).
MORE_KIND_LINES = {"T": "团　体　标　准", "Q": "企　业　标　准"}


@dataclass
class Doc(StandardDoc):
    """StandardDoc with the Typst printer's table styles; ``mark`` is the cover's kind mark where it is
    not the kind (``T/CHEAA``, ``Q/320583KMD``), ``body_title`` the title printed at the head of the first
    body page (the cover title by default), ``folio`` the footer style ("outer": the page number at the
    outer corner; "count": 第 N 页　共 M 页, as enterprises print from a word processor)."""

    mark: str | None = None
    folio: str = "outer"

    def kind_line(self) -> str:
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
        cont: bool = True,
        inside: bool = False,
        style: str = "grid",
    ) -> None:
        """As the shared model's table; ``style`` "grid" (every cell ruled, the frame heavier) or "open"
        (horizontal rules only: top, under the header, bottom).  ``widths`` in mm.  Values may not sit in
        the ``head`` rows (they repeat on every page the table runs onto)."""
        if style not in ("grid", "open"):
            raise ValueError(f"table style {style!r}")
        for row in rows[:head]:
            for cell in row:
                content = cell.content if isinstance(cell, C) else cell
                if isinstance(content, V) or (
                    isinstance(content, list) and any(isinstance(x, V) for x in content)
                ):
                    raise ValueError(f"表{number}: a value in a header row")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside)
        self.body[-1].data["style"] = style


_FULL = {
    ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%/()+-"
}


def fw(text: str) -> str:
    """``text`` with its digits, Latin letters, ``.``, ``%``, ``/``, brackets and signs in full width, as an
    enterprise's word processor leaves clause text typed with a full-width input method (``０．２５ ｍＡ``);
    markup (``<sup>``) is left as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
