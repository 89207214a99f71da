"""Clause classes of session 13, found on corpus/weasy's dev split (a ninth author, HTML printed by
WeasyPrint) and each a way any author of the genre writes a requirement sentence:

- 分别 before a negated modal ("分别不应大于0.75 mA和0.25 mA", "分别不得超过"): each listed name its value,
  every value bounded by the one comparator (the names were read as one, "泄漏电流分别", and the second
  value as "= 0.25");
- names listed before 分别 that each carry their own owner or state before 的 ("工作温度下的泄漏电流和电气
  强度试验后的泄漏电流"): each name kept whole (the owner of the last was cut off, the list lost);
- parts of the heading's quantity listed before 分别 ("断裂强力：纵向和横向分别不小于20 N和10 N"): each part
  the condition of its value (both values had "纵向和横向分别" as one condition);
- a run-in label opening a sentence of a clause's body ("4.4 膜布要求" then "断裂强力：纵向和横向…",
  "温升：绕组应不大于75 K，外壳…"): the label heads the sentence as the clause's own heading would (the parts
  were read as names or lost).

- (second reading) a label naming a period, grade or test setting conditions its sentence; quantities
  listed under a label naming their kind are the names; numeric conditions before 的 are conditions;
- the share of a lot that may miss its grade (容许度), grades listed before respective values, 不符合…的
  items counted, a basis printed as a piece of its own;
- what must not be detected named after 不得检出;
- 宜 inside a frequency (a recommendation) and a verb opening an event (达到稳定后).

Each is checked on sentences laid out on a hand-built page and read by the real stages, with negative
twins, and on the dev pages that show it.
"""

from __future__ import annotations

import pytest
from corpora import TYPESET2, TYPST, WEASY, dev_page_record
from parse.builders import requirement_document

from std_extract.extract import document_to_indicators


def _read(lines: list[str], title: str = "产品") -> list[tuple]:
    """(name, comparator, value, unit, conditions) of the indicators of ``lines`` printed under "2 技术
    要求" of a hand-built standard titled ``title``."""
    document = requirement_document(lines, "2 技术要求", title)
    return [(i.name, i.comparator, i.value, i.unit, i.conditions) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 拉伸强度和断裂伸长率分别不应小于10 MPa和150%。",
            [("拉伸强度", ">=", 10.0, "MPa", []), ("断裂伸长率", ">=", 150.0, "%", [])],
        ),
        (
            "2.1 铅和镉分别不得超过0.1 mg/kg和0.2 mg/kg。",
            [("铅", "<=", 0.1, "mg/kg", []), ("镉", "<=", 0.2, "mg/kg", [])],
        ),
        # negative twins: the modal before 分别 (read before), a value printing its own comparator
        (
            "2.1 拉伸强度和断裂伸长率应分别不小于10 MPa和150%。",
            [("拉伸强度", ">=", 10.0, "MPa", []), ("断裂伸长率", ">=", 150.0, "%", [])],
        ),
        (
            "2.1 网罩的格栅间距和网罩与扇叶的距离分别不应大于12 mm和不应小于20 mm。",
            [("网罩的格栅间距", "<=", 12.0, "mm", []), ("网罩与扇叶的距离", ">=", 20.0, "mm", [])],
        ),
    ],
)
def test_clause_lists_respective_bound_after_a_negated_modal(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 工作温度下的泄漏电流和电气强度试验后的泄漏电流分别不应大于0.75 mA和0.25 mA。",
            [
                ("工作温度下的泄漏电流", "<=", 0.75, "mA", []),
                ("电气强度试验后的泄漏电流", "<=", 0.25, "mA", []),
            ],
        ),
        (
            "2.1 冷态的绝缘电阻和热态的绝缘电阻分别不小于50 MΩ和10 MΩ。",
            [("冷态的绝缘电阻", ">=", 50.0, "MΩ", []), ("热态的绝缘电阻", ">=", 10.0, "MΩ", [])],
        ),
        # negative twins: one name alone keeps today's reading (the state before 的 adds nothing), one
        # owner before the first name owns each
        ("2.1 电气强度试验后的泄漏电流不应大于0.25 mA。", [("泄漏电流", "<=", 0.25, "mA", [])]),
        (
            "2.1 镁棒的直径和长度分别不小于20 mm和200 mm。",
            [("镁棒的直径", ">=", 20.0, "mm", []), ("镁棒的长度", ">=", 200.0, "mm", [])],
        ),
    ],
)
def test_clause_lists_names_each_with_its_own_owner_before_respectively(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 断裂强力：纵向和横向分别不应小于20 N和10 N。",
            [("断裂强力", ">=", 20.0, "N", ["纵向"]), ("断裂强力", ">=", 10.0, "N", ["横向"])],
        ),
        (
            "2.1 温升：电动机绕组和外壳应分别不大于75 K和60 K。",
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        # negative twin: the parts bounded together, no 分别, stay one condition
        ("2.1 温升：电动机绕组和外壳不大于75 K。", [("温升", "<=", 75.0, "K", ["电动机绕组和外壳"])]),
    ],
)
def test_clause_lists_parts_of_the_headings_quantity_listed_before_respectively(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2.1 膜布要求", "断裂强力：纵向和横向分别不应小于20 N和10 N。"],
            [("断裂强力", ">=", 20.0, "N", ["纵向"]), ("断裂强力", ">=", 10.0, "N", ["横向"])],
        ),
        (
            ["2.1 电气性能", "温升：电动机绕组应不大于75 K，外壳应不大于60 K。"],
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        (
            ["2.1 安全性能", "制动距离：干态不大于7 m，湿态不大于9 m。"],
            [("制动距离", "<=", 7.0, "m", ["干态"]), ("制动距离", "<=", 9.0, "m", ["湿态"])],
        ),
        (
            ["2.1 附件", "尘满指示：集尘容器的有效容积不小于0.5 L。"],
            [("集尘容器的有效容积", ">=", 0.5, "L", [])],
        ),
        # negative twins: a time of day is no label; words introducing the names; a label bounded bare
        (
            ["2.1 发货", "当日16:00前接收的出库订单应当日发出。"],
            [],
        ),
        (["2.1 理化指标", "技术要求如下：含水量不大于12%。"], [("含水量", "<=", 12.0, "%", [])]),
        (["2.1 理化指标", "水分：不大于12%。"], [("水分", "<=", 12.0, "%", [])]),
    ],
)
def test_clause_lists_run_in_label_heads_its_sentence(lines, expected):
    assert _read(lines) == expected


def test_clause_lists_dev_pages_of_the_weasy_layout():
    mask = dev_page_record(WEASY, "wp_facemask_01", (3, 4))  # 4.4 膜布要求：…断裂强力：纵向和横向分别…
    strength = [(i.value, i.comparator, i.conditions) for i in mask.indicators if i.name.endswith("断裂强力")]
    assert strength == [(20.0, ">=", ["纵向"]), (10.0, ">=", ["横向"])]
    dryer = dev_page_record(WEASY, "wp_dehumidifier_01", (3, 4))  # 5.6.2 …的泄漏电流和…的泄漏电流分别不应大于
    leakage = [(i.name, i.comparator, i.value) for i in dryer.indicators if "泄漏电流" in i.name]
    assert leakage == [("工作温度下的泄漏电流", "<=", 0.75), ("电气强度试验后的泄漏电流", "<=", 0.25)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # second reading: a label naming a period, a grade or a test's setting conditions its sentence,
        # it heads nothing
        (
            ["2.1 室内温度", "冬季：不低于18 ℃；夏季：不高于26 ℃。"],
            [("室内温度", ">=", 18.0, "℃", ["冬季"]), ("室内温度", "<=", 26.0, "℃", ["夏季"])],
        ),
        (["2.1 噪声", "试验条件：环境温度为23 ℃±2 ℃，相对湿度为50%±5%。"], []),
        (["2.1 理化指标", "一等品：水分不大于14%。"], []),
        # quantities listed before 分别 under a label naming their kind are the names
        (
            ["2.1 安全要求", "电气性能：泄漏电流和接地电阻分别不大于0.25 mA和0.1 Ω。"],
            [("泄漏电流", "<=", 0.25, "mA", []), ("接地电阻", "<=", 0.1, "Ω", [])],
        ),
        (
            ["2.1 安全要求", "污染物限量：铅和镉分别不大于0.2 mg/kg和0.1 mg/kg。"],
            [("铅", "<=", 0.2, "mg/kg", []), ("镉", "<=", 0.1, "mg/kg", [])],
        ),
        # one quantity under numeric conditions before 分别: each value its condition
        (
            ["2.1 25 ℃时的黏度和40 ℃时的黏度分别不小于100 mPa·s和50 mPa·s。"],
            [("黏度", ">=", 100.0, "mPa·s", ["25 ℃时"]), ("黏度", ">=", 50.0, "mPa·s", ["40 ℃时"])],
        ),
        # twins: parts are conditions, owners that are words stay in the names
        (
            ["2.1 膜布要求", "断裂强力：纵向和横向分别不应小于20 N和10 N。"],
            [("断裂强力", ">=", 20.0, "N", ["纵向"]), ("断裂强力", ">=", 10.0, "N", ["横向"])],
        ),
        (
            ["2.1 冷态的绝缘电阻和热态的绝缘电阻分别不小于50 MΩ和10 MΩ。"],
            [("冷态的绝缘电阻", ">=", 50.0, "MΩ", []), ("热态的绝缘电阻", ">=", 10.0, "MΩ", [])],
        ),
    ],
)
def test_clause_lists_review_labels_that_condition_and_lists_that_name(lines, expected):
    assert _read(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the share of a lot that may miss its grade, grade by grade (容许度 of grading standards)
        (
            ["2.1 容许度", "按质量计，特级、一级和二级允许不符合该等级要求的产品分别不超过3%、5%和10%。"],
            [
                ("容许度", "<=", 3.0, "%", "特级", ["按质量计"]),
                ("容许度", "<=", 5.0, "%", "一级", ["按质量计"]),
                ("容许度", "<=", 10.0, "%", "二级", ["按质量计"]),
            ],
        ),
        (
            [
                "2.1 容许度",
                "特优、特级、甲级和乙级枸杞干果中不符合该等级要求的果粒分别不超过5%、5%、8%和10%。",
            ],
            [
                ("容许度", "<=", 5.0, "%", "特优", []),
                ("容许度", "<=", 5.0, "%", "特级", []),
                ("容许度", "<=", 8.0, "%", "甲级", []),
                ("容许度", "<=", 10.0, "%", "乙级", []),
            ],
        ),
        # grades listed before the quantity each bounds
        (
            ["2.1 一级和二级产品的水分分别不大于12%和14%。"],
            [("水分", "<=", 12.0, "%", "一级", []), ("水分", "<=", 14.0, "%", "二级", [])],
        ),
        # the items not meeting a rule are what is counted (不符合 is no reference there); a basis
        # printed as a piece of its own conditions the bounds after it
        (
            ["2.1 同一规格中，不符合该规格的个体不应超过5%（按质量计）。"],
            [("不符合该规格的个体", "<=", 5.0, "%", None, ["按质量计"])],
        ),
        (["2.1 按质量计，杂质不超过1%。"], [("杂质", "<=", 1.0, "%", None, ["按质量计"])]),
        # negative twins: names, not grades, before 分别; a quantity after the last class; values listed
        # after 分别为 with one name; a reference stays one
        (
            ["2.1 铅、镉、汞和砷分别不超过1 mg/kg、2 mg/kg、3 mg/kg和4 mg/kg。"],
            [
                ("铅", "<=", 1.0, "mg/kg", None, []),
                ("镉", "<=", 2.0, "mg/kg", None, []),
                ("汞", "<=", 3.0, "mg/kg", None, []),
                ("砷", "<=", 4.0, "mg/kg", None, []),
            ],
        ),
        (
            ["2.1 Ⅰ类和Ⅱ类产品中五氧化二磷的质量分数应分别不低于18.0%和42.0%。"],
            [
                ("Ⅰ类的质量分数", ">=", 18.0, "%", None, []),
                ("Ⅱ类产品中五氧化二磷的质量分数", ">=", 42.0, "%", None, []),
            ],
        ),
        (["2.1 再现性限R分别为0.03 mg/L、0.06 mg/L、0.09 mg/L。"], []),
        (["2.1 产品应符合GB 2762的规定。"], []),
    ],
)
def test_clause_lists_grades_listed_before_respective_values(lines, expected):
    document = requirement_document(lines, "2 技术要求", "产品")
    found = [
        (i.name, i.comparator, i.value, i.unit, i.grade, i.conditions)
        for i in document_to_indicators(document)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # what must not be detected named after the bound; the method's detection limit bounds nothing
        (["2.1 食用植物油中不得检出矿物油（检出限为0.01%）。"], [("矿物油", "not_detected", None, None, [])]),
        (
            ["2.1 产品中不得检出沙门氏菌、金黄色葡萄球菌。"],
            [
                ("沙门氏菌", "not_detected", None, None, []),
                ("金黄色葡萄球菌", "not_detected", None, None, []),
            ],
        ),
        (
            ["2.1 婴幼儿食品中不得检出黄曲霉毒素M1。"],
            [("黄曲霉毒素M1", "not_detected", None, None, ["婴幼儿食品"])],
        ),
        # twins: named before the bound, as before
        (["2.1 矿物油不得检出。"], [("矿物油", "not_detected", None, None, [])]),
        (["2.1 沙门氏菌在产品中不得检出。"], [("沙门氏菌", "not_detected", None, None, [])]),
    ],
)
def test_clause_lists_absent_substance_named_after_the_bound(lines, expected):
    assert _read(lines, "食用植物油") == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 宜 a word of its own before a frequency: a recommendation, and the piece after it with no modal
        # goes on with it
        (["2.1 新生儿抚触宜每日1次～2次，每次10 min～15 min。"], []),
        # twins: a frequency required, 适宜 inside a name, 推荐 opening an amount
        (
            ["2.1 每日测量新生儿体温不少于2次，记录吃奶情况。"],
            [("测量新生儿体温频次", ">=", 2.0, "次", ["每日"])],
        ),
        (["2.1 适宜温度为20 ℃～25 ℃。"], [("适宜温度", "range", 20.0, "℃", [])]),
        # a verb opening the event a quantity is measured after belongs to the event
        (
            ["2.1 达到稳定后实测相对湿度与设定值之差应在±5%以内。"],
            [("实测相对湿度与设定值之差", "tolerance", None, "%", ["达到稳定后"])],
        ),
        # twin: an owner before the act stays in the name
        (["2.1 草坪修剪后高度不应超过10 cm。"], [("草坪高度", "<=", 10.0, "cm", ["修剪后"])]),
    ],
)
def test_clause_lists_recommendations_and_events(lines, expected):
    assert _read(lines) == expected


def test_clause_lists_dev_pages_of_grading_and_food_standards():
    wolfberry = dev_page_record(WEASY, "wp_wolfberry_01", (3, 4))  # 4.4 容许度
    share = [(i.grade, i.value, i.conditions) for i in wolfberry.indicators if i.name == "容许度"]
    assert share == [
        (g, v, ["按质量计"]) for g, v in (("特优", 5.0), ("特级", 5.0), ("甲级", 8.0), ("乙级", 10.0))
    ]
    mushroom = dev_page_record(TYPST, "ty_mushroom_01", (3, 4))  # 4.4 不符合该规格的个体, 4.5 容许度
    assert [i.grade for i in mushroom.indicators if i.name == "容许度"] == ["特级", "一级", "二级"]
    assert [i.value for i in mushroom.indicators if i.name == "不符合该规格的个体"] == [5.0]
    oil = dev_page_record(WEASY, "wp_vegoil_01", (3, 4))  # 3.3.1 食用植物油中不得检出矿物油
    assert [i.comparator for i in oil.indicators if i.name == "矿物油"] == ["not_detected"]
    care = dev_page_record(WEASY, "wp_confinement_01", (3, 4, 5))  # 6.2.3 新生儿抚触宜每日1次～2次
    assert not [i for i in care.indicators if i.clause == "6.2.3"]
    dryer = dev_page_record(WEASY, "wp_dehumidifier_01", (3, 4))  # 5.4 达到稳定后实测相对湿度…
    assert [i.name for i in dryer.indicators if i.clause == "5.4"] == ["实测相对湿度与设定值之差"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bound on a rating picks out which products the requirement holds for: a condition, and what
        # of the product is bounded the name (the rating was read as a second indicator)
        (
            "2.1 额定电流大于10 A的热水器所用电源软线的导体标称截面积不小于1.5 mm²。",
            [("电源软线的导体标称截面积", ">=", 1.5, "mm²", ["额定电流大于10 A的热水器"])],
        ),
        (
            "2.1 额定功率大于2 kW的热水器的泄漏电流不大于0.75 mA。",
            [("泄漏电流", "<=", 0.75, "mA", ["额定功率大于2 kW的热水器"])],
        ),
        # twins: a bound picking out what is counted, not the product, stays in the name
        (
            "2.1 粒径小于1 mm的颗粒的质量分数不得超过5%。",
            [("粒径小于1 mm的颗粒的质量分数", "<=", 5.0, "%", [])],
        ),
        (
            "2.1 直径大于0.5 mm的杂质的数量不超过3个。",
            [("直径大于0.5 mm的杂质的数量", "<=", 3.0, "个", [])],
        ),
    ],
)
def test_clause_lists_bound_on_a_rating_picks_out_the_products(sentence, expected):
    assert _read([sentence], "储水式电热水器") == expected


def test_clause_lists_dev_page_of_a_rating_picking_out_the_products():
    heater = dev_page_record(TYPESET2, "ts2_waterheater_01", (3, 4))  # 4.7 额定电流大于10 A的热水器所用…
    cord = [(i.name, i.value, i.conditions) for i in heater.indicators if i.clause == "4.7"]
    assert cord == [("电源软线的导体标称截面积", 1.5, ["额定电流大于10 A的热水器"])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # steps of handling the sample before a requirement later in the sentence bound nothing
        ("2.1 取样品100 g，加水200 mL，煮沸5 min后，汤汁应清澈。", []),
        ("2.1 称取试样5 g，加入10 mL盐酸，溶液应无色。", [("溶液", "qualitative", None, None, [])]),
        # twins: a quantity opening with the same characters (加热时间, 取暖器), an event before a bound
        ("2.1 加热时间不大于10 min。", [("加热时间", "<=", 10.0, "min", [])]),
        ("2.1 取暖器功率不大于2000 W。", [("取暖器功率", "<=", 2000.0, "W", [])]),
        ("2.1 浸泡24 h后，吸水率不大于2%。", [("吸水率", "<=", 2.0, "%", ["浸泡24 h后"])]),
        # review (session 14): a later piece's bound word stands for the shall word the step waits for
        ("2.1 称取样品10 g，溶于1 L水中，溶液pH值不大于10.5。", [("溶液pH值", "<=", 10.5, None, [])]),
        ("2.1 称取样品10 g，溶于1 L水中，溶液pH值≤10.5。", [("溶液pH值", "<=", 10.5, None, [])]),
        # twins: an amount added bounded itself stays a value, alone or before another bound
        ("2.1 加入量不大于0.5 g/kg。", [("加入量", "<=", 0.5, "g/kg", [])]),
        (
            "2.1 加入量不大于0.5 g/kg，水分不大于12%。",
            [("加入量", "<=", 0.5, "g/kg", []), ("水分", "<=", 12.0, "%", [])],
        ),
    ],
)
def test_clause_lists_steps_of_handling_the_sample_bound_nothing(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # second reading: after a recommendation only a piece with no subject of its own goes on with it
        (["2.1 储存温度宜为0 ℃～4 ℃，相对湿度不大于75%。"], [("相对湿度", "<=", 75.0, "%", [])]),
        (["2.1 水温宜为38 ℃～40 ℃，每次沐浴时间不超过10 min。"], [("每次沐浴时间", "<=", 10.0, "min", [])]),
        (["2.1 新生儿抚触宜每日1次～2次，每次10 min～15 min。"], []),
        # a label naming what the quantity is measured on is its condition when the sentence names the
        # quantity; a label naming a kind of requirement is none
        (
            ["2.1 噪声", "室内机：噪声不大于40 dB(A)；室外机：噪声不大于55 dB(A)。"],
            [("噪声", "<=", 40.0, "dB(A)", ["室内机"]), ("噪声", "<=", 55.0, "dB(A)", ["室外机"])],
        ),
        (["2.1 照明", "应急照明：照度不低于5 lx。"], [("照度", ">=", 5.0, "lx", ["应急照明"])]),
        (["2.1 出水", "冷水：水温不高于10 ℃。"], [("水温", "<=", 10.0, "℃", ["冷水"])]),
        (["2.1 材料", "物理性能：拉伸强度不小于10 MPa。"], [("拉伸强度", ">=", 10.0, "MPa", [])]),
        # twin: the label the quantity, the subjects its parts
        (
            ["2.1 电气性能", "温升：电动机绕组应不大于75 K，外壳应不大于60 K。"],
            [("温升", "<=", 75.0, "K", ["电动机绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
    ],
)
def test_clause_lists_review_recommendations_go_on_and_labels_of_objects(lines, expected):
    assert _read(lines) == expected
