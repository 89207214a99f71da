"""Boxes drawn on a page image land on the printed text, also where the MediaBox is offset.

GB 2762-2022's MediaBox starts at (-57.2, -53.9): the parser's coordinates (pdfplumber's) and the
rendered image then differ by the box's corner.  Both screens that draw on page images (the review
workbench and the ranking report's evidence) place boxes through ``image_origin``.
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from corpora import REAL_CORPUS, generated_pdfs

from std_extract.parse.image_origin import image_origin
from std_extract.parse.options import ParseOptions
from std_extract.parse.pages import pdf_to_pages
from std_extract.review.render import PageRenderer

SCALE = 2.0
OFFSET_BOX = REAL_CORPUS / "pdfs" / "GB_2762-2022.pdf"


def _offset_pdf():
    if not OFFSET_BOX.is_file():
        pytest.skip(f"{OFFSET_BOX} is absent (the real corpus is not beside the repo)")
    return OFFSET_BOX


def _ink_share(pdf, page_number: int, origin: tuple[float, float]) -> float:
    """Share of the page's parsed characters whose box, placed on the rendered image with
    ``origin`` as the image's corner, covers dark pixels."""
    scan = pdf_to_pages(pdf, ParseOptions(pages=[page_number], tables=False, ocr=False))
    boxes = [
        box
        for line in scan.pages[0].page.lines
        for char, box in zip(line.text, line.char_bboxes, strict=False)
        if not char.isspace()
    ][:300]
    document = pdfium.PdfDocument(pdf)
    try:
        grey = np.asarray(document[page_number - 1].render(scale=SCALE, grayscale=True).to_pil())
    finally:
        document.close()
    left, top = origin
    inked = 0
    for x0, y0, x1, y1 in boxes:
        cols = slice(max(int((x0 - left) * SCALE), 0), max(int((x1 - left) * SCALE) + 1, 0))
        rows = slice(max(int((y0 - top) * SCALE), 0), max(int((y1 - top) * SCALE) + 1, 0))
        patch = grey[rows, cols]
        inked += bool(patch.size) and int(patch.min()) < 128
    return inked / len(boxes)


def test_an_offset_page_box_gives_the_image_origin_that_puts_boxes_on_the_ink():
    pdf = _offset_pdf()
    document = pdfium.PdfDocument(pdf)
    try:
        origin = image_origin(document[3])
    finally:
        document.close()
    assert origin == pytest.approx((-57.24, 53.91), abs=0.05)
    assert _ink_share(pdf, 4, origin) > 0.95
    # without the origin the boxes miss the print: the shift is real, not a rounding
    assert _ink_share(pdf, 4, (0.0, 0.0)) < 0.6


def test_a_usual_page_box_has_its_image_at_the_origin():
    pdf = generated_pdfs()[0]
    document = pdfium.PdfDocument(pdf)
    try:
        assert image_origin(document[0]) == (0.0, 0.0)
    finally:
        document.close()
    assert _ink_share(pdf, 1, (0.0, 0.0)) > 0.95


def test_the_workbench_page_sizes_carry_the_origin(tmp_path):
    sizes = PageRenderer(tmp_path, []).page_sizes(_offset_pdf())
    assert (sizes[3].left, sizes[3].top) == pytest.approx((-57.24, 53.91), abs=0.05)
    assert sizes[3].width == pytest.approx(595.28, abs=0.05)
