"""The batch run on real files: outputs, bad files, the cache, and resuming a killed run."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from corpora import GENERATED

from std_extract.batch import run_batch
from std_extract.digest import file_sha256
from std_extract.schemas import schema


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for pdf in sorted(GENERATED.glob("*.pdf"))[:count]:
        shutil.copy(pdf, folder / pdf.name)
    return folder


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("batch")
    folder = _folder(tmp, 3)
    (folder / "notes.pdf").write_text("这不是PDF文件", encoding="utf-8")  # not a PDF at all
    good = sorted(folder.glob("Q_*.pdf"))[0].read_bytes()
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])  # damaged: cut short
    out = tmp / "out"
    summary = run_batch(folder, out, jobs=2)
    return folder, out, summary


def test_batch_run_writes_every_output(first_run):
    _, out, summary = first_run
    assert summary.files == 5
    for name in (
        "documents.jsonl",
        "errors.jsonl",
        "indicators.csv",
        "indicators.parquet",
        "rankings.json",
        "candidates.csv",
        "below_floor.csv",
    ):
        assert (out / name).is_file(), name
    rows = list(csv.DictReader((out / "indicators.csv").open(encoding="utf-8")))
    assert rows and len(rows) == pq.read_table(out / "indicators.parquet").num_rows
    assert all(row["document_sha256"] and row["name"] for row in rows)
    # every row carries the value's confidence and review routing, as the record does
    table = pq.read_table(out / "indicators.parquet")
    assert table.schema.field("needs_review").type == pa.bool_()
    assert all(0.0 <= float(row["confidence"]) <= 1.0 for row in rows)
    assert {row["needs_review"] for row in rows} <= {"True", "False"}
    records = [
        json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    flagged = sum(ind["needs_review"] for rec in records for ind in rec["indicators"])
    assert sum(row["needs_review"] == "True" for row in rows) == flagged


def test_batch_run_report_evidence_opens_from_a_relative_input(first_run, tmp_path, monkeypatch):
    """A run over a relative folder (``std-extract run in -o out``): every evidence link of every
    report opens a file that exists, the page image beside the report or the PDF by absolute path."""
    folder, out, _ = first_run
    shutil.copytree(out / "cache", tmp_path / "out" / "cache")  # the records, not parsed again
    monkeypatch.chdir(folder.parent)
    summary = run_batch(Path(folder.name), tmp_path / "out", jobs=1)
    reports = sorted((tmp_path / "out" / "rankings").glob("*/report.html"))
    assert reports and (tmp_path / "out" / "rankings" / "index.html").is_file()
    empty = summary.outputs["plans_without_standards"].split(", ")  # 20 plans, 3 documents
    assert empty and not any((tmp_path / "out" / "rankings" / plan).exists() for plan in empty)
    kinds = set()
    for report in reports:
        for href in re.findall(r'class="evidence" href="([^"]+)"', report.read_text(encoding="utf-8")):
            link = urlparse(href)
            target = Path(unquote(link.path)) if link.scheme == "file" else report.parent / unquote(link.path)
            assert target.is_file() and (link.scheme != "file" or target.parent == folder), href
            kinds.add(link.scheme or "image")
    assert kinds == {"file", "image"}


def test_batch_run_records_validate_against_the_published_schema(first_run):
    _, out, _ = first_run
    validator = jsonschema.Draft202012Validator(schema("document"))
    records = [
        json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == 5
    for record in records:
        validator.validate(record)
    error_validator = jsonschema.Draft202012Validator(schema("error"))
    for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines():
        error_validator.validate(json.loads(line))
    jsonschema.Draft202012Validator(schema("rankings"))  # the schema itself is valid
    indicator_row = jsonschema.Draft202012Validator(schema("indicator-row"))
    for row in csv.DictReader((out / "indicators.csv").open(encoding="utf-8")):
        typed = {k: _typed(k, v) for k, v in row.items()}
        indicator_row.validate(typed)


def _typed(key: str, value: str):
    if value == "":
        return "" if key in {"conditions", "flags"} else None
    if key in {"value", "value_max", "tolerance", "value_normalized", "value_max_normalized", "match_score"}:
        return float(value)
    if key == "page":
        return int(value)
    if key == "confidence":
        return float(value)
    if key == "needs_review":
        return value == "True"
    return value


def test_batch_run_bad_files_are_reported_and_the_rest_goes_on(first_run):
    _, out, summary = first_run
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    by_file = {Path(e["path"]).name: e for e in errors}
    assert by_file["notes.pdf"]["code"] == "not_pdf" and "notes.pdf" in by_file["notes.pdf"]["message"]
    assert by_file["truncated.pdf"]["code"] in {"damaged", "not_pdf"}
    assert summary.failed == 2
    records = [
        json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert sum(1 for r in records if r["status"] == "ok" and r["indicators"]) == 3


def test_batch_run_rerun_over_unchanged_input_does_no_parsing_work(first_run):
    folder, out, _ = first_run
    cache_files = sorted((out / "cache").glob("*.json"))
    stamps = {p: p.stat().st_mtime_ns for p in cache_files}
    again = run_batch(folder, out, jobs=2)
    assert (again.processed, again.cached) == (0, 5)
    assert {p: p.stat().st_mtime_ns for p in cache_files} == stamps


def test_batch_run_changed_file_alone_is_redone(tmp_path):
    folder = _folder(tmp_path, 2)
    out = tmp_path / "out"
    run_batch(folder, out, jobs=1)
    changed = sorted(folder.glob("*.pdf"))[0]
    changed.write_bytes(changed.read_bytes() + b"\n% edited\n")
    again = run_batch(folder, out, jobs=1)
    assert (again.processed, again.cached) == (1, 1)


def test_batch_run_killed_run_resumes_without_losing_work(tmp_path):
    folder = _folder(tmp_path, 8)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "std_extract", "run", str(folder), "-o", str(out), "--jobs", "1"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((out / "cache").glob("*.json"))) < 2:
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)  # the whole group: the CLI and its worker
    process.wait()
    done_before = len(list((out / "cache").glob("*.json")))
    assert 2 <= done_before < 8, "the kill should land mid-run"
    resumed = run_batch(folder, out, jobs=1)
    assert resumed.cached >= done_before
    assert resumed.processed + resumed.cached == 8
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 8


def test_batch_run_survives_a_bad_correction_already_in_the_review_log(tmp_path):
    # Corrections saved before they were validated (or by another tool) stay in the append-only
    # log for ever: a run reports them and goes on.  A unit of 400 nines made every run exit 1
    # with OverflowError, after documents.jsonl was rewritten and before the rankings were.
    from std_extract.review import open_store

    folder = _folder(tmp_path, 2)
    out = tmp_path / "out"
    run_batch(folder, out, jobs=1)
    record = json.loads((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    sha, first, second = record["source"]["sha256"], record["indicators"][0], record["indicators"][1]
    store = open_store(out_dir=out)
    for indicator, changes in ((first, {"unit": "9" * 400}), (second, {"value": {"not": "a number"}})):
        field, new = next(iter(changes.items()))
        store.save_indicator(
            sha,
            indicator["id"],
            reviewer="old-tool",
            expected_version=0,
            review_state="corrected",
            changes=changes,
            base=None,
            added=None,
            events=[(field, indicator[field], new)],
            reason=None,
        )
    store.close()
    rankings = out / "rankings.json"
    os.utime(rankings, (0, 0))
    summary = run_batch(folder, out, jobs=1)
    assert summary.files == 2
    assert rankings.stat().st_mtime > 0  # the rankings were written again
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    [bad] = [e for e in errors if e["code"] == "correction_failed"]
    assert bad["stage"] == "review" and second["id"] in bad["message"] and "event version 1" in bad["message"]
    documents = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    [applied] = [r for r in map(json.loads, documents) if r["source"]["sha256"] == sha]
    by_id = {i["id"]: i for i in applied["indicators"]}
    assert by_id[first["id"]]["unit"] == "9" * 400 and by_id[first["id"]]["value_normalized"] is None
    assert by_id[second["id"]]["value"] == second["value"] and applied["status"] == "partial"


# -- exit codes, folders, entries that are not files ------------------------------------------------


def _cli(*args: str):
    from typer.testing import CliRunner

    from std_extract.cli import app

    return CliRunner().invoke(app, ["run", *args])


def test_batch_run_exit_codes_tell_pipelines_what_happened(tmp_path, first_run):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("no PDFs here", encoding="utf-8")
    nothing = _cli(str(empty), "-o", str(tmp_path / "out-empty"))
    assert nothing.exit_code == 3, nothing.output  # nothing to do
    assert not (tmp_path / "out-empty").exists()  # and no empty reports for every plan
    good = _folder(tmp_path, 1)
    assert _cli(str(good), "-o", str(tmp_path / "out-good"), "--jobs", "1").exit_code == 0
    folder, out, _ = first_run  # two bad files among five: everything cached by now
    some_failed = _cli(str(folder), "-o", str(out), "--jobs", "1")
    assert some_failed.exit_code == 1, some_failed.output
    could_not = _cli(str(folder), "-o", str(out), "--engine", "nosuch")
    assert could_not.exit_code == 2


def test_batch_run_refuses_an_output_folder_as_input(first_run, tmp_path):
    # `std-extract run out -o out` exited 0 and rewrote documents.jsonl with 0 records.
    folder, out, _ = first_run
    before = (out / "documents.jsonl").read_bytes()
    for args in (
        [str(out), "-o", str(out)],
        [str(out), "-o", str(tmp_path / "other")],
        [str(folder), "-o", str(folder)],
    ):
        result = _cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "output folder" in result.output.replace("\n", "")
    assert (out / "documents.jsonl").read_bytes() == before
    assert not (tmp_path / "other").exists()


def test_batch_run_entries_named_like_pdfs_that_are_not_files_are_reported(tmp_path):
    folder = _folder(tmp_path, 1)
    (folder / "loop.pdf").symlink_to(folder / "loop.pdf")
    (folder / "gone.pdf").symlink_to(folder / "nowhere.pdf")
    os.mkfifo(folder / "pipe.pdf")
    (folder / "folder.pdf").mkdir()
    shutil.copy(sorted(GENERATED.glob("*.pdf"))[1], folder / "folder.pdf" / "inside.pdf")
    out = tmp_path / "out"
    summary = run_batch(folder, out, jobs=1)
    assert (summary.files, summary.failed, summary.skipped, summary.exit_code) == (2, 0, 4, 1)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    by_name = {Path(e["path"]).name: e["message"] for e in errors}
    assert "symbolic link loop" in by_name["loop.pdf"]
    assert "dangling symbolic link" in by_name["gone.pdf"]
    assert "FIFO" in by_name["pipe.pdf"]
    assert "folder named like a PDF" in by_name["folder.pdf"]
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 2


# -- worker processes -----------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Live processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _has_open(pid: int, name: str) -> bool:
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}").endswith(name) for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False


class _Killer:
    """A thread that SIGKILLs this process's pool workers: once, any busy one (``file`` None), or
    every worker that opens ``file`` (a file that kills whatever reads it)."""

    def __init__(self, cache: Path, file: str | None = None):
        import threading

        self.cache, self.file, self.kills, self.stop = cache, file, 0, threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()

    def _watch(self) -> None:
        while not self.stop.is_set():
            workers = _children(os.getpid())
            if self.file is not None:
                victims = [pid for pid in workers if _has_open(pid, self.file)]
            else:
                busy = len(list(self.cache.glob("*.json"))) >= 1 and len(workers) >= 2 and not self.kills
                victims = workers[:1] if busy else []
            for pid in victims:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                    self.kills += 1
            time.sleep(0.005)


def test_batch_run_reads_the_largest_files_first(tmp_path):
    # Longest processing time first: a big standard left for the end keeps one worker busy alone.
    folder = _folder(tmp_path, 4)
    out = tmp_path / "out"
    run_batch(folder, out, jobs=1)
    size = {file_sha256(pdf): pdf.stat().st_size for pdf in folder.glob("*.pdf")}
    written = sorted((out / "cache").glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    sizes = [size[p.stem] for p in written]
    assert len(sizes) == 4 and sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_batch_run_a_killed_worker_poisons_no_file(tmp_path):
    # Killing one worker of --jobs 2 recorded 4 files as failed (BrokenProcessPool) and cached that.
    folder = _folder(tmp_path, 8)
    out = tmp_path / "out"
    (out / "cache").mkdir(parents=True)
    with _Killer(out / "cache") as killer:
        summary = run_batch(folder, out, jobs=2)
    assert killer.kills == 1
    assert (summary.files, summary.failed) == (8, 0)
    records = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "cache").glob("*.json")]
    assert len(records) == 8 and all(r["status"] == "ok" for r in records)


def test_batch_run_only_the_file_that_kills_its_worker_fails_and_is_not_cached(tmp_path):
    folder = _folder(tmp_path, 5)
    killer_file = max(folder.glob("*.pdf"), key=lambda p: p.stat().st_size)
    killer_file.rename(folder / "killer.pdf")
    out = tmp_path / "out"
    (out / "cache").mkdir(parents=True)
    with _Killer(out / "cache", file="killer.pdf") as killer:
        summary = run_batch(folder, out, jobs=2)
    assert killer.kills >= 2  # in the pool, and again alone
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [Path(e["path"]).name for e in errors] == ["killer.pdf"] and summary.failed == 1
    assert "worker died" in errors[0]["message"]
    assert not (out / "cache" / f"{errors[0]['sha256']}.json").exists()  # the next run tries it again
    assert len(list((out / "cache").glob("*.json"))) == 4


def test_batch_run_killed_with_sigkill_leaves_no_worker_behind(tmp_path):
    folder = _folder(tmp_path, 8)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "std_extract", "run", str(folder), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (
            len(_children(process.pid)) >= 2 and list(out.glob("cache/*.json"))
        ):
            time.sleep(0.05)
        workers = _children(process.pid)
        assert len(workers) >= 2, "the run should be mid-way"
        process.send_signal(signal.SIGKILL)  # the run only, as `kill -9 PID` does
        process.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
            time.sleep(0.1)
        alive = [pid for pid in workers if Path(f"/proc/{pid}/stat").exists() and "Z" not in _state(pid)]
        assert not alive, f"workers {alive} outlived their run"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"
