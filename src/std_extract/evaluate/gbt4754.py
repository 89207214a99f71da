"""GB/T 4754-2017 levels of a class code: 门类 (section), 大类 (division), 中类 (group), 小类 (class).

大类, 中类 and 小类 codes nest by prefix (1311 -> 131 -> 13); the 门类 letter does not, so it is read
from the table shipped in ``models/gbt4754/sections_*.csv`` (columns code,name,level,parent).  Where a code
is not in the table (or the table is missing) the 门类 comes from the fixed 大类 ranges below.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from std_extract.resources import gbt4754_rows

Level = Literal["section", "division", "group", "class"]
LEVELS: tuple[Level, ...] = ("section", "division", "group", "class")
LEVEL_NAMES = {"section": "门类", "division": "大类", "group": "中类", "class": "小类"}
_PREFIX_LENGTH = {"division": 2, "group": 3, "class": 4}

# GB/T 4754-2017 表1: the 大类 range of each 门类 (first, last, letter).
SECTION_RANGES: tuple[tuple[int, int, str], ...] = (
    (1, 5, "A"), (6, 12, "B"), (13, 43, "C"), (44, 46, "D"), (47, 50, "E"),
    (51, 52, "F"), (53, 60, "G"), (61, 62, "H"), (63, 65, "I"), (66, 69, "J"),
    (70, 70, "K"), (71, 72, "L"), (73, 75, "M"), (76, 79, "N"), (80, 82, "O"),
    (83, 83, "P"), (84, 85, "Q"), (86, 90, "R"), (91, 96, "S"), (97, 97, "T"),
)  # fmt: skip


@cache
def parent_table() -> dict[str, str]:
    """code -> parent code, from the shipped table."""
    return {row["code"].strip(): (row.get("parent") or "").strip() for _line, _file, row in gbt4754_rows()}


def section_of(code: str) -> str | None:
    """The 门类 letter of a 大类/中类/小类 code (or of a letter itself)."""
    if code[:1].isalpha():
        return code[:1].upper()
    parents = parent_table()
    node = code
    while node in parents and parents[node]:
        node = parents[node]
    if node[:1].isalpha():
        return node
    return _section_from_range(code)


def _section_from_range(code: str) -> str | None:
    if len(code) < 2 or not code[:2].isdigit():
        return None
    division = int(code[:2])
    return next((letter for low, high, letter in SECTION_RANGES if low <= division <= high), None)


def at_level(code: str | None, level: Level) -> str | None:
    """``code`` cut to ``level`` (``None`` when it is too coarse: a 大类 has no 小类)."""
    if not code:
        return None
    code = code.strip()
    if level == "section":
        return section_of(code)
    length = _PREFIX_LENGTH[level]
    if code[:1].isalpha() or len(code) < length:
        return None
    return code[:length]
