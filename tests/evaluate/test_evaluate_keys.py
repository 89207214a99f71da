"""Normalised comparison forms and GB/T 4754 levels used by the evaluator."""

from __future__ import annotations

import pytest

from std_extract.evaluate import keys
from std_extract.evaluate.gbt4754 import _section_from_range, at_level, section_of
from std_extract.evaluate.gold import GoldIndicator
from std_extract.evaluate.indicators import names_match


@pytest.mark.parametrize(
    ("a", "b"),
    [("mg/L", "ｍｇ／Ｌ"), ("g/100g", "g / 100 g"), ("°T", "ºΤ"), ("℃", "°C"), ("µg/kg", "μg/kg")],
)
def test_keys_units_equal_after_normalisation(a, b):
    assert keys.units_equal(a, b)


@pytest.mark.parametrize(("a", "b"), [("mg/L", "mg/kg"), ("%", None), ("g/100g", "g/100mL")])
def test_keys_different_units_differ(a, b):
    assert not keys.units_equal(a, b)


def test_keys_units_compared_as_quantities():
    assert keys.units_equal("mL", "m L")  # spacing
    assert keys.units_equal("毫升", "mL")  # one unit written two ways
    assert keys.units_equal("kWh/24h", "kWh/d")
    assert not keys.units_equal("mg/kg", "g/kg")  # same dimension, different unit
    assert not keys.units_equal("mg/kg", None)


def test_keys_name_key_drops_spaces_punctuation_and_width():
    assert keys.name_key("碎米 / 其中：小碎米") == keys.name_key("碎米其中小碎米")
    assert keys.name_key("ｐＨ值") == keys.name_key("PH值")
    assert keys.name_key("铜（以总铜计）") == keys.name_key("铜(以总铜计)")


def test_keys_numbers_equal_with_relative_tolerance():
    assert keys.numbers_equal(0.1 + 0.2, 0.3)
    assert keys.numbers_equal(None, None)
    assert not keys.numbers_equal(0.3, None)
    assert not keys.numbers_equal(1.0, 1.001)


def test_keys_canonical_ids_decide_when_both_have_one():
    gold = GoldIndicator(name="脂肪", canonical_id="fat", comparator=">=")
    assert names_match(gold, GoldIndicator(name="脂肪含量", canonical_id="fat", comparator=">="))
    assert not names_match(gold, GoldIndicator(name="脂肪", canonical_id="protein", comparator=">="))
    assert names_match(gold, GoldIndicator(name="脂 肪", comparator=">="))


@pytest.mark.parametrize(
    ("code", "levels"),
    [
        ("1311", ["C", "13", "131", "1311"]),
        ("7724", ["N", "77", "772", "7724"]),
        ("131", ["C", "13", "131", None]),
        ("A", ["A", None, None, None]),
    ],
)
def test_gbt4754_levels_of_a_code(code, levels):
    assert [at_level(code, lv) for lv in ("section", "division", "group", "class")] == levels


def test_gbt4754_section_ranges_agree_with_the_table():
    for code in ("0111", "0610", "4411", "5110", "7010", "8310", "9700", "7461"):
        assert _section_from_range(code) == section_of(code)


def test_keys_units_use_the_project_unit_parser_when_present():
    pytest.importorskip("std_extract.values.units")
    assert keys.units_equal("毫升", "mL")
    assert keys.units_equal("g/100g", "%")  # 1 g/100g is 1 %
    assert not keys.units_equal("mg/kg", "g/kg")
    assert not keys.units_equal("CFU/g", "CFU/mL")
