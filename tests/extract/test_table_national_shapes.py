"""Ways national standards write their limit tables (session 14), each on a sheet built by hand and
drawn as a full grid, a three-line and an unruled table, beside its negative twin.

Emission standards (GB 13271, GB 16297 style) print a column after the limits saying where each row
is measured, stack a value and its footnoted alternative in one cell, and except rows from the unit
the line above the table states."""

from __future__ import annotations

import pytest
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import ParsedDocument, Source
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.tables import pages_to_tables
from std_extract.rules import default_rules

RULES = default_rules()
RULINGS = ["grid", "three_line", "unruled"]


def _head(texts: list[str]) -> list[Span]:
    return [Span(t, 0, c) for c, t in enumerate(texts)]


def _read(sheet: Sheet, ruling: str) -> list[tuple]:
    tables, _ = pages_to_tables([sheet_page(sheet, ruling)])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.comparator, i.value, i.unit, tuple(i.conditions))
        for table in tables
        for i in table_to_indicators(table, document, RULES)
    ]


BOILER = Sheet(
    _head(["污染物项目", "燃煤锅炉", "燃油锅炉", "燃气锅炉", "污染物排放监控位置"]),
    [
        ["颗粒物", "80", "60", "30", "烟囱或烟道"],
        ["二氧化硫", "400\n550a", "300", "100", "烟囱或烟道"],
        ["烟气黑度（林格曼黑度，级）", "≤1", "≤1", "≤1", "烟囱排放口"],
    ],
    caption="表1 在用锅炉大气污染物排放浓度限值",
    unit_line="单位为毫克每立方米（烟气黑度除外）",
    notes=["a 位于广西、重庆、四川和贵州的燃煤锅炉执行该限值。"],
)
FOOTNOTE = "位于广西、重庆、四川和贵州的燃煤锅炉执行该限值"


@pytest.mark.parametrize("ruling", RULINGS)
def test_table_national_shapes_monitoring_place_after_the_limits_is_a_condition(ruling: str):
    found = _read(BOILER, ruling)
    assert all(f[1] != "qualitative" for f in found)  # "烟囱或烟道" is no requirement
    assert ("颗粒物", "<=", 80.0, "mg/m³", ("烟囱或烟道", "燃煤锅炉")) in found
    assert len(found) == 10


@pytest.mark.parametrize("ruling", RULINGS)
def test_table_national_shapes_value_and_its_footnoted_alternative_stacked(ruling: str):
    found = [f for f in _read(BOILER, ruling) if f[0] == "二氧化硫" and "燃煤锅炉" in f[4]]
    assert [(f[2], FOOTNOTE in f[4]) for f in found] == [(400.0, False), (550.0, True)]  # was 400550


@pytest.mark.parametrize("ruling", RULINGS)
def test_table_national_shapes_row_excepted_from_the_unit_line(ruling: str):
    found = _read(BOILER, ruling)
    assert {f[3] for f in found if f[0].startswith("烟气黑度")} == {None}  # not mg/m³
    assert {f[3] for f in found if not f[0].startswith("烟气黑度")} == {"mg/m³"}
    assert not any("烟气黑度除外" in f[4] for f in found)  # the exception qualifies no value


def test_table_national_shapes_emission_table_negative_twins():
    # a quantity headed by a place's word and a unit ("监控位置偏差/mm") is a value column; a value and a
    # note in one cell, no marker, stay one value; a bracket after the unit line that excepts nothing
    # ("注明者除外") keeps the unit for every row; a basis after it stays a condition (干基)
    sheet = Sheet(
        _head(["项目", "限值", "监控位置偏差/mm"]),
        [["颗粒物", "≤20\n（以干烟气计）", "≤5"], ["汞", "0.05", "≤5"]],
        caption="表2 排放限值",
        unit_line="单位为毫克每立方米（注明者除外）",
    )
    found = _read(sheet, "grid")
    assert [(f[0], f[2], f[3]) for f in found] == [
        ("颗粒物", 20.0, "mg/m³"),
        ("颗粒物", 5.0, "mm"),
        ("汞", 0.05, "mg/m³"),
        ("汞", 5.0, "mm"),
    ]
    assert not any("注明者除外" in f[4] for f in found)
    dry = Sheet(
        _head(["项目", "限值"]), [["总镉", "3"]], caption="表3 限值", unit_line="单位为毫克每千克（干基）"
    )
    assert _read(dry, "grid") == [("总镉", "<=", 3.0, "mg/kg", ("干基",))]
