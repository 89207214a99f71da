"""The batch run's output files, each with a published schema (std_extract.schemas)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from std_extract.errors import ErrorCode
from std_extract.record import DocumentRecord


class BatchError(BaseModel):
    """One line of errors.jsonl: a file that failed or only partly succeeded, and why."""

    path: str
    sha256: str
    status: str
    stage: str
    code: ErrorCode
    page: int | None = None
    message: str


class IndicatorRow(BaseModel):
    """One row of indicators.csv / indicators.parquet: an indicator with its document's fields."""

    document_sha256: str
    path: str
    standard_number: str | None
    standard_title: str | None
    enterprise: str | None
    class_code: str | None
    class_name: str | None
    indicator_id: str
    name: str
    canonical_id: str | None
    canonical_name: str | None
    match_score: float | None
    comparator: str
    value: float | None
    value_max: float | None
    tolerance: float | None
    unit: str | None
    value_normalized: float | None
    value_max_normalized: float | None
    unit_normalized: str | None
    grade: str | None
    conditions: str  # joined with " | "
    clause: str | None
    table: str | None
    page: int | None
    source_text: str | None
    review_state: str
    # Added in record schema 1.2.0's wake: a pipeline reading the table must be able to keep
    # unsure values out the way rankings do, without going back to documents.jsonl.
    confidence: float | None
    needs_review: bool
    flags: str  # joined with " | "


def indicator_rows(records: list[DocumentRecord]) -> list[IndicatorRow]:
    rows = []
    for record in records:
        cls = record.classification
        for ind in record.indicators:
            first = ind.provenance[0] if ind.provenance else None
            rows.append(
                IndicatorRow(
                    document_sha256=record.source.sha256,
                    path=record.source.path,
                    standard_number=record.standard.number,
                    standard_title=record.standard.title,
                    enterprise=record.standard.enterprise,
                    class_code=cls.code if cls else None,
                    class_name=cls.name if cls else None,
                    indicator_id=ind.id,
                    name=ind.name,
                    canonical_id=ind.canonical_id,
                    canonical_name=ind.canonical_name,
                    match_score=ind.match_score,
                    comparator=ind.comparator,
                    value=ind.value,
                    value_max=ind.value_max,
                    tolerance=ind.tolerance,
                    unit=ind.unit,
                    value_normalized=ind.value_normalized,
                    value_max_normalized=ind.value_max_normalized,
                    unit_normalized=ind.unit_normalized,
                    grade=ind.grade,
                    conditions=" | ".join(ind.conditions),
                    clause=ind.clause,
                    table=ind.table,
                    page=first.page if first else None,
                    source_text=first.source_text if first else None,
                    review_state=ind.review_state,
                    confidence=ind.confidence,
                    needs_review=ind.needs_review,
                    flags=" | ".join(ind.flags),
                )
            )
    return rows


def batch_errors(records: list[DocumentRecord]) -> list[BatchError]:
    return [
        BatchError(
            path=r.source.path,
            sha256=r.source.sha256,
            status=r.status,
            stage=e.stage,
            code=e.code,
            page=e.page,
            message=e.message,
        )
        for r in records
        for e in r.errors
    ]


def _atomic_write(path: Path, text: str, encoding: str = "utf-8") -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding=encoding, newline="")
    os.replace(tmp, path)


def write_jsonl(path: Path, items: Iterable[BaseModel]) -> None:
    _atomic_write(path, "".join(item.model_dump_json() + "\n" for item in items))


def write_indicator_tables(rows: list[IndicatorRow], out_dir: Path) -> None:
    fields = list(IndicatorRow.model_fields)
    csv_path = out_dir / "indicators.csv"
    tmp = csv_path.with_name("indicators.csv.tmp")
    dumped = [row.model_dump() for row in rows]
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(dumped)
    os.replace(tmp, csv_path)
    table = pa.Table.from_pylist(dumped, schema=_arrow_schema())
    pq.write_table(table, out_dir / "indicators.parquet")


def _arrow_schema() -> pa.Schema:
    types = {
        "match_score": pa.float64(),
        "value": pa.float64(),
        "value_max": pa.float64(),
        "tolerance": pa.float64(),
        "value_normalized": pa.float64(),
        "value_max_normalized": pa.float64(),
        "page": pa.int32(),
        "confidence": pa.float64(),
        "needs_review": pa.bool_(),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in IndicatorRow.model_fields])


def write_outputs(
    records: list[DocumentRecord],
    out_dir: Path,
    *,
    plan: str = "auto",
    skipped: list[BatchError] | None = None,
    include_unreviewed: bool = False,
    reviews: Mapping[tuple[str, str], Any] | None = None,
    jobs: int = 1,
) -> dict[str, str]:
    """Write every output; returns {name: path}.  ``skipped``: input entries that were not files,
    listed in errors.jsonl after the records' errors; ``include_unreviewed``, ``reviews``: see
    rank.rank; ``jobs``: processes rendering the reports' page images."""
    outputs = {
        "documents": out_dir / "documents.jsonl",
        "errors": out_dir / "errors.jsonl",
        "indicators_csv": out_dir / "indicators.csv",
        "indicators_parquet": out_dir / "indicators.parquet",
    }
    tables_written: list[bool] = []

    def write_tables() -> None:
        write_jsonl(outputs["documents"], records)
        write_jsonl(outputs["errors"], [*batch_errors(records), *(skipped or [])])
        write_indicator_tables(indicator_rows(records), out_dir)
        tables_written.append(True)

    written = {k: str(v) for k, v in outputs.items()}
    # The tables are written while the pool renders the reports' page images (write_tables runs once
    # they are on their way): with more than one job, nobody waits on them.  Should the rankings
    # fail before that, the tables are written all the same.
    try:
        written.update(
            _write_rankings(records, out_dir, plan, include_unreviewed, reviews, jobs, write_tables)
        )
    finally:
        if not tables_written:
            write_tables()
    return written


def _write_rankings(
    records: list[DocumentRecord],
    out_dir: Path,
    plan: str,
    include_unreviewed: bool = False,
    reviews: Mapping[tuple[str, str], Any] | None = None,
    jobs: int = 1,
    meanwhile: Callable[[], object] | None = None,
) -> dict[str, str]:
    """Rankings per plan under OUT/rankings/<plan>/ (rankings.json, candidates.csv, below_floor.csv,
    report.html), and the same over all plans at the top of OUT, all from the one in-memory result;
    ``meanwhile`` runs while the page images render (rank.output.write_outputs)."""
    from std_extract.batch.pool import helper_pool
    from std_extract.rank import load_plans, rank, select_plans, write_outputs
    from std_extract.rank.evidence import EvidenceOptions
    from std_extract.rank.output import below_floor_csv, candidates_csv, combined_rankings_json

    ranked = [r for r in records if r.status != "failed"]
    result = rank(
        ranked, select_plans(load_plans(), plan), include_unreviewed=include_unreviewed, reviews=reviews
    )
    folder = out_dir / "rankings"
    combined = {
        "rankings": (out_dir / "rankings.json", combined_rankings_json, "utf-8"),
        "candidates": (out_dir / "candidates.csv", lambda r: candidates_csv(*r.plans), "utf-8-sig"),
        "below_floor": (out_dir / "below_floor.csv", lambda r: below_floor_csv(*r.plans), "utf-8-sig"),
    }

    def alongside_images() -> None:  # what needs no page image, while they render
        if meanwhile is not None:
            meanwhile()
        for path, text_of, encoding in combined.values():
            _atomic_write(path, text_of(result), encoding)

    # Source paths are as the input folder was given: relative ones start from here.
    with helper_pool(jobs) as executor:
        options = EvidenceOptions(root=Path.cwd(), executor=executor)
        written = write_outputs(result, folder, options, meanwhile=alongside_images)
    reports = {
        f"report_{p.plan.id}": str(folder / p.plan.id / "report.html") for p in result.plans if p.assigned
    }
    reports["rankings_index"] = str(folder / "index.html")
    empty = [p.plan.id for p in result.plans if not p.assigned]
    if empty:  # no report is written for them; the index lists them too
        reports["plans_without_standards"] = ", ".join(empty)
    paths = {name: str(path) for name, (path, _text, _encoding) in combined.items()}
    return {**paths, **reports, "rankings_dir": str(folder), "files": str(len(written))}


def read_records(path: Path) -> list[DocumentRecord]:
    """documents.jsonl back into records."""
    with path.open(encoding="utf-8") as handle:
        return [DocumentRecord.model_validate(json.loads(line)) for line in handle if line.strip()]
