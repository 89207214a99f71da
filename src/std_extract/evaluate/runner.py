"""Run the pipeline over every document with gold in a corpus folder and score the outputs.

The pipeline is imported only when a run needs it (``std_extract.pipeline.process_file``), so the
scoring code and its tests do not depend on it; a different ``process`` callable can be passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from std_extract.document import Source
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.evaluate.gold import GoldEntry, load_corpus
from std_extract.evaluate.report import EvalReport, SkippedDocument
from std_extract.evaluate.score import aggregate, score_document
from std_extract.record import DocumentRecord

Process = Callable[[Path], DocumentRecord]


def default_process(path: Path) -> DocumentRecord:
    """``std_extract.pipeline.process_file``, imported on first use."""
    from std_extract.pipeline import process_file

    return process_file(path)


def safe_process(process: Process, path: Path) -> DocumentRecord:
    """Run ``process``; an exception becomes a failed record (a batch never dies on one file)."""
    try:
        return process(path)
    except Exception as exc:  # the pipeline should not raise; if it does, the run goes on
        error = ErrorItem(
            stage="eval", code=ErrorCode.INTERNAL, message=f"{path.name}: {type(exc).__name__}: {exc}"
        )
        source = Source(path=str(path), sha256="", pages=0)
        return DocumentRecord(source=source, status="failed", errors=[error])


def _run_all(process: Process, paths: list[Path], jobs: int) -> Iterator[DocumentRecord]:
    if jobs <= 1 or len(paths) <= 1:
        yield from (safe_process(process, path) for path in paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(safe_process, [process] * len(paths), paths)


def evaluate_entries(
    entries: list[GoldEntry],
    *,
    process: Process | None = None,
    jobs: int = 1,
    on_record: Callable[[GoldEntry, DocumentRecord], None] | None = None,
) -> EvalReport:
    """Process every entry that has a PDF, score it, and list the skipped ones.

    ``process`` defaults to :func:`default_process` (the pipeline), looked up at call time.
    """
    process = process or default_process
    runnable = [entry for entry in entries if entry.pdf_path is not None]
    scores = []
    records = _run_all(process, [entry.pdf_path for entry in runnable], jobs)  # type: ignore[misc]
    for entry, record in zip(runnable, records, strict=True):
        if on_record:
            on_record(entry, record)
        scores.append(score_document(entry.gold, record, gold_file=str(entry.gold_path)))
    report = aggregate(scores)
    report.skipped = [
        SkippedDocument(gold_file=str(e.gold_path), reason=e.skip_reason or "no PDF")
        for e in entries
        if e.pdf_path is None
    ]
    return report


def evaluate_corpus(
    corpus_dir: Path, *, limit: int | None = None, jobs: int = 1, process: Process | None = None
) -> EvalReport:
    """Evaluate the pipeline on every ``*.gold.json`` under ``corpus_dir``."""
    return evaluate_entries(load_corpus(corpus_dir, limit=limit), process=process, jobs=jobs)
