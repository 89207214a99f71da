"""The audit log: one :class:`ReviewEvent` per changed field, and its JSONL / CSV export.

An event says who changed what, when, on which document (sha256) and value (stable indicator
id), from which old value to which new one and why.  Values are JSON (numbers stay numbers).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

AUDIT_COLUMNS = [
    "id",
    "at",
    "reviewer",
    "document_sha256",
    "indicator_id",
    "field",
    "old_value",
    "new_value",
    "reason",
    "version",
]


class ReviewEvent(BaseModel):
    """One append-only change made by a reviewer."""

    id: int
    at: datetime
    reviewer: str
    document_sha256: str
    indicator_id: str | None  # None for document-level changes (classification)
    field: str  # "review_state", "value", "unit", "indicator" (an added value), "classification.code"
    old_value: Any = None
    new_value: Any = None
    reason: str | None = None
    version: int  # the value's version after this change


def write_audit_jsonl(events: Iterable[ReviewEvent], path: Path) -> int:
    """Write the events as JSON Lines; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for event in events:
            out.write(event.model_dump_json() + "\n")
            count += 1
    return count


def write_audit_csv(events: Iterable[ReviewEvent], path: Path) -> int:
    """Write the events as CSV (old/new values JSON-encoded); returns how many."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(AUDIT_COLUMNS)
        for event in events:
            writer.writerow(_csv_row(event))
            count += 1
    return count


def _csv_row(event: ReviewEvent) -> list[str]:
    data = event.model_dump(mode="json")
    for key in ("old_value", "new_value"):
        data[key] = "" if data[key] is None else json.dumps(data[key], ensure_ascii=False)
    return ["" if data[c] is None else str(data[c]) for c in AUDIT_COLUMNS]
