"""Comparable levels: the bound that matters, grades, units."""

from __future__ import annotations

from std_extract.rank.levels import Level, Unusable, select_level, to_level
from std_extract.rank.plan import PlanIndicator

from .builders import indicator

LOWER = PlanIndicator(id="energy", direction="lower", unit="kWh/d")
HIGHER = PlanIndicator(id="eff", direction="higher", unit="percent")
TARGET = PlanIndicator(id="ph", direction="target", target=(6.5, 7.5), unit=None)


def test_levels_range_upper_bound_for_lower_is_better():
    level = to_level(indicator("energy", 0.2, "range", value_max=0.4), LOWER)
    assert isinstance(level, Level) and level.value == 0.4


def test_levels_range_lower_bound_for_higher_is_better():
    level = to_level(indicator("eff", 80, "range", value_max=95, unit="percent"), HIGHER)
    assert isinstance(level, Level) and level.value == 80 and level.badness == -80


def test_levels_tolerance_uses_the_end_that_matters():
    level = to_level(indicator("energy", 0.5, "tolerance", tolerance=0.05), LOWER)
    assert isinstance(level, Level) and abs(level.value - 0.55) < 1e-12


def test_levels_open_bound_in_the_direction_that_matters():
    out = to_level(indicator("energy", 0.5, ">="), LOWER)
    assert isinstance(out, Unusable) and out.reason == "open_bound"


def test_levels_not_detected_compares_as_zero_for_lower():
    level = to_level(indicator("energy", None, "not_detected"), LOWER)
    assert isinstance(level, Level) and level.value == 0.0


def test_levels_reference_is_not_quantified():
    out = to_level(indicator("energy", None, "reference", value_text="GB 12021.2"), LOWER)
    assert isinstance(out, Unusable) and out.reason == "not_quantified"


def test_levels_converted_into_the_plan_unit():
    level = to_level(indicator("energy", 182.625, "<=", unit="kWh/a"), LOWER)
    assert isinstance(level, Level) and level.value == 0.5


def test_levels_unit_not_convertible():
    out = to_level(indicator("energy", 0.5, "<=", unit="kg"), LOWER)
    assert isinstance(out, Unusable) and out.reason == "unit_not_convertible"


def test_levels_printed_unit_used_when_not_normalised():
    level = to_level(indicator("energy", 182.625, "<=", unit="kWh/a", normalized=False), LOWER)
    assert isinstance(level, Level) and level.value == 0.5


def test_levels_target_deviation_outside_the_target_range():
    inside = to_level(indicator("ph", 6.8, "range", value_max=7.2, unit=None), TARGET)
    wide = to_level(indicator("ph", 6.0, "range", value_max=8.5, unit=None), TARGET)
    assert isinstance(inside, Level) and inside.value == 0.0
    assert isinstance(wide, Level) and wide.value == 1.0


def test_levels_best_grade_by_default():
    found = [
        indicator("energy", 0.6, grade="2级"),
        indicator("energy", 0.4, grade="1级"),
        indicator("energy", 0.8, grade="3级"),
    ]
    assert select_level(found, LOWER).chosen.value == 0.4


def test_levels_plan_grade_compares_like_grades():
    spec = LOWER.model_copy(update={"grade": "2级"})
    found = [indicator("energy", 0.6, grade="2级"), indicator("energy", 0.4, grade="1级")]
    assert select_level(found, spec).chosen.value == 0.6


def test_levels_plan_grade_not_declared():
    spec = LOWER.model_copy(update={"grade": "优等品"})
    sel = select_level([indicator("energy", 0.6, grade="合格品")], spec)
    assert sel.chosen is None and sel.reason == "grade_not_declared"


def test_levels_loosest_of_several_same_grade_declarations():
    sel = select_level([indicator("energy", 0.4), indicator("energy", 0.5)], LOWER)
    assert sel.chosen.value == 0.5 and "loosest" in sel.chosen.notes[-1]


def test_levels_missing_indicator():
    sel = select_level([], LOWER)
    assert sel.reason == "missing_core_indicator"


def test_units_one_service_for_ranking_and_review():
    """The ranker and the workbench convert through one function, so a reviewer's unit is judged as
    the ranking reads it; dB levels convert only between two spellings of one unit."""
    from std_extract.rank.units import convert
    from std_extract.review.specs import convert as review_convert

    for value, unit, target, expected in [
        (1.0, "g/kg", "mg/kg", 1000.0),
        (38.0, "dBA", "dB(A)", 38.0),  # one unit written two ways
        (38.0, "dB", "%", None),  # pint would read dB as a power ratio: never meant in a standard
        (38.0, "dB(A)", "dB", None),
        (1.0, "kWh/24h", "kWh/(24*h)", 1.0),
    ]:
        assert convert(value, unit, target) == expected, (unit, target)
        assert review_convert(value, unit, target) == expected, (unit, target)
