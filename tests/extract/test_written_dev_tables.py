"""Table interpretation on pages of corpus/written's DEV split (a third author's word-processor
layout, printed by Chromium; the test split of corpus/written/split.csv is never read here), one
test per failure class found there."""

from __future__ import annotations

from corpora import WRITTEN, dev_page_record

from std_extract.record import DocumentRecord


def _record(stem: str, page: int) -> DocumentRecord:
    return dev_page_record(WRITTEN, stem, (page,))


def _values(stem: str, page: int, name: str) -> list[tuple]:
    return [
        (i.comparator, i.value, i.value_max, i.unit)
        for i in _record(stem, page).indicators
        if i.name == name and i.table
    ]


def test_written_dev_group_label_on_its_first_items_line():  # "杯具　细菌总数" then "大肠菌群" indented
    assert _values("wr_hotel_01", 4, "杯具/细菌总数") == [("<=", 5.0, None, "CFU/cm²")]
    assert _values("wr_hotel_01", 4, "杯具/大肠菌群") == [("not_detected", None, None, None)]
    assert _values("wr_hotel_01", 4, "床上卧具/大肠菌群") == [("not_detected", None, None, None)]
    assert _values("wr_helmet_01", 4, "冲击吸收性能/传递到头模的力") == [("<=", 4500.0, None, "N")]


def test_written_dev_section_rows_name_no_parent():  # "室内环境" over 温度, 甲醛: a section of the table
    assert _values("wr_hotel_01", 4, "甲醛") == [("<=", 0.08, None, "mg/m³")]


def _conditions(stem: str, page: int, name: str) -> list[tuple]:
    return [
        (i.comparator, i.value, i.unit, tuple(sorted(i.conditions)))
        for i in _record(stem, page).indicators
        if i.name == name and i.table
    ]


def test_written_dev_numbered_clause_after_a_table_is_no_row():  # "5.2 每次半月维保…。" under 表1
    found = _conditions("wr_elevator_01", 3, "维护保养周期")
    assert [(c, v, u) for c, v, u, _ in found] == [
        ("<=", 15.0, "日"),
        ("<=", 90.0, "日"),
        ("<=", 180.0, "日"),
        ("<=", 1.0, "年"),
    ]
    assert all(len(conditions) == 1 for *_, conditions in found)  # the class alone, no clause text


def test_written_dev_both_axes_conditions_named_by_the_caption():  # 表2 到达现场时间: areas x kinds of fault
    found = _conditions("wr_elevator_01", 4, "到达现场时间")
    assert found[:2] == [
        ("<=", 30.0, "min", ("中心城区（外环线以内）", "困人故障")),
        ("<=", 2.0, "h", ("一般故障", "中心城区（外环线以内）")),
    ]
    assert len(found) == 6 and not _conditions("wr_elevator_01", 4, "困人故障")


def test_written_dev_parts_of_the_product_name_their_limits():  # 表3 部位 | 温升限值/K, "其中：金属手柄"
    assert _values("wr_kettle_02", 4, "外壳（壶体外表面）") == [("<=", 60.0, None, "K")]
    assert _values("wr_kettle_02", 4, "手柄/金属手柄") == [("<=", 25.0, None, "K")]
    assert _values("wr_kettle_02", 4, "手柄/非金属手柄") == [("<=", 35.0, None, "K")]
    assert not _values("wr_kettle_02", 4, "温升限值")
