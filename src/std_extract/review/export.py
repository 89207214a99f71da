"""Export a review: the corrected records and the audit log, as files for other tools."""

from __future__ import annotations

from pathlib import Path

from std_extract.record import DocumentRecord
from std_extract.review.corrections import apply_corrections
from std_extract.review.events import write_audit_csv, write_audit_jsonl
from std_extract.review.outputs import DOCUMENTS_FILE
from std_extract.review.store import open_store


def read_documents(path: Path) -> list[DocumentRecord]:
    """documents.jsonl as records."""
    with path.open(encoding="utf-8") as handle:
        return [DocumentRecord.model_validate_json(line) for line in handle if line.strip()]


def write_documents(records: list[DocumentRecord], path: Path) -> None:
    """Records as JSON Lines, written to a temporary file first so readers never see half."""
    partial = path.with_suffix(path.suffix + ".tmp")
    with partial.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(record.model_dump_json() + "\n")
    partial.replace(path)


def export_reviewed(out_dir: Path, db: str | None, export_dir: Path) -> dict[str, int]:
    """``export_dir``/documents.jsonl (corrections applied), audit.jsonl and audit.csv."""
    export_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(db, out_dir=out_dir)
    try:
        records = apply_corrections(read_documents(out_dir / DOCUMENTS_FILE), store)
        write_documents(records, export_dir / DOCUMENTS_FILE)
        events = store.history()
        write_audit_jsonl(events, export_dir / "audit.jsonl")
        write_audit_csv(events, export_dir / "audit.csv")
    finally:
        store.close()
    return {"documents": len(records), "events": len(events)}
