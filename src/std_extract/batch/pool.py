"""The local engine: a pool of worker processes on this machine (``--engine local``).

Two faults of the machine, not of a file, are handled here:

* A worker that dies (killed, out of memory, a crash in PDFium) breaks the whole pool, and every
  file in flight fails with ``BrokenProcessPool``: the one that killed its worker and its innocent
  neighbours alike.  None of them is recorded then.  The pool is restarted for the files not yet
  started, and each file that was in flight runs once more *alone*, in a pool of one: only a file
  whose worker dies again there is recorded as failed (cause: worker died).  That record is an
  infrastructure failure and is never cached (:func:`std_extract.batch.engines.worker_died_record`),
  so the next run tries the file again.  The Dask engine follows the same rule.
* A ``run`` killed outright (``kill -9``) must not leave its workers running: each worker asks the
  kernel to end it when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``).

Rule data and models (spaCy, jieba with the lexicon, the classifier's index: seconds of CPU) are
loaded once, in this process, before the workers are forked (Linux): each worker starts with them
in memory, shared copy-on-write, instead of loading its own copy, and a pool restarted after a
worker died starts at once too.  Where processes are spawned instead, each worker loads them.
The collector is paused while they load, and before the fork the loaded objects are moved out of
the garbage collector's reach (``gc.freeze``, :mod:`std_extract.batch.heap`):
a worker's collections then never write to their headers, so the pages holding them stay shared
instead of being copied into every worker, and each collection scans only the worker's own objects.

Files are handed out largest first (longest processing time first): with the small ones left for
the end, the workers finish at about the same time instead of one reading a big standard alone
while the others wait.  Records are handed over as they finish, as the JSON the cache holds
(cheaper to make and read than a pickled model); the order of the outputs is the input's, not this one.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from std_extract.batch.cache import RecordCache
from std_extract.batch.engines import OnRecord, worker_died_record
from std_extract.batch.heap import collector_on_in_worker, collector_paused, frozen_for_fork
from std_extract.record import DocumentRecord

Item = tuple[Path | str, str]  # a local path, as given


def compute_in_pool(todo: list[Item], cache: RecordCache, jobs: int, on_record: OnRecord) -> None:
    """Every file of ``todo`` through a pool of ``jobs`` processes; see the module docstring."""
    pending, suspects = largest_first(todo), []
    with _loaded_before_fork():
        while pending:
            pending, in_flight = _run_pool(pending, cache, jobs, on_record)
            suspects += in_flight
        _run_alone(suspects, cache, on_record)


def largest_first(todo: list[Item]) -> list[Item]:
    """``todo`` by file size, largest first (ties in the given order): a file's size is known
    without opening it, and reading time grows with it."""
    return sorted(todo, key=lambda item: -_size(item[0]))


def _size(path: Path | str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # gone since it was listed: its worker reports it
        return 0


@contextmanager
def _loaded_before_fork() -> Iterator[None]:
    """Where workers are forked: rule data and models loaded here, then frozen (see the module
    docstring) until the pool is done."""
    if _CONTEXT is None:  # spawned workers load their own (initialize_worker)
        yield
        return
    from std_extract.pipeline import warm_up

    with collector_paused():  # loading makes millions of objects that all live on (batch.heap)
        warm_up()
    # No collection first: it would walk every object just loaded (0.2 CPU s, serial) to free a
    # few thousand left over from loading (well under a megabyte).
    with frozen_for_fork():
        yield


def _run_pool(
    todo: list[Item], cache: RecordCache, jobs: int, on_record: OnRecord
) -> tuple[list[Item], list[Item]]:
    """Run a pool over ``todo`` until done or broken: (files not started, files in flight when it broke)."""
    queue, in_flight = deque(todo), []
    with _pool(jobs) as pool:
        futures: dict[Future, Item] = {}
        while queue or futures:
            while queue and len(futures) < jobs * 2:
                item = queue.popleft()
                futures[_submit(pool, item, cache)] = item
            done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for future in done:
                item = futures.pop(future)
                record = _outcome(future, item, cache)
                if record is None:
                    in_flight.append(item)
                else:
                    on_record(item[0], record)
            if in_flight:  # the pool is broken: whatever else it held never finished here
                return list(queue), in_flight + list(futures.values())
    return [], []


def _run_alone(suspects: list[Item], cache: RecordCache, on_record: OnRecord) -> None:
    """Each file that was in flight when a worker died, alone in a pool of one: which one kills it?"""
    for item in suspects:
        cached = cache.get(item[1])  # the worker may have finished it just before the pool broke
        if cached is not None:
            source = cached.source.model_copy(update={"path": str(item[0])})
            on_record(item[0], cached.model_copy(update={"source": source}))
            continue
        with _pool(1) as pool:
            record = _outcome(_submit(pool, item, cache), item, cache)
        if record is None:
            record = worker_died_record(
                item[0],
                item[1],
                "the worker process died while reading this file "
                "(killed, out of memory, or a crash in the PDF libraries)",
            )
        on_record(item[0], record)


def _submit(pool: ProcessPoolExecutor, item: Item, cache: RecordCache) -> Future:
    from std_extract.batch.run import _process_one_json

    path, sha = item
    return pool.submit(_process_one_json, str(path), sha, str(cache.root), cache.pipeline_version)


def _outcome(future: Future, item: Item, cache: RecordCache):
    """The file's record; None when its worker died (no record, nothing cached)."""
    from std_extract.batch.run import _failed_record

    try:
        return DocumentRecord.model_validate_json(future.result())  # see run._process_one_json
    except BrokenProcessPool:
        return None
    except Exception as exc:  # noqa: BLE001 - a pipeline exception is the file's: recorded, cached
        record = _failed_record(item[0], item[1], exc)
        cache.put(record)
        return record


# Fork where it is safe and the default (Linux; Python 3.14 changes the default to forkserver, which
# would load the models again in every worker); elsewhere the platform's default (spawn).
_CONTEXT = multiprocessing.get_context("fork") if sys.platform == "linux" else None


@contextmanager
def _executor(jobs: int, initializer: Callable[[int], None]) -> Iterator[ProcessPoolExecutor]:
    """``jobs`` workers started by ``initializer(this process's pid)``."""
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_CONTEXT, initializer=initializer, initargs=(os.getpid(),)
    )
    try:
        yield pool
    finally:
        # A broken pool's workers are gone already; do not wait on futures that never finish.
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(jobs: int) -> AbstractContextManager[ProcessPoolExecutor]:
    """The pipeline's workers: models loaded (or inherited by fork) in each."""
    return _executor(jobs, initialize_worker)


@contextmanager
def helper_pool(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """A pool of ``jobs`` plain workers (no models loaded) for the reduce step's parallel parts,
    such as rendering the reports' page images; None for one job (work in this process)."""
    if jobs <= 1:
        yield None
        return
    # Forked in the reduce step, after the models' pool has unfrozen them: frozen again, with what
    # the reduce has made so far (the rankings, the records' corrected copies), as the models are.
    with frozen_for_fork(), _executor(jobs, start_helper) as pool:
        yield pool


def initialize_worker(parent_pid: int) -> None:
    """Tie the worker's life to the run's, then load rule data and models once per process (a
    forked worker has them already: nothing to do)."""
    from std_extract.pipeline import warm_up

    die_with_parent(parent_pid)
    collector_on_in_worker()
    warm_up()


def start_helper(parent_pid: int) -> None:
    """A helper worker: tied to the run's life, its collector on."""
    die_with_parent(parent_pid)
    collector_on_in_worker()


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux); elsewhere a worker of a
    killed run ends when it next reads the pool's queue."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
