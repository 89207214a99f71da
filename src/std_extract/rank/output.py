"""Write a ranking to files: per plan ``rankings.json``, ``candidates.csv``, ``below_floor.csv`` and
``report.html`` under ``OUT_DIR/<plan id>/``, and ``OUT_DIR/unassigned.csv`` for records in no plan.

Every file is a pure function of the result: the same inputs give byte-identical files.
CSV files are UTF-8 with a byte-order mark (spreadsheet software then reads the Chinese text) and
text cells that a spreadsheet would run as a formula are prefixed with an apostrophe, because the
text comes from untrusted documents.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path

from std_extract.rank.report import render_report
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
    result: RankingResult, out_dir: Path, base_href: str = "", *, skip_empty: bool = False
) -> list[Path]:
    """All files of a result; returns the paths written, in order.  ``base_href`` prefixes relative
    source paths in report links (see :func:`std_extract.rank.report.evidence_href`);
    ``skip_empty`` leaves out plans no record fell under (``--plan auto`` over a small batch)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ranking in result.plans:
        if skip_empty and ranking.assigned == 0:
            continue
        written += write_plan_outputs(ranking, out_dir / ranking.plan.id, base_href)
    unassigned = out_dir / "unassigned.csv"
    unassigned.write_text(left_out_csv(result.unassigned), encoding="utf-8-sig", newline="")
    return written + [unassigned]


def write_plan_outputs(ranking: PlanRanking, folder: Path, base_href: str = "") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "rankings.json": rankings_json(ranking),
        "candidates.csv": candidates_csv(ranking),
        "below_floor.csv": below_floor_csv(ranking),
        "report.html": render_report(ranking, base_href),
    }
    paths = []
    for name, text in files.items():
        path = folder / name
        encoding = "utf-8-sig" if name.endswith(".csv") else "utf-8"
        path.write_text(text, encoding=encoding, newline="")
        paths.append(path)
    return paths


def rankings_json(ranking: PlanRanking) -> str:
    return ranking.model_dump_json(indent=1) + "\n"


def combined_rankings_json(result: RankingResult) -> str:
    """Every plan's ranking in one document: ``{"plans": {plan id: ranking}}``."""
    plans = {p.plan.id: p.model_dump(mode="json") for p in result.plans}
    return json.dumps({"plans": plans}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def candidates_csv(*rankings: PlanRanking) -> str:
    """The candidates of one plan, or of several in one table (each row names its plan)."""
    return _csv(CANDIDATE_COLUMNS, [row for ranking in rankings for row in _candidate_rows(ranking)])


def _candidate_rows(ranking: PlanRanking) -> list[list[object]]:
    by_sha = {s.standard.sha256: s for s in ranking.standards}
    rows = []
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
