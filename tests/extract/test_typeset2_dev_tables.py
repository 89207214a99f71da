"""Table reading on pages of corpus/typeset2's DEV split (national and sector standards typeset the way the
Standards Press of China sets them: fully boxed tables, merged header and label cells, 续表 with the header
rows repeated; the test split of its split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import TYPESET2, dev_page_record

from std_extract.record import DocumentRecord


def _record(stem: str, pages: tuple[int, ...]) -> DocumentRecord:
    return dev_page_record(TYPESET2, stem, pages)


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in _record(stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_typeset2_dev_sub_label_under_a_stated_quantity():  # ts2_towel_01 表1: 断裂强力/N ≥ | 经向 / 纬向
    found = _table_values("ts2_towel_01", 3, 4, table="1")
    assert ("断裂强力", ">=", 250.0, None, "N", "优等品", ("经向",)) in found
    assert ("耐摩擦色牢度", ">=", 2.0, None, "级", "合格品", ("湿摩",)) in found
    assert ("耐洗色牢度", ">=", 3.0, None, "级", "一等品", ("沾色",)) in found
    assert not any("/" in f[0] for f in found)  # no direction, dimension or rubbing joined to a name


def test_typeset2_dev_units_a_header_or_a_label_prints_in_a_shape_of_its_own():
    # ts2_waterheater_01 表2 "热水输出率μ/%": the symbol before the unit
    found = _table_values("ts2_waterheater_01", 3, table="2")
    assert ("热水输出率", ">=", 70.0, None, "%", "1级", ()) in found
    # ts2_mealreplace_01 表1 "钠（ｍｇ/餐）": a unit per meal in brackets
    found = _table_values("ts2_mealreplace_01", 3, table="1")
    assert any(f[0] == "钠" and f[4] == "mg/餐" and f[2] == 600.0 for f in found)


def test_typeset2_dev_reported_value_and_grades_by_freezing_point():  # ts2_coolant_01 表1
    found = _table_values("ts2_coolant_01", 3, table="1")
    assert not any(f[0] == "储备碱度" for f in found)  # "报告" across the grades bounds nothing
    assert ("冰点", "<=", -35.0, None, "℃", None, ("-35号",)) in found


def test_typeset2_dev_nut_tables():  # ts2_nuts_01 表2, 表3, 表4
    found = _table_values("ts2_nuts_01", 3, 4)
    # 表2: "项 目" over food categories, the indicators across the columns
    assert (
        "过氧化值",
        "<=",
        0.08,
        None,
        "g/100 g",
        None,
        ("生干坚果与籽类食品/其他生干坚果与籽类", "以脂肪计"),
    ) in found
    # the values stacked with their product form in brackets
    assert any(f[0].startswith("过氧化值") and f[2] == 0.80 and "脱壳" in f[6] for f in found)
    # 表3: the caption names the product before 水分; the unit line "单位为克每100克"
    assert ("水分", "<=", 3.0, None, "g/100 g", None, ("油炸类",)) in found
    # 表4: the food category row over the plan's items is their condition, no parent of their names
    assert any(f[0] == "大肠菌群" and f[6][0] == "熟制坚果与籽类食品" for f in found)
    assert not any("/" in f[0] or "食品" in f[0] for f in found)
