"""Candidate rules and their explanations."""

from __future__ import annotations

from std_extract.rank.decide import PlanFacts, decide, fmt
from std_extract.rank.result import IndicatorStanding, Views

from .builders import make_plan

VIEWS = Views(completeness=1.0, declared=[], advancement=None, conformance=None)
NAMES = {"a": "耗电量", "b": "噪声", "c": "能效"}
FACTS = PlanFacts(set(NAMES), {}, NAMES)


def _standing(key: str, tier: int | None) -> IndicatorStanding:
    return IndicatorStanding(indicator=key, status="ranked", tier=tier, tier_count=3)


def _plan(rule: dict):
    core = [{"id": k, "direction": "lower", "unit": "kWh/d"} for k in NAMES]
    return make_plan(candidate_rule=rule, core=core, optional=[])


def test_decide_best_k_sums_the_best_tiers():
    plan = _plan({"kind": "best_k_tier_sum", "k": 2})
    ok = decide(plan, [], [_standing("a", 1), _standing("b", 3), _standing("c", 1)], VIEWS, FACTS)
    no = decide(plan, [], [_standing("a", 1), _standing("b", 3), _standing("c", 2)], VIEWS, FACTS)
    assert ok.candidate and not no.candidate
    assert "最好的2项档次之和为3" in no.explanation_zh and "sum to 3 (plan limit 2)" in no.explanation_en


def test_decide_best_k_with_fewer_published_rankings_than_k():
    plan = _plan({"kind": "best_k_tier_sum", "k": 3})
    standings = [_standing("a", 1), IndicatorStanding(indicator="b", status="unpublished"), _standing("c", 1)]
    assert decide(plan, [], standings, VIEWS, PlanFacts({"a", "c"}, {"b": "all_equal"}, NAMES)).candidate


def test_decide_top_tier_all_names_the_indicators_short_of_tier_one():
    plan = _plan({"kind": "top_tier_all"})
    d = decide(plan, [], [_standing("a", 1), _standing("b", 2), _standing("c", 1)], VIEWS, FACTS)
    assert not d.candidate and "未达到的指标：噪声" in d.explanation_zh and "not met on b" in d.explanation_en


def test_decide_min_completeness():
    plan = _plan({"kind": "top_tier_all", "min_completeness": 0.8})
    low = Views(completeness=0.5, declared=[], advancement=None, conformance=None)
    d = decide(plan, [], [_standing(k, 1) for k in NAMES], low, PlanFacts(set(NAMES), {}, NAMES))
    assert not d.candidate and "completeness 0.50" in d.explanation_en


def test_decide_no_published_ranking_means_no_candidate():
    plan = _plan({"kind": "top_tier_all"})
    d = decide(
        plan,
        [],
        [IndicatorStanding(indicator=k, status="unpublished") for k in NAMES],
        VIEWS,
        PlanFacts(set(), {}, NAMES),
    )
    assert not d.candidate and "no core-indicator ranking is published" in d.explanation_en


def test_decide_fmt_prints_values_as_read():
    assert (fmt(0.45), fmt(1200.0), fmt(1.2e-05), fmt(None)) == ("0.45", "1200", "1.2e-05", "-")


def test_decide_optional_indicator_below_floor_is_never_a_candidate():
    plan = _plan({"kind": "top_tier_all"})
    facts = PlanFacts(set(NAMES), {}, {**NAMES, "lead": "铅"})
    d = decide(plan, [], [_standing(k, 1) for k in NAMES], VIEWS, facts, ["lead"])
    assert not d.candidate and "低于国家或行业要求（铅）" in d.explanation_zh
