"""Comparable forms of names, units, numbers and metadata strings (GOLD_FORMAT.md "Matching").

Everything here is for *comparison* only; nothing is written back into a record.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from std_extract.textnorm import clean_text

REL_TOL = 1e-6  # numbers compare with this relative tolerance (GOLD_FORMAT.md)

# Look-alike characters seen in units printed by real text layers; folded before comparing units.
UNIT_LOOKALIKES = str.maketrans(
    {
        "\u00ba": "°",  # º MASCULINE ORDINAL INDICATOR drawn as a degree sign (GB 19645 "ºΤ")
        "\u03a4": "T",  # Τ GREEK CAPITAL TAU drawn as T (GB 19645 "ºΤ")
        "\u2103": "°C",  # ℃ DEGREE CELSIUS == °C
        "\u00b5": "μ",  # µ MICRO SIGN == μ GREEK SMALL MU
        "\u2113": "l",  # ℓ SCRIPT SMALL L
    }
)
_SPACE = re.compile(r"\s+")
_DASH_RUN = re.compile(r"-{2,}")


def _drop_punctuation(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))


def name_key(name: str | None) -> str:
    """Indicator names: width folded, no spaces or punctuation, case folded ("碎米/小碎米": "碎米小碎米")."""
    if not name:
        return ""
    return _drop_punctuation(_SPACE.sub("", clean_text(name))).casefold()


def text_key(text: str | None) -> str:
    """Metadata strings: width, dashes (runs collapsed) and white space normalised, case folded."""
    if not text:
        return ""
    return _DASH_RUN.sub("-", _SPACE.sub("", clean_text(text))).casefold()


def loose_text_key(text: str | None) -> str:
    """Titles and issuing bodies: :func:`text_key` without punctuation (line breaks, 、 and — vary)."""
    return _drop_punctuation(text_key(text))


def unit_key(unit: str | None) -> str:
    """Units: clean_text, look-alikes folded, no white space; "" for no unit."""
    if not unit:
        return ""
    return _SPACE.sub("", clean_text(unit).translate(UNIT_LOOKALIKES))


def numbers_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


@cache
def units_equal(a: str | None, b: str | None) -> bool:
    """Equal after :func:`unit_key`, or one unit written two ways (毫升 and mL; kWh/24h and kWh/d)."""
    from std_extract.values.units import same_unit

    key_a, key_b = unit_key(a), unit_key(b)
    if key_a == key_b:
        return True
    return bool(a and b and key_a and key_b) and same_unit(a or "", b or "")


def condition_keys(conditions: list[str]) -> list[str]:
    """Conditions as a sorted multiset of :func:`name_key` forms."""
    return sorted(key for key in (name_key(c) for c in conditions) if key)
