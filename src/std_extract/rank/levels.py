"""Turn a standard's declared indicators into one comparable level per plan indicator.

A declaration is a limit (≤, ≥), a range, a tolerance or 不得检出.  What is compared is the bound
that matters for the indicator's direction: for "lower is better" the ≤ limit or the upper bound
of a range (value + tolerance); for "higher is better" the ≥ limit or the lower bound; for a
target range, how far the declared range reaches outside the target (0 when inside).

Every level is turned into a *badness* (lower is better) so that tiering and equality need not
know the direction: ``lower`` -> the value, ``higher`` -> minus the value, ``target`` -> deviation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from std_extract.rank.grades import grade_rank, same_grade
from std_extract.rank.plan import PlanIndicator
from std_extract.rank.result import Reason
from std_extract.rank.units import convert
from std_extract.record import DocumentRecord, Indicator

# Values compare after rounding to 12 significant digits, so a value that went through a unit
# conversion (0.1 kWh/d -> 36.525 kWh/a) still ties with the same level printed directly.
_SIGNIFICANT = 12


def canonical(x: float) -> float:
    """``x`` rounded to the digits that are compared (stable equality and sorting)."""
    return float(f"{x:.{_SIGNIFICANT}g}") + 0.0  # + 0.0 turns -0.0 into 0.0


@dataclass(frozen=True)
class Level:
    """One declaration made comparable: bounds in the plan's unit and the badness compared."""

    indicator: Indicator
    low: float | None  # lower bound in the plan's unit (None: open)
    high: float | None  # upper bound in the plan's unit (None: open)
    value: float  # the bound that matters (for target: the deviation)
    badness: float
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unusable:
    """A declaration that cannot be compared, with the left-out reason."""

    indicator: Indicator
    reason: Reason  # not_quantified, open_bound, unit_not_convertible
    detail: str


@dataclass
class Selection:
    """All declarations of one plan indicator in one record, and the one compared."""

    levels: list[Level] = field(default_factory=list)
    unusable: list[Unusable] = field(default_factory=list)
    chosen: Level | None = None
    reason: Reason | None = None  # why nothing was chosen
    detail: str | None = None


def declarations(record: DocumentRecord, indicator_id: str) -> list[Indicator]:
    """The record's indicators with this canonical id, in document order."""
    return [i for i in record.indicators if i.canonical_id == indicator_id and i.review_state != "rejected"]


def select_level(
    found: list[Indicator], spec: PlanIndicator, grade_order: list[str] | None = None
) -> Selection:
    """Compare like grades (the plan's grade) or the best declared grade; among several
    declarations of that grade the loosest is compared (it is what the standard guarantees)."""
    sel = Selection()
    for ind in found:
        out = to_level(ind, spec)
        (sel.levels if isinstance(out, Level) else sel.unusable).append(out)  # type: ignore[arg-type]
    if not found:
        sel.reason, sel.detail = "missing_core_indicator", f"{spec.ref} not declared"
        return sel
    pool = sel.levels
    if spec.grade is not None:
        pool = [lv for lv in pool if same_grade(lv.indicator.grade, spec.grade)]
        if not pool and not any(same_grade(i.grade, spec.grade) for i in found):
            sel.reason, sel.detail = "grade_not_declared", f"{spec.ref}: grade {spec.grade} not declared"
            return sel
    if not pool:
        first = _first_unusable(sel.unusable, spec)
        sel.reason, sel.detail = first.reason, first.detail
        return sel
    best = min(grade_rank(lv.indicator.grade, grade_order) for lv in pool)
    same = [lv for lv in pool if grade_rank(lv.indicator.grade, grade_order) == best]
    sel.chosen = max(same, key=lambda lv: (lv.badness, lv.indicator.id))
    if len(same) > 1:
        note = f"loosest of {len(same)} declarations / {len(same)}处声明中最宽者"
        sel.chosen = replace(sel.chosen, notes=sel.chosen.notes + (note,))
    return sel


def _first_unusable(unusable: list[Unusable], spec: PlanIndicator) -> Unusable:
    # The most informative reason first: a unit problem is fixable, qualitative text is not.
    order = {"unit_not_convertible": 0, "open_bound": 1, "not_quantified": 2}
    return min(unusable, key=lambda u: order.get(u.reason, 9))


def to_level(ind: Indicator, spec: PlanIndicator) -> Level | Unusable:
    """One declaration in the plan's unit, or why it cannot be compared."""
    bounds = _bounds(ind, spec)
    if isinstance(bounds, Unusable):
        return bounds
    low, high, notes = bounds
    converted = _convert_bounds(ind, low, high, spec)
    if converted is None:
        return Unusable(ind, "unit_not_convertible", _unit_detail(ind, spec))
    low, high = converted
    return _directed(ind, low, high, spec, notes)


def _bounds(
    ind: Indicator, spec: PlanIndicator
) -> tuple[float | None, float | None, tuple[str, ...]] | Unusable:
    """The declared bounds in the record's own (normalised) unit."""
    v, vmax, c = _number(ind), _number_max(ind), ind.comparator
    if c in ("reference", "qualitative"):
        return Unusable(ind, "not_quantified", f"{ind.name}: {ind.value_text or c} (no number to compare)")
    if c == "not_detected":
        if spec.direction == "lower" and spec.not_detected_as_zero:
            return None, 0.0, ("不得检出 compared as 0 / 不得检出按0比较",)
        return Unusable(ind, "not_quantified", f"{ind.name}: 不得检出 (not detected)")
    if v is None and vmax is None:
        return Unusable(ind, "not_quantified", f"{ind.name}: no value")
    if c in ("<=", "<"):
        return None, v, ()
    if c in (">=", ">"):
        return v, None, ()
    if c == "=":
        return v, v, ()
    if c == "tolerance":
        t = _tolerance(ind)
        return (None, None, ()) if v is None else (v - t, v + t, ())
    return v, vmax, ()  # range: either bound may be open (N.S.)


def _number(ind: Indicator) -> float | None:
    return ind.value_normalized if ind.value_normalized is not None else ind.value


def _number_max(ind: Indicator) -> float | None:
    return ind.value_max_normalized if ind.value_max_normalized is not None else ind.value_max


def _tolerance(ind: Indicator) -> float:
    """The ± part in the normalised unit (scaled like the value it belongs to)."""
    t = ind.tolerance or 0.0
    if ind.value_normalized is not None and ind.value:
        return abs(t * ind.value_normalized / ind.value)
    return t


def _record_unit(ind: Indicator) -> str | None:
    return (
        ind.unit_normalized
        if ind.value_normalized is not None or ind.value_max_normalized is not None
        else ind.unit
    )


def _convert_bounds(
    ind: Indicator, low: float | None, high: float | None, spec: PlanIndicator
) -> tuple[float | None, float | None] | None:
    unit = _record_unit(ind)
    out: list[float | None] = []
    for bound in (low, high):
        if bound is None:
            out.append(None)
            continue
        conv = convert(bound, unit, spec.unit)
        if conv is None:
            return None
        out.append(conv)
    return out[0], out[1]


def _unit_detail(ind: Indicator, spec: PlanIndicator) -> str:
    return f"{ind.name}: unit '{_record_unit(ind) or '(none)'}' not convertible to '{spec.unit or '(none)'}'"


def _directed(
    ind: Indicator, low: float | None, high: float | None, spec: PlanIndicator, notes: tuple[str, ...]
) -> Level | Unusable:
    if spec.direction == "lower":
        if high is None:
            return Unusable(ind, "open_bound", f"{ind.name}: no upper limit declared (lower is better)")
        return Level(ind, low, high, canonical(high), canonical(high), notes + _bound_note(ind, "upper"))
    if spec.direction == "higher":
        if low is None:
            return Unusable(ind, "open_bound", f"{ind.name}: no lower limit declared (higher is better)")
        return Level(ind, low, high, canonical(low), canonical(-low), notes + _bound_note(ind, "lower"))
    if low is None or high is None:
        return Unusable(ind, "open_bound", f"{ind.name}: a target indicator needs both bounds")
    t_low, t_high = spec.target  # type: ignore[misc]  # validated for direction target
    deviation = canonical(max(t_low - low, high - t_high, 0.0))
    return Level(
        ind, low, high, deviation, deviation, notes + ("deviation outside target / 超出目标范围的偏差",)
    )


def _bound_note(ind: Indicator, which: str) -> tuple[str, ...]:
    if ind.comparator == "range":
        return (f"{which} bound of the range / 范围的{'上限' if which == 'upper' else '下限'}",)
    if ind.comparator == "tolerance":
        return (f"{which} end of the tolerance / 允差的{'上限' if which == 'upper' else '下限'}",)
    return ()


def below_floor(level: Level, spec: PlanIndicator) -> bool:
    """A declared level looser than the plan's floor (the national or industry requirement)."""
    floor = spec.floor
    if floor is None:
        return False
    if spec.direction == "target":
        lo, hi = floor.min, floor.max
        return (level.low is not None and lo is not None and level.low < lo - _eps(lo)) or (
            level.high is not None and hi is not None and level.high > hi + _eps(hi)
        )
    assert floor.value is not None  # validated
    if spec.direction == "lower":
        return level.value > floor.value + _eps(floor.value)
    return level.value < floor.value - _eps(floor.value)


def _eps(x: float) -> float:
    # Tolerate conversion noise: 0.5 kWh/d -> kWh/a -> kWh/d is not a breach of 0.5.
    return abs(x) * 1e-9


def badness_of_bound(bound: float, spec: PlanIndicator) -> float:
    """A fixed tier bound in badness terms (as :class:`Level` computes it)."""
    return canonical(-bound if spec.direction == "higher" else bound)
