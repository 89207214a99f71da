"""The three separate views: completeness, advancement, conformance."""

from __future__ import annotations

from std_extract.rank.result import GateResult, IndicatorStanding
from std_extract.rank.views import (
    advancement,
    completeness,
    conformance_checks,
    declared_by_ref,
    group_by_canonical_id,
)

from .builders import indicator, make_plan, record


def test_views_completeness_counts_core_and_optional():
    plan = make_plan()
    rec = record("Q/A 1", [indicator("noise", 38, unit="dB")])
    share, declared = completeness(plan, declared_by_ref(plan, group_by_canonical_id(rec)))
    assert share == 0.5 and declared == ["noise"]


def test_views_advancement_from_tiers_only_on_published_rankings():
    standings = [
        IndicatorStanding(indicator="a", status="ranked", tier=1, tier_count=3),
        IndicatorStanding(indicator="b", status="ranked", tier=3, tier_count=3),
        IndicatorStanding(indicator="c", status="left_out", reason="missing_core_indicator"),
        IndicatorStanding(indicator="d", status="unpublished"),
    ]
    assert advancement(standings, {"a", "b", "c"}) == (1 + 1 / 3 + 0) / 3
    assert advancement(standings, set()) is None


def test_views_conformance_ignores_unchecked_gates():
    gates = [
        GateResult(gate="record_ok", status="pass", detail=""),
        GateResult(gate="required_clauses", status="not_checked", detail=""),
        GateResult(gate="references_well_formed", status="fail", detail=""),
    ]
    rec = record("Q/A 1", [indicator("energy", 0.5), indicator("energy", 0.6, test_method=None)])
    plan = make_plan()
    checks = conformance_checks(gates, plan, declared_by_ref(plan, group_by_canonical_id(rec)))
    assert [c.score for c in checks] == [1.0, None, 0.0, 0.5]
