"""Table reading on pages of corpus/fpdf's DEV split (standards drawn with fpdf2: tables ruled by
horizontal lines, some only between groups of rows; the test split of its split.csv is never read here),
one test per failure class found there."""

from __future__ import annotations

from corpora import FPDF, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, tuple(i.conditions), i.test_method)
        for i in dev_page_record(FPDF, stem, pages).indicators
        if i.table
    ]


def test_fpdf_dev_rows_of_a_band_ruled_only_between_groups():  # fp_snailnoodle_01 表2 组分 | 项目 | 指标
    found = _values("fp_snailnoodle_01", 3, 4)
    assert ("水分", "<=", 14.0, None, "g/100 g", ("干米粉",), "GB 5009.3") in found
    assert ("断条率", "<=", 8.0, None, "%", ("干米粉",), "附录A") in found
    assert ("食盐（以NaCl计）", "range", 8.0, 15.0, "g/100 g", ("汤料包",), "GB 5009.44") in found
    assert ("过氧化值（以脂肪计）", "<=", 0.5, None, "g/100 g", ("配菜包",), "GB 5009.227") in found
    assert not any("\n" in f[0] or "≤" in f[0] for f in found)  # no labels run together


def test_fpdf_dev_open_sided_grid_keeps_its_label_and_method_columns():  # fp_sodiumsilicate_01 表1
    # column rules inside, no rule down either side: the row labels and the methods are in the grid
    found = _values("fp_sodiumsilicate_01", 4)
    assert len(found) >= 40
    assert ("水不溶物", "<=", 0.4, None, "%", ("液-1",), "5.5") in [f[:5] + (f[5][:1], f[6]) for f in found]
    assert {f[6] for f in found} >= {"5.5", "5.6", "5.7", "5.8", "5.9"}
