"""Orientation of grade and class tables (issue 12 class 2, issue 17): the grades or capacity
classes down the rows, the indicators across the columns with their units and signs in the
header, read from a text layer built by hand (tests/parse/builders.py) through the table stages."""

from __future__ import annotations

from parse.builders import page

from std_extract.document import Page, ParsedDocument, Source, Table
from std_extract.extract.tableheads import read_head
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.model import HRule, PageScan
from std_extract.parse.tables import pages_to_tables
from std_extract.rules import default_rules

RULES = default_rules()

GAP = " " * 6  # wide enough to part two cells (the builder sets every char one em apart)
RULE = dict(x0=70.0, x1=540.0)


def _read(built: Page, rules: list[float]) -> tuple[Table, list[tuple]]:
    tables, _ = pages_to_tables([PageScan(page=built, rules=[HRule(y=y, **RULE) for y in rules])])
    [table] = tables
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=1))
    found = [
        (i.name, i.comparator, i.value, i.unit, i.grade, i.conditions, "table_transposed" in i.flags)
        for i in table_to_indicators(table, document)
    ]
    return table, found


def test_table_orientation_grades_down_the_rows_with_a_group_header():
    # 杂 质/% spans 总量 and 矿物质 (letter-spaced, as GB/T 1.1 tables set a two-character header)
    built = page(
        3,
        [
            ("表1 加工质量指标", 100.0, 250.0),
            ("杂 质/%", 126.0, 379.25),  # centred over 总量 and 矿物质
            ("等级" + GAP + "不完善粒/% ≤", 134.0, 80.0),  # centred over both header lines
            ("总量 ≤" + " " * 8 + "矿物质 ≤", 142.0, 316.0),
            ("一级" + " " * 7 + "2.0" + " " * 11 + "0.20" + " " * 8 + "0.01", 164.0, 80.0),
            ("二级" + " " * 7 + "3.0" + " " * 11 + "0.25" + " " * 8 + "0.02", 180.0, 80.0),
        ],
    )
    table, found = _read(built, [120.0, 158.0, 196.0])
    assert table.detection == "text" and table.header_rows[-1][0] == "等级"
    assert found == [
        ("不完善粒", "<=", 2.0, "%", "一级", [], True),
        ("杂质/总量", "<=", 0.2, "%", "一级", [], True),
        ("杂质/矿物质", "<=", 0.01, "%", "一级", [], True),
        ("不完善粒", "<=", 3.0, "%", "二级", [], True),
        ("杂质/总量", "<=", 0.25, "%", "二级", [], True),
        ("杂质/矿物质", "<=", 0.02, "%", "二级", [], True),
    ]


def test_table_orientation_capacity_classes_down_the_rows():
    built = page(
        3,
        [
            ("表2 耗电量和噪声", 100.0, 250.0),
            ("容积V/L" + GAP + "耗电量/(kWh/24h) ≤" + GAP + "噪声/dB(A) ≤", 126.0, 80.0),
            ("V≤300" + " " * 8 + "0.45" + " " * 16 + "38", 148.0, 80.0),
            ("300＜V≤450" + " " * 4 + "0.55" + " " * 16 + "40", 164.0, 80.0),
        ],
    )
    _, found = _read(built, [120.0, 142.0, 180.0])
    assert found == [
        ("耗电量", "<=", 0.45, "kWh/24h", None, ["V≤300 L"], True),
        ("噪声", "<=", 38.0, "dB(A)", None, ["V≤300 L"], True),
        ("耗电量", "<=", 0.55, "kWh/24h", None, ["300 L＜V≤450 L"], True),
        ("噪声", "<=", 40.0, "dB(A)", None, ["300 L＜V≤450 L"], True),
    ]


def test_table_orientation_wrapped_requirement_in_a_grade_row_stays_one_value():
    # a qualitative requirement wrapped over three lines beside one-line limits: one value, not three
    built = page(
        3,
        [
            ("表1 加工质量指标", 100.0, 250.0),
            ("等级" + GAP + "加工精度" + " " * 8 + "不完善粒/% ≤", 126.0, 80.0),
            ("背沟有皮，粒面米", 146.0, 160.0),
            ("特等" + GAP + "皮基本去净的占" + " " * 7 + "2.0", 160.0, 80.0),
            ("85%以上", 174.0, 160.0),
        ],
    )
    _, found = _read(built, [120.0, 140.0, 190.0])
    assert [f[:5] for f in found] == [
        ("加工精度", "qualitative", None, None, "特等"),
        ("不完善粒", "<=", 2.0, "%", "特等"),
    ]


def test_table_orientation_grain_grade_words_name_the_rows():
    # grain standards grade without 品: 二等, 优质一等 (GB/T 17891 优质稻谷: 优质一级)
    built = page(
        3,
        [
            ("表2 理化指标", 100.0, 250.0),
            ("等级" + " " * 6 + "垩白度/% ≤" + GAP + "胶稠度/mm ≥", 126.0, 80.0),
            ("优质一等" + " " * 6 + "2.0" + " " * 12 + "80", 148.0, 80.0),
            ("优质二等" + " " * 6 + "3.0" + " " * 12 + "70", 164.0, 80.0),
        ],
    )
    _, found = _read(built, [120.0, 142.0, 180.0])
    assert [(f[0], f[2], f[4], f[5]) for f in found] == [
        ("垩白度", 2.0, "优质一等", []), ("胶稠度", 80.0, "优质一等", []),
        ("垩白度", 3.0, "优质二等", []), ("胶稠度", 70.0, "优质二等", []),
    ]  # fmt: skip


def test_table_orientation_group_header_names_the_parent_unless_it_names_a_section():
    assert read_head(["杂 质", "总量/% ≤"], RULES).name == "杂质/总量"
    assert read_head(["碎米/%", "其中：小碎米 ≤"], RULES).name == "碎米/小碎米"
    assert read_head(["理化指标", "水分/% ≤"], RULES).name == "水分"  # a section of the table, not a parent
    assert read_head(["感官要求", "色泽"], RULES).name == "色泽"


def test_table_orientation_both_axes_conditions_named_by_the_caption():
    # areas down the rows, kinds of fault across: the caption names the one quantity (wr_elevator_01 表2)
    built = page(
        4,
        [
            ("表2 到达现场时间", 100.0, 250.0),
            ("电梯所在区域" + GAP + "困人故障/min" + GAP + "一般故障/h", 126.0, 80.0),
            ("中心城区" + " " * 8 + "≤30" + " " * 12 + "≤2", 148.0, 80.0),
            ("郊区城镇" + " " * 8 + "≤45" + " " * 12 + "≤4", 164.0, 80.0),
        ],
    )
    _, found = _read(built, [120.0, 142.0, 180.0])
    assert [f[:6] for f in found] == [
        ("到达现场时间", "<=", 30.0, "min", None, ["中心城区", "困人故障"]),
        ("到达现场时间", "<=", 2.0, "h", None, ["中心城区", "一般故障"]),
        ("到达现场时间", "<=", 45.0, "min", None, ["郊区城镇", "困人故障"]),
        ("到达现场时间", "<=", 4.0, "h", None, ["郊区城镇", "一般故障"]),
    ]


def test_table_orientation_columns_naming_indicators_keep_their_names_under_a_known_caption():
    # the caption is an indicator too, but a column header is one the lexicon knows: no swap
    built = page(
        4,
        [
            ("表2 热效率", 100.0, 250.0),
            ("额定容量V" + GAP + "热效率/% ≥" + GAP + "烧水时间/min", 126.0, 80.0),
            ("V≤1.0 L" + " " * 8 + "85" + " " * 12 + "5.0", 148.0, 80.0),
        ],
    )
    _, found = _read(built, [120.0, 142.0, 164.0])
    assert [f[0] for f in found] == ["热效率", "烧水时间"]


def test_table_orientation_numbered_clause_after_an_unruled_table_ends_it():
    # "5.2 每次…。" set right under the last row, at the page's margin: a clause, not a wrapped row
    built = page(
        3,
        [
            ("表1 维护保养周期", 100.0, 250.0),
            ("维保类别" + GAP + "要求", 126.0, 120.0),
            ("半月维保" + GAP + "每15日不少于1次", 148.0, 120.0),
            ("年度维保" + GAP + "每年不少于1次", 164.0, 120.0),
            (
                "5.2" + GAP + "每次半月维保的现场作业时间不少于40 min（单台），并应在维保记录中签字确认。",
                186.0,
                70.0,
            ),
        ],
    )
    tables, _ = pages_to_tables([PageScan(page=built, rules=[])])
    [table] = tables
    assert [row[-1].text for row in table.rows] == ["每15日不少于1次", "每年不少于1次"]
