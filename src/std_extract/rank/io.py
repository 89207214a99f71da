"""Read the records to rank from JSON Lines (the output of ``std-extract extract``).

A line is a :class:`DocumentRecord`; its ``structure`` (chapters and normative references, record
schema 1.1) feeds the drafting gates.  A bad line is reported and skipped: one broken
record never stops a batch (STYLE.md section 5).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from std_extract.record import DocumentRecord


@dataclass
class RecordsFile:
    records: list[DocumentRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "records.jsonl:12: ..." per skipped line


def load_records(path: Path) -> RecordsFile:
    """Every valid record of a JSON Lines file, its structure signals, and the lines skipped."""
    out = RecordsFile()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                _read_line(line, f"{path}:{number}", out)
    return out


def _read_line(line: str, where: str, out: RecordsFile) -> None:
    try:
        record = DocumentRecord.model_validate(json.loads(line))
    except (json.JSONDecodeError, ValidationError) as exc:
        out.errors.append(f"{where}: {_first_line(exc)}")
        return
    out.records.append(record)


def _first_line(exc: Exception) -> str:
    text = str(exc)
    return " ".join(text.splitlines()[:3])
