"""Values read by OCR carry it as evidence: the flag ``ocr``, and ``ocr_symbol_repaired`` where a
character that decides the value was repaired or a sign was recovered from the image.

The confidence stage lowers the confidence of flagged values and sends them to review, where the
reviewer sees the scan.  A repair touches a value when it lies on the value's own text, or, for a
value read from a table, in the same table row (a sign after the row label: "胶稠度/mm ≥") or in
the same column (a sign under the column header, GB/T 22438 表1).
"""

from __future__ import annotations

from std_extract.document import BBox, ParsedDocument, SymbolRepair
from std_extract.record import Indicator

OCR = "ocr"
OCR_REPAIRED = "ocr_symbol_repaired"


def flag_ocr_values(document: ParsedDocument, indicators: list[Indicator]) -> list[Indicator]:
    """Add the OCR flags to the indicators printed on OCR pages (in place; returns the list)."""
    ocr_pages = {page.number: page.ocr for page in document.pages if page.ocr is not None}
    if not ocr_pages:
        return indicators
    regions = _table_regions(document)
    for indicator in indicators:
        on_ocr = [p for p in indicator.provenance if p.page in ocr_pages]
        if not on_ocr:
            continue
        _add(indicator, OCR)
        for provenance in on_ocr:
            repairs = ocr_pages[provenance.page].repairs
            table = regions.get((provenance.page, indicator.table)) if indicator.table else None
            if any(_touches(r, provenance.bbox, table) for r in repairs):
                _add(indicator, OCR_REPAIRED)
                break
    return indicators


def _table_regions(document: ParsedDocument) -> dict[tuple[int, str], BBox]:
    regions: dict[tuple[int, str], BBox] = {}
    for table in document.tables:
        if table.number is None:
            continue
        for page, bbox in table.bboxes:
            regions[(page, table.number)] = bbox
    return regions


def _touches(repair: SymbolRepair, value: BBox, table: BBox | None) -> bool:
    if _intersects(repair.bbox, value):
        return True
    if table is None or not _inside(repair.bbox, table):
        return False
    cx = (repair.bbox[0] + repair.bbox[2]) / 2
    cy = (repair.bbox[1] + repair.bbox[3]) / 2
    return value[1] <= cy <= value[3] or value[0] <= cx <= value[2]


def _intersects(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _inside(inner: BBox, outer: BBox) -> bool:
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def _add(indicator: Indicator, flag: str) -> None:
    if flag not in indicator.flags:
        indicator.flags.append(flag)
