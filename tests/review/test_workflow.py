"""What a document still needs, undo as an event, document states, search, metadata and the
reading of boxed text, on the real stores (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, create_engine

from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import DocumentRecord
from std_extract.review import apply_corrections, open_store
from std_extract.review.service import ReviewError, ReviewService

from .workbench import write_records


@pytest.fixture
def service(outputs, db_url):
    store = open_store(db_url)
    yield ReviewService(outputs.out_dir, store, [outputs.input_dir])
    store.close()


def _row(service, number="Q/TEST 001-2024", **filters):
    return next(r for r in service.queue(**filters) if r.number == number)


def _add_standby(service, outputs, reviewer="alice"):
    return service.add(
        outputs.record.source.sha256,
        page=1,
        bbox=outputs.missed_bbox,
        source_text="待机功率应不大于0.5 W",
        reviewer=reviewer,
        fields={"name": "待机功率", "comparator": "<=", "value": "0.5", "unit": "W"},
    )


def test_workflow_need_review_falls_as_reviewers_decide_and_not_when_they_add(service, outputs):
    sha = outputs.record.source.sha256
    ids = {n: outputs.indicator(n).id for n in ("噪声", "制冷剂充注量偏差", "耗电量")}
    # 噪声 (score 72), 制冷剂充注量偏差 (no canonical id, flagged) and the unsure class.
    assert (_row(service).needs_review, _row(service).reviewed) == (3, 0)
    service.decide(sha, ids["噪声"], action="accept", version=0, reviewer="alice")
    assert (_row(service).needs_review, _row(service).reviewed) == (2, 1)
    _add_standby(service, outputs)  # an added value is a decision, not work left
    row = _row(service)
    assert (row.values, row.needs_review, row.reviewed) == (5, 2, 2)
    service.decide(sha, ids["耗电量"], action="accept", version=0, reviewer="alice")  # not flagged
    assert _row(service).needs_review == 2
    service.decide(sha, ids["制冷剂充注量偏差"], action="reject", version=0, reviewer="alice")
    service.set_class(sha, "3851", version=0, reviewer="alice")
    assert _row(service).needs_review == 0
    service.undo(sha, reviewer="alice")  # the class decision is undone: the class needs review again
    assert _row(service).needs_review == 1


def test_workflow_a_value_changed_under_its_decision_needs_review_again(service, outputs):
    sha, noise = outputs.record.source.sha256, outputs.indicator("噪声")
    service.decide(sha, noise.id, action="accept", version=1 - 1, reviewer="alice")
    assert _row(service).needs_review == 2
    reread = noise.model_copy(update={"value": 40.0, "value_text": "≤40"})
    record = outputs.record.model_copy(
        update={"indicators": [reread if i.id == noise.id else i for i in outputs.record.indicators]}
    )
    apply_corrections([record], service.store)  # a batch run notes the new reading
    assert _row(service).needs_review == 3
    state = service.store.indicator_state(sha, noise.id)
    service.decide(sha, noise.id, action="accept", version=state.version, reviewer="alice")
    assert _row(service).needs_review == 2


def test_workflow_undo_is_an_event_and_restores_the_value(service, outputs):
    sha, energy = outputs.record.source.sha256, outputs.indicator("耗电量")
    service.decide(sha, energy.id, action="edit", version=0, reviewer="alice", fields={"value": "0.42"})
    service.decide(sha, energy.id, action="edit", version=1, reviewer="alice", fields={"unit": "kWh/d"})
    before = service.store.history(sha)
    undone = service.undo(sha, reviewer="alice")
    assert (undone["indicator_id"], undone["version"], undone["fields"]) == (energy.id, 2, ["unit"])
    after = service.store.history(sha)
    assert after[: len(before)] == before  # nothing rewritten
    marker = next(e for e in after[len(before) :] if e.field == "undo")
    assert marker.new_value == {"indicator_id": energy.id, "version": 2}
    assert any(e.field == "unit" and e.new_value == "kWh/24h" for e in after[len(before) :])
    value = apply_corrections([outputs.record], service.store)[0].indicators[0]
    assert (value.review_state, value.value, value.unit) == ("corrected", 0.42, "kWh/24h")
    service.undo(sha, reviewer="alice")  # the next undo walks further back: as extracted
    value = apply_corrections([outputs.record], service.store)[0].indicators[0]
    assert value == energy
    assert _row(service).reviewed == 0
    with pytest.raises(ReviewError) as refused:
        service.undo(sha, reviewer="alice")
    assert refused.value.status == 409  # nothing left to undo


def test_workflow_undo_withdraws_an_added_value_and_it_can_be_added_again(service, outputs):
    sha = outputs.record.source.sha256
    added = _add_standby(service, outputs)
    service.undo(sha, reviewer="alice")
    names = [i.name for i in apply_corrections([outputs.record], service.store)[0].indicators]
    assert "待机功率" not in names
    assert "待机功率" not in [v["name"] for v in service.document_view(sha)["indicators"]]
    assert _row(service).values == 4
    again = _add_standby(service, outputs)
    assert again["id"] == added["id"] and again["review_state"] == "added"
    assert "待机功率" in [i.name for i in apply_corrections([outputs.record], service.store)[0].indicators]


def test_workflow_undo_refuses_when_another_reviewer_saved_on_top(service, outputs):
    sha, energy = outputs.record.source.sha256, outputs.indicator("耗电量")
    service.decide(sha, energy.id, action="edit", version=0, reviewer="alice", fields={"value": "0.42"})
    service.decide(sha, energy.id, action="edit", version=1, reviewer="bob", fields={"value": "0.43"})
    with pytest.raises(ReviewError, match="bob saved on it since") as refused:
        service.undo(sha, reviewer="alice")
    assert refused.value.status == 409
    service.undo(sha, reviewer="bob")  # bob's undo frees alice's
    service.undo(sha, reviewer="alice")
    assert apply_corrections([outputs.record], service.store)[0].indicators[0] == energy


def test_workflow_undo_of_a_class_returns_to_the_classifier(service, outputs):
    sha = outputs.record.source.sha256
    service.set_class(sha, "3851", version=0, reviewer="alice")
    service.set_class(sha, "3852", version=1, reviewer="alice")
    service.undo(sha, reviewer="alice")
    assert apply_corrections([outputs.record], service.store)[0].classification.code == "3851"
    service.undo(sha, reviewer="alice")
    cls = apply_corrections([outputs.record], service.store)[0].classification
    assert cls == outputs.record.classification  # the classifier's, still needing review


def test_workflow_document_states_done_approved_sent_back(service, outputs):
    sha = outputs.record.source.sha256
    with pytest.raises(ReviewError, match="3 item"):
        service.set_status(sha, "done", version=0, reviewer="alice")
    for name, action in (("噪声", "accept"), ("制冷剂充注量偏差", "reject")):
        service.decide(sha, outputs.indicator(name).id, action=action, version=0, reviewer="alice")
    service.set_class(sha, "3851", version=0, reviewer="alice")
    assert _row(service).state == "in_review"
    view = service.set_status(sha, "done", version=1, reviewer="alice")
    assert view["review"]["status"] == "done" and view["review"]["done_by"] == "alice"
    assert [r.number for r in service.queue(state="done")] == ["Q/TEST 001-2024"]
    assert {r.number for r in service.queue(state="todo")} == {"Q/PEER 002-2023", "Q/PEER 003-2023"}
    with pytest.raises(ReviewError, match="second reviewer"):
        service.set_status(sha, "approve", version=2, reviewer="alice")
    with pytest.raises(ReviewError, match="needs a reason"):
        service.set_status(sha, "send_back", version=2, reviewer="bob", reason=" ")
    view = service.set_status(sha, "send_back", version=2, reviewer="bob", reason="噪声单位应为dB(A)")
    assert (view["review"]["status"], view["review"]["reason"]) == ("sent_back", "噪声单位应为dB(A)")
    assert _row(service, state="sent_back").sent_back_reason == "噪声单位应为dB(A)"
    service.set_status(sha, "done", version=3, reviewer="alice")
    view = service.set_status(sha, "approve", version=4, reviewer="bob")
    assert (view["review"]["status"], view["review"]["approved_by"]) == ("approved", "bob")
    service.undo(sha, reviewer="bob")  # the approval is undone: done again
    assert _row(service).state == "done"
    progress = service.progress()
    assert progress["documents_by_state"] == {
        "todo": 2,
        "in_review": 0,
        "done": 1,
        "approved": 0,
        "sent_back": 0,
    }
    assert progress["reviewers"]["alice"] == {"values": 2, "documents_done": 1, "documents_approved": 0}
    assert (progress["needs_review"], progress["values"]) == (0, 6)  # the peers need nothing


def test_workflow_search_by_number_title_enterprise_and_indicator_name(service, outputs):
    def found(q):
        return {r.number for r in service.queue(q=q)}

    assert found("q/test001") == {"Q/TEST 001-2024"}  # case, spaces ignored
    assert found("Ｑ／ＰＥＥＲ") == {"Q/PEER 002-2023", "Q/PEER 003-2023"}  # full-width
    assert found("冰箱") == {"Q/TEST 001-2024", "Q/PEER 002-2023", "Q/PEER 003-2023"}
    assert found("制冷剂") == {"Q/TEST 001-2024"}  # an indicator name
    assert found("耗电量") == {"Q/TEST 001-2024", "Q/PEER 002-2023", "Q/PEER 003-2023"}
    assert found("no such thing") == set()
    service.set_standard(
        outputs.record.source.sha256, {"enterprise": "青岛某电器有限公司"}, version=0, reviewer="alice"
    )
    assert found("某电器") == {"Q/TEST 001-2024"}


def test_workflow_metadata_corrections_have_the_audit_trail(service, outputs):
    sha = outputs.record.source.sha256
    view = service.set_standard(
        sha,
        {"title": "家用电冰箱 能效", "issued": "2024年1月5日", "effective": "2024.7.1"},
        version=0,
        reviewer="alice",
        reason="cover misread",
    )
    assert view["standard"]["fields"]["issued"] == "2024-01-05"
    assert view["standard"]["corrected"] == ["effective", "issued", "title"]
    with pytest.raises(ReviewError, match="not a date"):
        service.set_standard(sha, {"issued": "2024-13-01"}, version=1, reviewer="alice")
    with pytest.raises(ReviewError, match="needs a number"):
        service.set_standard(sha, {"number": " "}, version=1, reviewer="alice")
    record = apply_corrections([outputs.record], service.store)[0]
    assert (record.standard.title, record.standard.effective) == ("家用电冰箱 能效", "2024-07-01")
    assert record.standard.number == "Q/TEST 001-2024"
    events = {e.field: e for e in service.store.history(sha)}
    assert events["standard.title"].old_value == "家用电冰箱"
    assert events["standard.title"].reason == "cover misread"
    assert (_row(service).title, _row(service).state) == ("家用电冰箱 能效", "in_review")
    service.undo(sha, reviewer="alice")
    assert apply_corrections([outputs.record], service.store)[0].standard == outputs.record.standard
    assert (_row(service).title, _row(service).state) == ("家用电冰箱", "todo")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_workflow_failed_document_shows_why(service, outputs):
    failed = DocumentRecord(
        source=outputs.record.source.model_copy(update={"sha256": "f" * 64, "path": "scan.pdf"}),
        status="failed",
        errors=[
            ErrorItem(
                stage="parse",
                code=ErrorCode.NO_TEXT_LAYER,
                message="scan.pdf: no page has a text layer (a scan); install the ocr extra",
                page=1,
            )
        ],
    )
    write_records([*outputs.records, failed], outputs.out_dir)
    view = service.document_view("f" * 64)
    assert view["status"] == "failed"
    assert view["errors"][0]["code"] == "no_text_layer" and "scan" in view["errors"][0]["message"]
    assert next(r for r in service.queue(status="failed")).errors == ["no_text_layer"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (
            "4.3.7 抗热震性经10次热交换后应无裂纹",
            {"clause": "4.3.7", "comparator": "qualitative", "value": "", "unit": ""},
        ),
        (
            "4.3 待机功率应不大于0.5 W。",
            {"clause": "4.3", "name": "待机功率", "comparator": "<=", "value": "0.5", "unit": "W"},
        ),
        ("A.2.1 吸水率 ≤0.5%", {"clause": "A.2.1", "name": "吸水率", "value": "0.5", "unit": "%"}),
        ("0.5 W", {"clause": "", "comparator": "=", "value": "0.5", "unit": "W"}),  # a value, no clause
        ("3 个月", {"clause": "", "value": "3", "unit": "个月"}),
        (
            "b) 机动车维修技术人员持证上岗率应达到100%",
            {"name": "机动车维修技术人员持证上岗率", "value": "100"},
        ),
        ("输入功率偏差应在±5%以内", {"name": "输入功率偏差", "comparator": "tolerance", "tolerance": "5"}),
        ("服务行为应规范", {"name": "服务行为", "comparator": "qualitative", "value_text": "应规范"}),
        ("冷藏室温度 0～8 ℃", {"comparator": "range", "value": "0", "value_max": "8", "unit": "℃"}),
    ],
)
def test_workflow_prefill_reads_clause_numbers_as_clauses(service, printed, expected):
    draft = service.prefill(printed)
    assert {k: draft[k] for k in expected} == expected


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_workflow_save_refuses_a_qualitative_value_with_a_number_or_unit(service, outputs):
    sha = outputs.record.source.sha256
    garbage = {"name": "抗热震性", "comparator": "qualitative", "value": "4.3", "unit": ".7 抗热震性经10次"}
    with pytest.raises(ReviewError, match="qualitative requirement has no value") as refused:
        service.add(
            sha, page=1, bbox=(72, 500, 300, 512), source_text="4.3.7 抗热震性…", reviewer="a", fields=garbage
        )
    assert refused.value.status == 422
    ok = {"name": "抗热震性", "comparator": "qualitative", "value_text": "应无裂纹", "clause": "4.3.7"}
    added = service.add(
        sha, page=1, bbox=(72, 500, 300, 512), source_text="4.3.7 抗热震性…", reviewer="a", fields=ok
    )
    assert (added["comparator"], added["value"], added["unit"]) == ("qualitative", None, None)
    noise = outputs.indicator("噪声").id
    with pytest.raises(ReviewError, match="needs both ends"):
        service.decide(sha, noise, action="edit", version=0, reviewer="a", fields={"comparator": "range"})
    warnings = service.check(sha, None, garbage)
    assert any(w["code"] == "shape" for w in warnings)


def test_workflow_a_store_made_before_document_states_opens_and_keeps_everything(tmp_path, outputs, db_url):
    """An older store (review_document_states without the new columns) is brought up to date:
    its events and class decisions stay, and the new decisions work on it."""
    engine = create_engine(db_url)
    sha = outputs.record.source.sha256
    old = MetaData()  # the two tables as std-extract made them before document states existed
    states = Table(
        "review_document_states",
        old,
        Column("document_sha256", String(64), primary_key=True),
        Column("version", Integer, nullable=False),
        Column("class_code", String(8)),
        Column("class_name", Text),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Column("updated_by", String(100), nullable=False),
    )
    events = Table(
        "review_events",
        old,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("at", DateTime(timezone=True), nullable=False),
        Column("reviewer", String(100), nullable=False),
        Column("document_sha256", String(64), nullable=False),
        Column("indicator_id", String(64)),
        Column("field", String(64), nullable=False),
        Column("old_value", Text),
        Column("new_value", Text),
        Column("reason", Text),
        Column("version", Integer, nullable=False),
    )
    old.create_all(engine)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            states.insert().values(
                document_sha256=sha,
                version=1,
                class_code="3851",
                class_name="家用制冷电器具制造",
                updated_at=at,
                updated_by="carol",
            )
        )
        conn.execute(
            events.insert().values(
                at=at,
                reviewer="carol",
                document_sha256=sha,
                field="classification.code",
                old_value='"3856"',
                new_value='"3851"',
                version=1,
            )
        )
    engine.dispose()
    store = open_store(db_url)
    try:
        service = ReviewService(outputs.out_dir, store, [outputs.input_dir])
        assert apply_corrections([outputs.record], store)[0].classification.code == "3851"
        service.set_standard(sha, {"title": "家用冰箱"}, version=1, reviewer="alice")
        assert [e.field for e in store.history(sha)] == ["classification.code", "standard.title"]
        assert store.document_states([sha])[sha].class_code == "3851"
    finally:
        store.close()
