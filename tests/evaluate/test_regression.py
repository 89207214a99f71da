"""The guard against regressions: golden snapshots of records and a ratchet on committed scores.

Each evaluation set is run once per test session (in a process pool) and shared by both checks:

- snapshots: ``corpus/<set>/<stem>.record.json`` for the DEV split of corpus/real-dev, of
  ../shared/enterprise-dev (kept in corpus/enterprise-dev/), of corpus/written, of corpus/national, of
  corpus/national-office, of corpus/typeset, of corpus/typeset2, of corpus/press, of corpus/typst, of
  corpus/weasy, of corpus/fpdf, of corpus/mupdf, of corpus/luatex, of corpus/pdftex, of corpus/docx, of
  corpus/context and of corpus/chromium, and every tenth document of corpus/generated; a test split's
  per-document output is never written (``corpus/<set>/split.csv``: rules are not written from it);
  numbers compare exactly, bboxes within 0.5 pt;
- the ratchet: ``corpus/<set>/scores.json`` holds F1 and the precision and recall of the unflagged
  values, per part of the set ("all", or "dev" and "test"); a fall of more than half a point fails.

``STD_EXTRACT_UPDATE_SNAPSHOTS=1 python -m pytest tests/evaluate/test_regression.py`` rewrites
both (tests/README.md); without snapshots or a score file for a set, its check is skipped.
"""

from __future__ import annotations

import csv
import datetime
import os
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from corpora import (
    CHROMIUM,
    CONTEXT,
    DOCX,
    FPDF,
    LUATEX,
    MUPDF,
    NATIONAL,
    NATIONAL_OFFICE,
    PDFTEX,
    PRESS,
    REPO,
    SHARED,
    TYPESET,
    TYPESET2,
    TYPST,
    WEASY,
    WRITTEN,
)

from std_extract.evaluate import evaluate_entries, load_corpus
from std_extract.evaluate.report import EvalReport
from std_extract.evaluate.score import aggregate
from std_extract.evaluate.snapshots import (
    ACCEPT_FALL_SWITCH,
    SCORES_FILE,
    UPDATE_SWITCH,
    ScoreFile,
    fall_accepted,
    found_falls,
    ratchet_failures,
    read_scores,
    read_snapshot,
    set_scores,
    snapshot_differences,
    snapshot_of,
    snapshot_path,
    update_requested,
    write_scores,
    write_snapshot,
)
from std_extract.record import DocumentRecord

GENERATED_SAMPLE_EVERY = 10
REGENERATE = f"{UPDATE_SWITCH}=1 python -m pytest tests/evaluate/test_regression.py"


@dataclass(frozen=True)
class EvalSet:
    name: str
    gold_dir: Path  # where the *.gold.json files are
    folder: Path  # corpus/<set>/ in the repository: snapshots and scores.json

    def part(self, stem: str) -> str:
        """Which part of the set a document is in: "all" without a split.csv, else its split (a
        document the file does not list counts as "test")."""
        split = _split(self.folder)
        return split.get(stem, "test") if split else "all"

    def snapshotted(self, stems: list[str]) -> list[str]:
        """The documents with a snapshot: the dev split (or all) of a real set, every tenth
        document of the generated corpus."""
        if self.name == "generated":
            return sorted(stems)[::GENERATED_SAMPLE_EVERY]
        return [s for s in stems if self.part(s) in ("all", "dev")]


SETS = {
    s.name: s
    for s in (
        EvalSet("generated", REPO / "corpus" / "generated", REPO / "corpus" / "generated"),
        EvalSet("real-dev", REPO / "corpus" / "real-dev", REPO / "corpus" / "real-dev"),
        EvalSet("enterprise-dev", SHARED / "enterprise-dev", REPO / "corpus" / "enterprise-dev"),
        EvalSet("written", WRITTEN, WRITTEN),
        EvalSet("national", NATIONAL, NATIONAL),
        EvalSet("national-office", NATIONAL_OFFICE, NATIONAL_OFFICE),
        EvalSet("typeset", TYPESET, TYPESET),
        EvalSet("typeset2", TYPESET2, TYPESET2),
        EvalSet("press", PRESS, PRESS),
        EvalSet("typst", TYPST, TYPST),
        EvalSet("weasy", WEASY, WEASY),
        EvalSet("fpdf", FPDF, FPDF),
        EvalSet("mupdf", MUPDF, MUPDF),
        EvalSet("luatex", LUATEX, LUATEX),
        EvalSet("pdftex", PDFTEX, PDFTEX),
        EvalSet("docx", DOCX, DOCX),
        EvalSet("context", CONTEXT, CONTEXT),
        EvalSet("chromium", CHROMIUM, CHROMIUM),
    )
}


@cache
def _split(folder: Path) -> dict[str, str]:
    """stem -> "dev" or "test" from ``folder/split.csv``; empty when there is none."""
    path = folder / "split.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["stem"]: row["split"] for row in csv.DictReader(handle)}


@dataclass
class SetRun:
    report: EvalReport
    records: dict[str, DocumentRecord]  # stem -> record
    parts: dict[str, str]  # stem -> part
    snapshotted: list[str]  # the stems with a snapshot


def _stem(gold_path: Path) -> str:
    return gold_path.name.removesuffix(".gold.json")


@cache
def _run(name: str) -> SetRun:
    eval_set = SETS[name]
    entries = load_corpus(eval_set.gold_dir) if eval_set.gold_dir.is_dir() else []
    if not entries or any(e.pdf_path is None for e in entries):
        missing = next(
            (e.skip_reason for e in entries if e.pdf_path is None), f"{eval_set.gold_dir} is absent"
        )
        pytest.skip(f"{name}: {missing}")
    records: dict[str, DocumentRecord] = {}
    jobs = max(1, min(4, os.cpu_count() or 1))
    report = evaluate_entries(
        entries,
        jobs=jobs,
        on_record=lambda entry, record: records.__setitem__(_stem(entry.gold_path), record),
    )
    parts = {stem: eval_set.part(stem) for stem in records}
    return SetRun(report, records, parts, eval_set.snapshotted(sorted(records)))


@pytest.fixture(scope="module", params=sorted(SETS))
def set_run(request) -> tuple[EvalSet, SetRun]:
    """One evaluation set, run once for the module (both checks share it)."""
    return SETS[request.param], _run(request.param)


def test_regression_no_extraction_crash(set_run):
    eval_set, run = set_run
    assert not run.report.extraction_errors, [e.model_dump() for e in run.report.extraction_errors]


def test_regression_records_match_their_snapshots(set_run):
    eval_set, run = set_run
    stems = eval_set.snapshotted(sorted(run.records))
    if update_requested():
        _refuse_an_unaccepted_fall(eval_set, run)
        for stem in stems:
            path, record = snapshot_path(eval_set.folder, stem), snapshot_of(run.records[stem])
            # a record equal to its snapshot within the tolerances keeps the file as it is: bboxes
            # jitter in the last float digits between runs, and a rewrite would be noise in the diff
            if path.exists() and not snapshot_differences(read_snapshot(path), record):
                continue
            write_snapshot(path, run.records[stem])
        return
    present = [s for s in stems if snapshot_path(eval_set.folder, s).exists()]
    if not present:
        pytest.skip(f"no snapshots in {eval_set.folder} yet: {REGENERATE}")
    report = []
    for stem in stems:
        path = snapshot_path(eval_set.folder, stem)
        if not path.exists():
            report.append(f"{stem}: no snapshot")
            continue
        differences = snapshot_differences(read_snapshot(path), snapshot_of(run.records[stem]))
        report.extend(f"{stem}{line}" for line in differences)
    assert not report, (
        "records differ from their snapshots (if intended: " + REGENERATE + ")\n" + "\n".join(report[:60])
    )


def _part_scores(run: SetRun):
    by_part: dict[str, list] = {}
    for doc in run.report.documents:
        by_part.setdefault(run.parts[_stem(Path(doc.gold_file))], []).append(doc)
    return {part: set_scores(aggregate(docs).total) for part, docs in sorted(by_part.items())}


def _found(run: SetRun) -> dict[str, int]:
    """stem -> gold values found, for the documents of the "all" part no snapshot covers (a split
    set's dev documents have snapshots; its test documents' per-document figures are never written)."""
    covered = set(run.snapshotted)
    return {
        stem: doc.indicators.all.found
        for doc in run.report.documents
        if (stem := _stem(Path(doc.gold_file))) not in covered and run.parts[stem] == "all"
    }


def _falls(eval_set: EvalSet, run: SetRun) -> list[str]:
    """Each committed figure of the set that the run falls more than the ratchet's margin below."""
    path = eval_set.folder / SCORES_FILE
    if not path.exists():
        return []
    current = _part_scores(run)
    committed = read_scores(path)
    falls = [
        f"{eval_set.name}/{fall}" for fall in found_falls(committed.found_by_document or {}, _found(run))
    ]
    for part, scores in committed.parts.items():
        if part not in current:
            falls.append(f"{eval_set.name}/{part}: no document of this part was evaluated")
            continue
        failures = ratchet_failures(scores, current[part])
        falls.extend(f"{eval_set.name}/{part}: {failure}" for failure in failures)
    return falls


def _refuse_an_unaccepted_fall(eval_set: EvalSet, run: SetRun) -> None:
    """A rewrite does not write a fall into the snapshots or scores unless the fall is named."""
    falls = _falls(eval_set, run)
    if falls and not fall_accepted(eval_set.name):
        pytest.fail(
            "refusing to rewrite a fall into the committed scores:\n"
            + "\n".join(falls)
            + f"\n(if it is meant: {ACCEPT_FALL_SWITCH}={eval_set.name} {REGENERATE} -k {eval_set.name})"
        )


def _head() -> str | None:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    return done.stdout.strip() or None


def test_regression_scores_do_not_fall_below_the_committed_ones(set_run):
    eval_set, run = set_run
    current = _part_scores(run)
    path = eval_set.folder / SCORES_FILE
    if update_requested():
        _refuse_an_unaccepted_fall(eval_set, run)
        today = datetime.datetime.now(datetime.UTC).date().isoformat()
        found = _found(run) or None
        scores = ScoreFile(
            set=eval_set.name, commit=_head(), measured=today, parts=current, found_by_document=found
        )
        write_scores(path, scores)
        return
    if not path.exists():
        pytest.skip(f"no {path.relative_to(REPO)} yet: {REGENERATE}")
    failures = _falls(eval_set, run)
    assert not failures, "\n".join(failures) + f"\n(an intended change: {REGENERATE})"


def test_regression_update_switch_is_off_in_ci():
    """CI compares; it never rewrites what it compares against."""
    if os.environ.get("CI", "").lower() == "true":
        assert not update_requested(), f"{UPDATE_SWITCH} must not be set in CI"
