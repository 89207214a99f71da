"""Gold JSON (corpus/GOLD_FORMAT.md) and MANIFEST.csv writing.

The gold comes from the composed document and the pages the layout recorded, never from the PDF.
JSON is written with sorted-free, fixed key order, ``ensure_ascii=False`` and a trailing newline,
so the same seed gives byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from typing import Any

from std_extract_synth.categories import class_code
from std_extract_synth.model import SynthDoc

GOLD_VERSION = 1
MANIFEST_FIELDS = (
    "file",
    "category",
    "class_code",
    "section",
    "standard_number",
    "kind",
    "enterprise",
    "font",
    "pages",
    "indicators",
)
FONT_NOTES = {
    "wqy-zenhei": "wqy-zenhei (TrueType, embedded subset)",
    "STSong-Light": "STSong-Light (CID, not embedded; hard case: pdfplumber drops ³)",
}


def normalise_number(number: str) -> str:
    """The standard number with the year dash as "-" (GOLD_FORMAT.md)."""
    return number.replace("—", "-")


def gold_dict(doc: SynthDoc, pdf: bytes, anchor_pages: dict[str, int]) -> dict[str, Any]:
    m = doc.meta
    return {
        "gold_version": GOLD_VERSION,
        "file": f"{doc.stem}.pdf",
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "category": doc.category.key,
        "standard": {
            "number": normalise_number(m.number),
            "kind": m.kind,
            "title": " ".join(m.title_lines),
            "title_en": m.title_en,
            "enterprise": m.enterprise,
            "issued": m.issued,
            "effective": m.effective,
            "replaces": [normalise_number(r) for r in m.replaces],
            "ics": [m.ics],
            "ccs": [m.ccs],
        },
        "classification": {"code": class_code(doc.category)},
        "indicators": [g.as_json(anchor_pages[g.anchor]) for g in doc.gold],
    }


def gold_json(gold: dict[str, Any]) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def manifest_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=MANIFEST_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: r["file"]):
        writer.writerow(row)
    return buf.getvalue()
