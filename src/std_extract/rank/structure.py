"""Drafting-structure signals the gates and the conformance view read.

The pipeline fills ``DocumentRecord.structure`` (record schema 1.1) with
:func:`structure_from_document`; a caller may also pass signals to :func:`std_extract.rank.rank`
by document sha256.  Without either, the clause gates report "not checked".
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from std_extract.document import ParsedDocument
from std_extract.textnorm import fold_width, normalize_dashes

# A standard number as cited in 规范性引用文件: a code (GB, GB/T, QB/T, DB32/T, T/CAS, Q/...) and
# a sequence number with optional parts, optionally a dash and a 4-digit year (DOMAIN.md "Numbers").
# Industry codes have two letters (QB, HJ) or three (CJJ, JGJ: construction).
_CODE = r"(?:GB(?:/[TZ])?|[A-Z]{2,3}(?:/[TZ])?|DB\d{2}(?:/T)?|T/[A-Z0-9]+|Q/[A-Z0-9]+)"
STANDARD_NUMBER = re.compile(rf"{_CODE}\s*\d+(?:\.\d+)*(?:\s*-\s*(?:19|20)\d\d)?")
_WELL_FORMED_ENTRY = re.compile(rf"^{_CODE}\s*\d+(?:\.\d+)*(?:\s*-\s*(?:19|20)\d\d)?(?:\s|$)")
# What starts a cited document: a Latin code ("GB", "QB/T", "T/CAS", "ISO"), possibly mis-typed.
_CITATION_START = re.compile(r"^[A-Z][A-Z0-9]*(?:/[A-Z0-9]+)?\s*[\d.—-]")
# Foreign and international documents a product standard may cite normatively.
_FOREIGN_ENTRY = re.compile(r"^(?:ISO|IEC|ISO/IEC|EN|ASTM|JIS|DIN|BS|ANSI|UL|CISPR)\b")


class StructureSignals(BaseModel):
    """What a reviewer checks for GB/T 1.1 conformance, taken from the clause tree."""

    chapters: list[str] = Field(default_factory=list)  # level-1 chapter titles as printed
    references: list[str] = Field(default_factory=list)  # 规范性引用文件 entries, one per line


def structure_from_document(document: ParsedDocument) -> StructureSignals:
    """Chapter titles and normative-reference lines of a parsed standard."""
    chapters = [c.title for c in document.clauses if c.kind == "chapter"]
    refs_clause = next((c for c in document.clauses if "规范性引用文件" in c.title), None)
    references = _reference_lines(refs_clause.text) if refs_clause else []
    return StructureSignals(chapters=chapters, references=references)


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


def reference_is_well_formed(entry: str) -> bool:
    """An entry starts with a well-formed standard number (or a foreign standard's code)."""
    clean = clean_reference(entry)
    return bool(_WELL_FORMED_ENTRY.match(clean) or _FOREIGN_ENTRY.match(clean))


def cited_number(entry: str) -> str | None:
    """The standard number an entry or requirement text cites, normalised ("GB 2762-2017")."""
    match = STANDARD_NUMBER.search(clean_reference(entry))
    return re.sub(r"\s*-\s*", "-", match.group(0)) if match else None
