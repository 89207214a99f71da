"""How many documents a second go through the HTTP API, beside the library in a loop?

    python benchmarks/api_throughput.py [--corpus generated|real|DIR] [--limit N] [--workers 1 4]

Three rates on the same files:

- library: ``process_file`` in a loop in one process (what ``std-extract extract`` does), after
  ``warm_up()``;
- API with 1 worker, and with every CPU (or the ``--workers`` given): ``std-extract serve`` in a
  subprocess on a fresh SQLite database; all files are uploaded, and the clock stops when the
  last one is done (the consumer pages ``GET /v1/documents?since=`` as an incremental client
  would).  Each worker is warmed first on copies of the files with a byte appended (new bytes, so
  new ids: an upload of the same bytes would be answered from the store), so the rates compare
  steady states; start-up is reported on its own.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from realcorpus import REAL, real_pdfs

REPO = Path(__file__).resolve().parents[1]
CORPORA = {
    "generated": REPO / "corpus" / "generated",
    "real": REAL,
}


def main() -> None:
    args = _arguments()
    files = _files(args.corpus, args.limit)
    print(
        f"{len(files)} files from {args.corpus} ({sum(f.stat().st_size for f in files) / 1e6:.1f} MB), "
        f"{os.cpu_count()} CPUs"
    )
    rows = [("library (process_file loop)", 1, *library_rate(files))]
    for workers in args.workers or sorted({1, _cpus()}):
        rows.append((f"API, {workers} worker(s)", workers, *api_rate(files, workers)))
    print(f"\n{'':32} {'workers':>7} {'start-up s':>10} {'docs':>5} {'seconds':>8} {'docs/s':>7}")
    for label, workers, startup, seconds in rows:
        rate = len(files) / seconds
        print(f"{label:32} {workers:>7} {startup:>10.1f} {len(files):>5} {seconds:>8.1f} {rate:>7.2f}")


def library_rate(files: list[Path]) -> tuple[float, float]:
    """(warm-up seconds, seconds for all files) of process_file in this process."""
    from std_extract.pipeline import process_file, warm_up

    start = time.perf_counter()
    warm_up()
    startup = time.perf_counter() - start
    start = time.perf_counter()
    for path in files:
        process_file(path)
    return startup, time.perf_counter() - start


def api_rate(files: list[Path], workers: int) -> tuple[float, float]:
    """(start-up seconds, seconds for all files) through a fresh server with ``workers`` workers."""
    folder = Path(tempfile.mkdtemp(prefix="api-bench-"))
    server = _start(folder, workers)
    try:
        with httpx.Client(base_url=server.url, timeout=120) as client:
            start = time.perf_counter()
            _wait_healthy(client, server.process)
            warm = [(f"warm-{p.name}", p.read_bytes() + b"\n% warm-up copy\n") for p in files[:workers]]
            since = _run(client, warm, 0)[1]
            startup = time.perf_counter() - start
            start = time.perf_counter()
            _run(client, [(p.name, p.read_bytes()) for p in files], since)
            return startup, time.perf_counter() - start
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _run(client: httpx.Client, items: list[tuple[str, bytes]], since: int) -> tuple[int, int]:
    """Upload ``items`` and follow the change feed until all are done; returns (done, cursor)."""
    wanted = set()
    for start in range(0, len(items), 20):
        files = [("files", (name, data, "application/pdf")) for name, data in items[start : start + 20]]
        response = client.post("/v1/documents", files=files)
        response.raise_for_status()
        wanted |= {d["id"] for d in response.json()["documents"]}
    finished: set[str] = set()
    while finished != wanted:
        page = client.get("/v1/documents", params={"since": since, "limit": 500, "records": False}).json()
        finished |= {
            i["id"] for i in page["items"] if i["status"] in ("done", "failed") and i["id"] in wanted
        }
        since = page["next_since"]
        if not page["has_more"]:
            time.sleep(0.1)
    return len(finished), since


class _Server:
    def __init__(self, process: subprocess.Popen, url: str):
        self.process, self.url = process, url

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)  # its own group: only what this script started


def _start(folder: Path, workers: int) -> _Server:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [
        sys.executable,
        "-c",
        "from std_extract.cli import app; app()",
        "serve",
        "--db",
        str(folder / "api.sqlite"),
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--max-queued",
        "100000",
    ]
    env = {**os.environ, "STD_EXTRACT_API_KEYS": ""}
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    return _Server(process, f"http://127.0.0.1:{port}")


def _wait_healthy(client: httpx.Client, process: subprocess.Popen) -> None:
    while True:
        if process.poll() is not None:
            raise SystemExit("the server exited during start-up")
        with contextlib.suppress(httpx.TransportError):
            if client.get("/healthz").status_code == 200:
                return
        time.sleep(0.1)


def _files(corpus: str, limit: int | None) -> list[Path]:
    folder = CORPORA.get(corpus, Path(corpus))
    files = real_pdfs(folder) if folder == REAL else sorted(folder.glob("*.pdf"))
    if not files:
        raise SystemExit(f"no PDFs in {folder}")
    return files[:limit] if limit else files


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", default="generated", help="generated, real, or a folder of PDFs")
    parser.add_argument("--limit", type=int, default=None, help="only the first N files")
    parser.add_argument(
        "--workers", type=int, nargs="*", help="worker counts to try (default: 1 and all CPUs)"
    )
    return parser.parse_args()


if __name__ == "__main__":
    main()
