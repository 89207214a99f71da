"""A plan's classes and indicator ids are checked against the shipped data by the loader itself:
broken copies of a shipped plan (real loader, real table and lexicon, no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from std_extract.classify.table import load_table
from std_extract.cli import app
from std_extract.errors import RuleFileError
from std_extract.indicator_lexicon import default_lexicon
from std_extract.rank.loading import load_plan_file, load_plans
from std_extract.rank.references import indicator_ids, table_codes
from std_extract.resources import extractors_dir


def _broken_rice(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the shipped rice plan with one edit (the file keeps its name: id = file name)."""
    text = (extractors_dir() / "plans" / "rice.toml").read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in rice.toml"
    path = tmp_path / "rice.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_references_unknown_class_names_file_field_and_level(tmp_path):
    path = _broken_rice(tmp_path, 'classes = ["1311"]', 'classes = ["1311", "9999"]')
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert (info.value.path, info.value.field) == (str(path), "classes[1]")
    assert str(info.value) == f"{path}: classes[1]: '9999' is not a GB/T 4754-2017 class (小类)"


def test_references_unknown_class_lists_what_its_parent_holds(tmp_path):
    path = _broken_rice(tmp_path, 'classes = ["1311"]', 'classes = ["1318"]')
    with pytest.raises(RuleFileError, match=r"class \(小类\); 中类 131 has 1311, 1312, 1313, 1314, 1319$"):
        load_plan_file(path)


def test_references_a_group_code_is_allowed_and_an_unknown_one_named_as_a_group(tmp_path):
    assert load_plan_file(_broken_rice(tmp_path, 'classes = ["1311"]', 'classes = ["131", "13"]')).classes
    path = _broken_rice(tmp_path, 'classes = ["1311"]', 'classes = ["139", "999"]')
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert info.value.field == "classes[1]"
    assert info.value.problem == "'999' is not a GB/T 4754-2017 group (中类)"


def test_references_unknown_core_indicator_id_suggests_close_ids(tmp_path):
    path = _broken_rice(tmp_path, '"broken_rice"', '"broken_rices"')
    with pytest.raises(RuleFileError) as info:
        load_plan_file(path)
    assert (info.value.path, info.value.field) == (str(path), "core[0].id")
    problem = info.value.problem
    assert problem.startswith("'broken_rices' is not an indicator id of extractors/indicators.toml")
    assert "did you mean 'broken_rice'" in problem


def test_references_unknown_optional_indicator_id(tmp_path):
    path = _broken_rice(tmp_path, "[[core]]", '[[optional]]\nid = "no_such_indicator"\n\n[[core]]')
    with pytest.raises(RuleFileError) as info:
        load_plans([path])
    assert info.value.field == "optional[0].id"


def test_references_rank_plan_file_reports_the_broken_plan(tmp_path):
    path = _broken_rice(tmp_path, 'classes = ["1311"]', 'classes = ["9999"]')
    records = tmp_path / "records.jsonl"
    records.write_text("", encoding="utf-8")
    argv = ["rank", str(records), "--plan-file", str(path), "-o", str(tmp_path / "out")]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2
    assert "classes[0]: '9999' is not a GB/T 4754-2017 class" in " ".join(result.output.split())
    assert not (tmp_path / "out").exists()


def test_references_lookups_equal_the_full_loaders():
    """The cached lookups read the files directly (fast); they must agree with the real loaders."""
    assert table_codes() == {area.code for area in load_table()}
    assert indicator_ids() == {spec.id for spec in default_lexicon()}
