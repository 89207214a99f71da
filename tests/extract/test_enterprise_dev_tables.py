"""Table interpretation on real pages of ../shared/enterprise-dev (dev split only: the test split of
corpus/enterprise-dev/split.csv is never read here), one test per failure class of issue 12."""

from __future__ import annotations

import csv
from functools import cache

import pytest
from corpora import ENTERPRISE_DEV, ENTERPRISE_SPLIT

from std_extract.pipeline import process_file
from std_extract.record import DocumentRecord

pytestmark = pytest.mark.real


@cache
def _dev_stems() -> frozenset[str]:
    with ENTERPRISE_SPLIT.open(encoding="utf-8") as handle:
        return frozenset(row["stem"] for row in csv.DictReader(handle) if row["split"] == "dev")


@cache
def _record(stem: str) -> DocumentRecord:
    assert stem in _dev_stems(), f"{stem} is not in the dev split"
    path = ENTERPRISE_DEV / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip("../shared/enterprise-dev is absent")
    return process_file(path, classify=False)


def _values(stem: str, name: str) -> list[tuple]:
    return [
        (i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in _record(stem).indicators
        if i.name == name
    ]


def test_enterprise_dev_full_width_units_in_row_labels():  # class 1: 铅（以Pb计）（ｍｇ∕ｋｇ）
    assert _values("dev_protein_02", "铅（以Pb计）") == [("<=", 0.3, None, "mg/kg", None, ())]
    assert _values("dev_protein_02", "蛋白质")[0][:4] == (">=", 40.0, None, "g/100g")


def test_enterprise_dev_transposed_table_by_conductor_size():  # class 2 (and 3: units under the names)
    for stem in ("dev_cable_01", "dev_cable_02"):  # a three-line table, a ruled one with a unit row
        found = _values(stem, "平均外径上限")
        assert [(c, v, u, cond) for c, v, _, u, _, cond in found][:2] == [
            ("<=", 3.3, "mm", ("标称截面积1.5 mm²",)),
            ("<=", 3.9, "mm", ("标称截面积2.5 mm²",)),
        ]  # fmt: skip  (the class stated with the quantity and unit its column's header names)
        flags = {f for i in _record(stem).indicators if i.name == "平均外径上限" for f in i.flags}
        assert "table_transposed" in flags


def test_enterprise_dev_condition_rows_under_a_named_column():  # class 4: 额定功率 classes × 热效率 grades
    found = _values("dev_ricecooker_01", "热效率")
    assert found[:3] == [
        (">=", v, None, "%", g, ("P≤400 W",)) for v, g in ((83.0, "1级"), (79.0, "2级"), (75.0, "3级"))
    ]  # the unit of 额定功率P/W after the class's number
    assert len(found) == 12
    assert found[3][5] == ("400 W＜P≤600 W",)


def test_enterprise_dev_per_basis_min_max_columns():  # class 5
    energy = _values("dev_protein_02", "能量")
    assert [(c, v, vmax, u, cond) for c, v, vmax, u, _, cond in energy] == [
        ("range", 1500.0, 1800.0, "kJ", ("每100 g",)),
        ("range", 450.0, 540.0, "kJ", ("每份（30 g）",)),  # the basis of a serving kept too
    ]


def test_enterprise_dev_caption_names_the_indicator():  # class 6: 表3 各品种馅料含量
    found = _values("dev_dumpling_02", "馅料含量")
    assert [(c, v, u, cond) for c, v, _, u, _, cond in found] == [
        (">=", 50.0, "%", ("猪肉白菜水饺",)), (">=", 50.0, "%", ("猪肉玉米水饺",)),
        (">=", 45.0, "%", ("三鲜水饺",)), (">=", 40.0, "%", ("素三鲜水饺",)),
    ]  # fmt: skip


def test_enterprise_dev_category_rows_nest_their_rows():  # class 7: 老化前 / 其中：抗张强度
    assert _values("dev_cable_01", "老化前/抗张强度") == [(">=", 12.5, None, "N/mm²", None, ())]
    assert _values("dev_cable_01", "热失重（80 ℃，7 d）") == [("<=", 2.0, None, "mg/cm²", None, ())]
    # a ruled table: the rows back at the category's indent close its group (the cell's text start)
    assert _values("dev_cable_02", "热失重（80 ℃，7 d）") == [("<=", 2.0, None, "mg/cm²", None, ())]
    assert _values("dev_cable_02", "空气烘箱老化后（80 ℃，7 d）/抗张强度变化率")


def test_enterprise_dev_footnote_marker_beside_a_wrapped_label():  # a three-line table, dev_toy_01 表2
    name = "邻苯二甲酸二异壬酯（DINP）、邻苯二甲酸二异癸酯（DIDP）和邻苯二甲酸二正辛酯（DNOP）总量"
    assert _values("dev_toy_01", name) == [
        ("<=", 0.1, None, "%", None, ("仅适用于可放入口中的玩具和玩具部件",))
    ]


def test_enterprise_dev_sampling_plan_m_and_M_only():  # class 8
    record = _record("dev_dumpling_02")
    staph = [(i.comparator, i.value, i.unit) for i in record.indicators if i.name == "金黄色葡萄球菌"]
    assert staph == [("<=", 1000.0, "CFU/g"), ("<=", 10000.0, "CFU/g")]
    assert not any(i.name in {"n", "c"} for i in record.indicators)


def test_enterprise_dev_stacked_condition_lines():  # class 7: dev_water_01 表2 溴酸盐 by process
    assert _values("dev_water_01", "溴酸盐") == [
        ("<=", 0.01, None, "mg/L", None, ("臭氧消毒工艺",)),
        ("not_detected", None, None, None, None, ("其他消毒工艺",)),
    ]
