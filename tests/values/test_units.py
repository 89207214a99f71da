"""units: printed units through the rewrite table to pint; the measured pint 0.25 pitfalls."""

from __future__ import annotations

import pytest

from std_extract.values.units import (
    cjk_unit_words,
    convert,
    is_compatible,
    parse_unit,
    rewrite_unit,
    same_unit,
    unit_registry,
)


def test_units_kwh_per_24h_is_energy_per_day() -> None:
    # pint reads "kWh/24h" as kWh*h/24: rewritten to kWh/(24*h).
    parsed = parse_unit("kWh/24h")
    assert parsed is not None
    assert parsed.expression == "kWh/(24*h)"
    assert parsed.dimensionality == "[mass] * [length] ** 2 / [time] ** 3"
    assert convert(0.45, "kWh/24h", "kWh/(24*h)") == 0.45
    assert convert(1.2, "kWh/d", "kWh/(24*h)") == 1.2


def test_units_db_a_is_not_decibel_ampere() -> None:
    for printed in ("dB(A)", "dB（A）", "dBA", "dB (A)"):
        parsed = parse_unit(printed)
        assert parsed is not None, printed
        assert parsed.units == "dBA"
        assert "[current]" not in parsed.dimensionality
    assert convert(45, "dB(A)", "dBA") == 45


def test_units_celsius_sign_is_a_temperature() -> None:
    # pint's Quantity("1 ℃") is silently dimensionless.
    assert parse_unit("℃").dimensionality == "[temperature]"
    assert parse_unit("°C").dimensionality == "[temperature]"
    assert convert(20, "℃", "K") == 293.15


def test_units_celsius_as_a_difference() -> None:
    # A temperature rise printed in ℃ is a K value, not an absolute temperature.
    assert convert(60, "℃", "K", difference=True) == 60


@pytest.mark.parametrize(
    ("printed", "expression"),
    [
        ("m3/h", "m**3/h"),  # 'm3' is undefined in pint
        ("r/min", "revolution/minute"),  # 'r' is undefined in pint
        ("dBA", "dBA"),  # undefined in pint
    ],
)
def test_units_plain_pint_errors_are_handled(printed: str, expression: str) -> None:
    parsed = parse_unit(printed)
    assert parsed is not None
    assert parsed.expression == expression


def test_units_superscripts_protected_before_nfkc() -> None:
    # NFKC would make m³ into m3; protect_superscripts runs first.
    assert rewrite_unit("m³/h") == "m**3/h"
    assert rewrite_unit("mg/m³") == "mg/m**3"
    assert rewrite_unit("cd/m²") == "cd/m**2"
    assert rewrite_unit("m⁻³") == "m**-3"
    assert convert(0.08, "mg/L", "mg/m³") == 80


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        (
            "mg/dm2",
            "mg/dm²",
        ),  # GB 4806 总迁移量: the superscript printed on its own baseline (Word, LibreOffice)
        ("t/hm2", "t/hm²"),  # application rates of sludge and fertiliser
        ("mm3", "mm³"),
        ("μg/m3", "μg/m³"),
    ],
)
def test_units_power_printed_on_the_baseline_is_the_same_unit(printed: str, written: str) -> None:
    assert same_unit(printed, written)
    assert not same_unit(printed, written.replace("²", "").replace("³", ""))


def test_units_glued_number_is_a_factor() -> None:
    # pint reads g/100g as g*g/100.
    assert rewrite_unit("g/100g") == "g/(100*g)"
    assert convert(2, "g/100g", "%") == 2
    assert convert(12, "mg/100g", "mg/kg") == 120
    assert convert(1, "MPN/100mL", "MPN/mL") == 0.01


@pytest.mark.parametrize(
    "printed",
    [
        "mg/m³",
        "g/100g",
        "mg/100g",
        "CFU/g",
        "CFU/mL",
        "MPN/100mL",
        "μg/kg",
        "µg/kg",
        "ppm",
        "mg/L",
        "%",
        "‰",
        "级",
        "次",
        "个",
        "片",
        "元",
        "h",
        "min",
        "d",
        "天",
        "小时",
        "分钟",
        "秒",
        "s",
        "km/h",
        "N",
        "kN",
        "cN/dtex",
        "MPa",
        "kPa",
        "Pa",
        "dB",
        "lm/W",
        "W",
        "kW",
        "V",
        "A",
        "mA",
        "MΩ",
        "℃",
        "K",
        "mm",
        "cm",
        "m",
        "μm",
        "nm",
        "g",
        "kg",
        "t",
        "L",
        "mL",
        "mm/a",
        "mm/年",
        "lx",
        "cd/m²",
        "%vol",
        "°T",
        "个工作日",
        "次/d",
        "W/(m·K)",
        "Bq/kg",
        "kgce/t",
        "mg KOH/g",
        "N·m",
        "㎡",
        "(mg/kg)",
        "/%",
        "mg/kg（以Pb计）",
    ],
)
def test_units_parse_printed_units(printed: str) -> None:
    assert parse_unit(printed) is not None, printed


@pytest.mark.parametrize(
    ("value", "printed", "canonical", "expected"),
    [
        (5, "%", "mg/kg", 50000),
        (50, "μg/kg", "mg/kg", 0.05),
        (30, "min", "h", 0.5),
        (2, "小时", "min", 120),
        (1, "天", "h", 24),
        (6.35, "mm/年", "mm/a", 6.35),
        (1500, "r/min", "revolution/minute", 1500),
        (2, "‰", "%", 0.2),
        (100, "MΩ", "ohm", 1e8),
        (3, "次/天", "次/d", 3),
    ],
)
def test_units_convert_values(value: float, printed: str, canonical: str, expected: float) -> None:
    assert convert(value, printed, canonical) == pytest.approx(expected)


@pytest.mark.parametrize("printed", ["foo", "mg/kg bw", "", "   ", "规定", "(以Pb计)"])
def test_units_unknown_unit_returns_none(printed: str) -> None:
    assert parse_unit(printed) is None
    assert convert(1.0, printed, "mg/kg") is None


def test_units_convert_never_raises_on_mismatch() -> None:
    assert convert(45, "dB", "dBA") is None  # decibel is not A-weighted without a declaration
    assert convert(1, "kg", "m") is None
    assert convert(1, "级", "count") is None  # grades are not counts
    assert convert(1, "MPN/g", "CFU/g") is None  # deliberately distinct
    assert not is_compatible("working_day", "d")


def test_units_registry_is_built_once() -> None:
    assert unit_registry() is unit_registry()


def test_units_cjk_words_longest_first() -> None:
    words = cjk_unit_words()
    assert words.index("个工作日") < words.index("工作日") < words.index("日")
    assert all(len(a) >= len(b) for a, b in zip(words, words[1:], strict=False))


def test_units_per_g_or_ml_reads_per_g() -> None:
    assert parse_unit("CFU/g(mL)").units == "CFU / gram"


def test_units_same_unit_written_two_ways() -> None:
    from std_extract.values.units import same_unit

    assert same_unit("kWh/24h", "kWh/d")
    assert same_unit("μg/kg", "ppb")
    assert same_unit("mg/kg", "ppm")
    assert not same_unit("mg/kg", "g/kg")
    assert not same_unit("foo", "foo")


@pytest.mark.parametrize(
    ("printed", "units", "factor"),
    [
        ("CFU/g(mL)", "CFU / gram", 1.0),
        ("CFU/g或CFU/mL", "CFU / gram", 1.0),  # per g, or per mL for liquids: read per g
        ("MPN/mL或CFU/mL", "MPN / milliliter", 1.0),  # GB 5749-2022 菌落总数
        ("MPN/100mL", "MPN / milliliter", 0.01),
        ("dB(A)", "dBA", 1.0),
        ("%vol", "percent", 1.0),
        ("周岁", "year", 1.0),  # years of age
        ("学时", "class_hour", 1.0),  # teaching periods, not hours
        ("SDCM", "SDCM", 1.0),
        ("10⁻⁶/℃", "1 / delta_degree_Celsius", 1e-06),
        ("10-6/℃", "1 / delta_degree_Celsius", 1e-06),  # the superscript lost by the text layer
        ("×10⁻⁶/℃", "1 / delta_degree_Celsius", 1e-06),
        ("mm³", "millimeter ** 3", 1.0),
        ("kg/12h", "kilogram / hour", 1 / 12),
        ("kWh/(cycle·kg)", "kilowatt_hour / kilogram / program_cycle", 1.0),
        ("L/(cycle·kg)", "liter / kilogram / program_cycle", 1.0),
        ("[L/(cycle·kg)]", "liter / kilogram / program_cycle", 1.0),
        ("kg/cm²", "force_kilogram / centimeter ** 2", 1.0),  # fruit firmness: kilogram-force
        ("mmol/L", "millimole / liter", 1.0),
        ("Bq/m³", "becquerel / meter ** 3", 1.0),
        ("铂钴色度单位", "Hazen", 1.0),
    ],
)
def test_units_corpus_forms_parse(printed: str, units: str, factor: float) -> None:
    parsed = parse_unit(printed)
    assert parsed is not None, printed
    assert parsed.units == units
    assert parsed.factor == pytest.approx(factor)


def test_units_cycle_is_a_washing_programme_not_a_turn() -> None:
    # pint's "cycle" is a turn (2π rad): kWh/(cycle·kg) would convert to kWh/kg times 1/(2π).
    assert convert(0.12, "kWh/(cycle·kg)", "kWh/(program_cycle*kg)") == 0.12
    assert convert(0.12, "kWh/(cycle·kg)", "kWh/kg") is None


def test_units_expansion_coefficient_is_per_kelvin_of_difference() -> None:
    assert convert(9, "10⁻⁶/℃", "10**-6/K") == 9
    assert convert(9, "10-6/℃", "10**-6/K") == 9
    assert convert(2, "1/℃", "1/K") == 2


def test_units_angles_never_become_plain_numbers() -> None:
    # pint counts radians as dimensionless: 10 度 would be 0.17, 6000 r would be 37 699.
    assert convert(10, "度", "dimensionless") is None
    assert convert(6000, "r", "dimensionless") is None
    assert convert(6000, "r", "revolution") == 6000
    assert convert(90, "°", "度") == 90
    assert convert(3, "%", "dimensionless") == 0.03


def test_units_kilogram_per_square_centimetre_is_a_pressure() -> None:
    assert convert(7, "kg/cm²", "MPa") == pytest.approx(0.6864655)
    assert convert(7, "kg/cm2", "kgf/cm**2") == 7


def test_units_per_12h_and_per_24h_are_rates() -> None:
    assert convert(5, "kg/24h", "kg/(12*h)") == 2.5
    assert convert(5, "kg/12h", "kg") is None


def test_units_class_hours_are_not_hours() -> None:
    assert convert(40, "学时", "h") is None


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("W/m·K", "W/(m·K)"),  # a product after the solidus is the denominator (GB 3101 brackets it)
        ("W/m•K", "W/(m·K)"),  # a bullet for the middle dot
        ("W/m²·K", "W/(m²·K)"),
        ("g/m²·24h", "g/(m²·24h)"),
        ("J/g·K", "J/(g·K)"),
    ],
)
def test_units_product_after_the_solidus_is_the_denominator(printed: str, written: str) -> None:
    assert same_unit(printed, written)


def test_units_product_after_the_solidus_negative_twins() -> None:
    # a product before the solidus stays in the numerator, a power is no product, brackets decide
    assert parse_unit("kW·h/24h").units == "kilowatt"
    assert parse_unit("N·m").units == "meter * newton"
    assert parse_unit("m³/h").units == "meter ** 3 / hour"
    assert parse_unit("(m³/min)/W").units == "meter ** 3 / minute / watt"


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("次/(人·年)", "1/a"),  # a bracket of unit words is the unit's own group, not a qualifier
        ("mg/(cm²·周)", "mg/(cm²·week)"),
        ("kg/(人·d)", "kg/d"),
        ("CFU/(皿·5min)", "CFU/(5*min)"),
        ("g/(袋)", "g/个"),  # right after the solidus: the denominator's group
    ],
)
def test_units_bracket_of_chinese_unit_words_is_no_qualifier(printed: str, written: str) -> None:
    assert same_unit(printed, written)


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("mg/kg(以干基计)", "mg/kg"),
        ("mg/m3(标)", "mg/m³"),
        ("mg/L（以N计）", "mg/L"),
        ("%(干基)", "%"),
        # second reading: a gloss of the unit in its Chinese name is no group of it
        ("min（分钟）", "min"),
        ("h（小时）", "h"),
        ("L（升）", "L"),
    ],
)
def test_units_bracket_qualifying_the_unit_is_dropped(printed: str, written: str) -> None:
    assert same_unit(printed, written)  # the twins: Chinese that are no unit words qualify


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("次/分", "次/min"),  # 分 after 次/ is the minute
        ("转/分", "r/min"),
        ("mPa·S", "mPa·s"),  # the second printed upper case
        ("mg/Nm³", "mg/m³"),  # normal cubic metre
        ("FNU", "NTU"),
        ("°Bx", "%"),
        ("HV10", "HV"),
        ("HA", "Shore A"),
        ("次/季度", "次/(3个月)"),
        ("名", "人"),
        ("处/条", "个/件"),
        ("g/支", "g/个"),
        ("mL/瓶", "mL/个"),
    ],
)
def test_units_printed_forms_of_session_13(printed: str, written: str) -> None:
    assert same_unit(printed, written)


def test_units_kept_apart_by_their_own_dimension() -> None:
    # milliequivalents and milliosmoles are amounts of no mass: never converted into g/100g or mg/kg
    assert parse_unit("meq/kg") is not None and parse_unit("mOsm/kg") is not None
    assert convert(10, "meq/kg", "g/100g") is None
    assert convert(300, "mOsm/kg", "mg/kg") is None
    assert convert(60, "HRB", "HRC") is None
    assert convert(2, "次/分", "分") is None  # a rate is no score


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("˚C", "℃"),  # a ring above for the degree sign
        ("°С", "℃"),  # a Cyrillic Es for the C
        ("ng TEQ/m³", "ng/m³"),  # the toxic-equivalent basis of a dioxin limit is no unit
        ("ngI-TEQ/m³", "ng/m³"),
        ("pg TEQ/g", "pg/g"),
        ("D", "旦"),  # the denier of filaments, not the debye
        ("Nm", "N·m"),  # newton metres without the dot
        ("Nm³", "m³"),  # a normal cubic metre
    ],
)
def test_units_look_alikes_bases_and_bare_symbols(printed: str, written: str) -> None:
    assert same_unit(printed, written)


def test_units_look_alikes_negative_twins() -> None:
    assert convert(9, "旦", "tex") == 1.0  # 1 tex is 9 denier
    assert parse_unit("d").units == "day" and parse_unit("dB").units == "decibel"
    assert same_unit("mg/Nm³", "mg/m³") and same_unit("HD", "Shore A")
