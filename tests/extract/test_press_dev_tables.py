"""Table reading on pages of corpus/press's DEV split (national, sector and group standards typeset the
way a publisher sets them: full grids, unit rows, values stacked in one cell; the test split of its
split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import PRESS, dev_page_record


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for i in dev_page_record(PRESS, stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_press_dev_grades_stacked_in_one_cell_and_a_bracketed_unit_row():  # pr_fan_01 表1
    found = _table_values("pr_fan_01", 3, table="1")
    assert ("能效值", ">=", 0.85, "(m³/min)/W", "1级", ("D ≤ 200 mm",)) in found
    assert ("能效值", ">=", 0.70, "(m³/min)/W", "2级", ("D ≤ 200 mm",)) in found
    assert ("噪声（声功率级）", "<=", 67.0, "dB(A)", None, ("D＞400 mm",)) in found
    assert len(found) == 16 and not any(f[3] == "级" or f[1] == "qualitative" for f in found)


def test_press_dev_values_stacked_by_test_temperature():  # pr_xps_01 表1 导热系数
    found = _table_values("pr_xps_01", 3, table="1")
    assert ("导热系数", "<=", 0.028, "W/(m·K)", None, ("X150", "10 ℃")) in found
    assert ("导热系数", "<=", 0.029, "W/(m·K)", None, ("X300", "25 ℃")) in found
    assert not any(f[3] == "℃" for f in found)  # the bracket's temperature is no limit
