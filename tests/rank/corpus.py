"""Gold files of the generated corpus as ranking input (no PDF parsing: the gold is the record)."""

from __future__ import annotations

import json
from pathlib import Path

from corpora import GENERATED

from std_extract.document import Source
from std_extract.extract.canonical import normalise_indicators
from std_extract.record import Classification, DocumentRecord, Indicator, Provenance, StandardInfo


def gold_files() -> list[Path]:
    return sorted(GENERATED.glob("*.gold.json")) if GENERATED.is_dir() else []


def gold_to_record(path: Path) -> DocumentRecord:
    """A record as a perfect extraction of this gold file would give it (names normalised by the lexicon)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    indicators = [_indicator(n, item) for n, item in enumerate(gold["indicators"])]
    return DocumentRecord(
        source=Source(path=f"corpus/generated/{gold['file']}", sha256=gold["sha256"], pages=1),
        status="ok",
        standard=StandardInfo(**gold["standard"]),
        indicators=normalise_indicators(indicators),
        classification=Classification(code=(gold.get("classification") or {}).get("code")),
    )


def _indicator(n: int, item: dict) -> Indicator:
    fields = {
        k: item.get(k)
        for k in ("name", "comparator", "value", "value_max", "tolerance", "unit", "grade", "clause", "table")
    }
    printed = item.get("value_text") or item["name"]
    provenance = (
        [Provenance(page=item["page"], bbox=(0.0, 0.0, 0.0, 0.0), source_text=printed)]
        if item.get("page")
        else []
    )
    return Indicator(id=f"g{n}", conditions=item.get("conditions") or [], provenance=provenance, **fields)
