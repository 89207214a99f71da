"""The authoring kit of corpus/press (corpus/typeset2's kit, with group standards (kind T, the cover mark
``T/CAS``) and the transport sector's JT/T added; printed by scripts/print_press.py in another house
style).  corpus/typeset2's docstring follows.

The authoring kit of corpus/typeset2: a standard is built in Python as a list of blocks (cover, 前言,
numbered clauses, tables, formulas, 附录) and typeset by XeLaTeX with ctex (scripts/print_typeset.py), the
way a standards publisher sets a national standard: three-line (booktabs) and full-grid tables, multirow
header cells, tables running onto the next page under a 续表 caption with their header repeated
(longtable), footnotes with superscript letters under a table, formulas set by TeX's math.

The model is the hand-written sets' shared one (std_extract_synth.authoring).  Every printed value that
is an indicator is a :class:`V`: its text is printed after a zref label and its gold records travel with
it; the print script reads the absolute page of every label from the .aux file.  The clause and table a
V sits in are filled in from the block it is placed in.

What this kit adds to the shared model: :meth:`Doc.table` takes ``style`` ("three" for a booktabs
three-line table, "grid" for a full-grid table); :meth:`Doc.math` is a displayed formula in TeX math;
``<m>…</m>`` inside text is inline TeX math (never inside a V).  Markup otherwise as the shared model:
``<sup>``, ``<sub>``, ``<b>``.  Nothing here reads the extractor: the records are the author's reading of
the text, following the conventions in corpus/typeset2/README.md (batch 1's kit, with the sector
issuers added).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from std_extract_synth.authoring import KIND_LINE, Text, basis_cells
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, TexDoc, common_front, references

__all__ = [
    "C",
    "Doc",
    "FOOD",
    "MIIT",
    "MOFCOM",
    "MOT",
    "CAS",
    "R",
    "SAMR",
    "Text",
    "V",
    "basis_cells",
    "fw",
    "common_front",
    "references",
]

# Sector standards: light industry, textiles, chemicals, building materials; internal trade.
MIIT = ["中华人民共和国工业和信息化部"]
MOFCOM = ["中华人民共和国商务部"]
MOT = ["中华人民共和国交通运输部"]
CAS = ["中国标准化协会"]
# Kind lines this set adds to the shared model's.
MORE_KIND_LINES = {"T": "团\u3000体\u3000标\u3000准", "JT/T": "中华人民共和国交通运输行业标准"}


@dataclass
class Doc(TexDoc):
    """StandardDoc with the typesetter's table styles and TeX formulas; ``mark`` is the cover's kind
    mark where it is not the kind (a group standard prints its association's code, ``T/CAS``)."""

    mark: str | None = None

    def kind_line(self) -> str:
        return MORE_KIND_LINES.get(self.kind) or KIND_LINE[self.kind]


_FULL = {
    ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%/()+-"
}


def fw(text: str) -> str:
    """``text`` with its digits, Latin letters, ``.``, ``%``, ``/``, brackets and signs in full width, as
    the Standards Press prints clause text in some standards (``０．０５ ｍｇ／ｋｇ``, ``≤１２％``); markup
    (``<sup>``) is left as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
