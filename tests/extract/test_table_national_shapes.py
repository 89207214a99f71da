"""Ways national standards write their limit tables (session 14), each on a sheet built by hand and
drawn as a full grid, a three-line and an unruled table, beside its negative twin.

Emission standards (GB 13271, GB 16297 style) print a column after the limits saying where each row
is measured, stack a value and its footnoted alternative in one cell, and except rows from the unit
the line above the table states."""

from __future__ import annotations

import pytest
from parse.builders import PAGE_HEIGHT
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import ParsedDocument, Source, Table, TableCell
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


# A table's caption and header alone at the foot of a page, its rows overleaf with no header and no
# rules (a browser's print, corpus/mupdf): the header's two-character 项目 spaced across its cell, a
# value merged across the two grades set on the edge between them
SPACED = Sheet(
    _head(["项      目", "特级", "一级", "检验方法"]),
    [
        ["水分，g/100g", "不高于60.0", "不高于65.0", "GB 5009.3"],
        ["总酸（以乳酸计），g/100g", "", "", "GB 12456"],
        ["过氧化值（以脂肪计），g/100g", "≤0.25", "≤0.30", "GB 5009.227"],
    ],
    caption="表2 理化指标",
    merged=[Span("不高于2.0", 1, 1, 1, 2)],
    centred=True,
)


def _overleaf(sheet: Sheet) -> list:
    """The sheet's caption and header at the foot of page 3, its rows at the top of page 4."""
    foot = sheet_page(sheet, "unruled", number=3, top=PAGE_HEIGHT - 90.0)
    head_bottom = min(ln.bbox[1] for ln in foot.page.lines if "水分" in ln.text) - 2
    foot.page.lines = [ln for ln in foot.page.lines if ln.bbox[1] < head_bottom]
    over = sheet_page(sheet, "unruled", number=4, top=10.0)
    first_row = min(ln.bbox[1] for ln in over.page.lines if "水分" in ln.text) - 2
    over.page.lines = [ln for ln in over.page.lines if ln.bbox[1] >= first_row]
    return [foot, over]


def test_table_national_shapes_spaced_header_and_merged_value_overleaf():
    tables, _ = pages_to_tables(_overleaf(SPACED))
    [table] = tables
    assert table.columns == ["项目", "特级", "一级", "检验方法"]  # was 项 | 目, two label columns
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    found = [(i.name, i.value, i.grade) for i in table_to_indicators(table, document, RULES)]
    assert ("总酸（以乳酸计）", 2.0, "特级") in found and ("总酸（以乳酸计）", 2.0, "一级") in found
    assert len(found) == 6


def test_table_national_shapes_spaced_header_negative_twins():
    # two single-character headers that make no header word (铅 | 镉 over their limits) stay two columns;
    # a value set in one grade's column overleaf, off the edge, stays that grade's
    sheet = Sheet(
        _head(["项目", "铅", "镉"]),
        [["大米", "0.2", "0.1"], ["小麦", "0.1", "0.2"]],
        caption="表2 污染物限量",
        centred=True,
    )
    tables, _ = pages_to_tables([sheet_page(sheet, "unruled")])
    assert tables[0].columns == ["项目", "铅", "镉"]
    twin = Sheet(SPACED.header, [*SPACED.body[:1], ["总酸（以乳酸计），g/100g", "不高于2.0", "", "GB 12456"]])
    twin.caption, twin.centred = SPACED.caption, True
    tables, _ = pages_to_tables(_overleaf(twin))
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    found = [(i.name, i.grade) for i in table_to_indicators(tables[0], document, RULES)]
    assert [g for n, g in found if n.startswith("总酸")] == ["特级"]


def _model(columns: list[str], body: list[list[str]], **kw) -> list[tuple]:
    """A table model built by hand (header levels separated by " > "), read into indicators."""
    rows = [
        [
            TableCell(
                row=r, col=c, text=t, page=3, bbox=(10.0 + 50 * c, 10.0 * r, 50.0 + 50 * c, 10.0 * r + 8)
            )
            for c, t in enumerate(texts)
        ]
        for r, texts in enumerate(body)
    ]
    levels = [c.split(" > ") for c in columns]
    header_rows = [[p[min(k, len(p) - 1)] for p in levels] for k in range(max(len(p) for p in levels))]
    table = Table(
        number="1", pages=[3], columns=["/".join(p) for p in levels], header_rows=header_rows, rows=rows, **kw
    )
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.value, i.unit, tuple(i.conditions)) for i in table_to_indicators(table, document, RULES)
    ]


def test_table_national_shapes_excepted_item_is_a_whole_name():
    # review of 31f9222: the excepted item is the row's whole name or its head before a bracket, never a
    # part of another name (总汞 and 烷基汞 keep mg/L beside （汞除外）; 粪大肠菌群 beside （大肠菌群除外）)
    found = _model(["项目", "限值"], [["汞", "0.001"], ["总汞", "0.05"]], unit_line="毫克每升（汞除外）")
    assert [(f[0], f[2]) for f in found] == [("汞", None), ("总汞", "mg/L")]
    found = _model(
        ["项目", "限值"], [["大肠菌群", "3"], ["粪大肠菌群", "10"]], unit_line="毫克每升（大肠菌群除外）"
    )
    assert [(f[0], f[2]) for f in found] == [("大肠菌群", None), ("粪大肠菌群", "mg/L")]
    # twin: a name with its unit, and a list of items, are excepted as before
    found = _model(
        ["项目", "限值"],
        [["pH值", "6～9"], ["粪大肠菌群数/(个/L)", "10000"], ["化学需氧量", "50"]],
        unit_line="毫克每升（pH值、粪大肠菌群数除外）",
    )
    assert [(f[0], f[2]) for f in found] == [("pH值", None), ("粪大肠菌群数", "个/L"), ("化学需氧量", "mg/L")]
    # the same exception written 除…外 (（除pH值外）): pH值 without the unit, no condition on any value
    found = _model(
        ["项目", "限值"], [["pH值", "6～9"], ["化学需氧量", "50"]], unit_line="毫克每升（除pH值外）"
    )
    assert [(f[0], f[2], f[3]) for f in found] == [("pH值", None, ()), ("化学需氧量", "mg/L", ())]


def test_table_national_shapes_place_under_a_group_header_holds_for_its_group():
    # review of 31f9222 (GB 16297 layout): 周界外浓度最高点 under 无组织排放监控浓度限值 is the place of the
    # unorganised limit beside it, not of the stack limit 550; a top-level place column holds for every value
    found = _model(
        [
            "污染物",
            "最高允许排放浓度/(mg/m³)",
            "无组织排放监控浓度限值 > 监控点",
            "无组织排放监控浓度限值 > 浓度/(mg/m³)",
        ],
        [["二氧化硫", "550", "周界外浓度最高点", "0.40"]],
    )
    assert [(f[1], "周界外浓度最高点" in f[3]) for f in found] == [(550.0, False), (0.4, True)]


def test_table_national_shapes_count_of_places_is_no_place():
    # review of 31f9222: 最少监测点位 over counts is a quantity, its 1 a value (was a condition of 建成区面积)
    found = _model(["城市人口/万人", "建成区面积/km²", "最少监测点位"], [["<25", "≤20", "1"]])
    assert [(f[0], f[1]) for f in found] == [("建成区面积", 20.0), ("最少监测点位", 1.0)]
    found = _model(["城市人口/万人", "最少监测点位", "评价监测点位"], [["<25", "1", "2"]])
    assert [(f[0], f[1]) for f in found] == [("最少监测点位", 1.0), ("评价监测点位", 2.0)]


# Signs set at each grade cell's left edge, numbers padded right ("≤      12.0"), in a table without
# column rules: the sign and its number are one value (each sign made a column of its own, the labels
# took the first grade's number: 水分/12.0)
PADDED_SIGNS = Sheet(
    _head(["项目", "优等品", "一等品", "合格品"]),
    [
        ["水分/%", "≤      12.0", "≤      13.0", "≤      14.0"],
        ["蛋白质/%", "≥      10.0", "≥       9.0", "≥       8.0"],
    ],
    caption="表2 理化指标",
)


@pytest.mark.parametrize("ruling", RULINGS)
def test_table_national_shapes_signs_padded_apart_from_their_numbers(ruling: str):
    found = [(f[0], f[1], f[2]) for f in _read(PADDED_SIGNS, ruling)]
    assert found == [
        ("水分", "<=", 12.0), ("水分", "<=", 13.0), ("水分", "<=", 14.0),
        ("蛋白质", ">=", 10.0), ("蛋白质", ">=", 9.0), ("蛋白质", ">=", 8.0),
    ]  # fmt: skip


@pytest.mark.parametrize("ruling", ["three_line", "unruled"])
def test_table_national_shapes_signs_padded_apart_negative_twin(ruling: str):
    # a sign printed once in a column of its own (溶解氧 | ≥ | 7.5 | 6 | 5) bounds every value after it
    sheet = Sheet(
        _head(["项目", "", "Ⅰ类", "Ⅱ类", "Ⅲ类"]),
        [["溶解氧", "≥", "7.5", "6", "5"], ["高锰酸盐指数", "≤", "2", "4", "6"]],
        caption="表1 基本项目标准限值",
        unit_line="单位为毫克每升",
    )
    found = [(f[0], f[1], f[2]) for f in _read(sheet, ruling)]
    assert found == [
        ("溶解氧", ">=", 7.5), ("溶解氧", ">=", 6.0), ("溶解氧", ">=", 5.0),
        ("高锰酸盐指数", "<=", 2.0), ("高锰酸盐指数", "<=", 4.0), ("高锰酸盐指数", "<=", 6.0),
    ]  # fmt: skip


# A word processor's limits table whose row-label header 项目 is set over the group column alone, the
# sub-items' column under a blank header cell (mu_diatomite_01 表2): 可溶性重金属 beside 铅（Pb） on its
# first row, the other metals under it with nothing in the group's cell
SUBS = Sheet(
    [Span("项目", 0, 0), Span("单位", 0, 2), Span("限量值", 0, 3)],
    [
        ["游离甲醛", "", "mg/kg", "不高于50"],
        ["可溶性重金属", "铅（Pb）", "mg/kg", "不高于90"],
        ["", "镉（Cd）", "mg/kg", "不高于75"],
        ["", "汞（Hg）", "mg/kg", "不高于60"],
        ["内照射指数", "", "—", "不高于1.0"],
    ],
    caption="表2 有害物质限量",
)


@pytest.mark.parametrize("ruling", ["three_line", "unruled"])
def test_table_national_shapes_sub_items_under_a_blank_header_cell(ruling: str):
    tables, _ = pages_to_tables([sheet_page(SUBS, ruling)])
    assert tables[0].columns == ["项目", "项目", "单位", "限量值"]
    found = _read(SUBS, ruling)
    assert [f[0] for f in found] == [
        "游离甲醛", "可溶性重金属/铅（Pb）", "可溶性重金属/镉（Cd）", "可溶性重金属/汞（Hg）", "内照射指数",
    ]  # fmt: skip
    assert ("可溶性重金属/汞（Hg）", "<=", 60.0, "mg/kg", ()) in found  # not "铅（Pb） mg/kg" as the unit


def test_table_national_shapes_sub_items_under_a_blank_header_cell_overleaf():
    # the rows run onto the next page, none printing the group there: each continues it
    sheet = Sheet(SUBS.header, SUBS.body[:3], caption=SUBS.caption)
    foot = sheet_page(sheet, "unruled", number=3, top=PAGE_HEIGHT - 120.0)
    over = sheet_page(Sheet(SUBS.header, SUBS.body, caption=SUBS.caption), "unruled", number=4, top=10.0)
    first = min(ln.bbox[1] for ln in over.page.lines if "汞" in ln.text) - 2
    over.page.lines = [ln for ln in over.page.lines if ln.bbox[1] >= first]
    tables, _ = pages_to_tables([foot, over])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    names = [i.name for i in table_to_indicators(tables[0], document, RULES)]
    assert "可溶性重金属/汞（Hg）" in names


def test_table_national_shapes_sub_items_under_a_blank_header_cell_negative_twins():
    # a number under a blank header cell between two grades is a value merged across them, no sub-item
    merged = Sheet(
        [Span("项目", 0, 0), Span("优级", 0, 1), Span("一级", 0, 3)],
        [["水分/%", "≤12", "", "≤14"], ["灰分/%", "", "≤1.0", ""], ["酸度/°T", "≤18", "", "≤20"]],
    )
    tables, _ = pages_to_tables([sheet_page(merged, "unruled")])
    assert len(tables[0].columns) == 3
    assert ("灰分", "<=", 1.0, "%", ()) in _read(merged, "unruled")
    # review of ef3e606: a column printing beside the label on every row (the group never merged down) is a
    # part of each row's text, no column of sub-items: one value a row, as before
    service = Sheet(
        [Span("服务项目", 0, 0), Span("服务标准", 0, 1), Span("时限", 0, 3)],
        [["报修响应", "接到报修后", "及时到达", "30 min"], ["投诉处理", "受理投诉后", "给予答复", "24 h"]],
        caption="表2 服务要求",
    )
    for ruling in ("three_line", "unruled"):
        assert [(f[0], f[2], f[3]) for f in _read(service, ruling)] == [
            ("报修响应", 30.0, "min"),
            ("投诉处理", 24.0, "h"),
        ]
