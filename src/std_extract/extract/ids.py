"""Stable indicator ids.

A reviewer's correction is keyed by the indicator id, so the id must not change when the same
file is processed again (nor when an unrelated part of the pipeline changes).  It is derived
from the document hash, where the value was printed (table cell or clause sentence), the
compact name and the grade; never from list positions of other indicators.
"""

from __future__ import annotations

import hashlib

from std_extract.textnorm import compact


def indicator_id(document_sha256: str, locator: str, name: str, grade: str | None) -> str:
    """``ind_`` + 16 hex digits of sha256 over the identifying parts."""
    key = "\x1f".join([document_sha256, locator, compact(name), grade or ""])
    return "ind_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
