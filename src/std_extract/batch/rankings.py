"""The batch run's rankings, a plan at a time: its memory grows with the largest plan, not the run.

``std_extract.rank.rank`` then ``rank.output.write_outputs`` hold every record and every plan's
ranking at once (RankingResult).  The batch run does the same work in another order, with the same
bytes out.  The records' heads settle the order and each plan's members
(:func:`~std_extract.rank.engine.plan_ranking`).  Then, plan after plan, the members are read back
from disk (batch.rankstore) with only the values that plan reads (rank.engine.plan_form), ranked
(:func:`~std_extract.rank.engine.rank_plan`) and added to the files over all plans
(:class:`~std_extract.rank.output.CombinedOutputs`), and their page images are started on the
helper pool; the plan's own files are written once the next plan is ranked (its images render
meanwhile), and the plan is let go.  Only the index's counts
(:class:`~std_extract.rank.report.IndexEntry`) and the records in no plan stay to the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Executor
from pathlib import Path
from typing import Any

from std_extract.batch.rankstore import RankingStore
from std_extract.rank import load_plans, select_plans
from std_extract.rank.engine import plan_form, plan_ranking, rank_plan
from std_extract.rank.evidence import EvidenceOptions, PendingEvidence, start_evidence
from std_extract.rank.output import CombinedOutputs, remove_plan_outputs, write_index, write_plan_outputs
from std_extract.rank.report import IndexEntry
from std_extract.rank.result import PlanRanking

Started = tuple[PlanRanking, PendingEvidence | None]  # a plan ranked, its page images on their way


def write_rankings(
    store: RankingStore,
    out_dir: Path,
    plan: str = "auto",
    include_unreviewed: bool = False,
    reviews: Mapping[tuple[str, str], Any] | None = None,
    executor: Executor | None = None,
) -> dict[str, str]:
    """Rankings per plan under OUT/rankings/<plan>/ (rankings.json, candidates.csv, below_floor.csv,
    report.html, evidence/), the same over all plans at the top of OUT, OUT/rankings/index.html and
    unassigned.csv; returns {name: path}.  ``executor`` renders the page images (none: here)."""
    planned = plan_ranking(store.heads, select_plans(load_plans(), plan))
    folder = out_dir / "rankings"
    folder.mkdir(parents=True, exist_ok=True)
    options = EvidenceOptions(root=Path.cwd(), executor=executor)  # relative paths start from here
    entries: list[IndexEntry] = []
    files, started = 0, None
    with CombinedOutputs(out_dir) as combined:
        for each in planned.plans:
            members = [plan_form(r, each) for r in store.records(planned.members[each.id])]
            scopes = planned.scopes[each.id]
            ranking = rank_plan(
                each, members, {}, include_unreviewed=include_unreviewed, scopes=scopes, reviews=reviews
            )
            del members
            combined.add(ranking)
            entries.append(IndexEntry.of(ranking))
            if not ranking.assigned:  # no report: index.html names it
                remove_plan_outputs(folder / each.id)
                continue
            pending = start_evidence(ranking, folder / each.id, options) if executor is not None else None
            files += _finish(started, folder, options)
            started = (ranking, pending)
        files += _finish(started, folder, options)
    files += len(write_index(folder, entries, planned.unassigned))
    return _paths(out_dir, folder, entries, files)


def _finish(started: Started | None, folder: Path, options: EvidenceOptions) -> int:
    """Write a plan's own files once its page images are done; the number of files written."""
    if started is None:
        return 0
    ranking, pending = started
    return len(write_plan_outputs(ranking, folder / ranking.plan.id, options, pending))


def _paths(out_dir: Path, folder: Path, entries: list[IndexEntry], files: int) -> dict[str, str]:
    combined = {name: str(out_dir / f"{name}.{ext}") for name, ext in _COMBINED.items()}
    reports = {f"report_{e.plan.id}": str(folder / e.plan.id / "report.html") for e in entries if e.assigned}
    reports["rankings_index"] = str(folder / "index.html")
    empty = [e.plan.id for e in entries if not e.assigned]
    if empty:  # no report is written for them; the index lists them too
        reports["plans_without_standards"] = ", ".join(empty)
    return {**combined, **reports, "rankings_dir": str(folder), "files": str(files)}


_COMBINED = {"rankings": "json", "candidates": "csv", "below_floor": "csv"}
