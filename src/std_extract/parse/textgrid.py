"""Tables with little or no ruling, found from text alignment under a caption (detection="text").

Three-line tables (a rule above, one under the header, one below: HJ 702, HJ 751) and unruled
tables give pdfplumber's line-based finder nothing.  Under a caption that no ruled table
follows, the lines up to the closing rule (or the first line of running text) are the table's
region; its cells come from a chain of small stages, each testable on hand-built lines:

    lines   -> segments   (textsegments.line_segments: runs of text between wide gaps)
    segments -> columns   (textcolumns: x-ranges of the fullest lines' segments, adjusted)
    columns -> header     (textheader: header line count, texts per column, spanning groups)
    body lines -> rows    (textrows: pieces per column, lines joined into labelled rows)

This module finds the region (caption, rules, footnotes, continuation overleaf) and wires them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from std_extract.document import BBox, Page, TableCell, TextLine, union_bbox
from std_extract.parse.headerlines import join_header_lines
from std_extract.parse.layout import is_cjk
from std_extract.parse.model import HRule
from std_extract.parse.tablectx import NOTE_START, UNIT_LINE, parse_caption
from std_extract.parse.textcolumns import (
    centred_header_columns,
    column_edges,
    column_ranges,
    group_label_split,
    headed_single_columns,
    unheaded_dropped,
)
from std_extract.parse.textheader import (
    categories_before_items,
    header_line_count,
    header_texts,
    label_columns,
    one_printed_row,
    printed_rows,
    spanning,
    sub_label_columns,
    sub_labels_headed,
    values_across_dropped,
)
from std_extract.parse.textrows import body_rows, categories_filled_down, line_cells
from std_extract.parse.textsegments import Span, empty_box, line_segments
from std_extract.textnorm import clean_text

if TYPE_CHECKING:
    from std_extract.parse.tables import Part

MAX_LINES = 60  # a text table longer than this on one page is probably running text
RULE_REACH = 2.5  # line heights between a caption and the top rule of its table
HEADING = re.compile(r"^(\d{1,2}(\.\d{1,3})*|[A-Z]\.\d{1,3}(\.\d{1,3})*)\s+\S")
# A sub-clause set right after a table, its number then a sentence (a table row may start with a
# number, but not with a dotted clause number before a sentence of prose ending in 。).
NUMBERED_SENTENCE = re.compile(r"^(?:\d{1,2}|[A-Z])(?:\.\d{1,3})+\s+[\u4e00-\u9fff].{8,}[。；]$")


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


def _one_label_header(headers: list[list[str]]) -> bool:
    """The first two columns stand under one row-label header ("项目" centred over an item column and
    the sub-label column beside it), no running number before them."""
    first = headers[-1]
    return (
        len(first) > 2
        and bool(first[0])
        and first[0] == first[1]
        and all(row[0] == row[1] for row in headers)
    )


def _ruled_below(caption: TextLine, ruled: list[Part]) -> bool:
    height = caption.bbox[3] - caption.bbox[1]
    return any(0 <= part.bbox[1] - caption.bbox[3] <= 4 * height for part in ruled)


def text_tables_over_captions(
    page_index: int, page: Page, rules: list[HRule], ruled: list[Part]
) -> list[Part]:
    """Ruled-off text tables over captions set below their tables (parse/captionside.py): the
    rules of a three-line table closing just over a caption, only notes between."""
    parts = []
    taken = set().union(*(p.line_ids for p in ruled)) if ruled else set()
    for index, line in enumerate(page.lines):
        caption = parse_caption(line)
        if caption is None or caption.continued or index in taken or _ruled_above(line, ruled):
            continue
        own = _rules_over(page, index, rules)
        if len(own) < 2:
            continue
        region = [
            i for i, ln in enumerate(page.lines) if own[0].y - 2 <= ln.bbox[1] and ln.bbox[3] <= own[-1].y + 2
        ]
        part = _region_part(page_index, page, [i for i in region if i not in taken], own, False, set())
        if part is not None:
            part.caption = caption
            part.line_ids.add(index)
            taken |= part.line_ids
            parts.append(part)
    return parts


def _ruled_above(caption: TextLine, ruled: list[Part]) -> bool:
    height = caption.bbox[3] - caption.bbox[1]
    return any(0 <= caption.bbox[1] - part.bbox[3] <= NOTES_REACH * height for part in ruled)


NOTES_REACH = 8  # line heights of notes a caption set under its table may sit below it


def _rules_over(page: Page, caption_index: int, rules: list[HRule]) -> list[HRule]:
    """The rules of a three-line table closing over a caption, top first: the nearest rule over it
    with only note lines between, and the rules over that one sharing most of its width, up to a
    line that no table holds (prose, a heading, another caption)."""
    caption = page.lines[caption_index]
    over = sorted((r for r in rules if r.y <= caption.bbox[1] + 1), key=lambda r: -r.y)
    if not over:
        return []
    bottom = over[0]
    between = [ln for ln in page.lines if bottom.y - 1 <= ln.bbox[1] and ln.bbox[3] <= caption.bbox[1] + 1]
    if any(ln is not caption and not NOTE_START.match(clean_text(ln.text).strip()) for ln in between):
        return []
    own = [bottom]
    for rule in over[1:]:
        shared = min(rule.x1, bottom.x1) - max(rule.x0, bottom.x0)
        if shared <= 0.5 * min(rule.x1 - rule.x0, bottom.x1 - bottom.x0):
            continue
        inside = [ln for ln in page.lines if rule.y - 2 <= ln.bbox[1] and ln.bbox[3] <= own[0].y + 2]
        if any(_ends_table(ln, page) for ln in inside):
            break
        own.insert(0, rule)
    return own


def _text_part(page_index: int, page: Page, caption_index: int, rules: list[HRule]) -> Part | None:
    region, own, at_bottom = _bounds(page, caption_index, rules)
    return _region_part(page_index, page, region, own, at_bottom, {caption_index})


def _region_part(
    page_index: int, page: Page, region: list[int], own: list[HRule], at_bottom: bool, anchors: set[int]
) -> Part | None:
    """The table set on ``region``'s lines (``own``: its rules, top first; ``anchors``: its caption)."""
    from std_extract.parse.tables import Part  # the Part model lives with the table stage

    region, footnotes = _split_footnotes(page, region)
    while region and UNIT_LINE.match(clean_text(page.lines[region[0]].text)):
        region = region[1:]  # "单位为百分数" set right under the caption: the table's unit, no header
    if len(region) < (1 if at_bottom else 2):
        return None  # (a caption and a header alone at the foot of a page: its rows follow overleaf)
    lines = [page.lines[i] for i in region]
    segments = [line_segments(line) for line in lines]
    columns = column_ranges(segments)
    if len(columns) < 2:
        return None
    count = header_line_count(page, region, own, segments, columns)
    head = printed_rows(lines[:count], segments[:count])  # a header row's cells set at several heights
    body_columns = column_ranges(segments[count:]) if len(lines) > count else []
    subs: list[Span] = []
    if len(body_columns) >= 2:  # cells are where the body's text is, headers are centred over them
        subs = sub_label_columns(body_columns, head, segments[count:])
        columns = unheaded_dropped(body_columns, head, subs)
        columns = values_across_dropped(columns, head, segments[count:])
    columns = headed_single_columns(columns, head, segments[count:])
    columns = group_label_split(columns, segments[count:])
    columns = centred_header_columns(columns, head, own, segments[count:])
    headers, groups = header_texts(head, columns, own)
    headers = sub_labels_headed(headers, columns, subs)
    if count >= 2 and one_printed_row(lines[:count]) and not spanning(head, columns):
        groups = []  # header cells of one row set at different heights ("限" over "值" beside "项目")
    if len(own) >= 3 and not groups and count >= 2 and len(head) == count:  # a ruled-off header, no spans
        printed = [[c.text for c in line_cells(lines[k], segments[k], columns, k)] for k in range(count)]
        headers = [[join_header_lines([row[c] for row in printed]) for c in range(len(columns))]]
    label_cols = label_columns(headers)
    body = body_rows(lines[count:], columns, groups, label_cols)
    if categories_before_items(headers) or label_cols >= 2 and _one_label_header(headers):
        categories_filled_down(body)  # "制动距离/m" printed once beside 干态 and 湿态 under one "项目"
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
            TableCell(row=r, col=c, text=text, page=page.number, bbox=empty_box(columns[c], head_box))
            for c, text in enumerate(row)
        ]
        for r, row in enumerate(headers)
    ]
    ids = set(region) | anchors | {i for _, _, i in footnotes}
    bbox = _box(page, region + [i for _, _, i in footnotes], own)
    return Part(
        page_index, bbox, headers, header_cells, body, column_edges(columns), None,
        detection="text", line_ids=ids, open_end=at_bottom,
    )  # fmt: skip


FOOTNOTE = re.compile(r"^\s*([a-z])\s?([\u4e00-\u9fff（(].*)$")


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
        if match and len(line_segments(line)) == 1:
            notes.insert(0, (f"{match.group(1)} {match.group(2).strip()}", line, region[-1]))
            region = region[:-1]
            continue
        if text.startswith("注") and NOTE_START.match(text) and len(line_segments(line)) == 1:
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
    return wider[:3] if any(len(line_segments(ln)) >= 2 for ln in between) else own


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
        if _ends_table(line, page) or len(line_segments(line)) < 2:
            break
        region.append(i)
    if not region:
        return None
    rows = [line_cells(page.lines[i], line_segments(page.lines[i]), columns, r) for r, i in enumerate(region)]
    if previous.headers and [c.text for c in rows[0]] == previous.headers[0]:
        rows = rows[len(previous.headers) :]  # the header printed again
    for r, row in enumerate(rows):
        for cell in row:
            cell.row = r
        _straddling_merged(row, columns)
    bbox = union_bbox([page.lines[i].bbox for i in region])
    return Part(
        page_index, bbox, [], [], rows, previous.col_edges, None, detection="text", line_ids=set(region)
    )


def _straddling_merged(row: list[TableCell], columns: list[Span]) -> None:
    """A text centred on the edge between two columns, the other cell blank, is a cell merged across
    both (a value merged across two grades, "不高于2.0" under 特级 | 一级), printed in the first, as the
    page's own rows take it; continued rows overleaf were read into the one column it overlaps more."""
    for c in range(len(row) - 1):
        left, right = row[c], row[c + 1]
        if (
            bool(left.text) == bool(right.text)
            or left.merged_from is not None
            or right.merged_from is not None
        ):
            continue
        cell = left if left.text else right
        edge = (columns[c][1] + columns[c + 1][0]) / 2
        pitch = min(columns[c][1] - columns[c][0], columns[c + 1][1] - columns[c + 1][0])
        x0, x1 = cell.bbox[0], cell.bbox[2]
        if x0 < edge < x1 and abs((x0 + x1) / 2 - edge) <= STRADDLE_SLACK * pitch:
            update = {"text": cell.text, "bbox": cell.bbox}
            row[c] = left.model_copy(update=update)
            row[c + 1] = right.model_copy(update={**update, "merged_from": (cell.row, c)})


STRADDLE_SLACK = 0.25  # of the narrower column's width: how far off the edge a merged text's centre may sit


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
    if NUMBERED_SENTENCE.match(text):  # "5.2 每次半月维保的现场作业时间不少于40 min（单台），…。"
        return True
    cjk = sum(is_cjk(c) for c in text)
    prose = len(text) >= 20 and cjk >= 0.5 * len(text) and len(line_segments(line)) == 1
    return prose and (text.endswith("。") or line.bbox[2] - line.bbox[0] > 0.6 * page.width)
