"""Clause classes found on corpus/national-office's dev split, the only dev data printed from a word
processor, and counted on the dev splits of every other set before they were written:

- the product's name opening a subject names nothing ("电动机额定功率因数" is 额定功率因数), a part
  of the product after it ("口罩材料", "污泥产物", "物业服务人员") or an event of it ("口罩离开火焰后")
  is a condition;
- a condition on another quantity bracketed after each value of an OR ("不低于0.76（额定功率不大于4 kW）或
  不低于0.82（额定功率大于4 kW）") belongs to that value alone;
- a division into classes ("能效等级分为3级", "功能区分为二类") and a rounding rule ("结果修约到0.1%")
  bound nothing;
- a chapter titled freely ("6 营养强化剂的使用规定") states requirements when a comparator holds its
  shall word inside ("不应低于", "不得超过").

Each is checked on sentences laid out on a hand-built page and read by the real stages, and on the
dev pages that show it (corpus/national-office, corpus/national, ../shared/enterprise-dev).
"""

from __future__ import annotations

import pytest
from corpora import NATIONAL, NATIONAL_OFFICE, TYPESET, WRITTEN, real_pdfs
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators
from std_extract.extract.clauses import clause_to_indicators
from std_extract.parse import parse_pdf
from std_extract.pipeline import process_file


def _read(lines: list[str], title: str, chapter: str = "2 技术要求") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under
    ``chapter`` of a hand-built standard titled ``title``."""
    document = requirement_document(lines, chapter, title)
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        ("医用外科口罩", "口罩材料原发性刺激记分应≤0.4。", ("原发性刺激记分", "<=", 0.4, None, ["口罩材料"])),
        (
            "医用外科口罩",
            "口罩离开火焰后续燃时间应不大于5 s。",
            ("续燃时间", "<=", 5.0, "s", ["口罩离开火焰后"]),
        ),
        (
            "电动机能效限定值及能效等级",
            "电动机额定功率因数应不低于0.82。",
            ("额定功率因数", ">=", 0.82, None, []),
        ),
        (
            "农用污泥污染物控制标准",
            "污泥产物的种子发芽指数应不低于60%。",
            ("种子发芽指数", ">=", 60.0, "%", []),
        ),
        (
            "住宅物业服务规范",
            "物业服务人员持证上岗率应达到100%。",
            ("持证上岗率", "=", 100.0, "%", ["物业服务人员"]),
        ),
        # a phrase ending in a product word (产品, 成品) names the product too
        ("广式月饼", "单件定量包装产品净含量负偏差不得超过4.5%。", ("净含量负偏差", "<=", 4.5, "%", [])),
        # a one-character part is the name's own word; a modifier of the title is no product name
        ("医用外科口罩", "口罩带长度应不小于17 cm。", ("口罩带长度", ">=", 17.0, "cm", [])),
        ("恒温电热水壶", "恒温持续时间应不少于1 h。", ("恒温持续时间", ">=", 1.0, "h", [])),
        # the service's generic head (服务) names no product
        ("酒店客房服务规范", "服务时限达标率应不低于95%。", ("服务时限达标率", ">=", 95.0, "%", [])),
    ],
)
def test_clause_generality_product_name_opening_a_subject(title, sentence, expected):
    assert _read([f"2.1 {sentence}"], title) == [expected]


def test_clause_generality_a_sample_names_no_product():
    # a method's spiked sample (样品) is what the method tests, not the product: the name stays whole
    lines = ["2.1 固体废物加标样品回收率控制范围为45%～130%。"]
    found = _read(lines, "固体废物 多环芳烃的测定 气相色谱-质谱法", chapter="2 质量保证和质量控制")
    assert [r[0] for r in found] == ["固体废物加标样品回收率控制范围"]


def test_clause_generality_condition_bracketed_after_each_value():
    sentence = "2.1 电动机额定功率因数应不低于0.76（额定功率不大于4 kW）或不低于0.82（额定功率大于4 kW）。"
    assert _read([sentence], "电动机能效限定值及能效等级") == [
        ("额定功率因数", ">=", 0.76, None, ["额定功率不大于4 kW"]),
        ("额定功率因数", ">=", 0.82, None, ["额定功率大于4 kW"]),
    ]
    # a note that bounds nothing stays the trailing condition of the whole requirement
    assert _read(["2.1 色度应不大于20 mg/kg（深色产品允许降低半级）。"], "食用油") == [
        ("色度", "<=", 20.0, "mg/kg", ["深色产品允许降低半级"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "电动机能效等级分为3级，其中1级能效最高。",
        "环境空气功能区分为二类：一类区为自然保护区。",
        "产品按用途划分为三类。",
        "效率允许采用线性插值法确定，结果修约到0.1%。",
    ],
)
def test_clause_generality_divisions_and_rounding_bound_nothing(sentence):
    assert _read([f"2.1 {sentence}"], "电动机能效限定值及能效等级") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 分为 across two words (评分 + 为, 水分 + 为): a bound, not a division into classes
        ("业主满意度综合评分为90分及以上。", ("业主满意度综合评分", ">=", 90.0)),
        ("水分为14.5%以下。", ("水分", "<=", 14.5)),
        ("总养分为40%以上。", ("总养分", ">=", 40.0)),
    ],
)
def test_clause_generality_words_ending_in_fen_before_wei_still_bound(sentence, expected):
    assert [f[:3] for f in _read([f"2.1 {sentence}"], "产品")] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # what follows a failed check (HJ quality control), a plan restated after its requirement, a test
        # setting, an empty "shall be applied"
        "若标准滤膜称量合格，则数据可用；否则应检查称量条件并重新称量。",
        "全程序空白滤膜的质量变化应符合要求，否则该批样品无效。",
        "试验流量为（30±2）L/min。",
        "基本控制项目必须执行。",
    ],
)
def test_clause_generality_statements_that_bound_nothing(sentence):
    assert _read([f"2.1 {sentence}"], "环境空气 颗粒物的测定 重量法") == []


def test_clause_generality_plan_after_a_requirement_and_a_limit_applied_as_a_value():
    lines = ["2.1 阪崎肠杆菌应不得检出（n=3，c=0，m=0/10 g）。"]
    assert [r[:2] for r in _read(lines, "乳粉")] == [("阪崎肠杆菌", "not_detected")]
    # GB 5749-style: "…指标限值按V执行" applies V as the limit (限值: a maximum), named by what it limits
    lines = ["2.1 分散式供水受限时，氟化物指标限值按1.2 mg/L执行，浑浊度指标限值按3 NTU执行。"]
    assert [r[:4] for r in _read(lines, "生活饮用水卫生标准")] == [
        ("氟化物", "<=", 1.2, "mg/L"),
        ("浑浊度", "<=", 3.0, "NTU"),
    ]


def test_clause_generality_shall_word_inside_the_comparator_makes_a_requirement_chapter():
    lines = ["2.1 强化食品中营养素的实际含量不应低于其标示值的80%。"]
    assert [r[:4] for r in _read(lines, "食品营养强化剂使用标准", chapter="2 营养强化剂的使用规定")] == [
        ("营养素的实际含量", ">=", 80.0, "%")
    ]
    lines = ["2.1 钙含量不得超过10 g/kg。"]
    assert [r[:4] for r in _read(lines, "食品营养强化剂使用标准", chapter="2 营养强化剂的使用规定")] == [
        ("钙含量", "<=", 10.0, "g/kg")
    ]
    # without a bound the chapter still states nothing
    assert (
        _read(["2.1 应选择目标人群普遍消费的食品。"], "食品营养强化剂使用标准", chapter="2 强化载体的选择")
        == []
    )


def _clauses(pdf) -> dict[str, list]:
    record = process_file(pdf)
    out: dict[str, list] = {}
    for indicator in record.indicators:
        if indicator.table is None:
            out.setdefault(indicator.name, []).append(indicator)
    return out


def test_clause_generality_dev_pages_of_the_office_layout():
    mask = _clauses(NATIONAL_OFFICE / "off_mask_01.pdf")  # YY 0469 4.6, 4.9
    assert [(i.comparator, i.value, i.unit) for i in mask["续燃时间"]] == [("<=", 5.0, "s")]
    assert [(i.comparator, i.value, i.conditions) for i in mask["原发性刺激记分"]] == [
        ("<=", 0.4, ["口罩材料"])
    ]
    motor = _clauses(NATIONAL_OFFICE / "off_motor_01.pdf")  # GB 18613 4.1.1, 4.1.2, 4.4.2
    assert [(i.comparator, i.value, i.conditions) for i in motor["额定功率因数"]] == [
        (">=", 0.76, ["额定功率不大于4 kW"]),
        (">=", 0.82, ["额定功率大于4 kW"]),
    ]
    assert not [name for name in motor if "分为" in name or "修约" in name or name.startswith("电动机")]
    air = _clauses(NATIONAL_OFFICE / "off_airquality_01.pdf")  # GB 3095 4.1: 功能区分为二类
    assert not [name for name in air if "功能区" in name]
    fortify = _clauses(NATIONAL_OFFICE / "off_fortify_01.pdf")  # GB 14880 6.2 (chapter 6 使用规定)
    assert [(i.comparator, i.value, i.unit, i.conditions) for i in fortify["营养素的实际含量"]] == [
        (">=", 80.0, "%", ["强化食品"])
    ]


def test_clause_generality_dev_page_product_named_by_a_product_word():
    mooncake = _clauses(WRITTEN / "wr_mooncake_01.pdf")  # 5.5 单件定量包装产品净含量负偏差不得超过4.5%
    assert [(i.comparator, i.value, i.unit) for i in mooncake["净含量负偏差"]] == [("<=", 4.5, "%")]


def test_clause_generality_dev_page_part_of_the_product():
    sludge = _clauses(NATIONAL / "nat_sludge_01.pdf")  # 污泥产物的种子发芽指数, 污泥产物年用量累计
    assert [(i.comparator, i.value) for i in sludge["种子发芽指数"]] == [(">=", 60.0)]
    assert [(i.comparator, i.value, i.unit) for i in sludge["年用量累计"]] == [("<=", 7.5, "t/hm2")]


def test_clause_generality_dev_pages_of_methods_and_water():
    method = _clauses(NATIONAL_OFFICE / "off_pm25method_01.pdf")  # HJ 618 9.3, 9.4: 否则…
    assert not [name for name in method if name.startswith("否则")]
    assert [(i.comparator, i.value, i.unit) for i in method["质量变化"]] == [("<=", 0.05, "mg")]
    mask = _clauses(NATIONAL_OFFICE / "off_mask_01.pdf")  # 表2's note: 试验流量为（30±2）L/min
    assert "试验流量" not in mask
    water = _clauses(NATIONAL / "nat_drinkwater_01.pdf")  # GB 5749 4.4: 指标限值按…执行
    assert [(i.comparator, i.value, i.unit) for i in water["氟化物"]] == [("<=", 1.2, "mg/L")]
    assert [(i.comparator, i.value, i.unit) for i in water["浑浊度"]] == [("<=", 3.0, "NTU")]
    milk = _clauses(NATIONAL / "nat_milkpowder_01.pdf")  # 3.5.2 …应不得检出（n=3，c=0，m=0/10 g）
    assert not {"n", "c", "m"} & set(milk)


def test_clause_generality_dev_page_not_detected_with_a_footnote_letter():
    # number grammar on a table of the office layout: GB 4806.7 表A.1 prints "NDa" (ND, footnote a)
    record = process_file(NATIONAL_OFFICE / "off_fcmplastic_01.pdf")
    cells = {(i.name, i.comparator) for i in record.indicators if i.table == "A.1"}
    assert {("氯乙烯", "not_detected"), ("丙烯腈", "not_detected"), ("1,3-丁二烯", "not_detected")} <= cells


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 绝缘电阻在潮湿试验后应不低于2 MΩ。", ("绝缘电阻", ">=", 2.0, "MΩ", ["在潮湿试验后"])),
        ("2.1 泄漏电流在额定电压下不得大于0.75 mA。", ("泄漏电流", "<=", 0.75, "mA", ["在额定电压下"])),
        ("2.1 温升在额定负载条件下应当不大于50 K。", ("温升", "<=", 50.0, "K", ["在额定负载条件下"])),
        ("2.1 表面温度在正常工作时应不超过60 ℃。", ("表面温度", "<=", 60.0, "℃", ["在正常工作时"])),
        # a copula inside the condition ("为32 ℃") is no limit: the limit follows the condition
        (
            "2.1 压缩机运转率在环境温度为32 ℃时应不大于70%。",
            ("压缩机运转率", "<=", 70.0, "%", ["在环境温度为32 ℃时"]),
        ),
        ("2.1 转角在最初2 s内不应超过120°。", ("转角", "<=", 120.0, "°", ["在最初2 s内"])),
    ],
)
def test_clause_generality_condition_printed_after_the_name(sentence, expected):
    # GB/T 1.1 phrasing "NAME在CONDITION下/时/后/内 + shall word + limit": the name is what stands before
    # 在, the condition runs from 在 to its closing word (before: nothing read, or the condition in the name)
    assert _read([sentence], "家用电冰箱") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 在 inside a word (存在, 所在): no condition
        (
            "2.1 帽壳内侧与帽衬之间存在的突出物高度应不大于6 mm。",
            [("帽壳内侧与帽衬之间存在的突出物高度", "<=", 6.0, "mm", [])],
        ),
        ("2.1 所在地区的年平均温度不低于10 ℃。", [("所在地区的年平均温度", ">=", 10.0, "℃", [])]),
        # the shall word before 在: the 在 phrase belongs to the requirement, its event (from 接到 on) names
        # what the time limit answers, as a comma-separated one does ("接到业主投诉后，应在30 min内作出回应")
        (
            "2.1 维保人员应在接到报修后30 min内到达现场。",
            [("报修到达现场时间", "<=", 30.0, "min", ["接到报修后"])],
        ),
        # no limit right after the condition: the subject is kept whole (failure class 9c)
        (
            "2.1 冷冻室在断电后温度由-18 ℃升至-9 ℃的时间应不少于8 h。",
            [("冷冻室在断电后温度由-18 ℃升至-9 ℃的时间", ">=", 8.0, "h", [])],
        ),
        # a condition inside the name, 的 after it: the 的 ties the condition to the quantity and leaves with
        # it (as corpus/pdftex's 烟气在该温度以上的停留时间 is 烟气停留时间)
        (
            "2.1 电池在1C放电条件下的容量应不低于额定容量的95%。",
            [("电池容量", ">=", 95.0, "%", ["在1C放电条件下"])],
        ),
        # a step of handling, no bound
        ("2.1 产品在运输过程中应避免雨雪淋袭和撞击。", []),
    ],
)
def test_clause_generality_condition_after_the_name_negative_twins(sentence, expected):
    assert _read([sentence], "家用电冰箱") == expected


def test_clause_generality_dev_page_condition_after_the_name():
    # GB/T 13594-2025 6.3.3.8 (a real-dev DEV document): "转向盘的转角在最初2s内不应超过120°,…"
    paths = real_pdfs(["GB_T_13594-2025.pdf"])
    if not paths:
        pytest.skip("GB_T_13594-2025 is absent")
    document = parse_pdf(paths[0])
    clause = next(c for root in document.clauses for c in root.walk() if c.number == "6.3.3.8")
    read = [
        (i.name, i.comparator, i.value, i.unit, i.conditions) for i in clause_to_indicators(clause, document)
    ]
    assert read[0][:4] == ("转向盘的转角", "<=", 120.0, "°")
    assert "在最初2s内" in read[0][4]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 饮用水中溴酸盐含量应不大于0.01 mg/L。", [("溴酸盐含量", "<=", 0.01, "mg/L", ["饮用水"])]),
        ("2.1 空气中甲醛浓度应不大于0.08 mg/m³。", [("甲醛浓度", "<=", 0.08, "mg/m³", ["空气"])]),
        ("2.1 食品中铅的含量应不超过0.2 mg/kg。", [("铅的含量", "<=", 0.2, "mg/kg", ["食品"])]),
        # the product itself as the matrix: no condition
        ("2.1 成品中水分含量应不大于12%。", [("水分含量", "<=", 12.0, "%", [])]),
        # a matrix alone continues the name before; a requirement word in the subject's brackets is a note
        (
            "2.1 家禽（产蛋期禁用）的肌肉中地克珠利的残留量应不超过500 μg/kg，肝中应不超过3000 μg/kg。",
            [
                ("地克珠利的残留量", "<=", 500.0, "μg/kg", ["家禽(产蛋期禁用)的肌肉"]),
                ("地克珠利的残留量", "<=", 3000.0, "μg/kg", ["肝"]),
            ],
        ),
        # a matrix with no name before it names nothing
        ("2.1 表5所列兽药允许作治疗用，但在动物性食品中不得检出。", []),
    ],
)
def test_clause_generality_matrix_opening_a_subject_is_a_condition(sentence, expected):
    # "X中Y": the food, water, air or tissue a quantity is measured in opens the subject and ends in 中
    assert _read([sentence], "食品中污染物限量") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 冷冻室中心温度应不高于-18 ℃。", [("冷冻室中心温度", "<=", -18.0, "℃", [])]),  # 中心 is a word
        ("2.1 其中小碎米含量应不大于2%。", [("小碎米含量", "<=", 2.0, "%", [])]),  # 其中 is no matrix
        ("2.1 集中空调新风量应不小于30 m³/h。", [("集中空调新风量", ">=", 30.0, "m³/h", [])]),
        (
            "2.1 容器中状态：呈均匀液体。",
            [("容器中状态", "qualitative", None, None, [])],
        ),  # a name of the lexicon
    ],
)
def test_clause_generality_matrix_negative_twins(sentence, expected):
    assert _read([sentence], "饮料") == expected


def test_clause_generality_dev_page_matrix_in_a_subject():
    # nat_vetdrug_01 4.5.3 "最大残留限量：…的肌肉中地克珠利的残留量应不超过500 μg/kg，皮+脂中应不超过…，
    # 肝中应不超过…；兔的肌肉中应不超过500 μg/kg": the subject after the heading's colon names the first,
    # each matrix alone is a condition of the name before, never a name ending in 中 (the sentence after
    # the semicolon has no name before it: the heading's); 4.6.1 "但在动物性食品中不得检出" names nothing
    vetdrug = _clauses(NATIONAL / "nat_vetdrug_01.pdf")
    assert [(i.value, i.conditions) for i in vetdrug["地克珠利的残留量"]] == [
        (500.0, ["家禽(产蛋期禁用)的肌肉"]),
        (1000.0, ["皮+脂"]),
        (3000.0, ["肝"]),
    ]
    assert [(i.value, i.conditions) for i in vetdrug["最大残留限量"]] == [(500.0, ["兔的肌肉"])]
    assert not [name for name in vetdrug if name.endswith("中")]


def test_clause_generality_symbols_explained_after_a_formula_are_no_values():
    # GB/T 1.1-2020 9.6.5: "式中：" then "E——产品的能量，单位为千焦每100克（kJ/100 g）": a symbol's definition
    # and its unit line (before: "耐力类产品 = 100 g" for each line)
    lines = ["2.1 耐力类产品：每100 g产品中的能量按式（1）计算。", "E = 17 × P + 37 × F （1）", "式中："]
    lines += [
        "E——产品的能量，单位为千焦每100克（kJ/100 g）；",
        "P——产品中蛋白质的含量，单位为克每100克（g/100 g）。",
    ]
    assert _read(lines, "运动营养食品") == []
    # negative twin: list items opened by a dash carry their requirements
    lines = ["2.1 技术指标", "——蛋白质含量不低于10 g/100 g；", "——水分不大于12%。"]
    assert [r[:3] for r in _read(lines, "运动营养食品")] == [("蛋白质含量", ">=", 10.0), ("水分", "<=", 12.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the heading labels the clause, the sentence after its colon names the quantity bounded
        # (session 12: the container, a part of the product, stays in the name, as ts_vacuum_01's gold has it)
        ("2.1 尘满指示：集尘容器的有效容积不小于0.5 L。", [("集尘容器的有效容积", ">=", 0.5, "L", [])]),
        # negative twins (no subject after the colon, no number, a condition, a computation): the heading
        ("2.1 水分：不大于12%。", [("水分", "<=", 12.0, "%", [])]),
        ("2.1 外观：表面应平整、光洁。", [("外观", "qualitative", None, None, [])]),
        (
            "2.1 耗电量：在环境温度25 ℃条件下不大于0.8 kWh/24h。",
            [("耗电量", "<=", 0.8, "kWh/24h", ["25 ℃条件下"])],
        ),
        (
            "2.1 温度显示误差：显示水温与实测水温之差的绝对值不大于3 ℃。",
            [("温度显示误差", "<=", 3.0, "℃", [])],
        ),
    ],
)
def test_clause_generality_subject_after_a_run_in_heading(sentence, expected):
    assert _read([sentence], "家用吸尘器") == expected


def test_clause_generality_dev_pages_of_the_typeset_layout():
    sports = _clauses(TYPESET / "ts_sportsfood_01.pdf")  # 5.4 式中：E——…，单位为千焦每100克（kJ/100 g）
    assert "耐力类产品" not in sports
    vacuum = _clauses(TYPESET / "ts_vacuum_01.pdf")  # 4.5 尘满指示：集尘容器的有效容积不小于0.5 L
    assert [(i.comparator, i.value, i.unit) for i in vacuum["集尘容器的有效容积"]] == [(">=", 0.5, "L")]
    assert "尘满指示" not in vacuum


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading: an activity or a text before 中 is no medium, the subject stays whole as before
        ("2.1 试验中样品表面温度应不超过60 ℃。", [("试验中样品表面温度", "<=", 60.0, "℃", [])]),
        ("2.1 运行中电机温升应不大于80 K。", [("运行中电机温升", "<=", 80.0, "K", [])]),
        ("2.1 合同中约定的交货期应不超过30 d。", [("合同中约定的交货期", "<=", 30.0, "d", [])]),
        ("2.1 配方中所用原料的水分应不大于10%。", [("配方中所用原料的水分", "<=", 10.0, "%", [])]),
        ("2.1 在生产过程中产品温度应不高于10 ℃。", [("在生产过程中产品温度", "<=", 10.0, "℃", [])]),
        (
            "2.1 本标准中未规定的其他农药残留量应不大于0.01 mg/kg。",
            [("其他农药残留量", "<=", 0.01, "mg/kg", [])],
        ),
        # the product named with a demonstrative: no condition
        ("2.1 该产品中水分含量应不大于12%。", [("水分含量", "<=", 12.0, "%", [])]),
    ],
)
def test_clause_generality_matrix_is_a_medium_not_an_activity_or_a_text(sentence, expected):
    assert _read([sentence], "食品") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading: "NAME在MEDIUM中 + limit" is the name and a condition (中 closes it)
        ("2.1 铅在饮用水中应不超过0.01 mg/L。", [("铅", "<=", 0.01, "mg/L", ["在饮用水中"])]),
        ("2.1 甲醛在室内空气中不应大于0.08 mg/m³。", [("甲醛", "<=", 0.08, "mg/m³", ["在室内空气中"])]),
        ("2.1 残留溶剂在成品中应不大于10 mg/kg。", [("残留溶剂", "<=", 10.0, "mg/kg", [])]),  # the product
        (
            "2.1 水分应不大于12%，灰分在干基中应不大于1.0%。",
            [("水分", "<=", 12.0, "%", []), ("灰分", "<=", 1.0, "%", ["在干基中"])],
        ),
        # a part of the product before 在 restricts the name before it in the sentence
        (
            "2.1 温升应不大于60 K，其中手柄在连续工作时应不大于30 K。",
            [("温升", "<=", 60.0, "K", []), ("温升", "<=", 30.0, "K", ["手柄", "在连续工作时"])],
        ),
        # a requirement word in brackets with nothing stated after them, a bracket holding a number: unchanged
        (
            "2.1 拉伸强度（试验速度50 mm/min）应不小于20 MPa。",
            [("拉伸强度（试验速度50 mm/min）", ">=", 20.0, "MPa", [])],
        ),
        ("2.1 水分（应不大于12%）。", []),
    ],
)
def test_clause_generality_name_then_medium_parts_and_brackets(sentence, expected):
    assert _read([sentence], "食品") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 分别 pairs the names joined with 和/、 with the values in order; the comparator holds for each
        (
            "2.1 拉伸强度和断裂伸长率应分别不小于10 MPa和150%。",
            [("拉伸强度", ">=", 10.0, "MPa", []), ("断裂伸长率", ">=", 150.0, "%", [])],
        ),
        # the quantity's head printed once, after the last name
        (
            "2.1 冷藏室和冷冻室温度分别不高于8 ℃和-18 ℃。",
            [("冷藏室温度", "<=", 8.0, "℃", []), ("冷冻室温度", "<=", -18.0, "℃", [])],
        ),
        # negative twins: no 分别 (unchanged), or names and values that do not pair
        (
            "2.1 拉伸强度和断裂伸长率应不小于10 MPa和150%。",
            [("拉伸强度和断裂伸长率", ">=", 10.0, "MPa", []), ("拉伸强度和断裂伸长率", "=", 150.0, "%", [])],
        ),
        ("2.1 再现性限R分别为0.03 mg/L、0.06 mg/L、0.09 mg/L。", []),  # one name, values listed: unchanged
    ],
)
def test_clause_generality_respectively_pairs_names_and_values(sentence, expected):
    assert _read([sentence], "塑料制品") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # second reading of the run-in heading rule: a part or the product after the colon is no name;
        # the heading's quantity is bounded for that part (a condition), the product restricts nothing
        ("2.1 水分：成品不大于12%。", [("水分", "<=", 12.0, "%", [])]),
        ("2.1 噪声：整机不大于60 dB(A)。", [("噪声", "<=", 60.0, "dB(A)", ["整机"])]),
        ("2.1 温升：绕组不大于75 K。", [("温升", "<=", 75.0, "K", ["绕组"])]),
        (
            "2.1 温升：电动机绕组应不大于75 K，外壳应不大于60 K。",
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        # a quantity after the colon still names it
        ("2.1 含量：铅不大于1 mg/kg。", [("铅", "<=", 1.0, "mg/kg", [])]),
    ],
)
def test_clause_generality_part_after_a_run_in_heading_is_a_condition(sentence, expected):
    assert _read([sentence], "家用吸尘器") == expected
