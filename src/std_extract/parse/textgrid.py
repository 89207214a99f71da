"""Tables with little or no ruling, found from text alignment under a caption (detection="text").

Three-line tables (a rule above, one under the header, one below: HJ 702, HJ 751) and unruled
tables give pdfplumber's line-based finder nothing.  Under a caption that no ruled table
follows, the lines up to the closing rule (or the first line of running text) are split into
segments at wide gaps; columns are the x-ranges of the segments of the fullest lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from std_extract.document import BBox, Page, TableCell, TextLine, union_bbox
from std_extract.parse.layout import is_cjk
from std_extract.parse.model import HRule
from std_extract.parse.tablectx import NOTE_START, parse_caption
from std_extract.textnorm import clean_text

if TYPE_CHECKING:
    from std_extract.parse.tables import Part

SEGMENT_GAP = 1.0  # a gap of this many char heights splits a line into cells
MAX_LINES = 60  # a text table longer than this on one page is probably running text
RULE_REACH = 2.5  # line heights between a caption and the top rule of its table
HEADING = re.compile(r"^(\d{1,2}(\.\d{1,3})*|[A-Z]\.\d{1,3}(\.\d{1,3})*)\s+\S")


def text_tables(page_index: int, page: Page, rules: list[HRule], ruled: list[Part]) -> list[Part]:
    """Text-aligned tables under captions that no ruled table on the page follows."""
    parts = []
    taken = set().union(*(p.line_ids for p in ruled)) if ruled else set()
    for index, line in enumerate(page.lines):
        caption = parse_caption(line)
        if caption is None or index in taken or _ruled_below(line, ruled):
            continue
        part = _text_part(page_index, page, index, rules)
        if part is not None:
            part.caption = caption
            taken |= part.line_ids
            parts.append(part)
    return parts


def _ruled_below(caption: TextLine, ruled: list[Part]) -> bool:
    height = caption.bbox[3] - caption.bbox[1]
    return any(0 <= part.bbox[1] - caption.bbox[3] <= 4 * height for part in ruled)


def _text_part(page_index: int, page: Page, caption_index: int, rules: list[HRule]) -> Part | None:
    from std_extract.parse.tables import Part  # the Part model lives with the table stage

    region, own, at_bottom = _bounds(page, caption_index, rules)
    if len(region) < (1 if at_bottom else 2):
        return None  # (a caption and a header alone at the foot of a page: its rows follow overleaf)
    segments = {i: _segments(page.lines[i]) for i in region}
    columns = _columns([segments[i] for i in region])
    if len(columns) < 2:
        return None
    header_count = _header_count(page, region, own)
    rows = [_row(page.lines[i], segments[i], columns, r) for r, i in enumerate(region)]
    header_cells, body = rows[:header_count], rows[header_count:]
    for r, row in enumerate(body):
        for cell in row:
            cell.row = r
    headers = [[cell.text for cell in row] for row in header_cells]
    bbox = _box(page, region, own)
    return Part(
        page_index, bbox, headers, header_cells, body, _edges(columns), None,
        detection="text", line_ids=set(region) | {caption_index}, open_end=at_bottom,
    )  # fmt: skip


def _bounds(page: Page, caption_index: int, rules: list[HRule]) -> tuple[list[int], list[HRule], bool]:
    """The table's line indexes, its rules, and whether it runs to the foot of the page."""
    caption = page.lines[caption_index]
    region = _region(page, caption_index)
    at_bottom = bool(region) and region[-1] == len(page.lines) - 1
    end = page.lines[region[-1] + 1].bbox[1] if region and not at_bottom else page.height
    own = _table_rules(caption, [r for r in rules if r.y < end], caption.bbox[3] - caption.bbox[1])
    if len(own) >= 2:  # the rules bound the table better than the text does
        top, bottom = own[0].y, own[-1].y
        below = range(caption_index + 1, len(page.lines))
        region = [
            i for i in below if top - 2 <= page.lines[i].bbox[1] and page.lines[i].bbox[3] <= bottom + 2
        ]
    return region, own, at_bottom


def _box(page: Page, region: list[int], rules: list[HRule]) -> BBox:
    x0, top, x1, bottom = union_bbox([page.lines[i].bbox for i in region])
    if rules:
        return (min(x0, rules[0].x0), min(top, rules[0].y), max(x1, rules[-1].x1), max(bottom, rules[-1].y))
    return (x0, top, x1, bottom)


def _edges(columns: list[tuple[float, float]]) -> list[float]:
    """Column boundaries: the outer edges and the middle of each gap between columns."""
    middles = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:], strict=False)]
    return [columns[0][0], *middles, columns[-1][1]]


def text_continuation(page_index: int, page: Page, previous: Part) -> Part | None:
    """Rows at the top of a page continuing a text table that ran to the foot of the last page
    (HJ 702 表2: caption and header on one page, the rows on the next, no 续表)."""
    from std_extract.parse.tables import Part

    columns = list(zip(previous.col_edges, previous.col_edges[1:], strict=False))
    region = []
    for i, line in enumerate(page.lines[:MAX_LINES]):
        if _ends_table(line, page) or len(_segments(line)) < 2:
            break
        region.append(i)
    if not region:
        return None
    rows = [_row(page.lines[i], _segments(page.lines[i]), columns, r) for r, i in enumerate(region)]
    if previous.headers and [c.text for c in rows[0]] == previous.headers[0]:
        rows = rows[len(previous.headers) :]  # the header printed again
    for r, row in enumerate(rows):
        for cell in row:
            cell.row = r
    bbox = union_bbox([page.lines[i].bbox for i in region])
    return Part(
        page_index, bbox, [], [], rows, previous.col_edges, None, detection="text", line_ids=set(region)
    )


def _table_rules(caption: TextLine, rules: list[HRule], height: float) -> list[HRule]:
    """The rules of a three-line table under the caption: the first within reach, and the rules
    below it (up to the end of the table's text) that share most of its width."""
    below = [r for r in rules if r.y > caption.bbox[3]]
    if not below or below[0].y - caption.bbox[3] > RULE_REACH * height:
        return []
    first = below[0]
    return [
        r
        for r in below
        if min(r.x1, first.x1) - max(r.x0, first.x0) > 0.5 * min(r.x1 - r.x0, first.x1 - first.x0)
    ]


def _region(page: Page, caption_index: int) -> list[int]:
    """Line indexes under the caption up to the first running text, heading, note or caption."""
    lines = page.lines
    region = []
    for i in range(caption_index + 1, min(len(lines), caption_index + 1 + MAX_LINES)):
        if _ends_table(lines[i], page):
            break
        region.append(i)
    return region


def _ends_table(line: TextLine, page: Page) -> bool:
    """Running text, a heading, a note or the next caption: the end of a text table."""
    text = clean_text(line.text).strip()
    if parse_caption(line) or text.startswith("注") and NOTE_START.match(text):
        return True
    if HEADING.match(text) and len(text.split()) <= 2:  # "6.3.2 固体废物浸出液试样", not "1 5 100 2"
        return True
    cjk = sum(is_cjk(c) for c in text)
    prose = len(text) >= 20 and cjk >= 0.5 * len(text) and len(_segments(line)) == 1
    return prose and (text.endswith("。") or line.bbox[2] - line.bbox[0] > 0.6 * page.width)


def _segments(line: TextLine) -> list[tuple[float, float, str, BBox]]:
    """(x0, x1, text, bbox) runs of a line separated by gaps wider than a char."""
    height = max(line.bbox[3] - line.bbox[1], 1.0)
    out: list[tuple[float, float, str, BBox]] = []
    chars: list[str] = []
    boxes: list[BBox] = []
    for char, box in zip(line.text, line.char_bboxes, strict=False):
        if char == " ":
            continue
        if boxes and box[0] - boxes[-1][2] > SEGMENT_GAP * height:
            out.append(_segment(chars, boxes))
            chars, boxes = [], []
        chars.append(char)
        boxes.append(box)
    if boxes:
        out.append(_segment(chars, boxes))
    return out


def _segment(chars: list[str], boxes: list[BBox]) -> tuple[float, float, str, BBox]:
    bbox = union_bbox(boxes)
    return bbox[0], bbox[2], "".join(chars), bbox


def _columns(lines: list[list[tuple[float, float, str, BBox]]]) -> list[tuple[float, float]]:
    """Column x-ranges: the segments of the lines with most segments, merged where they overlap."""
    most = max(len(segs) for segs in lines)
    if most < 2:
        return []
    intervals = sorted((s[0], s[1]) for segs in lines if len(segs) >= max(2, most - 1) for s in segs)
    columns: list[list[float]] = []
    for x0, x1 in intervals:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _header_count(page: Page, region: list[int], rules: list[HRule]) -> int:
    if len(rules) >= 3:
        return max(1, sum(1 for i in region if page.lines[i].bbox[3] <= rules[1].y + 2))
    return 1


def _row(line: TextLine, segments, columns: list[tuple[float, float]], r: int) -> list[TableCell]:
    texts: list[list[str]] = [[] for _ in columns]
    boxes: list[list[BBox]] = [[] for _ in columns]
    for x0, x1, text, bbox in segments:
        c = max(
            range(len(columns)),
            key=lambda k: _overlap((x0, x1), columns[k]) - _distance((x0, x1), columns[k]),
        )
        texts[c].append(text)
        boxes[c].append(bbox)
    return [
        TableCell(
            row=r, col=c, text=" ".join(texts[c]), page=line.page,
            bbox=union_bbox(boxes[c]) if boxes[c] else _empty_box(columns[c], line),
        )
        for c in range(len(columns))
    ]  # fmt: skip


def _empty_box(column: tuple[float, float], line: TextLine) -> BBox:
    return (column[0], line.bbox[1], column[1], line.bbox[3])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, b[0] - a[1], a[0] - b[1])
