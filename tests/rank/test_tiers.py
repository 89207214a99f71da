"""Tiering: fixed bounds, quantile bands, ties, suppression."""

from __future__ import annotations

from std_extract.rank.plan import FixedTiers, PlanIndicator, QuantileTiers
from std_extract.rank.tiers import assign_tiers

LOWER = PlanIndicator(id="energy", direction="lower", unit="kWh/d")
HIGHER = PlanIndicator(id="efficiency", direction="higher", unit="percent")


def test_tiers_fixed_lower_is_better_bounds_are_inclusive():
    tiering = FixedTiers(kind="fixed", bounds=[0.3, 0.4])
    out = assign_tiers({"a": 0.3, "b": 0.35, "c": 0.4, "d": 0.45}, LOWER, tiering, 1)
    assert out.tiers == {"a": 1, "b": 2, "c": 2, "d": 3}
    assert out.tier_count == 3 and out.suppressed is None


def test_tiers_fixed_higher_is_better_uses_badness():
    tiering = FixedTiers(kind="fixed", bounds=[90, 80])
    out = assign_tiers({"a": -95.0, "b": -90.0, "c": -85.0, "d": -70.0}, HIGHER, tiering, 1)
    assert out.tiers == {"a": 1, "b": 1, "c": 2, "d": 3}


def test_tiers_fixed_top_tier_may_be_empty():
    out = assign_tiers({"a": 0.5, "b": 0.6}, LOWER, FixedTiers(kind="fixed", bounds=[0.3]), 1)
    assert out.tiers == {"a": 2, "b": 2}


def test_tiers_quantile_equal_bands():
    values = {k: float(i) for i, k in enumerate("abcdefghi")}  # 9 participants, 3 bands of 3
    out = assign_tiers(values, LOWER, QuantileTiers(kind="quantile", tiers=3), 1)
    assert [out.tiers[k] for k in "abcdefghi"] == [1, 1, 1, 2, 2, 2, 3, 3, 3]


def test_tiers_quantile_ties_share_a_tier():
    values = {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0, "e": 2.0, "f": 3.0}
    out = assign_tiers(values, LOWER, QuantileTiers(kind="quantile", tiers=3), 1)
    assert {out.tiers[k] for k in "abcd"} == {1}
    assert out.tiers["e"] == 3 and out.tiers["f"] == 3  # 4 of 6 strictly better: the last band


def test_tiers_quantile_cuts_are_exact_shares():
    values = {f"s{i:02d}": float(i) for i in range(20)}
    out = assign_tiers(values, LOWER, QuantileTiers(kind="quantile", cuts=[0.05, 0.5]), 1)
    tiers = [out.tiers[f"s{i:02d}"] for i in range(20)]
    assert tiers == [1] + [2] * 9 + [3] * 10  # top 5% of 20 is exactly one standard
    assert out.tier_count == 3


def test_tiers_suppressed_when_all_values_equal():
    out = assign_tiers({"a": 0.5, "b": 0.5, "c": 0.5}, LOWER, QuantileTiers(kind="quantile"), 2)
    assert out.suppressed == "all_equal" and out.tiers == {}


def test_tiers_suppressed_with_too_few_participants():
    out = assign_tiers({"a": 0.5, "b": 0.6}, LOWER, QuantileTiers(kind="quantile"), 3)
    assert out.suppressed == "too_few_participants" and out.tiers == {}
