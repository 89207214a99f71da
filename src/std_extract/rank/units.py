"""Bring a normalised value into a plan's unit.

Records carry ``value_normalized`` in ``unit_normalized`` (the indicator's canonical unit).  When
that is already the plan's unit the value is used as is; otherwise the project's unit table
(:mod:`std_extract.values.units`, so ``dBA`` or ``kWh/(24*h)`` read as the extractor wrote them)
converts it, and a unit that cannot be brought over makes the value unusable for that plan (left
out as ``unit_not_convertible``).  Conversions are cached per unit pair as a factor: 100,000 records
share a handful of units, and a pint conversion per value would dominate the ranking time.
"""

from __future__ import annotations

from functools import cache

from std_extract.values.units import convert as project_convert
from std_extract.values.units import same_unit

# Logarithmic units: plain pint would "convert" dB to percent (10^(x/10)); never meant here.
_LOGARITHMIC = ("dB", "decibel", "bel", "neper", "Np", "octave", "decade")


def _spelling(unit: str | None) -> str:
    return (unit or "").strip()


def convert(value: float, unit: str | None, target: str | None) -> float | None:
    """``value`` in ``unit`` expressed in ``target``; None when the two are not convertible."""
    src, dst = _spelling(unit), _spelling(target)
    if src == dst:
        return value
    how = _conversion(src, dst)
    if how == "none":
        return None
    if isinstance(how, float):
        return value * how
    return project_convert(value, src, dst)  # offset units (degC <-> K): each value converts


@cache
def _conversion(src: str, dst: str) -> float | str:
    """A factor, "offset" or "none" for one unit pair."""
    if not src or not dst:
        return "none"  # a unit against no unit
    if any(log in src or log in dst for log in _LOGARITHMIC):
        # dB levels compare only when they are one unit written two ways (dBA and dB(A)).
        return 1.0 if same_unit(src, dst) else "none"
    one, zero = project_convert(1.0, src, dst), project_convert(0.0, src, dst)
    if one is None or zero is None:
        return "none"
    return one if zero == 0 else "offset"
