"""Clause and number classes on pages of the DEV splits of corpus/written (a third author's
word-processor standards, corpus/written/README.md) and corpus/national (national-standard style,
corpus/national/README.md), read by the real pipeline.  Only dev documents are read here: the test
splits are held out."""

from __future__ import annotations

import pytest
from corpora import NATIONAL, WRITTEN

from std_extract.evaluate.gold import read_split
from std_extract.pipeline import process_file


def _dev_pdf(stem: str):
    folder = NATIONAL if stem.startswith("nat_") else WRITTEN
    split = folder / "split.csv"
    if not split.is_file():
        pytest.skip(f"{split} is absent")
    assert read_split(split)[stem] == "dev"  # never a held-out document
    return folder / f"{stem}.pdf"


def _values(stem: str, pages: list[int], table: bool | None = None) -> dict[str, list]:
    """(comparator, value, unit) by name of the indicators of ``pages`` (only the tables' or only the
    clauses' when ``table`` says so)."""
    out: dict[str, list] = {}
    for i in process_file(_dev_pdf(stem), classify=False, pages=pages).indicators:
        if table is None or (i.table is not None) == table:
            out.setdefault(i.name, []).append((i.comparator, i.value, i.unit))
    return out


def test_written_dev_sampling_plan_exponents_set_as_browser_sup():
    # 表3 微生物限量: m and M printed "10" with a raised 0.83-size "4" (10⁴), "5×10⁴"
    cake = _values("wr_mooncake_01", [4], table=True)
    assert cake["菌落总数"] == [("<=", 10000.0, "CFU/g"), ("<=", 100000.0, "CFU/g")]
    assert cake["大肠菌群"] == [("<=", 10.0, "CFU/g"), ("<=", 100.0, "CFU/g")]
    tofu = _values("wr_tofu_01", [4], table=True)
    assert tofu["菌落总数"] == [("<=", 50000.0, "CFU/g"), ("<=", 100000.0, "CFU/g")]


def test_written_dev_clause_labels_durations_wrapped_words_and_owners():
    kettle = _values("wr_kettle_02", [3, 4], table=False)
    assert kettle["恒温持续时间"] == [(">=", 2.0, "h")]  # 应不短于２ h
    assert kettle["温度显示误差"] == [("<=", 3.0, "℃")]  # 温度显示误差：…之差的绝对值不大于3 ℃
    assert kettle["跌落"] == [("qualitative", None, None)]  # 跌落：…跌落后，壶体不应破裂、功能正常
    assert kettle["报修响应时间"] == [("<=", 48.0, "h")]  # "…48 h内响" / "应": a word wrapped
    assert kettle["与水接触的塑料部件"] == [("reference", None, None)]
    assert kettle["安全要求"] == [("reference", None, None)]  # 恒温壶（以下简称）的安全要求
    hotel = _values("wr_hotel_01", [3, 4], table=False)
    assert hotel["其他指标"] == [("reference", None, None)]  # after "…应符合表2的规定，"
    assert hotel["客人离店后遗留物品的保管期限"] == [(">=", 6.0, "个月")]
    lift = _values("wr_elevator_01", [3], table=False)
    assert lift["每名维保人员负责维保的电梯数量"] == [("<=", 30.0, "台")]


def test_written_dev_service_deadlines_frequencies_and_procedure_cells():
    hotel = _values("wr_hotel_01", [3, 4], table=False)
    assert hotel["走客房清扫时限"] == [("<=", 30.0, "min")]  # 为宾客离店后30 min内
    assert hotel["一般投诉处理时限"] == [("<=", 24.0, "h")]  # 时限为24 h
    lift = _values("wr_elevator_01", [3], table=False)
    assert lift["自行检查频次"] == [(">=", 1.0, "次")]  # 维保单位每年至少进行一次自行检查
    kettle = _values("wr_kettle_01", [4], table=True)
    # 表1 电气强度: "施加1 250 V、50 Hz电压，历时1 min，不应发生击穿或闪络" is one qualitative requirement
    assert kettle["电气强度"] == [("qualitative", None, None)]


def test_dev_product_variants_opening_a_subject_are_conditions():
    helmet = _values("wr_helmet_01", [1, 3], table=False)  # the cover gives the title
    assert helmet["质量"] == [("<=", 430.0, "g"), ("<=", 600.0, "g")]  # 质量：普通型…, 特殊型安全帽质量…
    cement = _values("nat_cement_01", [1, 3, 4], table=False)
    assert cement["初凝"] == [(">=", 45.0, "min"), (">=", 45.0, "min")]  # 硅酸盐水泥初凝不小于45 min
