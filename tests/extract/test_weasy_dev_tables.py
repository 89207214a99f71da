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


def test_weasy_dev_comparator_words_on_a_header_row_of_their_own():  # wp_dehumidifier_01 表1
    found = _values("wp_dehumidifier_01", 3)
    assert ("能效系数", ">=", 1.6, None, "L/kWh", None, ("12 L/d＜D≤25 L/d",)) in found
    assert ("水箱有效容积", ">=", 5.0, None, "L", None, ("25 L/d＜D≤50 L/d",)) in found
    assert [f[1] for f in found if f[0].startswith("噪声")] == ["<=", "<=", "<="]


def test_weasy_dev_conditions_stacked_beside_values_and_kinds_of_the_product():
    found = _values("wp_confinement_01", 3, 4)  # 表2: 室内温度 | 夏季 / 冬季 | 24～26 / 22～24
    assert ("室内温度", "range", 24.0, 26.0, "℃", None, ("夏季",)) in found
    assert ("室内温度", "range", 22.0, 24.0, "℃", None, ("冬季",)) in found
    found = _values("wp_facemask_01", 3)  # 表1: 项目 | 贴片面膜 | 膏（泥）状面膜 over sensory requirements
    kinds = [("贴片面膜",), ("膏（泥）状面膜",)]
    sensory = [(f[0], f[6]) for f in found if f[1] == "qualitative" and f[0] in ("外观", "香气")]
    assert sensory == [(name, kind) for name in ("外观", "香气") for kind in kinds]


def test_weasy_dev_group_border_header_rows_and_padded_signs():  # wp_vegoil_01 表2
    found = _values("wp_vegoil_01", 3)
    first_condition = [(*f[:6], f[6][:1]) for f in found]  # the 4ᵃ keeps its footnote as a second
    assert ("酸价（KOH）", "<=", 4.0, None, "mg/g", None, ("植物原油",)) in first_condition
    assert [f[6] for f in found if f[0] == "过氧化值"] == [("植物原油",), ("食用植物油（包括调和油）",)]
    assert ("极性组分", "<=", 27.0, None, "%", None, ("煎炸过程中的食用植物油",)) in found
    assert not any(f[0] in ("项/目", "项") or f[1] == "reference" for f in found)
