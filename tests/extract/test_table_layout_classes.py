"""Table classes of session 16 (2026-12-07), found on corpus/context's DEV split (ConTeXt MkIV: captions
below, per-model tables with a units row and a signs row, levels a standard names itself), each on a table
built by hand beside its negative twin (docs/failure-classes.md)."""

from __future__ import annotations

import pytest
from parse.builders import line
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import Clause, ParsedDocument, Source, Table, TableCell
from std_extract.extract.scope import states_requirements
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.tables import pages_to_tables
from std_extract.rules import default_rules

RULES = default_rules()
SCOPE = RULES.scope
DOC = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))


def _read(sheet: Sheet, ruling: str) -> list[tuple]:
    tables, _ = pages_to_tables([sheet_page(sheet, ruling)])
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for table in tables
        for i in table_to_indicators(table, DOC, RULES)
    ]


METALS = (("铅（Pb）", 90.0), ("镉（Cd）", 75.0), ("铬（Cr）", 60.0), ("汞（Hg）", 60.0))


@pytest.mark.parametrize("ruling", ["three_line", "unruled"])
def test_table_layout_classes_group_label_set_amid_its_items(ruling: str):
    # "可溶性重金属/（mg/kg）" merged down 铅 | 镉 | 铬 | 汞 and set in their middle, the other labels
    # spanning the items' column (ConTeXt nc=2): one column of labels is read, the group's line
    # between 镉 and 铬
    body = [["", "", "≤50"], *(["", metal, f"≤{value:g}"] for metal, value in METALS)]
    merged = [
        Span("苯、甲苯、乙苯和二甲苯总和/（mg/kg）", 0, 0, cols=2),
        Span("可溶性重金属/（mg/kg）", 1, 0, rows=4),
    ]
    sheet = Sheet(
        [Span("项目", 0, 0, cols=2), Span("限量", 0, 2)],
        body,
        merged=merged,
        middle=True,
        caption="表2 有害物质限量",
    )
    assert _read(sheet, ruling) == [
        ("苯、甲苯、乙苯和二甲苯总和", "<=", 50.0, "mg/kg", None, ()),
        *((f"可溶性重金属/{m}", "<=", v, "mg/kg", None, ()) for m, v in METALS),
    ]


@pytest.mark.parametrize("ruling", ["three_line"])  # unruled, the first category reads as a header line
def test_table_layout_classes_group_label_amid_twin_categories_on_rows_of_their_own(ruling: str):
    # twin: categories on rows of their own over their indented items (a limits-by-food table): the second
    # category stands between the first's items and its own, a full row apart, and names only its own
    sheet = Sheet(
        [Span("食品类别", 0, 0), Span("限量/(mg/kg)", 0, 1)],
        [["谷物及其制品", ""], ["  大米", "0.2"], ["  小麦", "0.1"], ["乳及乳制品", ""], ["  生乳", "0.05"]],
        caption="表1 食品中铅限量指标",
    )
    tables, _ = pages_to_tables([sheet_page(sheet, ruling)])
    labels = [row[0].text.strip() for row in tables[0].rows]
    assert labels == ["谷物及其制品", "大米", "小麦", "乳及乳制品", "生乳"]


def _per_model(signs: tuple[str, str, str]) -> Sheet:
    """型号 down the rows; names, then units, then signs across three header rows (JB/T pump tables)."""
    header = [
        Span("型号", 0, 0, rows=3),
        *(Span(t, 0, c + 1) for c, t in enumerate(("额定流量", "额定功率", "机组效率"))),
        *(Span(t, 1, c + 1) for c, t in enumerate(("m³/h", "kW", "%"))),
        *(Span(t, 2, c + 1) for c, t in enumerate(signs)),
    ]
    body = [["QDX1.5-16", "1.5", "0.37", "24.0"], ["QDX3-12", "3", "0.55", "28.0"]]
    return Sheet(header, body, caption="表1 基本参数和机组效率", header_rows=3)


def test_table_layout_classes_dash_in_the_signs_row_marks_a_parameter():
    # "— | — | ≥" under 额定流量 | 额定功率 | 机组效率: the rated data are the model's, only 机组效率
    # bounds it
    assert _read(_per_model(("—", "—", "≥")), "grid") == [
        ("机组效率", ">=", 24.0, "%", None, ("QDX1.5-16",)),
        ("机组效率", ">=", 28.0, "%", None, ("QDX3-12",)),
    ]


def test_table_layout_classes_signs_row_twin_every_column_signed():
    # twin: a sign over every column bounds every column (a dash is what leaves one out)
    found = _read(_per_model(("≥", "≤", "≥")), "grid")
    assert ("额定功率", "<=", 0.37, "kW", None, ("QDX1.5-16",)) in found
    assert len(found) == 6


def test_table_layout_classes_signs_row_twin_dash_over_ranges_or_in_the_units_row():
    # twins: "—" in the signs row over ranges (pH 6.5～8.5: no one direction holds, still a requirement), and
    # "—" in the units row (pH has no unit) over a sign: neither column is a parameter
    header = [
        Span("型号", 0, 0, rows=3),
        *(Span(t, 0, c + 1) for c, t in enumerate(("pH", "浊度", "色度"))),
        *(Span(t, 1, c + 1) for c, t in enumerate(("—", "NTU", "—"))),
        *(Span(t, 2, c + 1) for c, t in enumerate(("—", "≤", "≤"))),
    ]
    sheet = Sheet(header, [["A型", "6.5～8.5", "1", "15"]], caption="表1 水质要求", header_rows=3)
    found = _read(sheet, "grid")
    assert ("pH", "range", 6.5, None, None, ("A型",)) in found
    assert ("色度", "<=", 15.0, None, None, ("A型",)) in found and len(found) == 3


def _levels(parent: str, leaves: tuple[str, str, str]) -> Sheet:
    header = [
        Span("项目", 0, 0, rows=2),
        Span("单位", 0, 1, rows=2),
        Span(parent, 0, 2, cols=3),
        *(Span(t, 1, c + 2) for c, t in enumerate(leaves)),
    ]
    body = [["单间客房使用面积 ≥", "m²", "20", "16", "12"], ["客房噪声 ≤", "dB(A)", "40", "45", "45"]]
    return Sheet(header, body, caption="表1 设施与环境要求", header_rows=2)


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_levels_under_a_grade_header_are_grades(ruling: str):
    # "等级" over 白金宿 | 金宿 | 银宿 (DB/T 等级划分 standards): levels the standard names itself are grades
    found = _read(_levels("等级", ("白金宿", "金宿", "银宿")), ruling)
    assert ("单间客房使用面积", ">=", 20.0, "m²", "白金宿", ()) in found
    assert ("客房噪声", "<=", 45.0, "dB(A)", "银宿", ()) in found
    assert all(f[4] for f in found) and len(found) == 6


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_levels_twin_kinds_under_another_header(ruling: str):
    # twin: kinds of the product under 类型 (or under 指标) restrict the values, they grade nothing
    for parent in ("类型", "指标"):
        found = _read(_levels(parent, ("普通型", "耐沾污型", "防霉型")), ruling)
        assert ("单间客房使用面积", ">=", 20.0, "m²", None, ("普通型",)) in found
        assert not any(f[4] for f in found)


def _transposed(title: str, columns: list[str], body: list[list[str]]) -> Table:
    header = [c.split(" > ") for c in columns]
    rows = [
        [TableCell(row=r, col=c, text=t, page=3, bbox=(10.0 + 50 * c, 10.0 * r, 50.0 + 50 * c, 10.0 * r + 8))
         for c, t in enumerate(texts)]
        for r, texts in enumerate(body)
    ]  # fmt: skip
    header_rows = [[parts[min(k, len(parts) - 1)] for parts in header] for k in range(2)]
    return Table(
        number="2", caption=f"表2 {title}", title=title, pages=[3], columns=["/".join(p) for p in header],
        header_rows=header_rows, rows=rows, clause="4.4",
    )  # fmt: skip


def test_table_layout_classes_columns_of_the_captions_kind_keep_their_names():
    # "表2 规格尺寸偏差" over 袜底长偏差/cm | 袜口长偏差/cm by size band: each column is a 偏差 of its own
    table = _transposed(
        "规格尺寸偏差", ["号型", "袜底长偏差 > cm", "袜口长偏差 > cm"], [["20号以下", "±0.8", "±0.5"]]
    )
    found = [(i.name, i.tolerance, tuple(i.conditions)) for i in table_to_indicators(table, DOC, RULES)]
    assert found == [("袜底长偏差", 0.8, ("20号以下",)), ("袜口长偏差", 0.5, ("20号以下",))]


def test_table_layout_classes_columns_of_the_captions_kind_twin():
    # twin: columns that are kinds of fault, no 偏差, under a caption the lexicon knows take its name
    table = _transposed("规格尺寸偏差", ["号型", "甲类 > cm", "乙类 > cm"], [["20号以下", "±0.8", "±0.5"]])
    assert {i.name for i in table_to_indicators(table, DOC, RULES)} == {"规格尺寸偏差"}


def _chapter(title: str, text: str) -> Clause:
    child = Clause(number="7.1", title="", kind="clause", level=2, text=text, page_start=3, page_end=3)
    chapter = Clause(number="7", title=title, kind="chapter", level=1, page_start=3, page_end=3)
    chapter.children = [child]
    return chapter


def test_table_layout_classes_chapter_binding_a_table_of_allowed_deviations():
    # "7 成分分析保证值的允许偏差 / 7.1 …应在表1规定的允许偏差范围内" (a labelling standard): its table binds
    bound = _chapter("成分分析保证值的允许偏差", "检测值与标示的保证值之差，应在表1规定的允许偏差范围内。")
    assert states_requirements(bound, SCOPE)
    ranged = _chapter("质量保证", "目标物的加标回收率应在表2规定的范围内。")
    assert states_requirements(ranged, SCOPE)


def test_table_layout_classes_chapter_binding_twin_a_surface_is_no_table():
    # twin: "应在表面…" names a surface, no table; a range the text gives no bound of its own
    assert not states_requirements(_chapter("产品说明", "产品名称应在表面清晰标示，字样应端正。"), SCOPE)
    assert not states_requirements(_chapter("产品说明", "使用温度范围见表1。"), SCOPE)


def _signed_by_a_column(values: list[list[str]]) -> Sheet:
    header = [Span(t, 0, c) for c, t in enumerate(("项目", "单位", "要求", "三星级", "四星级"))]
    body = [["营业面积", "m²", *values[0]], ["淋浴位", "个", *values[1]]]
    return Sheet(header, body, caption="表2 服务质量等级要求")


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_column_of_signs_headed_as_values(ruling: str):
    # "要求" over ≥ | ≥ before the grade columns (a service standard's star levels): each row's sign
    found = _read(_signed_by_a_column([["≥", "500", "1 000"], ["≥", "6", "10"]]), ruling)
    assert ("营业面积", ">=", 1000.0, "m²", "四星级", ()) in found
    assert ("淋浴位", ">=", 6.0, "个", "三星级", ()) in found and len(found) == 4


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_column_of_signs_twin_values_under_the_header(ruling: str):
    # twin: a 要求 column printing values (≥300) is a value column; dashes alone sign nothing
    found = _read(_signed_by_a_column([["≥300", "500", "1 000"], ["—", "6", "10"]]), ruling)
    assert ("营业面积", ">=", 300.0, "m²", None, ()) in found
    assert ("淋浴位", ">=", 6.0, "个", "三星级", ()) not in found


def _with_page_footnote(rows: list[list[str]], footnote: str) -> list[tuple]:
    """A table over a word processor's footnote at the foot of its page."""
    sheet = Sheet([Span("项目", 0, 0), Span("指标", 0, 1)], rows, caption="表2 理化指标")
    scan = sheet_page(sheet, "grid")
    scan.page.lines.append(line(3, footnote, 780.0))
    tables, _ = pages_to_tables([scan])
    return [
        (i.name, i.value, tuple(i.conditions)) for t in tables for i in table_to_indicators(t, DOC, RULES)
    ]


def test_table_layout_classes_numbered_footnote_at_the_foot_of_the_page():
    # Word: "粗纤维1/% ≤" with its footnote "1 粗纤维为参考指标，不作为出厂检验项目。" at the page's foot
    found = _with_page_footnote(
        [["水分/% ≤", "7.0"], ["粗纤维1/% ≤", "14.0"]], "1 粗纤维为参考指标，不作为出厂检验项目。"
    )
    assert found == [("水分", 7.0, ()), ("粗纤维", 14.0, ("粗纤维为参考指标，不作为出厂检验项目",))]


def test_table_layout_classes_numbered_footnote_twin_a_name_ending_in_a_digit():
    # twin: 维生素B1 ends in its own digit (after a Latin letter): the name, no footnote's
    found = _with_page_footnote([["维生素B1/(mg/100g) ≥", "0.5"]], "1 以干基计。")
    assert found == [("维生素B1", 0.5, ())]


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_rows_of_a_propertys_classes_are_conditions(ruling: str):
    # "绝缘等级 | 定子绕组温升/K" over B级 | F级 (an electrical machine's insulation classes): conditions
    sheet = Sheet([Span("绝缘等级", 0, 0), Span("定子绕组温升/K", 0, 1)], [["B级", "≤80"], ["F级", "≤105"]])
    assert _read(sheet, ruling) == [
        ("定子绕组温升", "<=", 80.0, "K", None, ("B级",)),
        ("定子绕组温升", "<=", 105.0, "K", None, ("F级",)),
    ]


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_layout_classes_rows_of_a_propertys_classes_twin_grades_down_the_rows(ruling: str):
    # twin: 能效等级 over 1级 | 2级 is a ladder of grades
    sheet = Sheet([Span("能效等级", 0, 0), Span("能效指数/%", 0, 1)], [["1级", "≤75"], ["2级", "≤85"]])
    assert [(f[0], f[4]) for f in _read(sheet, ruling)] == [("能效指数", "1级"), ("能效指数", "2级")]
