"""What a plan may name outside itself: GB/T 4754-2017 codes and the lexicon's indicator ids.

A misspelt class ("1318" for 1311) or indicator id ("broken_rices") passes the plan model and
silently leaves the plan without records or values, so the loader checks both against the shipped
data and names the plan file and the field::

    plans/rice.toml: classes[0]: '1318' is not a GB/T 4754-2017 class (小类); 中类 131 has 1311, ...

The lookups read only what they need (the ``code`` column of ``models/gbt4754/sections_*.csv``,
the ``id`` of each ``[[indicator]]`` in ``extractors/indicators.toml``) and are cached: building
the whole :class:`~std_extract.classify.table.AreaTable` and
:func:`~std_extract.indicator_lexicon.default_lexicon` imports spaCy and pint (about 1.3 s) that listing or
ranking plans does not otherwise need.  Those files' own loaders validate them (``std-extract
rules``); a test keeps the two readings equal.
"""

from __future__ import annotations

import difflib
from functools import cache

from std_extract.errors import RuleFileError
from std_extract.rank.plan import Plan
from std_extract.resources import gbt4754_rows, load_toml

INDICATORS_FILE = "indicators.toml"
# The plan model takes 2-4 digit codes (a 大类 or 中类 matches every 小类 under it by prefix).
LEVEL_BY_DIGITS = {2: ("division", "大类"), 3: ("group", "中类"), 4: ("class", "小类")}


@cache
def table_codes() -> frozenset[str]:
    """Every code of the GB/T 4754-2017 table (门类 letters, 大类, 中类, 小类), read once."""
    return frozenset(row["code"] for _line, _file, row in gbt4754_rows())


@cache
def indicator_ids() -> frozenset[str]:
    """Every canonical indicator id of ``extractors/indicators.toml``, read once."""
    entries = load_toml(INDICATORS_FILE).get("indicator", [])
    return frozenset(str(entry["id"]) for entry in entries if isinstance(entry, dict) and "id" in entry)


def check_plan_references(plan: Plan, path: str) -> None:
    """Raise :class:`RuleFileError` for the first class or indicator id the shipped data lacks."""
    codes = table_codes()
    for index, code in enumerate(plan.classes):
        if code not in codes:
            raise RuleFileError(path, f"classes[{index}]", _unknown_class(code, codes))
    ids = indicator_ids()
    for section in ("core", "optional"):
        for index, spec in enumerate(getattr(plan, section)):
            if spec.id not in ids:
                raise RuleFileError(path, f"{section}[{index}].id", _unknown_indicator(spec.id, ids))


def _unknown_class(code: str, codes: frozenset[str]) -> str:
    """Name the level the code was read as and, for a 中类 or 小类, the codes its parent holds."""
    level, level_zh = LEVEL_BY_DIGITS[len(code)]
    problem = f"{code!r} is not a GB/T 4754-2017 {level} ({level_zh})"
    parent = code[:-1]
    siblings = sorted(c for c in codes if len(c) == len(code) and c.startswith(parent))
    if len(code) > 2 and siblings:
        problem += f"; {LEVEL_BY_DIGITS[len(parent)][1]} {parent} has {', '.join(siblings)}"
    return problem


def _unknown_indicator(indicator_id: str, ids: frozenset[str]) -> str:
    problem = f"{indicator_id!r} is not an indicator id of extractors/{INDICATORS_FILE}"
    close = difflib.get_close_matches(indicator_id, sorted(ids), n=3)
    return problem + (f" (did you mean {', '.join(map(repr, close))}?)" if close else "")
