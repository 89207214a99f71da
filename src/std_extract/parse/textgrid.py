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
from std_extract.parse.headerlines import join_header_lines
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
    region, footnotes = _split_footnotes(page, region)
    if len(region) < (1 if at_bottom else 2):
        return None  # (a caption and a header alone at the foot of a page: its rows follow overleaf)
    lines = [page.lines[i] for i in region]
    segments = [_segments(line) for line in lines]
    columns = _columns(segments)
    if len(columns) < 2:
        return None
    count = _header_lines(page, region, own, segments, columns)
    body_columns = _columns(segments[count:]) if len(lines) > count else []
    if len(body_columns) >= 2:  # cells are where the body's text is, headers are centred over them
        columns = _unheaded_dropped(body_columns, segments[:count])
    columns = _headed_single_columns(columns, segments[:count], segments[count:])
    columns = _group_label_split(columns, segments[count:])
    headers, groups = _header_texts(segments[:count], columns)
    if count >= 2 and _one_printed_row(lines[:count]) and not _spanning(segments[:count], columns):
        groups = []  # header cells of one row set at different heights ("限" over "值" beside "项目")
    if len(own) >= 3 and not groups and count >= 2:  # a ruled-off header without spans: its lines
        printed = [[c.text for c in _row(lines[k], segments[k], columns, k)] for k in range(count)]
        headers = [[join_header_lines([row[c] for row in printed]) for c in range(len(columns))]]
    label_cols = _label_columns(headers)
    body = _body_rows(lines[count:], columns, groups, label_cols)
    for note in footnotes:  # one row across the table: the table stage moves it to the notes
        r = len(body)
        body.append(
            [
                TableCell(row=r, col=c, text=note[0], page=note[1].page, bbox=note[1].bbox,
                          merged_from=None if c == 0 else (r, 0))
                for c in range(len(columns))
            ]
        )  # fmt: skip
    head_box = union_bbox([ln.bbox for ln in lines[:count]])
    header_cells = [
        [
            TableCell(row=r, col=c, text=text, page=page.number, bbox=_empty_box(columns[c], head_box))
            for c, text in enumerate(row)
        ]
        for r, row in enumerate(headers)
    ]
    ids = set(region) | {caption_index} | {i for _, _, i in footnotes}
    bbox = _box(page, region + [i for _, _, i in footnotes], own)
    return Part(
        page_index, bbox, headers, header_cells, body, _edges(columns), None,
        detection="text", line_ids=ids, open_end=at_bottom,
    )  # fmt: skip


FOOTNOTE = re.compile(r"^\s*([a-z])\s?([\u4e00-\u9fff（(].*)$")
VALUE = re.compile(
    r"^[≤≥<>＜＞±]|^-?\d+(\.\d+)?(\s*[～~\-—]\s*\d+(\.\d+)?)?$|^\d+(\.\d+)?±|不得检出|^—$|^－$"
)
GRADE = re.compile(r"^([\d一二三四五六七八九十]+|[优特甲乙丙]|[ⅠⅡⅢⅣV]+)[级等]品?$|等品$|合格品$|^[A-Z]级$")
ITEM = re.compile(r"^项\s*目|项\s*目$")
MAX_HEADER_LINES = 5
HEADER_GAP = 0.6  # a gap of this many line heights under a header line ends the header


def _wrapped_label_end(k: int, lines: list[TextLine], pieces, label_set: set[int]) -> bool:
    """Line k holds only label text and overlaps the line above, which holds only values and
    overlaps the line above it: values centred beside a label wrapped over two lines."""
    if k < 2 or not _cols(pieces[k]) <= label_set or _cols(pieces[k - 1]) & label_set:
        return False
    return all(b.bbox[1] < a.bbox[3] - 1 for a, b in ((lines[k - 2], lines[k - 1]), (lines[k - 1], lines[k])))


def _cols(pieces) -> set[int]:
    return {c for p in pieces for c in p["cols"]}


def _one_printed_row(lines: list[TextLine]) -> bool:
    """Lines that overlap each other top to bottom: one row of cells whose texts are set at
    different heights (centred one-line cells beside wrapped ones), not several rows."""
    return all(b.bbox[1] < a.bbox[3] - 1 for a, b in zip(lines, lines[1:], strict=False))


def _spanning(segments, columns: list[tuple[float, float]]) -> bool:
    """A header text over two or more columns: the header has levels."""
    return any(len(_header_columns(seg, columns)) > 1 for segs in segments for seg in segs)


def _split_footnotes(page: Page, region: list[int]) -> tuple[list[int], list]:
    """Footnote lines ("a 以干态计。") and rules drawn as underscores at the end of the region:
    not rows.  Returns the remaining region and (note text, line, index) for each footnote."""
    notes: list = []
    while region:
        line = page.lines[region[-1]]
        text = clean_text(line.text).strip()
        if re.fullmatch(r"[_\-—－ ]{5,}", text):
            region = region[:-1]
            continue
        match = FOOTNOTE.match(text)
        if match and len(_segments(line)) == 1:
            notes.insert(0, (f"{match.group(1)} {match.group(2).strip()}", line, region[-1]))
            region = region[:-1]
            continue
        if text.startswith("注") and NOTE_START.match(text) and len(_segments(line)) == 1:
            notes.insert(0, (line.text.strip(), line, region[-1]))  # 注 above the bottom rule
            region = region[:-1]
            continue
        break
    return region, notes


def _bounds(page: Page, caption_index: int, rules: list[HRule]) -> tuple[list[int], list[HRule], bool]:
    """The table's line indexes, its rules, and whether it runs to the foot of the page."""
    caption = page.lines[caption_index]
    region = _region(page, caption_index)
    at_bottom = bool(region) and region[-1] == len(page.lines) - 1
    after = _after_notes(page, region[-1] + 1) if region else len(page.lines)
    end = page.lines[after].bbox[1] if after < len(page.lines) else page.height
    own = _table_rules(caption, [r for r in rules if r.y < end], caption.bbox[3] - caption.bbox[1])
    own = _rows_past_prose(page, caption, region, rules, own)
    if len(own) == 2 and any(page.lines[i].bbox[1] > own[1].y + 2 for i in region):
        # A top rule and the rule under the header, the rows running on below: the bottom rule is
        # on a later page (a three-line table split over pages).  The text bounds the rows.
        bottom = max(page.lines[i].bbox[3] for i in region) + 1
        own = [*own, HRule(x0=own[0].x0, x1=own[0].x1, y=bottom)]
    if len(own) >= 2:  # the rules bound the table better than the text does
        top, bottom = own[0].y, own[-1].y
        below = range(caption_index + 1, len(page.lines))
        region = [
            i for i in below if top - 2 <= page.lines[i].bbox[1] and page.lines[i].bbox[3] <= bottom + 2
        ]
    return region, own, at_bottom


def _rows_past_prose(page: Page, caption: TextLine, region: list[int], rules: list[HRule], own: list[HRule]):
    """The rules of a three-line table whose text stopped early at a row that reads like prose (a
    long label wrapped over the width, "邻苯二甲酸二(2-乙基)己酯（DEHP）、…"): the closing rule
    further down counts when no heading or caption comes before it and a line with several cells
    lies between (a paragraph and the page's footer rule are not rows)."""
    if len(own) != 2 or not region:
        return own
    height = caption.bbox[3] - caption.bbox[1]
    stop = next(
        (ln.bbox[1] for ln in page.lines[region[-1] + 1 :] if parse_caption(ln) or _is_heading(ln)),
        page.height,
    )
    wider = _table_rules(caption, [r for r in rules if r.y < stop], height)
    if len(wider) < 3:
        return own
    between = [
        ln for ln in page.lines[region[-1] + 1 :] if own[1].y < ln.bbox[1] and ln.bbox[3] <= wider[2].y + 2
    ]
    return wider[:3] if any(len(_segments(ln)) >= 2 for ln in between) else own


def _is_heading(line: TextLine) -> bool:
    text = clean_text(line.text).strip()
    return bool(HEADING.match(text)) and len(text.split()) <= 2


def _after_notes(page: Page, index: int) -> int:
    """The first line from ``index`` on that is not a note: a 注 printed inside a three-line table,
    above its bottom rule, ends the rows but not the table's rules."""
    while index < len(page.lines) and NOTE_START.match(clean_text(page.lines[index].text).strip()):
        index += 1
    return index


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
    first = _below_running_header(page)
    for i, line in enumerate(page.lines[:MAX_LINES]):
        if i < first:
            continue
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


PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$")
RUNNING_HEADER = re.compile(r"^[A-Z/]{1,5}\s*/?\s*[\dA-Z]{0,10}\s*[A-Z]*\s*[\d.]+\s*[-—–]\s*\d{4}$")


def _below_running_header(page: Page) -> int:
    """Index of the first line under the running header (the standard's number printed at the top
    of every page of word-processor standards, "Q/440111 BYSQ 005—2022")."""
    if page.lines and RUNNING_HEADER.match(clean_text(page.lines[0].text).strip()):
        return 1
    return 0


def _region(page: Page, caption_index: int) -> list[int]:
    """Line indexes under the caption up to the first running text, heading, note or caption."""
    lines = page.lines
    region = []
    for i in range(caption_index + 1, min(len(lines), caption_index + 1 + MAX_LINES)):
        if _ends_table(lines[i], page):
            break
        region.append(i)
    while region and PAGE_NUMBER.match(clean_text(lines[region[-1]].text)):
        region.pop()  # the page number under the last row ("- 1 -")
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
    height = _char_height(line)
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


def _char_height(line: TextLine) -> float:
    """The line's type size: the median character height, not the line's box, which grows when
    text set a little lower (a label centred between two rows) joins the line."""
    heights = sorted(b[3] - b[1] for c, b in zip(line.text, line.char_bboxes, strict=False) if c != " ")
    return max(heights[len(heights) // 2] if heights else line.bbox[3] - line.bbox[1], 1.0)


def _segment(chars: list[str], boxes: list[BBox]) -> tuple[float, float, str, BBox]:
    bbox = union_bbox(boxes)
    return bbox[0], bbox[2], "".join(chars), bbox


def _columns(lines: list[list[tuple[float, float, str, BBox]]]) -> list[tuple[float, float]]:
    """Column x-ranges: the segments of lines with two or more segments, merged where they
    overlap; a segment over two segments of another line (text across merged columns) and a
    column only ever holding text centred between two headed columns are left out."""
    most = max(len(segs) for segs in lines)
    if most < 2:
        return []
    multi = [segs for segs in lines if len(segs) >= 2]
    intervals = []
    for segs in multi:
        for s in segs:
            if any(
                sum(1 for t in other if _overlap((s[0], s[1]), (t[0], t[1])) > 0) >= 2
                for other in multi
                if other is not segs
            ):
                continue  # spans columns
            intervals.append((s[0], s[1]))
    columns: list[list[float]] = []
    for x0, x1 in sorted(intervals):
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _seg_columns(seg: tuple[float, float, str, BBox], columns: list[tuple[float, float]]) -> list[int]:
    """The columns a segment covers: those it overlaps, both neighbours when it sits in a gap."""
    hit = [k for k, col in enumerate(columns) if _overlap((seg[0], seg[1]), col) > 0]
    if hit:
        return hit
    centre = (seg[0] + seg[1]) / 2
    for k in range(len(columns) - 1):
        if columns[k][1] <= centre <= columns[k + 1][0]:
            return [k, k + 1]
    return [min(range(len(columns)), key=lambda k: _distance((seg[0], seg[1]), columns[k]))]


def _header_columns(seg, columns: list[tuple[float, float]]) -> list[int]:
    """The columns a header text is over: those it overlaps; in a gap, both neighbours when it is
    about as far from each (a header over two columns), else the nearer one."""
    hit = [k for k, col in enumerate(columns) if _overlap((seg[0], seg[1]), col) > 0]
    if hit:
        return hit
    distance = [_distance((seg[0], seg[1]), col) for col in columns]
    k = min(range(len(columns)), key=lambda j: distance[j])
    for j in (k - 1, k + 1):
        if 0 <= j < len(columns) and distance[j] - distance[k] < 0.15 * distance[j]:
            return sorted([k, j])
    return [k]


def _unheaded_dropped(columns: list[tuple[float, float]], header) -> list[tuple[float, float]]:
    """Columns without a header of their own between two columns headed by the lowest header line
    hold text across those two (a value centred under 优级 and 一级, a wrapped line's end)."""
    leaf = next((segs for segs in reversed(header) if len(segs) >= 2), None)
    if leaf is None:
        return columns
    headed = [any(_overlap((s[0], s[1]), col) > 0 for s in leaf) for col in columns]
    for seg in leaf:  # a header over no body text names the unheaded column nearest to it
        if any(_overlap((seg[0], seg[1]), col) > 0 for col in columns):
            continue  # ("指标名称" centred over names set flush left)
        bare = [k for k in range(len(columns)) if not headed[k]]
        if bare:
            headed[min(bare, key=lambda k: _distance((seg[0], seg[1]), columns[k]))] = True
    keep = [
        col for k, col in enumerate(columns)
        if headed[k] or not (any(headed[:k]) and any(headed[k + 1 :]))
    ]  # fmt: skip
    return keep if len(keep) >= 2 else columns


def _is_value(text: str) -> bool:
    text = clean_text(text).strip()
    return bool(VALUE.search(text)) and not GRADE.search(text)


def _headed_single_columns(
    columns: list[tuple[float, float]], header, body: list[list[tuple[float, float, str, BBox]]]
) -> list[tuple[float, float]]:
    """A column whose body lines hold nothing else: a header over no column ("指标" over a wrapped
    requirement, "项目" over a label set on a line of its own) and the body text under it, which
    no line with several cells gave, make a column."""
    out = list(columns)
    for line, seg in ((k, s) for k, segs in enumerate(header) for s in segs):
        if any(_overlap((seg[0], seg[1]), col) > 0 for col in out):
            continue
        lower = [s for segs in header[line + 1 :] for s in segs]
        if any(s[1] <= seg[0] for s in lower) and any(s[0] >= seg[1] for s in lower):
            continue  # a spanning header ("指标" over 优级 and 一级): text under it is centred
        under = [
            b for segs in body for b in segs
            if _overlap((b[0], b[1]), (seg[0], seg[1])) > 0
            and not any(_overlap((b[0], b[1]), col) > 0 for col in out)
        ]  # fmt: skip
        if under:
            out.append((min(b[0] for b in under), max(b[1] for b in under)))
    return sorted(out)


def _group_label_split(
    columns: list[tuple[float, float]], body: list[list[tuple[float, float, str, BBox]]]
) -> list[tuple[float, float]]:
    """Split the label column in two where a group label stands alone between indented sub-items
    ("吸水率" centred between "平均值/%" and "单个值/%", with "破坏强度/N" flush left): the
    group labels and whole-width labels take the first column, the sub-items the second."""
    if len(columns) < 2 or len(body) < 3:
        return columns
    first = [segs[0] for segs in body if segs and _overlap((segs[0][0], segs[0][1]), columns[0]) > 0]
    if not first:
        return columns
    flush = min(seg[0] for seg in first)
    starts: list[float] = []
    for k in range(1, len(body) - 1):
        segs, above, below = body[k], body[k - 1], body[k + 1]
        if len(segs) != 1 or not above or not below or segs[0][1] > columns[0][1]:
            continue
        group = segs[0]
        width = (group[3][3] - group[3][1]) or 1.0
        if not all(_overlap((seg[0][0], seg[0][1]), columns[0]) > 0 for seg in (above, below)):
            continue  # the sub-items have a column of their own already
        x_above, x_below = above[0][0], below[0][0]
        indented = min(x_above, x_below) > flush + width and abs(x_above - x_below) < 0.5 * width
        if indented and group[0] > flush + 0.5 * width and group[1] < min(x_above, x_below) - 0.5 * width:
            starts.append(min(x_above, x_below))
    if not starts:
        return columns
    split = min(starts) - 1.0
    return [(columns[0][0], split), (split, columns[0][1]), *columns[1:]]


def _header_lines(page: Page, region: list[int], rules: list[HRule], segments, columns) -> int:
    """Lines in the header: down to the rule under it, or to the first line holding values or a
    row label under 项目."""
    if len(rules) >= 3:
        return max(1, sum(1 for i in region if page.lines[i].bbox[3] <= rules[1].y + 2))
    item_line = next(
        (k for k, segs in enumerate(segments) if any(ITEM.search(clean_text(s[2]).strip()) for s in segs)),
        None,
    )
    for k in range(1, min(len(segments), MAX_HEADER_LINES + 1)):
        segs = segments[k]
        if any(_is_value(s[2]) for s in segs):
            return k
        if item_line is not None and k > item_line and any(s[0] < columns[0][1] for s in segs):
            return k  # a row label under 项目
        above, line = page.lines[region[k - 1]].bbox, page.lines[region[k]].bbox
        if line[1] - above[3] > HEADER_GAP * (line[3] - line[1]):
            return k  # header lines are set close; the body starts after the cell padding
    return 1


def _header_texts(lines, columns) -> tuple[list[list[str]], list[list[int]]]:
    """Header rows (one text per column) and the column groups under spanning headers.

    A header over several grade columns ("指标" over 优级, 一级) is copied to each column it
    spans and gives a second header row; other header texts stand in both rows."""
    n = len(columns)
    placed = [(k, seg, _header_columns(seg, columns)) for k, segs in enumerate(lines) for seg in segs]
    leaf_line = max((k for k, segs in enumerate(lines) if len(segs) >= 2), default=None)
    leaves = {c for k, _, cols in placed if k == leaf_line and len(lines) > 1 for c in cols}
    upper = {c for k, _, cols in placed if k != leaf_line for c in cols}
    parents: list[tuple[int, tuple, list[int]]] = []
    if leaf_line is not None and len(lines) > 1:
        for k, seg, cols in placed:
            if k >= leaf_line or not (set(cols) & leaves):
                continue
            if len(cols) == 1 and not any(c in leaves and c not in upper for c in (cols[0] - 1, cols[0] + 1)):
                if not any(k2 > k and cols2 == cols for k2, _, cols2 in placed):
                    continue
            span = list(cols)
            while span[0] - 1 >= 0 and span[0] - 1 in leaves and span[0] - 1 not in upper:
                span.insert(0, span[0] - 1)
            while span[-1] + 1 < n and span[-1] + 1 in leaves and span[-1] + 1 not in upper:
                span.append(span[-1] + 1)
            if len(span) >= 2:
                parents.append((k, seg, span))
    parent_ids = {id(seg) for _, seg, _ in parents}
    own: list[list[str]] = [[] for _ in range(n)]
    for _, seg, cols in sorted(placed, key=lambda p: (p[1][3][1], p[1][0])):
        if id(seg) in parent_ids:
            continue
        for c in cols:
            own[c].append(seg[2])
    texts = ["\n".join(t) for t in own]
    for c in range(n):  # a column with no header of its own: the label's neighbour ("项目" over two)
        if not texts[c]:
            for d in (c + 1, c - 1):
                if 0 <= d < n and texts[d] and not any(d in span for _, _, span in parents):
                    texts[c] = texts[d]
                    break
    if not parents:
        return [texts], []
    top = list(texts)
    for _, seg, span in parents:
        for c in span:
            top[c] = seg[2]
    return [top, texts], [span for _, _, span in parents]


def _label_columns(headers: list[list[str]]) -> int:
    """Leading columns under the row-label header ("项目" over a label and a sub-item column)."""
    first = headers[-1]
    count = 1
    while (
        count < len(first) - 1
        and first[count] == first[0]
        and first[0]
        and all(row[count] == row[0] for row in headers)
    ):
        count += 1
    return count


def _pieces(line: TextLine, columns: list[tuple[float, float]]) -> list[dict]:
    """The line's segments, each with the columns it covers and its text split per column by the
    position of its characters."""
    height = _char_height(line)
    runs: list[list[tuple[str, BBox]]] = []
    for char, box in zip(line.text, line.char_bboxes, strict=False):
        if char == " ":
            continue
        if runs and runs[-1] and box[0] - runs[-1][-1][1][2] > SEGMENT_GAP * height:
            runs.append([])
        if not runs:
            runs.append([])
        runs[-1].append((char, box))
    pieces = []
    for run in runs:
        seg = _segment([c for c, _ in run], [b for _, b in run])
        cols = _seg_columns(seg, columns)
        split: dict[int, list[tuple[str, BBox]]] = {}
        overlapped = [k for k in cols if _overlap((seg[0], seg[1]), columns[k]) > 0]
        for char, box in run:
            if len(overlapped) == 1:  # long text set wider than its column's short values
                c = overlapped[0]
            else:
                cx = (box[0] + box[2]) / 2
                c = min(range(len(columns)), key=lambda k: _distance((cx, cx), columns[k]))
            split.setdefault(c, []).append((char, box))
        by_column = {c: ("".join(ch for ch, _ in v), union_bbox([b for _, b in v])) for c, v in split.items()}
        pieces.append(
            {
                "text": seg[2],
                "bbox": seg[3],
                "cols": cols,
                "overlapped": overlapped,
                "split": by_column,
                "chars": run,
            }
        )
    return pieces


def _body_rows(
    lines: list[TextLine], columns, groups: list[list[int]], label_cols: int
) -> list[list[TableCell]]:
    """Body lines -> rows: lines without a row label join the labelled row they belong to (by
    vertical position), a label alone between sub-item rows spans them."""
    if not lines:
        return []
    pieces = [_pieces(line, columns) for line in lines]
    _wrapped_continuations(pieces)
    label_set = set(range(label_cols))
    centre = [(ln.bbox[1] + ln.bbox[3]) / 2 for ln in lines]
    group_lines: set[int] = set()
    anchors: list[int] = []
    for k, ps in enumerate(pieces):
        cols = {c for p in ps for c in p["cols"]}
        if not cols & label_set:
            continue
        if anchors and _wrapped_label_end(k, lines, pieces, label_set):
            continue  # the wrapped end of the row's label, below its centred values: not a new row
        if k and cols <= label_set and len(ps) == 1 and WRAPPED_UNIT.match(ps[0]["text"]) and anchors:
            continue  # "/[W·h/(W·h)]" under its label: the label's second line, not a row
        if label_cols >= 2 and cols == {0}:
            group_lines.add(k)
        else:
            anchors.append(k)
    if not anchors:
        anchors = [k for k in range(len(lines)) if k not in group_lines] or list(range(len(lines)))
        group_lines -= set(anchors)
    members: dict[int, list[int]] = {a: [] for a in anchors}
    for k in range(len(lines)):
        if k in group_lines:
            continue
        a = min(anchors, key=lambda a: (abs(centre[a] - centre[k]), a))
        members[a].append(k)
    rows_lines = [sorted(members[a]) for a in anchors]
    rows: list[list[TableCell]] = []
    for r, ks in enumerate(rows_lines):
        rows.append(_body_row(r, [lines[k] for k in ks], [pieces[k] for k in ks], columns, groups))
    for k in sorted(group_lines):  # "碎米" between "总量" and "其中：小碎米"
        above = [r for r, ks in enumerate(rows_lines) if ks and centre[ks[0]] < centre[k]]
        below = [r for r, ks in enumerate(rows_lines) if ks and centre[ks[0]] > centre[k]]
        if not above or not below:
            continue
        start, stop = above[-1], below[0]
        start -= _sub_items(rows, start - 1, -1)  # four sub-items: the label between the second and third
        stop += _sub_items(rows, stop + 1, 1)
        if any(rows[r][0].text for r in range(start, stop + 1)):
            continue
        text = " ".join(p["text"] for p in pieces[k])
        _span_label(rows, start, stop, text, union_bbox([p["bbox"] for p in pieces[k]]))
    if label_cols >= 2:  # a label centred on the middle one of an odd number of sub-items
        _wrapped_labels(rows)
        _centred_labels(rows)
    if label_cols >= 2:  # a label over the sub-item column too ("加工精度")
        for r, row in enumerate(rows):
            if (
                row[0].text
                and row[0].merged_from is None
                and all(not row[c].text for c in range(1, label_cols))
            ):
                for c in range(1, label_cols):
                    row[c].text, row[c].merged_from = row[0].text, (r, 0)
    return rows


def _wrapped_continuations(pieces: list[list[dict]]) -> None:
    """A line's end wrapped under a wide cell text ("…不出现炸裂或裂" / "纹") starts where that
    text starts and belongs to its column, even when it sits in the gap between two columns."""
    for k in range(1, len(pieces)):
        for p in pieces[k]:
            if len(p["cols"]) < 2 or p["overlapped"]:
                continue  # only text in the gap between two columns is in doubt
            above = [q for j in range(max(0, k - 2), k) for q in pieces[j]]  # a label line between
            for q in reversed(above):
                if len(q["cols"]) == 1 and abs(q["bbox"][0] - p["bbox"][0]) < 1.0:
                    p["cols"] = list(q["cols"])
                    p["split"] = {q["cols"][0]: (p["text"], p["bbox"])}
                    break


def _cell_starts(pieces: list[list[dict]], columns) -> list[float]:
    """Where each column's text starts in this row: wrapped lines are set from the cell's left
    edge, further left than the short values centred in the column."""
    starts = [col[0] for col in columns]
    for ps in pieces:
        for p in ps:
            if len(p["split"]) == 1:
                c = next(iter(p["split"]))
                starts[c] = min(starts[c], p["bbox"][0])
    for k in range(1, len(starts)):
        starts[k] = max(starts[k], starts[k - 1])
    return starts


def _split(piece: dict, starts: list[float]) -> dict[int, tuple[str, BBox]]:
    """A run of text over several cells of a row, split where each cell's text starts."""
    if len(piece["split"]) == 1:
        return piece["split"]
    parts: dict[int, list[tuple[str, BBox]]] = {}
    for char, box in piece["chars"]:
        cx = (box[0] + box[2]) / 2
        c = max([k for k, x in enumerate(starts) if x <= cx + 0.5] or [0])
        parts.setdefault(c, []).append((char, box))
    return {c: ("".join(ch for ch, _ in v), union_bbox([b for _, b in v])) for c, v in parts.items()}


def _body_row(r: int, lines: list[TextLine], pieces: list[list[dict]], columns, groups) -> list[TableCell]:
    n = len(columns)
    single = {p["cols"][0] for ps in pieces for p in ps if len(p["cols"]) == 1}
    starts = _cell_starts(pieces, columns)
    per_line: list[dict[int, list[tuple[str, BBox]]]] = []
    merged: dict[int, int] = {}
    for ps in pieces:
        found: dict[int, list[tuple[str, BBox]]] = {}
        for p in ps:
            if len(p["cols"]) > 1 and not set(p["cols"]) & single:
                found.setdefault(p["cols"][0], []).append((p["text"], p["bbox"]))
                for c in p["cols"][1:]:
                    merged[c] = p["cols"][0]
            else:
                for c, (text, box) in _split(p, starts).items():
                    found.setdefault(c, []).append((text, box))
        per_line.append(found)
    texts: list[list[str]] = [[] for _ in range(n)]
    boxes: list[list[BBox]] = [[] for _ in range(n)]
    for found in per_line:
        for c, items in found.items():
            texts[c].append(" ".join(t for t, _ in items))
            boxes[c].extend(b for _, b in items)
    joined = ["\n".join(t) for t in texts]
    for group in groups:  # one value centred under a header spanning grade columns
        filled = [c for c in group if joined[c] or c in merged]
        if len(filled) != 1 or len(group) < 2 or any(c in merged for c in group):
            continue
        c = filled[0]
        box = union_bbox(boxes[c])
        middle = (columns[group[0]][0] + columns[group[-1]][1]) / 2
        pitch = (columns[group[-1]][1] - columns[group[0]][0]) / len(group)
        if abs((box[0] + box[2]) / 2 - middle) < 0.25 * pitch:
            joined[group[0]], boxes[group[0]] = joined[c], boxes[c]
            if c != group[0]:
                joined[c], boxes[c] = "", []
            for d in group[1:]:
                merged[d] = group[0]
    line_box = union_bbox([ln.bbox for ln in lines])
    row = []
    for c in range(n):
        origin = merged.get(c)
        if origin is not None:
            text, box, source = (
                joined[origin],
                union_bbox(boxes[origin]) if boxes[origin] else line_box,
                (r, origin),
            )
        else:
            text, box, source = (
                joined[c],
                union_bbox(boxes[c]) if boxes[c] else _empty_box(columns[c], line_box),
                None,
            )
        row.append(TableCell(row=r, col=c, text=text, page=lines[0].page, bbox=box, merged_from=source))
    return row


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


def _empty_box(column: tuple[float, float], line: TextLine | BBox) -> BBox:
    box = line if isinstance(line, tuple) else line.bbox
    return (column[0], box[1], column[1], box[3])


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, b[0] - a[1], a[0] - b[1])


def _sub_items(rows: list[list[TableCell]], start: int, step: int) -> int:
    """How many rows from ``start`` on (going ``step``) are sub-items with no label of their own."""
    count, k = 0, start
    while 0 <= k < len(rows) and not rows[k][0].text and rows[k][1].text:
        count, k = count + 1, k + step
    return count


def _span_label(rows: list[list[TableCell]], first: int, last: int, text: str, bbox: BBox) -> None:
    """One label over rows ``first``..``last``: printed once, the other rows merged from the first."""
    for k in range(first, last + 1):
        rows[k][0].text = text
        rows[k][0].merged_from = None if k == first else (first, 0)
    rows[first][0].bbox = bbox


def _centred_labels(rows: list[list[TableCell]]) -> None:
    """A row label printed on the middle sub-item's line spans the sub-items above and below."""
    for r, row in enumerate(rows):
        if not row[0].text or row[0].merged_from is not None or not row[1].text:
            continue
        reach = min(_sub_items(rows, r - 1, -1), _sub_items(rows, r + 1, 1))
        if reach:
            _span_label(rows, r - reach, r + reach, row[0].text, row[0].bbox)


WRAPPED_UNIT = re.compile(r"^\s*[/（(]")


def _between_rows(top: TableCell, tail: TableCell, first: TableCell, second: TableCell) -> bool:
    """Two label lines set off the baselines of their rows, towards each other ("水洗尺寸变化" a
    little below 直向, "率" a little above 横向): one label centred across the two rows."""
    height = min(first.bbox[3] - first.bbox[1], second.bbox[3] - second.bbox[1]) or 1.0
    return top.bbox[1] - first.bbox[1] > 0.2 * height and second.bbox[1] - tail.bbox[1] > 0.2 * height


def _wrapped_labels(rows: list[list[TableCell]]) -> None:
    """A label wrapped over two lines centred between an even number of sub-items
    ("可溶性重金属" over "/(mg/kg)" beside 镉 and 铬, with 铅 above and 汞 below; "水洗尺寸变化"
    over "率" between 直向 and 横向) spans them all."""
    for r in range(len(rows) - 1):
        top, tail = rows[r][0], rows[r + 1][0]
        if not (top.text and tail.text and top.merged_from is None and tail.merged_from is None):
            continue
        if not rows[r][1].text or not rows[r + 1][1].text:
            continue
        if not WRAPPED_UNIT.match(tail.text) and not _between_rows(top, tail, rows[r][1], rows[r + 1][1]):
            continue
        up, down = _sub_items(rows, r - 1, -1), _sub_items(rows, r + 2, 1)
        if up == down:
            _span_label(rows, r - up, r + 1 + down, top.text + tail.text, union_bbox([top.bbox, tail.bbox]))
