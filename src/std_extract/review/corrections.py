"""Reviewers' corrections applied to records: what the batch run calls before ranking.

    records = apply_corrections(records, open_store(out_dir=out))   # or apply_corrections_from(records, url)

Each value's ``review_state`` becomes extracted / accepted / corrected / rejected / added.
Corrections are keyed by (document sha256, stable indicator id), so they survive a re-run.
Where a re-run extracts something different from what the reviewer saw (the *base* snapshot kept
at the first review), the reviewer's decision is kept, not overwritten, and the value carries the
flag ``changed_since_review`` so it comes back to the review queue.  Rejected values stay in the
record (marked ``rejected``); consumers such as the ranker must skip them.

Applying is idempotent: records that already carry the corrections come out unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import Classification, DocumentRecord, Indicator, LevelNode
from std_extract.review.classes import level_path
from std_extract.review.specs import canonical_name, convert, facts
from std_extract.review.store import DocumentState, IndicatorState, ReviewStore, open_store

STALE_FLAG = "changed_since_review"
UNDECIDED = "extracted"  # a value whose decisions were all undone (workflow.UNDECIDED)
WITHDRAWN = "withdrawn"  # an added value whose adding was undone (workflow.WITHDRAWN)
# Fields a reviewer may change; everything else (id, provenance, normalised values) follows.
EDITABLE_FIELDS = (
    "name",
    "canonical_id",
    "comparator",
    "value",
    "value_max",
    "tolerance",
    "value_text",
    "unit",
    "grade",
    "conditions",
    "test_method",
    "clause",
)
# What "the extracted value" is, for noticing that a re-run changed it under a review.
SNAPSHOT_FIELDS = ("comparator", "value", "value_max", "tolerance", "value_text", "unit", "grade")
_RENORMALISE = {"value", "value_max", "unit", "canonical_id"}


def snapshot(indicator: Indicator) -> dict[str, Any]:
    """The fields that make up the extracted value (stored when a value is first reviewed)."""
    return {name: getattr(indicator, name) for name in SNAPSHOT_FIELDS}


def apply_corrections(records: list[DocumentRecord], store: ReviewStore) -> list[DocumentRecord]:
    """Records with every reviewer decision in ``store`` applied (new objects; inputs untouched).

    What a fresh extraction reads under a reviewed value is noted in the store (not as an event),
    so the workbench can show a reviewer the new reading of a flagged value.
    """
    shas = [r.source.sha256 for r in records]
    states = store.indicator_states(shas)
    documents = store.document_states(shas)
    store.note_extractions(_new_readings(records, states))
    return [apply_to_record(r, states, documents.get(r.source.sha256)) for r in records]


def _new_readings(records: list[DocumentRecord], states: dict[tuple[str, str], IndicatorState]):
    seen = []
    for record in records:
        for ind in record.indicators:
            state = states.get((record.source.sha256, ind.id))
            fresh = ind.review_state == "extracted" and STALE_FLAG not in ind.flags
            if state is not None and state.added is None and fresh:
                snap = snapshot(ind)
                if snap != (state.latest or state.base):
                    seen.append((record.source.sha256, ind.id, snap))
    return seen


def apply_corrections_from(records: list[DocumentRecord], target: str | Path) -> list[DocumentRecord]:
    """:func:`apply_corrections` with the store opened from a database URL or an OUT_DIR."""
    store = open_store(target)
    try:
        return apply_corrections(records, store)
    finally:
        store.close()


def apply_to_record(
    record: DocumentRecord,
    states: dict[tuple[str, str], IndicatorState],
    document_state: DocumentState | None,
) -> DocumentRecord:
    """One record with its value decisions, added values and class decision applied."""
    sha = record.source.sha256
    errors: list[ErrorItem] = []
    applied = (_apply_or_keep(record, ind, states.get((sha, ind.id)), errors) for ind in record.indicators)
    indicators = [ind for ind in applied if ind is not None]  # an extracted value is always kept
    present = {ind.id for ind in indicators}
    for (state_sha, ind_id), state in sorted(states.items(), key=lambda kv: kv[0]):
        withdrawn = state.review_state == WITHDRAWN  # its adding was undone
        if state_sha == sha and state.added is not None and ind_id not in present and not withdrawn:
            added = _apply_or_keep(record, None, state, errors)
            if added is not None:
                indicators.append(added)
    classification = record.classification
    if document_state is not None and document_state.class_code:
        classification = reviewed_classification(classification, document_state)
    update: dict[str, Any] = {"indicators": indicators, "classification": classification}
    if document_state is not None and document_state.standard:
        update["standard"] = record.standard.model_copy(update=document_state.standard)
    new_errors = [e for e in errors if e not in record.errors]  # applying twice adds nothing
    if new_errors:
        status = "partial" if record.status == "ok" else record.status
        update.update(errors=[*record.errors, *new_errors], status=status)
    return record.model_copy(update=update)


def _apply_or_keep(
    record: DocumentRecord, indicator: Indicator | None, state: IndicatorState | None, errors: list[ErrorItem]
) -> Indicator | None:
    """The reviewed value; where a stored correction cannot be applied (saved before corrections
    were validated, or by another tool), the extracted value and an error item naming the value
    and the event, so one bad correction never stops a run."""
    if state is None:
        return indicator
    try:
        return effective_indicator(indicator, state)
    except Exception as exc:  # noqa: BLE001 - ValidationError, OverflowError, ... from stored JSON
        errors.append(correction_error(record, state, exc))
        return indicator


def correction_error(record: DocumentRecord, state: IndicatorState, exc: Exception) -> ErrorItem:
    """An error item naming the file, the indicator and the review event (its version) that failed."""
    when = state.updated_at.isoformat() if state.updated_at else "?"
    cause = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    message = (
        f"{record.source.path}: the review correction of indicator {state.indicator_id} "
        f"(event version {state.version} by {state.updated_by or '?'} at {when}) cannot be applied "
        f"({cause}); the extracted value is kept"
    )
    return ErrorItem(stage="review", code=ErrorCode.CORRECTION_FAILED, message=message)


def effective_indicator(extracted: Indicator | None, state: IndicatorState) -> Indicator:
    """The value as the reviewer left it, on top of what was extracted (None for added values).

    When the extraction changed under the decision (:func:`is_stale`) the value is flagged
    ``changed_since_review``: a correction or rejection stands; an acceptance, made on another
    reading, falls back to ``extracted`` so the new reading is looked at again.
    """
    base = Indicator.model_validate(state.added) if state.added is not None else extracted
    if base is None:
        raise ValueError(f"{state.indicator_id}: no extracted value and no added value")
    if state.added is None and state.review_state == UNDECIDED and not state.changes:
        return base  # its only decisions were undone: as extracted
    out = with_changes(base, state.changes) if state.changes else base
    stale = extracted is not None and state.added is None and is_stale(extracted, state)
    flags = [f for f in out.flags if f != STALE_FLAG] + ([STALE_FLAG] if stale else [])
    review_state = "extracted" if stale and state.review_state == "accepted" else state.review_state
    return out.model_copy(update={"review_state": review_state, "flags": flags})


def is_stale(extracted: Indicator, state: IndicatorState) -> bool:
    """Whether a re-run extracted something other than what the reviewer saw and decided on.

    A record that already carries the correction (an applied documents.jsonl read back) is not
    stale: its values equal the base with the changes on top.
    """
    if state.base is None:
        return False
    now = snapshot(extracted)
    corrected = {**state.base, **{k: v for k, v in state.changes.items() if k in SNAPSHOT_FIELDS}}
    return now != state.base and now != corrected


def with_changes(indicator: Indicator, changes: dict[str, Any]) -> Indicator:
    """``indicator`` with reviewer ``changes`` (validated), normalised values recomputed."""
    data = indicator.model_dump()
    data.update({k: v for k, v in changes.items() if k in EDITABLE_FIELDS})
    if "canonical_id" in changes:  # a reviewer's match is exact: name from the lexicon, score 100
        data["canonical_name"] = canonical_name(data["canonical_id"])
        data["match_score"] = 100.0 if data["canonical_id"] else None
    if _RENORMALISE & changes.keys():
        data.update(normalised_values(data))
    return Indicator.model_validate(data)


def normalised_values(data: dict[str, Any]) -> dict[str, Any]:
    """``value_normalized`` etc. for a corrected value, in the indicator's canonical unit."""
    canonical = data.get("canonical_id")
    target = (facts(canonical).unit if canonical else None) or data.get("unit_normalized") or data.get("unit")
    out: dict[str, Any] = {"unit_normalized": target}
    for src, dst in (("value", "value_normalized"), ("value_max", "value_max_normalized")):
        value = data.get(src)
        out[dst] = None if value is None else convert(value, data.get("unit"), target)
    return out


def reviewed_classification(current: Classification | None, state: DocumentState) -> Classification:
    """The record's classification with the reviewer's class (candidates kept as evidence)."""
    base = current or Classification()
    path = [
        LevelNode(level=n.level, code=n.code, name=n.name, confidence=1.0)  # type: ignore[arg-type]
        for n in level_path(state.class_code or "")
    ]
    return base.model_copy(
        update={
            "code": state.class_code,
            "name": state.class_name,
            "level_path": path,
            "needs_review": False,
            "method": "review",
        }
    )
