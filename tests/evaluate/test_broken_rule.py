"""A deliberately broken rule fails the regression guard: the whole pipeline, run from a copy of the
package whose extractors/comparators.toml has one entry changed ("≤" read as "≥"), gives a record
that differs from its committed snapshot and a score the ratchet refuses.

The copy links every module of the installed package and every other rule file, so the only
difference is the one entry; the pipeline runs in a subprocess, as a user's would, because rule
files are read once per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import std_extract
from std_extract.evaluate import score_documents
from std_extract.evaluate.gold import read_gold
from std_extract.evaluate.snapshots import (
    SCORES_FILE,
    found_falls,
    ratchet_failures,
    read_scores,
    read_snapshot,
    set_scores,
    snapshot_differences,
    snapshot_of,
    snapshot_path,
)
from std_extract.pipeline import process_file
from std_extract.record import DocumentRecord

GENERATED = Path(__file__).resolve().parents[2] / "corpus" / "generated"
STEM = "Q_110108JCZS_028-2024"  # one of the generated documents with a snapshot; limits printed with ≤
UNSNAPSHOTTED = "Q_110108LASW_015-2021"  # one without a snapshot (nine in ten), six of its limits with ≤
RUN = (
    "import sys, std_extract; from std_extract.pipeline import process_file; "
    "assert std_extract.__file__.startswith(sys.argv[2]), std_extract.__file__; "
    "print(process_file(sys.argv[1], classify=False).model_dump_json())"
)


def _package_with_rule_changed(root: Path, rule_file: str, old: str, new: str) -> Path:
    """``root/std_extract``: links to the installed package's modules and rule files, except
    ``extractors/<rule_file>``, a copy with ``old`` replaced by ``new`` once."""
    real = Path(std_extract.__file__).resolve().parent
    package = root / "std_extract"
    (package / "extractors").mkdir(parents=True)
    for entry in real.iterdir():
        if entry.name not in ("extractors", "__pycache__"):
            (package / entry.name).symlink_to(entry.resolve())
    for entry in (real / "extractors").iterdir():
        if entry.name != rule_file:
            (package / "extractors" / entry.name).symlink_to(entry.resolve())
    text = (real / "extractors" / rule_file).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (package / "extractors" / rule_file).write_text(text.replace(old, new), encoding="utf-8")
    return root


def _run_from(root: Path, pdf: Path) -> DocumentRecord:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(pdf), str(root)], env=env, capture_output=True, text=True, check=True
    )
    return DocumentRecord.model_validate_json(done.stdout)


def _indicators(snapshot: dict) -> dict:
    """The part of a snapshot extraction writes (the runs here leave classification out)."""
    return {"indicators": snapshot["indicators"]}


def test_broken_rule_fails_the_snapshot_and_the_ratchet(tmp_path):
    pdf, gold = GENERATED / f"{STEM}.pdf", read_gold(GENERATED / f"{STEM}.gold.json")
    snapshot = _indicators(read_snapshot(snapshot_path(GENERATED, STEM)))
    shipped = process_file(pdf, classify=False)
    assert snapshot_differences(snapshot, _indicators(snapshot_of(shipped))) == []

    root = _package_with_rule_changed(tmp_path, "comparators.toml", '"≤" = "<="', '"≤" = ">="')
    broken = _run_from(root, pdf)

    differences = snapshot_differences(snapshot, _indicators(snapshot_of(broken)))
    assert '.indicators[0].comparator: "<=" -> ">="' in differences, differences[:5]
    good = set_scores(score_documents([(gold, shipped)]).total)
    fallen = set_scores(score_documents([(gold, broken)]).total)
    assert any(failure.startswith("f1 fell from") for failure in ratchet_failures(good, fallen))


def test_broken_rule_fails_the_found_count_of_a_document_without_a_snapshot(tmp_path):
    """Nine in ten generated documents have no snapshot, and half a point of the set's F1 is eight
    values: the committed per-document found counts catch the values one of them loses."""
    pdf, gold = GENERATED / f"{UNSNAPSHOTTED}.pdf", read_gold(GENERATED / f"{UNSNAPSHOTTED}.gold.json")
    assert not snapshot_path(GENERATED, UNSNAPSHOTTED).exists()
    counts = read_scores(GENERATED / SCORES_FILE).found_by_document
    assert counts is not None and UNSNAPSHOTTED in counts
    committed = {UNSNAPSHOTTED: counts[UNSNAPSHOTTED]}

    shipped = process_file(pdf, classify=False)
    found = score_documents([(gold, shipped)]).documents[0].indicators.all.found
    assert found_falls(committed, {UNSNAPSHOTTED: found}) == []  # the shipped rules keep the count

    root = _package_with_rule_changed(tmp_path, "comparators.toml", '"≤" = "<="', '"≤" = ">="')
    broken = _run_from(root, pdf)
    lost = score_documents([(gold, broken)]).documents[0].indicators.all.found
    assert lost < found
    assert found_falls(committed, {UNSNAPSHOTTED: lost}) == [f"{UNSNAPSHOTTED}: found {found} -> {lost}"]
