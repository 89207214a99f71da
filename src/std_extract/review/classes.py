"""The GB/T 4754-2017 table for the class picker, read from ``models/gbt4754/sections_*.csv``.

Read directly (code,name,level,parent) rather than through ``std_extract.classify`` so the
picker depends only on the shipped data file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from std_extract.resources import gbt4754_rows

LEVEL_ZH = {"section": "门类", "division": "大类", "group": "中类", "class": "小类"}


@dataclass(frozen=True)
class IndustryClass:
    code: str
    name: str
    level: str  # section | division | group | class
    parent: str | None


@cache
def industry_table() -> dict[str, IndustryClass]:
    """Every node of the table by code."""
    return {
        row["code"]: IndustryClass(row["code"], row["name"], row["level"], row["parent"] or None)
        for _line, _file, row in gbt4754_rows()
    }


def level_path(code: str) -> list[IndustryClass]:
    """门类 -> 大类 -> 中类 -> 小类 down to ``code`` (empty for an unknown code)."""
    table, path = industry_table(), []
    node = table.get(code)
    while node is not None:
        path.append(node)
        node = table.get(node.parent) if node.parent else None
    return path[::-1]


def search_classes(query: str, limit: int = 20) -> list[IndustryClass]:
    """小类 whose code starts with, or whose name (or an ancestor's name) contains, ``query``."""
    query = query.strip()
    if not query:
        return []
    hits: list[tuple[int, str, IndustryClass]] = []
    for node in industry_table().values():
        if node.level != "class":
            continue
        rank = _rank(node, query)
        if rank is not None:
            hits.append((rank, node.code, node))
    hits.sort(key=lambda h: (h[0], h[1]))
    return [node for _, _, node in hits[:limit]]


def _rank(node: IndustryClass, query: str) -> int | None:
    if node.code.startswith(query.lstrip("ABCDEFGHIJKLMNOPQRST")) and query[-1:].isdigit():
        return 0
    if query in node.name:
        return 1 if node.name.startswith(query) else 2
    if any(query in parent.name for parent in level_path(node.code)[:-1]):
        return 3
    return None
