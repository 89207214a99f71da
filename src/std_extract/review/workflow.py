"""Where a document stands in the review, and what a value or document still needs.

A document is *in review* until a reviewer marks it *done* (every value that needs review has a
decision); a second reviewer then *approves* it or *sends it back* with a reason, and a document
sent back is marked done again once fixed.  The queue shows *todo* for a document in review that
nobody has touched yet.

What "needs review" counts: the values the extractor flagged (``outputs.review_reasons``) and a
class the classifier was unsure of, *minus* those a reviewer has decided.  A value a reviewer
added is a decision, not work left; a value whose extraction changed under a decision
(``changed_since_review``) needs review again until someone decides on the new reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from std_extract.review.corrections import UNDECIDED, WITHDRAWN
from std_extract.review.store import (
    APPROVED,
    DONE,
    IN_REVIEW,
    SENT_BACK,
    DocumentStatus,
    IndicatorState,
)

TODO = "todo"
QUEUE_STATES = (TODO, IN_REVIEW, DONE, APPROVED, SENT_BACK)
__all__ = ["UNDECIDED", "WITHDRAWN", "is_decided", "next_status"]


class WorkflowError(Exception):
    """A status change the workflow does not allow; ``code`` names the rule (catalogue key)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def is_decided(state: IndicatorState | None) -> bool:
    """A reviewer's decision stands on the value's current reading."""
    if state is None or state.review_state in (UNDECIDED, WITHDRAWN):
        return False
    return not changed_since_decision(state)


def changed_since_decision(state: IndicatorState) -> bool:
    """A batch run read something else under the decision (as ``corrections.is_stale`` says,
    from the state alone: the latest reading a run noted against the one decided on)."""
    if state.added is not None or state.base is None or state.latest is None:
        return False
    corrected = {**state.base, **{k: v for k, v in state.changes.items() if k in state.base}}
    return state.latest != state.base and state.latest != corrected


@dataclass(frozen=True)
class Transition:
    action: str  # done | approve | send_back | reopen
    target: str
    allowed_from: tuple[str, ...]


TRANSITIONS = {
    "done": Transition("done", DONE, (IN_REVIEW, SENT_BACK)),
    "approve": Transition("approve", APPROVED, (DONE,)),
    "send_back": Transition("send_back", SENT_BACK, (DONE, APPROVED)),
}


def next_status(
    current: DocumentStatus, action: str, reviewer: str, reason: str | None, open_items: int
) -> DocumentStatus:
    """The status after ``action`` by ``reviewer``; :class:`WorkflowError` when not allowed."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise WorkflowError("unknown_action", f"unknown status action {action!r}")
    if current.status not in transition.allowed_from:
        raise WorkflowError("not_from_status", f"cannot {action} a document that is {current.status}")
    if action == "done":
        if open_items:
            raise WorkflowError("open_items", f"{open_items} item(s) still need review")
        return DocumentStatus(DONE, done_by=reviewer)
    if reviewer == current.done_by:
        who = "a second reviewer approves or sends back, not the one who marked it done"
        raise WorkflowError("second_reviewer", who)
    if action == "approve":
        return DocumentStatus(APPROVED, done_by=current.done_by, approved_by=reviewer)
    if not (reason or "").strip():
        raise WorkflowError("reason_required", "sending a document back needs a reason")
    return DocumentStatus(SENT_BACK, done_by=current.done_by, reason=reason.strip() if reason else None)
