"""Checks run while a reviewer types: each returns warnings, never blocks a save.

* the unit converts to the indicator's canonical unit;
* the value is plausible beside other standards' values of the same indicator (within
  min / 10 .. max × 10 of theirs);
* the value is not looser than a plan's floor;
* the comparator points the indicator's better way (a lower-is-better limit is ≤).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from std_extract.review.specs import FloorFact, IndicatorFacts, convert, facts

PLAUSIBLE_FACTOR = 10.0
_UPPER_LIMITS = {"<=", "<"}
_LOWER_LIMITS = {">=", ">"}


@dataclass(frozen=True)
class CheckResult:
    code: str  # unit_not_convertible, implausible, below_floor, direction, bad_number
    message: str
    level: str = "warning"  # warning | error
    # what the page fills into the message ``check.<code>`` of its catalogue (its own language)
    values: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Draft:
    """The value as the reviewer is typing it (numbers already parsed)."""

    canonical_id: str | None
    comparator: str
    value: float | None
    value_max: float | None
    unit: str | None


def check_draft(
    draft: Draft,
    others: list[float],
    class_code: str | None,
    plans: list[str],
    record_unit: str | None = None,
) -> list[CheckResult]:
    """Every warning for ``draft``; ``others`` are the same indicator's values elsewhere (in the
    canonical unit), ``record_unit`` the canonical unit the record gives when no spec does."""
    if not draft.canonical_id:
        return []
    known = facts(draft.canonical_id)
    if known.unit is None and record_unit:
        known = IndicatorFacts(known.canonical_id, record_unit, known.direction, known.floors)
    results: list[CheckResult] = []
    normalised = _normalised(draft, known, results)
    if normalised is not None:
        results += check_plausible(normalised, others, known.unit)
        results += check_floors(draft, known, plans, class_code)
    results += check_direction(draft.comparator, known.direction)
    return results


def _normalised(draft: Draft, known: IndicatorFacts, results: list[CheckResult]) -> float | None:
    if draft.value is None:
        return None
    if known.unit is None:
        return draft.value if draft.unit in (None, "") else None
    converted = convert(draft.value, draft.unit, known.unit)
    if converted is None:
        shown = draft.unit or "—"
        results.append(
            CheckResult(
                "unit_not_convertible",
                f"unit “{shown}” cannot be converted to {known.unit}",
                values={"unit": shown, "target": known.unit},
            )
        )
    return converted


def check_plausible(value: float, others: list[float], unit: str | None) -> list[CheckResult]:
    """Outside [min / 10, max × 10] of the other standards' values (needs two of them)."""
    if len(others) < 2:
        return []
    low, high = min(others), max(others)
    too_high = high > 0 and value > high * PLAUSIBLE_FACTOR
    too_low = low > 0 and 0 < value < low / PLAUSIBLE_FACTOR
    if too_high or too_low or (low > 0 and value < 0):
        shown = f"{low:g}..{high:g}" + (f" {unit}" if unit else "")
        message = f"{value:g} is far from the other standards ({shown})"
        return [CheckResult("implausible", message, values={"value": f"{value:g}", "range": shown})]
    return []


def check_floors(
    draft: Draft, known: IndicatorFacts, plans: list[str], class_code: str | None
) -> list[CheckResult]:
    """Looser than the floor of a plan the document is in."""
    results = []
    for floor in known.floors:
        in_plan = floor.plan_id in plans or (
            class_code and any(class_code.startswith(c) for c in floor.classes)
        )
        if in_plan and draft.value is not None:
            breach = _floor_breach(draft, floor)
            if breach:
                message, values = breach
                results.append(CheckResult("below_floor", message, values=values))
    return results


def _floor_breach(draft: Draft, floor: FloorFact) -> tuple[str, dict[str, Any]] | None:
    """The message and its values when ``draft`` is looser than ``floor``."""
    value = convert(draft.value, draft.unit, floor.unit) if draft.value is not None else None
    if value is None:
        return None
    where = f"plan {floor.plan_id} ({floor.source})"
    values = {"value": f"{value:g}", "plan": floor.plan_id, "source": floor.source}
    if floor.direction == "lower" and floor.value is not None and value > floor.value:
        floor_text = f"≤ {floor.value:g}"
    elif floor.direction == "higher" and floor.value is not None and value < floor.value:
        floor_text = f"≥ {floor.value:g}"
    elif floor.direction == "target" and floor.min is not None and floor.max is not None:
        high = convert(draft.value_max, draft.unit, floor.unit) if draft.value_max is not None else value
        if not (value < floor.min or (high is not None and high > floor.max)):
            return None
        floor_text = f"{floor.min:g}..{floor.max:g}"
    else:
        return None
    return f"{value:g} is looser than the floor {floor_text} of {where}", {**values, "floor": floor_text}


def check_direction(comparator: str, direction: str | None) -> list[CheckResult]:
    """A ≥ limit on a lower-is-better indicator (or the reverse) is usually a misread comparator."""
    if direction == "lower" and comparator in _LOWER_LIMITS:
        message = f"“{comparator}” on an indicator where lower is better (expected ≤)"
        return [CheckResult("direction", message, values={"comparator": comparator, "expected": "≤"})]
    if direction == "higher" and comparator in _UPPER_LIMITS:
        message = f"“{comparator}” on an indicator where higher is better (expected ≥)"
        return [CheckResult("direction", message, values={"comparator": comparator, "expected": "≥"})]
    return []
