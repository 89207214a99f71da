"""The authoring kit of corpus/pdftex: a national or sector standard is built in Python on the hand-written
sets' shared model (std_extract_synth.authoring, with the TeX sets' table styles and formulas of
std_extract_synth.texkit) and typeset by pdfLaTeX with the CJK package (scripts/print_pdftex.py).

Every printed value that is an indicator is a :class:`V` carrying its gold records; the printer puts a zref
label before it and reads its page from the .aux file.  Markup inside text: ``<sup>``, ``<sub>``, ``<b>``,
``<m>`` (inline TeX math, never inside a V).  Nothing here reads the extractor: the records are the author's
reading of the text, following the conventions in corpus/pdftex/README.md.
"""

from __future__ import annotations

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Text
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import SAMR, common_front, references
from std_extract_synth.texkit import TexDoc as Doc

__all__ = ["C", "Doc", "MEE", "R", "SAMR", "Text", "V", "common_front", "ql", "references"]

# The issuers of the national environmental standards on the cover
MEE = ["中华人民共和国生态环境部", "国家市场监督管理总局"]


def ql(name: str, text: str, *cond: str, grade: str | None = None) -> V:
    """A qualitative cell or phrase: its printed text is the value_text."""
    return V(text, R(name, "qualitative", text=text, cond=cond, grade=grade))
