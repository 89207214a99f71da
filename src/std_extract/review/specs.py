"""What the workbench knows about a canonical indicator: its unit, better direction and floors.

The facts come from whatever the installed package offers, each looked up lazily so the
workbench still runs while those parts are missing or being rewritten:

* ``std_extract.lexicon.default_lexicon()`` — indicator specs (name, canonical unit, direction);
* ``std_extract.rank`` plans (``extractors/plans/*.toml``) — unit, direction and floor per plan;
* ``std_extract.normalize.units.convert`` (printed units), else ``std_extract.rank.units.convert``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from typing import Any

log = logging.getLogger(__name__)


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
    if (printed_unit or "") == (canonical_unit or ""):
        return value
    for module in ("std_extract.normalize.units", "std_extract.rank.units"):
        func = _function(module, "convert")
        if func is not None:
            try:
                return func(value, printed_unit or "", canonical_unit or "")
            except Exception:  # noqa: BLE001 - a unit module being rewritten must not break review
                log.debug("unit conversion failed in %s", module, exc_info=True)
                return None
    return None


def facts(canonical_id: str) -> IndicatorFacts:
    """The facts known for ``canonical_id`` (every field may be None)."""
    spec = _lexicon_spec(canonical_id)
    unit = _attr(spec, "unit", "canonical_unit") or None  # "" for qualitative indicators
    direction = _attr(spec, "direction", "better")
    floors = tuple(_plan_floors().get(canonical_id, ()))
    for fact in floors:  # plans fill what the lexicon does not say
        unit = unit or fact.unit
        direction = direction or fact.direction
    return IndicatorFacts(canonical_id, unit, direction, floors)


@cache
def _function(module_name: str, name: str):
    try:
        module = __import__(module_name, fromlist=[name])
    except Exception:  # noqa: BLE001 - ImportError, or a half-written module
        return None
    return getattr(module, name, None)


def _lexicon_spec(canonical_id: str) -> Any:
    lexicon = _lexicon()
    if lexicon is None:
        return None
    try:
        return lexicon.get(canonical_id)
    except Exception:  # noqa: BLE001 - a lexicon mid-rewrite must not break review
        return None


@cache
def _lexicon() -> Any:
    """``std_extract.lexicon.default_lexicon()`` (an object with ``get(id)``), or None."""
    try:
        from std_extract.lexicon import default_lexicon  # type: ignore[attr-defined]

        return default_lexicon()
    except Exception:  # noqa: BLE001 - missing module or an invalid indicators.toml
        log.warning("review: indicator lexicon not available", exc_info=True)
        return None


def canonical_choices() -> list[dict[str, str]]:
    """Every canonical indicator (id, name, unit) for the edit form's picker."""
    lexicon = _lexicon()
    try:
        specs = list(lexicon) if lexicon is not None else []
    except TypeError:
        return []
    return [{"id": s.id, "name": s.name, "unit": s.unit or ""} for s in specs if getattr(s, "id", None)]


def canonical_name(canonical_id: str | None) -> str | None:
    spec = _lexicon_spec(canonical_id) if canonical_id else None
    return _attr(spec, "name")


def _attr(spec: Any, *names: str) -> Any:
    for name in names:
        value = spec.get(name) if isinstance(spec, dict) else getattr(spec, name, None)
        if value is not None:
            return value
    return None


@cache
def plans() -> tuple[Any, ...]:
    """The shipped evaluation plans, or none when they cannot be loaded."""
    try:
        from std_extract.rank.loading import load_plans

        return tuple(load_plans())
    except Exception:  # noqa: BLE001 - no plans, or a plan file mid-edit
        log.warning("review: evaluation plans could not be loaded", exc_info=True)
        return ()


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
