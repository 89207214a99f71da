"""Plan files: validation errors name the file and the field; every shipped plan loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from std_extract.errors import RuleFileError
from std_extract.rank.loading import load_plan_file, load_plans, select_plans, shipped_plan_files

from .builders import make_plan

PLAN_TOML = """
id = "fridge"
version = "1"
title = "家用电冰箱"
classes = ["3851"]
scope_terms = ["电冰箱"]

[[core]]
id = "energy_consumption"
direction = "lower"
unit = "kWh/d"
floor = { value = 1.0, source = "GB 12021.2-2015 表1" }
tiering = { kind = "fixed", bounds = [0.4, 0.6] }
"""


def _write(tmp_path: Path, text: str, name: str = "fridge.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loading_valid_plan_file(tmp_path):
    plan = load_plan_file(_write(tmp_path, PLAN_TOML))
    assert plan.id == "fridge" and plan.core[0].tiering.bounds == [0.4, 0.6]


def test_loading_error_names_file_and_field_for_missing_floor_source(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace(', source = "GB 12021.2-2015 表1"', ""))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.path == str(path) and info.value.field == "core[0].floor.source"
    assert "fridge.toml: core[0].floor.source" in str(info.value)


def test_loading_error_names_field_inside_a_discriminated_union(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace("bounds = [0.4, 0.6]", 'bounds = "high"'))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "core[0].tiering.bounds"


def test_loading_error_unknown_kind(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace('kind = "fixed"', 'kind = "top5pct"'))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "core[0].tiering"


def test_loading_error_misspelt_key(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace("direction =", "directon ="))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "core[0].directon"


def test_loading_error_bounds_looser_than_floor(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace("[0.4, 0.6]", "[0.4, 1.2]"))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "core[0]" and "looser than the floor" in info.value.problem


def test_loading_error_bounds_out_of_order(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace("[0.4, 0.6]", "[0.6, 0.4]"))
    with pytest.raises(RuleFileError, match="ordered from the best tier"):
        load_plan_file(path)


def test_loading_error_id_must_match_file_name(tmp_path):
    with pytest.raises(RuleFileError) as info:
        load_plan_file(_write(tmp_path, PLAN_TOML, "other.toml"))
    assert info.value.field == "id"


def test_loading_error_toml_syntax(tmp_path):
    with pytest.raises(RuleFileError) as info:
        load_plan_file(_write(tmp_path, "id = \n"))
    assert info.value.field == "(syntax)"


def test_loading_error_class_code_format(tmp_path):
    path = _write(tmp_path, PLAN_TOML.replace('["3851"]', '["C385"]'))
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "classes[0]"


def test_loading_select_plans_unknown_id():
    with pytest.raises(KeyError, match="known plans: fridge"):
        select_plans([make_plan()], "washer")


@pytest.mark.parametrize("plan_file", shipped_plan_files(), ids=lambda f: f.name)
def test_loading_each_shipped_plan_loads(plan_file):
    plan = load_plan_file(plan_file, f"extractors/plans/{plan_file.name}")
    assert plan.core and plan.classes


def test_loading_shipped_plans_have_unique_ids():
    plans = load_plans()
    assert len({p.id for p in plans}) == len(plans)


def test_loading_error_target_indicator_needs_a_target(tmp_path):
    text = PLAN_TOML.replace('direction = "lower"', 'direction = "target"')
    with pytest.raises(RuleFileError) as info:
        load_plan_file(_write(tmp_path, text))
    assert info.value.field == "core[0]" and "target" in info.value.problem


def test_loading_error_best_k_larger_than_core(tmp_path):
    text = PLAN_TOML.replace(
        'scope_terms = ["电冰箱"]',
        'scope_terms = ["电冰箱"]\ncandidate_rule = { kind = "best_k_tier_sum", k = 4 }',
    )
    with pytest.raises(RuleFileError) as info:
        load_plan_file(_write(tmp_path, text))
    assert info.value.field == "(plan)" and "k = 4" in info.value.problem


def test_loading_error_duplicate_indicator_without_key(tmp_path):
    core = PLAN_TOML[PLAN_TOML.index("[[core]]") :]
    with pytest.raises(RuleFileError, match="give each a distinct key"):
        load_plan_file(_write(tmp_path, PLAN_TOML + "\n" + core))
