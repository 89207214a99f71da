"""Hand-built pages for stage tests: each text line gets evenly spaced char boxes."""

from __future__ import annotations

from std_extract.document import Page, ParsedDocument, Source, TableCell, TextLine
from std_extract.parse.model import Glyph, PageScan, ScanResult

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0


def line(page: int, text: str, top: float, x0: float = 72.0, size: float = 10.5) -> TextLine:
    """A line with one box per char, each char ``size`` wide (spaces too)."""
    boxes = [(x0 + i * size, top, x0 + (i + 1) * size, top + size) for i in range(len(text))]
    bbox = (x0, top, x0 + len(text) * size, top + size)
    return TextLine(page=page, text=text, bbox=bbox, char_bboxes=boxes)


def page(number: int, rows: list[tuple[str, float] | tuple[str, float, float]], size: float = 10.5) -> Page:
    """A page from (text, top) or (text, top, x0) rows."""
    lines = [line(number, row[0], row[1], row[2] if len(row) > 2 else 72.0, size) for row in rows]
    return Page(number=number, width=PAGE_WIDTH, height=PAGE_HEIGHT, lines=lines)


def glyphs(text: str, x0: float, top: float, size: float = 10.0, advance: float | None = None) -> list[Glyph]:
    """Glyphs set one after another on a line, ``advance`` apart (default one em); each glyph's
    box is as wide as its advance, or one em when letters are spaced wider than that."""
    step = size if advance is None else advance
    width = min(size, step)
    return [
        Glyph(ch, x0 + i * step, top, x0 + i * step + width, top + size, size) for i, ch in enumerate(text)
    ]


def char(text: str, x0: float, top: float, size: float = 10.0, font: str = "SimSun", **extra) -> dict:
    """A pdfplumber-style char dict (upright, unrotated)."""
    values = {
        "text": text, "x0": x0, "x1": x0 + size, "top": top, "doctop": top, "bottom": top + size,
        "size": size, "fontname": font, "upright": True,
        "matrix": (1, 0, 0, 1, x0, 800 - top - 0.8 * size), "y0": 800 - top - size,
    }  # fmt: skip
    values.update(extra)
    return values


def requirement_document(
    lines: list[str], chapter: str = "2 技术要求", title: str | None = None
) -> ParsedDocument:
    """A one-page standard assembled by the real stages: "1 范围" with one sentence, then ``chapter``
    with ``lines`` printed under it, 20 pt apart, 8 pt type; ``title`` set as the cover title."""
    from std_extract.parse.assemble import pages_to_document

    rows = [("1 范围", 60.0), ("本文件适用于产品。", 80.0), (chapter, 100.0)]
    rows += [(text, 120.0 + 20 * n) for n, text in enumerate(lines)]
    scan = ScanResult(
        source=Source(path="hand.pdf", sha256="0" * 64, pages=1), pages=[PageScan(page=page(1, rows, 8))]
    )
    document = pages_to_document(scan)
    if title:
        document.metadata.title = title
    return document


def body_cells(body: list[list[str]], page: int = 3) -> list[list[TableCell]]:
    """Table body rows of hand-built cells, 50 pt wide and 10 pt apart, on ``page``."""
    return [
        [
            TableCell(
                row=r,
                col=c,
                text=text,
                page=page,
                bbox=(10.0 + 50 * c, 10.0 * r, 50.0 + 50 * c, 10.0 * r + 8),
            )
            for c, text in enumerate(texts)
        ]
        for r, texts in enumerate(body)
    ]
