"""What runs in a worker process: one PDF in, one record (as JSON) out.

Workers are separate processes (:class:`concurrent.futures.ProcessPoolExecutor`, started with
``spawn`` because the server process has threads) that load the rules and models once
(:func:`std_extract.pipeline.warm_up` as the pool's initializer).

The blob is content-addressed (``ab/abcdef....pdf``), but the record should name the file the
client uploaded, exactly as ``process_file("GB_2762-2022.pdf")`` run in that file's folder would:
``source.path`` and every error message say "GB_2762-2022.pdf".  So the job links the blob under
its upload name into a private temporary folder and processes it from there.  Changing the
working directory is safe because a worker process runs one job at a time on one thread.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from std_extract.api.jobs import Outcome

log = logging.getLogger("std_extract.api")


def initialize_worker(server_pid: int | None = None) -> None:
    """The pool initializer: tie the worker's life to the server's (``server_pid``), then load
    everything the pipeline needs once per process."""
    from std_extract.pipeline import warm_up

    if server_pid is not None:
        _die_with_server(server_pid)
    warm_up()


def _die_with_server(server_pid: int) -> None:
    # A server that is killed outright leaves its workers running the job at hand, which the
    # restarted server runs again anyway: on Linux, have the kernel end them with the server.
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers exit when they next read the queue
        return
    if os.getppid() != server_pid:  # the server died before prctl took effect
        os._exit(1)


class MissingUpload(Exception):
    """The blob a job points at is gone (someone emptied the blob folder)."""


def run_job(blob_path: str, filename: str) -> Outcome:
    """Process one stored upload; never raises (a failure comes back as ``Outcome.error``)."""
    try:
        with _as_named(Path(blob_path), filename) as name:
            return _process(name)
    except MissingUpload as exc:
        return Outcome(error={"code": "not_found", "message": str(exc), "detail": None})
    except Exception:  # noqa: BLE001 - a job must report, not kill the pool's result thread
        # The traceback names server paths and code: it goes to the server's log under an id,
        # and the client gets only the id to quote (an answer is readable by every API client).
        error_id = new_error_id()
        log.exception("internal error %s in the job for %s", error_id, filename)
        message = f"{filename}: internal error (error id {error_id}; the server log has the details)"
        return Outcome(error={"code": "internal", "message": message, "detail": {"error_id": error_id}})


def new_error_id() -> str:
    """A short random id that ties an answer to its traceback in the server log."""
    return secrets.token_hex(6)


def _process(name: str) -> Outcome:
    from std_extract.pipeline import process_file

    record = process_file(name)
    error = None
    if record.status == "failed" and record.errors:
        first = record.errors[0]
        error = {
            "code": str(first.code),
            "message": first.message,
            "detail": [e.model_dump(mode="json") for e in record.errors],
        }
    return Outcome(
        record=record.model_dump_json(),
        record_status=record.status,
        indicators=len(record.indicators),
        pipeline_version=record.pipeline_version,
        error=error,
    )


@contextmanager
def _as_named(blob: Path, filename: str) -> Iterator[str]:
    """``blob`` reachable as ``filename`` in the current directory, for the duration."""
    if not blob.is_file():
        raise MissingUpload(f"{filename}: the stored upload {blob.name} is missing from the blob folder")
    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="std-extract-job-") as folder:
        os.symlink(blob.resolve(), Path(folder) / filename)
        os.chdir(folder)
        try:
            yield filename
        finally:
            os.chdir(previous)
