"""Clause classes of session 14, each a way national and sector standards (GB food-safety limits, hazardous
waste, labelling, environmental discharge) write a requirement sentence, found by probing such sentences for
values read with the wrong comparator, name or condition:

- a comparator sign printed full width by a word processor ("铅含量应＜0.2 mg/kg", "＞", "＝"): the sign
  (it was not found, the name took "应" and the value was read "=");
- a bound ending in 时 picks out when the limit after it holds ("水温＞12 ℃时，氨氮不大于5 mg/L",
  "净含量≤50 mL时，不小于2 mm"): a condition (it was read as no condition, or as the name);
- a run-in label whose list goes on past a semicolon ("制动距离：干态不大于7 m；湿态不大于9 m"): each
  sentence of the list headed by the label (the clause's heading named the second);
- a sample step before a bound with no shall word ("称取样品10 g，溶于1 L水中，溶液pH值不大于10.5"): no
  value (the review's probe of session 13's sample steps);
- a ratio to one ("亚油酸与α-亚麻酸比值应在5:1～15:1之间"): the ratio's first term, a range (read as 5, 1～15
  and 1);
- two numbers joined by 与/和 and closed by 之间 ("pH值在6.0与8.0之间", "介于6.0和8.0之间"): a range (two
  values "=", or nothing);
- a name ending in a limit noun ("铅的限量值为0.2 mg/kg", "水分的最大允许值为12%"): a maximum (or a minimum)
  of the quantity before it (read "=", the noun in the name);
- a step of handling the sample with no shall word and no bound ("于150 ℃加热30 min", "用水稀释至50 mL",
  "离心10 min，转速为4000 r/min"): no value (each read "=");
- an element after 其中 printed with its basis ("污染物限量应符合GB 2762的规定，其中铅（以Pb计）不大于0.2
  mg/kg"): the element names its value (it was a condition of "污染物");
- found on corpus/luatex's dev split (a twelfth author, national style): a comma inside brackets parts no
  pieces ("总碱量（Na2O+0.658K2O，按折固含量计）不应大于5.0%"); a deviation from a declared value ("pH值应在
  生产厂控制值的±1.0之内"); a size qualifying the noun of a subject after a run-in colon ("细度：粉状产品0.315
  mm筛的筛余应不超过10%": no value 0.315 mm); 但 and a time opening a subject ("但出厂时菌落总数不得超过…");
  a quantity of the lexicon after 其 ("…的马铃薯原料，其还原糖含量…": the owner a condition, not the name).

Each is checked on sentences laid out on a hand-built page and read by the real stages, with negative twins.
"""

from __future__ import annotations

import pytest
from corpora import LUATEX, MUPDF, dev_page_record
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
        ("2.1 铅含量应＜0.2 mg/kg。", [("铅含量", "<", 0.2, "mg/kg", [])]),
        ("2.1 铅含量＜0.2 mg/kg。", [("铅含量", "<", 0.2, "mg/kg", [])]),
        ("2.1 蛋白质含量应＞20%。", [("蛋白质含量", ">", 20.0, "%", [])]),
        ("2.1 铅含量应＜＝0.2 mg/kg。", [("铅含量", "<=", 0.2, "mg/kg", [])]),
        # twins: the half-width sign and the sign ≤ read as before
        ("2.1 铅含量应<0.2 mg/kg。", [("铅含量", "<", 0.2, "mg/kg", [])]),
        ("2.1 铅含量应≤0.2 mg/kg。", [("铅含量", "<=", 0.2, "mg/kg", [])]),
    ],
)
def test_clause_national_full_width_comparator_signs(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2.1 水温＞12 ℃时，氨氮不大于5 mg/L。"], [("氨氮", "<=", 5.0, "mg/L", ["水温＞12 ℃时"])]),
        (["2.1 进水COD>350 mg/L时，去除率应>60%。"], [("去除率", ">", 60.0, "%", ["进水COD>350 mg/L时"])]),
        (
            ["2.1 字符高度：净含量≤50 mL时，不小于2 mm；净含量＞50 mL且≤200 mL时，不小于3 mm。"],
            [
                ("字符高度", ">=", 2.0, "mm", ["净含量≤50 mL时"]),
                ("字符高度", ">=", 3.0, "mm", ["净含量＞50 mL且≤200 mL时"]),
            ],
        ),
        # twins: a bound on hours or a time of day ends in 时 and is the requirement; a condition in words
        (["2.1 保修期不少于两小时。"], [("保修期", ">=", 2.0, "小时", [])]),
        (
            ["2.1 保修期不少于24小时，噪声不大于60 dB(A)。"],
            [("保修期", ">=", 24.0, "小时", []), ("噪声", "<=", 60.0, "dB(A)", [])],
        ),
        (["2.1 水温大于12 ℃时，氨氮不大于5 mg/L。"], [("氨氮", "<=", 5.0, "mg/L", ["水温大于12 ℃时"])]),
    ],
)
def test_clause_national_bound_ending_in_when_is_a_condition(lines, expected):
    assert _read(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2.1 性能", "制动距离：干态不大于7 m；湿态不大于9 m。"],
            [("制动距离", "<=", 7.0, "m", ["干态"]), ("制动距离", "<=", 9.0, "m", ["湿态"])],
        ),
        (
            ["2.1 电气性能", "温升：绕组应不大于75 K；外壳应不大于60 K。"],
            [("温升", "<=", 75.0, "K", ["绕组"]), ("温升", "<=", 60.0, "K", ["外壳"])],
        ),
        (
            ["2.1 性能", "噪声：额定功率≤1 kW时，不大于60 dB(A)；额定功率＞1 kW时，不大于65 dB(A)。"],
            [
                ("噪声", "<=", 60.0, "dB(A)", ["额定功率≤1 kW时"]),
                ("噪声", "<=", 65.0, "dB(A)", ["额定功率＞1 kW时"]),
            ],
        ),
        # twins: a quantity of its own after the semicolon, a label of its own, a full stop ends the list
        (
            ["2.1 性能", "温升：绕组应不大于75 K；噪声不大于60 dB(A)。"],
            [("温升", "<=", 75.0, "K", ["绕组"]), ("噪声", "<=", 60.0, "dB(A)", [])],
        ),
        (
            ["2.1 性能", "温升：绕组应不大于75 K；噪声：不大于60 dB(A)。"],
            [("温升", "<=", 75.0, "K", ["绕组"]), ("噪声", "<=", 60.0, "dB(A)", [])],
        ),
        (
            ["2.1 性能", "噪声：不大于60 dB(A)；水分不大于12%。"],
            [("噪声", "<=", 60.0, "dB(A)", []), ("水分", "<=", 12.0, "%", [])],
        ),
        # second reading: only a bound goes on with the label's list, a value stated with 为 is read as before
        (
            ["2.1 性能", "制动距离：干态为7 m；湿态为9 m。"],
            [("制动距离", "=", 7.0, "m", ["干态"]), ("性能", "=", 9.0, "m", ["湿态"])],
        ),
    ],
)
def test_clause_national_run_in_label_goes_on_past_a_semicolon(lines, expected):
    assert _read(lines) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 亚油酸与α-亚麻酸比值应在5:1～15:1之间。", [("亚油酸与α-亚麻酸比值", "range", 5.0, 15.0)]),
        ("2.1 钙磷比值应为1.2∶1～2∶1。", [("钙磷比值", "range", 1.2, 2.0)]),
        ("2.1 钙磷比值应不小于1.2:1。", [("钙磷比值", ">=", 1.2, None)]),
        ("2.1 pH值在6.0与8.0之间。", [("pH值", "range", 6.0, 8.0)]),
        ("2.1 pH值介于6.0和8.0之间。", [("pH值", "range", 6.0, 8.0)]),
        ("2.1 温度应在20 ℃与25 ℃之间。", [("温度", "range", 20.0, 25.0)]),
        # twins: a ratio to another number, two values listed without 之间, a range by a dash
        ("2.1 护理员与老人的配比应不低于1∶4。", [("护理员与老人的配比", ">=", 0.25, None)]),
        ("2.1 pH值为6.0和8.0。", [("pH值", "=", 6.0, None), ("pH值", "=", 8.0, None)]),
        ("2.1 pH值应在6.0～8.0之间。", [("pH值", "range", 6.0, 8.0)]),
    ],
)
def test_clause_national_ratios_to_one_and_intervals_between(sentence, expected):
    document = requirement_document([sentence], "2 技术要求", "产品")
    found = document_to_indicators(document)
    assert [(i.name, i.comparator, i.value, i.value_max) for i in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 铅的限量值为0.2 mg/kg。", [("铅", "<=", 0.2, "mg/kg", [])]),
        ("2.1 水分的最大允许值为12%。", [("水分", "<=", 12.0, "%", [])]),
        ("2.1 苯并(a)芘限量为5 μg/kg。", [("苯并(a)芘", "<=", 5.0, "μg/kg", [])]),
        ("2.1 蛋白质的最低允许值为20%。", [("蛋白质", ">=", 20.0, "%", [])]),
        # twins: a time limit keeps its name, a reference keeps its noun, a limit noun alone names itself
        ("2.1 一般投诉处理时限为24 h。", [("一般投诉处理时限", "<=", 24.0, "h", [])]),
        ("2.1 污染物限量应符合GB 2762的规定。", [("污染物限量", "reference", None, None, [])]),
        ("2.1 最大残留限量为500 μg/kg。", [("最大残留限量", "<=", 500.0, "μg/kg", [])]),
    ],
)
def test_clause_national_name_ending_in_a_limit_noun(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2.1 准确吸取10.0 mL试样溶液，加入5 mL硝酸，于150 ℃加热30 min。", []),
        ("2.1 取适量试样，用水稀释至50 mL，摇匀。", []),
        ("2.1 离心10 min，转速为4000 r/min。", []),
        ("2.1 将试样置于(-18±1)℃冰箱中冷冻2 h。", []),
        # twins: a bound after the step stays; names ending in a quantity's head are no steps
        ("2.1 装满95 ℃热水，保温6 h，水温不低于60 ℃。", [("水温", ">=", 60.0, "℃", [])]),
        ("2.1 加热功率为1000 W。", [("加热功率", "=", 1000.0, "W", [])]),
        ("2.1 离心机转速为4000 r/min。", [("离心机转速", "=", 4000.0, "r/min", [])]),
        ("2.1 保温时间不少于6 h。", [("保温时间", ">=", 6.0, "h", [])]),
    ],
)
def test_clause_national_steps_of_handling_the_sample_bound_nothing(sentence, expected):
    assert _read([sentence]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2.1 污染物限量应符合GB 2762的规定，其中铅（以Pb计）不大于0.2 mg/kg。",
            [("污染物限量", "reference", None, None, []), ("铅（以Pb计）", "<=", 0.2, "mg/kg", [])],
        ),
        (
            "2.1 真菌毒素限量应符合GB 2761的规定，其中黄曲霉毒素B1不大于5 μg/kg。",
            [("真菌毒素限量", "reference", None, None, []), ("黄曲霉毒素B1", "<=", 5.0, "μg/kg", [])],
        ),
        # twin: a part of the quantity bounded before is its condition
        (
            "2.1 拉伸强度应不小于20 MPa，其中纵向不小于25 MPa。",
            [("拉伸强度", ">=", 20.0, "MPa", []), ("拉伸强度", ">=", 25.0, "MPa", ["纵向"])],
        ),
    ],
)
def test_clause_national_element_after_which_with_its_basis(sentence, expected):
    assert _read([sentence]) == expected


def test_clause_national_dev_page_element_after_which_with_its_basis():
    # 4.4 污染物限量应符合GB 2762的规定，其中铅（以Pb计）不大于0.2 mg/kg
    noodle = dev_page_record(MUPDF, "mu_ricenoodle_01", (3,))
    lead = [(i.name, i.comparator, i.value, i.conditions) for i in noodle.indicators if i.clause == "4.4"]
    assert ("铅（以Pb计）", "<=", 0.2, []) in lead


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2.1 总碱量（Na2O+0.658K2O，按折固含量计）不应大于5.0%。"],
            [("总碱量（Na2O+0.658K2O，按折固含量计）", "<=", 5.0, "%", [])],
        ),
        (["2.1 pH值应在生产厂控制值的±1.0之内。"], [("pH值", "tolerance", None, None, [])]),
        (["2.1 净含量应在标示值的±5%以内。"], [("净含量", "tolerance", None, "%", [])]),
        (
            ["2.1 细度：粉状产品0.315 mm筛的筛余应不超过10%。"],
            [("粉状产品0.315 mm筛的筛余", "<=", 10.0, "%", [])],
        ),
        (
            ["2.1 菌落总数应不超过10⁶ CFU/g，但出厂时菌落总数不得超过1×10⁵ CFU/g。"],
            [("菌落总数", "<=", 1000000.0, "CFU/g", []), ("菌落总数", "<=", 100000.0, "CFU/g", ["出厂时"])],
        ),
        (
            ["2.1 用于生产薯片的马铃薯原料，其还原糖含量（以葡萄糖计）不得超过0.30 g/100 g。"],
            [("还原糖含量（以葡萄糖计）", "<=", 0.3, "g/100 g", ["马铃薯原料"])],
        ),
        # twins: an unclosed bracket parts as before; a heading's bound with no subject; 但 alone takes the
        # subject before; a name after 其 the lexicon lacks keeps its owner; a list item starts afresh
        (["2.1 铅（以Pb计，不大于0.2 mg/kg，镉不大于0.1 mg/kg。"], [("镉", "<=", 0.1, "mg/kg", [])]),
        (["2.1 水分：不大于12%。"], [("水分", "<=", 12.0, "%", [])]),
        (["2.1 上门服务时间由双方约定，但不得超过72 h。"], [("上门服务时间", "<=", 72.0, "h", [])]),
        (["2.1 悬挂用的绳索，其自由长度不大于220 mm。"], [("绳索自由长度", "<=", 220.0, "mm", [])]),
        (
            ["2.1 匀质性：", "a) 含固量：S＞25%时，不小于20%；", "b) 不大于0.5%。"],
            [("含固量", ">=", 20.0, "%", ["S＞25%时"]), ("匀质性", "<=", 0.5, "%", [])],
        ),
    ],
)
def test_clause_national_brackets_deviations_and_owners_of_the_luatex_dev_split(lines, expected):
    assert _read(lines) == expected


def test_clause_national_dev_pages_of_the_luatex_layout():
    mixture = dev_page_record(LUATEX, "lu_superplasticizer_01", (3, 4))  # 5.2 匀质性 c) and e), 5.4 细度
    read = {(i.name, i.comparator, i.value) for i in mixture.indicators}
    assert ("总碱量（Na2O+0.658K2O，按折固含量计）", "<=", 5.0) in read
    assert ("pH值", "tolerance", None) in read
    assert not [i for i in mixture.indicators if i.unit == "mm" and i.value == 0.315]
    fresh = dev_page_record(LUATEX, "lu_freshcut_01", (3, 4))  # 4.5 …，但出厂时菌落总数不得超过1×10⁵ CFU/g
    assert ("菌落总数", 100000.0, ["出厂时"]) in [(i.name, i.value, i.conditions) for i in fresh.indicators]
    chips = dev_page_record(LUATEX, "lu_acrylamide_01", (3, 4))  # 4.2 …的马铃薯原料，其还原糖含量…
    assert [(i.name, i.value) for i in chips.indicators if i.clause == "4.2"] == [
        ("还原糖含量（以葡萄糖计）", 0.3)
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # review (a4a3f1d limit nouns): a kind of limit keeps its whole name
        (["2.1 一氧化碳报警限值为50 μmol/mol。"], [("一氧化碳报警限值", "<=", 50.0, "μmol/mol", [])]),
        (["2.1 铅的行动限值为0.01 mg/L。"], [("铅的行动限值", "<=", 0.01, "mg/L", [])]),
        (["2.1 压力表的测量上限为1.6 MPa。"], [("压力表的测量上限", "<=", 1.6, "MPa", [])]),
        (["2.1 流量计量程上限为100 m³/h。"], [("流量计量程上限", "<=", 100.0, "m³/h", [])]),
        (["2.1 标准限值为0.5 mg/L。"], [("标准限值", "<=", 0.5, "mg/L", [])]),
        # twins: a quantity before the noun
        (["2.1 铅的限量值为0.2 mg/kg。"], [("铅", "<=", 0.2, "mg/kg", [])]),
        (["2.1 水分的最大允许值为12%。"], [("水分", "<=", 12.0, "%", [])]),
        (["2.1 工作温度上限为40 ℃。"], [("工作温度", "<=", 40.0, "℃", [])]),
        # review (a4a3f1d handling steps): a quantity of the product after a step is read, a setting is not
        (["2.1 浸泡24 h，吸水率为3%～5%。"], [("吸水率", "range", 3.0, "%", [])]),
        (["2.1 煮沸30 min，汤汁清澈，浑浊度为10 NTU。"], [("浑浊度", "=", 10.0, "NTU", [])]),
        (["2.1 搅拌300 r/min，溶解时间为5 min。"], [("溶解时间", "=", 5.0, "min", [])]),
        (["2.1 离心10 min，转速为4000 r/min。"], []),
        (["2.1 于150 ℃加热30 min。"], []),
        # review (a4a3f1d/965fadd): a label that bounded nothing by a part heads nothing past the semicolon
        (
            ["2.1 标志", "标签：应符合GB 7718的规定；保质期不少于12个月。"],
            [("标签", "reference", None, None, []), ("保质期", ">=", 12.0, "个月", [])],
        ),
        (
            ["2.1 性能", "耐磨性：干态不小于500次；湿态不小于300次。"],
            [("耐磨性", ">=", 500.0, "次", ["干态"]), ("耐磨性", ">=", 300.0, "次", ["湿态"])],
        ),
    ],
)
def test_clause_national_review_limit_kinds_settings_and_labels_that_bound_nothing(lines, expected):
    assert _read(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2.1 电气强度：施加1 250 V试验电压1 min，无击穿或闪络。"],
            [("电气强度", "qualitative", None, None, [])],
        ),
        (
            ["2.1 密封性：水路系统在0.15 MPa水压下保持5 min，各连接处无渗漏。"],
            [("密封性", "qualitative", None, None, [])],
        ),
        # twins: a bound after the load is read; a state with no test run before it stays a state
        (
            ["2.1 施加10 N的力10 s后，变形量不大于2 mm。"],
            [("变形量", "<=", 2.0, "mm", ["施加10 N的力10 s后"])],
        ),
        (["2.1 产品无异味，水分含量12%。"], [("水分含量", "=", 12.0, "%", [])]),
    ],
)
def test_clause_national_test_run_to_a_state_with_no_shall_word(lines, expected):
    assert _read(lines, "饮水机") == expected


def test_clause_national_dev_page_test_run_to_a_state_with_no_shall_word():
    # lu_dispenser_01 5.2 "电气强度：施加1 250 V试验电压1 min，无击穿或闪络",
    # 5.7 "密封性：…保持5 min，各连接处无渗漏"
    dispenser = dev_page_record(LUATEX, "lu_dispenser_01", (3, 4))
    read = [(i.name, i.comparator) for i in dispenser.indicators if i.name in ("电气强度", "密封性")]
    assert read == [("电气强度", "qualitative"), ("密封性", "qualitative")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "2.1 电气安全",
                "1、泄漏电流：不大于０．２５ｍＡ",
                "2、电气强度：施加１２５０Ｖ电压１ｍｉｎ，无击穿",
                "3、接地电阻：不大于０．１Ω",
            ],
            [
                ("泄漏电流", "<=", 0.25, "mA", []),
                ("电气强度", "qualitative", None, None, []),
                ("接地电阻", "<=", 0.1, "Ω", []),
            ],
        ),
        # twins: numbers listed with 、 are no item marks; a voltage to withstand after a shall word is read
        # as before in full width too (only a load applied, 施加, runs a test)
        (["2.1 1、2号样品的水分不大于12%。"], [("1、2号样品的水分", "<=", 12.0, "%", [])]),
        (
            ["2.1 电气强度：应能承受１ ２５０ Ｖ、历时１ ｍｉｎ的电气强度试验，不发生闪络或击穿。"],
            [("电气强度", "=", 1250.0, "V", []), ("电气强度", "=", 1.0, "min", [])],
        ),
    ],
)
def test_clause_national_items_numbered_with_the_enumeration_comma(lines, expected):
    assert _read(lines, "晾衣架") == expected


def test_clause_national_dev_page_items_numbered_with_the_enumeration_comma():
    # mu_airer_01 4.3 电气安全: "1、泄漏电流：不大于０．２５ｍＡ" / "2、电气强度：施加１２５０Ｖ电压…无击穿…"
    airer = dev_page_record(MUPDF, "mu_airer_01", (2, 3))
    read = {(i.name, i.comparator, i.value) for i in airer.indicators if i.clause == "4.3"}
    assert ("泄漏电流", "<=", 0.25) in read
    assert not [i for i in airer.indicators if i.name == "电气安全" and i.value in (1.0, 2.0, 3.0)]
