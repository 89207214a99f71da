"""Ways a requirement sentence is written that no development page showed before session 11, each a
general shape of the genre (DOMAIN.md, Requirement language), checked on sentences laid out on a
hand-built page and read by the real stages, each with a negative twin the rule must leave alone:

- names listed before 均 (or 都) and one bound: each name is bounded ("铅、镉的含量均不得超过0.1 mg/kg");
- a part of the quantity bounded before, opening with 其中 ("拉伸强度应不小于20 MPa，其中纵向不小于25 MPa"),
  also after a semicolon or a full stop: the quantity again, the part a condition;
- a bracket saying whether the bound is included ("60 ℃以下（不含60 ℃）"): a strict bound, or the
  bound restated, never a condition.
"""

from __future__ import annotations

import pytest
from corpora import TYPESET, WRITTEN
from parse.builders import page

from std_extract.document import Source
from std_extract.extract import document_to_indicators
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.model import PageScan, ScanResult
from std_extract.pipeline import process_file


def _read(lines: list[str], title: str = "产品") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under
    "2 技术要求" of a hand-built standard titled ``title``."""
    rows = [("1 范围", 60), ("本文件适用于产品。", 80), ("2 技术要求", 100)]
    rows += [(line, 120 + 20 * n) for n, line in enumerate(lines)]
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1), pages=[PageScan(page=page(1, rows, 8))]
    )
    document = pages_to_document(scan)
    document.metadata.title = title
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the head after 的 is shared by the names listed before it
        (
            "2.1 铅、镉的含量均不得超过0.1 mg/kg。",
            [("铅含量", "<=", 0.1, "mg/kg", []), ("镉含量", "<=", 0.1, "mg/kg", [])],
        ),
        (
            "2.1 铅、汞、砷均应不大于0.5 mg/kg。",
            [("铅", "<=", 0.5, "mg/kg", []), ("汞", "<=", 0.5, "mg/kg", []), ("砷", "<=", 0.5, "mg/kg", [])],
        ),
        (
            "2.1 铅和镉均不得检出。",
            [("铅", "not_detected", None, None, []), ("镉", "not_detected", None, None, [])],
        ),
        # the quantity's head printed once, after the last name
        (
            "2.1 冷藏室和冷冻室温度均应不高于8 ℃。",
            [("冷藏室温度", "<=", 8.0, "℃", []), ("冷冻室温度", "<=", 8.0, "℃", [])],
        ),
        # a joining character inside a word joins nothing (饱和脂肪酸)
        (
            "2.1 饱和脂肪酸和反式脂肪酸的含量均不得超过1 g/100 g。",
            [("饱和脂肪酸含量", "<=", 1.0, "g/100 g", []), ("反式脂肪酸含量", "<=", 1.0, "g/100 g", [])],
        ),
        # second reading: a list inside a group word's brackets gives the bracket's members; a 、 inside
        # brackets joins nothing; a sum over names (之和) is one quantity
        (
            "2.1 致病菌（沙门氏菌、金黄色葡萄球菌）均不得检出。",
            [
                ("沙门氏菌", "not_detected", None, None, []),
                ("金黄色葡萄球菌", "not_detected", None, None, []),
            ],
        ),
        (
            "2.1 重金属（以Pb计）、砷（以As计）均不大于1 mg/kg。",
            [("重金属（以Pb计）", "<=", 1.0, "mg/kg", []), ("砷（以As计）", "<=", 1.0, "mg/kg", [])],
        ),
        ("2.1 甲苯与二甲苯之和均不大于20%。", [("甲苯与二甲苯之和", "<=", 20.0, "%", [])]),
        (
            "2.1 致病菌（沙门氏菌、金黄色葡萄球菌）不得检出。",
            [("致病菌（沙门氏菌、金黄色葡萄球菌）", "not_detected", None, None, [])],
        ),
        # negative twins: no quantifier (the subject stays whole); a state shared by names is one
        # qualitative requirement (none here: free text); a table pointer after 均 states nothing
        ("2.1 铅、镉的含量不得超过0.1 mg/kg。", [("铅、镉的含量", "<=", 0.1, "mg/kg", [])]),
        ("2.1 色泽、滋味均应正常。", []),
        ("2.1 各项卫生指标均应符合表2的规定。", []),
        ("2.1 含水量均不大于12%。", [("含水量", "<=", 12.0, "%", [])]),
    ],
)
def test_clause_shapes_bound_shared_by_names_listed_before_a_quantifier(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 拉伸强度应不小于20 MPa，其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        # the name carries over a semicolon or a full stop
        (
            "2.1 拉伸强度应不小于20 MPa；其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        (
            "2.1 拉伸强度应不小于20 MPa。其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
        # negative twins: a quantity of its own after 其中 keeps its name (a nested quantity); a part
        # under a condition is read as before; two names joined by a semicolon stay two names
        (
            "2.1 碎米总量应不大于15%，其中小碎米含量不大于1.5%。",
            [("碎米总量", "<=", 15.0, "%", []), ("小碎米含量", "<=", 1.5, "%", [])],
        ),
        (
            "2.1 温升应不大于60 K，其中手柄在连续工作时应不大于30 K。",
            [("温升", "<=", 60.0, "K", []), ("温升", "<=", 30.0, "K", ["手柄", "在连续工作时"])],
        ),
        (
            "2.1 水分应不大于12%；灰分不大于1.0%。",
            [("水分", "<=", 12.0, "%", []), ("灰分", "<=", 1.0, "%", [])],
        ),
    ],
)
def test_clause_shapes_part_opening_with_qizhong_is_a_condition(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 温度应在60 ℃以上（含60 ℃）。", [("温度", ">=", 60.0, "℃", [])]),
        ("2.1 温度应在60 ℃以下（不含60 ℃）。", [("温度", "<", 60.0, "℃", [])]),
        ("2.1 响应时间应在3 h以内（不含3 h）。", [("响应时间", "<", 3.0, "h", [])]),
        ("2.1 使用寿命应在3000 h以上（含本数）。", [("使用寿命", ">=", 3000.0, "h", [])]),
        ("2.1 使用寿命应在3000 h以上（不含）。", [("使用寿命", ">", 3000.0, "h", [])]),
        # negative twin: a bracket naming what the value includes is a condition, the bound unchanged
        ("2.1 水分应不大于12%（含结晶水）。", [("水分", "<=", 12.0, "%", ["含结晶水"])]),
    ],
)
def test_clause_shapes_bracket_saying_whether_the_bound_is_included(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 推荐 (建议) before an amount names the amount, it recommends nothing; the amount taken is a matrix
        (
            "2.1 每日推荐摄入量中咖啡因的含量不应超过200 mg。",
            [("咖啡因的含量", "<=", 200.0, "mg", ["每日推荐摄入量"])],
        ),
        # negative twins: a recommendation stays no requirement
        ("2.1 建议温度不超过30 ℃。", []),
        ("2.1 温度宜不超过30 ℃。", []),
        ("2.1 推荐使用温度不超过30 ℃。", []),
    ],
)
def test_clause_shapes_recommended_amount_is_a_noun(sentence, expected):
    assert _read([sentence], "运动营养食品") == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # "X按式（1）计算，其值不大于1": the value computed is X's
        (["2.1 能效指数按式（1）计算，其值应不大于1.0。"], [("能效指数", "<=", 1.0, None, [])]),
        (["2.1 吸水率按式（1）计算，其平均值应不大于0.5%。"], [("吸水率平均值", "<=", 0.5, "%", [])]),
        # the formula's number wrapped onto the next line is no list item
        (
            [
                "2.1 含有两种以上核素时，各核素的实测浓度与其限制浓度之比的总和按式",
                "（1）计算，其值不大于1。",
            ],
            [("各核素的实测浓度与其限制浓度之比的总和", "<=", 1.0, None, ["含有两种以上核素时"])],
        ),
        # what a computed sum counts is a calculation, no limit
        (["2.1 实测浓度低于检测方法探测下限的核素，不计入式（1）的总和。"], []),
        # negative twins: 其值 with no formula before keeps its own (bare) name; a list item after a
        # line not ending in 式 still opens a sentence
        (["2.1 其值应不大于1.0。"], [("值", "<=", 1.0, None, [])]),
        (
            ["2.1 理化指标应符合下列要求：", "（1）水分不大于12%；", "（2）灰分不大于1.0%。"],
            [("水分", "<=", 12.0, "%", []), ("灰分", "<=", 1.0, "%", [])],
        ),
    ],
)
def test_clause_shapes_value_of_a_quantity_computed_by_a_formula(lines, expected):
    assert _read(lines, "产品") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the products a run-in clause holds for, named alone before its requirement: a condition
        (
            "2.1 电源线长度：带电源线的吸尘器，电源线的长度不小于5.0 m。",
            [("电源线的长度", ">=", 5.0, "m", ["带电源线的吸尘器"])],
        ),
        # negative twin: a state after the heading is the heading's qualitative requirement
        ("2.1 外观：表面应平整，无裂纹。", [("外观", "qualitative", None, None, [])]),
    ],
)
def test_clause_shapes_products_named_before_the_requirement(sentence, expected):
    assert _read([sentence], "家用吸尘器") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a qualitative name of the lexicon must end a word: 安全 in 安全帽 is none
        ("2.1 安全帽的所有部件不应有锐边、毛刺。", []),
        # negative twin: a name ending its word before the state
        ("2.1 色泽均匀一致。", [("色泽", "qualitative", None, None, [])]),
    ],
)
def test_clause_shapes_named_state_ends_a_word(sentence, expected):
    assert _read([sentence], "产品") == expected


def test_clause_shapes_statistic_of_an_absorption_train():
    found = _read(["2.1 第一支吸收瓶中氯化氢的吸收效率不应低于90%，否则应重新采样。"], "氯化氢的测定")
    assert found == [("吸收效率", ">=", 90.0, "%", ["第一支吸收瓶中氯化氢"])]


def _clauses(pdf) -> dict[str, list]:
    """The indicators read from the clauses of a dev document, by name."""
    out: dict[str, list] = {}
    for indicator in process_file(pdf).indicators:
        if indicator.table is None:
            out.setdefault(indicator.name, []).append(indicator)
    return out


def test_clause_shapes_dev_pages_of_the_typeset_and_written_layouts():
    vacuum = _clauses(TYPESET / "ts_vacuum_01.pdf")
    # 4.6 电源线长度：带电源线的吸尘器，电源线的长度不小于5.0 m
    assert [(i.value, i.conditions) for i in vacuum["电源线的长度"]] == [(5.0, ["带电源线的吸尘器"])]
    assert "电源线长度" not in vacuum
    # 4.3 …之比的总和按式\n（1）计算，其值不大于1; 4.4 …的核素，不计入式（1）的总和
    radionuclide = _clauses(TYPESET / "ts_radionuclide_01.pdf")
    assert [(i.comparator, i.value) for i in radionuclide["各核素的实测浓度与其限制浓度之比的总和"]] == [
        ("<=", 1.0)
    ]
    assert "值" not in radionuclide and "实测浓度" not in radionuclide
    # 5.6 含咖啡因的产品，每日推荐摄入量中咖啡因的含量不应超过200 mg
    sports = _clauses(TYPESET / "ts_sportsfood_01.pdf")
    assert [(i.comparator, i.value, i.unit) for i in sports["咖啡因的含量"]] == [("<=", 200.0, "mg")]
    # 9.2 第一支吸收瓶中氯化氢的吸收效率不应低于90%
    method = _clauses(TYPESET / "ts_hclmethod_01.pdf")
    assert [(i.value, i.conditions) for i in method["吸收效率"]] == [(90.0, ["第一支吸收瓶中氯化氢"])]
    # wr_helmet_01 5.1.8: 安全帽的所有部件不应有锐边、毛刺 is no 安全
    assert "安全" not in _clauses(WRITTEN / "wr_helmet_01.pdf")
