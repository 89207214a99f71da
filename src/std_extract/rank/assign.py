"""Assign records to plans by product terms in the title, GB/T 4754-2017 class and exclusions.

A GB/T 4754 小类 holds many products (1441 液体乳及乳制品制造 holds 巴氏杀菌乳 as well as 发酵乳), so
the class alone cannot put a standard into a product plan.  The rule, per plan:

- a title naming one of the plan's exclusion terms ("压缩机" for a whole-appliance plan) keeps the
  record out, whatever else matches;
- a title naming one of the plan's scope terms puts it in (whatever its class: a class may be
  misread, the product named in the title is not);
- a plan without scope terms goes by class (a 2- or 3-digit class matches by prefix);
- a record without a title, which no term can be searched in, goes by class too.

Each (plan, record) decision carries its reason (:class:`ScopeMatch`), shown in the report; a record
in no plan is left out as ``other_area``, naming the plans whose class it had but whose products its
title does not name.  A record may belong to several plans.  O(records x plans).

Only a record's head is read (:class:`RecordHead`: number, titles, class, hash, path), so a caller
may assign records it keeps on disk (std_extract.batch.rankstore) without holding them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from std_extract.rank.plan import Plan
from std_extract.rank.result import LeftOut, ScopeMatch
from std_extract.record import DocumentRecord


@dataclass(frozen=True, slots=True)
class RecordHead:
    """What assigning and ordering a record reads of it: a few hundred bytes, not the record."""

    number: str | None
    title: str | None
    title_en: str | None
    code: str | None  # GB/T 4754 class
    sha256: str
    path: str

    @classmethod
    def of(cls, record: DocumentRecord) -> RecordHead:
        s = record.standard
        return cls(
            s.number, s.title, s.title_en, record_code(record), record.source.sha256, record.source.path
        )

    @property
    def key(self) -> tuple[str, str]:
        """The stable order of standards (std_extract.rank.engine.record_key)."""
        return (self.number or "", self.sha256)


@dataclass
class Assignment:
    """Record indices per plan id with why each is in, and the records that entered no plan."""

    by_plan: dict[str, list[int]] = field(default_factory=dict)
    why: dict[tuple[str, int], ScopeMatch] = field(default_factory=dict)  # (plan id, index) -> reason
    left_out: list[LeftOut] = field(default_factory=list)


@dataclass(frozen=True)
class _Matcher:
    plan_id: str
    classes: tuple[str, ...]
    terms: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    term_list: tuple[str, ...]


def _alternation(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))))


def _matchers(plans: list[Plan]) -> list[_Matcher]:
    return [
        _Matcher(
            p.id,
            tuple(p.classes),
            _alternation(p.scope_terms),
            _alternation(p.exclude_terms),
            tuple(p.scope_terms),
        )
        for p in plans
    ]


def record_text(record: DocumentRecord | RecordHead) -> str:
    """The text product terms are searched in: the Chinese and English titles."""
    head = record if isinstance(record, RecordHead) else RecordHead.of(record)
    return " ".join(t for t in (head.title, head.title_en) if t)


def record_code(record: DocumentRecord) -> str | None:
    return record.classification.code if record.classification else None


def scope_match(matcher: _Matcher, code: str | None, text: str) -> ScopeMatch | None:
    """Why a record is in the plan's area, or None when it is not (see the module docstring)."""
    if matcher.exclude is not None and matcher.exclude.search(text):
        return None
    in_class = bool(code and code.startswith(matcher.classes))
    term = matcher.terms.search(text) if matcher.terms is not None else None
    if term is not None:
        return _because(term.group(0), code, in_class)
    if in_class and (matcher.terms is None or not text):
        return _because(None, code, True)
    return None


def in_area(matcher: _Matcher, code: str | None, text: str) -> bool:
    return scope_match(matcher, code, text) is not None


@lru_cache(maxsize=4096)
def _because(term: str | None, code: str | None, in_class: bool) -> ScopeMatch:
    # Most standards of a plan share a term and a class: one object each keeps a large result small.
    if term is not None:
        cls_zh = f"，行业分类 {code}" + ("" if in_class else "（不在方案分类内）") if code else ""
        cls_en = f"; class {code}" + ("" if in_class else " (not one of the plan's classes)") if code else ""
        return ScopeMatch(
            term=term,
            code=code,
            in_class=in_class,
            detail_zh=f"标题含方案产品词“{term}”{cls_zh}",
            detail_en=f"the title names the plan's product “{term}”{cls_en}",
        )
    return ScopeMatch(
        term=None,
        code=code,
        in_class=True,
        detail_zh=f"行业分类 {code} 属于方案分类（方案未列产品词或标题缺失）",
        detail_en=f"class {code} is one of the plan's classes (no product terms to check the title against)",
    )


def assign(records: Sequence[DocumentRecord | RecordHead], plans: list[Plan]) -> Assignment:
    """Which records each plan ranks and why; records in no plan are left out as ``other_area``."""
    matchers = _matchers(plans)
    out = Assignment(by_plan={p.id: [] for p in plans})
    for index, each in enumerate(records):
        record = each if isinstance(each, RecordHead) else RecordHead.of(each)
        code, text = record.code, record_text(record)
        hits = 0
        for m in matchers:
            why = scope_match(m, code, text)
            if why is not None:
                out.by_plan[m.plan_id].append(index)
                out.why[(m.plan_id, index)] = why
                hits += 1
        if not hits:
            out.left_out.append(_other_area(record, code, matchers))
    return out


def _other_area(record: RecordHead, code: str | None, matchers: list[_Matcher]) -> LeftOut:
    near = [m for m in matchers if code and code.startswith(m.classes)]
    if near:
        names = "; ".join(f"{m.plan_id} ({'、'.join(m.term_list)})" for m in near)
        detail = (
            f"class {code} is a class of {', '.join(m.plan_id for m in near)}, but the title "
            f"'{record.title or ''}' names none of its products or names an excluded one: {names} "
            f"/ 行业分类属于上述方案，但标题未含其产品词（或含排除词）"
        )
    else:
        scope = ", ".join(m.plan_id for m in matchers)
        detail = (
            f"class {code or '(none)'} and title '{record.title or ''}' match no selected plan "
            f"({scope}) / 行业分类与标题均不在所选评估方案范围内"
        )
    return LeftOut(
        number=record.number,
        sha256=record.sha256,
        path=record.path,
        indicator=None,
        reason="other_area",
        detail=detail,
    )
