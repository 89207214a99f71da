"""Quality-control clauses of analytical methods (HJ, GB/T 5009: 质量保证和质量控制) and the number
grammar they print: the statistic is the name and what it is computed on a condition ("平行样测定结果
相对偏差≤20%"), 当 opens a condition, a control limit written with symbols ("p±3s") and a bare
"符合要求" bound nothing, a chemical's locants ("2,4-二硝基苯酚") and a grouping comma ("1,000") are no
separate numbers; and, in any requirement chapter, a list of requirements after an introducing colon,
a test method cited as a subject ("检验按GB 4789.40执行") and a verb opening a subject ("接受在岗培训").

Each behaviour is checked on sentences laid out on a hand-built page and read by the real stages, and
on real pages: corpus/real-dev's dev split (HJ 1024), the dev splits of corpus/national and
corpus/written, and HJ methods of ../shared/corpus-real read only as printed evidence of the genre
(HJ 711 and 950, unlabelled; HJ 713, labelled into corpus/real-dev's dev split in session 16).
"""

from __future__ import annotations

import pytest
from corpora import NATIONAL, REAL_DEV, WRITTEN
from parse.builders import page

from std_extract.document import Source
from std_extract.evaluate.gold import read_split
from std_extract.extract import document_to_indicators
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.model import PageScan, ScanResult
from std_extract.pipeline import process_file


def _read(lines: list[str], chapter: str = "2 质量保证和质量控制") -> list[tuple]:
    """(name, comparator, value, value_max, unit, conditions) of the indicators of ``lines`` set
    under ``chapter`` of a hand-built method standard."""
    rows = [("1 适用范围", 60), ("本标准规定了固体废物中金属元素的测定方法。", 80), (chapter, 100)]
    rows += [(line, 120 + 20 * n) for n, line in enumerate(lines)]
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1), pages=[PageScan(page=page(1, rows, 8))]
    )
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.conditions)
        for i in document_to_indicators(pages_to_document(scan))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("平行样测定结果相对偏差应≤20%。", ("相对偏差", "<=", 20.0, None, "%", ["平行样测定结果"])),
        ("实际样品加标回收率应在50%～140%之间。", ("加标回收率", "range", 50.0, 140.0, "%", ["实际样品"])),
        ("校准曲线相关系数应≥0.995。", ("相关系数", ">=", 0.995, None, None, ["校准曲线"])),
        ("平行样品分析结果相对偏差应小于20%。", ("相对偏差", "<", 20.0, None, "%", ["平行样品分析结果"])),
        # the words before say which statistic it is: kept in the name
        ("实验室内相对标准偏差应小于35%。", ("实验室内相对标准偏差", "<", 35.0, None, "%", [])),
        # after 的 too what it is computed on is a condition, as every set's gold writes it (pdftex 9.4,
        # nat_hjwater_01 10.3)
        ("平行双样测定结果的相对偏差应≤30%。", ("相对偏差", "<=", 30.0, None, "%", ["平行双样测定结果"])),
    ],
)
def test_quality_control_clauses_statistic_names_what_it_is_computed_on_a_condition(sentence, expected):
    assert _read([f"2.1 {sentence}"]) == [expected]


def test_quality_control_clauses_when_opens_a_condition():
    # HJ 713/714 10.4: two limits, each under the 当 piece before it; neither 当 piece is an indicator
    found = _read(
        [
            "2.1 当测定结果为10倍检出限以内（包括10倍检出限），平行双样测定结果的相对偏差应≤50%；"
            "当测定结果大于10倍检出限，平行双样测定结果的相对偏差应≤20%。"
        ]
    )
    assert found == [
        (
            "相对偏差",
            "<=",
            50.0,
            None,
            "%",
            ["当测定结果为10倍检出限以内（包括10倍检出限）", "平行双样测定结果"],
        ),
        ("相对偏差", "<=", 20.0, None, "%", ["当测定结果大于10倍检出限", "平行双样测定结果"]),
    ]
    # 当日 is the same day, no condition: "应当日发出" still names nothing and the limit after it stays
    same_day = _read(["2.1 订单应当日发出，订单处理时间应不超过2 h。"], "2 服务要求")
    assert [r[0] for r in same_day] == ["订单处理时间"]


@pytest.mark.parametrize(
    "sentence",
    [
        "替代物的回收率应控制在p±3s内。",  # the laboratory's own mean ± 3 standard deviations
        "若加标回收率达不到要求，而加标平行符合要求，则说明样品存在基体效应。",
        "检验按GB 4789.40执行。",  # the test method, no requirement
        "试验方法按CJ/T 221执行。",
        # parameters of the method, not results it must reach
        "当固体废物取样量为20 g时，方法检出限为0.01 mg/kg。",
        "加标浓度为原样品浓度的0.5～2.5倍。",
        "固体废物浸出液取样体积为300 ml，定容体积为1.0 ml。",
    ],
)
def test_quality_control_clauses_bounds_nobody_can_check_are_no_indicators(sentence):
    assert _read([f"2.1 {sentence}"]) == []


def test_quality_control_clauses_locants_grouping_commas_and_items_after_a_colon():
    # a chemical's locants are part of its name; the list after "应符合下列要求：" names each item
    assert _read(
        ["2.1 有机物应符合下列要求：1,2-二氯乙烷含量应不大于0.5 mg/kg，2,4-二硝基苯酚含量不大于1 mg/kg。"],
        "2 技术要求",
    ) == [
        ("1,2-二氯乙烷含量", "<=", 0.5, None, "mg/kg", []),
        ("2,4-二硝基苯酚含量", "<=", 1.0, None, "mg/kg", []),
    ]
    grouped = _read(["2.1 镉含量应不大于1,000 mg/kg。"], "2 技术要求")
    assert grouped == [("镉含量", "<=", 1000.0, None, "mg/kg", [])]
    assert _read(["2.1 如N-亚硝基二正丙胺、2,4-二硝基苯酚，其平均响应因子应≥0.05。"])[0][2] == 0.05


def test_quality_control_clauses_verb_opening_a_subject_names_nothing():
    assert _read(["2.1 每年接受在岗培训不少于16学时。"], "2 服务要求") == [
        ("在岗培训", ">=", 16.0, None, "学时", ["每年"])
    ]
    assert _read(["2.1 确保标准点测量值的变化不大于10%。"])[0][:3] == ("标准点测量值的变化", "<=", 10.0)


_KEPT = "客人离店后遗留物品的保管期限"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an act and 后 inside a subject: the event after which the quantity is measured
        ("草坪修剪后高度应不超过8 cm。", ("草坪高度", "<=", 8.0, None, "cm", ["修剪后"])),
        ("到达后实施救援的时间一般不超过30 min。", ("实施救援的时间", "<=", 30.0, None, "min", ["到达后"])),
        # kept whole: an event of one character (离 + 店), a subject with a number or 在, a word (售后服务)
        (f"{_KEPT}不少于6个月。", (_KEPT, ">=", 6.0, None, "个月", [])),
        ("售后服务响应时间应不大于24 h。", ("售后服务响应时间", "<=", 24.0, None, "h", [])),
        # the basis names the element; 含量 adds nothing ("铅（以Pb计）" in a table)
        ("铅（以Pb计）含量不高于0.3 mg/kg。", ("铅（以Pb计）", "<=", 0.3, None, "mg/kg", [])),
    ],
)
def test_quality_control_clauses_events_and_bases_inside_a_subject(sentence, expected):
    assert _read([f"2.1 {sentence}"], "2 服务要求") == [expected]


def _dev_pdf(folder, stem: str):
    split = folder / "split.csv"
    if not split.is_file():
        pytest.skip(f"{split} is absent")
    assert read_split(split)[stem] == "dev"  # never a held-out document
    return folder / f"{stem}.pdf"


def _clauses(pdf, pages: list[int] | None = None) -> dict[str, list]:
    """(comparator, value, value_max, unit, conditions) of the clause indicators of ``pages`` (a method
    standard read whole when None: its chapter 10 is found only after chapters 1 to 9), by name."""
    out: dict[str, list] = {}
    for i in process_file(pdf, classify=False, pages=pages).indicators:
        if i.table is None:
            out.setdefault(i.name, []).append((i.comparator, i.value, i.value_max, i.unit, i.conditions))
    return out


@pytest.mark.real
def test_quality_control_clauses_real_dev_method(real_corpus):
    # HJ 1024-2019 10 (corpus/real-dev dev split): "…应分析1个平行样，平行样测定结果相对偏差≤20%"
    assert read_split(REAL_DEV / "split.csv")["HJ_1024-2019"] == "dev"
    qc = _clauses(real_corpus / "pdfs" / "HJ_1024-2019.pdf")
    assert qc["相对偏差"] == [("<=", 20.0, None, "%", ["平行样测定结果"])]
    # HJ 712-2014 11.4 (dev): "加标浓度为原样品浓度的0.5～2.5倍，加标回收率应在80%～120%之间"
    assert read_split(REAL_DEV / "split.csv")["HJ_712-2014"] == "dev"
    spiked = _clauses(real_corpus / "pdfs" / "HJ_712-2014.pdf")
    assert not any(name.startswith("加标浓度") for name in spiked), spiked
    assert [v[:4] for v in spiked["加标回收率"]] == [("range", 80.0, 120.0, "%")]


@pytest.mark.real
def test_quality_control_clauses_real_unlabelled_methods(real_corpus):
    def clauses(stem: str) -> dict[str, list]:
        return _clauses(real_corpus / "pdfs" / f"{stem}.pdf")

    parallel = clauses("HJ_713-2014")  # 10.4: 当测定结果为10倍检出限以内…，…应≤50%，当…，…应≤20%
    when = [(v[1], v[4]) for v in parallel["相对偏差"] if any(c.startswith("当") for c in v[4])]
    assert when == [
        (50.0, ["当测定结果为10倍检出限以内（包括10倍检出限）", "平行双样测定结果"]),
        (20.0, ["当测定结果大于10倍检出限", "平行双样测定结果"]),
    ]
    assert not any(name.startswith("当") for name in parallel), parallel
    assert parallel["加标回收率"][0][:4] == ("range", 70.0, 130.0, "%")  # 样品中目标物和替代物加标回收率
    chart = clauses("HJ_950-2018")  # 10.5: 替代物回收率应控制在p±3s内
    assert not any(unit == "s" for values in chart.values() for *_, unit, _ in values), chart
    matrix = clauses("HJ_711-2014")  # 若加标回收率达不到要求，而加标平行符合要求，则说明…
    assert "加标平行" not in matrix and "而加标平行" not in matrix, matrix
    assert matrix["加标回收率"][0][:4] == ("range", 50.0, 140.0, "%")  # 实际样品加标回收率


def test_quality_control_clauses_dev_page_event_inside_a_subject(enterprise_dev):
    # dev_property_01 5.3.4 "草坪修剪后高度应不超过8 cm" (enterprise-dev dev split)
    estate = _clauses(enterprise_dev / "dev_property_01.pdf", [4])
    assert estate["草坪高度"] == [("<=", 8.0, None, "cm", ["修剪后"])]


def test_quality_control_clauses_dev_pages_methods_and_verbs():
    milk = _clauses(_dev_pdf(NATIONAL, "nat_milkpowder_01"), [4])  # 3.5.2 …，检验按GB 4789.40执行
    assert "检验" not in milk, milk
    sludge = _clauses(_dev_pdf(NATIONAL, "nat_sludge_01"), [4])  # 4.3 …，试验方法按CJ/T 221执行
    assert "试验方法" not in sludge, sludge
    hotel = _clauses(_dev_pdf(WRITTEN, "wr_hotel_01"), [3])  # 4.1 每年接受在岗培训不少于16学时
    assert hotel["在岗培训"] == [(">=", 16.0, None, "学时", ["每年"])]
    lift = _clauses(_dev_pdf(WRITTEN, "wr_elevator_01"), [3, 4])  # 6.1 "到达后实施救援的时间一般不超过30 min"
    assert lift["实施救援的时间"] == [("<=", 30.0, None, "min", ["到达后"])]
    tofu = _clauses(_dev_pdf(WRITTEN, "wr_tofu_01"), [3, 4])  # 4.4 铅（以Pb计）含量不高于0.3 mg/kg
    assert tofu["铅（以Pb计）"] == [("<=", 0.3, None, "mg/kg", [])]


def test_quality_control_clauses_descriptions_of_a_substance_state_no_requirement():
    # GB 31650 / GB 2763 print each drug as its class, ADI and residue marker before its limit
    found = _read(
        [
            "2.1 阿莫西林",
            "2.1.1 兽药分类：β-内酰胺类抗菌药。",
            "2.1.2 ADI：0 μg/kg bw～2 μg/kg bw。",
            "2.1.3 残留标志物：阿莫西林。",
            "2.1.4 最大残留限量：应不超过50 μg/kg。",
        ],
        "2 技术要求",
    )
    assert found == [("最大残留限量", "<=", 50.0, None, "μg/kg", [])]


def test_quality_control_clauses_dev_page_substance_descriptions():
    # nat_vetdrug_01 p.3: "4.1.2 ADI：0 μg/kg bw～2 μg/kg bw，微生物学ADI", "4.1.3 残留标志物：阿莫西林"
    drugs = _clauses(_dev_pdf(NATIONAL, "nat_vetdrug_01"), [3])
    assert not {"ADI", "兽药分类", "残留标志物"} & set(drugs), drugs


@pytest.mark.parametrize(
    "lines",
    [
        # the points of a calibration curve: how the method is run
        ["2.1 样品测试前需绘制不少于5个浓度点的校准曲线。"],
        ["2.1 校准曲线至少需5个浓度系列。"],
        # a step of a procedure pointing to clauses ("7.3.4-7.3.5" are clause numbers, no range)
        ["2.1 将浸提剂按照7.3.4-7.3.5或7.4.2-7.4.3步骤进行浸提分析。"],
    ],
)
def test_quality_control_clauses_how_the_method_is_run_is_no_indicator(lines):
    assert _read(lines) == []


def test_quality_control_clauses_example_lists_and_sampling_chapters():
    # "如…" lists the compounds the requirement after it holds for: a condition, never a subject
    found = _read(["2.1 如N-亚硝基二正丙胺、六氯环戊二烯，其平均响应因子应≥0.05。"])
    assert found == [("平均响应因子", ">=", 0.05, None, None, ["如N-亚硝基二正丙胺、六氯环戊二烯"])]
    # a chapter on taking samples states how many, not what the product must reach
    assert _read(["每次取样不少于5个点，混合后样品量不少于2 kg。"], "2 取样与监测") == []


def test_quality_control_clauses_property_expressed_as_another_quantity():
    # GB 175 style: the property is measured as another quantity, which names the limit; the owner a condition
    found = _read(
        [
            "2.1 硅酸盐水泥的细度以比表面积表示，应不低于300 m²/kg且不高于400 m²/kg；"
            "矿渣硅酸盐水泥的细度以45 μm方孔筛筛余表示，应不小于5%。"
        ],
        "2 技术要求",
    )
    assert found == [
        ("比表面积", "range", 300.0, 400.0, "m²/kg", ["硅酸盐水泥"]),
        ("45 μm方孔筛筛余", ">=", 5.0, None, "%", ["矿渣硅酸盐水泥"]),
    ]


def test_quality_control_clauses_dev_page_property_expressed_as_another_quantity():
    cement = _clauses(_dev_pdf(NATIONAL, "nat_cement_01"), [3, 4])  # 5.2.4 硅酸盐水泥的细度以比表面积表示，…
    assert [v[0] for v in cement["比表面积"]] == ["range"]
    assert cement["45 μm方孔筛筛余"] == [(">=", 5.0, None, "%", ["矿渣硅酸盐水泥"])]


def test_quality_control_clauses_statistic_within_plus_minus_is_an_interval():
    # a QC statistic "within ±20%" lies between −20% and 20%; a product's deviation stays a tolerance
    assert _read(["2.1 其测定结果与理论浓度值相对误差应在±20%以内。"]) == [
        ("相对误差", "range", -20.0, 20.0, "%", ["测定结果与理论浓度值"])
    ]
    assert _read(["2.1 输入功率偏差应在±10%以内。"], "2 技术要求")[0][1:3] == ("tolerance", None)
