"""Grades a standard names for itself, and grades opening a subject.

- A grading standard declares its ladder in a clause of its own ("民宿服务质量等级由高到低分为白金宿、金宿和
  银宿三个等级"): those names are grades wherever the document prints them, in a table's columns under 等级
  and in a sentence's leads ("宾客满意度：白金宿不低于95%，金宿不低于90%"), whatever the words.  A division
  that says nothing of 等级 ("按耐沾污性能分为普通型和耐沾污型") declares none.
- Grades opening a subject before the unit a quantity is counted over ("一等品和合格品每只不超过1处轻微疵点",
  "白金宿每3间客房配备服务人员不少于1名"): each grade takes the bound, the unit (每只, 每3间客房) is a
  condition, and what is provided after a verb of providing (配备) is the name; with no grade, the unit and
  the verb alone do the same ("每50户配备保洁员不少于1名").

Hand-built pages (tests/parse/builders.py) and the dev pages of corpus/context that show them.
"""

from __future__ import annotations

import pytest
from corpora import CONTEXT, clause_indicators_by_name
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators
from std_extract.extract.gradeladder import declared_ladder
from std_extract.pipeline import process_file


def _read(lines: list[str], title: str, chapter: str = "2 等级要求") -> list[tuple]:
    document = requirement_document(lines, chapter, title)
    found = document_to_indicators(document)
    return [(i.name, i.comparator, i.value, i.unit, i.grade, i.conditions) for i in found]


@pytest.mark.parametrize(
    ("sentence", "ladder"),
    [
        ("2.1 民宿服务质量等级由高到低分为白金宿、金宿和银宿三个等级。", ("白金宿", "金宿", "银宿")),
        ("2.1 产品按质量分为优等品、一等品、合格品三个等级。", ("优等品", "一等品", "合格品")),
        # listed from the lowest: the ladder is kept best first
        ("2.1 服务等级由低到高依次为一星级、二星级和三星级三个等级。", ("三星级", "二星级", "一星级")),
        # negative twins: no count of 等级 after the list; grades of one character (优, 良, 中)
        ("2.1 产品等级分为优等品、一等品和合格品。", ()),
        ("2.1 服务质量分为优、良、中三个等级。", ()),
        # negative twins: a division of kinds, of inspections, of a count; a ladder with no 等级 said
        ("2.1 产品按耐沾污性能分为普通型和耐沾污型。", ()),
        ("2.1 检验分为出厂检验和型式检验。", ()),
        ("2.1 能效等级分为3级。", ()),
        ("2.1 民宿分为白金宿、金宿和银宿。", ()),
    ],
)
def test_clause_grades_ladder_a_document_declares(sentence, ladder):
    assert declared_ladder(requirement_document([sentence], "2 等级划分", "民宿服务")) == ladder


def test_clause_grades_declared_grades_lead_the_values_of_a_sentence():
    lines = [
        "2.1 民宿等级由高到低分为白金宿、金宿和银宿三个等级。",
        "2.2 宾客满意度：白金宿不低于95%，金宿不低于90%，银宿不低于85%。",
        "2.3 从业人员：白金宿每3间客房配备服务人员不少于1名。",
    ]
    assert _read(lines, "民宿服务质量等级划分与评定") == [
        ("宾客满意度", ">=", 95.0, "%", "白金宿", []),
        ("宾客满意度", ">=", 90.0, "%", "金宿", []),
        ("宾客满意度", ">=", 85.0, "%", "银宿", []),
        ("服务人员", ">=", 1.0, "名", "白金宿", ["每3间客房"]),
    ]


def test_clause_grades_undeclared_names_stay_conditions():
    # negative twin: the same words with no ladder declared are what the values hold for, no grades
    lines = ["2.2 宾客满意度：白金宿不低于95%，金宿不低于90%。"]
    assert _read(lines, "民宿服务质量规范") == [
        ("宾客满意度", ">=", 95.0, "%", None, ["白金宿"]),
        ("宾客满意度", ">=", 90.0, "%", None, ["金宿"]),
    ]


def test_clause_grades_opening_a_subject_before_the_unit_counted_over():
    lines = ["2.3 表面疵点：优等品不允许有破洞、漏针；一等品和合格品每只不超过1处轻微疵点。"]
    found = [r for r in _read(lines, "棉袜", "2 技术要求") if r[1] == "<="]
    assert found == [
        ("表面疵点", "<=", 1.0, "处", "一等品", ["每只"]),
        ("表面疵点", "<=", 1.0, "处", "合格品", ["每只"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a grade, the unit counted over, then the quantity's name (review of 55d3599: the values were lost)
        ("2.2 一等品每平方米疵点不超过3个。", [("疵点", "<=", 3.0, "个", "一等品", ["每平方米"])]),
        ("2.2 优等品每只袜子的重量不小于30 g。", [("重量", ">=", 30.0, "g", "优等品", ["每只袜子"])]),
        # negative twin: grades and a unit with no name after them and no heading to name it keep the
        # reading of old (a name as printed), never drop the value
        ("2.2 一等品和合格品每百米不超过2个接头。", [("一等品和合格品每百米", "<=", 2.0, "个", None, [])]),
    ],
)
def test_clause_grades_grade_and_unit_before_the_name(sentence, expected):
    assert _read([sentence], "棉布", "2 技术要求") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the unit and a verb of providing with no grade before them
        ("2.1 每50户配备保洁员不少于1名。", ("保洁员", ">=", 1.0, "名", None, ["每50户"])),
        # negative twins: a grade inside a word (一级品率), a sampled unit with no verb of providing
        ("2.1 一级品率不低于90%。", ("一级品率", ">=", 90.0, "%", None, [])),
        ("2.1 每只袜子质量不小于20 g。", ("每只袜子质量", ">=", 20.0, "g", None, [])),
    ],
)
def test_clause_grades_unit_counted_over_and_what_is_provided(sentence, expected):
    assert _read([sentence], "物业服务规范", "2 服务要求") == [expected]


def test_clause_grades_context_dev_pages():
    # cx_homestay_01 4 "由高到低分为白金宿、金宿和银宿三个等级": 6.4 and 6.3 read each value's grade, and
    # 表1's columns under 等级 are grades too
    homestay = process_file(CONTEXT / "cx_homestay_01.pdf").indicators
    by = {(i.name, i.grade): i for i in homestay}
    assert by[("宾客满意度", "金宿")].value == 90.0
    assert by[("服务人员", "白金宿")].conditions == ["每3间客房"]
    assert {i.grade for i in homestay if i.name == "单间客房使用面积"} == {"白金宿", "金宿", "银宿"}
    # cx_socks_01 4.5 b): "表面疵点：优等品不允许有…；一等品和合格品每只不超过1处轻微疵点"
    socks = clause_indicators_by_name(CONTEXT / "cx_socks_01.pdf")
    assert [(i.grade, i.value, i.unit, i.conditions) for i in socks["表面疵点"] if i.value] == [
        ("一等品", 1.0, "处", ["每只"]),
        ("合格品", 1.0, "处", ["每只"]),
    ]
