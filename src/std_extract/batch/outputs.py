"""The batch run's output files, each with a published schema (std_extract.schemas)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import BrokenExecutor, Future
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from std_extract.batch.rankstore import RankingStore
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


def indicator_rows(records: Iterable[DocumentRecord]) -> list[IndicatorRow]:
    return [row for record in records for row in record_rows(record)]


def record_rows(record: DocumentRecord) -> list[IndicatorRow]:
    """The indicators.csv / indicators.parquet rows of one record."""
    cls = record.classification
    rows = []
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


def batch_errors(records: Iterable[DocumentRecord]) -> list[BatchError]:
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
    with IndicatorTables(out_dir) as tables:
        tables.add(rows)


# Rows per row group of indicators.parquet, the most the writer holds in memory.  A run of fewer
# rows writes the one row group ``pyarrow.parquet.write_table`` would (the same bytes).
PARQUET_ROW_GROUP = 64 * 1024


class IndicatorTables:
    """indicators.csv and indicators.parquet written as rows come (each renamed into place at the
    end); only the rows of the parquet file's current row group are kept in memory."""

    def __init__(self, out_dir: Path, row_group: int = PARQUET_ROW_GROUP):
        self.out_dir, self.row_group = out_dir, row_group
        self._csv_tmp = out_dir / "indicators.csv.tmp"
        self._parquet_tmp = out_dir / "indicators.parquet.tmp"
        self._csv = self._csv_tmp.open("w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._csv, fieldnames=list(IndicatorRow.model_fields))
        self._writer.writeheader()
        self._parquet = pq.ParquetWriter(self._parquet_tmp, _arrow_schema())
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._groups = 0

    def add(self, rows: list[IndicatorRow]) -> None:
        dumped = [row.model_dump() for row in rows]
        self._writer.writerows(dumped)
        if dumped:
            self._pending.append(pa.Table.from_pylist(dumped, schema=_arrow_schema()))
            self._pending_rows += len(dumped)
        while self._pending_rows >= self.row_group:
            table = pa.concat_tables(self._pending)
            self._write_group(table.slice(0, self.row_group))
            rest = table.slice(self.row_group)
            self._pending, self._pending_rows = ([rest] if rest.num_rows else []), rest.num_rows

    def _write_group(self, table: pa.Table) -> None:
        self._parquet.write_table(table.combine_chunks(), row_group_size=self.row_group)
        self._groups += 1

    def __enter__(self) -> IndicatorTables:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._pending_rows or not self._groups:  # an empty table still gets its (empty) group
            rest = pa.concat_tables(self._pending) if self._pending else _arrow_schema().empty_table()
            self._write_group(rest)
        self._parquet.close()
        self._csv.close()
        if exc_type is None:
            os.replace(self._csv_tmp, self.out_dir / "indicators.csv")
            os.replace(self._parquet_tmp, self.out_dir / "indicators.parquet")


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


@dataclass
class TablesWritten:
    """What the reduce step keeps of the records once the tables are written: each record's
    :func:`ranking_form`, on disk (batch.rankstore: close it when done), and the run's counts."""

    ranking: RankingStore
    failed: int = 0
    partial: int = 0
    indicators: int = 0


def ranking_form(record: DocumentRecord) -> DocumentRecord:
    """``record`` with only what the rankings read (std_extract.rank): its source, status, errors,
    cover, structure, classification code and the indicators a plan can use (those with a
    canonical id: rank.levels, rank.views) or a gate checks (references: rank.gates).  Dropped:
    the other indicators, the classification's candidates and evidence, the OCR pages.  Kept
    indicators are the same objects.  A fraction of the record (tests/batch check that rankings
    from it equal those from whole records)."""
    cls = record.classification
    return record.model_copy(
        update={
            "indicators": [i for i in record.indicators if i.canonical_id or i.comparator == "reference"],
            "classification": cls.model_copy(update={"candidates": []}) if cls else None,
            "ocr_pages": [],
        }
    )


def write_tables(
    records: Iterable[DocumentRecord], out_dir: Path, skipped: list[BatchError] | None = None
) -> TablesWritten:
    """documents.jsonl and errors.jsonl (``skipped`` after the records' errors), written as
    ``records`` come (one at a time: no list of them is held), each renamed into place once
    complete.  The indicator tables are made from documents.jsonl (:func:`write_indicator_tables_from`)."""
    kept = TablesWritten(RankingStore(out_dir))
    documents_tmp, errors_tmp = out_dir / "documents.jsonl.tmp", out_dir / "errors.jsonl.tmp"
    with (
        _closed_on_error(kept.ranking),
        documents_tmp.open("w", encoding="utf-8", newline="") as documents,
        errors_tmp.open("w", encoding="utf-8", newline="") as errors,
    ):
        for record in records:
            documents.write(record.model_dump_json() + "\n")
            errors.writelines(e.model_dump_json() + "\n" for e in batch_errors([record]))
            kept.ranking.add(ranking_form(record))
            kept.failed += record.status == "failed"
            kept.partial += record.status == "partial"
            kept.indicators += len(record.indicators)
        errors.writelines(e.model_dump_json() + "\n" for e in skipped or [])
    os.replace(documents_tmp, out_dir / "documents.jsonl")
    os.replace(errors_tmp, out_dir / "errors.jsonl")
    return kept


def write_indicator_tables_from(documents: Path, out_dir: Path) -> None:
    """indicators.csv and indicators.parquet of the records in ``documents`` (documents.jsonl),
    read one at a time."""
    with documents.open(encoding="utf-8") as lines, IndicatorTables(out_dir) as tables:
        for line in lines:
            if line.strip():
                tables.add(record_rows(DocumentRecord.model_validate_json(line)))


OUTPUT_TABLES = ("documents", "errors", "indicators_csv", "indicators_parquet")


def table_paths(out_dir: Path) -> dict[str, str]:
    names = ("documents.jsonl", "errors.jsonl", "indicators.csv", "indicators.parquet")
    return {key: str(out_dir / name) for key, name in zip(OUTPUT_TABLES, names, strict=True)}


@contextmanager
def _closed_on_error(store: RankingStore) -> Iterator[None]:
    try:
        yield
    except BaseException:
        store.__exit__()
        raise


def write_outputs(
    records: Iterable[DocumentRecord],
    out_dir: Path,
    *,
    plan: str = "auto",
    skipped: list[BatchError] | None = None,
    include_unreviewed: bool = False,
    reviews: Mapping[tuple[str, str], Any] | None = None,
    jobs: int = 1,
) -> dict[str, str]:
    """Write every output; returns {name: path}: :func:`write_tables`, then
    :func:`write_rankings_and_indicators` from what it kept."""
    kept = write_tables(records, out_dir, skipped)
    with kept.ranking:
        return write_rankings_and_indicators(kept.ranking, out_dir, plan, include_unreviewed, reviews, jobs)


def write_rankings_and_indicators(
    store: RankingStore,
    out_dir: Path,
    plan: str = "auto",
    include_unreviewed: bool = False,
    reviews: Mapping[tuple[str, str], Any] | None = None,
    jobs: int = 1,
) -> dict[str, str]:
    """The rankings of the records in ``store`` under OUT/rankings/ (batch.rankings, a plan at a
    time), and the indicator tables from OUT/documents.jsonl; returns {name: path} of every output.

    With more than one job the tables are written by a worker of the helper pool while this process
    ranks and the others render the reports' page images: nobody waits on them.  Should the
    rankings fail first, they are written all the same."""
    from std_extract.batch.pool import helper_pool
    from std_extract.batch.rankings import write_rankings

    documents = out_dir / "documents.jsonl"
    with helper_pool(jobs) as executor:
        tables = executor.submit(write_indicator_tables_from, documents, out_dir) if executor else None
        try:
            rankings = write_rankings(store, out_dir, plan, include_unreviewed, reviews, executor)
        finally:
            _finish_tables(tables, documents, out_dir)
    return {**table_paths(out_dir), **rankings}


def _finish_tables(tables: Future | None, documents: Path, out_dir: Path) -> None:
    """Wait for the tables' worker; write them here if there was none or it died."""
    if tables is not None:
        try:
            tables.result()
            return
        except BrokenExecutor:
            pass
    write_indicator_tables_from(documents, out_dir)


def read_records(path: Path) -> list[DocumentRecord]:
    """documents.jsonl back into records."""
    with path.open(encoding="utf-8") as handle:
        return [DocumentRecord.model_validate(json.loads(line)) for line in handle if line.strip()]
