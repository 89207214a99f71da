"""classify_text and classify_document on typical inputs, with the real spaCy/jieba pipeline."""

from __future__ import annotations

import pytest

from std_extract.classify import classify_document, classify_text, load_table
from std_extract.document import Clause, ParsedDocument, Source, StandardMetadata


@pytest.mark.parametrize(
    "text, code",
    [
        ("家用电冰箱", "3851"),
        ("大米", "1311"),
        ("白酒", "1512"),
        ("物业服务", "7020"),
        ("快递服务", "6020"),
        ("食品安全国家标准 巴氏杀菌乳", "1441"),
        ("地理标志产品 射阳大米", "1311"),
        ("浓香型白酒", "1512"),
        ("住宅小区物业服务规范", "7020"),
    ],
)
def test_classifier_typical_inputs(text, code):
    result = classify_text(text)
    assert result.code == code, [(c.code, c.name, c.score) for c in result.candidates]
    assert result.name == load_table()[code].name


def test_classifier_level_path_is_one_branch_of_the_table():
    table = load_table()
    for text in ("家用电冰箱", "白酒", "快递服务", "速冻水饺"):
        result = classify_text(text)
        path = result.level_path
        assert [n.level for n in path] == ["section", "division", "group", "class"]
        assert [n.code for n in path] == [a.code for a in table.path(result.code)]
        assert [n.name for n in path] == [a.name for a in table.path(result.code)]
        confidences = [n.confidence for n in path]
        assert confidences == sorted(confidences, reverse=True)  # a parent is at least as sure
        assert path[-1].confidence == pytest.approx(result.score, abs=1e-3)


def test_classifier_candidates_ranked_with_evidence():
    result = classify_text("家用电冰箱")
    assert 1 <= len(result.candidates) <= 5
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) <= 1.0 + 1e-6
    top = result.candidates[0]
    assert top.code == result.code and top.evidence
    assert top.evidence[0].source == "title" and top.evidence[0].term in "家用电冰箱"
    assert result.method


def test_classifier_nothing_to_go_on_needs_review():
    # No term matches; at most the model's guess remains, and a person must look at it.
    result = classify_text("的了吗")
    assert result.needs_review and result.score < 0.5
    assert classify_text("   ").code is None


def test_classifier_head_of_the_phrase_wins():
    # Chinese noun phrases are head-final: a compressor for refrigerators is a compressor.
    result = classify_text("电冰箱用压缩机")
    assert result.code != "3851"


def test_classifier_reads_scope_sentence_of_free_text():
    text = "1 范围\n本标准规定了巴氏杀菌乳的技术要求。\n本标准适用于全脂、脱脂和部分脱脂巴氏杀菌乳。"
    result = classify_text(text)
    assert result.code == "1441"
    assert any(e.source == "scope" for e in result.candidates[0].evidence)


def _document(title: str, scope: str, *, ics=(), ccs=(), enterprise=None, body="") -> ParsedDocument:
    clauses = [
        Clause(number="1", title="范围", kind="chapter", level=1, text=scope, page_start=1, page_end=1),
        Clause(number="4", title="技术要求", kind="chapter", level=1, text=body, page_start=2, page_end=2),
    ]
    meta = StandardMetadata(title=title, ics=list(ics), ccs=list(ccs), enterprise=enterprise)
    source = Source(path="x.pdf", sha256="0" * 64, pages=2)
    return ParsedDocument(source=source, metadata=meta, clauses=clauses)


def test_classifier_document_title_scope_and_cover():
    document = _document(
        "家用电冰箱",
        "本文件规定了家用电冰箱的要求、试验方法。本文件适用于家用电冰箱。",
        ics=["97.040.30"],
        ccs=["Y 61"],
        enterprise="南京某某电器有限公司",
        body="电冰箱的耗电量应不大于0.45 kWh/24h。",
    )
    result = classify_document(document)
    assert result.code == "3851" and not result.needs_review
    sources = {e.source for e in result.candidates[0].evidence}
    assert {"title", "scope"} <= sources


def test_classifier_document_cover_codes_alone_give_a_low_confidence_guess():
    document = _document("", "", ics=["97.040.30"])
    result = classify_document(document)
    assert result.code == "3851" and result.needs_review


def test_classifier_document_service_standard():
    document = _document(
        "快递服务 第2部分：组织要求",
        "本部分规定了快递服务组织的基本要求。本部分适用于快递服务组织。",
        enterprise="某某速递有限公司",
    )
    assert classify_document(document).code == "6020"
