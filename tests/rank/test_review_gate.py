"""Rankings use confident or reviewed values only: a value the confidence stage flagged for review
stays out of tiers and candidates until a reviewer accepts it (the real review service and store)."""

from __future__ import annotations

from std_extract.rank import rank
from std_extract.rank.output import rankings_json
from std_extract.review import apply_corrections_from, open_store
from std_extract.review.service import ReviewService

from .builders import indicator, make_plan, record


def _flagged(ind, confidence: float = 0.3):
    return ind.model_copy(update={"confidence": confidence, "needs_review": True})


def _records():
    """Three fridges; the best declares its energy use only through a flagged value."""
    return [
        record("Q/A 001-2024", [_flagged(indicator("energy", 0.40))]),
        record("Q/B 002-2024", [indicator("energy", 0.55).model_copy(update={"confidence": 0.97})]),
        record("Q/C 003-2024", [indicator("energy", 0.70).model_copy(update={"confidence": 0.95})]),
    ]


def _standing(result, number: str):
    plan = result.plans[0]
    found = next(s for s in plan.standards if s.standard.number == number)
    return found.indicators[0]


def test_review_gate_flagged_value_stays_out_of_tiers_and_candidates():
    result = rank(_records(), [make_plan(min_participants=2)])
    plan = result.plans[0]
    standing = _standing(result, "Q/A 001-2024")
    assert (standing.status, standing.reason) == ("left_out", "awaiting_review")
    assert "confidence 0.3" in standing.detail and "p. 3" in standing.detail
    assert "Q/A 001-2024" not in {c.number for c in plan.candidates}
    assert {m.number for t in plan.indicators[0].tiers for m in t.members} == {"Q/B 002-2024", "Q/C 003-2024"}
    [left] = [x for x in plan.left_out if x.number == "Q/A 001-2024"]
    assert left.reason == "awaiting_review" and left.indicator == "energy"
    assert plan.unreviewed_values == "excluded" and '"awaiting_review"' in rankings_json(plan)


def test_review_gate_include_unreviewed_keeps_the_old_behaviour():
    result = rank(_records(), [make_plan(min_participants=2)], include_unreviewed=True)
    plan = result.plans[0]
    assert _standing(result, "Q/A 001-2024").tier == 1
    assert "Q/A 001-2024" in {c.number for c in plan.candidates}
    assert plan.unreviewed_values == "included" and not plan.left_out


def test_review_gate_a_rejected_flagged_value_is_missing_not_awaiting():
    records = _records()
    records[0] = records[0].model_copy(
        update={"indicators": [records[0].indicators[0].model_copy(update={"review_state": "rejected"})]}
    )
    standing = _standing(rank(records, [make_plan(min_participants=2)]), "Q/A 001-2024")
    assert standing.reason == "missing_core_indicator"


def test_review_gate_flagged_value_enters_the_ranking_once_a_reviewer_accepts_it(tmp_path):
    records = _records()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "documents.jsonl").write_text(
        "".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8"
    )
    plans = [make_plan(min_participants=2)]
    assert _standing(rank(records, plans), "Q/A 001-2024").reason == "awaiting_review"

    store = open_store(out_dir=out_dir)
    try:
        store.add_reviewer("alice", "correct horse battery staple")
        service = ReviewService(out_dir, store)
        flagged = records[0].indicators[0]
        view = service.document_view(records[0].source.sha256)
        assert "low_confidence" in next(v for v in view["indicators"] if v["id"] == flagged.id)["reasons"]
        service.decide(records[0].source.sha256, flagged.id, action="accept", version=0, reviewer="alice")
    finally:
        store.close()

    reviewed = apply_corrections_from(records, out_dir)
    assert reviewed[0].indicators[0].review_state == "accepted"
    result = rank(reviewed, plans)
    standing = _standing(result, "Q/A 001-2024")
    assert (standing.status, standing.tier) == ("ranked", 1)
    assert "Q/A 001-2024" in {c.number for c in result.plans[0].candidates}
    assert not result.plans[0].left_out


def test_review_gate_a_flagged_reference_leaves_the_reason_not_quantified():
    records = _records()
    reference = indicator("energy", None, "reference", value_text="GB 12021.2", unit=None, normalized=False)
    records[0] = records[0].model_copy(update={"indicators": [_flagged(reference)]})
    standing = _standing(rank(records, [make_plan(min_participants=2)]), "Q/A 001-2024")
    assert standing.reason == "missing_core_indicator"  # nothing a reviewer could accept would rank
