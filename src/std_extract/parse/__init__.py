"""The parser: a standard's PDF -> :class:`~std_extract.document.ParsedDocument`.

Two stages, each a plain function from one model to the next::

    scan     = pdf_to_pages(path, options)   # pages.py: the only code that opens files
    document = pages_to_document(scan)       # assemble.py: running lines, metadata, tables, clauses

:func:`parse_pdf` wires them and never raises on bad input: a file that is not a PDF, damaged,
encrypted, empty, scanned or too large comes back as a document with status "failed" and an
error item naming the file and the cause.
"""

from __future__ import annotations

from pathlib import Path

from std_extract.document import ParsedDocument
from std_extract.parse.assemble import pages_to_document
from std_extract.parse.options import ParseOptions
from std_extract.parse.pages import pdf_to_pages

__all__ = ["ParseOptions", "parse_pdf", "pages_to_document", "pdf_to_pages"]


def parse_pdf(path: str | Path, options: ParseOptions | None = None) -> ParsedDocument:
    """Parse a standard's PDF: pages with lines and char boxes, cover metadata, clause tree, tables."""
    return pages_to_document(pdf_to_pages(path, options))
