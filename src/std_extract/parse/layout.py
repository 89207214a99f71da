"""Glyphs -> text lines in reading order; running headers and footers split from the body.

Lines are rows of glyphs that overlap vertically (by half the smaller height, so sub- and
superscripts stay on their line: "Na₂SO₄" is one line, not "Na SO" over "2 4"), read left to
right.  Spaces are inserted from gaps measured against the font size, not a fixed tolerance, so
the letter-spaced cover ("中 华 人 民") keeps its spaces and tight CJK text gets none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from operator import attrgetter

from std_extract.document import BBox, Page, TextLine, union_bbox
from std_extract.parse.model import Glyph, HRule
from std_extract.parse.mojibake import repair_letter_runs
from std_extract.parse.pagecolumns import column_stretches, find_gutter, split_at
from std_extract.stdnum import number_grammar
from std_extract.textnorm import clean_text

SURE_ROW = 0.8  # overlap with the row just built that needs no comparison with other rows
SAME_ROW = 0.5  # vertical overlap, as a share of the smaller height, that puts glyphs on one row
SAME_ROW_PUNCT = 0.2  # punctuation drawn low in its em box (GB/T 13594 "43.040.40")
# Marks placed on rows after the letters and ideographs (see cluster_rows).
PUNCTUATION = set(".,·。，、；;:：!！?？'\"‘’“”()（）[]［］【】《》〈〉—–-_~～…/／\\|")
CJK_SPACE = 0.3  # a gap wider than this share of the font size is a space between CJK chars
MIXED_SPACE = 0.45  # ... between CJK and Latin, where typesetters add a quarter em ("22 种" is "22种")
LATIN_SPACE = 0.15  # ... and between Latin letters and digits
MARKED_SPACE = 0.08  # ... where the PDF draws a space glyph
TALLER = 1.25  # a glyph this much taller than a row's band ...
FEW = 4  # ... resets the band of a row with fewer glyphs than this
SMALL = 0.8  # glyphs below this share of the body type size (footnote markers, exponents) ...
SMALL_OVERLAP = 0.3  # ... join the overlapping row they touch, placed after the full-size text
BY_X = attrgetter("x0")
BY_TOP_X = attrgetter("top", "x0")
LOOKBACK = 12  # rows checked for each glyph; glyphs come sorted by top, so only recent rows can match
BRIDGE = 0.5  # glyphs at most this share of a row's tallest glyph can stand in two lines beside it
STACKED = 0.8  # ... or at most this share, where the lines stand clear to one side of it


class _Row:
    __slots__ = ("top", "bottom", "glyphs")

    def __init__(self, glyph: Glyph):
        self.top, self.bottom, self.glyphs = glyph.top, glyph.bottom, [glyph]

    def overlap(self, glyph: Glyph) -> float:
        # min() and max() spelled out: this runs for most glyphs of a page, several times
        top, bottom = glyph.top, glyph.bottom
        shared = (self.bottom if self.bottom < bottom else bottom) - (self.top if self.top > top else top)
        band, height = self.bottom - self.top, bottom - top
        smaller = band if band < height else height
        return shared / (smaller if smaller > 0.1 else 0.1)

    def add(self, glyph: Glyph) -> None:
        # A row begun by a few small glyphs (superscripts sort first: their top is higher) takes
        # the band of the first full-size glyph.  A row already set keeps its band, so a tall
        # "发布" beside two stacked issuer lines does not pull the second line into the first.
        if glyph.height > TALLER * (self.bottom - self.top) and len(self.glyphs) < FEW:
            self.top, self.bottom = glyph.top, glyph.bottom
        self.glyphs.append(glyph)


def glyphs_to_lines(glyphs: list[Glyph], page: int, rules: Sequence[HRule] = ()) -> list[TextLine]:
    """Text lines of one page, top to bottom (column by column where prose is set in two
    columns; ``rules``, the page's horizontal rules, tell a table's two columns from prose),
    each with one bbox per character."""
    rows = [row.glyphs for row in cluster_rows(glyphs)]
    lines = [row_to_line(sorted(row, key=BY_X), page) for row in _in_reading_order(rows, glyphs, rules)]
    return [line for line in lines if line.text.strip()]


def _in_reading_order(
    rows: list[list[Glyph]], glyphs: list[Glyph], rules: Sequence[HRule]
) -> list[list[Glyph]]:
    """The rows, with each stretch set in two columns read as its left column, then its right."""
    body_size = _body_size(glyphs)
    gutter = find_gutter(rows, body_size)
    if gutter is None:
        return rows  # most pages: one column
    ordered: list[list[Glyph]] = []
    done = 0
    for start, end in column_stretches(rows, gutter, body_size, rules):
        ordered += rows[done:start]
        halves = [split_at(row, gutter) for row in rows[start:end]]
        ordered += [left for left, _ in halves if left] + [right for _, right in halves if right]
        done = end
    return ordered + rows[done:]


def _body_size(glyphs: list[Glyph]) -> float:
    """The page's body type size: the median size of its glyphs."""
    sizes = sorted(g.size for g in glyphs if not g.text.isspace())
    return sizes[len(sizes) // 2] if sizes else 0.0


def cluster_rows(glyphs: list[Glyph]) -> list[_Row]:
    """Rows of glyphs.  Letters and ideographs make the rows; punctuation joins them afterwards.

    Punctuation goes second because its box is the least reliable (drawn low in its em box, or in
    a font with wrong metrics) and, seeding a row, it would pull in a neighbouring line's text.
    """
    rows: list[_Row] = []
    marks = []
    smalls = []
    body_size = _body_size(glyphs)
    for glyph in sorted(glyphs, key=BY_TOP_X):
        if glyph.text in PUNCTUATION or glyph.text.isspace():
            marks.append(glyph)
            continue
        if glyph.size < SMALL * body_size:
            smalls.append(glyph)
            continue
        if rows and rows[-1].overlap(glyph) >= SURE_ROW:  # the common case: same line as the last glyph
            rows[-1].add(glyph)
            continue
        best = _best_row(rows[-LOOKBACK:], glyph, SAME_ROW)
        if best is None:
            rows.append(_Row(glyph))
        else:
            best.add(glyph)
    rows = [part for row in rows for part in _unbridged(row)]
    rows.sort(key=lambda r: r.top)
    tops = [r.top for r in rows]
    for glyph in smalls:
        # A footnote marker or an exponent set high beside its word: it may overlap the line
        # above as much as its own, so the line holding the glyph next to it takes it.
        candidates = [row for row in _nearby(rows, tops, glyph) if row.overlap(glyph) >= SMALL_OVERLAP]
        best = max(candidates, key=lambda r: (_touches(r, glyph), r.overlap(glyph)), default=None)
        _place(rows, tops, glyph, best)
    rows = [part for row in rows for part in _beside_a_tall_block(row)]
    tops = [r.top for r in rows]
    for glyph in marks:
        _place(rows, tops, glyph, _best_row(_nearby(rows, tops, glyph), glyph, SAME_ROW_PUNCT))
    rows.sort(key=lambda r: (r.top, min(map(BY_X, r.glyphs))))
    return rows


def _unbridged(row: _Row) -> list[_Row]:
    """A row split where one tall glyph bridged two lines of ordinary text.

    A cover's sector logo ("FZ" at 30 pt beside "CCS W 76" over "备案号：…" at 10 pt) or a drop
    capital overlaps both small lines wholly, so both joined its row and their characters were
    read interleaved ("C备C案S 号W").  When the glyphs under half the tallest one's height form
    two or more bands that do not overlap each other, each band is a line of its own and the tall
    glyphs another; text of mixed sizes on one baseline forms one band and stays one line.
    """
    glyphs = row.glyphs
    if len(glyphs) < 3:
        return [row]
    tallest = max(g.height for g in glyphs)
    short = sorted((g for g in glyphs if g.height <= BRIDGE * tallest), key=BY_TOP_X)
    if len(short) < 2 or len(short) == len(glyphs):
        return [row]
    bands = _bands(short)
    if len(bands) == 1:
        return [row]
    return [*bands, _as_row([g for g in glyphs if g.height > BRIDGE * tallest])]


def _bands(glyphs: list[Glyph]) -> list[_Row]:
    """Glyphs sorted by top grouped into rows, a new one wherever a glyph overlaps the last too little."""
    bands = [_Row(glyphs[0])]
    for glyph in glyphs[1:]:
        if bands[-1].overlap(glyph) >= SAME_ROW:
            bands[-1].add(glyph)
        else:
            bands.append(_Row(glyph))
    return bands


def _as_row(glyphs: list[Glyph]) -> _Row:
    row = _Row(glyphs[0])
    for glyph in glyphs[1:]:
        row.add(glyph)
    return row


def _beside_a_tall_block(row: _Row) -> list[_Row]:
    """A row split where a block of taller text stands beside two or more stacked lines of smaller
    text, clear of them on the left or the right.

    A Word cover sets "ICS 97.170" over "CCS Y 64" (10.5 pt) in a left cell and "Q/440306 BLK"
    (20 pt) in a right one: the tall line overlaps both small ones, so all three were read as one
    row, interleaved ("ICCCSS9Y76.1470").  :func:`_unbridged` catches this only where the small
    lines are under half the tall one's height and before footnote-sized text joins; here the
    test is the layout: the smaller glyphs form bands that do not overlap each other, and each
    band lies an em or more to the side of every taller glyph, so no band is an exponent or a
    footnote marker set against its word.
    """
    glyphs = row.glyphs
    if len(glyphs) < 4:
        return [row]
    tallest = max(g.height for g in glyphs)
    tall = [g for g in glyphs if g.height > STACKED * tallest]
    short = sorted((g for g in glyphs if g.height <= STACKED * tallest), key=BY_TOP_X)
    if len(short) < 2 or not tall:
        return [row]
    bands = _bands(short)
    if len(bands) == 1:
        return [row]
    left, right = min(g.x0 for g in tall), max(g.x1 for g in tall)
    for band in bands:
        x0, x1 = min(g.x0 for g in band.glyphs), max(g.x1 for g in band.glyphs)
        em = max(g.size for g in band.glyphs)
        if not (x1 + em <= left or x0 >= right + em):
            return [row]
    return [*bands, _as_row(tall)]


def _nearby(rows: list[_Row], tops: list[float], glyph: Glyph) -> list[_Row]:
    """The rows (sorted by top) that can overlap a glyph: those starting less than a tall line above it."""
    start = bisect_left(tops, glyph.top - 3 * max(glyph.height, 1.0))
    return rows[start : bisect_right(tops, glyph.bottom)]


def _place(rows: list[_Row], tops: list[float], glyph: Glyph, row: _Row | None) -> None:
    """Add a glyph placed after the rows were built: to ``row``, or as a row of its own."""
    if row is not None:
        row.glyphs.append(glyph)
        return
    index = bisect_right(tops, glyph.top)
    rows.insert(index, _Row(glyph))
    tops.insert(index, glyph.top)


def _best_row(rows: list[_Row], glyph: Glyph, need: float) -> _Row | None:
    """The row the glyph overlaps most (by at least ``need``); ties go to the row with a glyph
    next to it, so a comma between two lines joins the line it follows."""
    # rows clear of the glyph's band overlap it by nothing (need is above zero)
    top, bottom = glyph.top, glyph.bottom
    candidates = [
        (round(row.overlap(glyph), 1), row) for row in rows if row.top < bottom and row.bottom > top
    ]
    candidates = [(overlap, row) for overlap, row in candidates if overlap >= need]
    if len(candidates) <= 1:
        return candidates[0][1] if candidates else None
    return max(candidates, key=lambda c: (c[0], _near(c[1], glyph)))[1]


def _touches(row: _Row, glyph: Glyph) -> bool:
    """A full-size glyph of the row ends or starts right beside the small one."""
    reach = 0.5 * max(glyph.size, 1.0)
    return any(-reach <= glyph.x0 - g.x1 <= reach or -reach <= g.x0 - glyph.x1 <= reach for g in row.glyphs)


def _near(row: _Row, glyph: Glyph) -> bool:
    reach = 1.5 * max(glyph.size, 1.0)
    return any(g.x0 - reach <= glyph.x0 <= g.x1 + reach for g in row.glyphs)


def row_to_line(glyphs: list[Glyph], page: int) -> TextLine:
    """One row of glyphs (sorted by x) as a line; a space gets the box of the gap it stands for."""
    chars: list[str] = []
    boxes: list[BBox] = []
    prev: Glyph | None = None
    prev_cjk = marked = False
    raised = _raised_exponents(glyphs)
    # Runs once per printed char of the document: _is_space and is_cjk are inlined, and each
    # glyph's CJK test is kept for the next gap.
    for k, glyph in enumerate(glyphs):
        text = glyph.text
        if text.isspace():
            marked = prev is not None
            continue
        code = ord(text[0]) if text else 0
        cjk = (
            0x2E80 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF
            or code >= 0x20000
        )
        if prev is not None:
            size = prev.size if prev.size < glyph.size else glyph.size
            if marked:
                share = MARKED_SPACE
            elif prev_cjk and cjk:
                share = CJK_SPACE
            else:
                share = MIXED_SPACE if prev_cjk or cjk else LATIN_SPACE
            if glyph.x0 - prev.x1 > share * (size if size > 1.0 else 1.0):
                chars.append(" ")
                boxes.append(
                    (
                        prev.x1,
                        min(prev.top, glyph.top),
                        max(prev.x1, glyph.x0),
                        max(prev.bottom, glyph.bottom),
                    )
                )
        chars.append(SUPERSCRIPT_OF[text] if k in raised else text)
        boxes.append((glyph.x0, glyph.top, glyph.x1, glyph.bottom))
        prev, prev_cjk, marked = glyph, cjk, False
    ink = [b for c, b in zip(chars, boxes, strict=True) if c != " "]
    bbox = union_bbox(ink) if ink else (0.0, 0.0, 0.0, 0.0)
    return TextLine.model_construct(page=page, text="".join(chars), bbox=bbox, char_bboxes=boxes)


# Exponents typeset as small raised glyphs rather than as superscript characters ("10" then a
# 6.5 pt "-6" set high: 10⁻⁶/℃; "m" then a small "2": m²).  Read flat they change the value.
SUPERSCRIPT_OF = dict(zip("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺", strict=True))
EXPONENT_SIZE = 0.8  # an exponent glyph is at most this share of the line's type size ...
EXPONENT_RISE = 0.25  # ... and its bottom sits at least this share of the size above the baseline
# ... or at most this share right after a power of ten's base "10" ("10⁴", "5×10⁵"): browsers and word
# processors set <sup> at 0.83 of the size (corpus/written's sampling plans).  Only there: OCR glyph
# boxes vary in size and height, and at 0.85 everywhere "15～19" on a scanned page (GB/T 22438) read 1⁵～1⁹.
BASE_RUN = 6  # glyphs looked back over for the base an exponent raises
POWER_EXPONENT_SIZE = 0.86


def _raised_exponents(glyphs: list[Glyph]) -> set[int]:
    """Indexes of glyphs set as exponents: small digits or signs raised off the baseline right
    after a digit, a Latin letter or a bracket (not footnote numbers after Chinese text)."""
    signs = [g.size for g in glyphs if g.text in SUPERSCRIPT_OF]
    if not signs:
        return set()  # most rows: no digit or sign to raise
    full = [g for g in glyphs if not g.text.isspace() and g.text not in PUNCTUATION]
    if len(full) < 2:
        return set()
    sizes = sorted(g.size for g in full)
    size = sizes[len(sizes) // 2]
    if min(signs) > POWER_EXPONENT_SIZE * size:
        return set()  # no digit or sign is small enough (most rows with numbers)
    bottoms = sorted(g.bottom for g in full if g.size >= EXPONENT_SIZE * size)
    if not bottoms:
        return set()
    baseline = bottoms[len(bottoms) // 2]
    raised: set[int] = set()
    for k, glyph in enumerate(glyphs):
        if glyph.text not in SUPERSCRIPT_OF or glyph.size > POWER_EXPONENT_SIZE * size:
            continue
        if glyph.size > EXPONENT_SIZE * size and not (k - 1 in raised or _after_ten(glyphs, k)):
            continue
        if baseline - glyph.bottom < EXPONENT_RISE * size:
            continue
        before = glyphs[k - 1] if k else None
        if before is None or before.x1 < glyph.x0 - 0.5 * size:
            continue  # an exponent touches what it raises
        if k - 1 not in raised and glyph.size > POWER_EXPONENT_SIZE * _base_size(glyphs, k, size):
            # ... and is set smaller than it: a row's median size can be a logo's ("CCS A 12"
            # beside a 30 pt "T/CMCHA"), under which every ordinary digit looks small
            continue
        if k - 1 in raised or re.fullmatch(r"[0-9A-Za-z)）]", before.text):
            raised.add(k)
    return raised


def _base_size(glyphs: list[Glyph], k: int, size: float) -> float:
    """The largest type size of the run of touching glyphs just before glyph ``k``: what an
    exponent raises ("NO2" before the charge of "NO2⁻", the subscript included)."""
    largest = glyphs[k - 1].size
    for j in range(k - 1, max(k - BASE_RUN, 0), -1):
        if glyphs[j - 1].x1 < glyphs[j].x0 - 0.5 * size:
            break
        largest = max(largest, glyphs[j - 1].size)
    return largest


def _after_ten(glyphs: list[Glyph], k: int) -> bool:
    """The glyph follows the base "10" of a power of ten, itself not part of a longer number."""
    if k < 2 or glyphs[k - 2].text != "1" or glyphs[k - 1].text != "0":
        return False
    if k < 3 or not re.fullmatch(r"[0-9.]", glyphs[k - 3].text):
        return True
    # a digit before the "1" belongs to the number only when it touches it (table cells carry no spaces)
    return glyphs[k - 2].x0 - glyphs[k - 3].x1 > 0.5 * glyphs[k - 2].size


def _is_space(prev: Glyph, glyph: Glyph, marked: bool) -> bool:
    gap = glyph.x0 - prev.x1
    size = max(min(prev.size, glyph.size), 1.0)
    if marked:
        return gap > MARKED_SPACE * size
    left, right = is_cjk(prev.text), is_cjk(glyph.text)
    share = CJK_SPACE if left and right else MIXED_SPACE if left or right else LATIN_SPACE
    return gap > share * size


def is_cjk(char: str) -> bool:
    """CJK ideographs, CJK punctuation and full-width forms: text set on a square em."""
    code = ord(char[0]) if char else 0
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or code >= 0x20000


# --- running headers and footers ------------------------------------------------------------------

HEADER_ZONE = 0.11  # share of the page height at the top where running headers sit
FOOTER_ZONE = 0.89  # ... and where footers start
WIDE_ZONE = 0.2  # headers that print the standard number may sit lower (GB 2762: 14 % down)
EDGE_LINES = 2  # only the first/last lines of a page can be running lines
REPEAT_SHARE = 0.3  # a line repeated on this share of the pages (and at least twice) is running

ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI", "Ⅶ": "VII", "Ⅷ": "VIII",
         "Ⅸ": "IX", "Ⅹ": "X", "Ⅺ": "XI", "Ⅻ": "XII", "ⅰ": "i", "ⅱ": "ii", "ⅲ": "iii", "ⅳ": "iv",
         "ⅴ": "v", "ⅵ": "vi", "ⅶ": "vii", "ⅷ": "viii", "ⅸ": "ix", "ⅹ": "x"}  # fmt: skip
PAGE_NUMBER = re.compile(
    r"^[-—–\s]*(?:第\s*)?(\d{1,4}|[IVXLivxl]{1,7})(?:\s*页)?(?:\s*共\s*\d+\s*页)?[-—–\s]*$"
)


def page_label(text: str) -> str | None:
    """The page number a footer prints ("5", "IV", "ⅩⅣ" -> "XIV", "- 3 -" -> "3"), or None."""
    folded = "".join(ROMAN.get(c, c) for c in clean_text(text))
    match = PAGE_NUMBER.match(folded)
    return match.group(1) if match else None


def _is_number_line(line: TextLine) -> bool:
    """A line that is just a standard number: the running header of GB/T 1.1 documents."""
    text = repair_letter_runs(clean_text(line.text)).strip()
    match = number_grammar().number.search(text)
    return match is not None and len(text) - (match.end() - match.start()) <= 2


def _repeat_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", clean_text(text)))


def split_running_lines(pages: list[Page]) -> None:
    """Move running headers and footers of each page out of ``lines`` into ``header``/``footer``.

    A line is running when it sits in the top or bottom band of its page, among the first or last
    two lines, and is either a page number or repeated (digits ignored) on several pages.  The
    printed page number becomes ``page_label``.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_repeat_key(line.text) for line in _edge_lines(page)})
    needed = max(2, REPEAT_SHARE * len(pages))

    def repeated(line: TextLine) -> bool:
        key = _repeat_key(line.text)
        # digits alone repeat as page numbers do, but so does a table row of numbers: page
        # numbers are found by page_label, repetition needs some text
        return len(key.replace("#", "")) >= 2 and counts[key] >= needed

    for page in pages:
        _split_page(page, repeated)


def _edge_lines(page: Page) -> list[TextLine]:
    top = [ln for ln in page.lines[:EDGE_LINES] if ln.bbox[3] <= WIDE_ZONE * page.height]
    bottom = [ln for ln in page.lines[-EDGE_LINES:] if ln.bbox[1] >= (1 - WIDE_ZONE) * page.height]
    return top + [ln for ln in bottom if ln not in top]


def _in_narrow_zone(line: TextLine, page: Page) -> bool:
    return line.bbox[3] <= HEADER_ZONE * page.height or line.bbox[1] >= FOOTER_ZONE * page.height


def _split_page(page: Page, repeated) -> None:
    header: list[TextLine] = []
    footer: list[TextLine] = []
    for line in _edge_lines(page):
        label = page_label(line.text)
        narrow = _in_narrow_zone(line, page)
        number = _is_number_line(line)
        # running: repeated at the edge of pages, or the standard number at the very top/foot
        if label is None and not (repeated(line) and (narrow or number) or narrow and number):
            continue
        if label is not None and not narrow and len(page.lines) > EDGE_LINES * 2:
            continue  # a lone number in the wide band is more likely a table value
        if line.bbox[3] <= WIDE_ZONE * page.height:
            header.append(line)
        else:
            footer.append(line)
        if label is not None and page.page_label is None:
            page.page_label = label
    if header or footer:
        running = {id(ln) for ln in header + footer}
        page.lines = [ln for ln in page.lines if id(ln) not in running]
        page.header, page.footer = header, footer
