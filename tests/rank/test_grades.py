"""Grade ladders: which declared grade is best."""

from __future__ import annotations

from std_extract.rank.grades import grade_rank, normalise_grade, same_grade


def test_grades_quality_and_energy_ladders():
    assert grade_rank("优等品") < grade_rank("一等品") < grade_rank("合格品")
    assert grade_rank("1级") < grade_rank("2级") < grade_rank("5级")
    assert grade_rank("特级") < grade_rank("一级")
    assert grade_rank("优级") < grade_rank("一级")  # GB/T 10781.1 白酒


def test_grades_printed_variants_fold():
    assert normalise_grade("１ 级") == "1级"
    assert normalise_grade("II级") == "Ⅱ级"
    assert same_grade("1 级", "1级") and not same_grade("1级", None)


def test_grades_plan_order_overrides_ladders():
    assert grade_rank("B", ["B", "A"]) < grade_rank("A", ["B", "A"])


def test_grades_unknown_after_known_and_none_last():
    assert grade_rank("合格品") < grade_rank("豪华型") < grade_rank(None)
