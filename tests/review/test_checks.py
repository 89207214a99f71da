"""The as-you-type checks, as plain functions."""

from __future__ import annotations

from std_extract.review.checks import Draft, check_direction, check_draft, check_floors, check_plausible
from std_extract.review.specs import FloorFact, IndicatorFacts

FLOOR = FloorFact(
    plan_id="fridge",
    classes=("3851",),
    value=0.5,
    min=None,
    max=None,
    unit="kWh/d",
    direction="lower",
    source="GB 12021.2-2015 表1",
)


def test_checks_plausible_within_a_factor_of_ten_of_the_others():
    assert check_plausible(0.6, [0.4, 0.62], "kWh/d") == []
    assert check_plausible(6.1, [0.4, 0.62], "kWh/d") == []
    assert [r.code for r in check_plausible(45, [0.4, 0.62], "kWh/d")] == ["implausible"]
    assert [r.code for r in check_plausible(0.01, [0.4, 0.62], None)] == ["implausible"]
    assert check_plausible(45, [0.4], None) == []  # one neighbour is no evidence


def test_checks_direction_of_the_comparator():
    assert [r.code for r in check_direction(">=", "lower")] == ["direction"]
    assert [r.code for r in check_direction("<", "higher")] == ["direction"]
    assert (
        check_direction("<=", "lower")
        == check_direction("range", "higher")
        == check_direction(">=", None)
        == []
    )


def test_checks_floor_of_a_plan_the_document_is_in():
    known = IndicatorFacts("energy_consumption_daily", "kWh/d", "lower", (FLOOR,))
    loose = Draft("energy_consumption_daily", "<=", 0.6, None, "kWh/24h")
    tight = Draft("energy_consumption_daily", "<=", 0.45, None, "kWh/24h")
    assert [r.code for r in check_floors(loose, known, ["fridge"], None)] == ["below_floor"]
    assert [r.code for r in check_floors(loose, known, [], "3851")] == ["below_floor"]
    assert check_floors(loose, known, [], "3856") == []  # not in the plan's area
    assert check_floors(tight, known, ["fridge"], None) == []


def test_checks_unit_must_convert_to_the_canonical_unit():
    draft = Draft("some_unknown_indicator", "<=", 3, None, "kg")
    assert [r.code for r in check_draft(draft, [], None, [], record_unit="kWh/d")] == ["unit_not_convertible"]
    ok = Draft("some_unknown_indicator", "<=", 3, None, "kWh/24h")
    assert check_draft(ok, [], None, [], record_unit="kWh/d") == []
    assert check_draft(Draft(None, "<=", 3, None, "kg"), [], None, []) == []  # nothing to check against
