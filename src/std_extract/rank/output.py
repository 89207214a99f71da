"""Write a ranking to files: per plan ``rankings.json``, ``candidates.csv``, ``below_floor.csv``,
``report.html`` and the images of the pages it cites (``evidence/``) under ``OUT_DIR/<plan id>/``;
``OUT_DIR/index.html`` listing every plan (and those no standard fell under, which get no folder);
``OUT_DIR/unassigned.csv`` for records in no plan.

Every file is a pure function of the result (and, for the page images, of the source PDFs): the
same inputs give byte-identical files.
CSV files are UTF-8 with a byte-order mark (spreadsheet software then reads the Chinese text) and
text cells that a spreadsheet would run as a formula are prefixed with an apostrophe, because the
text comes from untrusted documents.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel

from std_extract.rank.evidence import (
    EVIDENCE_FOLDER,
    EvidenceOptions,
    PendingEvidence,
    finish_evidence,
    remove_stale_images,
    start_evidence,
)
from std_extract.rank.report import IndexEntry, render_index, report_chunks
from std_extract.rank.result import LeftOut, PlanRanking, RankingResult

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CANDIDATE_COLUMNS = [
    "plan",
    "number",
    "title",
    "enterprise",
    "sha256",
    "path",
    "completeness",
    "advancement",
    "conformance",
    "explanation_zh",
    "explanation_en",
]
BELOW_FLOOR_COLUMNS = [
    "plan",
    "number",
    "title",
    "enterprise",
    "sha256",
    "path",
    "indicator",
    "canonical_id",
    "name",
    "grade",
    "comparator",
    "declared",
    "unit",
    "value_text",
    "floor",
    "floor_min",
    "floor_max",
    "floor_source",
    "page",
    "source_text",
    "ranked",
]
LEFT_OUT_COLUMNS = ["number", "sha256", "path", "indicator", "reason", "detail"]


def write_outputs(
    result: RankingResult,
    out_dir: Path,
    evidence: EvidenceOptions | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[Path]:
    """All files of a result; returns the paths written, in order.  A plan no record fell under
    gets no folder (no empty report): ``index.html`` names it.  ``evidence``: where relative
    source paths are found (default: the current folder) and how many page images to render.
    ``meanwhile``: other work of the caller, done once every plan's images are on their way (with
    an executor, while its workers render them), before the reports."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pending: dict[str, PendingEvidence] = {}
    if evidence is not None and evidence.executor is not None:  # every plan's images on their way
        pending = {
            r.plan.id: start_evidence(r, out_dir / r.plan.id, evidence) for r in result.plans if r.assigned
        }
    if meanwhile is not None:
        meanwhile()
    for ranking in result.plans:
        if ranking.assigned:
            folder = out_dir / ranking.plan.id
            written += write_plan_outputs(ranking, folder, evidence, pending.get(ranking.plan.id))
        else:
            remove_plan_outputs(out_dir / ranking.plan.id)
    return written + write_index(out_dir, [IndexEntry.of(r) for r in result.plans], result.unassigned)


def write_index(out_dir: Path, entries: list[IndexEntry], unassigned: list[LeftOut]) -> list[Path]:
    """``index.html`` (every plan, a report for those a standard fell under) and ``unassigned.csv``."""
    index = out_dir / "index.html"
    reported = {e.plan.id for e in entries if e.assigned}
    index.write_text(render_index(entries, reported, len(unassigned)), encoding="utf-8")
    path = out_dir / "unassigned.csv"
    path.write_text(left_out_csv(unassigned), encoding="utf-8-sig", newline="")
    return [index, path]


def write_plan_outputs(
    ranking: PlanRanking,
    folder: Path,
    evidence: EvidenceOptions | None = None,
    pending: PendingEvidence | None = None,
) -> list[Path]:
    """One plan's files, its report's page images first (``pending``: already started)."""
    folder.mkdir(parents=True, exist_ok=True)
    links, images = finish_evidence(pending or start_evidence(ranking, folder, evidence or EvidenceOptions()))
    files: dict[str, Callable[[TextIO], object]] = {
        "rankings.json": lambda out: write_rankings_json(ranking, out),
        "candidates.csv": lambda out: out.write(candidates_csv(ranking)),
        "below_floor.csv": lambda out: out.write(below_floor_csv(ranking)),
        "report.html": lambda out: out.writelines(report_chunks(ranking, links)),
    }
    paths = [folder / name for name in files]
    try:  # each file complete, or the plan's files of an earlier run left as they were
        for path, write in zip(paths, files.values(), strict=True):
            with _tmp(path).open(
                "w", encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8", newline=""
            ) as out:
                write(out)
    except BaseException:
        for path in paths:
            _tmp(path).unlink(missing_ok=True)
        raise
    for path in paths:
        _tmp(path).replace(path)
    return list(images) + paths


def _tmp(path: Path) -> Path:
    """Where a file is written before it is renamed into place."""
    return path.with_name(path.name + ".tmp")


PLAN_FILES = ("rankings.json", "candidates.csv", "below_floor.csv", "report.html")


def remove_plan_outputs(folder: Path) -> None:
    """Remove what an earlier run wrote for a plan that now has no standard (a stale report would
    contradict the index); only the files this module writes, and the folder if then empty."""
    for name in PLAN_FILES:
        (folder / name).unlink(missing_ok=True)
    remove_stale_images(folder / EVIDENCE_FOLDER, keep=set())
    for sub in (folder / EVIDENCE_FOLDER, folder):
        if sub.is_dir() and not any(sub.iterdir()):
            sub.rmdir()


def rankings_json(ranking: PlanRanking) -> str:
    return ranking.model_dump_json(indent=1) + "\n"


def write_rankings_json(ranking: PlanRanking, out: TextIO) -> None:
    """:func:`rankings_json` written a standard at a time: the ranking without its standards is
    dumped, and each standard's own dump, indented two more spaces, goes where the empty list is
    (pydantic's pretty printer puts an item of a top-level list at that depth, and a JSON string
    never holds a line break)."""
    head = ranking.model_copy(update={"standards": []}).model_dump_json(indent=1)
    marker = '\n "standards": ['  # a top-level key: the only line indented by one space
    at = head.index(marker + "]") + len(marker)
    if not ranking.standards:
        out.write(head + "\n")
        return
    out.write(head[:at])
    for n, standard in enumerate(ranking.standards):
        out.write(",\n  " if n else "\n  ")
        out.write(standard.model_dump_json(indent=1).replace("\n", "\n  "))
    out.write("\n ]" + head[at + 1 :] + "\n")


def combined_rankings_json(result: RankingResult) -> str:
    """Every plan's ranking in one document: ``{"plans": {plan id: ranking}}``."""
    plans = {p.plan.id: p.model_dump(mode="json") for p in result.plans}
    return json.dumps({"plans": plans}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


COMBINED_FILES = ("rankings.json", "candidates.csv", "below_floor.csv")
# json.dumps(..., ensure_ascii=False, indent=1, sort_keys=True) as an encoder: with an indent it is
# the pure-Python one, which yields its text a piece at a time and reads lists by iterating them.
_JSON = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=True)


class _EachDumped(list):
    """A list of models the JSON encoder reads one dumped item at a time (never all dumped at once)."""

    def __init__(self, models: Sequence[BaseModel]):
        super().__init__()
        self._models = models

    def __len__(self) -> int:
        return len(self._models)

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        return (m.model_dump(mode="json") for m in self._models)


def _dumped_lazily(model: BaseModel) -> dict[str, Any]:
    """``model.model_dump(mode="json")``, but each of its lists of models dumped item by item as the
    encoder reaches it: a plan of 10,000 standards is never one dictionary."""
    lists = {name for name in type(model).model_fields if _models(getattr(model, name))}
    data = model.model_dump(mode="json", exclude=lists)
    data.update({name: _EachDumped(getattr(model, name)) for name in lists})
    return data


def _models(value: object) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], BaseModel)


class CombinedOutputs:
    """``rankings.json``, ``candidates.csv`` and ``below_floor.csv`` over every plan, written one
    plan at a time (:meth:`add`, in plan id order): the bytes of :func:`combined_rankings_json`,
    :func:`candidates_csv` and :func:`below_floor_csv` of all of them, while only one plan's ranking
    is in memory.  Each file is renamed into place when the block ends without an error.

    The JSON is :func:`json.dumps` with sorted keys and an indent of one: a plan's ranking sits two
    levels down (``{"plans": {id: ...}}``), so it is dumped alone and every line after its first is
    indented by two more spaces (a JSON string never holds a line break: it is written ``\\n``).
    Plans come sorted by id (rank.engine), which is the order sorted keys give them."""

    def __init__(self, out_dir: Path):
        self.paths = [out_dir / name for name in COMBINED_FILES]
        with ExitStack() as opened:  # a file that fails to open closes and removes those before it
            files = []
            for path, encoding in zip(self.paths, ("utf-8", "utf-8-sig", "utf-8-sig"), strict=True):
                tmp = _tmp(path)
                files.append(opened.enter_context(tmp.open("w", encoding=encoding, newline="")))
                opened.callback(tmp.unlink, missing_ok=True)
            opened.pop_all()
        self._json, self._candidates, self._below = files
        self._plans = 0
        self._candidate_rows = csv.writer(self._candidates, lineterminator="\n")
        self._candidate_rows.writerow(CANDIDATE_COLUMNS)
        self._below_rows = csv.writer(self._below, lineterminator="\n")
        self._below_rows.writerow(BELOW_FLOOR_COLUMNS)

    def add(self, ranking: PlanRanking) -> None:
        key = json.dumps(ranking.plan.id, ensure_ascii=False)
        self._json.write(('{\n "plans": {\n' if not self._plans else ",\n") + f"  {key}: ")
        for chunk in _JSON.iterencode(_dumped_lazily(ranking)):
            self._json.write(chunk.replace("\n", "\n  "))
        self._plans += 1
        self._candidate_rows.writerows([[_cell(v) for v in row] for row in _candidate_rows(ranking)])
        self._below_rows.writerows([[_cell(v) for v in row] for row in _below_floor_rows(ranking)])

    def __enter__(self) -> CombinedOutputs:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self._json.write("\n }\n}\n" if self._plans else '{\n "plans": {}\n}\n')
        files = (self._json, self._candidates, self._below)
        for file, path in zip(files, self.paths, strict=True):
            file.close()
            if exc_type is None:
                _tmp(path).replace(path)
            else:
                _tmp(path).unlink(missing_ok=True)


def candidates_csv(*rankings: PlanRanking) -> str:
    """The candidates of one plan, or of several in one table (each row names its plan)."""
    return _csv(CANDIDATE_COLUMNS, [row for ranking in rankings for row in _candidate_rows(ranking)])


def _candidate_rows(ranking: PlanRanking) -> list[list[object]]:
    by_sha = {s.standard.sha256: s for s in ranking.standards}
    rows: list[list[object]] = []
    for ref in ranking.candidates:
        s = by_sha[ref.sha256]
        rows.append(
            [
                ranking.plan.id,
                ref.number,
                ref.title,
                ref.enterprise,
                ref.sha256,
                ref.path,
                s.views.completeness,
                s.views.advancement,
                s.views.conformance,
                s.decision.explanation_zh,
                s.decision.explanation_en,
            ]
        )
    return rows


def below_floor_csv(*rankings: PlanRanking) -> str:
    """Levels below the national floor, for one plan or several in one table."""
    return _csv(BELOW_FLOOR_COLUMNS, [row for ranking in rankings for row in _below_floor_rows(ranking)])


def _below_floor_rows(ranking: PlanRanking) -> list[list[object]]:
    rows: list[list[object]] = []
    for b in ranking.below_floor:
        ev = b.evidence[0] if b.evidence else None
        rows.append(
            [
                b.plan,
                b.standard.number,
                b.standard.title,
                b.standard.enterprise,
                b.standard.sha256,
                b.standard.path,
                b.indicator,
                b.canonical_id,
                b.name,
                b.grade,
                b.comparator,
                b.declared,
                b.unit,
                b.value_text,
                b.floor,
                b.floor_min,
                b.floor_max,
                b.floor_source,
                ev.page if ev else None,
                ev.source_text if ev else None,
                b.ranked,
            ]
        )
    return rows


def left_out_csv(items: list[LeftOut]) -> str:
    return _csv(
        LEFT_OUT_COLUMNS, [[x.number, x.sha256, x.path, x.indicator, x.reason, x.detail] for x in items]
    )


def _csv(columns: list[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return buffer.getvalue()


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
