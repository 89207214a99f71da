"""Wire the ranking stages: assign -> gates -> levels -> floors -> tiers -> views -> decision.

Deterministic by construction: records are sorted by (standard number, sha256) before anything
else, plans by id, and no clock, random source or set iteration order reaches the output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from std_extract.collector import collector_paused
from std_extract.document import DocumentStructure
from std_extract.indicator_lexicon import default_lexicon
from std_extract.rank.assign import RecordHead, assign
from std_extract.rank.decide import SUPPRESSED_ZH, PlanFacts, decide, fmt, rule_words
from std_extract.rank.gates import run_gates
from std_extract.rank.levels import Level, select_level
from std_extract.rank.plan import FixedTiers, Plan, PlanIndicator
from std_extract.rank.result import (
    BelowFloor,
    GateResult,
    IndicatorRanking,
    IndicatorStanding,
    LeftOut,
    PlanRanking,
    PlanSummary,
    RankingResult,
    Reason,
    ScopeMatch,
    StandardRef,
    StandardResult,
    Tier,
    TierMember,
)
from std_extract.rank.reviews import ReviewNotes, note_for
from std_extract.rank.supervision import below_floor_rows, compared_value, floor_breaches, standard_ref
from std_extract.rank.tiers import TierOutcome, assign_tiers
from std_extract.rank.views import declared_by_ref, group_by_canonical_id, views
from std_extract.record import DocumentRecord, Indicator


def record_key(record: DocumentRecord) -> tuple[str, str]:
    """The stable order of standards everywhere in the output: number, then document sha256."""
    return (record.standard.number or "", record.source.sha256)


def rank(
    records: list[DocumentRecord],
    plans: list[Plan],
    structure: Mapping[str, DocumentStructure] | None = None,
    *,
    include_unreviewed: bool = False,
    reviews: ReviewNotes | None = None,
) -> RankingResult:
    """Rank records under each plan.

    ``structure`` maps a document's sha256 to drafting-structure signals (chapters and normative
    references) for the gates, overriding the record's own ``structure``; a record with neither
    has those gates "not checked".  Values flagged for review (``needs_review``) that no reviewer
    has accepted or corrected are not used unless ``include_unreviewed``; a standard left without
    a value for that reason is left out of that indicator as ``awaiting_review``.  ``reviews``
    (:func:`std_extract.rank.reviews.review_notes_from`) says who corrected a value and when.

    The same as :func:`plan_ranking` over the records' heads, then :func:`rank_plan` for each plan
    with its members (which is how a caller ranks records it keeps on disk, a plan at a time).
    """
    planned = plan_ranking([RecordHead.of(r) for r in records], plans)
    with collector_paused():  # ranking 100,000 records: 6 of 19 CPU s went to collections
        rankings = [
            rank_plan(
                plan,
                [records[i] for i in planned.members[plan.id]],
                structure or {},
                include_unreviewed=include_unreviewed,
                scopes=planned.scopes[plan.id],
                reviews=reviews,
            )
            for plan in planned.plans
        ]
    return RankingResult(plans=rankings, unassigned=planned.unassigned)


@dataclass
class PlannedRanking:
    """What a ranking settles before it ranks any plan: the plans in order, the records each ranks
    (indices into the heads given, in the output's order), why each is in, and the records in no
    plan (duplicates and other areas, as ``RankingResult.unassigned``)."""

    plans: list[Plan]
    members: dict[str, list[int]]  # plan id -> record indices
    scopes: dict[str, dict[str, ScopeMatch]]  # plan id -> sha256 -> why it is in the plan's area
    unassigned: list[LeftOut]


def plan_ranking(heads: list[RecordHead], plans: list[Plan]) -> PlannedRanking:
    """Order, deduplicate and assign records by their heads alone (rank.assign.RecordHead)."""
    order = sorted(range(len(heads)), key=lambda i: heads[i].key)
    unique, duplicates = _dedupe(heads, order)
    ordered_plans = sorted(plans, key=lambda p: p.id)
    assignment = assign([heads[i] for i in unique], ordered_plans)
    members = {p.id: [unique[j] for j in assignment.by_plan[p.id]] for p in ordered_plans}
    scopes = {
        p.id: {heads[unique[j]].sha256: assignment.why[(p.id, j)] for j in assignment.by_plan[p.id]}
        for p in ordered_plans
    }
    unassigned = sorted(duplicates + assignment.left_out, key=lambda x: (x.number or "", x.sha256, x.reason))
    return PlannedRanking(ordered_plans, members, scopes, unassigned)


def signals_of(
    record: DocumentRecord, structure: Mapping[str, DocumentStructure]
) -> DocumentStructure | None:
    """The drafting structure for a record: the caller's, else the record's own (schema 1.1)."""
    return structure.get(record.source.sha256) or record.structure


def _dedupe(heads: list[RecordHead], order: list[int]) -> tuple[list[int], list[LeftOut]]:
    """The indices of ``order`` whose document was not seen before, and the others left out."""
    seen: set[str] = set()
    unique, dupes = [], []
    for i in order:
        r = heads[i]
        if r.sha256 in seen:
            dupes.append(
                LeftOut(
                    number=r.number,
                    sha256=r.sha256,
                    path=r.path,
                    reason="duplicate",
                    detail="the same document (sha256) appears earlier / 重复文件",
                )
            )
            continue
        seen.add(r.sha256)
        unique.append(i)
    return unique, dupes


def plan_form(record: DocumentRecord, plan: Plan) -> DocumentRecord:
    """``record`` with only what :func:`rank_plan` reads of its indicators for ``plan``: those whose
    canonical id is one of the plan's indicators (views.group_by_canonical_id, looked up by
    ``spec.id`` only) and the cited references (gates.check_references), without the evidence that
    lowered their confidence (``confidence_reasons``: read by reviewers, never by a ranking).
    Ranking it gives what ranking the record gives; a caller holding a plan's members a plan at a
    time (batch.rankings) holds about a third of a generated record's values (7 of 16 have a
    canonical id, some other plan's), each a quarter smaller."""
    ids = {spec.id for spec in plan.core + plan.optional}
    kept = [
        _unexplained(i) for i in record.indicators if i.canonical_id in ids or i.comparator == "reference"
    ]
    if len(kept) == len(record.indicators) and all(
        a is b for a, b in zip(kept, record.indicators, strict=True)
    ):
        return record
    return record.model_copy(update={"indicators": kept})


def _unexplained(indicator: Indicator) -> Indicator:
    if not indicator.confidence_reasons:
        return indicator
    return indicator.model_copy(update={"confidence_reasons": []})


@dataclass
class _IndicatorWork:
    """What one core indicator produced over all of a plan's records."""

    standings: dict[str, IndicatorStanding] = field(default_factory=dict)
    levels: dict[str, Level] = field(default_factory=dict)
    outcome: TierOutcome | None = None


def rank_plan(
    plan: Plan,
    records: list[DocumentRecord],
    structure: Mapping[str, DocumentStructure],
    *,
    include_unreviewed: bool = False,
    scopes: Mapping[str, ScopeMatch] | None = None,
    reviews: ReviewNotes | None = None,
) -> PlanRanking:
    """One plan over the records already assigned to its area (``include_unreviewed``, ``reviews``:
    see :func:`rank`; ``scopes``: why each record, by sha256, is in the area)."""
    records = sorted(records, key=record_key)
    index = [group_by_canonical_id(r, include_unreviewed=include_unreviewed) for r in records]
    held = [{} if include_unreviewed else group_by_canonical_id(r, held=True) for r in records]
    gates = [run_gates(plan.gates, r, signals_of(r, structure)) for r in records]
    passed = [all(g.status != "fail" for g in gs) for gs in gates]
    left_out: list[LeftOut] = [
        _gate_left_out(r, gs) for r, gs, ok in zip(records, gates, passed, strict=True) if not ok
    ]
    breaches: list[tuple[int, PlanIndicator, list[Level]]] = []
    work: dict[str, _IndicatorWork] = {}
    core_ids = {spec.ref for spec in plan.core}
    for spec in plan.core + [o for o in plan.optional if o.floor is not None]:  # optional: floors only
        core = spec.ref in core_ids
        w = _rank_indicator(plan, spec, records, (index, held), passed, breaches, left_out if core else None)
        if core:
            _fill_standings(w, spec, reviews)
        if core:
            work[spec.ref] = w
    published = {i for i, w in work.items() if w.outcome and w.outcome.suppressed is None}
    ranked = {sha for i in published for sha, s in work[i].standings.items() if s.status == "ranked"}
    context = _DecisionContext.of(plan, work, published, breaches, index)
    standards = [
        _standard_result(context, i, r, gs, ok, (scopes or {}).get(r.source.sha256))
        for i, (r, gs, ok) in enumerate(zip(records, gates, passed, strict=True))
    ]
    return PlanRanking(
        plan=_summary(plan),
        assigned=len(records),
        ranked=len(ranked),
        indicators=[_indicator_ranking(plan, spec, work[spec.ref], records) for spec in plan.core],
        candidates=[s.standard for s in standards if s.decision.candidate],
        standards=standards,
        left_out=sorted(left_out, key=lambda x: (x.number or "", x.sha256, x.indicator or "")),
        below_floor=_below_floor(plan, records, breaches, ranked, reviews),
        unreviewed_values="included" if include_unreviewed else "excluded",
    )


def _rank_indicator(
    plan: Plan,
    spec: PlanIndicator,
    records: list[DocumentRecord],
    indexes: tuple[list[dict[str, list[Indicator]]], list[dict[str, list[Indicator]]]],
    passed: list[bool],
    breaches: list[tuple[int, PlanIndicator, list[Level]]],
    left_out: list[LeftOut] | None,
) -> _IndicatorWork:
    """Select each record's level, note floor breaches, and tier the participants.  For an
    optional indicator (``left_out`` None) only the floors are checked.  ``indexes`` holds per
    record the declarations a ranking may use and those held back awaiting review."""
    index, held = indexes
    w = _IndicatorWork()
    for i, record in enumerate(records):
        found = [d for d in index[i].get(spec.id, []) if spec.accepts(d)]
        sel = select_level(found, spec, plan.grade_order)
        broken = floor_breaches(sel.levels, spec) if spec.floor else []
        if broken:
            breaches.append((i, spec, broken))
        if left_out is None:
            continue
        sha = record.source.sha256
        if not passed[i]:
            w.standings[sha] = IndicatorStanding(
                indicator=spec.ref,
                status="left_out",
                reason="failed_gate",
                detail="failed a gate / 未通过门槛",
            )
            continue
        reason, detail = _exclusion(sel.chosen, sel.reason, sel.detail, broken, spec)
        if reason is not None and reason != "below_floor":
            waiting = _usable_once_reviewed(plan, spec, found, held[i].get(spec.id, []))
            if waiting:
                reason, detail = "awaiting_review", _waiting_detail(waiting)
        if reason is not None:
            w.standings[sha] = IndicatorStanding(
                indicator=spec.ref, status="left_out", reason=reason, detail=detail
            )
            left_out.append(
                LeftOut(
                    number=record.standard.number,
                    sha256=sha,
                    path=record.source.path,
                    indicator=spec.ref,
                    reason=reason,
                    detail=detail or reason,
                )
            )
            continue
        assert sel.chosen is not None
        w.levels[sha] = sel.chosen
    if left_out is not None:
        badness = {sha: lv.badness for sha, lv in w.levels.items()}
        w.outcome = assign_tiers(badness, spec, plan.tiering_for(spec), plan.min_participants)
    return w


_REVIEWED_ZH = {"corrected": "审核更正 corrected by a reviewer", "added": "审核补录 added by a reviewer"}


def _exclusion(
    chosen: Level | None, reason: Reason | None, detail: str | None, broken: list[Level], spec: PlanIndicator
) -> tuple[Reason | None, str | None]:
    if broken:
        floor = spec.floor
        assert floor is not None
        worst = broken[0]
        limit = fmt(floor.value) if floor.value is not None else f"{fmt(floor.min)}~{fmt(floor.max)}"
        grade = f"（{worst.indicator.grade}）" if worst.indicator.grade else ""
        declared = worst.indicator.value_text or f"{fmt(worst.value)} {spec.unit or ''}".strip()
        if worst.indicator.review_state in _REVIEWED_ZH:  # the printed text may say otherwise
            declared = f"{fmt(worst.value)} {spec.unit or ''}（{_REVIEWED_ZH[worst.indicator.review_state]}）"
        return "below_floor", (
            f"{worst.indicator.name}{grade} {declared} 宽于底线 {limit} {spec.unit or ''}（{floor.source}）"
            f" / looser than the floor"
        )
    if chosen is None:
        return reason or "missing_core_indicator", detail
    return None, None


def _usable_once_reviewed(
    plan: Plan, spec: PlanIndicator, found: list[Indicator], held: list[Indicator]
) -> list[Indicator]:
    """The held-back values (awaiting review) that would give this standard a level if a reviewer
    accepted them; empty when even they would not (a reference stays "not_quantified")."""
    waiting = [d for d in held if spec.accepts(d)]
    if not waiting or select_level(found + waiting, spec, plan.grade_order).chosen is None:
        return []
    return waiting


def _waiting_detail(waiting: list[Indicator]) -> str:
    """The held-back values, as printed, with page and confidence."""
    parts = []
    for ind in waiting[:3]:
        printed = ind.value_text or f"{fmt(ind.value)} {ind.unit or ''}".strip()
        page = f", p. {ind.provenance[0].page}" if ind.provenance else ""
        grade = f"（{ind.grade}）" if ind.grade else ""
        parts.append(f"{ind.name}{grade} {printed} (confidence {fmt(ind.confidence)}{page})")
    more = f" and {len(waiting) - 3} more" if len(waiting) > 3 else ""
    return "; ".join(parts) + more + " awaiting review / 数值置信度低，待审核后参评"


def _fill_standings(w: _IndicatorWork, spec: PlanIndicator, reviews: ReviewNotes | None) -> None:
    assert w.outcome is not None
    for sha, level in w.levels.items():
        tier = w.outcome.tiers.get(sha)
        w.standings[sha] = IndicatorStanding(
            indicator=spec.ref,
            status="ranked" if tier is not None else "unpublished",
            tier=tier,
            tier_count=w.outcome.tier_count if tier is not None else None,
            compared=compared_value(level, spec, note_for(level.indicator, sha, reviews)),
        )


def _indicator_ranking(
    plan: Plan, spec: PlanIndicator, w: _IndicatorWork, records: list[DocumentRecord]
) -> IndicatorRanking:
    assert w.outcome is not None
    tiering = plan.tiering_for(spec)
    numbers = {r.source.sha256: r.standard.number for r in records}
    return IndicatorRanking(
        indicator=spec.ref,
        canonical_id=spec.id,
        name=indicator_name(spec),
        direction=spec.direction,
        target=spec.target,
        unit=spec.unit,
        grade=spec.grade,
        floor=spec.floor,
        tiering=tiering.kind,
        tier_count=w.outcome.tier_count,
        participants=len(w.levels),
        published=w.outcome.suppressed is None,
        suppressed=w.outcome.suppressed,  # type: ignore[arg-type]
        suppressed_note=_suppressed_note(plan, spec, w),
        tiers=_tiers(w, numbers, tiering.bounds if isinstance(tiering, FixedTiers) else None),
        benchmarks=spec.benchmarks,
    )


def _tiers(w: _IndicatorWork, numbers: dict[str, str | None], bounds: list[float] | None) -> list[Tier]:
    assert w.outcome is not None
    groups: dict[int, list[str]] = defaultdict(list)
    for sha, tier in w.outcome.tiers.items():
        groups[tier].append(sha)
    out = []
    for tier in sorted(groups):
        shas = sorted(groups[tier], key=lambda s: (numbers[s] or "", s))
        levels = [w.levels[s] for s in shas]
        best = min(levels, key=lambda lv: lv.badness).value
        worst = max(levels, key=lambda lv: lv.badness).value
        bound = bounds[tier - 1] if bounds is not None and tier <= len(bounds) else None
        members = [TierMember(number=numbers[s], sha256=s, value=w.levels[s].value) for s in shas]
        out.append(Tier(tier=tier, best=best, worst=worst, bound=bound, members=members))
    return out


def _suppressed_note(plan: Plan, spec: PlanIndicator, w: _IndicatorWork) -> str | None:
    assert w.outcome is not None
    why, n = w.outcome.suppressed, len(w.levels)
    if why == "too_few_participants":
        return (
            f"{n} participant(s), fewer than the plan's minimum of {plan.min_participants}: no ranking is "
            f"published / 参评标准{n}个，少于方案要求的{plan.min_participants}个，不发布排行榜"
        )
    if why == "all_equal":
        value = next(iter(w.levels.values())).value
        return (
            f"all {n} participants declare the same level ({fmt(value)} {spec.unit or ''}): no ranking is "
            f"published / 全部{n}个参评标准的该指标水平相同，不发布排行榜（{SUPPRESSED_ZH['all_equal']}）"
        )
    return None


@dataclass(frozen=True)
class _DecisionContext:
    """What every standard's decision in one plan shares (computed once per plan)."""

    plan: Plan
    work: dict[str, _IndicatorWork]
    facts: PlanFacts
    optional_breaches: dict[int, list[str]]  # record index -> optional keys declared below the floor
    index: list[dict[str, list[Indicator]]]  # per record: declarations by canonical id

    @classmethod
    def of(
        cls,
        plan: Plan,
        work: dict[str, _IndicatorWork],
        published: set[str],
        breaches: list[tuple[int, PlanIndicator, list[Level]]],
        index: list[dict[str, list[Indicator]]],
    ) -> _DecisionContext:
        suppressed = {i: w.outcome.suppressed for i, w in work.items() if w.outcome and w.outcome.suppressed}
        names = {spec.ref: indicator_name(spec) for spec in plan.core + plan.optional}
        optional = {spec.ref for spec in plan.optional}
        by_record: dict[int, list[str]] = defaultdict(list)
        for i, spec, _ in breaches:
            if spec.ref in optional:
                by_record[i].append(spec.ref)
        top = {
            spec.ref: _top_tier_levels(work[spec.ref], spec) for spec in plan.core if spec.ref in published
        }
        facts = PlanFacts(published, suppressed, names, {k: v for k, v in top.items() if v})
        return cls(plan, work, facts, dict(by_record), index)


def _standard_result(
    c: _DecisionContext,
    i: int,
    record: DocumentRecord,
    gates: list[GateResult],
    ok: bool,
    scope: ScopeMatch | None,
) -> StandardResult:
    sha = record.source.sha256
    standings = [c.work[spec.ref].standings[sha] for spec in c.plan.core]
    v = views(c.plan, declared_by_ref(c.plan, c.index[i]), gates, standings, c.facts.published)
    decision = decide(c.plan, gates, standings, v, c.facts, c.optional_breaches.get(i, ()))
    return StandardResult(
        standard=standard_ref(record),
        scope=scope,
        gates=gates,
        passed_gates=ok,
        indicators=standings,
        views=v,
        decision=decision,
    )


def _top_tier_levels(w: _IndicatorWork, spec: PlanIndicator) -> str | None:
    """Tier 1's levels as a reader wants them: "0.44" or "0.44–0.48 kWh/(24*h)"."""
    assert w.outcome is not None
    values = [w.levels[sha].value for sha, tier in w.outcome.tiers.items() if tier == 1]
    if not values:
        return None
    lo, hi = fmt(min(values)), fmt(max(values))
    span = lo if lo == hi else f"{lo}–{hi}"
    if spec.direction == "target":
        return f"{span} (deviation / 偏差)"
    return f"{span} {spec.unit or ''}".strip()


def _gate_left_out(record: DocumentRecord, gates: list[GateResult]) -> LeftOut:
    detail = "; ".join(f"{g.gate}: {g.detail}" for g in gates if g.status == "fail")
    return LeftOut(
        number=record.standard.number,
        sha256=record.source.sha256,
        path=record.source.path,
        indicator=None,
        reason="failed_gate",
        detail=detail,
    )


def _below_floor(
    plan: Plan,
    records: list[DocumentRecord],
    breaches: list[tuple[int, PlanIndicator, list[Level]]],
    ranked: set[str],
    reviews: ReviewNotes | None,
) -> list[BelowFloor]:
    rows: list[BelowFloor] = []
    for i, spec, levels in breaches:
        record = records[i]
        rows.extend(below_floor_rows(plan, record, spec, levels, record.source.sha256 in ranked, reviews))
    order = {spec.ref: n for n, spec in enumerate(plan.core + plan.optional)}
    return sorted(rows, key=lambda b: (b.standard.number or "", b.standard.sha256, order[b.indicator]))


def indicator_name(spec: PlanIndicator) -> str:
    """The Chinese name of a plan indicator: the plan's, else the lexicon's (extractors/indicators.toml)."""
    if spec.name:
        return spec.name
    known = default_lexicon().get(spec.id)
    return known.name if known else spec.ref


def _summary(plan: Plan) -> PlanSummary:
    rule_zh, rule_en = rule_words(plan)
    return PlanSummary(
        id=plan.id,
        version=plan.version,
        title=plan.title,
        title_en=plan.title_en,
        classes=plan.classes,
        candidate_rule=plan.candidate_rule.kind,
        min_participants=plan.min_participants,
        candidate_rule_zh=rule_zh,
        candidate_rule_en=rule_en,
        indicator_names={spec.ref: indicator_name(spec) for spec in plan.core + plan.optional},
    )


__all__ = ["PlannedRanking", "plan_form", "plan_ranking", "rank", "rank_plan", "record_key", "StandardRef"]
