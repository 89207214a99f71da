"""Checks on a standard's normative references, for the ranking gates.

The parser reads the chapters and reference lines (:mod:`std_extract.parse.structure`, carried as
``DocumentRecord.structure``); this module judges them: is an entry a well-formed standard number,
which number does a requirement cite.
"""

from __future__ import annotations

import re

from std_extract.parse.structure import clean_reference

# A standard number as cited in 规范性引用文件: a code (GB, GB/T, QB/T, DB32/T, T/CAS, Q/...) and
# a sequence number with optional parts, optionally a dash and a 4-digit year (DOMAIN.md "Numbers").
# Industry codes have two letters (QB, HJ) or three (CJJ, JGJ: construction).
_CODE = r"(?:GB(?:/[TZ])?|[A-Z]{2,3}(?:/[TZ])?|DB\d{2}(?:/T)?|T/[A-Z0-9]+|Q/[A-Z0-9]+)"
STANDARD_NUMBER = re.compile(rf"{_CODE}\s*\d+(?:\.\d+)*(?:\s*-\s*(?:19|20)\d\d)?")
_WELL_FORMED_ENTRY = re.compile(rf"^{_CODE}\s*\d+(?:\.\d+)*(?:\s*-\s*(?:19|20)\d\d)?(?:\s|$)")
# Foreign and international documents a product standard may cite normatively.
_FOREIGN_ENTRY = re.compile(r"^(?:ISO|IEC|ISO/IEC|EN|ASTM|JIS|DIN|BS|ANSI|UL|CISPR)\b")


def reference_is_well_formed(entry: str) -> bool:
    """An entry starts with a well-formed standard number (or a foreign standard's code)."""
    clean = clean_reference(entry)
    return bool(_WELL_FORMED_ENTRY.match(clean) or _FOREIGN_ENTRY.match(clean))


def cited_number(entry: str) -> str | None:
    """The standard number an entry or requirement text cites, normalised ("GB 2762-2017")."""
    match = STANDARD_NUMBER.search(clean_reference(entry))
    return re.sub(r"\s*-\s*", "-", match.group(0)) if match else None

