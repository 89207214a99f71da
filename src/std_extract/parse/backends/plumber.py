"""The pdfplumber backend (pdfminer's layout analysis): the reference reader, and the fallback.

Its char boxes are the ones the parser's rules were written against; the PDFium backend copies
them.  It reads pages PDFium reports as empty (pdfminer decodes some fonts PDFium does not), and
whole files PDFium cannot open.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pdfplumber

from std_extract.parse.backends.base import PageContent, PageGeometry

NAME = "pdfplumber"
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer warns on every odd font


class PdfplumberBackend:
    """An opened PDF read by pdfplumber.  Opening walks the page tree, so a broken one raises here."""

    name = NAME

    def __init__(self, path: str | Path):
        self.pdf = pdfplumber.open(path)
        try:
            self._count = len(self.pdf.pages)
        except Exception:
            self.close()
            raise

    @property
    def page_count(self) -> int:
        return self._count

    def read_page(self, number: int) -> PageContent:
        page = self.pdf.pages[number - 1]
        try:
            geometry = PageGeometry(
                bbox=page.bbox, lines=list(page.lines), rects=list(page.rects), curves=list(page.curves)
            )
            return PageContent(
                number=number,
                width=float(page.width),
                height=float(page.height),
                chars=page.chars,
                geometry=geometry,
                images=[(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images],
            )
        finally:
            page.close()  # drops pdfplumber's per-page caches: memory stays flat on 400 pages

    def close(self) -> None:
        self.pdf.close()
