"""requirement: printed requirements to limits, one test per form in DOMAIN.md."""

from __future__ import annotations

import pytest

from std_extract.values.requirement import ParsedLimit, parse_requirement


def one(text: str, default: str | None = None) -> ParsedLimit:
    limits = parse_requirement(text, default_comparator=default)
    assert len(limits) == 1, limits
    return limits[0]


def test_requirement_symbol_prefix() -> None:
    limit = one("≤0.45")
    assert (limit.comparator, limit.value, limit.unit, limit.value_text) == ("<=", 0.45, None, "≤0.45")


def test_requirement_bare_number_takes_default_comparator() -> None:
    limit = one("0.45", default="<=")
    assert (limit.comparator, limit.value) == ("<=", 0.45)
    assert "comparator_default" in limit.flags


def test_requirement_bare_number_without_default_is_flagged() -> None:
    limit = one("0.45")
    assert limit.comparator == "="
    assert "comparator_assumed" in limit.flags


def test_requirement_word_with_unit() -> None:
    limit = one("不大于0.45 kWh/24h")
    assert (limit.comparator, limit.value, limit.unit) == ("<=", 0.45, "kWh/24h")
    assert limit.value_text == "不大于0.45 kWh/24h"


def test_requirement_shall_not_exceed() -> None:
    assert one("应不大于0.45 kWh/24h").comparator == "<="


@pytest.mark.parametrize(
    ("text", "comparator", "value", "unit"),
    [
        ("不低于80%", ">=", 80.0, "%"),
        ("不少于三次", ">=", 3.0, "次"),
        ("不超过5 min", "<=", 5.0, "min"),
        ("不小于 12.5 MPa", ">=", 12.5, "MPa"),
        ("小于 2 mA", "<", 2.0, "mA"),
        ("低于1%", "<", 1.0, "%"),
        ("不足5 g", "<", 5.0, "g"),
        ("大于 60 ℃", ">", 60.0, "℃"),
        ("高于 10 MΩ", ">", 10.0, "MΩ"),
        ("超过 2 h", ">", 2.0, "h"),
        ("应为 220 V", "=", 220.0, "V"),
        ("＜0.5", "<", 0.5, None),
        ("≧3", ">=", 3.0, None),
    ],
)
def test_requirement_comparator_words(text: str, comparator: str, value: float, unit: str | None) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value, limit.unit) == (comparator, value, unit)


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [
        ("5次以上", ">=", 5.0),
        ("-18℃以下", "<=", -18.0),
        ("30 min内到达", "<=", 30.0),
        ("3个工作日内", "<=", 3.0),
    ],
)
def test_requirement_suffix_words_include_the_number(text: str, comparator: str, value: float) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value) == (comparator, value)


@pytest.mark.parametrize(
    "text", ["6.0～8.5", "6.0~8.5", "6.0-8.5", "6.0〜8.5", "在 6.0 至 8.5 之间", "6.0—8.5"]
)
def test_requirement_ranges(text: str) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value, limit.value_max) == ("range", 6.0, 8.5)


def test_requirement_range_of_negative_numbers() -> None:
    limit = one("-10～-5℃")
    assert (limit.comparator, limit.value, limit.value_max, limit.unit) == ("range", -10.0, -5.0, "℃")


def test_requirement_range_with_unit_on_both_ends() -> None:
    limit = one("20℃～25℃")
    assert (limit.value, limit.value_max, limit.unit) == (20.0, 25.0, "℃")


def test_requirement_standard_number_is_not_a_range() -> None:
    limit = one("GB 2762-2017")
    assert (limit.comparator, limit.value_text) == ("reference", "GB 2762-2017")


def test_requirement_number_beside_standard_is_read_alone() -> None:
    limit = one("≤0.5 (GB 5009.12)")
    assert (limit.comparator, limit.value) == ("<=", 0.5)


@pytest.mark.parametrize("text", ["(20±2)℃", "（20±2）℃", "20℃±2℃", "20 ℃ ± 2 ℃"])
def test_requirement_tolerance(text: str) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value, limit.tolerance, limit.unit) == ("tolerance", 20.0, 2.0, "℃")


def test_requirement_relative_tolerance_is_made_absolute() -> None:
    limit = one("220 V±10%")
    assert (limit.comparator, limit.value, limit.tolerance, limit.unit) == ("tolerance", 220.0, 22.0, "V")
    assert "tolerance_relative" in limit.flags


def test_requirement_tolerance_without_centre() -> None:
    limit = one("±2℃")
    assert (limit.comparator, limit.value, limit.tolerance) == ("tolerance", None, 2.0)


def test_requirement_or_gives_two_limits() -> None:
    limits = parse_requirement("≥12.5，或者≤2.0")
    assert [(x.comparator, x.value) for x in limits] == [(">=", 12.5), ("<=", 2.0)]
    assert all("or_limit" in x.flags for x in limits)
    assert [x.value_text for x in limits] == ["≥12.5", "≤2.0"]


def test_requirement_or_before_suffix_is_not_a_split() -> None:
    limit = one("5次或以上")
    assert (limit.comparator, limit.value) == (">=", 5.0)


def test_requirement_and_of_bounds_is_a_range() -> None:
    limit = one("≥6.0且≤8.5")
    assert (limit.comparator, limit.value, limit.value_max) == ("range", 6.0, 8.5)
    assert "and_limit" in limit.flags


@pytest.mark.parametrize("text", ["不得检出", "应不得检出", "未检出", "阴性"])
def test_requirement_not_detected(text: str) -> None:
    assert one(text).comparator == "not_detected"


def test_requirement_not_detected_in_sample() -> None:
    limit = one("0/25g")
    assert (limit.comparator, limit.basis) == ("not_detected", "25g")


def test_requirement_reference() -> None:
    limit = one("应符合GB 2762的规定")
    assert (limit.comparator, limit.value, limit.value_text) == ("reference", None, "GB 2762")


@pytest.mark.parametrize("text", ["应无异味", "具有产品固有的色泽和气味", "无霉变、无虫蛀"])
def test_requirement_qualitative(text: str) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value, limit.value_text) == ("qualitative", None, text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("6.35mm/a", 6.35, "mm/a"),
        ("45dB(A)", 45.0, "dB(A)"),
        ("0.05mg/m³", 0.05, "mg/m³"),
        ("2次/天", 2.0, "次/天"),
    ],
)
def test_requirement_value_glued_to_unit(text: str, value: float, unit: str) -> None:
    limit = one(text)
    assert (limit.value, limit.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("≤４５ dB(A)", 45.0, "dB(A)"),
        ("≤0\U001001b005", 0.05, None),
        ("零点四五千瓦时", 0.45, "千瓦时"),
        ("不少于十五分钟", 15.0, "分钟"),
    ],
)
def test_requirement_full_width_and_chinese_numerals(text: str, value: float, unit: str | None) -> None:
    limit = one(text)
    assert (limit.value, limit.unit) == (value, unit)


def test_requirement_percent_in_words() -> None:
    limit = one("百分之九十五", default=">=")
    assert (limit.comparator, limit.value, limit.unit) == (">=", 95.0, "%")


def test_requirement_chinese_numerals_inside_words_are_not_values() -> None:
    assert one("三氯甲烷不得检出").comparator == "not_detected"
    limit = one("一等品")
    assert limit.comparator == "qualitative"


@pytest.mark.parametrize(
    ("text", "value"),
    [("≤1×10⁻⁵", 1e-5), ("≤1×10-5", 1e-5), ("≤1.0E-5", 1e-5), ("≤ 5×10⁴ CFU/g", 50000.0)],
)
def test_requirement_scientific_notation(text: str, value: float) -> None:
    assert one(text).value == value


@pytest.mark.parametrize("text", ["—", "-", "/", "——", "－", "  ", ""])
def test_requirement_dash_alone_means_no_requirement(text: str) -> None:
    assert parse_requirement(text) == []


def test_requirement_names_with_digits_are_not_values() -> None:
    limit = one("黄曲霉毒素B1 ≤ 5 μg/kg")
    assert (limit.value, limit.unit, limit.value_text) == (5.0, "μg/kg", "≤ 5 μg/kg")


def test_requirement_condition_is_set_apart() -> None:
    limit = one("25℃时，≤0.5")
    assert (limit.comparator, limit.value, limit.conditions) == ("<=", 0.5, ["25℃时"])


def test_requirement_half_grade_of_colour_fastness() -> None:
    limit = one("≥3-4级")
    assert (limit.comparator, limit.value, limit.unit) == (">=", 3.5, "级")
    assert "half_grade" in limit.flags
    assert one("3-4", default=">=").value == 3.5


def test_requirement_grouped_digits() -> None:
    assert one("≥ 10 000 h").value == 10000.0


def test_requirement_formula_is_left_to_the_caller() -> None:
    assert parse_requirement("z ≥ 0.1 + 0.85(k - 0.2)") == []


def test_requirement_relative_to_nominal_is_flagged() -> None:
    limit = one("不大于标称值的110%")
    assert (limit.comparator, limit.value) == ("<=", 110.0)
    assert "relative_to_nominal" in limit.flags


def test_requirement_span_points_into_the_printed_text() -> None:
    text = "耗电量应不大于０.４５ kWh/24h。"
    limit = one(text)
    start, end = limit.span
    assert text[start:end] == limit.value_text == "不大于０.４５ kWh/24h"


def test_requirement_footnote_letter_is_not_a_unit() -> None:
    limit = one("0.5a", default="<=")
    assert (limit.value, limit.unit) == (0.5, None)
    assert "footnote:a" in limit.flags
    assert one("28 d").unit == "d"  # days, not a footnote


def test_requirement_reversed_hyphen_is_not_a_range() -> None:
    assert [x.comparator for x in parse_requirement("15555.12-1995")] == ["qualitative"]
    assert all(x.comparator != "range" for x in parse_requirement("9-3"))


def test_requirement_reversed_wave_dash_range_is_flagged() -> None:
    limit = one("8.5～6.0")
    assert limit.comparator == "range" and "range_reversed" in limit.flags


def test_requirement_range_with_unit_is_not_a_standard_number() -> None:
    limit = one("1000-2000 r/min")
    assert (limit.comparator, limit.value, limit.value_max, limit.unit) == ("range", 1000.0, 2000.0, "r/min")


@pytest.mark.parametrize(
    ("text", "target"),
    [("2715的规定", "2715"), ("13122、GB 14881 和GB/T 26630的规定", "13122、GB 14881 和GB/T 26630")],
)
def test_requirement_reference_with_prefix_cut_off(text: str, target: str) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value_text) == ("reference", target)


@pytest.mark.parametrize("text", ["应无大于2mm的杂质", "不得有长度超过5 mm的毛刺", "无大于 0.5 mm 的颗粒"])
def test_requirement_negated_limit_is_qualitative(text: str) -> None:
    assert one(text).comparator == "qualitative"


@pytest.mark.parametrize(
    ("text", "value"),
    [("无机砷≤0.2", 0.2), ("无机杂质含量不大于0.02%", 0.02), ("色泽正常，无异味，≤0.5", 0.5)],
)
def test_requirement_word_starting_with_wu_is_not_a_negation(text: str, value: float) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value) == ("<=", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("应年满18周岁", (">=", 18.0, "周岁")),  # 周岁 is one unit word, not 周 (week) then 岁
        ("18周岁以上", (">=", 18.0, "周岁")),
        ("不少于40学时", (">=", 40.0, "学时")),
        ("≤4 SDCM", ("<=", 4.0, "SDCM")),
        ("≥4.5 kg/12h", (">=", 4.5, "kg/12h")),
        ("≤0.12 kWh/(cycle·kg)", ("<=", 0.12, "kWh/(cycle·kg)")),
        ("≤175 mm³", ("<=", 175.0, "mm³")),
    ],
)
def test_requirement_corpus_units_and_ages(text: str, expected: tuple) -> None:
    limit = one(text)
    assert (limit.comparator, limit.value, limit.unit) == expected


def test_requirement_unit_scaled_by_a_power_of_ten() -> None:
    # "8.5 10⁻⁶/℃" is 8.5 in the unit 10⁻⁶/℃, not 8.5 then a second number 10⁻⁶.
    limit = one("应不高于8.5 10⁻⁶/℃")
    assert (limit.comparator, limit.value, limit.unit) == ("<=", 8.5, "10⁻⁶/℃")
    assert one("≤1×10⁻⁵").value == 1e-05  # a power of ten after × stays part of the number


@pytest.mark.parametrize(
    "text", ["≤ 0.5（注1）", "不大于0.5（见注1）", "≤0.5 注1", "≤ 0.5 表注2", "≤ 0.5（注 1）"]
)
def test_requirement_note_reference_in_a_cell_is_no_value(text: str) -> None:
    # A cell points to its table's note: "注1" is a reference, its 1 no second value "= 1"
    assert (one(text).comparator, one(text).value) == ("<=", 0.5)


def test_requirement_a_word_ending_in_zhu_before_a_number_is_no_note_reference() -> None:
    # The negative twin: 灌注 (filling) is a word, 2 L its value
    limit = one("灌注2 L")
    assert (limit.value, limit.unit) == (2.0, "L")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("0.1 ng TEQ/m³", "ng TEQ/m³"),  # a dioxin limit's basis, spaced from its mass
        ("≤0.1 ng I-TEQ/m3", "ng I-TEQ/m3"),
        ("≤ 3 mg KOH/g", "mg KOH/g"),  # an acid value's reagent
        # twins: a basis word with no solidus after it ends the unit; so does another word
        ("≤ 0.5 ng TEQ", "ng"),
        ("10 mg TEQ值", "mg"),
        ("≤ 5 mg 每日", "mg"),
    ],
)
def test_requirement_basis_word_inside_a_spaced_unit(text: str, unit: str) -> None:
    # units.toml drops TEQ and KOH as the unit's basis: a space before one does not end the unit
    assert one(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("≥ 24（h）", "h"),  # the whole unit in brackets after the number
        ("≥90（%）", "%"),
        ("不大于10 g/(m²·24 h)", "g/(m²·24 h)"),  # a bracketed denominator with a space inside
        ("不大于1.0 g/(100 g)", "g/(100 g)"),
        ("不超过1.0 mg/(cm²·周)", "mg/(cm²·周)"),  # a rate per area and week (ts2_coolant_01)
        ("不大于2 dB(A)", "dB(A)"),
    ],
)
def test_requirement_units_in_brackets(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_requirement_brackets_that_are_no_unit() -> None:
    # a footnote letter in brackets is no unit; another reading bracketed after a unit is a number of its own
    assert one("≥3(a)").unit is None
    limits = parse_requirement("以16.0 kPa（120 mmHg）压力喷向外侧面", default_comparator=None)
    assert [(x.value, x.unit) for x in limits] == [(16.0, "kPa"), (120.0, "mmHg")]
