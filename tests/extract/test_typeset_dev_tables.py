"""Table reading on pages of corpus/typeset's DEV split (national and sector standards typeset by
XeLaTeX: booktabs three-line tables with \\cmidrule under group headers, full grids with a unit row
and a sign row under the names, units set with a space after their number; the test split of its
split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import TYPESET, dev_page_record

from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions
from std_extract.record import DocumentRecord


def _record(stem: str, pages: tuple[int, ...]) -> DocumentRecord:
    return dev_page_record(TYPESET, stem, pages)


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, tuple(i.conditions))
        for i in _record(stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_typeset_dev_unit_row_with_spaced_units_under_a_label_running_down():  # 表1: kJ/100 g
    found = _table_values("ts_sportsfood_01", 3, table="1")
    assert found[0] == ("能量", ">=", 1500.0, None, "kJ/100 g", ("补充能量类",))
    assert ("蛋白质", ">=", 50.0, None, "g/100 g", ("补充蛋白质类",)) in found
    assert not any(name == "类别" for name, *_ in found)  # the header is no row
    assert len(found) == 8  # 3 classes x 4 nutrients, "—" states nothing


def test_typeset_dev_group_rule_and_minimum_maximum_columns():  # 表2, 表3: \cmidrule under 每100 kJ
    found = _table_values("ts_sportsfood_01", 3, 4)
    assert ("碳水化合物", "range", 3.6, 5.4, "g", ("每100 kJ",)) in found
    assert ("碳水化合物", "range", 15.0, 22.6, "g", ("每100 kcal",)) in found
    assert ("钾", ">=", 4.8, None, "mg", ("每100 kJ",)) in found  # N.S. as the maximum: an open bound
    assert ("牛磺酸", "<=", 30.0, None, "mg", ("每100 kJ",)) in found  # N.S. as the minimum, no name part
    assert not any("N.S." in name or "最小值" in name for name, *_ in found)


def test_typeset_dev_sign_row_under_the_units():  # 表1: 吸入功率 / W / ≥ over the power classes
    found = _table_values("ts_vacuum_01", 3, table="1")
    assert found[:4] == [
        ("吸入功率", ">=", 60.0, None, "W", ("P ≤ 400 W",)),
        ("真空度", ">=", 8.0, None, "kPa", ("P ≤ 400 W",)),
        ("噪声（A计权声功率级）", "<=", 78.0, None, "dB", ("P ≤ 400 W",)),
        ("除尘能力", ">=", 80.0, None, "%", ("P ≤ 400 W",)),
    ]
    assert len(found) == 16  # no row of signs read as values


def test_typeset_dev_centred_grade_columns_of_wrapped_text():  # 表1: 项目 | 优级 | 一级 | 二级, centred
    table = next(
        t
        for t in parse_pdf(TYPESET / "ts_ricewine_01.pdf", ParseOptions(pages=[3])).tables
        if t.number == "1"
    )
    rows = [[c.text.replace("\n", "") for c in row] for row in table.rows]
    assert [row[0] for row in rows] == ["外观", "香气"]
    merged = "橙黄色至深褐色，清亮透明，有光泽，允许瓶（坛）底有微量聚集物"  # one cell across 优级 and 一级
    assert rows[0][1:] == [merged, merged, "橙黄色至深褐色，清亮透明，允许瓶（坛）底有少量聚集物"]
    assert rows[1][1:] == [
        "具有黄酒特有的浓郁醇香，无异香",
        "黄酒特有的醇香较浓郁，无异香",
        "具有黄酒特有的醇香，无异香",
    ]
    found = _table_values("ts_ricewine_01", 3, table="1")
    assert [(name, comparator) for name, comparator, *_ in found] == [("外观", "qualitative")] * 3 + [
        ("香气", "qualitative")
    ] * 3


def test_typeset_dev_quality_control_table():  # ts_hclmethod_01 表2: 项目 | 控制指标 | 频次
    found = _table_values("ts_hclmethod_01", 3, 4, table="2")
    assert ("相关系数", ">=", 0.999, None, None, ("校准曲线",)) in found
    assert ("相对误差", "range", -10.0, 10.0, "%", ("校准曲线中间点核查",)) in found
    assert ("相对偏差", "<=", 10.0, None, "%", ("实验室平行样",)) in found
    assert ("加标回收率", "range", 85.0, 115.0, "%", ("样品加标",)) in found
    assert len(found) == 5  # and 全程序空白 in words; nothing from the 频次 column


def test_typeset_dev_column_of_classes_by_a_declared_symbol():  # 表2: 类型 | 额定容量V/L | 吸水率 | …
    found = _table_values("ts_vacuum_01", 3, table="2")
    assert not any(name.startswith("额定容量") for name, *_ in found)  # classes, no limits
    assert ("噪声", "<=", 84.0, None, "dB", ("V ≤ 15 L", "桶式")) in found
    assert ("噪声", "<=", 84.0, None, "dB", ("V＞15 L", "桶式")) in found  # one value for both classes
    assert ("吸水率", ">=", 12.0, None, "L/min", ("V＞15 L", "桶式")) in found
    assert ("噪声", "<=", 80.0, None, "dB", ("立式",)) in found
    assert len(found) == 9


def test_typeset_dev_note_says_which_rows_are_minima():  # ts_icecream_01 表2 (续表 over the page)
    # "注：表中脂肪、蛋白质和总固形物指标为最小值；膨胀率不适用于软质冰淇淋。" under bare numbers
    found = _table_values("ts_icecream_01", 3, 4, table="2")
    assert ("脂肪", ">=", 8.0, None, "g/100 g", ("全乳脂",)) in found
    assert ("蛋白质", ">=", 2.2, None, "g/100 g", ("植脂",)) in found
    assert ("总固形物", ">=", 30.0, None, "g/100 g", ("半乳脂",)) in found
    assert ("膨胀率", "range", 10.0, 140.0, "%", ("全乳脂",)) in found  # not named by the note
    assert not any(comparator == "=" for _, comparator, *_ in found)


def test_typeset_dev_footnote_gives_its_row_a_unit():  # ts_radionuclide_01 表1: 鲜乳ᵃ, "a 鲜乳的单位为…"
    found = _table_values("ts_radionuclide_01", 3, table="1")
    milk = [f for f in found if f[5] == ("鲜乳",)]
    assert len(milk) == 5 and {f[4] for f in milk} == {"Bq/L"}
    assert {f[4] for f in found if f not in milk} == {"Bq/kg"}


def test_typeset_dev_category_rows_over_indented_foods():  # ts_radionuclide_01 表1: 谷物及其制品 / 大米
    found = _table_values("ts_radionuclide_01", 3, table="1")
    assert ("锶-90", "<=", 96.0, None, "Bq/kg", ("谷物及其制品/大米",)) in found
    assert ("锶-90", "<=", 77.0, None, "Bq/kg", ("蔬菜及水果/叶菜类",)) in found
    assert ("锶-90", "<=", 110.0, None, "Bq/kg", ("薯类",)) in found  # back at the category's indent
    assert len(found) == 40  # 8 foods x 5 nuclides; the two category rows state none


def test_typeset_dev_kind_of_wine_over_its_grades():  # ts_ricewine_01 表2: 干黄酒 | 半干黄酒 over 优级 …
    found = _table_values("ts_ricewine_01", 3, 4, table="2")
    assert ("总糖（以葡萄糖计）", "<=", 15.0, None, "g/L", ("干黄酒",)) in found
    assert ("总糖（以葡萄糖计）", "range", 15.1, 40.0, "g/L", ("半干黄酒",)) in found
    assert all(f[5][-1] in {"干黄酒", "半干黄酒"} for f in found)  # every value under its kind
