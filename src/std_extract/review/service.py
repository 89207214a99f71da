"""What the workbench does, independent of HTTP: the queue, a document's view, and decisions.

The web app (``review.app``) only parses requests and calls these methods; tests can call them
directly.  Every decision goes to the store as versioned state plus append-only events.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from std_extract.extract.ids import indicator_id
from std_extract.record import DocumentRecord, Indicator, Provenance
from std_extract.review.checks import Draft, check_draft
from std_extract.review.classes import industry_table
from std_extract.review.corrections import (
    EDITABLE_FIELDS,
    STALE_FLAG,
    apply_to_record,
    effective_indicator,
    normalised_values,
    snapshot,
)
from std_extract.review.outputs import OutputIndex, review_reasons
from std_extract.review.prefill import draft_from_text
from std_extract.review.queue import (
    QueueRow,
    matches_filters,
    matches_search,
    overall_progress,
    queue_order,
    queue_row,
)
from std_extract.review.render import PageRenderer
from std_extract.review.specs import canonical_choices, canonical_name, convert, facts
from std_extract.review.store import DocumentStatus, IndicatorState, ReviewStore
from std_extract.review.undo import Decision, UndoRefused, earlier_value, last_undoable, undo_marker
from std_extract.review.workflow import UNDECIDED, WITHDRAWN, WorkflowError, next_status
from std_extract.values.units import parse_unit

DECISIONS = ("accept", "reject", "edit")
# The standard's metadata a reviewer may correct (StandardInfo fields).
STANDARD_FIELDS = ("number", "title", "enterprise", "issued", "effective")
_DATE_FIELDS = ("issued", "effective")
_NUMBER_FIELDS = ("value", "value_max", "tolerance")
_TEXT_FIELDS = ("name", "canonical_id", "value_text", "unit", "grade", "test_method", "clause")
# Versions are INTEGER columns (32-bit on PostgreSQL); a save stores version + 1.
MAX_VERSION = 2**31 - 2
# Larger than any limit a standard prints (colony counts reach 10^7); keeps normalised values finite.
MAX_MAGNITUDE = 1e15


class ReviewError(Exception):
    """A request the service refuses: ``status`` is the HTTP status the app answers with, ``code``
    (where set) the rule, which the page shows in the reviewer's language (messages.toml
    ``refused.<code>``), with ``values`` filled in."""

    def __init__(self, status: int, message: str, code: str | None = None, **values: Any):
        super().__init__(message)
        self.status = status
        self.code = code
        self.values = values


def by_confidence(indicators: list[Indicator]) -> list[Indicator]:
    """A document's values for the reviewer, the least confident first (document order among
    equals; values without a confidence, from records before schema 1.2.0, keep theirs at the end)."""
    return sorted(indicators, key=lambda i: 2.0 if i.confidence is None else i.confidence)


class ReviewService:
    """The workbench over one OUT_DIR and one review store."""

    def __init__(self, out_dir: Path, store: ReviewStore, pdf_roots: list[Path] | None = None):
        self.out_dir = out_dir
        self.store = store
        self.index = OutputIndex(out_dir)
        cache_dir = (store.sqlite_path.parent if store.sqlite_path else out_dir) / "review-cache"
        roots = [*(pdf_roots or []), out_dir, out_dir.parent, Path.cwd()]
        self.renderer = PageRenderer(cache_dir, roots)

    # -- the queue --------------------------------------------------------------------------

    def queue(
        self,
        plan: str = "",
        class_prefix: str = "",
        status: str = "",
        progress: str = "",
        *,
        state: str = "",
        q: str = "",
    ) -> list[QueueRow]:
        """Documents with their review counts, filtered by plan, class prefix, extraction status
        and review state (``progress`` is the older name of ``state``), searched by ``q``
        (standard number, title, enterprise or an indicator name)."""
        return self.overview(plan, class_prefix, status, state or progress, q)[0]

    def progress(self) -> dict[str, Any]:
        """Values and documents done, overall and per reviewer."""
        return self.overview()[1]

    def overview(
        self, plan: str = "", class_prefix: str = "", status: str = "", state: str = "", q: str = ""
    ) -> tuple[list[QueueRow], dict[str, Any]]:
        """The queue as :meth:`queue` filters it and the overall progress, from one reading of
        the store (the queue page shows both)."""
        everything, states = self._rows()
        rows = [
            row
            for row, summary in everything
            if matches_filters(row, plan, class_prefix, status, state) and matches_search(row, summary, q)
        ]
        rows.sort(key=queue_order)
        return rows, overall_progress([row for row, _ in everything], states)

    def _rows(self) -> tuple[list[tuple[QueueRow, Any]], dict[tuple[str, str], IndicatorState]]:
        """Every document's queue row (with its summary), and every value decision."""
        self.index.refresh()
        states = self.store.indicator_states()
        documents = self.store.document_states()
        per_document: dict[str, dict[str, IndicatorState]] = defaultdict(dict)
        for (sha, indicator), value_state in states.items():
            per_document[sha][indicator] = value_state
        rows = [
            (queue_row(s, per_document.get(s.sha256, {}), documents.get(s.sha256)), s)
            for s in self.index.summaries.values()
        ]
        return rows, states

    def plan_ids(self) -> list[str]:
        return sorted({p for s in self.index.summaries.values() for p in s.plans} | set(_shipped_plans()))

    # -- one document -----------------------------------------------------------------------

    def record(self, sha: str) -> DocumentRecord:
        record = self.index.record(sha)
        if record is None:
            raise ReviewError(404, "no such document", "no_document")
        return record

    def document_view(self, sha: str) -> dict[str, Any]:
        """Everything the document screen shows, as JSON-ready data."""
        record = self.record(sha)
        states = self.store.indicator_states([sha])
        doc_state = self.store.document_states([sha]).get(sha)
        effective = apply_to_record(record, states, doc_state)
        history: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
        for event in self.store.history(sha):
            history[event.indicator_id].append(event.model_dump(mode="json"))
        pdf = self.renderer.pdf_path(sha, record.source.path)
        pages = [asdict(p) for p in self.renderer.page_sizes(pdf)] if pdf else []
        cls = effective.classification
        status = doc_state.status if doc_state else DocumentStatus()
        return {
            "sha256": sha,
            "number": effective.standard.number,
            "title": effective.standard.title,
            "status": record.status,
            "errors": [e.model_dump(mode="json") for e in record.errors],
            "ocr_pages": [p.model_dump(mode="json") for p in record.ocr_pages],
            "path": record.source.path,
            "pdf_found": pdf is not None,
            "pages": pages,
            "version": doc_state.version if doc_state else 0,
            "review": {**status.as_dict(), "open": self._open_items(sha, record)},
            "standard": {
                "fields": {f: getattr(effective.standard, f) for f in STANDARD_FIELDS},
                "corrected": sorted(doc_state.standard) if doc_state else [],
            },
            "history": history.get(None, []),
            "classification": {
                "code": cls.code if cls else None,
                "name": cls.name if cls else None,
                "needs_review": cls.needs_review if cls else True,
                "candidates": [
                    {"code": c.code, "name": c.name, "score": c.score}
                    for c in (cls.candidates if cls else [])
                ],
                "version": doc_state.version if doc_state else 0,
                "history": history.get(None, []),
            },
            "canonical_choices": canonical_choices(),
            "indicators": [
                self._indicator_view(sha, ind, states.get((sha, ind.id)), history.get(ind.id, []))
                for ind in by_confidence(effective.indicators)
            ],
        }

    def document_review(self, sha: str) -> dict[str, Any]:
        """The document's review status, version and document-level history (what the page reads
        again after each decision, without the values and pages of :meth:`document_view`)."""
        record = self.record(sha)
        doc_state = self.store.document_states([sha]).get(sha)
        status = doc_state.status if doc_state else DocumentStatus()
        return {
            "version": doc_state.version if doc_state else 0,
            "review": {**status.as_dict(), "open": self._open_items(sha, record)},
            "history": [e.model_dump(mode="json") for e in self.store.history(sha) if e.indicator_id is None],
        }

    def _open_items(self, sha: str, record: DocumentRecord) -> int:
        """What still needs review on a document (see :mod:`.workflow`)."""
        summary = self.index.summaries.get(sha)
        if summary is None:
            return 0
        states = {i: s for (d, i), s in self.store.indicator_states([sha]).items() if d == sha}
        return queue_row(summary, states, self.store.document_states([sha]).get(sha)).needs_review

    def _indicator_view(
        self, sha: str, ind: Indicator, state: IndicatorState | None, history
    ) -> dict[str, Any]:
        data = ind.model_dump(mode="json")
        data.update(
            version=state.version if state else 0,
            reasons=review_reasons(ind, self.index.is_below_floor(sha, ind)),
            stale=STALE_FLAG in ind.flags,
            extracted=state.base if state else None,
            extracted_now=state.latest if state else None,
            history=history,
        )
        return data

    # -- decisions --------------------------------------------------------------------------

    def decide(
        self,
        sha: str,
        indicator_id: str,
        *,
        action: str,
        version: int,
        reviewer: str,
        fields: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Accept, reject or edit one value; raises VersionConflict on a stale ``version``."""
        if action not in DECISIONS:
            raise ReviewError(400, f"unknown action {action!r}", "unknown_action", action=str(action)[:40])
        _check_version(version)
        extracted, state = self._current(sha, indicator_id)
        current, changes = _decided_on(extracted, state)
        added = dict(state.added) if state and state.added is not None else None
        events: list[tuple[str, Any, Any]] = []
        if action == "edit":
            edited = self._validated(current, fields or {})
            diff = {
                k: getattr(edited, k) for k in EDITABLE_FIELDS if getattr(edited, k) != getattr(current, k)
            }
            events += [(k, getattr(current, k), v) for k, v in diff.items()]
            if added is not None:
                added = _updated_added(added, diff)
            else:
                changes = _merged_changes(changes, diff, extracted)
        new_state = _next_state(action, changes, added is not None)
        if new_state != current.review_state or not events:
            events.append(("review_state", current.review_state, new_state))
        # The decision is made on what the reviewer sees: the latest reading a batch run noted.
        base = (state.latest or state.base) if state else (snapshot(extracted) if extracted else None)
        saved = self.store.save_indicator(
            sha,
            indicator_id,
            reviewer=reviewer,
            expected_version=version,
            review_state=new_state,
            changes=changes,
            base=base,
            added=added,
            events=events,
            reason=reason,
        )
        return self._indicator_after(sha, extracted, saved)

    def add(
        self,
        sha: str,
        *,
        page: int,
        bbox: tuple[float, float, float, float],
        source_text: str,
        fields: dict[str, Any],
        reviewer: str,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """A value the extractor missed, drawn as a box on the page."""
        record = self.record(sha)
        if not 1 <= page <= max(record.source.pages, 1) or not _valid_bbox(bbox):
            raise ReviewError(400, "the box is not on a page of this document", "box_off_page")
        clean = _parse_fields(fields)
        name = clean.get("name") or source_text[:40] or "(unnamed)"
        new_id = added_indicator_id(sha, page, bbox, name, clean.get("grade"))
        if clean.get("canonical_id"):  # the reviewer named the indicator: an exact match
            clean.update(canonical_name=canonical_name(clean["canonical_id"]), match_score=100.0)
        data = {
            "comparator": "=",
            **clean,
            "id": new_id,
            "name": name,
            "review_state": "added",
            "provenance": [
                Provenance(page=page, bbox=bbox, source_text=source_text, clause=clean.get("clause"))
            ],
        }
        try:
            indicator = Indicator.model_validate(data)
        except ValidationError as exc:
            raise ReviewError(422, _first_error(exc)) from exc
        check_correction(indicator, None)
        indicator = indicator.model_copy(update=normalised_values(indicator.model_dump()))
        payload = indicator.model_dump(mode="json")
        before = self.store.indicator_state(sha, new_id)
        withdrawn = before is not None and before.review_state == WITHDRAWN  # added again after an undo
        saved = self.store.save_indicator(
            sha,
            new_id,
            reviewer=reviewer,
            expected_version=before.version if before is not None and withdrawn else 0,
            review_state="added",
            changes={},
            base=None,
            added=payload,
            events=[("indicator", None, payload)],
            reason=reason,
        )
        return self._indicator_after(sha, None, saved)

    def set_class(
        self, sha: str, code: str, *, version: int, reviewer: str, reason: str | None = None
    ) -> dict[str, Any]:
        """Change the document's GB/T 4754 class to the 小类 ``code``."""
        _check_version(version)
        node = industry_table().get(code)
        if node is None or node.level != "class":
            raise ReviewError(
                422, f"{code!r} is not a GB/T 4754-2017 小类 code", "not_a_class", class_code=str(code)[:20]
            )
        record = self.record(sha)
        doc_state = self.store.document_states([sha]).get(sha)
        old = (
            (doc_state.class_code, doc_state.class_name)
            if doc_state and doc_state.class_code
            else (
                (record.classification.code, record.classification.name)
                if record.classification
                else (None, None)
            )
        )
        saved = self.store.save_classification(
            sha,
            reviewer=reviewer,
            expected_version=version,
            code=node.code,
            name=node.name,
            old=old,
            reason=reason,
        )
        return {
            "code": saved.class_code,
            "name": saved.class_name,
            "version": saved.version,
            "history": [e.model_dump(mode="json") for e in self.store.history(sha) if e.indicator_id is None],
        }

    def set_standard(
        self, sha: str, fields: dict[str, Any], *, version: int, reviewer: str, reason: str | None = None
    ) -> dict[str, Any]:
        """Correct the standard's metadata (number, title, enterprise, issue and effective dates);
        one event per changed field, as for values."""
        _check_version(version)
        record = self.record(sha)
        doc_state = self.store.document_states([sha]).get(sha)
        changes = dict(doc_state.standard) if doc_state else {}
        current = {f: changes.get(f, getattr(record.standard, f)) for f in STANDARD_FIELDS}
        clean = _standard_fields(fields)
        diff = {k: v for k, v in clean.items() if v != current[k]}
        if not diff:
            raise ReviewError(422, "nothing changed", "nothing_changed")
        changes.update(diff)
        changes = {k: v for k, v in changes.items() if v != getattr(record.standard, k)}
        events = [(f"standard.{k}", current[k], v) for k, v in diff.items()]
        self.store.save_document(
            sha,
            reviewer=reviewer,
            expected_version=version,
            values={"standard": changes},
            events=events,
            reason=reason,
        )
        return self.document_view(sha)

    def set_status(
        self, sha: str, action: str, *, version: int, reviewer: str, reason: str | None = None
    ) -> dict[str, Any]:
        """Mark the document done, approve it, or send it back with a reason (:mod:`.workflow`)."""
        _check_version(version)
        record = self.record(sha)
        doc_state = self.store.document_states([sha]).get(sha)
        current = doc_state.status if doc_state else DocumentStatus()
        try:
            open_items = self._open_items(sha, record)
            new = next_status(current, action, reviewer, reason, open_items)
        except WorkflowError as exc:
            status = 409 if exc.code == "not_from_status" else 422
            raise ReviewError(status, str(exc), exc.code, open=open_items) from exc
        self.store.save_document(
            sha,
            reviewer=reviewer,
            expected_version=version,
            values={"status": new},
            events=[("document.status", current.as_dict(), new.as_dict())],
            reason=reason,
        )
        return self.document_view(sha)

    def undo(self, sha: str, *, reviewer: str) -> dict[str, Any]:
        """Undo ``reviewer``'s last decision on this document with a new decision (:mod:`.undo`);
        returns what was undone (409 when nothing is left, or someone's later save stands on it)."""
        record = self.record(sha)
        events = self.store.history(sha)
        try:
            last = last_undoable(events, reviewer)
        except UndoRefused as exc:
            who = exc.blocking.reviewer if exc.blocking else "?"
            raise ReviewError(409, f"cannot undo: {exc}", "undo_blocked", reviewer=who) from exc
        if last is None:
            raise ReviewError(409, "nothing of yours to undo on this document", "nothing_to_undo")
        if last.indicator_id is None:
            self._undo_document(record, events, last, reviewer)
        else:
            self._undo_value(sha, last, reviewer)
        return {"indicator_id": last.indicator_id, "version": last.version, "fields": sorted(last.changed())}

    def _undo_value(self, sha: str, last: Decision, reviewer: str) -> None:
        assert last.indicator_id is not None
        extracted, state = self._current(sha, last.indicator_id, withdrawn=True)
        assert state is not None  # a decision was saved on it
        changed = last.changed()
        events: list[tuple[str, Any, Any]] = [undo_marker(last)]
        added = dict(state.added) if state.added is not None else None
        changes: dict[str, Any]
        if "indicator" in changed:  # undoing an add withdraws the value
            review_state, changes = WITHDRAWN, {}
        else:
            revert = {k: old for k, (old, _new) in changed.items() if k in EDITABLE_FIELDS}
            events += [(k, changed[k][1], old) for k, old in revert.items()]
            if added is not None:
                added = _updated_added(added, revert)
                changes = {}
            else:
                changes = _merged_changes(dict(state.changes), revert, extracted)
            review_state = changed.get("review_state", (state.review_state, None))[0] or UNDECIDED
        if review_state != state.review_state:
            events.append(("review_state", state.review_state, review_state))
        self.store.save_indicator(
            sha,
            last.indicator_id,
            reviewer=reviewer,
            expected_version=state.version,
            review_state=review_state,
            changes=changes,
            base=state.base,
            added=added,
            events=events,
            reason=None,
        )

    def _undo_document(self, record: DocumentRecord, events, last: Decision, reviewer: str) -> None:
        sha = record.source.sha256
        doc_state = self.store.document_states([sha]).get(sha)
        assert doc_state is not None  # a decision was saved on it
        changed = last.changed()
        values: dict[str, Any] = {}
        inverse: list[tuple[str, Any, Any]] = [undo_marker(last)]
        if "classification.code" in changed:
            earlier = earlier_value(events, last, "classification.code")
            code = changed["classification.code"][0] if earlier else None
            name = changed.get("classification.name", (None, None))[0] if earlier else None
            values.update(class_code=code, class_name=name)
            inverse += [(k, new, old) for k, (old, new) in changed.items() if k.startswith("classification.")]
        standard = dict(doc_state.standard)
        for key, (old, new) in changed.items():
            if key.startswith("standard."):
                name = key.removeprefix("standard.")
                standard[name] = old
                if old == getattr(record.standard, name, None):
                    standard.pop(name)
                inverse.append((key, new, old))
                values["standard"] = standard
        if "document.status" in changed:
            old_status, new_status = changed["document.status"]
            values["status"] = DocumentStatus.from_dict(old_status)
            inverse.append(("document.status", new_status, old_status))
        self.store.save_document(
            sha,
            reviewer=reviewer,
            expected_version=doc_state.version,
            values=values,
            events=inverse,
            reason=None,
        )

    def prefill(self, text: str) -> dict[str, Any]:
        """Form fields read from text boxed or selected on the page (:mod:`.prefill`)."""
        return draft_from_text(text[:4000])

    def check(self, sha: str, indicator_id: str | None, fields: dict[str, Any]) -> list[dict[str, Any]]:
        """Warnings for a draft value (the JSON endpoint the edit form calls as you type)."""
        record = self.record(sha)
        try:
            clean = _parse_fields(fields)
        except ReviewError as exc:
            return [{"code": "bad_number", "message": str(exc), "level": "error", "values": exc.values}]
        current = self._current_or_none(sha, indicator_id)
        merged = {**(current.model_dump() if current else {}), **clean}
        draft = Draft(
            canonical_id=merged.get("canonical_id"),
            comparator=merged.get("comparator") or "=",
            value=merged.get("value"),
            value_max=merged.get("value_max"),
            unit=merged.get("unit"),
        )
        others = self.index.others(draft.canonical_id, sha) if draft.canonical_id else []
        doc_state = self.store.document_states([sha]).get(sha)
        code = (
            doc_state.class_code
            if doc_state
            else (record.classification.code if record.classification else None)
        )
        summary = self.index.summaries.get(sha)
        plans = summary.plans if summary else []
        record_unit = (
            current.unit_normalized
            if current
            else next(
                (
                    i.unit_normalized
                    for i in record.indicators
                    if i.canonical_id == draft.canonical_id and i.unit_normalized
                ),
                None,
            )
        )
        warnings = [r.as_dict() for r in check_draft(draft, others, code, plans, record_unit)]
        shape = _draft_shape(merged, current)
        if shape:
            warnings.insert(0, shape)
        return warnings

    def text_in_box(self, sha: str, page: int, bbox: tuple[float, float, float, float]) -> str:
        record = self.record(sha)
        pdf = self.renderer.pdf_path(sha, record.source.path)
        if pdf is None or not _valid_bbox(bbox):
            return ""
        return self.renderer.text_in_box(pdf, page, bbox)

    def text_layer(self, sha: str, page: int) -> list[dict[str, Any]]:
        """The page's printed text, line by line with a box per character (for selecting it)."""
        record = self.record(sha)
        pdf = self.renderer.pdf_path(sha, record.source.path)
        if pdf is None:
            raise ReviewError(404, "PDF not found", "pdf_not_found")
        return self.renderer.text_layer(sha, pdf, page)

    def page_png(self, sha: str, page: int) -> Path:
        record = self.record(sha)
        pdf = self.renderer.pdf_path(sha, record.source.path)
        png = self.renderer.page_png(sha, pdf, page) if pdf else None
        if png is None:
            raise ReviewError(
                404, "page image not available (PDF not found or no such page)", "page_unavailable"
            )
        return png

    # -- helpers ----------------------------------------------------------------------------

    def _current(
        self, sha: str, indicator_id: str, *, withdrawn: bool = False
    ) -> tuple[Indicator | None, IndicatorState | None]:
        record = self.record(sha)
        extracted = next((i for i in record.indicators if i.id == indicator_id), None)
        state = self.store.indicator_state(sha, indicator_id)
        if state is not None and state.added is not None:
            extracted = None  # an added value read back from an applied documents.jsonl
            if state.review_state == WITHDRAWN and not withdrawn:
                raise ReviewError(
                    404, "this added value was withdrawn (its adding was undone)", "value_withdrawn"
                )
        if extracted is None and (state is None or state.added is None):
            raise ReviewError(404, "no such value in this document", "no_value")
        return extracted, state

    def _current_or_none(self, sha: str, indicator_id: str | None) -> Indicator | None:
        if not indicator_id:
            return None
        try:
            extracted, state = self._current(sha, indicator_id)
        except ReviewError:
            return None
        return effective_indicator(extracted, state) if state else extracted

    def _validated(self, current: Indicator, fields: dict[str, Any]) -> Indicator:
        data = current.model_dump()
        data.update(_parse_fields(fields))
        try:
            edited = Indicator.model_validate(data)
        except ValidationError as exc:
            raise ReviewError(422, _first_error(exc)) from exc
        check_correction(edited, current)
        return edited

    def _indicator_after(
        self, sha: str, extracted: Indicator | None, state: IndicatorState
    ) -> dict[str, Any]:
        ind = effective_indicator(extracted, state)
        history = [e.model_dump(mode="json") for e in self.store.history(sha, ind.id)]
        return self._indicator_view(sha, ind, state, history)


def _decided_on(
    extracted: Indicator | None, state: IndicatorState | None
) -> tuple[Indicator, dict[str, Any]]:
    """The value a new decision starts from and the corrections it keeps.  A stored correction that
    cannot be applied (saved before corrections were validated) is dropped, so saving over it
    repairs the value instead of failing again."""
    if state is None:
        assert extracted is not None
        return extracted, {}
    try:
        return effective_indicator(extracted, state), dict(state.changes)
    except Exception:  # noqa: BLE001 - ValidationError, OverflowError from the stored JSON
        if extracted is None:
            raise ReviewError(
                409, "this added value is stored in a form that cannot be read", "stored_unreadable"
            ) from None
        return extracted.model_copy(update={"review_state": state.review_state}), {}


def added_indicator_id(
    sha: str, page: int, bbox: tuple[float, float, float, float], name: str, grade: str | None
) -> str:
    """A stable id for a drawn value: the same box and name on the same file give the same id."""
    locator = f"review:p{page}:" + ",".join(f"{c:.0f}" for c in bbox)
    return indicator_id(sha, locator, name, grade)


def _next_state(action: str, changes: dict[str, Any], is_added: bool) -> str:
    if action == "reject":
        return "rejected"
    if is_added:
        return "added"
    return "corrected" if changes else "accepted"


def _merged_changes(
    changes: dict[str, Any], diff: dict[str, Any], extracted: Indicator | None
) -> dict[str, Any]:
    """Accumulated corrections; a field set back to what was extracted is no correction."""
    out = {**changes, **diff}
    if extracted is not None:
        out = {k: v for k, v in out.items() if getattr(extracted, k) != v}
    return out


def _updated_added(added: dict[str, Any], diff: dict[str, Any]) -> dict[str, Any]:
    data = {**added, **diff}
    if "canonical_id" in diff:
        data.update(
            canonical_name=canonical_name(data["canonical_id"]),
            match_score=100.0 if data["canonical_id"] else None,
        )
    data.update(normalised_values(data))
    return Indicator.model_validate(data).model_dump(mode="json")


def check_correction(edited: Indicator, current: Indicator | None) -> None:
    """Refuse (422) a value later runs could not use: comparator, numbers and unit that do not fit
    together, a number out of range, a unit std-extract cannot read, or one that does not convert
    to the indicator's canonical unit.  A correction is applied on every later run, so what is
    refused here can never break one."""
    problem = shape_problem(edited, current)
    if problem:
        raise ReviewError(422, problem.message, problem.code, **problem.values)
    for key in _NUMBER_FIELDS:
        number = getattr(edited, key)
        if number is not None and abs(number) > MAX_MAGNITUDE:
            message = f"{key}: {number:g} is out of range (at most {MAX_MAGNITUDE:g})"
            raise ReviewError(422, message, "out_of_range", field=key, value=f"{number:g}")
    unit = edited.unit
    unchanged = current is not None and (unit, edited.canonical_id) == (current.unit, current.canonical_id)
    if not unit or unchanged:  # the extractor's own unit stays as it was read
        return
    if parse_unit(unit) is None:
        message = f"unit: {unit[:40]!r} is not a unit std-extract can read"
        raise ReviewError(422, message, "unit_unreadable", unit=unit[:40])
    target = facts(edited.canonical_id).unit if edited.canonical_id else None
    if target and convert(1.0, unit, target) is None:
        message = f"unit: {unit!r} does not convert to {target}, the unit of {edited.canonical_id}"
        values = {"unit": unit, "target": target, "indicator": edited.canonical_id}
        raise ReviewError(422, message, "unit_not_convertible", **values)


_SHAPE_FIELDS = ("comparator", "value", "value_max", "tolerance", "unit")
_NO_VALUE = {"qualitative", "reference"}
_ONE_VALUE = {"<=", ">=", "<", ">", "="}


@dataclass(frozen=True)
class Refusal:
    """Why a value cannot be saved: ``code`` names the rule (messages.toml ``refused.<code>``)."""

    code: str
    message: str
    values: dict[str, Any]


def shape_problem(edited: Indicator, current: Indicator | None) -> Refusal | None:
    """Why the comparator, numbers and unit do not fit together (None when they do): a
    qualitative or reference requirement has no value or unit, a bound needs its value, a range
    both ends in order, a tolerance its ± part.  Checked when one of them changed (an extracted
    value that is never touched is kept as read)."""
    if current is not None and all(getattr(edited, k) == getattr(current, k) for k in _SHAPE_FIELDS):
        return None
    comparator = edited.comparator
    if comparator in _NO_VALUE:
        kept = [k for k in _SHAPE_FIELDS[1:] if getattr(edited, k) not in (None, "")]
        if kept:
            fix = "clear them, or choose ≤ ≥ = …"
            message = f"{', '.join(kept)}: a {comparator} requirement has no value or unit ({fix})"
            return Refusal("no_value_allowed", message, {"fields": kept, "comparator": comparator})
    if comparator in _ONE_VALUE and edited.value is None:
        return Refusal("needs_value", f"value: “{comparator}” needs a value", {"comparator": comparator})
    if comparator == "range":
        if edited.value is None or edited.value_max is None:
            return Refusal("range_ends", "value_max: a range needs both ends (value and max)", {})
        if edited.value > edited.value_max:
            low, high = f"{edited.value:g}", f"{edited.value_max:g}"
            message = f"value_max: the range {low}…{high} is reversed"
            return Refusal("range_reversed", message, {"low": low, "high": high})
    if comparator == "tolerance" and edited.tolerance is None:
        return Refusal("tolerance_needed", "tolerance: a tolerance needs its ± part", {})
    return None


def _draft_shape(merged: dict[str, Any], current: Indicator | None) -> dict[str, Any] | None:
    """:func:`shape_problem` of a draft as typed, as a warning of level error (a draft that is
    not a valid value yet: None)."""
    data = {"id": "draft", "name": "draft", **merged, "comparator": merged.get("comparator") or "="}
    try:
        draft = Indicator.model_validate(data)
    except ValidationError:
        return None
    problem = shape_problem(draft, current)
    if problem is None:
        return None
    values = {**problem.values, "rule": problem.code}
    return {"code": "shape", "message": problem.message, "level": "error", "values": values}


def _parse_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Form input into Indicator field values: numbers parsed, blanks to None, types checked."""
    clean: dict[str, Any] = {}
    for key, raw in fields.items():
        if key not in EDITABLE_FIELDS:
            continue
        if key in _NUMBER_FIELDS:
            clean[key] = _number(key, raw)
        elif key == "conditions":
            items = raw if isinstance(raw, list) else _text(key, raw).splitlines()
            clean[key] = [c for c in (_text(key, item).strip() for item in items) if c]
        elif key == "comparator":
            clean[key] = _text(key, raw).strip() or "="
        elif key in _TEXT_FIELDS:
            clean[key] = _text(key, raw).strip() or None
    if "name" in clean and clean["name"] is None:
        raise ReviewError(422, "name: a value needs a name", "name_required")
    return clean


def _text(key: str, raw: Any) -> str:
    """A text field as typed: a string, or a number (a grade typed as 1); never a dict's repr."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    raise ReviewError(422, f"{key}: expected text, got {type(raw).__name__}", "expected_text", field=key)


def _number(key: str, raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise ReviewError(
            422, f"{key}: expected a number, got {type(raw).__name__}", "expected_number", field=key
        )
    try:
        # Reviewers type what they read: full-width digits and the minus sign as printed.
        text = str(raw).strip().translate(str.maketrans("０１２３４５６７８９．－−", "0123456789.--"))
        number = float(text)
    except ValueError:
        raise ReviewError(
            422, f"{key}: {raw!r} is not a number", "not_a_number", field=key, raw=str(raw)
        ) from None
    if not math.isfinite(number):
        raise ReviewError(
            422, f"{key}: {raw!r} is not a finite number", "not_finite", field=key, raw=str(raw)[:40]
        )
    return number


def _check_version(version: int) -> None:
    if not 0 <= version <= MAX_VERSION:
        raise ReviewError(
            422, f"version: {version} is out of range (0 to {MAX_VERSION})", "version_range", version=version
        )


def _standard_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Metadata form input: text fields stripped (blank to None), dates as YYYY-MM-DD."""
    clean: dict[str, Any] = {}
    for key, raw in fields.items():
        if key not in STANDARD_FIELDS:
            continue
        text = _text(key, raw).strip()[:500] or None
        if text and key in _DATE_FIELDS:
            text = _iso_date(key, text)
        clean[key] = text
    if "number" in clean and clean["number"] is None:
        raise ReviewError(422, "number: a standard needs a number", "number_required")
    return clean


def _iso_date(key: str, text: str) -> str:
    """A date as typed (2024-01-01, 2024.1.1, 2024年1月1日) in ISO form, or 422."""
    digits = re.findall(r"\d+", unicodedata.normalize("NFKC", text))
    try:
        if len(digits) != 3:
            raise ValueError(text)
        return date(int(digits[0]), int(digits[1]), int(digits[2])).isoformat()
    except ValueError:
        raise ReviewError(
            422, f"{key}: {text!r} is not a date (YYYY-MM-DD)", "not_a_date", field=key, raw=text[:40]
        ) from None


def _valid_bbox(bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    return all(math.isfinite(c) and c >= 0 for c in bbox) and x1 > x0 and bottom > top


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"


def _shipped_plans() -> list[str]:
    from std_extract.review.specs import plans

    return [p.id for p in plans()]
