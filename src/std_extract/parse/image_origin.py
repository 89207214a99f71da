"""Where a rendered page image starts, in the parser's coordinates.

The parser keeps pdfplumber's coordinates: x as in the PDF and top = page height - y, also for a
MediaBox that does not start at (0, 0) (GB 2762-2022's starts at (-57.2, -53.9)).  pdfium renders
the page from the box's corner, so a box drawn on the image (the review workbench's overlay, a
ranking report's evidence) is shifted by that corner.  One function says where it lies, for every
screen that draws on a page image.
"""

from __future__ import annotations

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no stubs or py.typed


def image_origin(page: pdfium.PdfPage) -> tuple[float, float]:
    """The parser coordinates (x, top) of a rendered page image's top-left corner: the MediaBox's
    left edge, and its top edge read as the parser reads y.  (0, 0) for a box at the origin."""
    left, bottom, _right, top = page.get_mediabox()
    height = top - bottom
    return left, height - top
