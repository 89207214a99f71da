"""Rank enterprise and group standards into top-runner (企业标准"领跑者") candidates.

Public API::

    plans  = load_plans()                                   # extractors/plans/*.toml, validated
    result = rank(records, select_plans(plans, "auto"))     # -> RankingResult (pydantic)
    # with who corrected what: rank(..., reviews=review_notes_from(db_url, shas))
    write_outputs(result, out_dir, EvidenceOptions(root=pdf_folder))
                                                            # rankings.json, candidates.csv,
                                                            # below_floor.csv, report.html and
                                                            # evidence/ page images per plan, index.html
    rankings_json_schema()                                  # JSON Schema of rankings.json

The stages are small modules: :mod:`.plan` (the plan models), :mod:`.loading` (with
:mod:`.references`: classes and indicator ids checked against the shipped data), :mod:`.assign`,
:mod:`.gates`, :mod:`.values` (comparable levels), :mod:`.tiers`, :mod:`.views`, :mod:`.decide`,
:mod:`.supervision`, :mod:`.engine` (wiring), :mod:`.reviews` (who corrected a value), :mod:`.report`
(HTML), :mod:`.chart` (its SVG charts), :mod:`.evidence` (page images) and :mod:`.output` (files).
"""

from std_extract.rank.engine import rank, rank_plan
from std_extract.rank.evidence import EvidenceOptions
from std_extract.rank.io import load_records
from std_extract.rank.loading import load_plan_file, load_plans, plan_from_dict, select_plans
from std_extract.rank.output import write_outputs, write_plan_outputs
from std_extract.rank.plan import Plan
from std_extract.rank.report import render_report
from std_extract.rank.result import PlanRanking, RankingResult, rankings_json_schema
from std_extract.rank.reviews import review_notes_from

__all__ = [
    "EvidenceOptions",
    "Plan",
    "PlanRanking",
    "RankingResult",
    "load_plan_file",
    "load_plans",
    "load_records",
    "plan_from_dict",
    "rank",
    "rank_plan",
    "rankings_json_schema",
    "render_report",
    "review_notes_from",
    "select_plans",
    "write_outputs",
    "write_plan_outputs",
]
