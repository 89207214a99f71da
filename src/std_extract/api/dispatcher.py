"""The dispatcher: a thread that feeds queued jobs from the database to the worker pool.

Requests never process a PDF: an upload only stores bytes and a job row, then wakes the
dispatcher.  The dispatcher keeps at most one job per worker in flight (so "running" means
running), writes each outcome to the database as it arrives, and re-reads the queue when woken
or every ``poll_seconds`` (which also picks up work queued by another process).

At start it puts jobs a previous server left "running" back on the queue: they were interrupted.
When a worker process dies (killed, out of memory, a crash in native code) the pool is broken
and every job in flight fails with ``BrokenProcessPool``; those jobs go back on the queue, up to
``max_attempts`` attempts each, and a fresh pool is started.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from std_extract.api.blobs import BlobStore
from std_extract.api.store import Claimed, JobStore, Outcome
from std_extract.api.worker import initialize_worker, run_job

log = logging.getLogger("std_extract.api")


class Dispatcher:
    """Owns the process pool and the thread that moves jobs from the queue to it."""

    def __init__(
        self,
        store: JobStore,
        blobs: BlobStore,
        workers: int,
        *,
        max_attempts: int = 3,
        poll_seconds: float = 1.0,
    ):
        self.store, self.blobs, self.workers = store, blobs, workers
        self.max_attempts, self.poll_seconds = max_attempts, poll_seconds
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._inflight: dict[Future[Outcome], Claimed] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        recovered = self.store.recover()
        if recovered:
            log.info("requeued %d interrupted job(s)", recovered)
        self._pool = self._new_pool()
        self._thread = threading.Thread(target=self._run, name="std-extract-dispatcher", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """New work was queued: look now rather than at the next poll."""
        self._wake.set()

    def stop(self) -> None:
        """Stop taking work and end the workers; jobs in flight stay "running" and are requeued
        by the next start (they would otherwise hold shutdown for as long as a PDF takes)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        if self._pool is not None:
            _end_pool(self._pool)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # fork would copy the server's threads' locks
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=initialize_worker)

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self._collect()
                self._submit()
            except Exception:  # noqa: BLE001 - e.g. the database briefly unreachable: try again
                log.exception("dispatcher step failed; retrying")
            self._wake.wait(self.poll_seconds)

    def _submit(self) -> None:
        free = self.workers - len(self._inflight)
        if free <= 0 or self._stopping.is_set():
            return
        assert self._pool is not None
        for job in self.store.claim(free):
            future = self._pool.submit(run_job, str(self.blobs.path(job.document_id)), job.filename)
            self._inflight[future] = job
            future.add_done_callback(lambda _f: self._wake.set())

    def _collect(self) -> None:
        broken = False
        for future in [f for f in self._inflight if f.done()]:
            job = self._inflight.pop(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                broken = True
                self._retry_or_fail(job)
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. an outcome that does not pickle
                outcome = Outcome(error={"code": "internal", "message": f"{type(exc).__name__}: {exc}"})
            self.store.finish(job.job_id, outcome)
        if broken:
            self._restart_pool()

    def _retry_or_fail(self, job: Claimed) -> None:
        if job.attempts < self.max_attempts:
            log.warning("worker died processing %s (attempt %d); requeued", job.document_id, job.attempts)
            self.store.requeue(job.job_id)
            return
        message = f"{job.filename}: the worker process died {job.attempts} times while processing it"
        self.store.finish(
            job.job_id,
            Outcome(error={"code": "internal", "message": message, "detail": {"attempts": job.attempts}}),
        )

    def _restart_pool(self) -> None:
        for future, job in list(self._inflight.items()):  # all fail with the broken pool anyway
            self._inflight.pop(future)
            self._retry_or_fail(job)
        assert self._pool is not None
        _end_pool(self._pool)
        self._pool = self._new_pool()


def _end_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and end the worker processes this pool started.

    Python 3.11 has no ``terminate_workers()`` (added in 3.14); ``_processes`` is the pool's map
    of its own worker processes.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
