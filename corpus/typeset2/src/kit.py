"""The authoring kit of corpus/typeset2: a standard is built in Python as a list of blocks (cover, 前言,
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

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Text, basis_cells
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, common_front, references
from std_extract_synth.texkit import TexDoc as Doc

__all__ = [
    "C",
    "Doc",
    "FOOD",
    "MIIT",
    "MOFCOM",
    "R",
    "SAMR",
    "Text",
    "V",
    "basis_cells",
    "common_front",
    "references",
]

# Sector standards: light industry, textiles, chemicals, building materials; internal trade.
MIIT = ["中华人民共和国工业和信息化部"]
MOFCOM = ["中华人民共和国商务部"]
