"""Text-table stage 1, lines -> segments: a printed line's runs of text separated by gaps wider
than a char (the cells of an unruled table are set apart by white space), and the interval
arithmetic the later stages share."""

from __future__ import annotations

from typing import NamedTuple

from std_extract.document import BBox, TextLine, union_bbox

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
    height = char_height(line)
    out: list[Segment] = []
    chars: list[str] = []
    boxes: list[BBox] = []
    for char, box in zip(line.text, line.char_bboxes, strict=False):
        if char == " ":
            continue
        if boxes and box[0] - boxes[-1][2] > SEGMENT_GAP * height:
            out.append(make_segment(chars, boxes))
            chars, boxes = [], []
        chars.append(char)
        boxes.append(box)
    if boxes:
        out.append(make_segment(chars, boxes))
    return out


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
