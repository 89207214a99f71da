"""The supervision view: self-declared levels looser than a mandatory national or industry floor.

Every declaration of a plan indicator is checked, at every grade, whether or not the standard is
ranked: an enterprise standard may not set a level below the mandatory one (Standardization Law
2017, art. 21), so a regulator wants the list even of standards that failed a gate.
"""

from __future__ import annotations

from std_extract.rank.levels import Level, below_floor
from std_extract.rank.plan import Plan, PlanIndicator
from std_extract.rank.result import BelowFloor, ComparedValue, Evidence, ReviewNote, StandardRef
from std_extract.rank.reviews import ReviewNotes, note_for
from std_extract.record import DocumentRecord, Indicator


def evidence_of(indicator: Indicator) -> list[Evidence]:
    return [
        Evidence(page=p.page, source_text=p.source_text, clause=p.clause or indicator.clause, bbox=p.bbox)
        for p in indicator.provenance
    ]


def compared_value(level: Level, spec: PlanIndicator, review: ReviewNote | None = None) -> ComparedValue:
    ind = level.indicator
    return ComparedValue(
        value=level.value,
        low=level.low,
        high=level.high,
        unit=spec.unit,
        comparator=ind.comparator,
        grade=ind.grade,
        name=ind.name,
        value_text=ind.value_text,
        notes=list(level.notes),
        evidence=evidence_of(ind),
        review=review,
    )


def standard_ref(record: DocumentRecord) -> StandardRef:
    s = record.standard
    return StandardRef(
        number=s.number,
        title=s.title,
        enterprise=s.enterprise,
        sha256=record.source.sha256,
        path=record.source.path,
    )


def floor_breaches(levels: list[Level], spec: PlanIndicator) -> list[Level]:
    """The declarations looser than the floor, in document order."""
    return [lv for lv in levels if below_floor(lv, spec)]


def below_floor_rows(
    plan: Plan,
    record: DocumentRecord,
    spec: PlanIndicator,
    breaches: list[Level],
    ranked: bool,
    reviews: ReviewNotes | None = None,
) -> list[BelowFloor]:
    floor = spec.floor
    assert floor is not None  # only called for indicators with a floor
    return [
        BelowFloor(
            plan=plan.id,
            standard=standard_ref(record),
            indicator=spec.ref,
            canonical_id=spec.id,
            name=lv.indicator.name,
            grade=lv.indicator.grade,
            comparator=lv.indicator.comparator,
            declared=_declared(lv, spec),
            unit=spec.unit,
            value_text=lv.indicator.value_text,
            floor=floor.value,
            floor_min=floor.min,
            floor_max=floor.max,
            floor_source=floor.source,
            evidence=evidence_of(lv.indicator),
            ranked=ranked,
            review=note_for(lv.indicator, record.source.sha256, reviews),
        )
        for lv in breaches
    ]


def _declared(level: Level, spec: PlanIndicator) -> float:
    """The bound that breaches: for a target range the side outside the floor range."""
    if spec.direction != "target":
        return level.value
    floor = spec.floor
    above = floor is not None and floor.max is not None and level.high is not None and level.high > floor.max
    return level.high if above else level.low  # type: ignore[return-value]
