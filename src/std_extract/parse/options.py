"""Options of the parser: limits that turn a file into an error, and what to read."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ParseOptions(BaseModel):
    """How :func:`std_extract.parse.parse_pdf` reads a file.

    ``max_bytes`` and ``max_pages`` reject a file as ``too_large`` before any page is read;
    ``pages`` or ``first_pages`` read only some pages (metadata needs only the cover, so a batch
    that wants metadata of a 440-page standard can read its first few pages).  ``ocr`` reads a
    page whose text layer is missing or fails the quality check (``parse.textlayer``) by OCR.
    """

    max_bytes: int = Field(default=300 * 1024 * 1024, gt=0)
    max_pages: int = Field(default=3000, gt=0)
    pages: list[int] | None = None  # 1-based page numbers to read; None reads all
    first_pages: int | None = Field(default=None, gt=0)  # read only the first N pages
    backend: Literal["pypdfium2", "pdfplumber"] = "pypdfium2"  # the reader of pages (parse.backends)
    tables: bool = True  # find tables (ruled and text-aligned)
    pdfium_checks: bool = True  # cross-check the backends: empty pages read by the other, ³ recovery
    ocr: bool = True  # read pages with no usable text layer by OCR (where the ocr extra is installed)
    ocr_dpi: int = Field(default=200, ge=72, le=600)  # resolution pages are rendered at for OCR

    def selected(self, page_count: int) -> list[int]:
        """The 1-based page numbers to read from a file of ``page_count`` pages."""
        numbers = list(range(1, page_count + 1))
        if self.pages is not None:
            wanted = set(self.pages)
            numbers = [n for n in numbers if n in wanted]
        if self.first_pages is not None:
            numbers = [n for n in numbers if n <= self.first_pages]
        return numbers
