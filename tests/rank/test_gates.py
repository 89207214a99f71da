"""Gates: GB/T 1.1 chapters, normative references, extraction status."""

from __future__ import annotations

from std_extract.document import DocumentStructure
from std_extract.rank.gates import check_record_ok, check_references, check_required_clauses
from std_extract.rank.plan import RecordStatusGate, ReferencesGate, RequiredClausesGate
from std_extract.rank.structure import reference_is_well_formed

from .builders import indicator, record

CHAPTERS = ["范围", "规范性引用文件", "术语和定义", "技术要求", "试验方法", "检验规则"]
FRIDGE = record("Q/A 001-2024", [indicator("energy", 0.5)])


def test_gates_required_clauses_pass_and_fail():
    gate = RequiredClausesGate(kind="required_clauses")
    assert check_required_clauses(gate, FRIDGE, DocumentStructure(chapters=CHAPTERS)).status == "pass"
    failed = check_required_clauses(gate, FRIDGE, DocumentStructure(chapters=["范围", "要求"]))
    assert failed.status == "fail" and "试验方法" in failed.detail and "检验规则" in failed.detail


def test_gates_without_structure_not_checked_or_failed():
    assert (
        check_required_clauses(RequiredClausesGate(kind="required_clauses"), FRIDGE, None).status
        == "not_checked"
    )
    strict = RequiredClausesGate(kind="required_clauses", if_unknown="fail")
    assert check_required_clauses(strict, FRIDGE, None).status == "fail"


def test_gates_references_malformed():
    signals = DocumentStructure(references=["GB/T 191-2008 包装储运图示标志", "GB 4706.1—20 家用电器安全"])
    result = check_references(ReferencesGate(kind="references_well_formed"), FRIDGE, signals)
    assert result.status == "fail" and "4706.1" in result.detail


def test_gates_references_withdrawn_edition_and_undated():
    gate = ReferencesGate(kind="references_well_formed", withdrawn=["GB 12021.2—2008", "GB/T 8059.2"])
    dated = DocumentStructure(references=["GB 12021.2-2008 家用电冰箱耗电量限定值"])
    assert check_references(gate, FRIDGE, dated).status == "fail"
    current = DocumentStructure(references=["GB 12021.2-2015 家用电冰箱耗电量限定值"])
    assert check_references(gate, FRIDGE, current).status == "pass"
    any_edition = DocumentStructure(references=["GB/T 8059.2-1995 家用制冷器具"])
    assert "GB/T 8059.2-1995" in check_references(gate, FRIDGE, any_edition).detail


def test_gates_references_cited_in_requirements_are_checked():
    rec = record(
        "Q/A 2-2024", [indicator("energy", None, "reference", value_text="应符合GB 12021.2—2008的规定")]
    )
    gate = ReferencesGate(kind="references_well_formed", withdrawn=["GB 12021.2-2008"])
    assert check_references(gate, rec, None).status == "fail"


def test_gates_reference_forms():
    assert reference_is_well_formed("ＧＢ／Ｔ １９１—２００８ 包装储运图示标志")
    assert reference_is_well_formed("QB/T 1234 某产品")
    assert reference_is_well_formed("CJJ 92 城镇供水管网漏损控制及评定标准")  # three-letter industry code
    assert reference_is_well_formed("IEC 62552-3:2015 Household refrigerating appliances")
    assert not reference_is_well_formed("包装储运图示标志")
    assert not reference_is_well_formed("GB/T 191-08 包装")


def test_gates_record_status():
    assert check_record_ok(RecordStatusGate(kind="record_ok"), FRIDGE, None).status == "pass"
    failed = record("Q/A 3-2024", [], status="failed")
    assert check_record_ok(RecordStatusGate(kind="record_ok"), failed, None).status == "fail"
    partial = record("Q/A 4-2024", [], status="partial")
    assert (
        check_record_ok(RecordStatusGate(kind="record_ok", allow_partial=False), partial, None).status
        == "fail"
    )
