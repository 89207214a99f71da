"""The ranking output: what ``rankings.json`` holds, as pydantic models.

The JSON Schema of ``rankings.json`` is generated from these models
(:func:`rankings_json_schema`), so the published contract and the output never drift apart.
``RANKINGS_SCHEMA_VERSION`` follows semantic versioning like ``record.SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from std_extract.rank.plan import Benchmark, Direction, Floor

# 1.1.0: reason "awaiting_review" and PlanRanking.unreviewed_values (values flagged for review and not
# yet accepted by a reviewer stay out of rankings unless asked for).
# 1.2.0 (fields added, none changed): StandardResult.scope (why the standard is in the plan: the
# product term its title names, its class), ComparedValue.review and BelowFloor.review (a reviewer's
# correction: who, when, the value as extracted), PlanSummary.candidate_rule_zh/_en (the rule in words) and
# PlanSummary.indicator_names (the Chinese name of every plan indicator).
RANKINGS_SCHEMA_VERSION = "1.2.0"

ORDER_NOTE = (
    "Standards inside a tier are not ordered: they are listed by standard number, then document "
    "sha256, and that order carries no meaning. / 同一档内的标准不分先后，按标准编号及文件sha256排列，"
    "排列顺序不代表名次。"
)

Reason = Literal[
    "other_area",  # the record's class and title are outside every selected plan's scope
    "duplicate",  # the same document (sha256) appears twice in the input
    "failed_gate",  # drafting conformance or references gate failed: enters no ranking
    "missing_core_indicator",  # the core indicator is not declared at all
    "grade_not_declared",  # the plan compares one grade and the standard does not declare it
    "not_quantified",  # declared only as a reference or qualitative text
    "open_bound",  # no bound in the direction that matters (a ≥ limit for lower-is-better)
    "unit_not_convertible",  # the declared unit cannot be brought into the plan's unit
    "below_floor",  # the declared level is looser than the national or industry requirement
    "awaiting_review",  # declared only by values flagged for review that no reviewer has accepted yet
]
GateStatus = Literal["pass", "fail", "not_checked"]
Suppression = Literal["all_equal", "too_few_participants"]


class StandardRef(BaseModel):
    """Which document: number and title as extracted, the file and its hash."""

    number: str | None = None
    title: str | None = None
    enterprise: str | None = None
    sha256: str
    path: str


class Evidence(BaseModel):
    """Where a compared value is printed (page 1-based, text exactly as printed)."""

    page: int | None = None
    source_text: str | None = None
    clause: str | None = None
    bbox: tuple[float, float, float, float] | None = None


class ReviewNote(BaseModel):
    """A reviewer's decision on the value compared (added in 1.2.0).

    ``by`` and ``at`` are known when the ranking ran with the review store (``std-extract run``,
    ``std-extract rank --db``); records read back from an export carry only the state.
    """

    state: Literal["corrected", "added", "accepted"]
    by: str | None = None
    at: str | None = None  # ISO 8601, UTC
    extracted_text: str | None = None  # the value as the extractor read it (value_text, else value)


class ComparedValue(BaseModel):
    """The level compared for one indicator: the bound that matters, in the plan's unit."""

    value: float  # for direction target: the deviation outside the target range
    low: float | None = None  # declared bounds in the plan's unit
    high: float | None = None
    unit: str | None = None
    comparator: str
    grade: str | None = None
    name: str  # as printed
    value_text: str | None = None  # as printed
    notes: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    review: ReviewNote | None = None  # added in 1.2.0: set when a reviewer corrected or added the value


class TierMember(BaseModel):
    number: str | None = None
    sha256: str
    value: float


class Tier(BaseModel):
    tier: int  # 1 = the best tier
    best: float  # best and worst compared level among the members
    worst: float
    bound: float | None = None  # the fixed level this tier requires (fixed tiering only)
    members: list[TierMember]


class IndicatorRanking(BaseModel):
    """A single-indicator ranking (单指标排行榜), or why none is published."""

    indicator: str  # the plan's key for it (the canonical id unless the plan names a sub-row)
    canonical_id: str
    name: str
    direction: Direction
    target: tuple[float, float] | None = None
    unit: str | None = None
    grade: str | None = None  # the grade compared; None = each standard's best declared grade
    floor: Floor | None = None
    tiering: Literal["fixed", "quantile"]
    tier_count: int
    participants: int
    published: bool
    suppressed: Suppression | None = None
    suppressed_note: str | None = None
    tiers: list[Tier] = Field(default_factory=list)
    benchmarks: list[Benchmark] = Field(default_factory=list)
    order_note: str = ORDER_NOTE


class GateResult(BaseModel):
    gate: str  # the gate kind
    status: GateStatus
    detail: str


class ConformanceCheck(BaseModel):
    check: str
    score: float | None  # 0..1; None = not checked (not counted)
    detail: str


class IndicatorStanding(BaseModel):
    """One standard on one plan indicator."""

    indicator: str
    status: Literal["ranked", "unpublished", "left_out"]
    tier: int | None = None
    tier_count: int | None = None
    compared: ComparedValue | None = None
    reason: Reason | None = None
    detail: str | None = None


class Views(BaseModel):
    """The three separate views of the scheme; never summed into one score."""

    completeness: float  # share of the plan's core + optional indicators declared (指标全面性)
    declared: list[str]
    advancement: float | None  # mean over published core rankings of (T - tier + 1) / T (水平先进性)
    conformance: float | None  # mean of the checked conformance checks (编写规范性)
    conformance_checks: list[ConformanceCheck] = Field(default_factory=list)


class Decision(BaseModel):
    candidate: bool
    explanation_zh: str
    explanation_en: str


class ScopeMatch(BaseModel):
    """Why a standard is in a plan's area (added in 1.2.0; see :mod:`std_extract.rank.assign`)."""

    term: str | None = None  # the plan's product term the title names; None: assigned by class
    code: str | None = None  # the record's GB/T 4754-2017 class
    in_class: bool  # the class is one of the plan's
    detail_zh: str
    detail_en: str


class StandardResult(BaseModel):
    standard: StandardRef
    scope: ScopeMatch | None = None  # added in 1.2.0
    gates: list[GateResult]
    passed_gates: bool
    indicators: list[IndicatorStanding]
    views: Views
    decision: Decision


class LeftOut(BaseModel):
    """A record, or one of its indicators, kept out of a ranking, and why."""

    number: str | None = None
    sha256: str
    path: str
    indicator: str | None = None  # None: left out of the whole plan
    reason: Reason
    detail: str


class BelowFloor(BaseModel):
    """Supervision view: a self-declared level looser than the mandatory floor."""

    plan: str
    standard: StandardRef
    indicator: str
    canonical_id: str
    name: str
    grade: str | None = None
    comparator: str
    declared: float  # the compared bound in the plan's unit
    unit: str | None = None
    value_text: str | None = None
    floor: float | None = None
    floor_min: float | None = None
    floor_max: float | None = None
    floor_source: str
    evidence: list[Evidence] = Field(default_factory=list)
    ranked: bool  # whether the standard is in any published tier of this plan
    review: ReviewNote | None = None  # added in 1.2.0: a reviewer corrected or added the value


class PlanSummary(BaseModel):
    id: str
    version: str
    title: str
    title_en: str | None = None
    classes: list[str]
    candidate_rule: str
    min_participants: int
    candidate_rule_zh: str = ""  # added in 1.2.0: the rule in words
    candidate_rule_en: str = ""
    indicator_names: dict[str, str] = Field(default_factory=dict)  # 1.2.0: key -> Chinese name


class PlanRanking(BaseModel):
    """Everything one plan produced: the content of ``rankings.json``."""

    schema_version: str = RANKINGS_SCHEMA_VERSION
    plan: PlanSummary
    order_note: str = ORDER_NOTE
    assigned: int  # records in the plan's area
    ranked: int  # records in at least one published tier
    indicators: list[IndicatorRanking]
    candidates: list[StandardRef]  # the entry list (入围), sorted like tier members
    standards: list[StandardResult]
    left_out: list[LeftOut]
    below_floor: list[BelowFloor]
    # "excluded" (the default): values with needs_review that no reviewer accepted or corrected are
    # not used (a standard left without a value for that reason is left out as awaiting_review);
    # "included": every value not rejected is used (--include-unreviewed)
    unreviewed_values: Literal["excluded", "included"] = "excluded"


class RankingResult(BaseModel):
    """The result of :func:`std_extract.rank.rank`: one ranking per plan, and records in no plan."""

    plans: list[PlanRanking]
    unassigned: list[LeftOut]

    def plan(self, plan_id: str) -> PlanRanking:
        return next(p for p in self.plans if p.plan.id == plan_id)


def rankings_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``rankings.json`` (one :class:`PlanRanking`)."""
    schema = PlanRanking.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"std-extract rankings.json {RANKINGS_SCHEMA_VERSION}"
    return schema
