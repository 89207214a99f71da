"""Undo of a reviewer's last decision, itself an event: the log is never rewritten.

A *decision* is the group of events one save wrote (same target, same version: one value, or the
document's class, metadata and status).  Undoing it writes a new decision on the same target: an
``undo`` event naming the version undone, then each field set back (new -> old), so the audit
log reads forwards and every consumer of ``audit.jsonl`` sees the values change back.

Only a decision nobody has built on can be undone: when another save on the same target came
after it and still stands (not undone itself), the undo is refused and names that save.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from std_extract.review.events import ReviewEvent

UNDO_FIELD = "undo"


@dataclass(frozen=True)
class Decision:
    """The events one save wrote."""

    indicator_id: str | None  # None for the document's class, metadata and status
    version: int
    reviewer: str
    events: tuple[ReviewEvent, ...]

    @property
    def key(self) -> tuple[str | None, int]:
        return (self.indicator_id, self.version)

    @property
    def undoes(self) -> tuple[str | None, int] | None:
        """The decision an undo decision undid."""
        for event in self.events:
            if event.field == UNDO_FIELD and isinstance(event.new_value, dict):
                return (event.new_value.get("indicator_id"), int(event.new_value.get("version", 0)))
        return None

    def changed(self) -> dict[str, tuple[Any, Any]]:
        """field -> (old, new) of this decision (its undo marker left out)."""
        return {e.field: (e.old_value, e.new_value) for e in self.events if e.field != UNDO_FIELD}


class UndoRefused(Exception):
    """The last decision cannot be undone; ``blocking`` is the later save that stands on it."""

    def __init__(self, message: str, blocking: Decision | None = None):
        super().__init__(message)
        self.blocking = blocking


def decisions(events: Iterable[ReviewEvent]) -> list[Decision]:
    """Events grouped into decisions, in the order they were saved."""
    groups: dict[tuple[str | None, int], list[ReviewEvent]] = {}
    for event in events:
        groups.setdefault((event.indicator_id, event.version), []).append(event)
    ordered = sorted(groups.values(), key=lambda g: g[0].id)
    return [Decision(g[0].indicator_id, g[0].version, g[0].reviewer, tuple(g)) for g in ordered]


def last_undoable(events: Iterable[ReviewEvent], reviewer: str) -> Decision | None:
    """``reviewer``'s last decision on a document that is not an undo and not undone yet;
    :class:`UndoRefused` when someone's later save on the same target still stands."""
    groups = decisions(events)
    undone = {d.undoes for d in groups if d.undoes is not None}
    standing = [d for d in groups if d.undoes is None and d.key not in undone]
    mine = [d for d in standing if d.reviewer == reviewer]
    if not mine:
        return None
    last = mine[-1]
    later = [d for d in standing if d.indicator_id == last.indicator_id and d.version > last.version]
    if later:
        raise UndoRefused(f"{later[-1].reviewer} saved on it since (version {later[-1].version})", later[-1])
    return last


def earlier_value(events: Iterable[ReviewEvent], decision: Decision, field: str) -> bool:
    """Whether a decision before ``decision`` on the same target set ``field`` and still stands
    (so the old value in ``decision`` is a reviewer's, not the extractor's)."""
    groups = decisions(events)
    undone = {d.undoes for d in groups if d.undoes is not None}
    return any(
        d.indicator_id == decision.indicator_id
        and d.version < decision.version
        and d.undoes is None
        and d.key not in undone
        and field in d.changed()
        for d in groups
    )


def undo_marker(decision: Decision) -> tuple[str, Any, Any]:
    """The event that says which decision an undo undid."""
    return (UNDO_FIELD, None, {"indicator_id": decision.indicator_id, "version": decision.version})
