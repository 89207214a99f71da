"""pypdfium2 as a second reader: whole pages pdfminer cannot decode, and dropped superscripts.

pdfminer (under pdfplumber) returns no chars at all for pages set in some embedded CJK fonts, and
drops the superscript ³ of some CID fonts ("m³" reads "m").  PDFium decodes both.  These functions
take an already opened pypdfium2 page (``pages.py`` opens files) and return glyphs in the same
top-left coordinates as pdfplumber's.
"""

from __future__ import annotations

import ctypes
from collections import Counter

import pypdfium2.raw as pdfium_c

from std_extract.parse.chars import is_turned
from std_extract.parse.model import Glyph
from std_extract.parse.mojibake import repair_char

SUPERSCRIPTS = "¹²³"


def pdfium_text(textpage) -> str:
    """The page text as PDFium reads it (cheap: used to decide whether anything is missing)."""
    return textpage.get_text_range()


def pdfium_glyphs(page, textpage) -> list[Glyph]:
    """All printed characters of a pypdfium2 page as glyphs (generated spaces and breaks left out)."""
    left, _bottom, _right, top = page.get_mediabox()
    glyphs = []
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage.raw, index)
        if pdfium_c.FPDFText_IsGenerated(textpage.raw, index) == 1 or code in (0, 0xFFFE, 0xFFFF):
            continue
        text = chr(code)
        if text in "\r\n" or _turned(textpage, index):
            continue
        x0, y0, x1, y1 = textpage.get_charbox(index, loose=True)
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index) or (y1 - y0)
        font = _font_name(textpage, index)
        glyphs.append(
            Glyph(repair_char(text, font), x0 - left, top - y1, x1 - left, top - y0, float(size), font)
        )
    return glyphs


def _turned(textpage, index: int) -> bool:
    """Glyphs at an angle, from PDFium's text matrix of the char.

    Only the off-axis terms count: PDFium's matrix leaves out the page's own flip, so GB 7718's
    upright text reports a = d < 0 (PDFium calls it 180°) and must be kept.
    """
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix)):
        return False
    return is_turned(abs(matrix.a), matrix.b, matrix.c, abs(matrix.d))


def _font_name(textpage, index: int) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    length = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace") if length else ""


def missing_superscripts(glyphs: list[Glyph], text: str) -> bool:
    """True when PDFium's text has more ¹²³ than pdfplumber's glyphs."""
    wanted = Counter(c for c in text if c in SUPERSCRIPTS)
    if not wanted:
        return False
    have = Counter(g.text for g in glyphs if g.text in SUPERSCRIPTS)
    return any(have[c] < n for c, n in wanted.items())


def recover_superscripts(glyphs: list[Glyph], reference: list[Glyph]) -> tuple[list[Glyph], int]:
    """Add to ``glyphs`` the superscripts PDFium read that pdfplumber dropped.

    A superscript is added only where PDFium's preceding character is one pdfplumber also has at
    the same place (the "m" of "m³"), so PDFium misreadings elsewhere on the page add nothing.
    """
    added: list[Glyph] = []
    for i, ref in enumerate(reference):
        if (
            ref.text not in SUPERSCRIPTS
            or i == 0
            or any(_overlaps(g, ref) and g.text == ref.text for g in glyphs)
        ):
            continue
        prev = reference[i - 1]
        anchor = next((g for g in glyphs if g.text == prev.text and _overlaps(g, prev)), None)
        if anchor is None:
            continue
        # Just right of its anchor: where pdfminer dropped the glyph it did not advance either,
        # so the next char may start at the anchor's right edge too, and must sort after.
        x0 = anchor.x1 - 0.01
        added.append(
            Glyph(ref.text, x0, ref.top, max(ref.x1, x0 + 1.0), ref.bottom, anchor.size, anchor.font)
        )
    return glyphs + added, len(added)


def _overlaps(a: Glyph, b: Glyph) -> bool:
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.bottom, b.bottom) - max(a.top, b.top)
    return dx > 0.5 * min(a.width, b.width, 5.0) and dy > 0.5 * min(a.height, b.height)
