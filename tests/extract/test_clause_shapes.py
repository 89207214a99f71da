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
from corpora import TYPESET, TYPESET2, WRITTEN, clause_indicators_by_name
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators


def _read(lines: list[str], title: str = "产品") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under
    "2 技术要求" of a hand-built standard titled ``title``."""
    document = requirement_document(lines, title=title)
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the head after 的 is shared by the names listed before it, printed as the document prints it
        (
            "2.1 铅、镉的含量均不得超过0.1 mg/kg。",
            [("铅的含量", "<=", 0.1, "mg/kg", []), ("镉的含量", "<=", 0.1, "mg/kg", [])],
        ),
        # a matrix before the list is a condition (nothing when it names the product)
        (
            "2.1 内胆涂层中铅、镉的溶出量均不得超过0.01 mg/L。",
            [
                ("铅的溶出量", "<=", 0.01, "mg/L", ["内胆涂层"]),
                ("镉的溶出量", "<=", 0.01, "mg/L", ["内胆涂层"]),
            ],
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
            [("饱和脂肪酸的含量", "<=", 1.0, "g/100 g", []), ("反式脂肪酸的含量", "<=", 1.0, "g/100 g", [])],
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
        # 分别 over names sharing the head after 的, and a modifier in 性 before the first name
        (
            "2.1 可溶性铅、镉和汞的含量分别不大于90 mg/kg、75 mg/kg和60 mg/kg。",
            [
                ("可溶性铅的含量", "<=", 90.0, "mg/kg", []),
                ("可溶性镉的含量", "<=", 75.0, "mg/kg", []),
                ("可溶性汞的含量", "<=", 60.0, "mg/kg", []),
            ],
        ),
        # the owner of the first name owns each quantity listed after it
        (
            "2.1 镁棒的直径和长度分别不小于20 mm和200 mm。",
            [("镁棒的直径", ">=", 20.0, "mm", []), ("镁棒的长度", ">=", 200.0, "mm", [])],
        ),
        # negative twins: names printing their own owner, and no 的 at all, are read as before
        (
            "2.1 内胆的厚度和外壳的厚度分别不小于2 mm和1 mm。",
            [("内胆的厚度", ">=", 2.0, "mm", []), ("外壳的厚度", ">=", 1.0, "mm", [])],
        ),
        (
            "2.1 铅和汞的含量分别不大于1 mg/kg和0.5 mg/kg。",
            [("铅的含量", "<=", 1.0, "mg/kg", []), ("汞的含量", "<=", 0.5, "mg/kg", [])],
        ),
    ],
)
def test_clause_shapes_respectively_over_a_shared_head_owner_or_modifier(sentence, expected):
    assert _read([sentence], "涂料") == expected


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
    return clause_indicators_by_name(pdf)


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading (review of 75a23cb): the rest of the last name after the counterpart of each name,
        # never a one-character head; names listed before 的 keep their owner words
        (
            "2.1 经、纬向断裂强力均应不小于300 N。",
            [("经向断裂强力", ">=", 300.0, "N", []), ("纬向断裂强力", ">=", 300.0, "N", [])],
        ),
        (
            "2.1 纵向、横向拉伸强度均≥20 MPa。",
            [("纵向拉伸强度", ">=", 20.0, "MPa", []), ("横向拉伸强度", ">=", 20.0, "MPa", [])],
        ),
        (
            "2.1 冷水和热水管道的工作压力均为0.6 MPa。",
            [("冷水管道的工作压力", "=", 0.6, "MPa", []), ("热水管道的工作压力", "=", 0.6, "MPa", [])],
        ),
        # twins: names sharing no counterpart stay as printed
        (
            "2.1 铅、汞和六价铬均不大于1 mg/kg。",
            [
                ("铅", "<=", 1.0, "mg/kg", []),
                ("汞", "<=", 1.0, "mg/kg", []),
                ("六价铬", "<=", 1.0, "mg/kg", []),
            ],
        ),
        (
            "2.1 苯、甲苯和二甲苯的总和均不得超过100 mg/kg。",
            [("苯、甲苯和二甲苯的总和", "<=", 100.0, "mg/kg", [])],
        ),
    ],
)
def test_clause_shapes_shared_rest_after_the_counterpart(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading (review of 75a23cb): a kind of the quantity before keeps its own name; a part whose
        # value is in another unit than the carried quantity's is no part of it
        (
            "2.1 蛋白质含量应不低于12.0%，其中乳蛋白质不低于6.0%。",
            [("蛋白质含量", ">=", 12.0, "%", []), ("乳蛋白质", ">=", 6.0, "%", [])],
        ),
        (
            "2.1 总酸应不低于3.5 g/100 mL，其中乙酸不低于3.0 g/100 mL。",
            [("总酸", ">=", 3.5, "g/100 mL", []), ("乙酸", ">=", 3.0, "g/100 mL", [])],
        ),
        (
            "2.1 拉伸强度应不小于20 MPa；断裂伸长率应不小于300%。其中纵向不小于25 MPa。",
            [
                ("拉伸强度", ">=", 20.0, "MPa", []),
                ("断裂伸长率", ">=", 300.0, "%", []),
                ("纵向", ">=", 25.0, "MPa", []),
            ],
        ),
    ],
)
def test_clause_shapes_qizhong_kind_or_other_unit_is_no_part(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading (review of c5a71e3): a recommended amount bounded itself stays a recommendation
        ("2.1 建议含水量不超过12%。", []),
        ("2.1 推荐使用量不超过3%。", []),
        ("2.1 建议值不低于80%。", []),
    ],
)
def test_clause_shapes_recommended_amount_bounded_itself_is_a_recommendation(sentence, expected):
    assert _read([sentence], "运动营养食品") == expected


def test_clause_shapes_title_product_named_before_the_requirement_restricts_nothing():
    # second reading (review of c5a71e3): the title's product itself is no condition
    assert _read(["2.1 吸入功率：吸尘器，吸入功率不小于100 W。"], "吸尘器") == [
        ("吸入功率", ">=", 100.0, "W", [])
    ]


def test_clause_shapes_dev_pages_of_typeset2_lists_sharing_a_bound():
    # ts2_coolant_01 4.7: 冷却液中铅、镉、汞、六价铬的含量均不得超过5 mg/kg (冷却液 the product: no condition)
    coolant = _clauses(TYPESET2 / "ts2_coolant_01.pdf")
    for metal in ("铅", "镉", "汞", "六价铬"):
        assert [(i.comparator, i.value, i.unit, i.conditions) for i in coolant[f"{metal}的含量"]] == [
            ("<=", 5.0, "mg/kg", [])
        ]
    assert [i.conditions for i in coolant["水的质量分数"]] == [["浓缩液"]]  # 4.4 浓缩液中水的质量分数
    # ts2_waterheater_01 4.8 镁棒的直径和长度分别不小于20 mm和200 mm; 4.9 内胆涂层中铅、镉的溶出量均…
    heater = _clauses(TYPESET2 / "ts2_waterheater_01.pdf")
    assert [(i.value, i.unit) for i in heater["镁棒的长度"]] == [(200.0, "mm")]
    assert [(i.value, i.conditions) for i in heater["镉的溶出量"]] == [(0.01, ["内胆涂层"])]
    # ts2_waterproof_01 4.4 可溶性铅、镉、六价铬和汞的含量分别不大于90 mg/kg、75 mg/kg、60 mg/kg和60 mg/kg
    coating = _clauses(TYPESET2 / "ts2_waterproof_01.pdf")
    assert [(i.comparator, i.value) for i in coating["可溶性镉的含量"]] == [("<=", 75.0)]
    assert [(i.comparator, i.value) for i in coating["可溶性汞的含量"]] == [("<=", 60.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading (review of 988d5a9): grades, classes, kinds and numbered samples listed before 的
        # are no owners of the quantity: it is read as before the lists (one name)
        ("2.1 A级和B级产品的含水率均不大于12%。", [("含水率", "<=", 12.0, "%", [])]),
        ("2.1 优等品和一等品的断裂强力均不小于300 N。", [("断裂强力", ">=", 300.0, "N", [])]),
        ("2.1 新建和改建项目的绿地率均不低于30%。", [("绿地率", ">=", 30.0, "%", [])]),
        # an element after 其中 is a nutrient of its own, no part
        (
            "2.1 总养分应不低于25%，其中氮不低于8%。",
            [("总养分", ">=", 25.0, "%", []), ("氮", ">=", 8.0, "%", [])],
        ),
    ],
)
def test_clause_shapes_grades_listed_before_a_shared_head_are_no_owners(sentence, expected):
    assert _read([sentence]) == expected
