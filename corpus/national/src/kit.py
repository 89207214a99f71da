"""The authoring kit of the national set: a document is built in Python as a list of typeset blocks
(cover, 前言, numbered clauses, tables, 附录) and printed with ReportLab in the layout of a national
standard (A4, 宋体 body, 黑体 headings, the number as running header, roman folios in the front
matter), a route unlike corpus/written's browser print.

The model is the hand-written sets' shared one (std_extract_synth.authoring, also behind
corpus/national-office and corpus/written).  Every printed value that is an indicator is a :class:`V`
(ReportLab paragraph markup): its text is printed and its gold records travel with it.  When the PDF is
drawn, each V fires a ReportLab ``onDraw`` callback that records the page it landed on, so the page of
each record is the page the value is printed on, not a guess.  The clause and table a V sits in are
filled in from the block it is placed in.

Nothing here reads the extractor: the records are the author's reading of the text, following the
conventions in corpus/national/README.md.
"""

from __future__ import annotations

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import StandardDoc as Doc
from std_extract_synth.authoring import Text, basis_cells
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R

__all__ = ["C", "Doc", "R", "Text", "V", "basis_cells"]
