"""Bring a normalised value into a plan's unit.

Records carry ``value_normalized`` in ``unit_normalized`` (the indicator's canonical unit, pint
spelling).  When that is already the plan's unit the value is used as is; otherwise pint converts
it (kWh/d to kWh/a, mg/kg to percent), and a unit pint cannot bring over makes the value
unusable for that plan (left out as ``unit_not_convertible``).
"""

from __future__ import annotations

from functools import cache

import pint

_REGISTRY = pint.UnitRegistry()
# Logarithmic units: pint would "convert" dB to percent (10^(x/10)); that is never meant here.
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
    return _quantity(value, src, dst)


@cache
def _conversion(src: str, dst: str) -> float | str:
    """A factor, "offset" (degC <-> K: convert each value) or "none"; cached per unit pair, since
    100,000 records share few units."""
    if any(log in src or log in dst for log in _LOGARITHMIC):
        return "none"  # dB(A) levels are compared as printed, never rescaled
    one, zero = _quantity(1.0, src, dst), _quantity(0.0, src, dst)
    if one is None or zero is None:
        return "none"
    return one if zero == 0 else "offset"


def _quantity(value: float, src: str, dst: str) -> float | None:
    try:
        return float(_REGISTRY.Quantity(value, src or "dimensionless").to(dst or "dimensionless").magnitude)
    except Exception:  # pint raises many types (parse, dimensionality, offset, tokenizer)
        return None
