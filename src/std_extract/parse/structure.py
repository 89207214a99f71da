"""The drafting structure of a standard (GB/T 1.1-2020): its chapter titles and the documents
its 规范性引用文件 chapter cites, one entry per cited document.

Read from the clause tree at parse time, carried unchanged into the record
(``DocumentRecord.structure``) and read by the ranking gates.
"""

from __future__ import annotations

import re

from std_extract.document import Clause, DocumentStructure
from std_extract.textnorm import fold_width, normalize_dashes

# What starts a cited document: a Latin code ("GB", "QB/T", "T/CAS", "ISO"), possibly mis-typed.
_CITATION_START = re.compile(r"^[A-Z][A-Z0-9]*(?:/[A-Z0-9]+)?\s*[\d.—-]")


def clauses_to_structure(clauses: list[Clause]) -> DocumentStructure:
    """Chapter titles and normative-reference lines of a parsed standard."""
    chapters = [c.title for c in clauses if c.kind == "chapter"]
    refs_clause = next((c for c in clauses if "规范性引用文件" in c.title), None)
    references = _reference_lines(refs_clause.text) if refs_clause else []
    return DocumentStructure(chapters=chapters, references=references)


def _reference_lines(text: str) -> list[str]:
    """The cited documents of the references chapter, one entry each.

    An entry starts with a document code (a Latin capital: GB, QB/T, ISO...); a line that does not
    continues the entry before it (a title wrapped onto the next line), and lines before the first
    entry are the lead-in sentence ("下列文件…凡是注日期的引用文件…"), however it wraps.
    """
    out: list[str] = []
    for line in text.splitlines():
        clean = clean_reference(line)
        if not clean or clean.startswith(("注", "NOTE")):
            continue
        if looks_like_citation(clean):
            out.append(clean)
        elif out:
            out[-1] = f"{out[-1]}{clean}"
    return out


def looks_like_citation(entry: str) -> bool:
    """An entry that sets out to cite a document by its code (whether or not well formed)."""
    return bool(_CITATION_START.match(clean_reference(entry)))


def clean_reference(text: str) -> str:
    """Width, dashes and spacing folded: "ＧＢ／Ｔ １９１—２００８ 包装" -> "GB/T 191-2008 包装"."""
    text = normalize_dashes(fold_width(text)).strip()
    return re.sub(r"\s*-\s*", "-", re.sub(r"\s+", " ", text))
