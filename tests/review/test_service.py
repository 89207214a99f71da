"""The queue: counts, filters, and values below a plan's floor from the rankings outputs."""

from __future__ import annotations

import json

import pytest

from std_extract.review import open_store
from std_extract.review.service import ReviewService


@pytest.fixture
def service(outputs):
    store = open_store(out_dir=outputs.out_dir)
    yield ReviewService(outputs.out_dir, store, [outputs.input_dir])
    store.close()


def _row(rows, number):
    return next(r for r in rows if r.number == number)


def test_service_queue_counts_what_needs_review_and_what_was_reviewed(service, outputs):
    row = _row(service.queue(), "Q/TEST 001-2024")
    # 噪声 (score 72), 制冷剂充注量偏差 (no canonical id, flagged) and the class (needs_review).
    assert (row.values, row.needs_review, row.reviewed, row.progress) == (4, 3, 0, "todo")
    sha = outputs.record.source.sha256
    service.decide(sha, outputs.indicator("噪声").id, action="accept", version=0, reviewer="alice")
    row = _row(service.queue(), "Q/TEST 001-2024")
    assert (row.needs_review, row.reviewed, row.progress) == (2, 1, "in_progress")
    service.set_class(sha, "3851", version=0, reviewer="alice")
    service.decide(
        sha, outputs.indicator("制冷剂充注量偏差").id, action="reject", version=0, reviewer="alice"
    )
    row = _row(service.queue(), "Q/TEST 001-2024")
    assert (row.needs_review, row.reviewed, row.progress, row.class_code) == (0, 3, "done", "3851")


def test_service_queue_filters_by_class_status_and_progress(service, outputs):
    assert {r.number for r in service.queue(class_prefix="3851")} == {"Q/PEER 002-2023", "Q/PEER 003-2023"}
    assert {r.number for r in service.queue(class_prefix="38")} == {r.number for r in service.queue()}
    assert {r.number for r in service.queue(status="ok")} == {"Q/TEST 001-2024"}
    assert service.queue(progress="done") == []


def test_service_queue_reads_below_floor_and_plan_membership_from_rankings(service, outputs):
    sha = outputs.record.source.sha256
    plan_dir = outputs.out_dir / "fridge"
    plan_dir.mkdir()
    (plan_dir / "below_floor.csv").write_text(
        "\ufeffplan,number,title,enterprise,sha256,path,indicator\n"
        f"fridge,Q/TEST 001-2024,家用电冰箱,,{sha},x.pdf,energy_consumption\n",
        encoding="utf-8",
    )
    (plan_dir / "rankings.json").write_text(
        json.dumps({"plan": {"id": "fridge"}, "standards": [{"standard": {"sha256": sha}}]}), encoding="utf-8"
    )
    (outputs.out_dir / "documents.jsonl").touch()  # a re-run rewrote the outputs
    service.index._stamp = None
    row = _row(service.queue(), "Q/TEST 001-2024")
    assert row.needs_review == 4 and row.plans == ["fridge"]
    assert [r.number for r in service.queue(plan="fridge")] == ["Q/TEST 001-2024"]
    energy = next(v for v in service.document_view(sha)["indicators"] if v["name"] == "耗电量")
    assert energy["reasons"] == ["below_floor"]


def test_service_queue_and_values_order_by_confidence_lowest_first(service, outputs):
    from .workbench import write_records

    def scored(record, confidences):
        values = [
            i.model_copy(update={"confidence": c, "needs_review": c < 0.8})
            for i, c in zip(record.indicators, confidences, strict=True)
        ]
        return record.model_copy(update={"indicators": values})

    test = scored(outputs.record, [0.95, 0.6, 0.9, 0.2])  # 耗电量, 噪声, 冷藏室温度, 制冷剂充注量偏差
    peers = [scored(outputs.peers[0], [0.5]), scored(outputs.peers[1], [0.99])]
    write_records([peers[1], test, peers[0]], outputs.out_dir)
    service.index._stamp = None
    rows = service.queue()
    assert [r.number for r in rows] == ["Q/TEST 001-2024", "Q/PEER 002-2023", "Q/PEER 003-2023"]
    assert rows[0].lowest_confidence == 0.2
    view = service.document_view(test.source.sha256)
    assert [v["name"] for v in view["indicators"]] == ["制冷剂充注量偏差", "噪声", "冷藏室温度", "耗电量"]
    assert view["indicators"][0]["reasons"][0] == "low_confidence"
    # deciding the least confident value moves the document behind one whose lowest open value is lower
    service.decide(test.source.sha256, test.indicators[3].id, action="reject", version=0, reviewer="alice")
    assert [r.number for r in service.queue()][:2] == ["Q/PEER 002-2023", "Q/TEST 001-2024"]
