"""Text-table stage 1, lines -> segments: a printed line's runs of text separated by gaps wider
than a char (the cells of an unruled table are set apart by white space), and the interval
arithmetic the later stages share."""

from __future__ import annotations

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
        runs[-1].append((char, box))
        space = None
    return runs


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
