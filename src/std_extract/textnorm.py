"""Character-level normalisation tables for Chinese standard text, in one place.

Chinese text is data: these functions never drop ≤ ≥ ℃ ³ or other symbols silently.  Plain
``unicodedata.normalize("NFKC")`` is deliberately *not* used on whole strings: it turns m³ into
m3, ℃ into °C and ㎡ into m2, which loses the printed form.  Instead, :func:`fold_width` maps
only the full-width ASCII block, and callers that need NFKC (unit parsing) protect the
superscripts first with :func:`protect_superscripts`.
"""

from __future__ import annotations

import re

# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset; U+3000 is the ideographic space.
_FULLWIDTH_OFFSET = 0xFEE0
_WIDTH_TABLE = {cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space -> space

# Dash forms printed between a standard's number and its year, and in ranges.
DASHES = {
    "\u2014": "-",  # — EM DASH: "GB 19645—2010" (the GB/T 1.1 house style)
    "\u2013": "-",  # – EN DASH
    "\u2012": "-",  # ‒ FIGURE DASH
    "\u2010": "-",  # ‐ HYPHEN
    "\u2011": "-",  # ‑ NON-BREAKING HYPHEN
    "\uff0d": "-",  # － FULLWIDTH HYPHEN-MINUS
    "\u2212": "-",  # − MINUS SIGN
    "\u2500": "-",  # ─ BOX DRAWINGS LIGHT HORIZONTAL (seen as a dash in some CJK fonts)
}
_DASH_TABLE = str.maketrans(DASHES)

# Range separators: 6.0～8.5, 6.0~8.5, 6.0〜8.5 (the wave dash forms) all mean "from..to".
WAVE_DASHES = "～~〜\u301c\u223c"

# Superscripts that NFKC would flatten into plain digits (m³ -> m3, 10⁻⁶ -> 10-6).
SUPERSCRIPTS = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4",
    "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "⁻": "-", "⁺": "+",
}
_SUPERSCRIPT_RUN = re.compile("[" + "".join(SUPERSCRIPTS) + "]+")

# Private-use code points some CJK fonts emit for punctuation.  GB 2763 prints the decimal point
# as U+1001B0 between full-width digits ("０\U001001b0０５" is 0.05).
PRIVATE_USE_PUNCTUATION = {
    "\U001001b0": ".",
}
_PUA_TABLE = str.maketrans(PRIVATE_USE_PUNCTUATION)


def fold_width(text: str) -> str:
    """Full-width ASCII letters, digits and punctuation to ASCII; everything else unchanged."""
    return text.translate(_WIDTH_TABLE)


def normalize_dashes(text: str) -> str:
    """All dash forms to ASCII hyphen-minus (standard numbers, ranges)."""
    return text.translate(_DASH_TABLE)


def repair_private_use(text: str) -> str:
    """Known private-use punctuation code points to what they draw."""
    return text.translate(_PUA_TABLE)


def protect_superscripts(text: str) -> str:
    """Write superscript runs as ``**n`` so NFKC cannot turn m³ into m3 (m³ -> m**3, 10⁻⁶ -> 10**-6)."""
    return _SUPERSCRIPT_RUN.sub(lambda m: "**" + "".join(SUPERSCRIPTS[c] for c in m.group()), text)


def clean_text(text: str) -> str:
    """The canonical comparable form of printed text: width folded, dashes and PUA repaired.

    Symbols (≤ ≥ ℃ ³ ± ～) are kept as printed.
    """
    return normalize_dashes(repair_private_use(fold_width(text)))


_SPACES = re.compile(r"\s+")


def squeeze_spaces(text: str) -> str:
    """Collapse runs of white space to one ASCII space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def compact(text: str) -> str:
    """A key for matching names: clean_text without any white space ("水 分" == "水分")."""
    return _SPACES.sub("", clean_text(text))
