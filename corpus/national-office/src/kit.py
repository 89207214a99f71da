"""The authoring kit of corpus/national-office: a standard is built in Python as a list of blocks (cover,
前言, numbered clauses, Word tables, 附录) and written as a .docx with python-docx, then printed to PDF by
LibreOffice (scripts/print_national_office.py): the layout family of a word processor, unlike the
ReportLab route of corpus/national and the browser route of corpus/written.

The model is the hand-written sets' shared one (std_extract_synth.authoring).  Every printed value
that is an indicator is a :class:`V`: its text is printed inside a Word bookmark and its gold records
travel with it.  LibreOffice exports each bookmark as a PDF named destination, so the print script reads
the page each value landed on from the PDF itself, not from a guess.  The clause and table a V sits in
are filled in from the block it is placed in.

Markup inside text: ``<sup>…</sup>`` and ``<sub>…</sub>`` become superscript and subscript runs,
``<b>…</b>`` bold.  Nothing here reads the extractor: the records are the author's reading of the text,
following the conventions in corpus/national-office/README.md.
"""

from __future__ import annotations

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import StandardDoc as Doc
from std_extract_synth.authoring import Text
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R

__all__ = ["C", "Doc", "FOOD", "R", "SAMR", "Text", "V"]

# The issuers of the two families of national standards on the cover.
SAMR = ["国家市场监督管理总局", "国家标准化管理委员会"]
FOOD = ["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"]
