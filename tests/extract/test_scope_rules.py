"""extractors/scope.toml: the shipped word lists load and drive the scope decisions; a broken edit
names the file and the field."""

from __future__ import annotations

import pytest

from std_extract.document import Clause
from std_extract.errors import RuleFileError
from std_extract.extract.requirements import is_test_procedure
from std_extract.extract.scope import ScopeRules, is_input_subject, is_requirement_chapter, load_scope
from std_extract.resources import extractors_dir
from std_extract.rules import default_rules


def _chapter(title: str) -> Clause:
    return Clause(number="5", title=title, kind="chapter", level=1, page_start=1, page_end=1)


@pytest.mark.parametrize(
    ("title", "holds"),
    [
        ("技术要求", True),
        ("售后服务", True),
        ("服务质量指标", True),
        ("试验方法", False),  # "按表1要求" in a method chapter is no requirement
        ("检验规则", False),
        ("术语和定义", False),
        ("评价与改进", False),
        ("废物处理", False),  # an HJ method's chapter on its waste
        ("入窑固体废物要求", True),  # a waste standard's requirement chapter names the waste
    ],
)
def test_scope_chapter_titles(title, holds):
    assert is_requirement_chapter(_chapter(title), default_rules().scope) is holds


def test_scope_input_subjects_are_whole_subjects():
    scope = default_rules().scope
    assert is_input_subject("原料", scope) and is_input_subject("生产 过程", scope)
    assert not is_input_subject("单位功效用水量", scope)  # a product indicator that contains 水
    assert is_input_subject("采样过程", scope)  # a step of the test procedure ("采样过程严格按照HJ/T 20…")


def test_scope_test_procedure_needs_a_timed_step_and_a_state_without_bounds():
    assert is_test_procedure("（40±1）℃保持24 h，恢复至室温后无油水分离现象")
    assert is_test_procedure("2000 r/min旋转30 min，不分层")
    assert not is_test_procedure("（40±1）℃保持24 h")  # no state to keep
    assert not is_test_procedure("保持24 h后，失重率不大于5%")  # a bound: read as a limit


def test_scope_rules_file_ships_with_the_package():
    spec = load_scope()
    assert (extractors_dir() / "scope.toml").is_file()
    assert "售后" in spec.chapters.requirement and "试验方法" in spec.chapters.not_requirement


def test_scope_rules_edit_changes_the_decision(tmp_path):
    text = (extractors_dir() / "scope.toml").read_text(encoding="utf-8")
    path = tmp_path / "scope.toml"
    path.write_text(text.replace('"售后",', ""), encoding="utf-8")
    rules = ScopeRules(load_scope(path))
    assert not rules.requirement_chapter.search("售后服务")
    # two rule sets side by side: the edited one reaches the decision only where it is passed
    assert not is_requirement_chapter(_chapter("售后服务"), rules)
    assert is_requirement_chapter(_chapter("售后服务"), default_rules().scope)


def test_scope_rules_broken_edit_names_file_and_field(tmp_path):
    text = (extractors_dir() / "scope.toml").read_text(encoding="utf-8")
    path = tmp_path / "scope.toml"
    path.write_text(text.replace("state_words = [", "state_word = ["), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        load_scope(path)
    assert caught.value.path == str(path)
    assert caught.value.field.startswith("test_procedure.")
