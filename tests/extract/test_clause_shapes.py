"""Ways a requirement sentence is written that no development page showed before session 11, each a
general shape of the genre (DOMAIN.md, Requirement language), checked on sentences laid out on a
hand-built page and read by the real stages, each with a negative twin the rule must leave alone:

- names listed before 均 (or 都) and one bound: each name is bounded ("铅、镉的含量均不得超过0.1 mg/kg");
- a part of the quantity bounded before, opening with 其中 ("拉伸强度应不小于20 MPa，其中纵向不小于25 MPa"),
  also after a semicolon or a full stop: the quantity again, the part a condition;
- a bracket saying whether the bound is included ("60 ℃以下（不含60 ℃）"): a strict bound, or the
  bound restated, never a condition.
"""

from __future__ import annotations

import pytest
from parse.builders import page

from std_extract.document import Source
from std_extract.extract import document_to_indicators
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.model import PageScan, ScanResult


def _read(lines: list[str], title: str = "产品") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under
    "2 技术要求" of a hand-built standard titled ``title``."""
    rows = [("1 范围", 60), ("本文件适用于产品。", 80), ("2 技术要求", 100)]
    rows += [(line, 120 + 20 * n) for n, line in enumerate(lines)]
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1), pages=[PageScan(page=page(1, rows, 8))]
    )
    document = pages_to_document(scan)
    document.metadata.title = title
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the head after 的 is shared by the names listed before it
        (
            "2.1 铅、镉的含量均不得超过0.1 mg/kg。",
            [("铅含量", "<=", 0.1, "mg/kg", []), ("镉含量", "<=", 0.1, "mg/kg", [])],
        ),
        (
            "2.1 铅、汞、砷均应不大于0.5 mg/kg。",
            [("铅", "<=", 0.5, "mg/kg", []), ("汞", "<=", 0.5, "mg/kg", []), ("砷", "<=", 0.5, "mg/kg", [])],
        ),
        (
            "2.1 铅和镉均不得检出。",
            [("铅", "not_detected", None, None, []), ("镉", "not_detected", None, None, [])],
        ),
        # the quantity's head printed once, after the last name
        (
            "2.1 冷藏室和冷冻室温度均应不高于8 ℃。",
            [("冷藏室温度", "<=", 8.0, "℃", []), ("冷冻室温度", "<=", 8.0, "℃", [])],
        ),
        # a joining character inside a word joins nothing (饱和脂肪酸)
        (
            "2.1 饱和脂肪酸和反式脂肪酸的含量均不得超过1 g/100 g。",
            [("饱和脂肪酸含量", "<=", 1.0, "g/100 g", []), ("反式脂肪酸含量", "<=", 1.0, "g/100 g", [])],
        ),
        # negative twins: no quantifier (the subject stays whole); a state shared by names is one
        # qualitative requirement (none here: free text); a table pointer after 均 states nothing
        ("2.1 铅、镉的含量不得超过0.1 mg/kg。", [("铅、镉的含量", "<=", 0.1, "mg/kg", [])]),
        ("2.1 色泽、滋味均应正常。", []),
        ("2.1 各项卫生指标均应符合表2的规定。", []),
        ("2.1 含水量均不大于12%。", [("含水量", "<=", 12.0, "%", [])]),
    ],
)
def test_clause_shapes_bound_shared_by_names_listed_before_a_quantifier(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 拉伸强度应不小于20 MPa，其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        # the name carries over a semicolon or a full stop
        (
            "2.1 拉伸强度应不小于20 MPa；其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        (
            "2.1 拉伸强度应不小于20 MPa。其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        # negative twins: a quantity of its own after 其中 keeps its name (a nested quantity); a part
        # under a condition is read as before; two names joined by a semicolon stay two names
        (
            "2.1 碎米总量应不大于15%，其中小碎米含量不大于1.5%。",
            [("碎米总量", "<=", 15.0, "%", []), ("小碎米含量", "<=", 1.5, "%", [])],
        ),
        (
            "2.1 温升应不大于60 K，其中手柄在连续工作时应不大于30 K。",
            [("温升", "<=", 60.0, "K", []), ("温升", "<=", 30.0, "K", ["手柄", "在连续工作时"])],
        ),
        (
            "2.1 水分应不大于12%；灰分不大于1.0%。",
            [("水分", "<=", 12.0, "%", []), ("灰分", "<=", 1.0, "%", [])],
        ),
    ],
)
def test_clause_shapes_part_opening_with_qizhong_is_a_condition(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 温度应在60 ℃以上（含60 ℃）。", [("温度", ">=", 60.0, "℃", [])]),
        ("2.1 温度应在60 ℃以下（不含60 ℃）。", [("温度", "<", 60.0, "℃", [])]),
        ("2.1 响应时间应在3 h以内（不含3 h）。", [("响应时间", "<", 3.0, "h", [])]),
        ("2.1 使用寿命应在3000 h以上（含本数）。", [("使用寿命", ">=", 3000.0, "h", [])]),
        ("2.1 使用寿命应在3000 h以上（不含）。", [("使用寿命", ">", 3000.0, "h", [])]),
        # negative twin: a bracket naming what the value includes is a condition, the bound unchanged
        ("2.1 水分应不大于12%（含结晶水）。", [("水分", "<=", 12.0, "%", ["含结晶水"])]),
    ],
)
def test_clause_shapes_bracket_saying_whether_the_bound_is_included(sentence, expected):
    assert _read([sentence]) == expected
