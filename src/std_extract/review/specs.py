"""What the workbench knows about a canonical indicator: its unit, better direction and floors.

The facts come from the same places the extractor and the ranker read them, imported statically:

* ``std_extract.indicator_lexicon.default_lexicon()`` — indicator specs (name, canonical unit, direction);
* the shipped evaluation plans (``extractors/plans/*.toml``) — unit, direction and floor per plan;
* ``std_extract.rank.units.convert`` — the one unit conversion (the project's unit table behind
  pint, cached per unit pair), so a reviewer's unit is judged exactly as the ranking will read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from std_extract.indicator_lexicon import IndicatorSpec, default_lexicon
from std_extract.rank.loading import load_plans
from std_extract.rank.units import convert as convert_unit


@dataclass(frozen=True)
class FloorFact:
    plan_id: str
    classes: tuple[str, ...]
    value: float | None
    min: float | None
    max: float | None
    unit: str | None
    direction: str
    source: str


@dataclass(frozen=True)
class IndicatorFacts:
    canonical_id: str
    unit: str | None = None
    direction: str | None = None  # higher | lower | target
    floors: tuple[FloorFact, ...] = field(default_factory=tuple)


def convert(value: float, printed_unit: str | None, canonical_unit: str | None) -> float | None:
    """``value`` in ``printed_unit`` as ``canonical_unit``; None when not convertible or unknown."""
    return convert_unit(value, printed_unit, canonical_unit)


def facts(canonical_id: str) -> IndicatorFacts:
    """The facts known for ``canonical_id`` (every field may be None)."""
    spec = default_lexicon().get(canonical_id)
    unit = (spec.unit if spec else None) or None  # "" for qualitative indicators
    direction: str | None = spec.direction if spec else None
    floors = tuple(_plan_floors().get(canonical_id, ()))
    for fact in floors:  # plans fill what the lexicon does not say
        unit = unit or fact.unit
        direction = direction or fact.direction
    return IndicatorFacts(canonical_id, unit, direction, floors)


def canonical_choices() -> list[dict[str, str]]:
    """Every canonical indicator (id, name, unit) for the edit form's picker."""
    return [{"id": spec.id, "name": spec.name, "unit": spec.unit or ""} for spec in default_lexicon()]


def canonical_name(canonical_id: str | None) -> str | None:
    spec: IndicatorSpec | None = default_lexicon().get(canonical_id) if canonical_id else None
    return spec.name if spec else None


@cache
def plans() -> tuple[Any, ...]:
    """The shipped evaluation plans (a broken plan file fails here, as ``std-extract rules`` says)."""
    return tuple(load_plans())


@cache
def _plan_floors() -> dict[str, list[FloorFact]]:
    out: dict[str, list[FloorFact]] = {}
    for plan in plans():
        for spec in [*plan.core, *plan.optional]:
            floor = spec.floor
            out.setdefault(spec.id, []).append(
                FloorFact(
                    plan_id=plan.id,
                    classes=tuple(plan.classes),
                    value=floor.value if floor else None,
                    min=floor.min if floor else None,
                    max=floor.max if floor else None,
                    unit=spec.unit,
                    direction=spec.direction,
                    source=floor.source if floor else "",
                )
            )
    return out


def plans_for_class(code: str | None) -> list[str]:
    """Ids of the plans whose classes cover a GB/T 4754 code (prefix match, as the ranker does)."""
    if not code:
        return []
    return [p.id for p in plans() if any(code.startswith(c) for c in p.classes)]
