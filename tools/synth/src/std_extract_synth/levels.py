"""The value each enterprise sets for each requirement, relative to the national floor.

A category's enterprises get one *profile* each.  A profile gives, per spec, a number of notches
of strictness: positive is stricter than the floor, 0 is equal to it, negative is looser (an
enterprise standard that would not pass the national limit -- a real thing the ranking must
catch, e.g. a 耗电量 above the GB 12021.2 limit).
"""

from __future__ import annotations

import random
from typing import cast

from std_extract_synth.model import Level, Spec

# Probabilities of notches (-1, 0, 1, 2) per profile.
PROFILES: dict[str, tuple[float, float, float, float]] = {
    "leader": (0.0, 0.15, 0.45, 0.40),
    "strong": (0.0, 0.35, 0.50, 0.15),
    "equal": (0.0, 0.85, 0.15, 0.0),
    "mixed": (0.05, 0.55, 0.35, 0.05),
    "laggard": (0.30, 0.60, 0.10, 0.0),
}
NOTCHES = (-1, 0, 1, 2)

# Profiles handed out in a category, in this order, then shuffled per category.
PROFILE_POOL = ("leader", "strong", "equal", "mixed", "laggard", "strong")


def draw_notch(profile: str, rng: random.Random) -> int:
    """How many notches stricter than the floor one spec is set."""
    return rng.choices(NOTCHES, weights=PROFILES[profile])[0]


def lower_is_better(spec: Spec) -> bool:
    if spec.lower_better is not None:
        return spec.lower_better
    return spec.cmp in ("<=", "<")


def _round(value: float, dec: int) -> float:
    return round(value, dec)


def _bound(spec: Spec, floor: float, notch: int) -> float:
    """A one-sided limit moved ``notch`` steps stricter (down when lower is better)."""
    sign = -1 if lower_is_better(spec) else 1
    value = floor + sign * notch * spec.step
    if (floor > 0 and value <= 0) or (floor < 0 and value >= 0):  # never cross zero
        value = floor
    if spec.cap is not None:
        value = min(value, spec.cap) if spec.cap >= floor else max(value, spec.cap)
    return _round(value, spec.dec)


def level_for(spec: Spec, floor: object, notch: int) -> Level:
    """The printed level of ``spec`` at ``floor`` moved by ``notch``."""
    if spec.cmp in ("<=", ">=", "<", ">"):
        return Level(value=_bound(spec, float(floor), notch))  # type: ignore[arg-type]
    if spec.cmp == "=":
        return Level(value=float(floor))  # type: ignore[arg-type]
    if spec.cmp == "range":
        lo, hi = cast(tuple[float, float], floor)
        lo2, hi2 = lo + notch * spec.step, hi - notch * spec.step
        if lo2 >= hi2:
            lo2, hi2 = lo, hi
        return Level(value=_round(lo2, spec.dec), value_max=_round(hi2, spec.dec))
    if spec.cmp == "tolerance":
        value, tol = cast(tuple[float, float], floor)
        tol2 = tol - notch * spec.step
        if tol2 <= 0:
            tol2 = tol
        return Level(value=_round(value, spec.dec), tolerance=_round(tol2, spec.dec))
    if spec.cmp in ("reference", "qualitative"):
        return Level(text=str(floor))
    return Level()


def spec_level(spec: Spec, profile: str, rng: random.Random) -> Level:
    return level_for(spec, spec.floor, draw_notch(profile, rng))


def graded_levels(spec: Spec, profile: str, rng: random.Random) -> list[Level]:
    """One level per grade, all moved by the same notch so grades stay ordered."""
    notch = draw_notch(profile, rng)
    return [level_for(spec, floor, notch) for floor in spec.grades or ()]
