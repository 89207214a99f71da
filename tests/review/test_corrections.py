"""Corrections flow back into records, keyed by stable ids, and survive a re-extraction."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from std_extract.review import apply_corrections, apply_corrections_from, open_store
from std_extract.review.corrections import STALE_FLAG
from std_extract.review.service import ReviewService
from std_extract.review.store import VersionConflict


@pytest.fixture
def service(outputs):
    store = open_store(out_dir=outputs.out_dir)
    yield ReviewService(outputs.out_dir, store, [outputs.input_dir])
    store.close()


def _review(service, outputs):
    sha = outputs.record.source.sha256
    ids = {name: outputs.indicator(name).id for name in ("耗电量", "噪声", "制冷剂充注量偏差")}
    service.decide(sha, ids["耗电量"], action="edit", version=0, reviewer="alice", fields={"value": "0.42"})
    service.decide(sha, ids["噪声"], action="accept", version=0, reviewer="alice")
    service.decide(
        sha, ids["制冷剂充注量偏差"], action="reject", version=0, reviewer="alice", reason="not a limit"
    )
    service.add(
        sha,
        page=1,
        bbox=outputs.missed_bbox,
        source_text="待机功率应不大于0.5 W",
        reviewer="alice",
        fields={"name": "待机功率", "comparator": "<=", "value": "0.5", "unit": "W"},
    )
    return ids


def _states(record):
    return {i.name: (i.review_state, i.value, tuple(i.flags)) for i in record.indicators}


def test_corrections_reapplied_to_a_reextraction_with_the_same_ids(service, outputs):
    _review(service, outputs)
    # A re-run extracts the same file again: new objects, same stable ids, state "extracted".
    fresh = [r.model_copy(deep=True) for r in outputs.records]
    out = apply_corrections(fresh, service.store)
    assert _states(out[0]) == {
        "耗电量": ("corrected", 0.42, ()),
        "噪声": ("accepted", 38, ()),
        "冷藏室温度": ("extracted", 0, ()),
        "制冷剂充注量偏差": ("rejected", 0, ("unit_unknown",)),
        "待机功率": ("added", 0.5, ()),
    }
    assert out[1:] == outputs.peers  # documents nobody reviewed come out as they went in
    assert [i.review_state for i in fresh[0].indicators] == ["extracted"] * 4  # inputs untouched


def test_corrections_applying_twice_changes_nothing(service, outputs):
    _review(service, outputs)
    once = apply_corrections(outputs.records, service.store)
    twice = apply_corrections(once, service.store)
    assert twice == once


def test_corrections_flag_a_changed_value_under_a_review_instead_of_overwriting(service, outputs):
    ids = _review(service, outputs)
    record = outputs.record
    changed = []
    for ind in record.indicators:
        if ind.id == ids["耗电量"]:  # the extractor now reads 0.46 where the reviewer corrected to 0.42
            ind = ind.model_copy(update={"value": 0.46, "value_text": "≤0.46", "value_normalized": 0.46})
        if ind.id == ids["噪声"]:  # and 36 where the reviewer accepted 38
            ind = ind.model_copy(update={"value": 36, "value_text": "≤36", "value_normalized": 36})
        changed.append(ind)
    out = apply_corrections([record.model_copy(update={"indicators": changed})], service.store)[0]
    states = _states(out)
    assert states["耗电量"] == ("corrected", 0.42, (STALE_FLAG,))  # the correction stands, flagged
    assert states["噪声"] == ("extracted", 36, (STALE_FLAG,))  # accepted another reading: back to review
    assert states["冷藏室温度"] == ("extracted", 0, ())
    assert apply_corrections([out], service.store) == [out]  # the applied record reads back the same
    # The queue counts the flagged values as needing review again once the run is written back.
    from std_extract.review.export import write_documents

    write_documents([out, *outputs.peers], outputs.out_dir / "documents.jsonl")
    view = service.document_view(record.source.sha256)
    stale = {v["name"]: v["stale"] for v in view["indicators"]}
    assert stale["耗电量"] and stale["噪声"] and not stale["冷藏室温度"]
    energy = next(v for v in view["indicators"] if v["name"] == "耗电量")
    assert energy["extracted"]["value"] == 0.45  # what the reviewer saw at the time
    assert energy["extracted_now"]["value"] == 0.46  # what the extractor reads now
    assert "flag:" + STALE_FLAG in energy["reasons"]

    # Deciding again clears the flag, and later runs with the same reading stay quiet.
    sha = record.source.sha256
    service.decide(sha, ids["噪声"], action="accept", version=1, reviewer="bob")
    service.decide(sha, ids["耗电量"], action="accept", version=1, reviewer="bob")
    again = apply_corrections([record.model_copy(update={"indicators": changed})], service.store)[0]
    assert _states(again)["噪声"] == ("accepted", 36, ())
    assert _states(again)["耗电量"] == ("corrected", 0.42, ())


def test_corrections_from_url_or_out_dir(service, outputs):
    _review(service, outputs)
    by_dir = apply_corrections_from(outputs.records, outputs.out_dir)
    by_url = apply_corrections_from(outputs.records, service.store.url)
    assert by_dir == by_url and _states(by_dir[0])["耗电量"][0] == "corrected"


def test_corrections_keep_the_log_append_only(service, outputs):
    _review(service, outputs)
    engine = service.store.engine
    for statement in ("UPDATE review_events SET reviewer = 'mallory'", "DELETE FROM review_events"):
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(statement))
    assert {e.reviewer for e in service.store.history()} == {"alice"}


def test_corrections_stale_version_is_refused_and_nothing_is_lost(service, outputs):
    sha, noise = outputs.record.source.sha256, outputs.indicator("噪声").id
    service.decide(sha, noise, action="accept", version=0, reviewer="alice")
    with pytest.raises(VersionConflict) as conflict:
        service.decide(sha, noise, action="reject", version=0, reviewer="bob")
    assert [(e.reviewer, e.new_value) for e in conflict.value.since] == [("alice", "accepted")]
    service.decide(sha, noise, action="reject", version=1, reviewer="bob")
    assert [(e.reviewer, e.old_value, e.new_value) for e in service.store.history(sha, noise)] == [
        ("alice", "extracted", "accepted"),
        ("bob", "accepted", "rejected"),
    ]


def test_corrections_edit_back_to_extracted_value_is_an_accept(service, outputs):
    sha, energy = outputs.record.source.sha256, outputs.indicator("耗电量").id
    service.decide(sha, energy, action="edit", version=0, reviewer="alice", fields={"value": "0.5"})
    after = service.decide(sha, energy, action="edit", version=1, reviewer="alice", fields={"value": "0.45"})
    assert after["review_state"] == "accepted" and after["value"] == 0.45


def test_corrections_class_change_sets_level_path(service, outputs):
    sha = outputs.record.source.sha256
    service.set_class(sha, "3851", version=0, reviewer="alice")
    record = apply_corrections([outputs.record], service.store)[0]
    cls = record.classification
    assert (cls.code, cls.name, cls.needs_review, cls.method) == (
        "3851",
        "家用制冷电器具制造",
        False,
        "review",
    )
    assert [n.code for n in cls.level_path] == ["C", "38", "385", "3851"]
    assert cls.candidates == outputs.record.classification.candidates
