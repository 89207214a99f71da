"""Assign records to plans by GB/T 4754-2017 class and product terms.

A record belongs to a plan's area when its class code falls under one of the plan's classes (a
2- or 3-digit class matches by prefix), or when the title names one of the plan's product terms;
a plan's exclusion terms ("压缩机" for a whole-appliance plan) override both.  A record may belong
to several plans.  Each record is matched against each plan once: O(records x plans).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from std_extract.rank.plan import Plan
from std_extract.rank.result import LeftOut
from std_extract.record import DocumentRecord


@dataclass
class Assignment:
    """Record indices per plan id, and the records that entered no plan (with the reason)."""

    by_plan: dict[str, list[int]] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class _Matcher:
    plan_id: str
    classes: tuple[str, ...]
    terms: re.Pattern[str] | None
    exclude: re.Pattern[str] | None


def _alternation(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))))


def _matchers(plans: list[Plan]) -> list[_Matcher]:
    return [
        _Matcher(p.id, tuple(p.classes), _alternation(p.scope_terms), _alternation(p.exclude_terms))
        for p in plans
    ]


def record_text(record: DocumentRecord) -> str:
    """The text product terms are searched in: the Chinese and English titles."""
    return " ".join(t for t in (record.standard.title, record.standard.title_en) if t)


def record_code(record: DocumentRecord) -> str | None:
    return record.classification.code if record.classification else None


def in_area(matcher: _Matcher, code: str | None, text: str) -> bool:
    if matcher.exclude is not None and matcher.exclude.search(text):
        return False
    if code and code.startswith(matcher.classes):
        return True
    return bool(matcher.terms is not None and matcher.terms.search(text))


def assign(records: list[DocumentRecord], plans: list[Plan]) -> Assignment:
    """Which records each plan ranks; records in no plan are left out as ``other_area``."""
    matchers = _matchers(plans)
    out = Assignment(by_plan={p.id: [] for p in plans})
    for index, record in enumerate(records):
        code, text = record_code(record), record_text(record)
        hits = [m.plan_id for m in matchers if in_area(m, code, text)]
        for plan_id in hits:
            out.by_plan[plan_id].append(index)
        if not hits:
            out.left_out.append(_other_area(record, code, plans))
    return out


def _other_area(record: DocumentRecord, code: str | None, plans: list[Plan]) -> LeftOut:
    scope = ", ".join(p.id for p in plans)
    detail = (
        f"class {code or '(none)'} and title '{record.standard.title or ''}' match no selected plan "
        f"({scope}) / 行业分类与标题均不在所选评估方案范围内"
    )
    return LeftOut(
        number=record.standard.number,
        sha256=record.source.sha256,
        path=record.source.path,
        indicator=None,
        reason="other_area",
        detail=detail,
    )
