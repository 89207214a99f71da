"""Golden snapshots of records and committed score files: the guard against regressions.

A snapshot is a record as the pipeline wrote it, without what depends on the machine or the
release (``pipeline_version``, the folder part of ``source.path``), and with model scores of the
classifier rounded (a trained model's last digits may differ between CPUs).  Two snapshots are
compared field by field: numbers exactly, bounding boxes within :data:`BBOX_TOLERANCE` points
(docling's golden files do the same).  A score file (``corpus/<set>/scores.json``) holds a set's
F1 and the precision and recall of its unflagged values; the ratchet fails when any falls more than
:data:`RATCHET_MARGIN` below it, and, for the documents no snapshot covers, when one document's count
of found values falls.

Both are rewritten only when ``STD_EXTRACT_UPDATE_SNAPSHOTS=1`` (tests/README.md), and the diff is
reviewed like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from std_extract.evaluate.report import GroupScores
from std_extract.record import DocumentRecord

UPDATE_SWITCH = "STD_EXTRACT_UPDATE_SNAPSHOTS"
# Rewriting the snapshots must not take in a fall nobody meant: a score that falls past the ratchet
# is rewritten only for the sets this switch names ("typeset2,press", or "all"). Without it, the
# rewrite of one owner's sets cannot bury another change's regression in a committed score file.
ACCEPT_FALL_SWITCH = "STD_EXTRACT_ACCEPT_FALL"
BBOX_TOLERANCE = 0.5  # points: a glyph box may move by rounding in pdfminer, a value may not
RATCHET_MARGIN = 0.005  # half a point of F1 or of unflagged precision
# The figures the ratchet holds: F1, and the precision and recall of the unflagged values (a
# confidence model that flags everything keeps its precision; only the recall shows the loss).
RATCHETED = ("f1", "unflagged_precision", "unflagged_recall")
SNAPSHOT_SUFFIX = ".record.json"
SCORES_FILE = "scores.json"
_MODEL_SCORE_KEYS = frozenset({"score", "confidence"})  # under "classification" only
_MODEL_SCORE_PLACES = 4


def update_requested() -> bool:
    """Whether snapshots and score files are to be rewritten (the switch is set and not "0")."""
    return os.environ.get(UPDATE_SWITCH, "").strip() not in ("", "0")


def fall_accepted(set_name: str) -> bool:
    """Whether the rewrite may lower ``set_name``'s committed scores (:data:`ACCEPT_FALL_SWITCH`)."""
    named = {n.strip() for n in os.environ.get(ACCEPT_FALL_SWITCH, "").split(",") if n.strip()}
    return "all" in named or set_name in named


def snapshot_of(record: DocumentRecord) -> dict[str, Any]:
    """The comparable form of a record (see the module docstring)."""
    data = record.model_dump(mode="json")
    data.pop("pipeline_version", None)
    data["source"]["path"] = Path(data["source"]["path"]).name
    if data.get("classification"):
        data["classification"] = _rounded(data["classification"])
    return data


def _rounded(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _rounded(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_rounded(v, key) for v in node]
    if isinstance(node, float) and key in _MODEL_SCORE_KEYS:
        return round(node, _MODEL_SCORE_PLACES)
    return node


def snapshot_path(folder: Path, stem: str) -> Path:
    return folder / f"{stem}{SNAPSHOT_SUFFIX}"


def write_snapshot(path: Path, record: DocumentRecord) -> None:
    path.write_text(json.dumps(snapshot_of(record), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_snapshot(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def snapshot_differences(
    expected: Any, actual: Any, *, tolerance: float = BBOX_TOLERANCE, limit: int = 20
) -> list[str]:
    """Where two snapshots differ, as ``path: expected -> actual`` lines (at most ``limit``)."""
    out: list[str] = []
    _compare(expected, actual, "", tolerance, out, limit)
    return out


def _compare(expected: Any, actual: Any, path: str, tolerance: float, out: list[str], limit: int) -> None:
    if len(out) >= limit:
        return
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in dict.fromkeys([*expected, *actual]):
            if key not in actual or key not in expected:
                was, now = expected.get(key, "(absent)"), actual.get(key, "(absent)")
                out.append(f"{path}.{key}: {_short(was)} -> {_short(now)}")
            else:
                _compare(expected[key], actual[key], f"{path}.{key}", tolerance, out, limit)
        return
    if isinstance(expected, list) and isinstance(actual, list):
        if path.endswith(".bbox") and len(expected) == len(actual) == 4:
            if any(abs(a - b) > tolerance for a, b in zip(expected, actual, strict=True)):
                out.append(f"{path}: {expected} -> {actual} (beyond {tolerance} pt)")
            return
        if len(expected) != len(actual):
            out.append(f"{path}: {len(expected)} items -> {len(actual)} items" + _first_new(expected, actual))
            return
        for k, (a, b) in enumerate(zip(expected, actual, strict=True)):
            _compare(a, b, f"{path}[{k}]", tolerance, out, limit)
        return
    if expected != actual or (type(expected) is not type(actual) and not _same_number(expected, actual)):
        out.append(f"{path}: {_short(expected)} -> {_short(actual)}")


def _same_number(a: Any, b: Any) -> bool:
    return isinstance(a, int | float) and isinstance(b, int | float) and a == b


def _first_new(expected: list, actual: list) -> str:
    """For lists of indicators: the first name present on one side only."""
    names = [
        {str(i["name"]) for i in side if isinstance(i, dict) and i.get("name") is not None}
        for side in (expected, actual)
    ]
    gone, new = sorted(names[0] - names[1]), sorted(names[1] - names[0])
    parts = ([f"gone {gone[:3]}"] if gone else []) + ([f"new {new[:3]}"] if new else [])
    return f" ({'; '.join(parts)})" if parts else ""


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


# --- score files and the ratchet -----------------------------------------------------------------


class SetScores(BaseModel):
    """The figures the ratchet holds a set (or part of one) to."""

    documents: int
    f1: float | None
    unflagged_precision: float | None
    unflagged_recall: float | None = None
    share_flagged: float | None = None


class ScoreFile(BaseModel):
    """``corpus/<set>/scores.json``: per part of the set ("all", or "dev"/"test"), its figures."""

    set: str
    commit: str | None = None
    measured: str | None = None
    parts: dict[str, SetScores]
    # Gold values found per document, for the documents of a set that no snapshot covers and that are
    # not held out (corpus/generated's nine in ten): on a set of 103 documents, half a point of F1 is
    # eight values, so a rule that loses four of one document passes the ratchet unseen.
    found_by_document: dict[str, int] | None = None


def set_scores(group: GroupScores) -> SetScores:
    calibration = group.indicators.calibration
    return SetScores(
        documents=group.documents,
        f1=_round(group.indicators.all.f1),
        unflagged_precision=_round(calibration.unflagged.precision),
        unflagged_recall=_round(calibration.unflagged.recall),
        share_flagged=_round(calibration.share_flagged),
    )


def found_falls(committed: dict[str, int], current: dict[str, int]) -> list[str]:
    """Each document whose count of found gold values fell below its committed count (no margin: one
    value lost is a change someone should have meant)."""
    out = []
    for stem, was in sorted(committed.items()):
        now = current.get(stem)
        if now is None or now < was:
            out.append(f"{stem}: found {was} -> {'not evaluated' if now is None else now}")
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def read_scores(path: Path) -> ScoreFile:
    return ScoreFile.model_validate_json(path.read_text(encoding="utf-8"))


def write_scores(path: Path, scores: ScoreFile) -> None:
    exclude = {"found_by_document"} if scores.found_by_document is None else None
    path.write_text(scores.model_dump_json(indent=1, exclude=exclude) + "\n", encoding="utf-8")


def ratchet_failures(committed: SetScores, current: SetScores, margin: float = RATCHET_MARGIN) -> list[str]:
    """Each figure that fell more than ``margin`` below its committed value."""
    out = []
    for name in RATCHETED:
        was, now = getattr(committed, name), getattr(current, name)
        if was is not None and (now is None or now < was - margin):
            out.append(f"{name} fell from {was:.4f} to {'none' if now is None else f'{now:.4f}'}")
    return out
