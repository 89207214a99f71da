"""Document backends: the libraries that read a PDF page into the parser's page model.

Two backends share one contract (:mod:`.base`): :class:`PdfiumBackend` (pypdfium2, the default:
fast, and it decodes fonts pdfminer cannot) and :class:`PdfplumberBackend` (pdfminer's layout
analysis: the reference, and the reader of pages PDFium finds empty).  ``pages.py`` picks one per
file (``ParseOptions.backend``) and falls back to the other per page.
"""

from __future__ import annotations

from std_extract.parse.backends.base import Char, DocumentBackend, PageContent, PageGeometry
from std_extract.parse.backends.pdfium import NAME as PDFIUM
from std_extract.parse.backends.pdfium import PdfiumBackend
from std_extract.parse.backends.plumber import NAME as PLUMBER
from std_extract.parse.backends.plumber import PdfplumberBackend

__all__ = [
    "PDFIUM",
    "PLUMBER",
    "Char",
    "DocumentBackend",
    "PageContent",
    "PageGeometry",
    "PdfiumBackend",
    "PdfplumberBackend",
]
