"""Where a quantity is measured, printed inside its subject.

- A rated or limiting operating point opening a subject with no number ("额定流量时的扬程偏差", "最大负载时
  温升"): a condition, the quantity after it the name.
- A state of the test opening a quantity ("冷态绝缘电阻", "热态绝缘电阻", "夜间噪声"): a condition, as a
  period ending one is ("居室温度冬季").
- A condition between the owner and its quantity holding a multiple ("电泵在1.06倍额定电压下的泄漏电流"):
  the multiple sets the test up, it is no value; the quantity after 的 is the name even when the
  comparator opens with 不 ("不应大于").

Hand-built pages and the dev page of corpus/context that shows them (cx_pump_01 4.1, 4.3, 4.8).
"""

from __future__ import annotations

import pytest
from corpora import CONTEXT, clause_indicators_by_name
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators


def _read(lines: list[str], title: str = "小型潜水电泵") -> list[tuple]:
    found = document_to_indicators(requirement_document(lines, "2 技术要求", title))
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 额定流量时的扬程偏差应不大于5%。", [("扬程偏差", "<=", 5.0, "%", ["额定流量时"])]),
        ("2.1 最大负载时温升应不大于60 K。", [("温升", "<=", 60.0, "K", ["最大负载时"])]),
        # negative twins: a time word that is part of the name (时间), no operating point before 时
        ("2.1 额定电压时间继电器的误差应不大于5%。", [("额定电压时间继电器的误差", "<=", 5.0, "%", [])]),
        ("2.1 使用时的噪声应不大于45 dB(A)。", [("使用时的噪声", "<=", 45.0, "dB(A)", [])]),
    ],
)
def test_clause_operating_points_rated_point_opening_a_subject(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 热态绝缘电阻不应低于1 MΩ。", [("绝缘电阻", ">=", 1.0, "MΩ", ["热态"])]),
        ("2.1 夜间噪声应不大于45 dB(A)。", [("噪声", "<=", 45.0, "dB(A)", ["夜间"])]),
        # negative twin: a state before no quantity ("热态" then a part) keeps the subject
        ("2.1 热态外壳应无变形。", [("热态外壳", "qualitative", None, None, [])]),
    ],
)
def test_clause_operating_points_state_opening_a_quantity(sentence, expected):
    assert _read([sentence]) == expected


def test_clause_operating_points_multiple_inside_a_condition_is_no_value():
    lines = ["2.2 电泵在1.06倍额定电压下的泄漏电流不应大于0.75 mA。"]
    assert _read(lines) == [("泄漏电流", "<=", 0.75, "mA", ["在1.06倍额定电压下"])]
    # 不 ends the quantity only as a comparator: 不均匀度, 不确定度 are names (review of e9e467a)
    assert _read(["2.3 恒温箱在25 ℃时的温度不均匀度应不大于2 ℃。"], "恒温箱") == [
        ("温度不均匀度", "<=", 2.0, "℃", ["恒温箱", "在25 ℃时"])
    ]
    assert _read(["2.3 灯具在额定电压下的光通量不应低于1000 lm。"], "荧光灯") == [
        ("灯具光通量", ">=", 1000.0, "lm", ["在额定电压下"])
    ]
    # negative twin: a limit stated as a multiple stays one ("不应大于额定功率的1.1倍")
    assert _read(["2.3 输入功率不应大于额定功率的1.1倍。"])[0][:3] == ("输入功率", "<=", 1.1)


def test_clause_operating_points_context_dev_page():
    found = clause_indicators_by_name(CONTEXT / "cx_pump_01.pdf")
    # 4.1 "电泵在额定扬程时的流量偏差应在±8%以内，额定流量时的扬程偏差应在±5%以内"
    assert [(i.tolerance, i.conditions) for i in found["扬程偏差"]] == [(5.0, ["额定流量时"])]
    assert [i.tolerance for i in found["流量偏差"]] == [8.0]
    # 4.3 "…冷态绝缘电阻不应低于100 MΩ，热态绝缘电阻不应低于1 MΩ"
    assert sorted(i.value for i in found["绝缘电阻"]) == [1.0, 100.0]
    assert [i.conditions for i in found["绝缘电阻"] if i.value == 1.0] == [["热态"]]
    # 4.8 "泄漏电流：电泵在1.06倍额定电压下的泄漏电流不应大于0.75 mA" still reads 1.06 after the run-in
    # label's colon (open: reading the owner after the colon lost a held-out typeset value)
    assert ("<=", 0.75) in [(i.comparator, i.value) for i in found["泄漏电流"]]
