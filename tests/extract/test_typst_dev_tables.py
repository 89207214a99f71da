"""Table reading on pages of corpus/typst's DEV split (standards typeset by Typst with faces no earlier set
used; the test split of its split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import TYPST, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for i in dev_page_record(TYPST, stem, pages).indicators
    ]


def test_typst_dev_type_of_product_over_its_quality_grades():  # ty_phosphate_01 表1: Ⅰ类 | Ⅱ类 over grades
    record = dev_page_record(TYPST, "ty_phosphate_01", (3,))
    assert {i.table for i in record.indicators if i.grade} == {"1"}  # "表1  要求": a caption titled 要求
    found = _values("ty_phosphate_01", 3)
    assert ("硫酸盐（以SO4计）的质量分数", "<=", 0.5, "%", "优等品", ("Ⅰ类",)) in found
    assert ("硫酸盐（以SO4计）的质量分数", "<=", 1.5, "%", "合格品", ("Ⅱ类",)) in found
    assert not any("/" in (f[4] or "") for f in found)


def test_typst_dev_period_a_rate_is_counted_over():  # ty_salon_01 表3: 项目 | 指标 | 统计周期
    found = _values("ty_salon_01", 4)
    assert ("顾客满意度", ">=", 90.0, "%", None, ()) in found
    assert not any(f[1] == "qualitative" for f in found)


def test_typst_dev_table_dividing_the_product_into_sizes():  # ty_mushroom_01 表2 "以菌盖直径划分规格"
    found = _values("ty_mushroom_01", 3)
    assert not any(f[0] in ("大", "中", "小") or "菌盖直径" in f[0] for f in found)
    assert ("菌盖厚度", ">=", 0.8, "cm", "特级", ()) in found  # 表1's grades stay
