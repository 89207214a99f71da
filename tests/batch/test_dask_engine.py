"""The dask engine on a real LocalCluster (``--scheduler local:2``): every output byte for byte equal
to the local engine's, on the bundled corpus and on bad files, with worker processes killed mid-run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from corpora import GENERATED
from distributed.diagnostics.plugin import WorkerPlugin

from std_extract.batch import run_batch
from std_extract.batch.dask_engine import DaskEngine
from std_extract.digest import file_sha256


def _folder(root: Path, count: int | None, *, bad: bool = False) -> Path:
    folder = root / "in"
    folder.mkdir(parents=True)
    for pdf in sorted(GENERATED.glob("*.pdf"))[:count]:
        shutil.copy(pdf, folder / pdf.name)
    if bad:
        (folder / "notes.pdf").write_text("这不是PDF文件", encoding="utf-8")
        good = sorted(folder.glob("Q_*.pdf"))[0].read_bytes()
        (folder / "sub").mkdir()
        (folder / "sub" / "truncated.pdf").write_bytes(good[: len(good) // 3])
        (folder / "empty.PDF").write_bytes(b"")
    return folder


def _tree(out: Path) -> dict[str, bytes]:
    """Every output file (the cache included) by its path relative to the output folder."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def assert_same_outputs(local: Path, dask: Path) -> None:
    expected, got = _tree(local), _tree(dask)
    assert sorted(got) == sorted(expected)
    different = [name for name in expected if expected[name] != got[name]]
    assert not different, f"outputs differ from the local engine's: {different}"


@pytest.fixture(scope="module")
def engine():
    with DaskEngine("local:2") as cluster:
        yield cluster


@pytest.fixture(scope="module")
def bad_folder_runs(tmp_path_factory, engine):
    tmp = tmp_path_factory.mktemp("dask-bad")
    folder = _folder(tmp, 4, bad=True)
    local = run_batch(folder, tmp / "local", jobs=2)
    dask = run_batch(folder, tmp / "dask", engine=engine)
    return folder, tmp, local, dask


def test_dask_engine_bad_files_outputs_equal_the_local_engine(bad_folder_runs):
    _, tmp, local, dask = bad_folder_runs
    assert (dask.files, dask.processed, dask.failed) == (7, 7, 3)
    assert (local.files, local.processed, local.failed) == (7, 7, 3)
    assert_same_outputs(tmp / "local", tmp / "dask")


def test_dask_engine_rerun_reads_the_cache_and_does_no_work(bad_folder_runs, engine):
    folder, tmp, _, _ = bad_folder_runs
    stamps = {p: p.stat().st_mtime_ns for p in (tmp / "dask" / "cache").glob("*.json")}
    again = run_batch(folder, tmp / "dask", engine=engine)
    assert (again.processed, again.cached) == (0, 7)
    assert {p: p.stat().st_mtime_ns for p in (tmp / "dask" / "cache").glob("*.json")} == stamps
    assert_same_outputs(tmp / "local", tmp / "dask")


def test_dask_engine_a_fifth_of_the_generated_corpus_equals_the_local_engine(tmp_path, engine):
    # Every fifth document: all the generator's layouts and product kinds, a fifth of the time.
    folder = tmp_path / "in"
    folder.mkdir()
    for pdf in sorted(GENERATED.glob("*.pdf"))[::5]:
        shutil.copy(pdf, folder / pdf.name)
    local = run_batch(folder, tmp_path / "local", jobs=2)
    dask = run_batch(folder, tmp_path / "dask", engine=engine)
    assert dask.files == local.files == len(list(folder.glob("*.pdf"))) > 15
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")


@pytest.mark.slow
def test_dask_engine_whole_generated_corpus_equals_the_local_engine(tmp_path, engine):
    local = run_batch(GENERATED, tmp_path / "local", jobs=2)
    dask = run_batch(GENERATED, tmp_path / "dask", engine=engine)
    assert dask.files == local.files == len(list(GENERATED.glob("*.pdf")))
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")


def test_dask_engine_worker_killed_mid_file_is_retried_elsewhere(tmp_path, engine):
    folder = _folder(tmp_path, 8)
    run_batch(folder, tmp_path / "local", jobs=2)
    before = set(engine.worker_pids().values())
    cache = tmp_path / "dask" / "cache"
    killer = WorkerKiller(engine, "", limit=1, ready=lambda: len(list(cache.glob("*.json"))) >= 1)
    killer.start()
    try:
        summary = run_batch(folder, tmp_path / "dask", engine=engine)
    finally:
        killer.stop.set()
        killer.join()
    assert killer.killed and killer.killed[0] in before  # a worker with a file in hand, after the first file
    assert (summary.processed, summary.failed) == (8, 0)
    assert_same_outputs(tmp_path / "local", tmp_path / "dask")
    _wait_for_workers(engine, 2)
    assert killer.killed[0] not in engine.worker_pids().values()  # the nanny started a new process


def _wait_for_workers(engine: DaskEngine, count: int) -> None:
    engine.client.wait_for_workers(count, timeout=120)


class WorkerKiller(threading.Thread):
    """Kills (SIGKILL) the worker process the scheduler has a matching task on, as soon as it has
    one, up to ``limit`` times: with the file's sha256 as ``marker`` it plays a file that crashes
    every worker that reads it; with ``""`` and ``limit=1`` it is one worker dying mid-file."""

    def __init__(self, engine: DaskEngine, marker: str, *, limit: int | None = None, ready=lambda: True):
        super().__init__(daemon=True)
        self.engine, self.marker, self.limit, self.ready = engine, marker[:16], limit, ready
        self.killed: list[int] = []
        self.stop = threading.Event()

    def run(self) -> None:
        from distributed import Client

        client = Client(self.engine.client.scheduler.address, set_as_default=False)
        try:
            while not self.stop.wait(0.05) and (self.limit is None or len(self.killed) < self.limit):
                if not self.ready():
                    continue
                for address, keys in client.processing().items():
                    if any(self.marker in str(key) for key in keys):
                        self._kill(client, address)
                        break
        finally:
            client.close()

    def _kill(self, client, address: str) -> None:
        try:
            pid = client.run(os.getpid, workers=[address])[address]
        except Exception:  # noqa: BLE001 - the worker is already gone
            return
        os.kill(pid, signal.SIGKILL)
        self.killed.append(pid)
        time.sleep(0.5)  # let the scheduler see it die before looking again


class PoisonFile(WorkerPlugin):
    """A worker plugin that makes one file crash every worker process that starts reading it
    (``os._exit`` as the task begins executing), as a file that segfaults the parser would. It acts
    inside the worker at the moment the task starts, so every attempt dies, with no race against
    a watcher."""

    name = "poison-file"

    def __init__(self, sha256: str) -> None:
        self.marker = sha256[:16]

    def transition(self, key, start, finish, **kwargs) -> None:  # noqa: ARG002
        if finish == "executing" and self.marker in str(key):
            os._exit(70)


# Slow, not flaky: four worker processes die and restart (each restart warms the models up), which
# took 5 minutes on a loaded 2-core machine; run with -m slow.
@pytest.mark.slow
def test_dask_engine_file_that_kills_workers_alone_is_failed_with_that_cause(tmp_path):
    import cloudpickle

    folder = _folder(tmp_path, 4)
    poison = sorted(folder.glob("*.pdf"))[1]
    run_batch(folder, tmp_path / "local", jobs=2)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests/
    try:
        with DaskEngine("local:2", allowed_failures=1) as engine:
            engine.start()
            engine.client.register_plugin(PoisonFile(file_sha256(poison)))
            summary = run_batch(folder, tmp_path / "dask", engine=engine)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert summary.failed == 1
    local_lines = (tmp_path / "local" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    dask_lines = (tmp_path / "dask" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    for expected, got in zip(local_lines, dask_lines, strict=True):
        record = json.loads(got)
        if record["source"]["path"] == str(poison):
            assert record["status"] == "failed"
            assert "worker died: KilledWorker" in record["errors"][0]["message"]
        else:
            assert got == expected  # no innocent file failed, and each is exactly as the local run made it
    assert not (tmp_path / "dask" / "cache" / f"{file_sha256(poison)}.json").exists()  # tried again next run


def dask_run_command(folder: Path, out: Path, scheduler: str) -> list[str]:
    """``std-extract run FOLDER -o OUT --engine dask --scheduler SCHEDULER`` in a fresh interpreter."""
    run = ["run", str(folder), "-o", str(out), "--engine", "dask", "--scheduler", scheduler]
    return [sys.executable, "-m", "std_extract", *run]


def test_cli_run_dask_engine_prints_the_summary_and_writes_the_same_outputs(bad_folder_runs):
    folder, tmp, _, _ = bad_folder_runs
    out = tmp / "cli"
    command = dask_run_command(folder, out, "local:1")
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr  # some files failed (the bad ones), as with --engine local
    assert "dask cluster local:1" in result.stderr
    assert_same_outputs(tmp / "local", out)


@pytest.mark.parametrize("scheduler", ["local:0", "local:x", "nonsense"])
def test_cli_run_refuses_a_malformed_scheduler(tmp_path, scheduler):
    command = dask_run_command(GENERATED, tmp_path / "out", scheduler)
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "--scheduler" in result.stderr and "Traceback" not in result.stderr


def test_dask_engine_reads_inputs_through_an_fsspec_url(bad_folder_runs, engine):
    """A chained fsspec URL (a caching layer over the file system) is not a local path: the files
    are listed, hashed and read through fsspec, each worker parsing its own temporary copy."""
    folder, tmp, _, _ = bad_folder_runs
    url = f"simplecache::file://{folder}"
    summary = run_batch(url, tmp / "url", engine=engine)
    assert (summary.files, summary.failed) == (7, 3)
    for name in ("documents.jsonl", "errors.jsonl", "indicators.csv", "rankings.json", "candidates.csv"):
        expected = (tmp / "local" / name).read_text(encoding="utf-8")
        got = (tmp / "url" / name).read_text(encoding="utf-8")
        assert got.replace(url, str(folder)) == expected, name
    assert url in (tmp / "url" / "documents.jsonl").read_text(encoding="utf-8")
    again = run_batch(url, tmp / "url", engine=engine)
    assert (again.processed, again.cached) == (0, 7)


def test_cli_run_dask_engine_killed_run_resumes_from_the_cache(tmp_path):
    folder = _folder(tmp_path, 8)
    out = tmp_path / "out"
    command = dask_run_command(folder, out, "local:1")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    process = subprocess.Popen(command, **quiet, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list((out / "cache").glob("*.json"))) < 2:
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)  # the client, its scheduler and its worker together
    process.wait()
    done_before = len(list((out / "cache").glob("*.json")))
    assert 2 <= done_before < 8, "the kill should land mid-run"
    with DaskEngine("local:1") as engine:
        resumed = run_batch(folder, out, engine=engine)
    assert resumed.cached >= done_before
    assert resumed.processed + resumed.cached == 8
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 8


def test_dask_engine_relative_paths_are_read_from_the_client_working_directory(
    bad_folder_runs, engine, monkeypatch
):
    """The workers started elsewhere (their working directory is not the client's): a relative
    input and output still work, and the records name the paths as given, as the local engine's do."""
    folder, tmp, _, _ = bad_folder_runs
    monkeypatch.chdir(folder.parent)
    run_batch(Path("in"), Path("rel-local"), jobs=2)
    summary = run_batch(Path("in"), Path("rel-dask"), engine=engine)
    assert (summary.files, summary.failed) == (7, 3)
    for name in ("documents.jsonl", "errors.jsonl", "indicators.csv", "indicators.parquet", "rankings.json"):
        assert (tmp / "rel-dask" / name).read_bytes() == (tmp / "rel-local" / name).read_bytes(), name
