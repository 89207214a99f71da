"""Checks on a standard's normative references, for the ranking gates.

The parser reads the chapters and reference lines (:mod:`std_extract.parse.structure`, carried as
``DocumentRecord.structure``); this module judges them: is an entry a well-formed standard number,
which number does a requirement cite.
"""

from __future__ import annotations

import re

from std_extract.parse.structure import clean_reference
from std_extract.stdnum import number_grammar

# A standard number as cited in 规范性引用文件 (GB, GB/T, QB/T, DB32/T, T/CAS, Q/..., ISO ...):
# the grammar of extractors/standard_numbers.toml (std_extract.stdnum).


def reference_is_well_formed(entry: str) -> bool:
    """An entry starts with a well-formed standard number (or a foreign standard's code)."""
    clean = clean_reference(entry)
    match = number_grammar().reference.match(clean)
    return match is not None and (match.end() == len(clean) or clean[match.end()].isspace())


def cited_number(entry: str) -> str | None:
    """The standard number an entry or requirement text cites, normalised ("GB 2762-2017")."""
    match = number_grammar().reference.search(clean_reference(entry))
    return re.sub(r"\s*-\s*", "-", match.group(0)) if match else None
