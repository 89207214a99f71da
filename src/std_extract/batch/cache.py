"""The record cache: one JSON file per document sha256, valid for one pipeline version."""

from __future__ import annotations

import os
from pathlib import Path

from std_extract.record import DocumentRecord


class RecordCache:
    """``<out>/cache/<sha256>.json``; a record from another pipeline version is a miss."""

    def __init__(self, root: Path, pipeline_version: str):
        self.root = root
        self.pipeline_version = pipeline_version
        root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / f"{sha256}.json"

    def get(self, sha256: str) -> DocumentRecord | None:
        path = self.path(sha256)
        try:
            record = DocumentRecord.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            return None  # missing, or cut short by a kill before the rename (never happens) / corrupt
        return record if record.pipeline_version == self.pipeline_version else None

    def put(self, record: DocumentRecord) -> None:
        """Write atomically: a killed run leaves either the old file or the new one, never half."""
        self.put_json(record.source.sha256, record.model_dump_json())

    def put_json(self, sha256: str, text: str) -> None:
        """:meth:`put` for a record already serialised (``DocumentRecord.model_dump_json``)."""
        path = self.path(sha256)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
