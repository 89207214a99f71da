"""pdfplumber chars -> repaired glyphs: duplicates, off-page and rotated chars, broken encodings.

Runs once per page, before lines are built, so every later stage (lines, table cells, metadata)
sees the same repaired characters and the same boxes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from pdfplumber.utils import dedupe_chars

from std_extract.parse.model import Glyph
from std_extract.parse.mojibake import COMPOSED, repair_char

DEDUPE_TOLERANCE = 1.0  # pdfplumber's default: copies drawn within 1 pt of each other
BASELINE_SHARE = (0.4, 1.05)  # where the baseline may sit in a char box, from the top (0) to the bottom (1)
ASCENT = 0.8  # share of a rebuilt box above the baseline (CJK fonts: about 0.8 em)
ROTATION_LIMIT = 0.2  # |b| / |a| above this: the char is turned (watermarks, vertical labels)
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the text matrix of a char that gives none


def clean_chars(chars: list[dict[str, Any]], width: float, height: float) -> tuple[list[Glyph], list[str]]:
    """Repaired glyphs of one page, in the order pdfplumber gave them, and notes on what changed."""
    notes: list[str] = []
    unique = drop_duplicate_chars(chars)
    if len(unique) < len(chars):
        notes.append(f"{len(chars) - len(unique)} duplicate characters removed (bold drawn several times)")
    glyphs: list[Glyph] = []
    off_page = turned = repaired = moved = 0
    for char in unique:
        if not _on_page(char, width, height):
            off_page += 1
            continue
        matrix = char.get("matrix", IDENTITY)
        if is_turned(matrix[0], matrix[1], matrix[2], matrix[3]):
            turned += 1
            continue
        top, bottom = _vertical_box(char, matrix)
        moved += top != char["top"]
        text, font = char["text"], char.get("fontname") or ""
        if len(text) == 1 and text >= " ":  # one printable code point: most chars
            shown = repair_char(text, font)
            repaired += shown != text
            size = float(char.get("size") or (char["bottom"] - char["top"]))
            glyphs.append(Glyph(shown, char["x0"], top, char["x1"], bottom, size, font))
            continue
        for glyph in _char_to_glyphs(char, top, bottom):
            text = repair_char(glyph.text, glyph.font)
            repaired += text != glyph.text
            glyph.text = text
            glyphs.append(glyph)
    glyphs = compose_glyphs(glyphs)
    if off_page:
        notes.append(f"{off_page} characters outside the page box ignored")
    if turned:
        notes.append(f"{turned} rotated characters ignored (watermark or vertical text)")
    if repaired:
        notes.append(f"{repaired} characters repaired from broken font encodings")
    if moved:
        notes.append(
            f"{moved} character boxes re-placed on their baseline (the font reports a wrong descent)"
        )
    return [g for g in glyphs if g.text], notes


def drop_duplicate_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chars drawn several times at (almost) the same place, kept once ("GGGGBBBB" -> "GB").

    pdfplumber's ``dedupe_chars`` restores the input order with ``list.index``, which is quadratic
    in the number of chars on the page.  Copies are rare (titles on covers), so only chars that
    have a same-text neighbour within the tolerance go through it; the rest pass untouched.
    """
    suspects = _duplicate_suspects(chars)
    if not suspects:
        return chars
    kept = {id(c) for c in dedupe_chars([chars[i] for i in sorted(suspects)], tolerance=DEDUPE_TOLERANCE)}
    return [c for i, c in enumerate(chars) if i not in suspects or id(c) in kept]


def _duplicate_suspects(chars: list[dict[str, Any]]) -> set[int]:
    """Indexes of chars with another char of the same text, font and size within the tolerance.

    The chars are sorted by text, then x; a copy of a char is then among the chars after it with
    the same text and an x within the tolerance, so the k-th neighbours in that order are
    compared for k = 1, 2, ... until no pair of them is that close (all pairs at once, in numpy:
    linear where comparing every dot of a dot leader with every other would be quadratic).
    """
    count = len(chars)
    ids: dict[str, int] = {}
    text = np.fromiter((ids.setdefault(c["text"], len(ids)) for c in chars), np.int64, count)
    if len(ids) == count:
        return set()  # no two chars print the same text
    x = np.fromiter((c["x0"] for c in chars), np.float64, count)
    top = np.fromiter((c["top"] for c in chars), np.float64, count)
    order = np.lexsort((x, text))
    text, x, top = text[order], x[order], top[order]
    suspects: set[int] = set()
    for k in range(1, count):
        close = (text[k:] == text[:-k]) & (x[k:] - x[:-k] <= DEDUPE_TOLERANCE)
        if not close.any():
            break
        for first in np.flatnonzero(close & (np.abs(top[k:] - top[:-k]) <= DEDUPE_TOLERANCE)).tolist():
            i, j = int(order[first]), int(order[first + k])
            if _copies(chars[i], chars[j]):
                suspects.update((i, j))
    return suspects


def _copies(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        abs(a["x0"] - b["x0"]) <= DEDUPE_TOLERANCE
        and abs(a["top"] - b["top"]) <= DEDUPE_TOLERANCE
        and a.get("fontname") == b.get("fontname")
        and a.get("size") == b.get("size")
    )


def _on_page(char: dict[str, Any], width: float, height: float) -> bool:
    return char["x1"] > 0 and char["x0"] < width and char["bottom"] > 0 and char["top"] < height


def is_turned(a: float, b: float, c: float, d: float) -> bool:
    """True for glyphs drawn at an angle or right to left, from their text matrix.

    pdfplumber's ``upright`` misses some (HJ 1222's watermark letters).  The sign of ``d`` is not
    used: GB 7718 draws every glyph with a vertically flipped matrix inside a flipped page, and it
    reads normally.
    """
    return a <= 0 or abs(b) > ROTATION_LIMIT * abs(a) or abs(c) > ROTATION_LIMIT * abs(d)


def _vertical_box(char: dict[str, Any], matrix: tuple[float, ...]) -> tuple[float, float]:
    """The char's (top, bottom), moved onto its baseline when the font's descent is wrong.

    pdfminer places a box from the font's descent.  The Founder E-BZ/E-BX fonts of GB 2761/2762
    report a descent of a whole em, so their digits and punctuation ("、", "3", ",") come out a
    line too low although the text matrix puts them on the baseline of the CJK text around them.
    A box whose baseline is not in its lower part is rebuilt around the baseline.
    """
    top, bottom = char["top"], char["bottom"]
    height = bottom - top
    a, _b, _c, d, _e, f = matrix[:6]
    if height <= 0 or a <= 0 or d <= 0 or "y0" not in char:
        return top, bottom
    baseline = bottom - (f - char["y0"])  # the origin's height, in top-left coordinates
    share = (baseline - top) / height
    if BASELINE_SHARE[0] <= share <= BASELINE_SHARE[1]:
        return top, bottom
    top = baseline - ASCENT * height
    return top, top + height


def _char_to_glyphs(char: dict[str, Any], top: float, bottom: float) -> list[Glyph]:
    """One glyph per code point; a char whose text has several splits its box evenly."""
    text = char["text"]
    font = char.get("fontname") or ""
    size = float(char.get("size") or (char["bottom"] - char["top"]))
    if text.startswith("(cid:"):
        text = "\ufffd"  # a glyph with no Unicode mapping: keep its place, mark it unknown
    text = "".join(ch for ch in text if ch >= " " or ch == "\t").replace("\t", " ")
    if len(text) <= 1:
        return [Glyph(text, char["x0"], top, char["x1"], bottom, size, font)]
    step = (char["x1"] - char["x0"]) / len(text)
    return [
        Glyph(ch, char["x0"] + i * step, top, char["x0"] + (i + 1) * step, bottom, size, font)
        for i, ch in enumerate(text)
    ]


def compose_glyphs(glyphs: list[Glyph]) -> list[Glyph]:
    """Join glyph pairs that overlap to draw one character (口 over 恶 is 噁)."""
    out: list[Glyph] = []
    for glyph in glyphs:
        prev = out[-1] if out else None
        pair = (prev.text, glyph.text) if prev else None
        if prev and pair in COMPOSED and prev.x1 > glyph.x0 and prev.x0 < glyph.x1:
            out[-1] = Glyph(
                COMPOSED[pair], min(prev.x0, glyph.x0), min(prev.top, glyph.top),
                max(prev.x1, glyph.x1), max(prev.bottom, glyph.bottom), glyph.size, glyph.font,
            )  # fmt: skip
        else:
            out.append(glyph)
    return out
