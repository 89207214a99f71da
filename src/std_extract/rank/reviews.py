"""Reviewers' decisions as the ranking shows them: who corrected a value, when, and what was read.

A corrected record carries the corrected value and ``review_state``; the evidence keeps the text as
printed.  Who decided and when are in the review store, so a ranking run with the store
(``std-extract run``, ``std-extract rank --db``) passes :func:`review_notes_from` to
:func:`std_extract.rank.rank`; without it a note says only that a reviewer corrected the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC
from pathlib import Path
from typing import Any

from std_extract.rank.decide import fmt
from std_extract.rank.result import ReviewNote
from std_extract.record import Indicator

ReviewNotes = Mapping[tuple[str, str], ReviewNote]  # (document sha256, indicator id) -> note
_SHOWN = ("corrected", "added")


def review_notes(states: Iterable[Any]) -> dict[tuple[str, str], ReviewNote]:
    """Notes from the store's :class:`~std_extract.review.store.IndicatorState` objects (corrected
    and added values only: an accepted value is what was printed)."""
    notes = {}
    for state in states:
        if state.review_state not in _SHOWN:
            continue
        at = state.updated_at.astimezone(UTC).isoformat(timespec="seconds") if state.updated_at else None
        notes[(state.document_sha256, state.indicator_id)] = ReviewNote(
            state=state.review_state,
            by=state.updated_by,
            at=at,
            extracted_text=_extracted_text(state.base) if state.added is None else None,
        )
    return notes


def review_notes_from(target: str | Path, shas: Iterable[str]) -> dict[tuple[str, str], ReviewNote]:
    """:func:`review_notes` of the documents ``shas`` in the store at a database URL or OUT_DIR."""
    from std_extract.review.store import open_store

    store = open_store(target)
    try:
        return review_notes(store.indicator_states(list(shas)).values())
    finally:
        store.close()


def _extracted_text(base: Mapping[str, Any] | None) -> str | None:
    if not base:
        return None
    text = base.get("value_text")
    if text:
        return str(text)
    value = base.get("value")
    return None if value is None else f"{fmt(value)} {base.get('unit') or ''}".strip()


def note_for(indicator: Indicator, sha: str, notes: ReviewNotes | None) -> ReviewNote | None:
    """The note for a compared value: the store's, else what the record itself says."""
    if indicator.review_state not in _SHOWN:
        return None
    found = notes.get((sha, indicator.id)) if notes else None
    return found or ReviewNote(state=indicator.review_state)  # type: ignore[arg-type]
