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

# Called as process(path), or process(path, pages=[...]) for a gold restricted to some pages.
Process = Callable[..., DocumentRecord]


def default_process(path: Path, pages: list[int] | None = None) -> DocumentRecord:
    """``std_extract.pipeline.process_file``, imported on first use; ``pages`` reads only those."""
    from std_extract.pipeline import process_file

    return process_file(path, pages=pages)


def safe_process(process: Process, path: Path, pages: list[int] | None = None) -> DocumentRecord:
    """Run ``process``; an exception becomes a failed record (a batch never dies on one file)."""
    try:
        return process(path) if pages is None else process(path, pages=pages)
    except Exception as exc:  # the pipeline should not raise; if it does, the run goes on
        error = ErrorItem(
            stage="eval", code=ErrorCode.INTERNAL, message=f"{path.name}: {type(exc).__name__}: {exc}"
        )
        source = Source(path=str(path), sha256="", pages=0)
        return DocumentRecord(source=source, status="failed", errors=[error])


def _run_all(
    process: Process, paths: list[Path], pages: list[list[int] | None], jobs: int
) -> Iterator[DocumentRecord]:
    if jobs <= 1 or len(paths) <= 1:
        yield from (safe_process(process, path, some) for path, some in zip(paths, pages, strict=True))
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(safe_process, [process] * len(paths), paths, pages)


def evaluate_entries(
    entries: list[GoldEntry],
    *,
    process: Process | None = None,
    jobs: int = 1,
    on_record: Callable[[GoldEntry, DocumentRecord], None] | None = None,
) -> EvalReport:
    """Process every entry that has a PDF, score it, and list the skipped ones.

    ``process`` defaults to :func:`default_process` (the pipeline), looked up at call time.  A gold
    with ``pages`` has only those pages processed (``process(path, pages=[...])``) and scored.
    """
    process = process or default_process
    runnable = [entry for entry in entries if entry.pdf_path is not None]
    scores = []
    paths = [entry.pdf_path for entry in runnable]
    pages = [entry.gold.page_numbers for entry in runnable]
    records = _run_all(process, paths, pages, jobs)  # type: ignore[arg-type]
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
