"""Cover metadata: each StandardInfo field compared after width, dash and white-space normalisation."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from std_extract.evaluate.keys import loose_text_key, text_key
from std_extract.evaluate.report import Accuracy
from std_extract.record import StandardInfo

# Field -> comparable key.  Titles and issuing bodies also drop punctuation: a title printed over
# two lines, or two issuing bodies joined by "、" or a line break, compare equal.
SCALAR_FIELDS: dict[str, Callable[[str | None], str]] = {
    "number": text_key,
    "kind": text_key,
    "title": loose_text_key,
    "title_en": loose_text_key,
    "enterprise": loose_text_key,
    "issued": text_key,
    "effective": text_key,
}
LIST_FIELDS = ("replaces", "ics", "ccs")
METADATA_FIELDS = tuple(f for f in (*SCALAR_FIELDS, *LIST_FIELDS) if f in StandardInfo.model_fields)


def _key(field: str, value: object) -> object:
    if field in LIST_FIELDS:
        return frozenset(text_key(v) for v in cast("list[str]", value or []) if text_key(v))
    return SCALAR_FIELDS[field](value)  # type: ignore[arg-type]


def compare_metadata(
    gold: StandardInfo, output: StandardInfo
) -> tuple[dict[str, Accuracy], dict[str, tuple[object, object]]]:
    """Per-field accuracy (one comparison per field) and the fields that differ, as (gold, output)."""
    scores: dict[str, Accuracy] = {}
    mismatches: dict[str, tuple[object, object]] = {}
    for field in METADATA_FIELDS:
        gold_value, out_value = getattr(gold, field), getattr(output, field)
        ok = _key(field, gold_value) == _key(field, out_value)
        scores[field] = Accuracy(correct=int(ok), total=1)
        if not ok:
            mismatches[field] = (gold_value, out_value)
    return scores, mismatches
