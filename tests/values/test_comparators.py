"""comparators: the phrase table and the finders built on it."""

from __future__ import annotations

import pytest

from std_extract.errors import RuleFileError
from std_extract.values.comparators import (
    comparator_phrases,
    find_not_detected,
    find_prefix,
    find_reference,
    find_suffix,
    header_comparator,
    is_none_marker,
    load_comparator_table,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≤", "<="),
        ("≥", ">="),
        ("<", "<"),
        (">", ">"),
        ("＜", "<"),
        ("＞", ">"),
        ("≦", "<="),
        ("≧", ">="),
        ("⩽", "<="),
        ("⩾", ">="),
        ("不大于", "<="),
        ("不超过", "<="),
        ("不高于", "<="),
        ("小于", "<"),
        ("低于", "<"),
        ("不足", "<"),
        ("不小于", ">="),
        ("不低于", ">="),
        ("不少于", ">="),
        ("大于", ">"),
        ("高于", ">"),
        ("超过", ">"),
        ("应为", "="),
        ("应不大于", "<="),
        ("应不低于", ">="),
    ],
)
def test_comparators_prefix_phrases(text: str, expected: str) -> None:
    found = find_prefix(text)
    assert found is not None
    assert found.comparator == expected


def test_comparators_longer_phrase_wins_at_same_end() -> None:
    assert find_prefix("不大于").phrase == "不大于"  # not 大于
    assert find_prefix("不低于").comparator == ">="  # not 低于 (<)
    assert find_prefix("小于或等于").comparator == "<="


def test_comparators_nearest_phrase_wins() -> None:
    assert find_prefix("温度不低于25℃时，耗电量不大于").comparator == "<="


@pytest.mark.parametrize(("text", "expected"), [("以下", "<="), ("以上", ">="), ("以内", "<="), ("内", "<=")])
def test_comparators_suffix_include_the_number(text: str, expected: str) -> None:
    # Chinese legal convention: 以上 and 以下 include the number.
    assert find_suffix(f" {text}，").comparator == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("限量", "<="),
        ("表1 食品中黄曲霉毒素B1限量指标", "<="),
        ("最大值", "<="),
        ("max", "<="),
        ("Max.", "<="),
        ("最小值", ">="),
        ("min", ">="),
        ("垩白度/% ≤", "<="),
        ("初凝时间/min ≥", ">="),
        ("指标", None),
        ("时间/min", None),  # the unit minute, not a minimum
        ("", None),
    ],
)
def test_comparators_header_hints(header: str, expected: str | None) -> None:
    assert header_comparator(header) == expected


@pytest.mark.parametrize("text", ["不得检出", "未检出", "应不得检出", "阴性", "ND"])
def test_comparators_not_detected(text: str) -> None:
    assert find_not_detected(text) is not None


def test_comparators_not_detected_ascii_is_a_whole_word() -> None:
    assert find_not_detected("AND") is None


@pytest.mark.parametrize(("text", "found"), [("NDa", True), ("ND b", True), ("NDA", False), ("NDVI", False)])
def test_comparators_not_detected_with_a_footnote_letter(text: str, found: bool) -> None:
    # a word processor prints the footnote marker of "NDᵃ" on the baseline: "NDa" is ND and note a
    match = find_not_detected(text)
    assert (match is not None and match.phrase == "ND") is found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("应符合GB 2762的规定", "GB 2762"),
        ("应符合 GB 2763 的要求", "GB 2763"),
        ("按GB 2760执行", "GB 2760"),
        ("按 GB 2760 的规定执行", "GB 2760"),
        ("应符合 GB 14881", "GB 14881"),
        ("见表2", "表2"),
    ],
)
def test_comparators_reference_targets(text: str, target: str) -> None:
    found = find_reference(text)
    assert found is not None
    assert found[0] == target


@pytest.mark.parametrize("text", ["—", "-", "/", "——", "－", "N.S.", " / ", "不作要求"])
def test_comparators_none_markers(text: str) -> None:
    assert is_none_marker(text)


def test_comparators_phrases_for_requirement_start() -> None:
    phrases = comparator_phrases()
    assert "不大于" in phrases and "≤" in phrases and "不得检出" in phrases
    assert "ND" not in phrases  # would match inside words without bounds
    assert list(phrases) == sorted(phrases, key=len, reverse=True)


def test_comparators_broken_table_names_file_and_field(tmp_path) -> None:
    broken = tmp_path / "comparators.toml"
    broken.write_text(
        '[prefix]\n"≤" = "at most"\n[suffix]\n[header]\n[not_detected]\n[qualitative]\n'
        "[reference]\n[none]\n[connectors]\n[condition]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as caught:
        load_comparator_table(broken)
    assert caught.value.path == str(broken)
    assert caught.value.field == "prefix.≤"


def test_comparators_bad_reference_pattern_is_reported(tmp_path) -> None:
    broken = tmp_path / "comparators.toml"
    broken.write_text(
        "[prefix]\n[suffix]\n[header]\n[not_detected]\n[qualitative]\n"
        '[reference]\n"应符合(.+" = "reference"\n'
        "[none]\n[connectors]\n[condition]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as caught:
        load_comparator_table(broken)
    assert caught.value.field == "reference"
    assert "does not compile" in caught.value.problem


def test_comparators_equals_in_a_header_only_at_the_end() -> None:
    assert header_comparator("采样方案 n=5 c=0") is None
    assert header_comparator("额定电压 =") == "="
