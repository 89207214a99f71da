"""Which declared grade is best: the ladders Chinese product standards use, best first.

A standard may declare one indicator at several grades (优等品/一等品/合格品 columns, energy
grades 1级..5级).  Ranking compares like grades when a plan names one, and otherwise each
standard's best declared grade (DOMAIN.md: "Grade columns"; energy-efficiency grade 1 is best).
A plan may replace these ladders with its own ``grade_order``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from std_extract.extract.tablevocab import load_table_vocab_spec
from std_extract.textnorm import fold_width

# One ladder per grade family, best first: [grades].ladders of extractors/tables.toml, the same
# vocabulary the table reader uses.  A grade's rank is its position in its ladder.
GRADE_LADDERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(ladder) for ladder in load_table_vocab_spec().grades.ladders
)

# Printed variants folded onto the ladder spelling.
_ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ"}
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1024)  # a corpus uses a handful of grade spellings; ranking asks millions of times
def normalise_grade(grade: str) -> str:
    """Fold width and spaces: "１ 级" -> "1级", "I级" -> "Ⅰ级", "A 级" -> "A级"."""
    text = _SPACES.sub("", fold_width(grade))
    match = re.fullmatch(r"(I{1,3}|IV|V)级", text)
    if match:
        return _ROMAN[match.group(1)] + "级"
    return text


def grade_rank(grade: str | None, order: list[str] | None = None) -> int:
    """0 for the best grade of its ladder, 1 for the next...; ungraded values rank after all grades.

    Values from different ladders are never mixed by a standard in practice; when they are, the
    position within each ladder is what is compared.
    """
    if grade is None:
        return 1_000
    return _rank_in(normalise_grade(grade), tuple(order) if order else None)


@lru_cache(maxsize=1024)
def _rank_in(key: str, order: tuple[str, ...] | None) -> int:
    ladders = (tuple(normalise_grade(g) for g in order),) if order else GRADE_LADDERS
    for ladder in ladders:
        if key in ladder:
            return ladder.index(key)
    return 999  # an unknown grade name: after every known grade, before "no grade"


def same_grade(a: str | None, b: str | None) -> bool:
    """Grades compare after width and spacing are folded."""
    if a is None or b is None:
        return a is b
    return normalise_grade(a) == normalise_grade(b)
