"""The scheme's three separate views of a standard, as sub-scores that are never summed.

- completeness (指标全面性): share of the plan's core and optional indicators the standard declares;
- advancement (水平先进性): from its tiers, (T - tier + 1) / T averaged over the published core
  rankings (1 for the top tier, 1/T for the lowest, 0 where it is not ranked on a published one);
- conformance (编写规范性): the mean of the checked drafting signals (gates, test methods named).
"""

from __future__ import annotations

from std_extract.rank.plan import Plan
from std_extract.rank.result import ConformanceCheck, GateResult, IndicatorStanding, Views
from std_extract.record import DocumentRecord


def completeness(plan: Plan, record: DocumentRecord) -> tuple[float, list[str]]:
    wanted = plan.core + plan.optional
    declared = [spec.ref for spec in wanted if any(spec.accepts(i) for i in record.indicators)]
    return len(declared) / len(wanted), declared


def advancement(standings: list[IndicatorStanding], published: set[str]) -> float | None:
    scores = []
    for s in standings:
        if s.indicator not in published:
            continue
        scores.append((s.tier_count - s.tier + 1) / s.tier_count if s.tier and s.tier_count else 0.0)
    return sum(scores) / len(scores) if scores else None


def conformance_checks(gates: list[GateResult], plan: Plan, record: DocumentRecord) -> list[ConformanceCheck]:
    """Each gate (pass 1, fail 0, not checked: not counted) and the share of core indicators whose
    declarations name a test method (GB/T 1.1: every requirement has a way to verify it)."""
    checks = [
        ConformanceCheck(
            check=g.gate,
            score=None if g.status == "not_checked" else float(g.status == "pass"),
            detail=g.detail,
        )
        for g in gates
    ]
    found = [i for i in record.indicators if any(spec.accepts(i) for spec in plan.core)]
    if found:
        named = sum(1 for i in found if i.test_method)
        checks.append(
            ConformanceCheck(
                check="test_methods_named",
                score=named / len(found),
                detail=f"{named}/{len(found)} core declarations name a test method",
            )
        )
    return checks


def views(
    plan: Plan,
    record: DocumentRecord,
    gates: list[GateResult],
    standings: list[IndicatorStanding],
    published: set[str],
) -> Views:
    share, declared = completeness(plan, record)
    checks = conformance_checks(gates, plan, record)
    scored = [c.score for c in checks if c.score is not None]
    return Views(
        completeness=round(share, 6),
        declared=declared,
        advancement=_round(advancement(standings, published)),
        conformance=_round(sum(scored) / len(scored) if scored else None),
        conformance_checks=checks,
    )


def _round(x: float | None) -> float | None:
    # Six decimals: the JSON is byte-stable and nobody reads a view past that.
    return None if x is None else round(x, 6)
