"""Work survives the server: a SIGKILLed server's queued and running jobs finish after a restart."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from corpora import real_pdfs

from .server import SMALL_REAL, ReferenceRun, upload, wait_done, without_path


def test_restart_after_sigkill_finishes_queued_work(live_server_factory, tmp_path):
    paths = real_pdfs(SMALL_REAL)
    reference = ReferenceRun(paths)  # runs beside the servers, not after them
    first = live_server_factory(tmp_path / "api.sqlite", workers=1)
    accepted = upload(first.client, paths)
    ids = [a["id"] for a in accepted]
    _wait_for_status(first.client, ids[0], "running")  # one job in flight, the rest queued
    before = {i: first.client.get(f"/v1/documents/{i}").json()["status"] for i in ids}
    assert "queued" in before.values()
    first.kill()

    second = live_server_factory(tmp_path / "api.sqlite", workers=2)
    views = wait_done(second.client, ids)
    for document_id, expected in zip(ids, reference.records(), strict=True):
        assert views[document_id]["status"] == "done"
        assert without_path(views[document_id]["record"]) == without_path(expected)
    # The interrupted job ran again (a second attempt); the queued ones ran once.
    assert views[ids[0]]["attempts"] == 2
    assert all(views[i]["attempts"] == 1 for i in ids if before[i] == "queued")
    # Uploading again after the restart is still idempotent.
    again = upload(second.client, paths[:1])[0]
    assert again["id"] == ids[0] and again["created"] is False


def _wait_for_status(client, document_id: str, status: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while client.get(f"/v1/documents/{document_id}").json()["status"] != status:
        assert time.monotonic() < deadline, f"{document_id} never became {status}"
        time.sleep(0.05)


def test_restart_killed_worker_process_job_is_retried(live_server_factory, tmp_path):
    """A worker dying mid-job (OOM killer, a crash in native code) costs one attempt, not the job."""
    path = real_pdfs(SMALL_REAL[:1])[0]
    reference = ReferenceRun([path])
    server = live_server_factory(tmp_path / "api.sqlite", workers=1)
    document_id = upload(server.client, [path])[0]["id"]
    _wait_for_status(server.client, document_id, "running")
    workers = _pool_workers(server.process.pid)
    assert len(workers) == 1
    os.kill(workers[0], signal.SIGKILL)

    view = wait_done(server.client, [document_id])[document_id]
    assert view["status"] == "done" and view["attempts"] == 2
    assert without_path(view["record"]) == without_path(reference.records()[0])
    assert server.client.get("/healthz").json()["jobs"]["done"] == 1


def _pool_workers(pid: int, timeout: float = 30) -> list[int]:
    """The server's pool worker processes (spawned children running ``spawn_main``)."""
    deadline = time.monotonic() + timeout
    while True:
        found = []
        for children in Path(f"/proc/{pid}/task").glob("*/children"):
            for child in children.read_text().split():
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
                if b"spawn_main" in cmdline and b"resource_tracker" not in cmdline:
                    found.append(int(child))
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_restart_job_over_the_timeout_fails_and_the_pool_is_renewed(live_server_factory, tmp_path):
    paths = real_pdfs(SMALL_REAL[:2])
    # One second is less than a worker needs to start, so every job runs over it.
    server = live_server_factory(tmp_path / "api.sqlite", workers=1, extra=["--job-timeout", "1"])
    ids = [a["id"] for a in upload(server.client, paths)]
    views = wait_done(server.client, ids, timeout=120)
    for document_id in ids:
        assert views[document_id]["status"] == "failed"
        assert views[document_id]["error"]["code"] == "timeout"
        assert views[document_id]["record"] is None
    assert server.client.get("/healthz").json()["jobs"]["failed"] == 2
