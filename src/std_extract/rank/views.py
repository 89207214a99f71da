"""The scheme's three separate views of a standard, as sub-scores that are never summed.

- completeness (指标全面性): share of the plan's core and optional indicators the standard declares;
- advancement (水平先进性): from its tiers, (T - tier + 1) / T averaged over the published core
  rankings (1 for the top tier, 1/T for the lowest, 0 where it is not ranked on a published one);
- conformance (编写规范性): the mean of the checked drafting signals (gates, test methods named).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from std_extract.rank.plan import Plan
from std_extract.rank.result import ConformanceCheck, GateResult, IndicatorStanding, Views
from std_extract.record import DocumentRecord, Indicator

Declared = Mapping[str, list[Indicator]]  # plan indicator key -> the record's declarations of it


def declared_by_ref(plan: Plan, by_id: Mapping[str, list[Indicator]]) -> dict[str, list[Indicator]]:
    """Each plan indicator's declarations, from the record's indicators grouped by canonical id."""
    return {
        spec.ref: [d for d in by_id.get(spec.id, ()) if spec.accepts(d)] for spec in plan.core + plan.optional
    }


def awaiting_review(indicator: Indicator) -> bool:
    """A value the confidence stage flagged (needs_review) that no reviewer has accepted,
    corrected or added yet."""
    return indicator.needs_review and indicator.review_state == "extracted"


def group_by_canonical_id(
    record: DocumentRecord, *, include_unreviewed: bool = False, held: bool = False
) -> dict[str, list[Indicator]]:
    """The values a ranking may use: a value a reviewer rejected is not declared, nor (unless
    ``include_unreviewed``) one :func:`awaiting_review`.  ``held=True`` gives the latter instead."""
    out: dict[str, list[Indicator]] = {}
    for ind in record.indicators:
        if not ind.canonical_id or ind.review_state == "rejected":
            continue
        waiting = awaiting_review(ind) and not include_unreviewed
        if waiting == held:
            out.setdefault(ind.canonical_id, []).append(ind)
    return out


def completeness(plan: Plan, declared: Declared) -> tuple[float, list[str]]:
    wanted = plan.core + plan.optional
    keys = [spec.ref for spec in wanted if declared.get(spec.ref)]
    return len(keys) / len(wanted), keys


def advancement(standings: list[IndicatorStanding], published: set[str]) -> float | None:
    scores = []
    for s in standings:
        if s.indicator not in published:
            continue
        scores.append((s.tier_count - s.tier + 1) / s.tier_count if s.tier and s.tier_count else 0.0)
    return sum(scores) / len(scores) if scores else None


def conformance_checks(gates: list[GateResult], plan: Plan, declared: Declared) -> list[ConformanceCheck]:
    """Each gate (pass 1, fail 0, not checked: not counted) and the share of core indicators whose
    declarations name a test method (GB/T 1.1: every requirement has a way to verify it)."""
    checks = [
        _check(g.gate, None if g.status == "not_checked" else float(g.status == "pass"), g.detail)
        for g in gates
    ]
    found = {id(i): i for spec in plan.core for i in declared.get(spec.ref, ())}
    if found:
        named = sum(1 for i in found.values() if i.test_method)
        detail = f"{named}/{len(found)} core declarations name a test method"
        checks.append(_check("test_methods_named", named / len(found), detail))
    return checks


def _gate_score(gate: GateResult) -> float | None:
    return None if gate.status == "not_checked" else float(gate.status == "pass")


@lru_cache(maxsize=4096)
def _check(check: str, score: float | None, detail: str) -> ConformanceCheck:
    # Most standards share the same few outcomes; one object each keeps 100,000 results small.
    return ConformanceCheck(check=check, score=score, detail=detail)


def views(
    plan: Plan,
    declared: Declared,
    gates: list[GateResult],
    standings: list[IndicatorStanding],
    published: set[str],
) -> Views:
    share, keys = completeness(plan, declared)
    checks = conformance_checks(gates, plan, declared)
    scored = [c.score for c in checks if c.score is not None]
    return Views(
        completeness=round(share, 6),
        declared=keys,
        advancement=_round(advancement(standings, published)),
        conformance=_round(sum(scored) / len(scored) if scored else None),
        conformance_checks=checks,
    )


def _round(x: float | None) -> float | None:
    # Six decimals: the JSON is byte-stable and nobody reads a view past that.
    return None if x is None else round(x, 6)
