"""Symbol repair of OCR lines from context, on hand-built lines: what is repaired, what is left
alone, and that every character keeps a box."""

from __future__ import annotations

import pytest

from std_extract.document import TextLine
from std_extract.parse.ocrrepair import repair_line


def _line(text: str) -> TextLine:
    boxes = [(10.0 * i, 100.0, 10.0 * i + 9, 110.0) for i in range(len(text))]
    return TextLine(page=3, text=text, bbox=(0.0, 100.0, 10.0 * len(text), 110.0), char_bboxes=boxes)


@pytest.mark.parametrize(
    ("read", "repaired", "rule"),
    [
        ("在25'C条件下", "在25℃条件下", "celsius"),
        ("(20±2)°C", "(20±2)℃", "celsius"),
        ("贮存温度 4 ’C", "贮存温度 4℃", "celsius"),
        ("在25C条件下", "在25℃条件下", "celsius_bare"),
        ("110土10次/min", "110±10次/min", "plus_minus"),
        ("孔径为p0.45μm。", "孔径为φ0.45μm。", "diameter"),
        ("通过p5 mm的筛孔", "通过φ5 mm的筛孔", "diameter"),
        ("水分≤1O.5", "水分≤10.5", "zero"),
        ("含量≤0.O1", "含量≤0.01", "zero"),
        ("≤O.25", "≤0.25", "zero"),
        ("0.l5 mg/kg", "0.15 mg/kg", "one"),
        ("甲醛≤0.05 mg/m3", "甲醛≤0.05 mg/m³", "cube"),
        ("流量 5 m3/h", "流量 5 m³/h", "cube"),
        ("面积 20 cm2", "面积 20 cm²", "square"),
        ("GB/T 22438一2008", "GB/T 22438—2008", "year_dash"),
        ("直链淀粉 15一19", "直链淀粉 15～19", "range"),
        ("pH 6.0〜8.5", "pH 6.0～8.5", "range"),
        ("噪声<=45 dB", "噪声≤45 dB", "less_equal"),
        ("强度>=30", "强度≥30", "greater_equal"),
        ("≦0.5", "≤0.5", "less_equal"),
    ],
)
def test_ocrrepair_repairs_from_context(read, repaired, rule):
    line, repairs = repair_line(_line(read))
    assert line.text == repaired
    assert len(line.char_bboxes) == len(line.text)
    assert [r.rule for r in repairs] == [rule]
    assert repairs[0].page == 3 and repairs[0].read in read and repairs[0].repaired in repaired


@pytest.mark.parametrize(
    "text",
    [
        "按 GB 5749 的规定",  # digits, no unit: nothing to repair
        "GB/T 5009.3",  # a standard number keeps its digits
        "Our own Oil",  # letters O and l outside numbers
        "第一章 一般要求",  # 一 not between digits
        "2 一级品",  # 一 after a number but before a hanzi: a grade, not a range
        "m3 型号",  # m3 at the start, no number or slash before it
        "pH 12.5",
        "25℃",  # already right
        "A3纸",
        "C50混凝土",  # a concrete class: C before the digits
        "pH 5.5",
        "p<0.05",
    ],
)
def test_ocrrepair_leaves_the_rest_alone(text):
    line, repairs = repair_line(_line(text))
    assert line.text == text and repairs == []


def test_ocrrepair_two_characters_to_one_keep_the_span():
    line, [repair] = repair_line(_line("25°C"))
    assert line.text == "25℃"
    assert line.char_bboxes[2] == (20.0, 100.0, 39.0, 110.0)  # the box of "°C" together
    assert repair.bbox == (20.0, 100.0, 39.0, 110.0)
