"""The dask engine: one task per file on a Dask cluster (``distributed``).

    DaskEngine("tcp://scheduler:8786")   an existing cluster (dask-scheduler / dask-worker, dask-ssh,
                                         dask-kubernetes; see docs/scale.md)
    DaskEngine("local:4")                a LocalCluster of 4 single-threaded worker processes here

Each worker warms the pipeline (rules, lexicon, classifier) once, through a worker plugin, and then
runs the same per-file function as the local pool (``batch.run._process_one``), which writes the
record to the shared cache itself, atomically.  The client only reads records back and reduces.

Faults.  A worker that dies mid-file (killed, out of memory) is noticed by the scheduler, which runs
the file again on another worker; a file on ``allowed_failures + 1`` workers that died is given up
with ``KilledWorker``.  Since every task that was merely waiting on a dying worker is counted too,
``KilledWorker`` alone does not prove a file guilty: each such file is run once more *alone* (no
other task in flight), and only a file that kills workers again there is recorded as failed, with
that cause.  That record is not cached, so the next run tries the file again.  A lost scheduler
is not any file's fault: the run stops with :class:`ClusterError` and the cache keeps all work done.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from std_extract.batch import storage
from std_extract.batch.cache import RecordCache
from std_extract.batch.engines import EngineError, OnRecord, Todo
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import DocumentRecord

if TYPE_CHECKING:  # distributed is imported when a cluster starts: listing engines stays fast
    from distributed import Client, LocalCluster

ALLOWED_FAILURES = 3  # distributed's default: a file may be on 4 workers that died
TASK_PREFIX = "std-extract-file"


class ClusterError(EngineError):
    """The cluster itself failed (scheduler lost, workers on another pipeline version)."""


class VersionMismatch(Exception):
    """A worker runs another std-extract (code or rule data) than the client."""


def task_key(sha256: str) -> str:
    """A fresh key per attempt, naming the file's sha256 (the dashboard groups by the prefix)."""
    return f"{TASK_PREFIX}-{sha256[:16]}-{os.urandom(4).hex()}"


def process_on_worker(path: str, sha256: str, cache_root: str, version: str) -> DocumentRecord:
    """The task: one file's record, cached by this worker before it is returned."""
    from std_extract.batch.run import _process_one
    from std_extract.pipeline import pipeline_version

    if pipeline_version() != version:
        raise VersionMismatch(
            f"worker {os.uname().nodename} runs pipeline {pipeline_version()}, the client {version}: "
            "install the same std-extract (and rule data) on every worker"
        )
    if not storage.is_url(path):
        return _process_one(path, sha256, cache_root, version)  # exactly what the local pool runs
    from std_extract.pipeline import process_file

    with storage.local_copy(path) as local:
        record = process_file(local)
    source = record.source.model_copy(update={"path": path, "sha256": sha256})  # the URL, not the copy
    record = record.model_copy(update={"source": source})
    RecordCache(Path(cache_root), version).put(record)
    return record


def _warm_up_plugin():
    from distributed import WorkerPlugin

    class WarmPipeline(WorkerPlugin):
        """Loads rule data and models once when a worker starts (and when a dead one restarts)."""

        name = "std-extract-warm-pipeline"

        def setup(self, worker) -> None:
            from std_extract.pipeline import warm_up

            warm_up()

    return WarmPipeline()


def parse_scheduler(scheduler: str) -> tuple[str, int | None]:
    """``local:N`` -> ("local", N); an address -> (address, None)."""
    if scheduler.startswith("local"):
        count = scheduler.partition(":")[2] or "0"
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--scheduler {scheduler}: write local:N with N worker processes, e.g. local:4")
        return "local", int(count)
    if "://" not in scheduler and ":" not in scheduler:
        raise ValueError(f"--scheduler {scheduler}: give an address (tcp://host:8786) or local:N")
    return scheduler, None


class DaskEngine:
    """Records computed on a Dask cluster; a context manager owning the client (and LocalCluster)."""

    name = "dask"

    def __init__(self, scheduler: str, *, allowed_failures: int = ALLOWED_FAILURES):
        self.scheduler = scheduler
        self.address, self.workers = parse_scheduler(scheduler)
        self.allowed_failures = allowed_failures
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None

    # -- the cluster -------------------------------------------------------------------------------

    def __enter__(self) -> DaskEngine:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Connect (or start the LocalCluster) and register the warm-up plugin; idempotent."""
        if self.client is not None:
            return
        import dask
        from distributed import Client, LocalCluster

        # One task per worker thread at a time (worker-saturation 1.0), so a dying worker takes
        # down only the file it was reading; the scheduler retries up to allowed_failures times.
        settings = {
            "distributed.scheduler.worker-saturation": 1.0,
            "distributed.scheduler.allowed-failures": self.allowed_failures,
        }
        with dask.config.set(settings):
            if self.workers is not None:
                self.cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: several runs may share a machine
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout="30s")
        self.client.register_plugin(_warm_up_plugin())

    def connected(self) -> Client:
        """The client, connecting first when needed."""
        self.start()
        assert self.client is not None  # start() connects or raises
        return self.client

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    @property
    def dashboard_link(self) -> str | None:
        """The Dask dashboard's address, when the scheduler serves one."""
        if self.client is None:
            return None
        services = self.client.scheduler_info().get("services", {})
        if "dashboard" not in services or not self.client.run_on_scheduler(_has_dashboard):
            return None  # the scheduler's HTTP server runs, but without bokeh there is no dashboard
        return self.client.dashboard_link

    def worker_pids(self) -> dict[str, int]:
        """{worker address: process id}, for operators (and the fault tests)."""
        return self.connected().run(os.getpid)

    # -- the records -------------------------------------------------------------------------------

    def compute(self, todo: Todo, cache: RecordCache, on_record: OnRecord) -> None:
        """Every file of ``todo`` as one task, as many in flight as the cluster has threads."""
        self.start()
        suspects = self._run(list(todo), cache, on_record, window=None)
        for item in suspects:  # the second opinion: each alone on the cluster
            for again in self._run([item], cache, on_record, window=1):
                path, sha = again
                on_record(path, _killed_record(path, sha, self.allowed_failures))

    def _run(self, todo: Todo, cache: RecordCache, on_record: OnRecord, window: int | None) -> Todo:
        """Run ``todo``; returns the files given up with KilledWorker (records of the rest go out)."""
        from distributed import as_completed

        queue = list(reversed(todo))
        running: dict = {}
        suspects: Todo = []
        pending = as_completed()
        while queue or running:
            while queue and len(running) < (window or self._window()):
                item = queue.pop()
                future = self._submit(item, cache)
                running[future] = item
                pending.add(future)
            future = next(pending)
            item = running.pop(future)
            record = self._outcome(future, item, cache)
            if record is None:
                suspects.append(item)
            else:
                on_record(item[0], record)
            future.release()
        return suspects

    def _submit(self, item: tuple[Path | str, str], cache: RecordCache):
        """A worker runs in its own working directory (on another host, perhaps): it gets absolute
        paths, and the record comes back under the path as given (see ``_outcome``)."""
        path, sha = item
        location = str(path) if storage.is_url(path) else str(Path(path).absolute())
        return self.connected().submit(
            process_on_worker,
            location,
            sha,
            str(Path(cache.root).absolute()),
            cache.pipeline_version,
            key=task_key(sha),
            pure=False,
        )

    def _window(self) -> int:
        """One task per worker thread: a task waiting behind another on a worker would be counted
        as a suspect if that worker died, and queueing here costs only a round trip per file."""
        return max(1, sum(self.connected().nthreads().values()))

    def _outcome(self, future, item: tuple[Path | str, str], cache: RecordCache) -> DocumentRecord | None:
        """The file's record; None when the file was on too many workers that died."""
        from distributed import KilledWorker

        if future.status == "finished":
            record = future.result()
            if record.source.path != str(item[0]):  # a relative input path, made absolute for the worker
                source = record.source.model_copy(update={"path": str(item[0])})
                record = record.model_copy(update={"source": source})
            return record
        if future.status == "cancelled":
            raise ClusterError(
                f"the Dask cluster at {self.scheduler} went away (task cancelled); "
                "finished files are cached, run again to resume"
            )
        exc = future.exception()
        if isinstance(exc, KilledWorker):
            return None
        if isinstance(exc, VersionMismatch):
            raise ClusterError(str(exc))
        return _exception_record(item, exc, cache)


def _exception_record(item, exc: BaseException, cache: RecordCache) -> DocumentRecord:
    """A pipeline exception, handled as the local engine handles it (same record, cached)."""
    from std_extract.batch.run import _failed_record

    path, sha = item
    if storage.is_url(path):
        record = _failure(path, sha, f"{path}: worker failed: {type(exc).__name__}: {exc}")
    else:
        record = _failed_record(Path(path), sha, exc)
    cache.put(record)
    return record


def _killed_record(path: Path | str, sha: str, allowed_failures: int) -> DocumentRecord:
    """The record of a file that killed every worker that read it, alone too: the rule every engine
    follows (batch.engines.worker_died_record), never cached, since it may be the machine."""
    from std_extract.batch.engines import worker_died_record

    tries = allowed_failures + 1
    return worker_died_record(
        path,
        sha,
        f"KilledWorker: {tries} worker processes died while reading this file, and {tries} more when it "
        "ran alone (killed, or out of memory)",
    )


def _failure(path: Path | str, sha: str, message: str) -> DocumentRecord:
    from std_extract.document import Source
    from std_extract.pipeline import pipeline_version

    return DocumentRecord(
        source=Source(path=str(path), sha256=sha, pages=0, size_bytes=storage.size_of(path)),
        status="failed",
        errors=[ErrorItem(stage="batch", code=ErrorCode.INTERNAL, message=message)],
        pipeline_version=pipeline_version(),
    )


def _has_dashboard() -> bool:
    """Run on the scheduler: the dashboard is served only where bokeh is installed."""
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None
