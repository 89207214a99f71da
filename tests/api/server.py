"""Helpers of the HTTP API tests: live servers in subprocesses, uploads, reference records.

Tests talk to the service only through HTTP.  A *live* server is ``std-extract serve`` in its own
process (and process group) on 127.0.0.1 and a free port, so a test can SIGKILL it and start
another on the same database (fixtures ``live_server_factory`` and ``shared_server`` in
tests/conftest.py).  Unit-level tests use the app in-process through httpx's ASGITransport with no
workers (``start_workers=False``).

PDFs come from ../shared/corpus-real (real standards; tests skip when it is absent) and
corpus/generated (the bundled synthetic corpus), listed by tests/corpora.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from pg_server import free_port

API_KEY = "test-key-1"
# Small real standards (4-9 pages) keep the default run fast; the slow test takes all of them.
SMALL_REAL = ["GB_19645-2010.pdf", "GB_5085.1-2007.pdf", "DB32_T_1580-2019.pdf", "HJ_1222-2021.pdf"]
START_TIMEOUT = 90.0
DONE_TIMEOUT = 600.0


@dataclass
class LiveServer:
    """``std-extract serve`` in a subprocess; ``client`` is an httpx client on its base URL."""

    db: Path  # the SQLite file (and where the log goes)
    workers: int = 2
    db_url: str | None = None  # another database instead (PostgreSQL)
    api_keys: list[str] = field(default_factory=lambda: [API_KEY])
    extra: list[str] = field(default_factory=list)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    client: httpx.Client | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        command = [
            sys.executable,
            "-c",
            "from std_extract.cli import app; app()",
            "serve",
            "--db",
            self.db_url or str(self.db),
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
            *self.extra,
        ]
        for key in self.api_keys:
            command += ["--api-key", key]
        self.log = self.db.with_suffix(f".{self.port}.log")
        env = {**os.environ, "STD_EXTRACT_API_KEYS": ""}
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.db.parent,
                env=env,
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        headers = {"X-API-Key": self.api_keys[0]} if self.api_keys else {}
        self.client = httpx.Client(base_url=self.url, headers=headers, timeout=60)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited ({self.process.returncode}):\n{self.log_text()}")
            with contextlib.suppress(httpx.TransportError):
                if self.client.get("/healthz").status_code == 200:  # type: ignore[union-attr]
                    return
            time.sleep(0.2)
        raise RuntimeError(f"server did not answer in {START_TIMEOUT} s:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log and self.log.exists() else ""

    def kill(self) -> None:
        """SIGKILL the server process only (as a crash would), then its orphaned workers."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._end_group(signal.SIGKILL)

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.send_signal(signal.SIGKILL)
                self.process.wait(timeout=30)
        self._end_group(signal.SIGKILL)

    def _end_group(self, sig: signal.Signals) -> None:
        # The server ran in its own session, so its process group holds exactly the processes
        # this test started (the server and its pool's workers).
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, sig)


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it when the test process dies, however it dies, so a
    server in its own session is never left behind (Linux prctl PR_SET_PDEATHSIG)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def upload(client: httpx.Client, paths: list[Path], batch: int = 10) -> list[dict]:
    """Upload in requests of ``batch`` files (the server's default limit is 20 a request)."""
    accepted = []
    for start in range(0, len(paths), batch):
        chunk = paths[start : start + batch]
        files = [("files", (p.name, p.read_bytes(), "application/pdf")) for p in chunk]
        response = client.post("/v1/documents", files=files)
        assert response.status_code == 202, response.text
        accepted += response.json()["documents"]
    return accepted


def wait_done(client: httpx.Client, ids: list[str], timeout: float = DONE_TIMEOUT) -> dict[str, dict]:
    """Poll until every document is done or failed; returns the views by id."""
    deadline, views = time.monotonic() + timeout, {}
    pending = list(dict.fromkeys(ids))
    while pending:
        assert time.monotonic() < deadline, f"not finished after {timeout} s: {pending}"
        for document_id in list(pending):
            view = client.get(f"/v1/documents/{document_id}").json()
            if view["status"] in ("done", "failed"):
                views[document_id] = view
                pending.remove(document_id)
        if pending:
            time.sleep(0.5)
    return views


_LOCAL_SCRIPT = """
import contextlib, sys
from pathlib import Path
from std_extract.pipeline import process_file
for name in sys.argv[1:]:
    path = Path(name)
    with contextlib.chdir(path.parent):
        print(process_file(path.name).model_dump_json(), flush=True)
"""


class ReferenceRun:
    """What ``process_file`` gives for each file, run from the file's folder (as the API's worker
    does, so ``source.path`` and messages name the bare file).

    Fresh processes (one per CPU, each taking every n-th file), started when this object is made:
    the working tree is shared and changes during a long session, so a test starts its reference
    run beside the server it compares with, and both import the same code.
    """

    def __init__(self, paths: list[Path]):
        self.n = max(1, min(len(paths), os.cpu_count() or 1))
        self.count = len(paths)
        command = [sys.executable, "-c", _LOCAL_SCRIPT]
        self.runs = [
            subprocess.Popen([*command, *map(str, paths[i :: self.n])], stdout=subprocess.PIPE, text=True)
            for i in range(self.n)
        ]

    def records(self) -> list[dict]:
        outputs = [run.communicate(timeout=3 * 3600)[0].splitlines() for run in self.runs]
        assert all(run.returncode == 0 for run in self.runs), "process_file failed in a reference process"
        ordered: list[dict] = [{}] * self.count
        for i, lines in enumerate(outputs):
            for k, line in enumerate(lines):
                ordered[i + k * self.n] = json.loads(line)
        return ordered


def local_records(paths: list[Path]) -> list[dict]:
    return ReferenceRun(paths).records()


def local_record(path: Path) -> dict:
    return local_records([path])[0]


def without_path(record: dict) -> dict:
    return {**record, "source": {k: v for k, v in record["source"].items() if k != "path"}}
