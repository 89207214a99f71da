"""Superscripts pdfminer drops, recovered from PDFium's reading of the same page.

pdfminer (under pdfplumber) drops the superscript ³ of some CID fonts ("m³" reads "m"); PDFium
reads it.  Where pdfplumber is the page's reader, ``pages.py`` compares the two and adds what is
missing.  (Whole pages one library cannot decode are read by the other: see ``pages.py``.)
"""

from __future__ import annotations

from collections import Counter

from std_extract.parse.model import Glyph

SUPERSCRIPTS = "¹²³"


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
