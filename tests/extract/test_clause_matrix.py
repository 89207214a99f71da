"""The clause-variant matrix (issue 12): every modal form crossed with every comparator wording, number
form and unit, and the contexts that state no indicator (test conditions, sampling, formulas, storage,
notes, scope and annex numbers), each read by the real stages on a hand-built page.

The expected values follow DOMAIN.md (Requirement language) and the gold conventions
(corpus/GOLD_FORMAT.md): names as printed without comparator and unit, Chinese numerals as numbers,
以上/以下 include the number, ± around a centre is a ``tolerance`` with the centre as value.  A
failing combination is a failure class of the clause stages, not of one document.
"""

from __future__ import annotations

import itertools

import pytest
from parse.builders import page

from std_extract.document import Source
from std_extract.extract import document_to_indicators
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.model import PageScan, ScanResult


def _indicators(rows: list[str], title: str | None = None):
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1),
        pages=[PageScan(page=page(1, [(text, 40 + 18 * n) for n, text in enumerate(rows)], 8))],
    )
    document = pages_to_document(scan)
    if title:
        document.metadata.title = title
    return document_to_indicators(document)


def _read(sentence: str) -> list[tuple]:
    """(name, comparator, value, value_max, tolerance, unit) of "2.1 <sentence>" under 2 技术要求."""
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", f"2.1 {sentence}"]
    return [(i.name, i.comparator, i.value, i.value_max, i.tolerance, i.unit) for i in _indicators(rows)]


MODALS = ["应", "应当", "须", "必须", ""]
COMPARATORS = {
    "不大于": "<=",
    "不超过": "<=",
    "不高于": "<=",
    "小于或等于": "<=",
    "≤": "<=",
    "不小于": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "大于或等于": ">=",
    "≥": ">=",
    "小于": "<",
    "低于": "<",
    "大于": ">",
    "高于": ">",
}


@pytest.mark.parametrize(("modal", "word"), itertools.product(MODALS, COMPARATORS))
def test_clause_matrix_modal_and_word_comparator(modal, word):
    assert _read(f"含水量{modal}{word}12%。") == [("含水量", COMPARATORS[word], 12.0, None, None, "%")]


@pytest.mark.parametrize(
    ("phrase", "comparator"),
    [
        ("不应大于", "<="),
        ("不得大于", "<="),
        ("应不大于", "<="),
        ("不应超过", "<="),
        ("不得超过", "<="),
        ("应不超过", "<="),
        ("不应低于", ">="),
        ("不得低于", ">="),
        ("不得少于", ">="),
        ("应不低于", ">="),
        ("不应小于", ">="),
        ("不得小于", ">="),
        ("至少为", ">="),
        ("最低为", ">="),
        ("最高为", "<="),
    ],
)
def test_clause_matrix_negated_modals(phrase, comparator):
    assert _read(f"含水量{phrase}12%。") == [("含水量", comparator, 12.0, None, None, "%")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("含水量应在12%以下。", ("含水量", "<=", 12.0, None, None, "%")),
        ("使用寿命应在3000 h以上。", ("使用寿命", ">=", 3000.0, None, None, "h")),
        ("投诉处理率应达到98%以上。", ("投诉处理率", ">=", 98.0, None, None, "%")),
        ("响应时间应在5 s以内。", ("响应时间", "<=", 5.0, None, None, "s")),
        ("破损率应控制在0.1%以内。", ("破损率", "<=", 0.1, None, None, "%")),
        ("含水量应在10%～12%之间。", ("含水量", "range", 10.0, 12.0, None, "%")),
        ("含水量应在10%至12%之间。", ("含水量", "range", 10.0, 12.0, None, "%")),
        ("pH值应为6.0～8.5。", ("pH值", "range", 6.0, 8.5, None, None)),
        ("pH值应为6.0~8.5。", ("pH值", "range", 6.0, 8.5, None, None)),
        ("pH值应为6.0-8.5。", ("pH值", "range", 6.0, 8.5, None, None)),
        ("pH值应为6.0至8.5。", ("pH值", "range", 6.0, 8.5, None, None)),
        ("pH值应在6.0～8.5范围内。", ("pH值", "range", 6.0, 8.5, None, None)),
        ("工作温度应为（23±2）℃。", ("工作温度", "tolerance", 23.0, None, 2.0, "℃")),
        ("工作温度应为23 ℃±2 ℃。", ("工作温度", "tolerance", 23.0, None, 2.0, "℃")),
        ("工作温度应为23℃±2℃。", ("工作温度", "tolerance", 23.0, None, 2.0, "℃")),
        ("净含量偏差不超过±2%。", ("净含量偏差", "tolerance", None, None, 2.0, "%")),
    ],
)
def test_clause_matrix_ranges_suffixes_and_tolerances(sentence, expected):
    assert _read(sentence) == [expected]


NUMBERS = [
    ("12", 12.0),
    ("１２", 12.0),  # full-width digits
    ("12.5", 12.5),
    ("１２．５", 12.5),  # full-width decimal point
    ("0.05", 0.05),
    ("1×10³", 1000.0),  # scientific notation
    ("1×10⁴", 10000.0),
    ("12 .5", 12.5),  # a space the text layer put inside the number
]
UNITS = [
    "℃",
    "mg/kg",
    "次/年",
    "个工作日",
    "h",
    "min",
    "%",
    "mm",
    "dB(A)",
    "kWh/24h",
    "CFU/g",
    "g/100g",
    "Ω",
    "声",
]


@pytest.mark.parametrize(("number", "unit"), itertools.product(NUMBERS, UNITS))
def test_clause_matrix_number_forms_and_units(number, unit):
    printed, value = number
    space = " " if unit[0].isascii() and unit != "%" else ""
    assert _read(f"测定值应不大于{printed}{space}{unit}。") == [("测定值", "<=", value, None, None, unit)]
    assert _read(f"测定值≥{printed}{space}{unit}。") == [("测定值", ">=", value, None, None, unit)]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("两", 2.0), ("三", 3.0), ("五", 5.0), ("十二", 12.0), ("二十四", 24.0), ("一百", 100.0)],
)
@pytest.mark.parametrize("unit", ["次", "年", "个月", "个工作日", "小时", "天", "声"])
def test_clause_matrix_chinese_numerals(numeral, value, unit):
    assert _read(f"保修期不少于{numeral}{unit}。") == [("保修期", ">=", value, None, None, unit)]


def test_clause_matrix_fractions_and_counts():
    assert _read("含水量不超过1/5。") == [("含水量", "<=", 0.2, None, None, None)]  # one value, not 1 and 5
    assert _read("菌落总数应不大于1.0E+04 CFU/g。") == [("菌落总数", "<=", 10000.0, None, None, "CFU/g")]
    # an act that names a count keeps its name (not 清洗次数频次); the period is a condition
    assert _read("清洗次数每年不少于三次。") == [("清洗次数", ">=", 3.0, None, None, "次")]
    assert _read("清洗频次不少于2次/年。") == [("清洗频次", ">=", 2.0, None, None, "次/年")]


@pytest.mark.parametrize(
    "sentence",
    [
        "pH值≥12.5或≤2.0。",
        "pH值应≥12.5，或者≤2.0。",
        "pH值应大于或等于12.5，或小于或等于2.0。",  # the 或 of 小于或等于 is no OR
        "pH值应不小于12.5或不大于2.0。",
    ],
)
def test_clause_matrix_or_limits(sentence):
    assert [r[:3] for r in _read(sentence)] == [("pH值", ">=", 12.5), ("pH值", "<=", 2.0)]


@pytest.mark.parametrize(
    ("condition", "printed"),
    [
        ("在25 ℃±2 ℃条件下，", "在25 ℃±2 ℃条件下"),
        ("环境温度为40 ℃时，", "环境温度为40 ℃时"),
        ("当温度低于0 ℃时，", "当温度低于0 ℃时"),
        ("满载时，", "满载时"),
        ("经500次循环后，", "经500次循环后"),
    ],
)
def test_clause_matrix_conditions_stay_out_of_the_value(condition, printed):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", f"2.1 {condition}放电容量应不低于额定容量的80%。"]
    [found] = _indicators(rows)
    assert (found.name, found.comparator, found.value, found.unit) == ("放电容量", ">=", 80.0, "%")
    assert found.conditions == [printed]


@pytest.mark.parametrize(
    "subject",
    ["在额定电压下连续工作4 h后外壳的温升", "输入功率对额定输入功率的偏差", "冷藏室内温度"],
)
def test_clause_matrix_long_subjects_kept_whole(subject):
    assert _read(f"{subject}应不大于5 K。") == [(subject, "<=", 5.0, None, None, "K")]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("燃烧性能应达到V-0级。", "V-0级"),
        ("防水等级应不低于IPX4。", "IPX4"),
        ("甲醛释放限量应达到E1级。", "E1级"),
    ],
)
def test_clause_matrix_class_codes(sentence, code):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", f"2.1 {sentence}"]
    [found] = _indicators(rows)
    assert (found.comparator, found.value, found.value_text) == ("qualitative", None, code)


# Sentences in a requirement chapter that state no indicator: test conditions, sampling and decision
# rules, formulas and their symbols, storage and transport, notes, recommendations.
@pytest.mark.parametrize(
    "lines",
    [
        ["2.1 试验温度为23 ℃±2 ℃，相对湿度为45%～75%。"],
        ["2.1 测试电压为220 V，测试频率为50 Hz。"],
        ["2.1 每批随机抽取3件样品，每件不少于500 g。"],
        ["2.1 检验结果全部符合本文件要求时，判该批产品为合格品；有1项不合格时，可加倍抽样复检。"],
        ["2.1 满意度", "满意度按式（1）计算：", "S＝N1/N×100%", "式中：", "S——满意度，%；", "N1——满意数。"],
        ["2.1 按式（1）计算：X=m1/m2×100。"],
        ["2.1 产品应贮存在温度不高于30 ℃的干燥库房内。"],
        ["2.1 贮存温度为5 ℃～35 ℃，相对湿度不大于75%。"],
        ["2.1 运输时应避免日晒雨淋，运输温度不超过40 ℃。"],
        ["2.1 含水量宜不超过12%。"],
        ["2.1 灰分", "注：本指标适用于特级产品。"],
        ["2.1 短路", "将充满电的电池在20 ℃±5 ℃下短路10 min，电池应不起火、不爆炸。"],
    ],
)
def test_clause_matrix_no_indicator_in_a_requirement_chapter(lines):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", *lines]
    assert [(i.name, i.comparator, i.value) for i in _indicators(rows)] in (
        [],
        [("短路", "qualitative", None)],
    )


def test_clause_matrix_test_run_before_an_outcome_is_no_limit():
    rows = ["1 范围", "本文件适用于锂离子电池。", "2 技术要求", "2.1 过充电"]
    rows.append("电池以1C电流充电至4.8 V或充电时间达到90 min，应不起火、不爆炸。")
    assert [(i.name, i.comparator) for i in _indicators(rows, "锂离子电池")] == [("过充电", "qualitative")]
    rows = ["1 范围", "本文件适用于锂离子电池。", "2 技术要求", "2.1 短路"]
    rows.append("将充满电的电池在20 ℃±5 ℃下短路10 min，电池应不起火、不爆炸。")
    assert [(i.name, i.comparator) for i in _indicators(rows, "锂离子电池")] == [("短路", "qualitative")]


@pytest.mark.parametrize(
    "title",
    ["试验条件", "检验规则", "抽样", "判定规则", "计算", "试验方法"],
)
def test_clause_matrix_test_and_judging_subclauses_of_a_requirement_chapter(title):
    # the section's title decides, not its sentences: a limit word in "2.2 <title>" bounds nothing
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", "2.1 绝缘电阻", "绝缘电阻应不小于100 MΩ。"]
    rows += [f"2.2 {title}", "环境温度应不大于35 ℃，样品数量不少于5件。"]
    assert [(i.name, i.value, i.clause) for i in _indicators(rows)] == [("绝缘电阻", 100.0, "2.1")]


@pytest.mark.parametrize(
    "chapter",
    ["3 术语和定义", "3 试验方法", "3 检验规则", "3 标志、包装、运输和贮存", "附录A（规范性）水分的测定"],
)
def test_clause_matrix_numbers_outside_requirement_chapters(chapter):
    sentence = "在温度不高于30 ℃下保存，保质期不少于12个月，样品质量应不少于500 g。"
    rows = ["1 范围", f"本文件适用于产品，{sentence}", "2 技术要求", "2.1 水分应不大于12%。"]
    sub = "A.1" if chapter.startswith("附录") else "3.1"
    rows += [chapter, f"{sub} {sentence}"]
    assert [(i.name, i.value) for i in _indicators(rows)] == [("水分", 12.0)]


@pytest.mark.parametrize(
    "chapter", ["2 服务人员", "2 设施设备", "2 人员配备", "2 设施设备要求", "2 服务项目"]
)
def test_clause_matrix_service_chapters_named_without_requirement_words(chapter):
    rows = ["1 范围", "本文件适用于服务。", chapter, "2.1 护理员持证上岗率应达到100%。"]
    assert [(i.name, i.value, i.unit) for i in _indicators(rows)] == [("护理员持证上岗率", 100.0, "%")]


def test_clause_matrix_procedure_steps_before_a_requirement():
    # the product run through the test (no shall word, no bound) before the sentence's requirement
    rows = ["1 范围", "本文件适用于锂离子电池。", "2 技术要求", "2.1 循环寿命"]
    rows.append("电池在25 ℃±5 ℃下以0.5C充放电，循环300次后容量保持率应不低于80%。")
    found = [(i.name, i.comparator, i.value, i.unit) for i in _indicators(rows, "锂离子电池")]
    assert found == [("循环300次后容量保持率", ">=", 80.0, "%")]
    rows = ["1 范围", "本文件适用于锂离子电池。", "2 技术要求", "2.1 荷电保持"]
    rows.append("电池充满电后在20 ℃±5 ℃下储存28 d，荷电保持率应不低于85%。")
    assert [(i.name, i.value) for i in _indicators(rows, "锂离子电池")] == [("荷电保持率", 85.0)]


@pytest.mark.parametrize(
    "lines",
    [
        ["2.1 氨基酸态氮（以氮计）/(g/100 mL)：特级≥0.80，一级≥0.70，二级≥0.55。"],  # grade before the value
        ["2.1 氨基酸态氮（以氮计）", "特级≥0.80 g/100 mL，一级≥0.70 g/100 mL，二级≥0.55 g/100 mL。"],
        [
            "2.1 氨基酸态氮（以氮计）应≥0.80 g/100 mL（特级），≥0.70 g/100 mL（一级），",
            "≥0.55 g/100 mL（二级）。",
        ],
    ],
)
def test_clause_matrix_grades_printed_with_the_values(lines):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", *lines]
    assert [(i.name, i.value, i.unit, i.grade) for i in _indicators(rows)] == [
        ("氨基酸态氮（以氮计）", 0.8, "g/100 mL", "特级"),
        ("氨基酸态氮（以氮计）", 0.7, "g/100 mL", "一级"),
        ("氨基酸态氮（以氮计）", 0.55, "g/100 mL", "二级"),
    ]


def test_clause_matrix_bounds_that_qualify_and_subjects_that_open_with_every():
    # "长度不大于5 mm的划痕": the first bound picks out what is counted, it is no limit on 长度
    assert not [r for r in _read("长度不大于5 mm的划痕不超过2条。") if r[0] == "长度"]
    # 每 opening a subject is no frequency of a QC check
    assert _read("每块砖的平均尺寸相对于工作尺寸的允许偏差为±0.6%。") == [
        ("允许偏差", "tolerance", None, None, 0.6, "%")
    ]
    # a period alone names nothing
    rows = ["1 范围", "本文件适用于服务。", "2 服务要求", "2.1 每日开窗通风不少于2次，每次不少于30 min。"]
    assert [(i.name, i.value) for i in _indicators(rows)] == [("开窗通风频次", 2.0)]


def test_clause_matrix_values_after_a_name_and_words_around_the_subject():
    rows = ["1 范围", "本文件适用于服务。", "2 基本要求"]
    # a value right after its name, with no shall word of its own, after a shall piece
    found = _indicators([*rows, "2.1 维保人员应取得作业人员证，持证上岗率100%。"])
    assert [(i.name, i.comparator, i.value, i.unit) for i in found] == [("持证上岗率", "=", 100.0, "%")]
    # an adverb ending the subject, a promiser before the name, 其他 that is no possessive
    assert _read("实施救援的时间一般不超过30 min。")[0][1:3] == ("<=", 30.0)
    assert "一般" not in _read("实施救援的时间一般不超过30 min。")[0][0]
    assert _read("生产企业承诺整机保修期不少于2年。") == [("整机保修期", ">=", 2.0, None, None, "年")]
    assert [r[:2] for r in _read("其他污染物限量应符合GB 2762的规定。")] == [("其他污染物限量", "reference")]
    # a recommendation anywhere before the limit, settings listed with 、
    assert _read("故建议烘箱干燥法升温速率不超过5 ℃/min。") == []
    assert _read("恒温壶应至少设有45 ℃、60 ℃、80 ℃、90 ℃四个恒温档位。") == []
    # a Chinese fraction
    assert _read("字高不小于版面高度的五分之一。") == [("字高", ">=", 0.2, None, None, None)]


@pytest.mark.parametrize(
    ("chapter", "stated"),
    [
        ("2 维保周期与项目", True),  # a service standard names its chapters freely
        ("2 应急救援", True),
        ("2 产品分类", False),  # a description of the product, not a requirement
        ("2 服务评价与改进", False),
        ("2 其他", False),
        ("2 注意事项", False),
    ],
)
def test_clause_matrix_chapters_named_freely_that_state_bounds(chapter, stated):
    rows = ["1 范围", "本文件适用于服务。", chapter, "2.1 实施救援的时间不超过30 min。"]
    assert bool(_indicators(rows)) is stated


def test_clause_matrix_inputs_clause_states_no_product_requirement():
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", "2.1 原辅料要求", "小麦粉应符合GB/T 1355的规定。"]
    rows += ["2.2 污染物限量", "污染物限量应符合GB 2762的规定。"]
    assert [(i.name, i.comparator) for i in _indicators(rows)] == [("污染物限量", "reference")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a signed upper bound closes a range
        (["2.1 输入功率偏差应为-10%～+5%。"], [("输入功率偏差", "range", -10.0, 5.0)]),
        # a test run before an outcome stated with 无
        (
            ["2.1 耐电压", "在带电部件与外壳之间施加1500 V、50 Hz的交流电压，持续1 min，应无击穿。"],
            [("耐电压", "qualitative", None, None)],
        ),
        # steps opening with a preposition
        (
            ["2.1 保温效能", "在室温（20±5）℃下，向杯内注满（95±1）℃的热水，6 h后水温应不低于60 ℃。"],
            [("保温效能", ">=", 60.0, None)],
        ),
        # states of a test and periods are conditions of the name before them
        (
            ["2.1 制动距离：干态不大于7 m，湿态不大于9 m。"],
            [("制动距离", "<=", 7.0, None), ("制动距离", "<=", 9.0, None)],
        ),
        (
            ["2.1 营业时间每周不少于6 d，每日不少于8 h。"],
            [("营业时间", ">=", 6.0, None), ("营业时间", ">=", 8.0, None)],
        ),
        (["2.1 每年在岗培训不少于16学时。"], [("在岗培训", ">=", 16.0, None)]),
        # what the clause applies to, what the label prints, the test method's parameters: no indicator
        (["2.1 本章适用于额定容量不大于2.5 L的电热水壶。"], []),
        (["2.1 标签", "应在包装上标明：产品名称、净含量、生产日期、保质期12个月。"], []),
        (["2.1 检出限为0.01 mg/kg，定量限为0.03 mg/kg。"], []),
        (["2.1 试样数量为3个，取其平均值。"], []),
        (["2.1 刻度线标示误差不超过±3%。"], [("刻度线标示误差", "tolerance", None, None)]),
    ],
)
def test_clause_matrix_test_steps_states_and_what_a_clause_is_about(lines, expected):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", *lines]
    assert [(i.name, i.comparator, i.value, i.value_max) for i in _indicators(rows)] == expected


@pytest.mark.parametrize(
    ("phrase", "comparator"),
    [
        ("不短于", ">="),
        ("应不短于", ">="),
        ("不得短于", ">="),
        ("不长于", "<="),
        ("不应长于", "<="),
        ("不迟于", "<="),
        ("不晚于", "<="),
        ("不应晚于", "<="),
        ("不早于", ">="),
    ],
)
def test_clause_matrix_duration_comparators(phrase, comparator):
    assert _read(f"恒温持续时间{phrase}2 h。") == [("恒温持续时间", comparator, 2.0, None, None, "h")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a run-in label names what a description after it bounds
        (
            "温度显示误差：显示水温与实测水温之差的绝对值不大于3 ℃。",
            [("温度显示误差", "<=", 3.0, None, None, "℃")],
        ),
        ("质量：普通型安全帽质量不应超过430 g。", [("质量", "<=", 430.0, None, None, "g")]),
        # ... but a plain quantity after a test label names itself
        (
            "耐潮湿：按GB/T 2423.3放置48 h后，绝缘电阻不小于2 MΩ。",
            [("绝缘电阻", ">=", 2.0, None, None, "MΩ")],
        ),
        # a test run and the states the parts must not show, under a label
        (
            "跌落：带包装的样品从800 mm高度自由跌落后，壶体不应破裂、功能正常。",
            [("跌落", "qualitative", None, None, None, None)],
        ),
        # a sum or a difference bounded is the quantity, not a calculation
        ("两项测定值之差的绝对值应不大于0.5%。", [("两项测定值之差的绝对值", "<=", 0.5, None, None, "%")]),
    ],
)
def test_clause_matrix_run_in_labels_and_bounded_differences(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        # the owner before 的 says what is measured when the head alone is no known indicator
        ("每名维保人员负责维保的电梯数量", "每名维保人员负责维保的电梯数量"),
        ("客人离店后遗留物品的保管期限", "客人离店后遗留物品的保管期限"),
        ("与水接触的塑料部件的迁移量", "与水接触的塑料部件的迁移量"),
        # a known indicator after 的 stands alone; so does one after the product, a test state or a reference
        ("校准曲线的相关系数", "相关系数"),
        ("各元素测定结果的实验室内相对标准偏差", "实验室内相对标准偏差"),
        ("成品的含水率", "含水率"),
        ("工作温度下的泄漏电流", "泄漏电流"),
        ("每块砖的平均尺寸相对于工作尺寸的允许偏差", "允许偏差"),
    ],
)
def test_clause_matrix_owner_before_de_kept_unless_it_names_nothing(subject, name):
    assert [r[:2] for r in _read(f"{subject}应不大于5%。")] == [(name, "<=")]


def test_clause_matrix_requirement_after_a_table_pointer_and_the_products_short_name():
    # a requirement of its own after a pointer to a table, in the same sentence
    found = _read("卫生指标应符合表2的规定，其他指标应符合GB 37488—2019的规定。")
    assert [r[:2] for r in found] == [("其他指标", "reference")]
    assert _read("卫生指标应符合表2的规定，检验方法见第5章。") == []
    # "（以下简称恒温壶）": the short name owns what follows its 的
    rows = [
        "1 范围",
        "本文件适用于恒温电热水壶（以下简称恒温壶）。",
        "2 技术要求",
        "2.1 恒温壶的安全要求应符合GB 4706.19的规定。",
    ]
    assert [(i.name, i.comparator) for i in _indicators(rows)] == [("安全要求", "reference")]


def test_clause_matrix_wrapped_lines_join_inside_a_word():
    # a word processor wraps anywhere: "不少" / "于16学时" and "48 h内响" / "应" are one sentence
    rows = [
        "1 范围",
        "本文件适用于服务。",
        "2 基本要求",
        "2.1 服务人员应经岗前培训合格后上岗，每年在岗培训不少",
    ]
    rows.append("于16学时。")
    assert [(i.name, i.value, i.unit) for i in _indicators(rows)] == [("在岗培训", 16.0, "学时")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time limit or a 限量 stated with a copula is a maximum, a 下限 a minimum
        ("一般投诉处理时限为24 h。", [("一般投诉处理时限", "<=", 24.0, None, None, "h")]),
        ("铅限量为0.5 mg/kg。", [("铅", "<=", 0.5, None, None, "mg/kg")]),  # the limit of 铅 (session 14)
        ("保管期限为6个月。", [("保管期限", "=", 6.0, None, None, "个月")]),  # a period kept, no bound word
        # a deadline counted from an event, with no act after it
        ("走客房清扫时限为宾客离店后30 min内。", [("走客房清扫时限", "<=", 30.0, None, None, "min")]),
        ("退款应在收到退货后3个工作日内。", [("退款时间", "<=", 3.0, None, None, "个工作日")]),
        # the act after a count names the frequency; who does it names nothing
        ("维保单位每年至少进行一次自行检查。", [("自行检查频次", ">=", 1.0, None, None, "次")]),
        ("公司每季度至少组织一次应急演练。", [("应急演练频次", ">=", 1.0, None, None, "次")]),
        ("每年至少进行一次体检。", []),
    ],
)
def test_clause_matrix_limit_heads_deadlines_and_counted_acts(sentence, expected):
    assert _read(sentence) == expected


def test_clause_matrix_voltage_applied_for_a_time_is_a_procedure():
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", "2.1 电气强度"]
    rows.append("施加1 250 V、50 Hz电压，历时1 min，不应发生击穿或闪络。")
    assert [(i.name, i.comparator, i.value) for i in _indicators(rows)] == [("电气强度", "qualitative", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("电线型号为60227 IEC 53。", []),  # a designation, not the number 60227
        ("产品型号为XD-2000，功率应不大于2000 W。", [("功率", "<=", 2000.0, None, None, "W")]),
    ],
)
def test_clause_matrix_designations_are_no_numbers(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # a kind of the product (a modifier and the title's head noun) opening the subject is a condition
        ("通用硅酸盐水泥", "硅酸盐水泥初凝不小于45 min。", ("初凝", ["硅酸盐水泥"])),
        (
            "通用硅酸盐水泥",
            "普通硅酸盐水泥和矿渣硅酸盐水泥初凝不小于45 min。",
            ("初凝", ["普通硅酸盐水泥和矿渣硅酸盐水泥"]),
        ),
        ("ABS塑料安全帽", "特殊型安全帽质量不超过600 g。", ("质量", ["特殊型安全帽"])),
        # an emitter keeps its owner in the name (近耳玩具A计权等效声压级), a subject without a variant stays
        (
            "玩具",
            "近耳玩具发出的连续声音的A计权等效声压级应不超过65 dB(A)。",
            ("近耳玩具A计权等效声压级", []),
        ),
        ("通用硅酸盐水泥", "三氧化硫不大于3.5%。", ("三氧化硫", [])),
        ("家政服务", "上门服务准时率不低于95%。", ("上门服务准时率", [])),  # a service has no variants
    ],
)
def test_clause_matrix_product_variant_opening_a_subject(title, sentence, expected):
    rows = ["1 范围", "本文件适用于产品。", "2 技术要求", f"2.1 {sentence}"]
    [found] = _indicators(rows, title)
    assert (found.name, found.conditions) == expected
