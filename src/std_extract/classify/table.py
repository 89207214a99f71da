"""The GB/T 4754-2017 《国民经济行业分类》 table (with the 2019 amendment No. 1) as data.

Four levels: 门类 (section, a letter A-T), 大类 (division, 2 digits), 中类 (group, 3 digits) and
小类 (class, 4 digits).  Codes below the section are numeric and nest by prefix (0111 under 011
under 01), but a division's parent is its section letter, which is not a prefix, so the table
keeps an explicit ``parent`` column (``models/gbt4754/sections_*.csv``: code,name,level,parent).

The table counts 20 / 97 / 473 / 1,381 nodes.  Some texts quote 1,382 小类; the data here is the
2017 edition with the 2019 amendment and is what the tests assert.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from std_extract.errors import RuleFileError
from std_extract.resources import GBT4754_TABLE_FILES, gbt4754_rows

Level = Literal["section", "division", "group", "class"]
LEVELS: tuple[Level, ...] = ("section", "division", "group", "class")
LEVEL_NAMES_ZH: dict[Level, str] = {"section": "门类", "division": "大类", "group": "中类", "class": "小类"}
TABLE_FILES = GBT4754_TABLE_FILES

# A code as people write it: "C3851", "C 3851", "3851", "C", "38".
_CODE = re.compile(r"^\s*([A-Ta-t])?\s*(\d{2,4})?\s*$")


class Area(BaseModel):
    """One node of the classification: a 门类, 大类, 中类 or 小类."""

    model_config = ConfigDict(frozen=True)

    code: str  # "C", "38", "385", "3851"
    name: str  # "家用制冷电器具制造"
    level: Level
    parent: str | None  # None for a 门类

    @property
    def level_zh(self) -> str:
        return LEVEL_NAMES_ZH[self.level]


class AreaTable:
    """The whole table: lookup by code, children, the path from 门类 down, text search."""

    def __init__(self, areas: list[Area]):
        self._by_code = {a.code: a for a in areas}
        self._children: dict[str | None, list[Area]] = {}
        for area in areas:
            self._children.setdefault(area.parent, []).append(area)
        self._names = [a.name for a in areas]
        self._areas = areas

    def __len__(self) -> int:
        return len(self._areas)

    def __iter__(self) -> Iterator[Area]:
        return iter(self._areas)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and normalize_code(code) in self._by_code

    def __getitem__(self, code: str) -> Area:
        area = self.get(code)
        if area is None:
            raise KeyError(code)
        return area

    def get(self, code: str) -> Area | None:
        """The node for a code ("3851", "C3851", "c 38"), or None."""
        return self._by_code.get(normalize_code(code))

    def at_level(self, level: Level) -> list[Area]:
        return [a for a in self._areas if a.level == level]

    def children(self, code: str | None) -> list[Area]:
        """The nodes directly under ``code`` (the 门类 when ``code`` is None)."""
        key = None if code is None else normalize_code(code)
        return list(self._children.get(key, []))

    def descendants(self, code: str, level: Level = "class") -> list[Area]:
        """All nodes at ``level`` under ``code`` (the node itself if it is at that level)."""
        area = self[code]
        if area.level == level:
            return [area]
        return [d for child in self.children(area.code) for d in self.descendants(child.code, level)]

    def subtree(self, code: str) -> list[Area]:
        """``code`` and every node under it, in table order."""
        area = self[code]
        return [area, *(d for child in self.children(area.code) for d in self.subtree(child.code))]

    def path(self, code: str) -> list[Area]:
        """The nodes from the 门类 down to ``code``: [C, 38, 385, 3851]."""
        area = self[code]
        chain = [area]
        while area.parent is not None:
            area = self._by_code[area.parent]
            chain.append(area)
        return chain[::-1]

    def ancestor(self, code: str, level: Level) -> Area | None:
        """The node at ``level`` on the path to ``code`` (None if ``code`` is above it)."""
        return next((a for a in self.path(code) if a.level == level), None)

    def search(self, query: str, level: Level | None = None, limit: int = 20) -> list[tuple[Area, float]]:
        """Nodes whose code or name fits ``query``, best first, with a score 0-100.

        A code query ("38", "C", "C385") lists that node and everything under it; a text query
        ranks names that contain it first, then close fuzzy matches (rapidfuzz).
        """
        query = query.strip()
        if not query:
            hits = [(a, 100.0) for a in self._areas]
        elif _CODE.match(query) and self.get(query):
            hits = [(a, 100.0) for a in self.subtree(query)]
        else:
            hits = self._search_text(query)
        if level is not None:
            hits = [(a, s) for a, s in hits if a.level == level]
        return hits[:limit] if limit else hits

    def _search_text(self, query: str) -> list[tuple[Area, float]]:
        contained = [(a, 100.0) for a in self._areas if query in a.name]
        seen = {a.code for a, _ in contained}
        fuzzy = process.extract(query, self._names, scorer=fuzz.partial_ratio, limit=50, score_cutoff=75)
        ranked = [(self._areas[i], float(s)) for _, s, i in fuzzy if self._areas[i].code not in seen]
        ranked.sort(key=lambda hit: (-hit[1], hit[0].code))
        return contained + ranked


def normalize_code(code: str) -> str:
    """The table's spelling of a code: "C3851" -> "3851", "c" -> "C", " 38 " -> "38"."""
    match = _CODE.match(code)
    if not match:
        return code.strip()
    letter, digits = match.groups()
    return digits if digits else (letter or "").upper()


def _area(line: int, file: str, row: dict[str, str]) -> Area:
    try:
        return Area.model_validate({**row, "parent": row["parent"] or None})
    except (KeyError, ValueError) as exc:
        raise RuleFileError(file, f"line {line}", str(exc)) from exc


@cache
def load_table() -> AreaTable:
    """The GB/T 4754-2017 table, read once from the package data."""
    return AreaTable([_area(line, file, row) for line, file, row in gbt4754_rows()])
