"""The batch run on real files: outputs, bad files, the cache, and resuming a killed run."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from std_extract.batch import run_batch
from std_extract.schemas import schema

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus" / "generated"


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for pdf in sorted(CORPUS.glob("*.pdf"))[:count]:
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
    for name in ("documents.jsonl", "errors.jsonl", "indicators.csv", "indicators.parquet",
                 "rankings.json", "candidates.csv", "below_floor.csv"):
        assert (out / name).is_file(), name
    rows = list(csv.DictReader((out / "indicators.csv").open(encoding="utf-8")))
    assert rows and len(rows) == pq.read_table(out / "indicators.parquet").num_rows
    assert all(row["document_sha256"] and row["name"] for row in rows)


def test_batch_run_records_validate_against_the_published_schema(first_run):
    _, out, _ = first_run
    validator = jsonschema.Draft202012Validator(schema("document"))
    records = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
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
        return "" if key == "conditions" else None
    if key in {"value", "value_max", "tolerance", "value_normalized", "value_max_normalized", "match_score"}:
        return float(value)
    if key == "page":
        return int(value)
    return value


def test_batch_run_bad_files_are_reported_and_the_rest_goes_on(first_run):
    _, out, summary = first_run
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    by_file = {Path(e["path"]).name: e for e in errors}
    assert by_file["notes.pdf"]["code"] == "not_pdf" and "notes.pdf" in by_file["notes.pdf"]["message"]
    assert by_file["truncated.pdf"]["code"] in {"damaged", "not_pdf"}
    assert summary.failed == 2
    records = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
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
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
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
            sha, indicator["id"], reviewer="old-tool", expected_version=0, review_state="corrected",
            changes=changes, base=None, added=None, events=[(field, indicator[field], new)], reason=None,
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
