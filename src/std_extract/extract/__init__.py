"""Indicator extraction: requirement tables and clauses of a parsed document to indicators.

Only requirements count (README, "What counts as an indicator"): tables and clauses inside the
requirement chapters, plus tables whose caption says they hold limits.  Normalisation (canonical
names, units) is a separate stage (:mod:`std_extract.extract.canonical`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from std_extract.document import ParsedDocument
from std_extract.extract.clauses import clause_to_indicators
from std_extract.extract.gradeladder import with_declared_grades
from std_extract.extract.ocrflags import flag_ocr_values
from std_extract.extract.requirements import rules_or_default
from std_extract.extract.scope import requirement_chapters, requirement_clauses
from std_extract.extract.tables import is_requirement_table, table_to_indicators
from std_extract.record import Indicator

if TYPE_CHECKING:
    from std_extract.rules import Rules


def document_to_indicators(document: ParsedDocument, rules: Rules | None = None) -> list[Indicator]:
    """Every indicator the document's requirement tables and clauses state, deduplicated by id,
    read with ``rules`` (:mod:`std_extract.rules`; the shipped ones when None)."""
    rules = with_declared_grades(rules_or_default(rules), document)  # "分为白金宿、金宿和银宿三个等级"
    chapters = requirement_chapters(document, rules.scope)
    found: list[Indicator] = []
    for table in document.tables:
        if is_requirement_table(table, chapters, rules):
            found.extend(table_to_indicators(table, document, rules))
    for chapter in chapters:
        for clause in requirement_clauses(chapter, rules.scope):
            found.extend(clause_to_indicators(clause, document, rules))
    return flag_ocr_values(document, _unique(found))


def _unique(indicators: list[Indicator]) -> list[Indicator]:
    seen: set[str] = set()
    out = []
    for indicator in indicators:
        if indicator.id not in seen:
            seen.add(indicator.id)
            out.append(indicator)
    return out
