"""Engines: what computes the records of the files the cache does not hold.

Every engine is one call, ``engine.compute(todo, cache, on_record)``: ``todo`` lists (path, sha256)
of the files to process, the engine writes each record to the cache as it is made (atomically, on
the machine that made it) and hands it to ``on_record(path, record)`` on the caller's side, in
whatever order files finish.  Everything around it (finding files, reading the cache, progress,
the reduce step: corrections, rankings, output files) is the same code for every engine, which is
why their outputs are the same bytes.

    local   a process pool on this machine (std_extract.batch.pool)
    dask    one task per file on a Dask cluster (std_extract.batch.dask_engine)

One rule for every engine: an infrastructure failure (a worker that died, a lost cluster) is never
cached as a document's result.  A pipeline exception belongs to the file and is cached; a dead
worker may be the machine's fault, so the files it held are run again alone, and only a file whose
worker dies again is recorded, with :func:`worker_died_record`, and not cached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from std_extract.batch.cache import RecordCache
from std_extract.record import DocumentRecord

ENGINES = ("local", "dask")
OnRecord = Callable[[Path | str, DocumentRecord], None]
Todo = list[tuple[Path | str, str]]


def worker_died_record(path: Path | str, sha256: str, cause: str) -> DocumentRecord:
    """The record of a file whose worker died (failed, stage ``batch``); callers never cache it."""
    from std_extract.batch import storage
    from std_extract.document import Source
    from std_extract.errors import ErrorCode, ErrorItem
    from std_extract.pipeline import pipeline_version

    return DocumentRecord(
        source=Source(path=str(path), sha256=sha256, pages=0, size_bytes=storage.size_of(path)),
        status="failed",
        errors=[ErrorItem(stage="batch", code=ErrorCode.INTERNAL, message=f"{path}: worker died: {cause}")],
        pipeline_version=pipeline_version(),
    )


class EngineError(RuntimeError):
    """The engine cannot run this batch (a clear message for the user, no traceback)."""


class Engine(Protocol):
    name: str

    def compute(self, todo: Todo, cache: RecordCache, on_record: OnRecord) -> None:
        """Make, cache and hand over the record of every file in ``todo``."""


@dataclass
class LocalEngine:
    """A pool of ``jobs`` worker processes on this machine."""

    jobs: int
    name: str = "local"
    dashboard_link: str | None = None

    def compute(self, todo: Todo, cache: RecordCache, on_record: OnRecord) -> None:
        from std_extract.batch import storage
        from std_extract.batch.pool import compute_in_pool

        if any(storage.is_url(path) for path, _ in todo):
            raise EngineError("the local engine reads local paths; for an fsspec URL use --engine dask")
        compute_in_pool(todo, cache, self.jobs, on_record)

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc) -> None:
        return None


def make_engine(name: str, *, jobs: int | None = None, scheduler: str | None = None) -> Engine:
    """``local`` (``jobs`` processes, default all cores) or ``dask`` (``scheduler``: an address
    such as ``tcp://host:8786``, or ``local:N`` for a LocalCluster of N worker processes).

    A dask engine is a context manager that owns its client (and its LocalCluster, if it made one).
    """
    if name == "local":
        if scheduler:
            raise ValueError("--scheduler is for --engine dask")
        from std_extract.batch.run import default_jobs

        return LocalEngine(jobs or default_jobs())
    if name == "dask":
        from std_extract.batch.dask_engine import DaskEngine

        return DaskEngine(scheduler or f"local:{jobs or _cores()}")
    raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")


def _cores() -> int:
    from std_extract.batch.run import default_jobs

    return default_jobs()
