"""The dispatcher: a thread that feeds queued jobs from the database to the worker pool.

Requests never process a PDF: an upload only stores bytes and a job row, then wakes the
dispatcher.  The dispatcher keeps at most one job per worker in flight (so "running" means
running), writes each outcome to the database as it arrives, and re-reads the queue when woken
or every ``poll_seconds`` (which also picks up work queued by another process).

What can go wrong, and what happens:

- the server stops or is killed: jobs left "running" go back on the queue at the next start;
- a worker process dies (killed, out of memory, a crash in native code): the pool is broken and
  every job in flight fails with ``BrokenProcessPool``; those jobs go back on the queue, up to
  ``max_attempts`` attempts each, and a fresh pool is started;
- a job runs past ``job_timeout`` seconds (a pathological PDF): it fails with code ``timeout``,
  and the pool is ended and restarted, because a running task cannot be cancelled any other way
  (the other jobs in flight are requeued as above);
- the database does not answer: the step is retried at the next poll; an outcome stays in memory
  until it is written.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from std_extract.api.blobs import BlobStore
from std_extract.api.jobs import Claimed, JobStore, Outcome
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
        job_timeout: float = 3600.0,
    ):
        self.store, self.blobs, self.workers = store, blobs, workers
        self.max_attempts, self.poll_seconds, self.job_timeout = max_attempts, poll_seconds, job_timeout
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._inflight: dict[Future[Outcome], tuple[Claimed, float]] = {}  # job, monotonic start
        self._pool: ProcessPoolExecutor | None = None
        self._pool_broken = False  # submit found the pool broken
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

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # fork would copy the server's threads' locks
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=initialize_worker, initargs=(os.getpid(),)
        )

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                self._step()
            except Exception:  # noqa: BLE001 - e.g. the database briefly unreachable: try again
                log.exception("dispatcher step failed; retrying")
            self._wake.wait(self.poll_seconds)

    def _step(self) -> None:
        broken = self._collect()
        broken = self._end_overdue() or broken or self._pool_broken
        if broken:
            self._restart_pool()
        if not self._stopping.is_set():
            self._submit()

    def _submit(self) -> None:
        free = self.workers - len(self._inflight)
        if free <= 0:
            return
        assert self._pool is not None
        for job in self.store.claim(free):
            try:
                future = self._pool.submit(run_job, str(self.blobs.path(job.document_id)), job.filename)
            except BrokenProcessPool:  # a worker died since the last step: the next step restarts
                self._pool_broken = True
                self.store.requeue(job.job_id)
                continue
            self._inflight[future] = (job, time.monotonic())
            future.add_done_callback(lambda _f: self._wake.set())

    def _collect(self) -> bool:
        """Store the outcome of every finished job; True when the pool broke."""
        broken = False
        for future in [f for f in self._inflight if f.done()]:
            job, _ = self._inflight[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                broken = True
                self._retry_or_fail(job)
            except Exception as exc:  # noqa: BLE001 - e.g. an outcome that does not unpickle
                self.store.finish(
                    job.job_id, _failure("internal", f"{job.filename}: {type(exc).__name__}: {exc}")
                )
            else:
                self.store.finish(job.job_id, outcome)
            del self._inflight[future]  # only once the database has it
        return broken

    def _end_overdue(self) -> bool:
        """Fail jobs running past the timeout; True when the pool must be restarted to stop them."""
        now, overdue = time.monotonic(), False
        for future, (job, started) in list(self._inflight.items()):
            if now - started > self.job_timeout and not future.done():
                message = f"{job.filename}: still running after {self.job_timeout:g} s; stopped"
                self.store.finish(job.job_id, _failure("timeout", message))
                del self._inflight[future]
                overdue = True
        return overdue

    def _retry_or_fail(self, job: Claimed) -> None:
        if job.attempts < self.max_attempts:
            log.warning("worker died processing %s (attempt %d); requeued", job.document_id, job.attempts)
            self.store.requeue(job.job_id)
            return
        message = f"{job.filename}: the worker process died {job.attempts} times while processing it"
        self.store.finish(job.job_id, _failure("internal", message, {"attempts": job.attempts}))

    def _restart_pool(self) -> None:
        assert self._pool is not None
        _end_pool(self._pool)
        for future, (job, _) in list(self._inflight.items()):  # they die with the pool
            self._retry_or_fail(job)
            del self._inflight[future]
        self._pool, self._pool_broken = self._new_pool(), False


def _failure(code: str, message: str, detail: object = None) -> Outcome:
    return Outcome(error={"code": code, "message": message, "detail": detail})


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
