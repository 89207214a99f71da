"""A first reading of text a reviewer boxed or selected on the page, to pre-fill the value form.

The text is read the way the extractor reads a clause piece, with the project's own readers: a
clause number printed in front ("4.3.7 抗热震性…") is the clause, not a value (the clause
parser's numbering patterns); :func:`requirement_start` finds where the requirement opens, the
words before it are the name, and :func:`limits_in` (the requirement reader of
``values.requirement`` behind it) reads comparator, value and unit.  A requirement with no
bound ("经10次热交换后应无裂纹") is qualitative: no value, no unit.  The reviewer checks every
field before saving; the service validates again on save.
"""

from __future__ import annotations

import re
from typing import Any

from std_extract.extract.requirements import limits_in, requirement_start
from std_extract.parse.clauses import ANNEX_CLAUSE, NUMBERED
from std_extract.textnorm import clean_text, squeeze_spaces
from std_extract.values.comparators import modal_words
from std_extract.values.units import cjk_unit_words

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Around the name: a list item's marker in front ("b) ", "（2）"), the modal word and copula before
# the requirement behind ("应达到", "均应在", "：").
_LIST_ITEM = re.compile(r"^(?:[a-zA-Z]|\d{1,2})[)）]\s*|^[（(](?:[a-zA-Z]|\d{1,2})[)）]\s*|^[—·•-]+\s*")
_NAME_END = re.compile(r"(?:(?:应当|应|须|必须|均|都)(?:控制在|保持在|在|为|是|达到)?)?[\s：:，,。；;]*$")


def split_clause_number(text: str) -> tuple[str | None, str]:
    """("4.3.7", "抗热震性…") for a text opening with a clause number, else (None, text).

    A number opens a clause only when words follow it ("5 要求", "A.2.1 试验"), not a unit
    ("0.5 W", "10 次", "3 个月"): those numbers are values.
    """
    stripped = text.strip()
    if found := NUMBERED.match(stripped):
        number, rest = found.group(1), found.group(2).strip()
    elif found := ANNEX_CLAUSE.match(stripped):
        number, rest = f"{found.group(1)}.{found.group(2)}", found.group(3).strip()
    else:
        return None, stripped
    spaced = stripped[len(number) : len(number) + 1].isspace()
    if not rest or not _CJK.match(rest) or rest.startswith(cjk_unit_words()):
        return None, stripped
    if "." not in number and not spaced:
        return None, stripped  # "20号钢", "3层": a number glued to a word is part of it
    return number, rest


def draft_from_text(text: str) -> dict[str, Any]:
    """Form fields read from ``text``: name, comparator, value, value_max, tolerance, unit,
    value_text, clause, conditions (numbers as text, as the form shows them)."""
    printed = squeeze_spaces(clean_text(text).replace("\n", " ")).strip()
    clause, rest = split_clause_number(printed)
    draft: dict[str, Any] = {"name": "", "comparator": "qualitative", "value": "", "value_max": ""}
    draft.update(tolerance="", unit="", value_text=rest, clause=clause or "", conditions=[])
    if not rest:
        return draft
    start = requirement_start(rest)
    requirement = rest[start:] if start is not None else rest
    draft["name"] = _NAME_END.sub("", _LIST_ITEM.sub("", rest[:start])).strip() if start else ""
    limits = limits_in(requirement, default_comparator=None, unit_hint=None)
    if not limits:
        return draft
    limit = limits[0]
    draft.update(
        comparator=limit.comparator,
        value=_shown(limit.value),
        value_max=_shown(limit.value_max),
        tolerance=_shown(limit.tolerance),
        unit=limit.unit or "",
        value_text=limit.value_text or requirement,
        conditions=list(limit.conditions),
    )
    if not draft["name"] and start is None and limit.comparator == "qualitative":
        draft.update(_split_at_modal(rest))  # "服务行为应规范": the name, then what it shall be
    return draft


def _split_at_modal(text: str) -> dict[str, str]:
    """Name and requirement of a described state, split at its first shall word (应, 须 …:
    extractors/comparators.toml [modal]); the whole text is the name when none is printed."""
    found = [i for i in (text.find(w) for w in modal_words("shall")) if i > 0]
    if not found:
        return {"name": text}
    at = min(found)
    return {"name": _NAME_END.sub("", text[:at]).strip(), "value_text": text[at:]}


def _shown(number: float | None) -> str:
    if number is None:
        return ""
    return f"{number:g}" if abs(number) < 1e15 else repr(number)
