"""The queue: one row per document with what it still needs, filters, search and overall progress.

Counts are defined in :mod:`.workflow`: *need review* is what is flagged and not decided yet, so
it falls as reviewers decide and never rises when a reviewer adds a value.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from std_extract.review.outputs import DocumentSummary, search_key
from std_extract.review.specs import plans_for_class
from std_extract.review.store import APPROVED, DONE, IN_REVIEW, DocumentState, IndicatorState
from std_extract.review.workflow import TODO, UNDECIDED, WITHDRAWN, is_decided


@dataclass
class QueueRow:
    sha256: str
    number: str | None
    title: str | None
    status: str  # extraction status: ok | partial | failed
    values: int  # extracted values and values reviewers added
    needs_review: int  # flagged values and an unsure class that nobody has decided yet
    reviewed: int  # values (and the class) with a standing decision
    class_code: str | None
    class_name: str | None
    plans: list[str] = field(default_factory=list)
    lowest_confidence: float | None = None  # of the values no reviewer has decided yet
    enterprise: str | None = None
    state: str = TODO  # todo | in_review | done | approved | sent_back
    done_by: str | None = None
    approved_by: str | None = None
    sent_back_reason: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def progress(self) -> str:
        """todo / in_progress / done by the counts alone (kept for the ``progress`` filter)."""
        if self.needs_review == 0 and self.reviewed > 0:
            return "done"
        return "todo" if self.reviewed == 0 else "in_progress"


def queue_order(row: QueueRow) -> tuple[bool, float, int, str]:
    """Unfinished documents first, the one holding the least confident undecided value first, then
    the one with most left to review (records before schema 1.2.0 carry no confidence: last)."""
    lowest = row.lowest_confidence if row.lowest_confidence is not None else 2.0
    finished = row.state in (DONE, APPROVED) or row.needs_review == 0 and row.reviewed > 0
    return (finished, lowest, -row.needs_review, row.number or "")


def queue_row(
    summary: DocumentSummary,
    states: dict[str, IndicatorState],
    document: DocumentState | None,
) -> QueueRow:
    """The row of one document; ``states`` are its values' decisions by indicator id."""
    added = [s for s in states.values() if s.added is not None and s.review_state != WITHDRAWN]
    decided = {i for i, s in states.items() if is_decided(s)}
    class_decided = document is not None and document.class_code is not None
    open_values = summary.needs_review - decided
    standard = document.standard if document else {}
    code, name = (summary.class_code, summary.class_name)
    if class_decided and document is not None:
        code, name = document.class_code, document.class_name
    row = QueueRow(
        sha256=summary.sha256,
        number=standard.get("number", summary.number),
        title=standard.get("title", summary.title),
        status=summary.status,
        values=summary.indicators + len(added),
        needs_review=len(open_values) + (summary.class_needs_review and not class_decided),
        reviewed=len(decided) + class_decided,
        class_code=code,
        class_name=name,
        plans=plans_for_class(code) if class_decided else summary.plans,
        lowest_confidence=min((c for i, c in summary.confidence.items() if i not in decided), default=None),
        enterprise=standard.get("enterprise", summary.enterprise),
        errors=summary.errors,
    )
    status = document.status if document else None
    if status is not None and status.status != IN_REVIEW:
        row.state = status.status
    elif (
        row.reviewed or standard or any(s.review_state not in (UNDECIDED, WITHDRAWN) for s in states.values())
    ):
        row.state = IN_REVIEW
    if status is not None:
        row.done_by, row.approved_by, row.sent_back_reason = status.done_by, status.approved_by, status.reason
    return row


def matches_search(row: QueueRow, summary: DocumentSummary, query: str) -> bool:
    """The standard number, title, enterprise or an indicator name contains ``query``."""
    key = search_key(query)
    if not key:
        return True
    fields = (row.number, row.title, row.enterprise)
    return any(key in search_key(f) for f in fields) or key in summary.searchable


def matches_filters(row: QueueRow, plan: str, class_prefix: str, status: str, state: str) -> bool:
    return (
        (not plan or plan in row.plans)
        and (not class_prefix or (row.class_code or "").startswith(class_prefix))
        and (not status or row.status == status)
        and (not state or row.state == state or row.progress == state)
    )


def overall_progress(rows: list[QueueRow], states: dict[tuple[str, str], IndicatorState]) -> dict[str, Any]:
    """Values and documents done, overall and per reviewer (from the current decisions)."""
    by_state = Counter(r.state for r in rows)
    reviewers: dict[str, Counter] = defaultdict(Counter)
    for state in states.values():
        if is_decided(state) and state.updated_by:
            reviewers[state.updated_by]["values"] += 1
    for row in rows:
        if row.state in (DONE, APPROVED) and row.done_by:
            reviewers[row.done_by]["documents_done"] += 1
        if row.state == APPROVED and row.approved_by:
            reviewers[row.approved_by]["documents_approved"] += 1
    return {
        "documents": len(rows),
        "documents_by_state": {s: by_state.get(s, 0) for s in (TODO, IN_REVIEW, DONE, APPROVED, "sent_back")},
        "values": sum(r.values for r in rows),
        "values_reviewed": sum(r.reviewed for r in rows),
        "needs_review": sum(r.needs_review for r in rows),
        "reviewers": {
            name: {k: counts.get(k, 0) for k in ("values", "documents_done", "documents_approved")}
            for name, counts in sorted(reviewers.items())
        },
    }
