"""Table reading on pages of corpus/mupdf's DEV split (enterprise standards written in a word processor's
style and printed from HTML by MuPDF; the test split of its split.csv is never read here), one test per
failure class found there."""

from __future__ import annotations

from corpora import MUPDF, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade)
        for i in dev_page_record(MUPDF, stem, pages).indicators
        if i.table
    ]


def test_mupdf_dev_spaced_header_at_the_foot_and_rows_overleaf():  # mu_chilisauce_01 表2, pages 3-4
    found = _values("mu_chilisauce_01", 3, 4)
    assert ("水分", "<=", 60.0, "g/100g", "特级") in found  # the labels were read in a column "目"
    assert ("氨基酸态氮（以N计）", ">=", 0.2, "g/100g", "一级") in found
    # 不高于2.0 set on the edge between 特级 and 一级 overleaf: merged across both
    assert [f[4] for f in found if f[0] == "总酸（以乳酸计）"] == ["特级", "一级"]
    assert not any(f[0] == "目" for f in found)


def test_mupdf_dev_sub_items_under_a_blank_header_cell():  # mu_diatomite_01 表2, pages 3-4
    found = _values("mu_diatomite_01", 3, 4)
    metals = [(f[0], f[2], f[3]) for f in found if f[0].startswith("可溶性重金属/")]
    assert metals == [  # 铅（Pb） was read into the 单位 column, every metal's value under the group
        ("可溶性重金属/铅（Pb）", 90.0, "mg/kg"),
        ("可溶性重金属/镉（Cd）", 75.0, "mg/kg"),
        ("可溶性重金属/铬（Cr）", 60.0, "mg/kg"),  # overleaf, the group's cell blank there
        ("可溶性重金属/汞（Hg）", 60.0, "mg/kg"),
    ]
    assert ("游离甲醛", "<=", 50.0, "mg/kg", None) in found
