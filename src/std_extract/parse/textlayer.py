"""Is a page's text layer worth reading?  A per-page check that sends bad layers to OCR.

Three kinds of evidence, each measured on real layers (see README, "Scanned standards"):

* **the characters**: the share that are plausible in a Chinese standard (GB 2312 hanzi, ASCII,
  full-width forms, CJK punctuation, the symbols of limits and units) against broken-encoding
  signs (U+FFFD, private-use and control code points that the font repairs left);
* **the words**: the share of hanzi that jieba finds inside dictionary words of two or more
  characters.  Typeset pages of the real corpus score 0.70-0.98 (lists of chemical names down to
  0.15); a layer of random hanzi scores next to nothing;
* **the ink** (scanned pages only): a page that is one big image with text over it carries
  somebody's OCR layer.  Such a layer must cover the printed ink; GB/T 19266-2008's covers as
  little as a third of some pages, and its words are broken ("净 含Ⅰ允许短缺Ⅰ").  Typeset pages
  leave no ink uncovered at all.

A page with no text, or whose layer fails a check, is read by OCR where OCR is installed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import numpy as np

from std_extract.parse.model import Glyph
from std_extract.parse.raster import ink_mask, opening

Verdict = Literal["good", "bad", "none"]

MIN_PLAUSIBLE = 0.9  # share of printed characters that are plausible
MAX_BROKEN = 0.05  # share of broken-encoding signs
MIN_WORD_HANZI = 30  # word coverage is judged on pages with at least this many hanzi ...
MIN_WORD_COVERAGE = 0.08  # ... which must lie in dictionary words at least this often: random hanzi
# score 0-0.03, typeset text 0.70-0.98, but lists of pesticide names (GB 2763-2021's contents and
# index, pages 3-10 and 410) only 0.15-0.41: chemical names are not in jieba's dictionary
SCAN_AREA = 0.8  # an image covering this share of the page makes it a scanned page
MIN_PICTURE = 0.01  # a page without text is read by OCR only where its images cover this share: the
# blank pages of GB/T 13594-2025 carry a 15 pt "SAC" stamp (0.05% of the page), 3 s of OCR each
MAX_UNCOVERED_INK = 0.05  # share of a scanned page's text ink outside every character box
INK_DPI = 72  # the ink check renders at 1 pixel per point: enough to see text, cheap
INK_MARGIN = 1  # character boxes grow by this many points (OCR layers' boxes are loose)
RULE_PX = 30  # ink runs this long are rules and frames, not text (at INK_DPI)

# Symbols printed in standards besides letters, digits, hanzi and CJK punctuation.
SYMBOLS = set("≤≥＜＞<>±×÷·°℃℉‰%％~～—–-_/\\|+=≈≠∞√∑∫μΩαβγδεηθλπρστφχψωΔΣΦΨ·•…§№")
SYMBOLS |= set("²³¹⁰⁴⁵⁶⁷⁸⁹⁻⁺₀₁₂₃₄₅₆₇₈₉ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ①②③④⑤⑥⑦⑧⑨⑩")
HANZI = re.compile(r"[\u4e00-\u9fff]+")
PLAUSIBLE_BLOCKS = [
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x24F),  # Latin-1 and Latin extended (µ, °, ±, ×, é)
    (0x370, 0x3FF),  # Greek
    (0x2000, 0x2BFF),  # punctuation, super- and subscripts, letterlike (℃ №), number forms (Ⅲ), arrows,
    # mathematical operators (∗ ≤ ≥ ∑), technical symbols, enclosed numbers (①), box drawing, shapes
    (0x3000, 0x303F),  # CJK punctuation
    (0x3200, 0x33FF),  # enclosed CJK and CJK compatibility units (㎡ ㎎ ㏄)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF01, 0xFFEF),  # full-width forms
]


@dataclass(frozen=True, slots=True)
class LayerQuality:
    """The measurements of one page's text layer and what they decide."""

    verdict: Verdict
    reason: str | None = None  # why a layer is bad (or that there is none)
    chars: int = 0
    plausible: float = 1.0
    broken: float = 0.0
    word_coverage: float | None = None  # None: too few hanzi to judge; at least MIN_WORD_COVERAGE
    # when the page passes (counting stops there: see word_coverage)
    uncovered_ink: float | None = None  # None: not a scanned page


def text_quality(glyphs: list[Glyph]) -> LayerQuality:
    """The character and word checks of a page's glyphs (no image needed)."""
    chars = [g.text for g in glyphs if g.text and not g.text.isspace()]
    if not chars:
        return LayerQuality("none", "no text layer")
    counts = Counter(chars)  # each distinct char judged once (a page repeats a few hundred)
    plausible = sum(n for c, n in counts.items() if is_plausible(c)) / len(chars)
    broken = sum(n for c, n in counts.items() if is_broken(c)) / len(chars)
    coverage = word_coverage("".join(chars), enough=MIN_WORD_COVERAGE)
    good = LayerQuality("good", None, len(chars), plausible, broken, word_coverage=coverage)
    if broken > MAX_BROKEN:
        return replace(good, verdict="bad", reason=f"{broken:.0%} of the characters are broken encodings")
    if plausible < MIN_PLAUSIBLE:
        return replace(
            good, verdict="bad", reason=f"only {plausible:.0%} of the characters are plausible text"
        )
    if coverage is not None and coverage < MIN_WORD_COVERAGE:
        return replace(good, verdict="bad", reason=f"only {coverage:.0%} of the hanzi form dictionary words")
    return good


def with_ink_check(quality: LayerQuality, gray: np.ndarray, glyphs: list[Glyph], dpi: float) -> LayerQuality:
    """Add the ink check of a scanned page to a good text verdict."""
    uncovered = uncovered_ink(gray, glyphs, dpi)
    measured = replace(quality, uncovered_ink=uncovered)
    if quality.verdict == "good" and uncovered > MAX_UNCOVERED_INK:
        reason = f"the text layer over the scanned image leaves {uncovered:.0%} of the printed text uncovered"
        return replace(measured, verdict="bad", reason=reason)
    return measured


def is_plausible(char: str) -> bool:
    """A character a Chinese standard prints: GB 2312 hanzi, and the blocks of Latin and Greek
    letters, punctuation, symbols, operators and CJK forms (not rare hanzi, private use or the
    scripts that mojibake produces)."""
    code = ord(char)
    if "\u4e00" <= char <= "\u9fff":
        return _in_gb2312(char)
    return char in SYMBOLS or any(start <= code <= end for start, end in PLAUSIBLE_BLOCKS)


def is_broken(char: str) -> bool:
    """Signs of a font whose encoding was not decoded: U+FFFD, private use, controls."""
    code = ord(char)
    return char == "\ufffd" or 0xE000 <= code <= 0xF8FF or code >= 0xF0000 or code < 0x20


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def word_coverage(text: str, enough: float | None = None) -> float | None:
    """Share of the hanzi of ``text`` inside jieba dictionary words of two or more characters
    (None below MIN_WORD_HANZI hanzi).  Spaces are removed first: letter-spaced covers and
    tables ("项 目") are words too.

    With ``enough``, counting stops once the hanzi found in words reach that share of all the
    page's hanzi (the rest can only add to it), and that lower bound is returned: a typeset page
    passes after its first lines (GB 2760-2024's 264 pages: 0.05 s of jieba instead of 0.23 s).
    """
    runs = HANZI.findall(re.sub(r"\s+", "", text))
    total = sum(len(run) for run in runs)
    if total < MIN_WORD_HANZI:
        return None
    tokenizer = _tokenizer()
    covered = 0
    for run in runs:
        pieces = tokenizer.cut(run, HMM=False)
        covered += sum(len(w) for w in pieces if len(w) >= 2 and tokenizer.FREQ.get(w))
        if enough is not None and covered / total >= enough:  # the test text_quality makes
            break
    return covered / total


@cache
def _tokenizer():
    """jieba's own dictionary, apart from the global tokenizer that the lexicon extends: the
    check must give the same answer whatever else the process has loaded."""
    from std_extract.jiebadict import default_tokenizer

    return default_tokenizer()  # read once a process, shared with the classifier's (before a fork)


def uncovered_ink(gray: np.ndarray, glyphs: list[Glyph], dpi: float) -> float:
    """Share of the page's text ink (rules and frames left out) outside every character box."""
    ink = ink_mask(gray)
    length = max(3, round(RULE_PX * dpi / INK_DPI))
    ink &= ~(opening(ink, length, 1) | opening(ink, length, 0))
    total = int(ink.sum())
    if total == 0:
        return 0.0
    covered = np.zeros_like(ink)
    scale = dpi / 72.0
    height, width = ink.shape
    for g in glyphs:
        x0 = max(int((g.x0 - INK_MARGIN) * scale), 0)
        x1 = min(int((g.x1 + INK_MARGIN) * scale) + 1, width)
        top = max(int((g.top - INK_MARGIN) * scale), 0)
        bottom = min(int((g.bottom + INK_MARGIN) * scale) + 1, height)
        covered[top:bottom, x0:x1] = True
    return float((ink & ~covered).sum()) / total


def has_images(pdfium_page) -> bool:
    """The page draws at least one image (a page with neither text nor images is blank)."""
    import pypdfium2.raw as pdfium_c

    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in pdfium_page.get_objects(max_depth=2))


def images_share(images: list[tuple[float, float, float, float]], width: float, height: float) -> float:
    """The share of the page the images (x0, top, x1, bottom) cover (overlaps counted twice)."""
    return sum((x1 - x0) * (bottom - top) for x0, top, x1, bottom in images) / max(width * height, 1.0)


def covers_page(images: list[tuple[float, float, float, float]], width: float, height: float) -> bool:
    """One image (x0, top, x1, bottom) covers most of the page: a scan (its text, if any, is
    somebody's OCR layer).  The same test as :func:`is_scanned`, on boxes a backend has read."""
    area = max(width * height, 1.0)
    return any((x1 - x0) * (bottom - top) >= SCAN_AREA * area for x0, top, x1, bottom in images)


def is_scanned(pdfium_page) -> bool:
    """One image covers most of the page: a scan (its text, if any, is somebody's OCR layer)."""
    import pypdfium2.raw as pdfium_c

    width, height = pdfium_page.get_size()
    area = max(width * height, 1.0)
    for obj in pdfium_page.get_objects(max_depth=2):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= SCAN_AREA * area:
            return True
    return False
