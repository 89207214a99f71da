"""Run the per-file pipeline over a folder in parallel, with a cache and progress reports."""

from __future__ import annotations

import contextlib
import itertools
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from std_extract.batch import storage
from std_extract.batch.cache import RecordCache
from std_extract.batch.engines import Engine, LocalEngine, Todo
from std_extract.batch.heap import collector_paused
from std_extract.batch.inputs import SkippedEntry, check_folders, find_inputs
from std_extract.batch.spool import RecordSpool
from std_extract.digest import file_sha256
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import DocumentRecord

if TYPE_CHECKING:
    from std_extract.batch.outputs import TablesWritten
    from std_extract.review.store import ReviewStore


@dataclass
class BatchProgress:
    """What the progress bar shows; sent after every file."""

    total: int
    done: int = 0
    cached: int = 0
    failed: int = 0
    pages: int = 0
    started: float = field(default_factory=time.monotonic)
    current: str = ""

    @property
    def rate(self) -> float:
        """Files processed (not cached) per second."""
        elapsed = time.monotonic() - self.started
        return (self.done - self.cached) / elapsed if elapsed > 0 else 0.0


@dataclass
class BatchSummary:
    files: int
    processed: int
    cached: int
    failed: int
    partial: int
    pages: int
    indicators: int
    seconds: float
    outputs: dict[str, str] = field(default_factory=dict)
    skipped: int = 0  # entries named like PDFs that are not readable files (in errors.jsonl)

    @property
    def exit_code(self) -> int:
        """What ``std-extract run`` exits with: 0 every file read, 1 some failed or were skipped,
        3 nothing to do (no PDF in the input).  2 (could not run) is the CLI's own."""
        if self.files == 0 and self.skipped == 0:
            return EXIT_NOTHING_TO_DO
        return EXIT_SOME_FAILED if self.failed or self.skipped else EXIT_OK


EXIT_OK, EXIT_SOME_FAILED, EXIT_COULD_NOT_RUN, EXIT_NOTHING_TO_DO = 0, 1, 2, 3


def find_pdfs(input_dir: Path | str) -> list[Path] | list[str]:
    """Every *.pdf below the folder or fsspec URL (any case), in a stable order."""
    return scan_input(input_dir)[0]


def scan_input(input_dir: Path | str) -> tuple[list[Path] | list[str], list[SkippedEntry]]:
    """The PDFs to read, and the entries named like PDFs that cannot be (batch.inputs)."""
    if storage.is_url(input_dir):
        return storage.find_pdfs_url(str(input_dir)), []
    return find_inputs(storage.local_path(input_dir))


def _process_one(path: str, sha256: str, cache_root: str, version: str) -> DocumentRecord:
    """Worker: run the pipeline on one file and cache the record before returning it."""
    return DocumentRecord.model_validate_json(_process_one_json(path, sha256, cache_root, version))


def _process_one_json(path: str, sha256: str, cache_root: str, version: str) -> str:
    """Worker: run the pipeline on one file, cache the record and return it as the cache holds it
    (JSON).  The local pool hands records over this way: pydantic's serialiser here and its
    validator in the run's own process cost a third of pickling the model both ways, and the run's
    own process is the part of a batch that does not get faster with more jobs."""
    from std_extract.pipeline import process_file

    record = process_file(Path(path))
    if record.source.sha256 != sha256:  # e.g. a file the parser could not read at all
        record = record.model_copy(update={"source": record.source.model_copy(update={"sha256": sha256})})
    text = record.model_dump_json()
    RecordCache(Path(cache_root), version).put_json(sha256, text)
    return text


def _failed_record(path: Path | str, sha256: str, exc: BaseException) -> DocumentRecord:
    from std_extract.document import Source
    from std_extract.pipeline import pipeline_version

    message = f"{path}: worker failed: {type(exc).__name__}: {exc}"
    return DocumentRecord(
        source=Source(path=str(path), sha256=sha256, pages=0, size_bytes=Path(path).stat().st_size),
        status="failed",
        errors=[ErrorItem(stage="batch", code=ErrorCode.INTERNAL, message=message)],
        pipeline_version=pipeline_version(),
    )


def process_folder(
    input_dir: Path | str,
    cache: RecordCache,
    jobs: int,
    spool: RecordSpool,
    on_progress: Callable[[BatchProgress], None] | None = None,
    engine: Engine | None = None,
    paths: list[Path] | list[str] | None = None,
) -> BatchProgress:
    """Records for every PDF in the folder (or of ``paths``, found in it already) into ``spool``:
    from the cache where valid, else computed by the engine (default: a local pool of ``jobs``
    processes).  No record stays in this process's memory (batch.spool)."""
    paths = find_pdfs(input_dir) if paths is None else paths
    progress = BatchProgress(total=len(paths))
    todo: Todo = []
    for path in paths:
        sha = storage.sha256_url(str(path)) if storage.is_url(path) else file_sha256(path)
        cached = cache.get(sha)
        if cached is not None:
            source = cached.source.model_copy(update={"path": str(path)})
            spool.add(path, cached.model_copy(update={"source": source}))
            _count(progress, cached, from_cache=True)
        else:
            todo.append((path, sha))
    if on_progress:
        on_progress(progress)
    if todo:

        def finished(path: Path | str, record: DocumentRecord) -> None:
            spool.add(path, record)
            _count(progress, record, from_cache=False)
            progress.current = storage.file_name(path)
            if on_progress:
                on_progress(progress)

        (engine or LocalEngine(jobs)).compute(todo, cache, finished)
    return progress


def _count(progress: BatchProgress, record: DocumentRecord, *, from_cache: bool) -> None:
    progress.done += 1
    progress.cached += from_cache
    progress.failed += record.status == "failed"
    progress.pages += record.source.pages


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run_batch(
    input_dir: Path | str,
    out_dir: Path,
    *,
    jobs: int | None = None,
    plan: str = "auto",
    review_db: str | None = None,
    on_progress: Callable[[BatchProgress], None] | None = None,
    engine: Engine | None = None,
    include_unreviewed: bool = False,
) -> BatchSummary:
    """The whole batch: records (cached), corrections, rankings and every output file.

    ``engine`` computes the records the cache does not hold (batch.engines: a local pool of
    ``jobs`` processes by default, or a Dask cluster); the reduce step runs here either way.
    ``include_unreviewed``: see :func:`std_extract.rank.rank`."""
    from std_extract.batch.outputs import write_rankings_and_indicators
    from std_extract.pipeline import pipeline_version

    started = time.monotonic()
    if not storage.is_url(input_dir):
        check_folders(storage.local_path(input_dir), out_dir)
    paths, skipped = scan_input(input_dir)
    if not paths and not skipped:  # nothing to do: no outputs (no empty reports) are written
        return BatchSummary(0, 0, 0, 0, 0, 0, 0, time.monotonic() - started)
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = RecordCache(out_dir / "cache", pipeline_version())
    jobs = jobs or default_jobs()
    # Models and records are no garbage (batch.heap); but a Dask client's event loop runs in this
    # process while the records come in, and makes garbage with cycles as long as the run lasts.
    local = engine is None or isinstance(engine, LocalEngine)
    with RecordSpool(out_dir) as spool:
        with collector_paused() if local else contextlib.nullcontext():
            progress = process_folder(input_dir, cache, jobs, spool, on_progress, engine, paths)
        with collector_paused():
            errors = [_skipped_error(s) for s in skipped]
            kept, notes = _write_tables(spool, paths, out_dir, review_db, errors)
    with kept.ranking, collector_paused():
        outputs = write_rankings_and_indicators(kept.ranking, out_dir, plan, include_unreviewed, notes, jobs)
    return BatchSummary(
        skipped=len(skipped),
        files=progress.total,
        processed=progress.done - progress.cached,
        cached=progress.cached,
        failed=kept.failed,
        partial=kept.partial,
        pages=progress.pages,
        indicators=kept.indicators,
        seconds=time.monotonic() - started,
        outputs=outputs,
    )


def _skipped_error(entry: SkippedEntry):
    from std_extract.batch.outputs import BatchError

    return BatchError(
        path=entry.path,
        sha256="",
        status="failed",
        stage="batch",
        code=ErrorCode.NOT_FOUND,
        message=entry.message,
    )


def _write_tables(
    spool: RecordSpool, paths: list[Path] | list[str], out_dir: Path, review_db: str | None, skipped: list
) -> tuple[TablesWritten, dict]:
    """The record tables from the spool, in input order, with reviewers' corrections applied (if a
    review store exists), and who made them (:func:`std_extract.rank.reviews.review_notes`, for
    the ranking reports)."""
    from std_extract.batch.outputs import write_tables

    db_file = out_dir / "review.sqlite"
    if review_db is None and not db_file.exists():
        return write_tables(spool.records(paths), out_dir, skipped), {}
    from std_extract.rank.reviews import review_notes
    from std_extract.review import open_store

    store = open_store(review_db or f"sqlite:///{db_file}")
    try:
        kept = write_tables(_corrected(spool.records(paths), store), out_dir, skipped)
        notes = review_notes(store.indicator_states(kept.ranking.shas).values())
    finally:
        store.close()
    return kept, notes


# Records corrected together: one query of the review store for each batch of them.
CORRECTION_BATCH = 256


def _corrected(records: Iterator[DocumentRecord], store: ReviewStore) -> Iterator[DocumentRecord]:
    from std_extract.review import apply_corrections

    while batch := list(itertools.islice(records, CORRECTION_BATCH)):
        yield from apply_corrections(batch, store)
