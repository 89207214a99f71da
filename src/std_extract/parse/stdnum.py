"""Standard numbers: GB 5085.3—2007, GB/T 19266—2008, HJ/T 299—2007, DB32/T 1580—2019,
T/CAS 456—2023, Q/320115ABC 001—2024 (GB/T 1.1 and the numbering rules of national, industry,
local, group and enterprise standards).  Matching runs on cleaned text (textnorm.clean_text)."""

from __future__ import annotations

import re

# Two-letter industry codes (HJ, QB, NY ...) take an optional /T or /Z; local standards are DB and
# a two-digit province code; group and enterprise standards are T/ or Q/ and the body's code,
# and enterprise sequence numbers may end in a letter (Q/SHLY 0012S-2024: S for food).
STANDARD_NUMBER = re.compile(
    r"(?<![A-Za-z])(?P<prefix>GB(?:\s*/\s*[TZ])?|DB\s*\d{2}(?:\s*/\s*T)?|[TQ]\s*/\s*[A-Z0-9]+|[A-Z]{2}(?:\s*/\s*[TZ])?)"
    r"\s*(?P<seq>\d+(?:\s*\.\s*\d+)*[A-Z]?)\s*-\s*(?P<year>(?:19|20)\d{2})(?!\d)"
)


def normalise_number(match: re.Match) -> tuple[str, str, str, int]:
    """(number, prefix, kind, year): "GB/T 19266-2008", "GB/T", "GB/T", 2008."""
    prefix = re.sub(r"\s+", "", match.group("prefix"))
    seq = re.sub(r"\s+", "", match.group("seq"))
    year = int(match.group("year"))
    return f"{prefix} {seq}-{year}", prefix, number_kind(prefix), year


def number_kind(prefix: str) -> str:
    """The kind of a prefix: "DB32/T" -> "DB/T", "T/CAS" -> "T", "Q/320115ABC" -> "Q", "GB/T" -> "GB/T"."""
    if prefix.startswith(("T/", "Q/")):
        return prefix[0]
    if prefix.startswith("DB"):
        return "DB/T" if prefix.endswith("/T") else "DB"
    return prefix
