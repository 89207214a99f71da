"""Clause classes of session 13, found on corpus/weasy's dev split (a ninth author, HTML printed by
WeasyPrint) and each a way any author of the genre writes a requirement sentence:

- 分别 before a negated modal ("分别不应大于0.75 mA和0.25 mA", "分别不得超过"): each listed name its value,
  every value bounded by the one comparator (the names were read as one, "泄漏电流分别", and the second
  value as "= 0.25");
- names listed before 分别 that each carry their own owner or state before 的 ("工作温度下的泄漏电流和电气
  强度试验后的泄漏电流"): each name kept whole (the owner of the last was cut off, the list lost);
- parts of the heading's quantity listed before 分别 ("断裂强力：纵向和横向分别不小于20 N和10 N"): each part
  the condition of its value (both values had "纵向和横向分别" as one condition);
- a run-in label opening a sentence of a clause's body ("4.4 膜布要求" then "断裂强力：纵向和横向…",
  "温升：绕组应不大于75 K，外壳…"): the label heads the sentence as the clause's own heading would (the parts
  were read as names or lost).

Each is checked on sentences laid out on a hand-built page and read by the real stages, with negative
twins, and on the dev pages that show it.
"""

from __future__ import annotations

import pytest
from corpora import WEASY, dev_page_record
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators


def _read(lines: list[str], title: str = "产品") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under "2 技术
    要求" of a hand-built standard titled ``title``."""
    document = requirement_document(lines, "2 技术要求", title)
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 拉伸强度和断裂伸长率分别不应小于10 MPa和150%。",
            [("拉伸强度", ">=", 10.0, "MPa", []), ("断裂伸长率", ">=", 150.0, "%", [])],
        ),
        (
            "2.1 铅和镉分别不得超过0.1 mg/kg和0.2 mg/kg。",
            [("铅", "<=", 0.1, "mg/kg", []), ("镉", "<=", 0.2, "mg/kg", [])],
        ),
        # negative twins: the modal before 分别 (read before), a value printing its own comparator
        (
            "2.1 拉伸强度和断裂伸长率应分别不小于10 MPa和150%。",
            [("拉伸强度", ">=", 10.0, "MPa", []), ("断裂伸长率", ">=", 150.0, "%", [])],
        ),
        (
            "2.1 网罩的格栅间距和网罩与扇叶的距离分别不应大于12 mm和不应小于20 mm。",
            [("网罩的格栅间距", "<=", 12.0, "mm", []), ("网罩与扇叶的距离", ">=", 20.0, "mm", [])],
        ),
    ],
)
def test_clause_lists_respective_bound_after_a_negated_modal(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 工作温度下的泄漏电流和电气强度试验后的泄漏电流分别不应大于0.75 mA和0.25 mA。",
            [
                ("工作温度下的泄漏电流", "<=", 0.75, "mA", []),
                ("电气强度试验后的泄漏电流", "<=", 0.25, "mA", []),
            ],
        ),
        (
            "2.1 冷态的绝缘电阻和热态的绝缘电阻分别不小于50 MΩ和10 MΩ。",
            [("冷态的绝缘电阻", ">=", 50.0, "MΩ", []), ("热态的绝缘电阻", ">=", 10.0, "MΩ", [])],
        ),
        # negative twins: one name alone keeps today's reading (the state before 的 adds nothing), one
        # owner before the first name owns each
        ("2.1 电气强度试验后的泄漏电流不应大于0.25 mA。", [("泄漏电流", "<=", 0.25, "mA", [])]),
        (
            "2.1 镁棒的直径和长度分别不小于20 mm和200 mm。",
            [("镁棒的直径", ">=", 20.0, "mm", []), ("镁棒的长度", ">=", 200.0, "mm", [])],
        ),
    ],
)
def test_clause_lists_names_each_with_its_own_owner_before_respectively(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 断裂强力：纵向和横向分别不应小于20 N和10 N。",
            [("断裂强力", ">=", 20.0, "N", ["纵向"]), ("断裂强力", ">=", 10.0, "N", ["横向"])],
        ),
        (
            "2.1 温升：电动机绕组和外壳应分别不大于75 K和60 K。",
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        # negative twin: the parts bounded together, no 分别, stay one condition
        ("2.1 温升：电动机绕组和外壳不大于75 K。", [("温升", "<=", 75.0, "K", ["电动机绕组和外壳"])]),
    ],
)
def test_clause_lists_parts_of_the_headings_quantity_listed_before_respectively(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2.1 膜布要求", "断裂强力：纵向和横向分别不应小于20 N和10 N。"],
            [("断裂强力", ">=", 20.0, "N", ["纵向"]), ("断裂强力", ">=", 10.0, "N", ["横向"])],
        ),
        (
            ["2.1 电气性能", "温升：电动机绕组应不大于75 K，外壳应不大于60 K。"],
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        (
            ["2.1 安全性能", "制动距离：干态不大于7 m，湿态不大于9 m。"],
            [("制动距离", "<=", 7.0, "m", ["干态"]), ("制动距离", "<=", 9.0, "m", ["湿态"])],
        ),
        (
            ["2.1 附件", "尘满指示：集尘容器的有效容积不小于0.5 L。"],
            [("集尘容器的有效容积", ">=", 0.5, "L", [])],
        ),
        # negative twins: a time of day is no label; words introducing the names; a label bounded bare
        (
            ["2.1 发货", "当日16:00前接收的出库订单应当日发出。"],
            [],
        ),
        (["2.1 理化指标", "技术要求如下：含水量不大于12%。"], [("含水量", "<=", 12.0, "%", [])]),
        (["2.1 理化指标", "水分：不大于12%。"], [("水分", "<=", 12.0, "%", [])]),
    ],
)
def test_clause_lists_run_in_label_heads_its_sentence(lines, expected):
    assert _read(lines) == expected


def test_clause_lists_dev_pages_of_the_weasy_layout():
    mask = dev_page_record(WEASY, "wp_facemask_01", (3, 4))  # 4.4 膜布要求：…断裂强力：纵向和横向分别…
    strength = [(i.value, i.comparator, i.conditions) for i in mask.indicators if i.name.endswith("断裂强力")]
    assert strength == [(20.0, ">=", ["纵向"]), (10.0, ">=", ["横向"])]
    dryer = dev_page_record(WEASY, "wp_dehumidifier_01", (3, 4))  # 5.6.2 …的泄漏电流和…的泄漏电流分别不应大于
    leakage = [(i.name, i.comparator, i.value) for i in dryer.indicators if "泄漏电流" in i.name]
    assert leakage == [("工作温度下的泄漏电流", "<=", 0.75), ("电气强度试验后的泄漏电流", "<=", 0.25)]
