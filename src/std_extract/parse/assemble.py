"""``pages_to_document``: scanned pages -> the parsed document (running lines, metadata, tables, clauses)."""

from __future__ import annotations

from std_extract.document import ParsedDocument
from std_extract.parse.layout import split_running_lines
from std_extract.parse.metadata import cover_to_metadata
from std_extract.parse.model import ScanResult


def pages_to_document(scan: ScanResult) -> ParsedDocument:
    """Everything after reading: needs no file, so it can be tested on hand-built pages."""
    pages = [s.page for s in scan.pages]
    split_running_lines(pages)
    document = ParsedDocument(source=scan.source, status=scan.status, errors=list(scan.errors), pages=pages)
    if scan.status == "failed":
        return document
    document.metadata = cover_to_metadata(pages)
    return document
