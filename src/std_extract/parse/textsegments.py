"""Text-table stage 1, lines -> segments: a printed line's runs of text separated by gaps wider
than a char (the cells of an unruled table are set apart by white space), and the interval
arithmetic the later stages share."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from std_extract.document import BBox, TextLine, union_bbox
from std_extract.parse.layout import is_cjk

Span = tuple[float, float]  # an x-range (x0, x1)


class Segment(NamedTuple):
    """A run of a line's text between wide gaps."""

    x0: float
    x1: float
    text: str
    bbox: BBox


SEGMENT_GAP = 1.0  # a gap of this many char heights splits a line into cells


def line_segments(line: TextLine) -> list[Segment]:
    """(x0, x1, text, bbox) runs of a line separated by gaps wider than a char."""
    return [make_segment([c for c, _ in run], [b for _, b in run]) for run in line_runs(line)]


def line_runs(line: TextLine) -> list[list[tuple[str, BBox]]]:
    """The line's chars with their boxes, in runs parted by gaps wider than a char.  Spaces part
    nothing by themselves; one between Latin text stays in its run ("每100 kJ", "GB 5009.5", "mg
    α-TE": the printed form, as a ruled cell keeps it), one between CJK chars is letter-spacing
    ("项 目") and goes."""
    height = char_height(line)
    runs: list[list[tuple[str, BBox]]] = []
    space: tuple[str, BBox] | None = None
    for char, box in zip(line.text, line.char_bboxes, strict=False):
        if char == " ":
            space = (char, box) if runs and runs[-1] else None
            continue
        if not runs or box[0] - runs[-1][-1][1][2] > SEGMENT_GAP * height:
            runs.append([])
        elif space is not None and not is_cjk(runs[-1][-1][0]) and not is_cjk(char):
            runs[-1].append(space)
        elif space is not None and is_cjk(char) and box[0] - runs[-1][-1][1][2] >= WORD_GAP * height:
            runs[-1].append(space)  # kept only between words: see _letter_spaces_dropped
        runs[-1].append((char, box))
        space = None
    runs = _spaced_words_joined([_letter_spaces_dropped(run) for run in runs], height)
    return _label_sign_joined(_value_signs_joined(runs))


@cache
def spaced_words() -> frozenset[str]:
    """Two-character headers GB standards space out across their cell ("项      目", "指    标"): two single
    chars a few ems apart that make one of these words are one header, not two columns.  The words are
    data (extractors/tables.toml [headers].spaced), read from the shipped rules: the parse stage takes no
    rule set."""
    from std_extract.extract.tablevocab import load_table_vocab_spec

    return frozenset(load_table_vocab_spec().headers.spaced)


SPACED_GAP = 4.0  # char heights: how far apart a spaced header's two chars may be set


def _spaced_words_joined(runs: list[list[tuple[str, BBox]]], height: float) -> list[list[tuple[str, BBox]]]:
    out: list[list[tuple[str, BBox]]] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) == 1
            and len(run) == 1
            and prev[0][0] + run[0][0] in spaced_words()
            and run[0][1][0] - prev[0][1][2] <= SPACED_GAP * height
        ):
            prev.append(run[0])
        else:
            out.append(run)
    return out


LONE_SIGN = re.compile(r"[≤≥<>＜＞]")


def _label_sign_joined(runs: list[list[tuple[str, BBox]]]) -> list[list[tuple[str, BBox]]]:
    """A comparator sign set apart after a row label ("酸价（KOH）/(mg/g)" then "≤" a few ems right, at
    the cell's end, where browsers and word processors pad it) is the label's, not a cell of its own:
    the second run joins the first when it is a sign alone and the first is none."""
    if len(runs) < 2 or len(runs[1]) != 1 or not LONE_SIGN.fullmatch(runs[1][0][0]):
        return runs
    if len(runs[0]) == 1 and LONE_SIGN.fullmatch(runs[0][0][0]):
        return runs  # a header line of signs alone ("≥  ≥  ≤" under the units)
    first, sign = runs[0], runs[1][0]
    space = (" ", (first[-1][1][2], sign[1][1], sign[1][0], sign[1][3]))
    return [[*first, space, sign], *runs[2:]]


def _value_signs_joined(runs: list[list[tuple[str, BBox]]]) -> list[list[tuple[str, BBox]]]:
    """A comparator sign set at a value cell's left edge and its number padded to the right ("≤      12.0",
    a word processor's tab or spaces in every grade's cell) is one value, not two cells: a lone sign run
    followed by a number run joins it, where the line prints two such pairs or more (a sign printed once
    in a column of its own, "溶解氧 | ≥ | 7.5 | 6 | 5", bounds every value after it and stays apart)."""
    pairs = [
        k for k in range(len(runs) - 1) if _lone_sign(runs[k]) and _NUMBER_START.match(runs[k + 1][0][0])
    ]
    if len(pairs) < 2:
        return runs
    out: list[list[tuple[str, BBox]]] = []
    k = 0
    while k < len(runs):
        if k in pairs:
            sign, number = runs[k][0], runs[k + 1]
            space = (" ", (sign[1][2], sign[1][1], number[0][1][0], sign[1][3]))
            out.append([sign, space, *number])
            k += 2
        else:
            out.append(runs[k])
            k += 1
    return out


def _lone_sign(run: list[tuple[str, BBox]]) -> bool:
    return len(run) == 1 and bool(LONE_SIGN.fullmatch(run[0][0]))


_NUMBER_START = re.compile(r"[\d.]")


# A gap this wide (in char heights) between two CJK words of two or more chars each is a word
# space, kept: word-processor tables set a group label and its first item on one line, an
# ideographic space apart ("杯具　细菌总数", "冲击吸收性能　传递到头模的力/N": parent and child).
# Between single chars it is letter-spacing ("色 泽", "项 目") and goes.
WORD_GAP = 0.75


def _letter_spaces_dropped(run: list[tuple[str, BBox]]) -> list[tuple[str, BBox]]:
    out: list[tuple[str, BBox]] = []
    for k, (char, box) in enumerate(run):
        if char == " " and _between_cjk_words(run, k) is False:
            continue
        out.append((char, box))
    return out


def _between_cjk_words(run: list[tuple[str, BBox]], k: int) -> bool | None:
    """For a space at k: True between two CJK words of two or more chars, False beside a single
    CJK char, None when a side is not CJK (a Latin space, kept)."""
    before = [c for c, _ in run[max(0, k - 2) : k]]
    after = [c for c, _ in run[k + 1 : k + 3]]
    if not before or not after or not (is_cjk(before[-1]) and is_cjk(after[0])):
        return None
    return len(before) == 2 and len(after) == 2 and all(_IDEOGRAPH.match(c) for c in before + after)


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")  # a word's char; not punctuation ("，匀　紧细": two cells)


def char_height(line: TextLine) -> float:
    """The line's type size: the median character height, not the line's box, which grows when
    text set a little lower (a label centred between two rows) joins the line."""
    heights = sorted(b[3] - b[1] for c, b in zip(line.text, line.char_bboxes, strict=False) if c != " ")
    return max(heights[len(heights) // 2] if heights else line.bbox[3] - line.bbox[1], 1.0)


def make_segment(chars: list[str], boxes: list[BBox]) -> Segment:
    bbox = union_bbox(boxes)
    return Segment(bbox[0], bbox[2], "".join(chars), bbox)


def overlap(a: Span, b: Span) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def distance(a: Span, b: Span) -> float:
    return max(0.0, b[0] - a[1], a[0] - b[1])


def empty_box(column: Span, line: TextLine | BBox) -> BBox:
    box = line if isinstance(line, tuple) else line.bbox
    return (column[0], box[1], column[1], box[3])
