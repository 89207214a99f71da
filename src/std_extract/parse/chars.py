"""pdfplumber chars -> repaired glyphs: duplicates, off-page and rotated chars, broken encodings.

Runs once per page, before lines are built, so every later stage (lines, table cells, metadata)
sees the same repaired characters and the same boxes.
"""

from __future__ import annotations

from operator import ne
from typing import Any

import numpy as np
from pdfplumber.utils import dedupe_chars

from std_extract.parse.backends.base import CharTable
from std_extract.parse.model import Glyph
from std_extract.parse.mojibake import COMPOSED, repair_char

DEDUPE_TOLERANCE = 1.0  # pdfplumber's default: copies drawn within 1 pt of each other
BASELINE_SHARE = (0.4, 1.05)  # where the baseline may sit in a char box, from the top (0) to the bottom (1)
ASCENT = 0.8  # share of a rebuilt box above the baseline (CJK fonts: about 0.8 em)
SECOND_HALVES = {second for _, second in COMPOSED}  # glyphs that may end a composed pair
ROTATION_LIMIT = 0.2  # |b| / |a| above this: the char is turned (watermarks, vertical labels)


def clean_chars(
    chars: list[dict[str, Any]] | CharTable, width: float, height: float
) -> tuple[list[Glyph], list[str]]:
    """Repaired glyphs of one page, in the order the backend gave them, and notes on what changed.

    The tests on boxes and matrices run on whole columns (numpy); only the chars kept become
    glyphs, one Python object each.
    """
    table = chars if isinstance(chars, CharTable) else CharTable.from_dicts(chars)
    notes: list[str] = []
    unique = _unique_rows(table)
    if len(unique) < len(table):
        notes.append(f"{len(table) - len(unique)} duplicate characters removed (bold drawn several times)")
    x0, x1, top, bottom = (table[name][unique] for name in ("x0", "x1", "top", "bottom"))
    on_page = (x1 > 0) & (x0 < width) & (bottom > 0) & (top < height)
    a, b, c, d, _e, f = table.matrix[unique].T
    turned = on_page & is_turned(a, b, c, d)
    kept = on_page & ~turned
    new_top, new_bottom = _vertical_boxes(top, bottom, table["y0"][unique], a, d, f)
    size = table["size"][unique]
    size = np.where(size != 0, size, bottom - top)  # a char without a size: its box's height
    rows = unique[kept].tolist()
    columns = (x0[kept], new_top[kept], x1[kept], new_bottom[kept], size[kept])
    glyphs, repaired = _glyphs(table, rows, *(column.tolist() for column in columns))
    glyphs = compose_glyphs(glyphs)
    off_page, turned_count = int((~on_page).sum()), int(turned.sum())
    moved = int((new_top[kept] != top[kept]).sum())
    if off_page:
        notes.append(f"{off_page} characters outside the page box ignored")
    if turned_count:
        notes.append(f"{turned_count} rotated characters ignored (watermark or vertical text)")
    if repaired:
        notes.append(f"{repaired} characters repaired from broken font encodings")
    if moved:
        notes.append(
            f"{moved} character boxes re-placed on their baseline (the font reports a wrong descent)"
        )
    return [g for g in glyphs if g.text], notes


def _glyphs(table: CharTable, rows: list[int], x0s, tops, x1s, bottoms, sizes) -> tuple[list[Glyph], int]:
    """The glyphs of the kept chars (``rows``) and how many were repaired."""
    texts = table.text if len(rows) == len(table) else [table.text[i] for i in rows]
    fonts = table.fontname if len(rows) == len(table) else [table.fontname[i] for i in rows]
    if all(len(text) == 1 and text >= " " for text in texts):  # one printable code point each
        repairs = list(map(repair_char, texts, fonts))
        glyphs = list(map(Glyph, repairs, x0s, tops, x1s, bottoms, sizes, fonts))
        return glyphs, sum(map(ne, repairs, texts))
    glyphs = []
    repaired = 0
    for text, font, x0, top, x1, bottom, size in zip(
        texts, fonts, x0s, tops, x1s, bottoms, sizes, strict=True
    ):
        if len(text) == 1 and text >= " ":
            shown = repair_char(text, font)
            repaired += shown != text
            glyphs.append(Glyph(shown, x0, top, x1, bottom, size, font))
            continue
        for glyph in _char_to_glyphs(text, font, x0, top, x1, bottom, size):
            shown = repair_char(glyph.text, glyph.font)
            repaired += shown != glyph.text
            glyph.text = shown
            glyphs.append(glyph)
    return glyphs, repaired


def drop_duplicate_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Chars drawn several times at (almost) the same place, kept once ("GGGGBBBB" -> "GB")."""
    return [chars[i] for i in _unique_rows(CharTable.from_dicts(chars)).tolist()]


def _unique_rows(table: CharTable) -> np.ndarray:
    """The indexes of the chars left when copies are dropped (see :func:`drop_duplicate_chars`).

    pdfplumber's ``dedupe_chars`` restores the input order with ``list.index``, which is quadratic
    in the number of chars on the page.  Copies are rare (titles on covers), so only chars that
    have a same-text neighbour within the tolerance go through it; the rest pass untouched.
    """
    everything = np.arange(len(table))
    suspects = _duplicate_suspects(table)
    if not suspects:
        return everything
    chars = {i: table.dict_at(i) for i in sorted(suspects)}
    kept = {id(c) for c in dedupe_chars(list(chars.values()), tolerance=DEDUPE_TOLERANCE)}
    dropped = [i for i, c in chars.items() if id(c) not in kept]
    return np.delete(everything, dropped)


def _duplicate_suspects(table: CharTable) -> set[int]:
    """Indexes of chars with another char of the same text, font and size within the tolerance.

    The chars are sorted by text, then x; a copy of a char is then among the chars after it with
    the same text and an x within the tolerance, so the k-th neighbours in that order are
    compared for k = 1, 2, ... until no pair of them is that close (all pairs at once, in numpy:
    linear where comparing every dot of a dot leader with every other would be quadratic).
    """
    count = len(table)
    if count < 2:
        return set()
    distinct, text = np.unique(np.array(table.text), return_inverse=True)
    if len(distinct) == count:
        return set()  # no two chars print the same text
    order = np.lexsort((table["x0"], text))
    text, x, top = text[order], table["x0"][order], table["top"][order]
    suspects: set[int] = set()
    for k in range(1, count):
        close = (text[k:] == text[:-k]) & (x[k:] - x[:-k] <= DEDUPE_TOLERANCE)
        if not close.any():
            break
        for first in np.flatnonzero(close & (np.abs(top[k:] - top[:-k]) <= DEDUPE_TOLERANCE)).tolist():
            i, j = int(order[first]), int(order[first + k])
            if _copies(table.dict_at(i), table.dict_at(j)):
                suspects.update((i, j))
    return suspects


def _copies(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        abs(a["x0"] - b["x0"]) <= DEDUPE_TOLERANCE
        and abs(a["top"] - b["top"]) <= DEDUPE_TOLERANCE
        and a.get("fontname") == b.get("fontname")
        and a.get("size") == b.get("size")
    )


def is_turned(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """True for glyphs drawn at an angle or right to left, from their text matrix (columns).

    pdfplumber's ``upright`` misses some (HJ 1222's watermark letters).  The sign of ``d`` is not
    used: GB 7718 draws every glyph with a vertically flipped matrix inside a flipped page, and it
    reads normally.
    """
    return (a <= 0) | (np.abs(b) > ROTATION_LIMIT * np.abs(a)) | (np.abs(c) > ROTATION_LIMIT * np.abs(d))


def _vertical_boxes(top, bottom, y0, a, d, f) -> tuple[np.ndarray, np.ndarray]:
    """Each char's (top, bottom), moved onto its baseline when the font's descent is wrong.

    pdfminer places a box from the font's descent.  The Founder E-BZ/E-BX fonts of GB 2761/2762
    report a descent of a whole em, so their digits and punctuation ("、", "3", ",") come out a
    line too low although the text matrix puts them on the baseline of the CJK text around them.
    A box whose baseline is not in its lower part is rebuilt around the baseline.
    """
    height = bottom - top
    baseline = bottom - (f - y0)  # the origin's height, in top-left coordinates (NaN: no y0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = (baseline - top) / height
    placed = (share >= BASELINE_SHARE[0]) & (share <= BASELINE_SHARE[1])
    move = (height > 0) & (a > 0) & (d > 0) & ~np.isnan(y0) & ~placed
    new_top = np.where(move, baseline - ASCENT * height, top)
    return new_top, np.where(move, new_top + height, bottom)


def _char_to_glyphs(
    text: str, font: str, x0: float, top: float, x1: float, bottom: float, size: float
) -> list[Glyph]:
    """One glyph per code point; a char whose text has several splits its box evenly."""
    if text.startswith("(cid:"):
        text = "\ufffd"  # a glyph with no Unicode mapping: keep its place, mark it unknown
    text = "".join(ch for ch in text if ch >= " " or ch == "\t").replace("\t", " ")
    if len(text) <= 1:
        return [Glyph(text, x0, top, x1, bottom, size, font)]
    step = (x1 - x0) / len(text)
    return [
        Glyph(ch, x0 + i * step, top, x0 + (i + 1) * step, bottom, size, font) for i, ch in enumerate(text)
    ]


def compose_glyphs(glyphs: list[Glyph]) -> list[Glyph]:
    """Join glyph pairs that overlap to draw one character (口 over 恶 is 噁)."""
    if all(glyph.text not in SECOND_HALVES for glyph in glyphs):
        return glyphs  # nothing to join (most pages)
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
