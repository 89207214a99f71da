"""Table reading on pages of corpus/pdftex's DEV split (national and sector standards set by pdfLaTeX with
CJK fonts, booktabs rules; the test split of its split.csv is never read here), one test per failure class
found there."""

from __future__ import annotations

from corpora import PDFTEX, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for i in dev_page_record(PDFTEX, stem, pages).indicators
    ]


def test_pdftex_dev_classes_over_a_grade_ladder():  # pt_sodaash_01 表1: 指标 > Ⅰ类 | Ⅱ类 > grades
    found = _values("pt_sodaash_01", 3)
    named = [f for f in found if f[0].startswith("总碱量")]
    assert [(f[2], f[4], f[5]) for f in named] == [
        (99.4, "优等品", ("Ⅰ类",)),
        (99.2, "优等品", ("Ⅱ类",)),
        (98.8, "一等品", ("Ⅱ类",)),
        (98.0, "合格品", ("Ⅱ类",)),
    ]
    bulk = [(f[2], f[4]) for f in found if f[0] == "堆积密度"]  # 0.90 centred under Ⅱ类, its grades blank
    assert bulk == [(0.85, "优等品"), (0.9, "优等品"), (0.9, "一等品"), (0.9, "合格品")]
    assert not any(f[0] == "项目" for f in found)  # the items header, \multirow'd on a line of its own
    assert any(f[0] == "粒度（180 μm筛余物）" for f in found)  # the marker before the bracket dropped


def test_pdftex_dev_class_under_a_quantity_of_a_grade_table():  # pt_microwave_01 表1
    found = _values("pt_microwave_01", 3)
    assert ("效率", ">=", 62.0, "%", "1级", ("P≤800 W",)) in found
    assert ("效率", ">=", 54.0, "%", "3级", ("P＞800 W",)) in found
    assert ("关机功率", "<=", 0.3, "W", "1级", ()) in found
    assert not any("/" in f[0] for f in found if f[0].startswith("效率"))


def test_pdftex_dev_chapter_binding_a_table_of_allowed_deviations():  # pt_feedlabel_01 表1 (7 …允许偏差)
    found = _values("pt_feedlabel_01", 3, 4)
    calcium = [(f[1], f[5]) for f in found if f[0] == "钙"]
    assert calcium == [("tolerance", ("＜5.0%",)), ("tolerance", ("≥5.0%",))]
    assert any(f[0] == "赖氨酸" for f in found) and any(f[0] == "总磷" for f in found)
