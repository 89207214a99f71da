"""Engines: what computes the records of the files the cache does not hold.

Every engine is one call, ``engine.compute(todo, cache, on_record)``: ``todo`` lists (path, sha256)
of the files to process, the engine writes each record to the cache as it is made (atomically, on
the machine that made it) and hands it to ``on_record(path, record)`` on the caller's side, in
whatever order files finish.  Everything around it (finding files, reading the cache, progress,
the reduce step: corrections, rankings, output files) is the same code for every engine, which is
why their outputs are the same bytes.

    local   a process pool on this machine (std_extract.batch.run)
    dask    one task per file on a Dask cluster (std_extract.batch.dask_engine)
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
        from std_extract.batch.run import compute_in_pool

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
