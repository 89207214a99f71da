"""OCR of a page image into the page model: glyphs with boxes, ruled grids and rules.

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models run by ONNX Runtime, shipped inside the wheel, so nothing is downloaded at run
time.  It was chosen over Tesseract 5 (Debian's ``tesseract-ocr-chi-sim``) by character accuracy
and speed on hand-transcribed pages of the scans (README, "Scanned standards"; the transcriptions
are in ``corpus/ocr``).  It is optional: ``pip install 'std-extract[ocr]'``.

RapidOCR returns a box per text line and, with ``return_word_box``, one per character; each
character becomes a :class:`Glyph` in page points, so ``glyphs_to_lines``, the table readers and
provenance work on a scan exactly as on a text layer.  Table rules come from the image
(``raster.py``), and the comparison signs of limit tables, which the detector tends to skip
when they stand alone in a cell, are looked for among the ink it left unread (``ocrsymbols.py``).
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from std_extract.document import SymbolRepair, TextLine
from std_extract.parse.layout import glyphs_to_lines
from std_extract.parse.model import Glyph, HRule, RuledGrid
from std_extract.parse.ocrrepair import repair_lines
from std_extract.parse.ocrsymbols import recover_signs
from std_extract.parse.raster import render_gray, ruling_segments, segments_to_grids, segments_to_rules

ENGINE = "rapidocr-onnxruntime PP-OCRv4 (zh)"
OCR_FONT = "ocr"  # the font name of every OCR glyph: later stages can tell them apart
OCR_DPI = 200  # 10.5 pt text is ~30 px high: what PP-OCR's recogniser is trained on
RULE_DPI = 100  # rules are found on the page image halved
ENABLE_HINT = "install the OCR extra to read it (pip install 'std-extract[ocr]')"
CLOSE_GAP = 0.5  # gaps inside an OCR line narrower than this share of the size are closed
LOGO_HEIGHT = 3.0  # a short line (LOGO_CHARS or fewer) this many times the median line height ...
LOGO_CHARS = 4  # ... is a logo, not text
DOUBTFUL_SCORE = 0.8  # a single-mark line scored below this is looked at again (see is_doubtful)
THREADS_ENV = "STD_EXTRACT_OCR_THREADS"  # threads per engine; 1 by default (batches run a process per core)


class OcrUnavailable(RuntimeError):
    """The OCR extra is not installed."""


@dataclass
class OcrLine:
    """One line RapidOCR read: its text, its score and one box per character (page points)."""

    text: str
    score: float
    boxes: list[tuple[float, float, float, float]]
    char_scores: list[float] = field(default_factory=list)  # one per character where RapidOCR gave them


@dataclass
class OcrPage:
    """What OCR read from one page image: text lines (repaired), table geometry, repairs."""

    lines: list[TextLine]
    grids: list[RuledGrid] = field(default_factory=list)
    rules: list[HRule] = field(default_factory=list)
    repairs: list[SymbolRepair] = field(default_factory=list)


def ocr_available() -> bool:
    """True when the OCR extra (rapidocr-onnxruntime) is installed."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine():
    if not ocr_available():
        raise OcrUnavailable(f"OCR is not installed; {ENABLE_HINT}")
    from rapidocr_onnxruntime import RapidOCR

    threads = int(os.environ.get(THREADS_ENV, "1"))
    return RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)


def ocr_page(pdfium_page, page: int, dpi: float = OCR_DPI) -> OcrPage:
    """Render a page and read it into lines, ruled grids and rules (page points), with the
    comparison signs recovered from the image and the symbols repaired from context."""
    gray = render_gray(pdfium_page, dpi)
    read = drop_logos(read_image(gray, dpi))
    read += second_look(gray, dpi, read)
    sure = [line for line in read if not is_doubtful(line)]
    step = max(1, round(dpi / RULE_DPI))
    segments = ruling_segments(gray[::step, ::step], dpi / step)
    grids = segments_to_grids(segments, page)
    glyphs = drop_rule_misreads(sure, grids)
    signs = recover_signs(gray, dpi, glyphs, grids)
    for line in read:
        if is_doubtful(line):  # kept as read unless a sign was found in its place
            kept = [g for g in line_glyphs(line) if not any(_overlap(g, s) for s in signs)]
            glyphs += kept
    lines, repairs = repair_lines(glyphs_to_lines(glyphs + signs, page))
    repairs += [
        SymbolRepair(page=page, bbox=s.bbox, read="", repaired=s.text, rule="sign_from_image") for s in signs
    ]
    return OcrPage(lines=lines, grids=grids, rules=segments_to_rules(segments), repairs=repairs)


def drop_rule_misreads(lines: list[OcrLine], grids: list[RuledGrid]) -> list[Glyph]:
    """The glyphs of the lines, less a doubtful character at either end of a line that a table
    rule separates from the rest of it: the recogniser reading the rule itself (GB/T 22438 表1
    "矿物质/% | 带壳稗粒/" came out "矿物质/%6带壳稗粒/", the 6 scored 0.65)."""
    glyphs: list[Glyph] = []
    for line in lines:
        own = line_glyphs(line)
        if grids and line.char_scores and len(own) > 1:
            for end, neighbour in ((0, 1), (len(own) - 1, len(own) - 2)):
                if line.char_scores[end] < DOUBTFUL_SCORE and _cell(grids, own[end]) != _cell(
                    grids, own[neighbour]
                ):
                    own[end] = None  # type: ignore[call-overload]
        glyphs += [g for g in own if g is not None]
    return glyphs


def _cell(grids: list[RuledGrid], glyph: Glyph) -> tuple[int, int, int] | None:
    """(grid, row, col) of the slot holding the glyph's centre, or None outside every grid."""
    cx, cy = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
    for k, grid in enumerate(grids):
        x0, top, x1, bottom = grid.bbox
        if x0 <= cx <= x1 and top <= cy <= bottom:
            col = sum(1 for edge in grid.col_edges[1:-1] if edge < cx)
            row = sum(1 for edge in grid.row_edges[1:-1] if edge < cy)
            return (k, row, col)
    return None


def is_doubtful(line: OcrLine) -> bool:
    """A lone low-scored mark that is no hanzi or digit: what the recogniser makes of a sign
    it cannot read ("≤" as "N"); its ink is looked at again for a sign."""
    text = line.text.strip()
    return (
        len(text) == 1
        and line.score < DOUBTFUL_SCORE
        and not (text.isdigit() or "\u4e00" <= text <= "\u9fff")
    )


def _overlap(a: Glyph, b: Glyph) -> bool:
    return min(a.x1, b.x1) > max(a.x0, b.x0) and min(a.bottom, b.bottom) > max(a.top, b.top)


def read_image(gray: np.ndarray, dpi: float) -> list[OcrLine]:
    """RapidOCR on a greyscale page image; lines with per-character boxes in page points."""
    rgb = np.repeat(gray[:, :, None], 3, axis=2)
    result, _elapsed = _engine()(rgb, use_cls=False, return_word_box=True)
    scale = 72.0 / dpi
    lines = []
    for item in result or []:
        box, text, score = item[0], item[1], float(item[2])
        char_boxes = item[3] if len(item) > 3 else None
        # with return_word_box an item is [box, text, score, char boxes, chars, char scores]
        char_scores = [float(v) for v in item[5]] if len(item) > 5 and len(item[5]) == len(text) else []
        lines.append(OcrLine(text, score, _char_boxes(text, box, char_boxes, scale), char_scores))
    return lines


def _char_boxes(text: str, box, char_boxes, scale: float) -> list[tuple[float, float, float, float]]:
    """One box per character of ``text``: RapidOCR's own where it gave one per character, else
    the line's box cut into equal widths."""
    xs = [p[0] for p in box]
    ys = [p[1] for p in box]
    top, bottom = min(ys) * scale, max(ys) * scale
    if char_boxes and len(char_boxes) == len(text):
        boxes = []
        for quad in char_boxes:
            qx = [p[0] for p in quad]
            boxes.append((min(qx) * scale, top, max(qx) * scale, bottom))
        return boxes
    x0, x1 = min(xs) * scale, max(xs) * scale
    step = (x1 - x0) / max(len(text), 1)
    return [(x0 + i * step, top, x0 + (i + 1) * step, bottom) for i in range(len(text))]


def line_glyphs(line: OcrLine) -> list[Glyph]:
    """The glyphs of one OCR line.

    The type size is the line box's height less the detector's margin (PP-OCR's boxes are
    unclipped by about a fifth), which is what the spacing rules of ``layout`` expect.  The
    recogniser's character boxes leave gaps where its frames saw blank paper; inside a line they
    are closed up to ``CLOSE_GAP`` of the size (else "GB/T 22438" reads "GB /T 22 438"), and the
    spaces it read itself stay as space glyphs."""
    chars = list(zip(line.text, line.boxes, strict=True))
    glyphs = []
    for k, (char, (x0, top, x1, bottom)) in enumerate(chars):
        size = (bottom - top) * 0.8
        if k + 1 < len(chars) and not char.isspace() and not chars[k + 1][0].isspace():
            following = chars[k + 1][1][0]
            if 0 < following - x1 < CLOSE_GAP * size:
                x1 = following
        glyphs.append(Glyph(char, x0, top, x1, bottom, size, OCR_FONT))
    return glyphs


def second_look(gray: np.ndarray, dpi: float, lines: list[OcrLine]) -> list[OcrLine]:
    """Lines the detector missed, read from crops of the ink no line covers.

    PP-OCR's detector now and then skips a whole line (GB/T 15555.12's "国家技术监督局" and
    "1995-03-28批准" at the foot of its first page, set beside a bold issuer block); on a crop
    around the unread ink it finds it.  Only line-shaped ink the size of text is looked at, so
    rules, stamps and specks cost nothing."""
    if not lines:
        return []
    import cv2

    scale = dpi / 72.0
    height = float(np.median([(ln.boxes[0][3] - ln.boxes[0][1]) * scale for ln in lines if ln.boxes]))
    unread = gray < 160
    across, down = int(height * 0.5), int(height * 0.2)  # the boxes' edges cut through glyphs
    for line in lines:
        x0, top, x1, bottom = (int(v) for v in _line_box(line, scale))
        unread[max(top - down, 0) : bottom + down, max(x0 - across, 0) : x1 + across] = False
    reach = max(3, int(height * 0.6))
    joined = cv2.dilate(unread.astype(np.uint8), np.ones((3, reach), np.uint8))
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    found: list[OcrLine] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if not (0.5 * height <= h <= 2.0 * height and w >= 2 * h and area >= 0.3 * w * h):
            continue
        pad = int(height * 0.5)
        top, left = max(y - pad, 0), max(x - pad, 0)
        crop = gray[top : y + h + pad, left : x + w + pad]
        for line in read_image(crop, dpi):
            line.boxes = [
                (a + left / scale, b + top / scale, c + left / scale, d + top / scale)
                for a, b, c, d in line.boxes
            ]
            if not any(_boxes_overlap(_line_box(line, 1.0), _line_box(other, 1.0)) for other in lines):
                found.append(line)
    return found


def _line_box(line: OcrLine, scale: float) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in line.boxes) * scale,
        min(b[1] for b in line.boxes) * scale,
        max(b[2] for b in line.boxes) * scale,
        max(b[3] for b in line.boxes) * scale,
    )


def _boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width > 0 and height > 0.3 * min(a[3] - a[1], b[3] - b[1])


def drop_logos(lines: list[OcrLine]) -> list[OcrLine]:
    """Lines far taller than the page's text are logos (the "GB" of a national standard's
    cover): read as text, one tall box would join the lines it overlaps into one row."""
    heights = sorted(line.boxes[0][3] - line.boxes[0][1] for line in lines if line.boxes)
    if not heights:
        return lines
    limit = LOGO_HEIGHT * heights[len(heights) // 2]
    return [
        line
        for line in lines
        if line.boxes and (line.boxes[0][3] - line.boxes[0][1] <= limit or len(line.text) > LOGO_CHARS)
    ]
