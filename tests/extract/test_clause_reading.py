"""Clause reading (issue 12, failure class 9): modal forms, word comparators, long subjects,
calculation text, class codes, OR limits, Chinese numerals and full-width digits.

Each behaviour is checked on a sentence laid out on a hand-built page and read by the real stages
(pages_to_document, document_to_indicators), and on real pages of ../shared/enterprise-dev (dev
split) where the printed form occurs there.
"""

from __future__ import annotations

import pytest
from parse.builders import page, requirement_document

from std_extract.document import Source
from std_extract.extract import document_to_indicators
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.model import PageScan, ScanResult
from std_extract.pipeline import process_file


def _read(sentence: str) -> list[tuple]:
    """(name, comparator, value, unit, value_text) of each indicator of "2.1 <sentence>" in a
    requirement chapter."""
    indicators = document_to_indicators(requirement_document([f"2.1 {sentence}"]))
    return [(i.name, i.comparator, i.value, i.unit, i.value_text, i.flags) for i in indicators]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("整车质量应当小于或等于55kg。", ("整车质量", "<=", 55.0, "kg")),  # 应当 is not in the name
        ("含水量须不超过12%。", ("含水量", "<=", 12.0, "%")),
        ("含水量必须不超过12%。", ("含水量", "<=", 12.0, "%")),
        ("含水量不应超过12%。", ("含水量", "<=", 12.0, "%")),
        ("待机功率不应高于0.5 W。", ("待机功率", "<=", 0.5, "W")),  # 不应 + 高于 is 不高于, not > 0.5
        ("接地电阻不得大于0.1 Ω。", ("接地电阻", "<=", 0.1, "Ω")),
        ("灰分应大于或等于0.5%。", ("灰分", ">=", 0.5, "%")),
        ("使用寿命须达到3000 h以上。", ("使用寿命", ">=", 3000.0, "h")),  # 以上 includes the number
        ("噪声应在50 dB以下。", ("噪声", "<=", 50.0, "dB")),
        ("温度应控制在5～30 ℃。", ("温度", "range", 5.0, "℃")),
        ("持证上岗率应达到100%。", ("持证上岗率", "=", 100.0, "%")),
    ],
)
def test_clause_reading_modal_forms_and_word_comparators(sentence, expected):
    [(name, comparator, value, unit, _, _)] = _read(sentence)
    assert (name, comparator, value, unit) == expected


def test_clause_reading_long_subject_kept_whole_and_flagged():
    [found] = _read("冷冻室在断电后温度由-18 ℃升至-9 ℃的时间应不少于8 h。")
    name, comparator, value, unit, _, flags = found
    assert (name, comparator, value, unit) == ("冷冻室在断电后温度由-18 ℃升至-9 ℃的时间", ">=", 8.0, "h")
    assert "clause_long_subject" in flags  # the -18 ℃ and -9 ℃ inside the subject are no limits
    # a name after 的 that names an indicator is the name ("成品电线的不延燃性能")
    assert [r[:2] for r in _read("成品电线的不延燃性能应符合GB/T 18380.12的规定。")] == [
        ("不延燃性能", "reference")
    ]
    assert _read("响应时间应不大于5 s。")[0][0] == "响应时间"  # 应 inside 响应 is no modal
    # what emits owns the property: two sources stay two indicators
    assert _read("近耳玩具发出的连续声音的A计权等效声压级应不超过65 dB(A)。")[0][:4] == (
        "近耳玩具A计权等效声压级",
        "<=",
        65.0,
        "dB(A)",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "能量按蛋白质、脂肪分别乘以能量系数１７ｋＪ／ｇ、３７ｋＪ／ｇ计算，再除以４。",
        "温度宜不超过30 ℃。",  # a recommendation
        "电梯应由具有资质的单位维护保养。",  # who does it, not a property
        "zMALS ≥0.75× ……………(B.1)",  # a displayed formula
        "菌落总数 5 2 10⁴ 5×10⁴ 样品的采样及处理按GB 4789.1执行。",  # cells of a table read as text
    ],
)
def test_clause_reading_calculations_and_recommendations_are_no_indicators(sentence):
    assert _read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [("燃烧类别为V-0。", "V-0"), ("外壳防护等级应达到IPX4。", "IPX4"), ("甲醛释放量应符合E1级。", "E1级")],
)
def test_clause_reading_class_codes_are_qualitative(sentence, code):
    [(_, comparator, value, _, value_text, _)] = _read(sentence)
    assert (comparator, value, value_text) == ("qualitative", None, code)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time limit is named by its act; an event before it is a condition
        ("货物到库后应在4 h内完成验收入库。", [("验收入库时间", "<=", 4.0, "h", ["货物到库后"])]),
        (
            "水电急修15 min内到达现场，一般维修24 h内完成。",
            [
                ("水电急修到达现场时间", "<=", 15.0, "min", []),
                ("一般维修完成时间", "<=", 24.0, "h", []),
            ],
        ),
        (
            "接车检查完毕后，应在３０ min内向客户出具维修估价单。",
            [
                ("出具维修估价单时间", "<=", 30.0, "min", ["接车检查完毕后"]),
            ],
        ),
        # a frequency per period, and an interval
        ("库存盘点每月不少于一次。", [("库存盘点频次", ">=", 1.0, "次", ["每月"])]),
        ("每年开展业主满意度调查不少于一次。", [("业主满意度调查频次", ">=", 1.0, "次", ["每年"])]),
        ("夜间巡逻每2 h不少于1次。", [("夜间巡逻间隔", "<=", 2.0, "h", [])]),
        # an event opening with 接到/发现/接听 names what the time limit answers
        ("接到业主投诉后，应在30 min内作出回应。", [("投诉回应时间", "<=", 30.0, "min", ["接到业主投诉后"])]),
        ("发现货物异常应在2 h内通知客户。", [("异常通知时间", "<=", 2.0, "h", ["发现货物异常"])]),
        ("接听电话应在铃响三声内应答。", [("电话应答时间", "<=", 3.0, "声", ["接听电话"])]),
        # a task's cycle, owned by the subject of the piece before
        (
            "电梯应由具有资质的单位维护保养，每15 d进行一次维护保养。",
            [("电梯维护保养周期", "<=", 15.0, "d", [])],
        ),
    ],
)
def test_clause_reading_service_commitments(sentence, expected):
    assert [(n, c, v, u, cond) for n, c, v, u, _, _, cond in _read_with_conditions(sentence)] == expected


def _read_with_conditions(sentence: str) -> list[tuple]:
    rows = [("1 范围", 60), ("本文件适用于服务。", 80), ("2 服务要求", 100), (f"2.1 {sentence}", 120)]
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1), pages=[PageScan(page=page(1, rows, 8))]
    )
    indicators = document_to_indicators(pages_to_document(scan))
    return [(i.name, i.comparator, i.value, i.unit, i.value_text, i.flags, i.conditions) for i in indicators]


@pytest.mark.parametrize(
    "sentence",
    [
        "这两种试验路面应满足6.3.3.5规定的条件。",  # stated in another clause of the document
        "附着系数(kH 和kL)应分别按A.1.1的规定测定。",
        "满载车辆的制动强度zMALS应满足公式(B.1)和公式(B.2)。",  # a formula, no printed number
        "所测元素的空白值不得超过方法测定下限。",  # a comparison with no number
        "抽取10 % ～ 20 %的样品做平行样。",  # quality-control frequencies
        "应至少测定一个平行双样。",
    ],
)
def test_clause_reading_pointers_and_qc_frequencies_are_no_indicators(sentence):
    assert _read(sentence) == []


def test_clause_reading_subjects_that_name_nothing_or_an_owner():
    # a possessive 其 belongs to the noun of the piece before it
    assert _read("供18个月以下儿童使用的玩具上的绳索，其自由长度不得超过220 mm。")[0][:4] == (
        "绳索自由长度",
        "<=",
        220.0,
        "mm",
    )
    # an event (冲调后), the product itself (产品), a list of states (不破损、不变形): no name
    assert [r[0] for r in _read("组织状态：粉末状，无结块，冲调后无明显沉淀。")] == ["组织状态"]
    assert _read("在(−5±2)℃下放置24 h后恢复至室温，产品应无结晶、无分层。") == []
    assert [r[0] for r in _read("形态：外形完整，不破损、不变形、无粘连。")] == ["形态"]


def test_clause_reading_clause_number_and_relational_head():
    # a clause number the outline did not take as a heading is no part of the name
    assert _read("4.1.1 库房地面承载能力应不低于3 t/m²。")[0][:4] == ("库房地面承载能力", ">=", 3.0, "t/m²")
    # 实际含量 needs what precedes its 的: the subject stays whole
    assert _read("能量和营养成分的实际含量不应低于标示值的80%。")[0][:4] == (
        "能量和营养成分的实际含量",
        ">=",
        80.0,
        "%",
    )


def test_clause_reading_or_limits_numerals_and_full_width():
    assert [r[1:3] for r in _read("pH值应≥12.5，或者≤2.0。")] == [(">=", 12.5), ("<=", 2.0)]
    assert _read("保修期不少于五年。")[0][1:4] == (">=", 5.0, "年")
    assert _read("噪声应不大于６５ dB(A)。")[0][1:4] == ("<=", 65.0, "dB(A)")
    # the colon of a time is no "名称：要求" colon
    assert [r[0] for r in _read("当日16:00前接收的订单应当日发出，订单处理时间应不超过2 h。")] == [
        "订单处理时间"
    ]


@pytest.fixture(scope="module")
def dev_clauses(enterprise_dev):
    def clauses(stem: str) -> dict[str, list]:
        record = process_file(enterprise_dev / f"{stem}.pdf")
        out: dict[str, list] = {}
        for i in record.indicators:
            if i.table is None:
                out.setdefault(i.name, []).append(i)
        return out

    return clauses


def test_clause_reading_real_pages(dev_clauses):
    cable = dev_clauses("dev_cable_01")  # 导体应采用符合GB/T 3956的…; 成品电线的不延燃性能应符合…
    assert [i.comparator for i in cable["导体"]] == ["qualitative"]
    assert [i.value_text for i in cable["不延燃性能"]] == ["GB/T 18380.12"]
    cooker = dev_clauses("dev_ricecooker_02")  # 接地电阻不得超过0.1 Ω
    assert [(i.comparator, i.value, i.unit) for i in cooker["接地电阻"]] == [("<=", 0.1, "Ω")]
    estate = dev_clauses("dev_property_01")  # 每年清洗消毒不少于两次; 持证上岗率应达到100%
    assert [(i.comparator, i.value, i.conditions) for i in estate["二次供水水箱清洗消毒频次"]] == [
        (">=", 2.0, ["每年"])
    ]
    # 物业服务人员: the service's staff, named by the title's product phrase (住宅物业服务) and 人员
    assert [(i.comparator, i.value, i.unit, i.conditions) for i in estate["持证上岗率"]] == [
        ("=", 100.0, "%", ["物业服务人员"])
    ]
    toys = dev_clauses("dev_toy_02")  # …的绳索，其自由长度不得超过２２０mm (full-width digits)
    assert [(i.comparator, i.value, i.unit) for i in toys["绳索自由长度"]] == [("<=", 220.0, "mm")]
    store = dev_clauses("dev_warehouse_01")  # 当日16:00前接收的出库订单应当日发出，订单处理时间应不超过2 h
    assert not any(name.startswith("当日") for name in store)
    assert [(i.comparator, i.value, i.unit) for i in store["订单处理时间"]] == [("<=", 2.0, "h")]


def _clause_values(pdf, pages: list[int]) -> dict[str, list]:
    """(comparator, value, unit) of the clause indicators of ``pages``, by name."""
    out: dict[str, list] = {}
    for i in process_file(pdf, classify=False, pages=pages).indicators:
        if i.table is None:
            out.setdefault(i.name, []).append((i.comparator, i.value, i.unit))
    return out


def test_clause_reading_real_service_commitments(enterprise_dev):
    # 4.1.1 库房地面承载能力… (no heading found); 货物到库后应在4 h内完成验收入库，8 h内完成上架
    store = _clause_values(enterprise_dev / "dev_warehouse_01.pdf", [3, 4])
    assert store["库房地面承载能力"] == [(">=", 3.0, "t/m²")]
    assert store["验收入库时间"] == [("<=", 4.0, "h")]
    assert store["上架时间"] == [("<=", 8.0, "h")]
    assert store["库存盘点频次"] == [(">=", 1.0, "次")]
    estate = _clause_values(enterprise_dev / "dev_property_01.pdf", [4])  # 水电急修15 min内到达现场
    assert estate["水电急修到达现场时间"] == [("<=", 15.0, "min")]
    assert estate["夜间巡逻间隔"] == [("<=", 2.0, "h")]
    assert estate["业主满意度调查频次"] == [(">=", 1.0, "次")]
    assert estate["投诉回应时间"] == [("<=", 30.0, "min")]  # 接到业主投诉后，应在30 min内作出回应
    assert estate["电话应答时间"] == [("<=", 3.0, "声")]  # 接听电话应在铃响三声内应答
    assert estate["电梯维护保养周期"] == [("<=", 15.0, "d")]  # 电梯应由…，每15 d进行一次维护保养
    assert store["异常通知时间"] == [("<=", 2.0, "h")]  # 发现货物异常应在2 h内通知客户
    repair = _clause_values(enterprise_dev / "dev_carrepair_01.pdf", [4])  # 应在３０ min内向客户出具…
    assert repair["出具维修估价单时间"] == [("<=", 30.0, "min")]
    assert repair["预约客户到店后等候接待时间"] == [("<=", 10.0, "min")]  # 不超过: a word comparator


@pytest.mark.real
def test_clause_reading_real_dev_pages(real_corpus):
    def clauses(stem: str, pages: list[int]) -> dict[str, list]:
        return _clause_values(real_corpus / "pdfs" / f"{stem}.pdf", pages)

    # 不应 before a word comparator, a subject kept whole (能量和营养成分的实际含量不应低于标示值的80%)
    assert clauses("GB_13432-2013", [3, 4])["能量和营养成分的实际含量"] == [(">=", 80.0, "%")]
    # annex B states its limits by formulas and points to other clauses: no indicator
    formulas = clauses("GB_T_13594-2025", [17, 18])
    assert not any(name.startswith(("这两种", "附着系数", "制动强度")) for name in formulas), formulas
    # quality control: a comparison with no number, a count of parallel samples
    qc = clauses("HJ_781-2016", [11])
    assert "空白值" not in qc and "平行双样测定" not in qc, qc


def _read_titled(title: str, lines: list[str], document_title: str | None = None) -> list[tuple]:
    """(name, comparator, value, unit, value_text) of each indicator of clause "2.1 <title>" whose
    body is ``lines`` (a list printed under its heading), in a document titled ``document_title``."""
    document = requirement_document([f"2.1 {title}", *lines], title=document_title)
    return [(i.name, i.comparator, i.value, i.unit, i.value_text) for i in document_to_indicators(document)]


@pytest.mark.parametrize(
    "lines",
    [
        ["a） 水分不大于12%；", "b） 灰分不大于0.5%。"],  # full-width bracket
        ["1) 水分不大于12%；", "2) 灰分不大于0.5%。"],  # a number mark is no value
        ["（1）水分不大于12%；", "（2）灰分不大于0.5%。"],
        ["①水分不大于12%；", "②灰分不大于0.5%。"],
        ["——水分：不大于12%；", "——灰分：不大于0.5%。"],
        ["•水分不大于12%；", "•灰分不大于0.5%。"],
        ["技术要求如下：水分不大于12%，灰分不大于0.5%。"],  # named after an introducing colon
        ["理化指标：水分≤12%，灰分≤0.5%。"],
    ],
)
def test_clause_reading_list_marks_and_introducing_colons(lines):
    assert [r[:4] for r in _read_titled("理化要求", lines)] == [
        ("水分", "<=", 12.0, "%"),
        ("灰分", "<=", 0.5, "%"),
    ]


def test_clause_reading_class_codes_after_a_comparator_or_a_cited_standard():
    assert _read("外壳防护等级不低于IP54。")[0][:2] == ("外壳防护等级", "qualitative")
    assert _read("阻燃等级应达到UL94 V-0级。")[0][:2] == ("阻燃等级", "qualitative")
    # a grade of a cited standard's own scale (GB/T 9286: 0 is best) is no number
    [(name, comparator, value, _, value_text, _)] = _read("内锅涂层附着力应达到GB/T 9286规定的1级及以上。")
    assert (name, comparator, value, value_text) == (
        "内锅涂层附着力",
        "qualitative",
        None,
        "GB/T 9286规定的1级及以上",
    )
    assert _read("水分最大为12%。")[0][:4] == ("水分", "<=", 12.0, "%")


def test_clause_reading_outcomes_named_by_the_test_or_the_title():
    # the test a condition runs names the outcome; 零件 is no 0 件
    assert _read_titled("机械性能", ["a) 产品按GB 6675.2进行跌落试验后，不应产生尖端或小零件；"]) == [
        ("跌落试验", "qualitative", None, None, "不应产生尖端或小零件")
    ]
    # the product itself (电池 of 锂离子电池) names nothing: the clause title does
    assert [
        r[:2] for r in _read_titled("过充电", ["按5.3.1进行试验，电池应不起火、不爆炸。"], "锂离子电池")
    ] == [("过充电", "qualitative")]
    assert [r[:2] for r in _read_titled("短路", ["电池不起火、不爆炸。"], "锂离子电池")] == [
        ("短路", "qualitative")
    ]
    assert [r[:2] for r in _read_titled("气味", ["产品应无异味。"])] == [("气味", "qualitative")]
    # a part's outcome, an outcome in a list under a group title, a state continuing a named one
    assert _read_titled("其他要求", ["成品电线经受电压试验，绝缘应不击穿。"], "电线") == []
    assert _read_titled("安全要求", ["a) 电池应不起火、不爆炸；"], "锂离子电池") == []
    assert [r[:2] for r in _read_titled("滋味和气味", ["具有该品种应有的滋味和气味，无异味。"])] == [
        ("滋味和气味", "qualitative")
    ]
    # "要求：" under a titled clause: the title names it
    assert _read_titled("水分", ["要求：不大于12%。"])[0][:4] == ("水分", "<=", 12.0, "%")


def test_clause_reading_real_outcomes_and_cited_grades(dev_clauses):
    cooker = dev_clauses("dev_ricecooker_01")  # e) 内锅涂层附着力应达到GB/T 9286规定的1级及以上
    assert [(i.comparator, i.value) for i in cooker["内锅涂层附着力"]] == [("qualitative", None)]
    toys = dev_clauses("dev_toy_01")  # f) 玩具按GB 6675.2进行跌落试验后，不应产生…小零件
    assert [(i.comparator, i.value) for i in toys["跌落试验"]] == [("qualitative", None)]
    cable = dev_clauses("dev_cable_01")  # 成品电线应经受…电压试验，绝缘应不击穿
    assert "绝缘" not in cable
    toys = dev_clauses("dev_toy_02")  # 近耳玩具发出的…, 手持玩具及桌面玩具发出的连续声音的A计权等效声压级
    assert [i.value for i in toys["近耳玩具A计权等效声压级"]] == [65.0]
    assert [i.value for i in toys["手持玩具及桌面玩具A计权等效声压级"]] == [85.0]


def test_clause_reading_periods_statistics_and_conditions_on_another_quantity():
    # a period ending a subject is a condition, and a piece named only by one keeps the name
    assert [(r[0], r[1], r[2]) for r in _read_with_conditions("居室温度冬季不低于18℃，夏季不高于28℃。")] == [
        ("居室温度", ">=", 18.0),
        ("居室温度", "<=", 28.0),
    ]
    assert [r[6] for r in _read_with_conditions("居室温度冬季不低于18℃，夏季不高于28℃。")] == [
        ["冬季"],
        ["夏季"],
    ]
    # a statistic alone belongs to the name before it
    assert [r[0] for r in _read("吸水率平均值E≤0.5%，单个值不大于0.6%。")] == [
        "吸水率平均值E",
        "吸水率单个值",
    ]
    # a condition on another quantity before the limit: the name stays, the quantity is a condition
    found = _read_with_conditions("破坏强度：厚度≥7.5 mm时不小于1300 N，厚度<7.5 mm时不小于700 N。")
    assert [(r[0], r[2], r[6]) for r in found] == [
        ("破坏强度", 1300.0, ["厚度≥7.5 mm时"]),
        ("破坏强度", 700.0, ["厚度<7.5 mm时"]),
    ]


def test_clause_reading_ratios_units_and_prepositions():
    # a ratio is one value, a/b
    [(name, comparator, value, _, value_text, flags)] = _read("护理员与失能老人的配比应不低于1∶4。")
    assert (name, comparator, value, value_text, flags) == (
        "护理员与失能老人的配比",
        ">=",
        0.25,
        "1∶4",
        ["ratio"],
    )
    # a unit printed with a space after its divisor
    assert _read("氨基酸态氮（以氮计）应≥0.80 g/100 mL。")[0][1:4] == (">=", 0.8, "g/100 mL")
    # 在 before a condition is a preposition: the condition leaves the subject with the 的 that tied it to
    # the quantity, the owner stays
    [found] = _read_with_conditions("电池在1C放电条件下的容量应不低于额定容量的95%。")
    assert (found[0], found[1], found[2], found[6]) == ("电池容量", ">=", 95.0, ["在1C放电条件下"])
    # rounds apart by an interval
    assert [r[:4] for r in _read_with_conditions("对失能老年人每2 h巡视一次。")] == [
        ("巡视间隔", "<=", 2.0, "h")
    ]
    assert _read("蛋壳应清洁、完整，无裂纹。")[0][:2] == ("蛋壳", "qualitative")  # states listed with 、
