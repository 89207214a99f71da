"""lexicon: loading and checking indicators.toml, matching printed names, normalising values."""

from __future__ import annotations

import pytest

from std_extract.errors import RuleFileError
from std_extract.lexicon import (
    default_lexicon,
    load_lexicon,
    name_variants,
    normalize_limit,
    normalize_value,
    strip_name,
)

DOMAINS = {
    "food",
    "grain",
    "tea",
    "liquor",
    "dairy",
    "microbiology",
    "contaminant",
    "appliance",
    "textile",
    "furniture",
    "paint",
    "building",
    "electrical",
    "lighting",
    "medical",
    "cosmetics",
    "service",
    "hazardous_waste",
    "environment",
    "vehicle",
}


def test_lexicon_ships_at_least_170_indicators() -> None:
    lexicon = default_lexicon()
    assert len(lexicon) >= 170
    assert DOMAINS <= {c for spec in lexicon for c in spec.category}


def test_lexicon_is_loaded_once() -> None:
    assert default_lexicon() is default_lexicon()


@pytest.mark.parametrize(
    ("printed", "canonical_id"),
    [
        ("垩白度/% ≤", "chalkiness"),
        ("甲醛释放量", "formaldehyde_emission"),
        ("耗电量", "energy_consumption"),
        ("耗电量/(kWh/24h)", "energy_consumption"),
        ("pH", "ph"),
        ("pH值", "ph"),
        ("总汞(以Hg计)", "total_mercury"),
        ("总汞（以Hg计）/(mg/kg)", "total_mercury"),
        ("其中：小碎米/%", "small_broken_rice"),
        ("碎米 总量", "broken_rice"),
        ("黄曲霉毒素B₁/(μg/kg)", "aflatoxin_b1"),
        ("脂肪/(g/100g) ≥", "fat"),
        ("噪声/dB(A) ≤", "noise"),
        ("镉a", "cadmium"),
        ("1) 铅(以Pb计)", "lead"),
        ("苯并(a)芘", "benzo_a_pyrene"),
        ("耐湿摩擦色牢度/级 ≥", "colour_fastness_rubbing"),
        ("能效比(EER)", "energy_efficiency_ratio"),
        ("细菌过滤效率(BFE)/%", "bacterial_filtration_efficiency"),
        ("投诉处理率/%", "complaint_handling_rate"),
        ("铜(以总铜计)", "leachate_copper"),
        ("腐蚀速率", "corrosion_rate"),
        ("制动距离/m", "braking_distance"),
    ],
)
def test_lexicon_matches_printed_names(printed: str, canonical_id: str) -> None:
    found = default_lexicon().match(printed)
    assert found is not None, printed
    assert found.canonical_id == canonical_id
    assert 0 <= found.score <= 100


def test_lexicon_exact_match_scores_100() -> None:
    found = default_lexicon().match("甲醛释放量")
    assert (found.score, found.canonical_name) == (100.0, "甲醛释放量")


def test_lexicon_fuzzy_match_scores_below_100() -> None:
    found = default_lexicon().match("外照射指数Iγ")
    assert found is not None and found.canonical_id == "external_exposure_index"
    assert 85 <= found.score < 100


@pytest.mark.parametrize(
    "printed",
    [
        "包装标志",
        "出厂日期",
        "检验规则",
        "产品型号",
        "保质期",
        "商标",
        "黄曲霉毒素G1",  # differs from B1 only in its letter
        "1,1,2-三氯乙烷",  # differs from listed chlorinated solvents in its digits
        "三价铬",  # not 六价铬
        "耐氯漂色牢度",
        "苯乙烯",
        "蒸发器温度",  # not 冷藏室温度 or 冷冻室温度
        "发芽率",
        "铁锈",  # short keys match only exactly: not 铁
    ],
)
def test_lexicon_unknown_names_stay_unmatched(printed: str) -> None:
    assert default_lexicon().match(printed) is None


def test_lexicon_pencil_hardness_is_not_lead() -> None:
    assert default_lexicon().match("铅笔硬度").canonical_id == "pencil_hardness"


def test_lexicon_unit_decides_between_shared_names() -> None:
    lexicon = default_lexicon()
    assert lexicon.match("铅").canonical_id == "lead"
    assert lexicon.match("铅", unit="mg/L").canonical_id == "leachate_lead"
    assert lexicon.match("甲醛", unit="mg/m³").canonical_id == "formaldehyde_emission"
    assert lexicon.match("细度", unit="%").canonical_id == "fineness_sieve"


def test_lexicon_category_decides_between_shared_names() -> None:
    lexicon = default_lexicon()
    assert lexicon.match("pH值", categories={"hazardous_waste"}).canonical_id == "corrosivity_ph"
    assert lexicon.match("苯", categories={"leachate"}).canonical_id == "leachate_benzene"


def test_lexicon_strip_name_removes_unit_comparator_and_markers() -> None:
    assert strip_name("垩白度/% ≤") == "垩白度"
    assert strip_name("蛋白质/(g/100g) 不低于") == "蛋白质"
    assert strip_name("其中：小碎米含量") == "小碎米含量"
    assert strip_name("镉b") == "镉"


def test_lexicon_name_variants_drop_qualifiers() -> None:
    assert name_variants("总汞(以Hg计)") == ["总汞(以hg计)", "总汞"]


def test_lexicon_every_indicator_is_well_formed() -> None:
    for spec in default_lexicon():
        assert spec.direction in {"lower", "higher", "target", "none"}
        assert (spec.unit == "") == (spec.dimension == "qualitative"), spec.id


@pytest.mark.parametrize(
    ("canonical_id", "value", "unit", "expected"),
    [
        ("energy_consumption", 0.45, "kWh/24h", (0.45, "kWh/(24*h)")),
        ("energy_consumption", 1.2, "kWh/d", (1.2, "kWh/(24*h)")),
        ("lead", 0.2, "mg/kg", (0.2, "mg/kg")),
        ("lead", 200, "μg/kg", (0.2, "mg/kg")),
        ("protein", 3.1, "g/100g", (3.1, "g/(100*g)")),
        ("formaldehyde_emission", 0.05, "mg/m³", (0.05, "mg/m**3")),
        ("noise", 45, "dB(A)", (45, "dBA")),
        ("noise", 45, "dB", (45, "dBA")),  # equivalent_units
        ("temperature_rise", 60, "℃", (60, "K")),  # a rise, not an absolute temperature
        ("response_time", 2, "h", (120, "min")),
        ("corrosion_rate", 6.35, "mm/a", (6.35, "mm/a")),
        ("colour_fastness_water", 3.5, None, (3.5, "级")),  # grades may print no unit
        ("chalkiness", 5, None, (None, None)),  # a percentage may not be assumed
        ("lead", 0.2, "mg/L", (None, None)),  # a concentration is not a mass fraction
        ("appearance", 1, "mm", (None, None)),  # qualitative
    ],
)
def test_lexicon_normalize_value(canonical_id: str, value: float, unit: str | None, expected: tuple) -> None:
    spec = default_lexicon().get(canonical_id)
    assert spec is not None
    got = normalize_value(spec, value, unit)
    if expected[0] is None:
        assert got == expected
    else:
        assert got[1] == expected[1]
        assert got[0] == pytest.approx(expected[0])


def test_lexicon_normalize_limit_flags_the_reason() -> None:
    lead = default_lexicon().get("lead")
    assert normalize_limit(lead, 0.2, None, "foo").flags == ("unit_unknown",)
    assert normalize_limit(lead, 0.2, None, "mg/L").flags == ("unit_mismatch",)
    assert normalize_limit(lead, 0.2, None, None).flags == ("unit_missing",)
    ranged = normalize_limit(default_lexicon().get("ph"), 6.0, 8.5, None)
    assert (ranged.value_normalized, ranged.value_max_normalized) == (6.0, 8.5)


GOOD = """
[matching]
threshold = 85

[[indicator]]
id = "lead"
name = "铅"
synonyms = []
dimension = "mass_fraction"
unit = "mg/kg"
direction = "lower"
category = ["food"]
"""


def _write(tmp_path, text: str):
    path = tmp_path / "indicators.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_lexicon_loads_a_minimal_file(tmp_path) -> None:
    assert len(load_lexicon(_write(tmp_path, GOOD))) == 1


def test_lexicon_broken_toml_names_file_and_field(tmp_path) -> None:
    path = _write(tmp_path, GOOD.replace('direction = "lower"', 'direction = "down"'))
    with pytest.raises(RuleFileError) as caught:
        load_lexicon(path)
    assert caught.value.path == str(path)
    assert caught.value.field == "indicator[0](id=lead).direction"
    assert str(path) in str(caught.value)


def test_lexicon_syntax_error_names_file(tmp_path) -> None:
    path = _write(tmp_path, GOOD.replace('name = "铅"', 'name = "铅'))
    with pytest.raises(RuleFileError) as caught:
        load_lexicon(path)
    assert (caught.value.path, caught.value.field) == (str(path), "(syntax)")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('id = "lead"', 'id = "Lead!"'), "indicator[0](id=Lead!).id"),
        (('unit = "mg/kg"', 'unit = "furlongs"'), "indicator[0](id=lead).unit"),
        (('unit = "mg/kg"', 'unit = "m"'), "indicator[0](id=lead).unit"),  # not a mass fraction
        (('dimension = "mass_fraction"', 'dimension = "mass_fractoin"'), "indicator[0](id=lead).dimension"),
        (('category = ["food"]', 'category = ["food"]\ncolour = "red"'), "indicator[0](id=lead).colour"),
        (("synonyms = []\n", ""), None),  # synonyms may be omitted
    ],
)
def test_lexicon_invalid_entries_name_the_field(tmp_path, change: tuple[str, str], field: str | None) -> None:
    path = _write(tmp_path, GOOD.replace(*change))
    if field is None:
        assert len(load_lexicon(path)) == 1
        return
    with pytest.raises(RuleFileError) as caught:
        load_lexicon(path)
    assert caught.value.field == field


def test_lexicon_duplicate_id_is_reported(tmp_path) -> None:
    path = _write(tmp_path, GOOD + GOOD.split("[matching]\nthreshold = 85\n")[1])
    with pytest.raises(RuleFileError) as caught:
        load_lexicon(path)
    assert caught.value.field == "indicator[1](id=lead).id"
    assert "duplicate" in caught.value.problem
