"""Table reading on pages of corpus/weasy's DEV split (standards printed by a browser engine from HTML, tables
with a frame and a header rule or banded rows and no column rules; the test split of its split.csv is never
read here), one test per failure class found there."""

from __future__ import annotations

from corpora import WEASY, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in dev_page_record(WEASY, stem, pages).indicators
        if i.table
    ]


def test_weasy_dev_label_and_unit_merged_down_sub_items():  # wp_jeans_01 表1: 水洗尺寸变化率 | % over 经向
    found = _values("wp_jeans_01", 3)
    assert ("水洗尺寸变化率", "range", -2.0, 1.0, "%", "优等品", ("经向",)) in found
    assert ("水洗尺寸变化率", "range", -3.5, 2.0, "%", "合格品", ("纬向",)) in found
    assert ("耐皂洗色牢度", ">=", 4.0, None, "级", "优等品", ("变色",)) in found
    # ≥15.0 centred under 一等品 with 优等品 and 合格品 blank: merged across the three grades
    assert [f[5] for f in found if f[0] == "撕破强力" and f[2] == 15.0] == ["优等品", "一等品", "合格品"]
    assert not any("/" in f[0] for f in found)


def test_weasy_dev_value_centred_across_blank_grades():  # wp_wolfberry_01 表2: ≤13.0 across four grades
    found = _values("wp_wolfberry_01", 4)
    assert [f[5] for f in found if f[0] == "水分"] == ["特优", "特级", "甲级", "乙级"]
    assert ("粒度", "<=", 280.0, None, "粒/50 g", "特优", ()) in found  # 特优 heads the ladder
    assert [(f[2], f[5]) for f in found if f[0] == "枸杞多糖"] == [
        (3.0, "特优"), (3.0, "特级"), (2.5, "甲级"), (2.5, "乙级")
    ]  # fmt: skip
    found = _values("wp_confinement_01", 3)  # 100 % centred in 二级's column, 一级 and 三级 blank
    assert [f[5] for f in found if f[0] == "母婴护理员持证上岗率"] == ["一级", "二级", "三级"]
