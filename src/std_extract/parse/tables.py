"""Pages -> tables: ruled grids and text-aligned tables with caption, header, notes and intro,
and continuations (续表, or the header repeated at the top of the next page) merged.

Every table part is first built on its own page (:class:`Part`), then parts are joined in
reading order when one continues the previous (GB/T 1.1-2020 8.6.4: a table split over pages
repeats its header under "续表" or "表 N（续）").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from std_extract.document import BBox, Page, Table, TableCell
from std_extract.parse.captionside import caption_under, captions_below
from std_extract.parse.cells import FilledGrid, column_paths, fill_grid, grid_rows, header_rows
from std_extract.parse.model import PageScan, RuledGrid
from std_extract.parse.tablectx import (
    NAMELESS_SUBJECT,
    NOTE_START,
    Caption,
    caption_above,
    intro_headings,
    intro_sentence,
    notes_below,
    split_notes,
    subject_above,
    subject_overleaf,
    unit_line_above,
)
from std_extract.parse.textgrid import text_continuation, text_tables, text_tables_over_captions
from std_extract.textnorm import clean_text

FRAME_SHARE = 0.5  # a one-cell grid this big (share of the page) is a frame, not a table
EDGE_MATCH = 4.0  # points two parts' column edges may differ and still continue each other
TOP_SLACK = 3  # lines above a part on its page that still count as "at the top" (header, 续表)


@dataclass
class Part:
    """A table on one page, before continuations are merged."""

    page_index: int
    bbox: BBox
    headers: list[list[str]]
    header_cells: list[list[TableCell]]
    rows: list[list[TableCell]]
    col_edges: list[float]
    caption: Caption | None
    notes: list[str] = field(default_factory=list)
    detection: Literal["ruled", "text"] = "ruled"
    line_ids: set[int] = field(default_factory=set)  # indexes of the page lines the part covers
    lines_above: int = 0  # body lines above the part on its page (0: at the top)
    open_end: bool = False  # a text table running to the foot of its page
    context_boxes: list[BBox] = field(default_factory=list)  # its caption and note lines
    subject: list[str] = field(default_factory=list)  # the subject block above it (tablectx.Subject)
    unit_line: str | None = None  # "单位为毫克每升" between its caption and the grid
    closing: Caption | None = None  # a caption set under it while it is headed "表1（续）" above


def pages_to_tables(scans: list[PageScan]) -> tuple[list[Table], dict[int, list[BBox]]]:
    """All tables of a document, and per page the boxes they cover (for the clause tree)."""
    pages = [scan.page for scan in scans]
    below = captions_below(scans)
    parts: list[Part] = []
    for index, scan in enumerate(scans):
        ruled = [_ruled_part(index, scan.page, g) for g in scan.grids if not _is_frame(g, scan.page)]
        page_parts = [p for p in ruled if p is not None]
        _attach_subjects(page_parts, scan.page)
        if index and page_parts:
            before = [p for p in parts if p.page_index == index - 1]
            _subject_from_overleaf(page_parts[0], scans[index - 1].page, before)
        previous = parts[-1] if parts else None
        if (
            previous
            and previous.open_end
            and previous.page_index == index - 1
            and not _starts_with(page_parts, scan.page)
        ):
            follow = text_continuation(index, scan.page, previous)
            page_parts += [follow] if follow is not None else []
        if below:
            page_parts += text_tables_over_captions(index, scan.page, scan.rules, page_parts)
        else:
            page_parts += text_tables(index, scan.page, scan.rules, page_parts)
        for part in sorted(page_parts, key=lambda p: p.bbox[1]):
            _attach_context(part, scan.page, below)
            parts.append(part)
    tables = _merge(parts, pages)
    regions: dict[int, list[BBox]] = {}
    for part in parts:  # the table, its caption and its notes are not clause text
        regions.setdefault(pages[part.page_index].number, []).extend([part.bbox, *part.context_boxes])
    return tables, regions


def _attach_subjects(parts: list[Part], page: Page) -> None:
    """Give each ruled part the subject block above it, and the caption above that block (before
    text tables are looked for: that caption heads this grid, not a text table of its own)."""
    used = set().union(*(p.line_ids for p in parts)) if parts else set()
    for part in parts:
        subject = subject_above(page, part.bbox, used)
        if subject is not None:
            part.subject, part.caption = subject.lines, subject.caption
            part.line_ids.update(subject.line_ids)
            part.context_boxes = [page.lines[i].bbox for i in subject.line_ids]


def _subject_from_overleaf(part: Part, previous: Page, previous_parts: list[Part]) -> None:
    """A subject block cut by the page break: its name, printed under the last table of the page
    before, opens it again."""
    if not part.subject or not NAMELESS_SUBJECT.match(part.subject[0]) or not previous_parts:
        return
    used = set().union(*(p.line_ids for p in previous_parts))
    below = max(p.bbox[3] for p in previous_parts)
    part.subject = subject_overleaf(previous, used, below, part.bbox[0]) + part.subject


def _starts_with(parts: list[Part], page: Page) -> bool:
    """True when a ruled table already starts the page (holds its first line)."""
    return bool(page.lines) and any(p.bbox[1] <= page.lines[0].bbox[1] + 2 for p in parts)


def _is_frame(grid: RuledGrid, page: Page) -> bool:
    """Boxes that are not data tables: single-column or single-cell frames (the boxed cover of
    GB 5085.x, the annex title box of DB32/T 1580)."""
    if grid.n_cols < 2:
        return True
    x0, top, x1, bottom = grid.bbox
    big = (x1 - x0) * (bottom - top) > FRAME_SHARE * page.width * page.height
    return big and len(grid.cells) <= 3


def _ruled_part(page_index: int, page: Page, grid: RuledGrid) -> Part | None:
    filled: FilledGrid = fill_grid(grid, page)
    if not filled.texts:
        return None
    count = filled.header_count
    head = grid_rows(filled, page.number, 0, count)
    rows = grid_rows(filled, page.number, count, grid.n_rows)
    used = {i for _, i in filled.line_ids}
    return Part(page_index, grid.bbox, header_rows(filled), head, rows, grid.col_edges, None, line_ids=used)


def _attach_context(part: Part, page: Page, below: bool = False) -> None:
    """The part's unit line, caption and notes (``below``: the document sets its captions under its
    tables, captionside.py; a caption over a part then only heads a continuation, "表1（续）")."""
    if found := unit_line_above(page, part.bbox, part.line_ids):
        part.unit_line = found[1]
        part.line_ids.add(found[0])
        part.context_boxes.append(page.lines[found[0]].bbox)
    if part.caption is None:
        over = caption_above(page, part.bbox, part.line_ids)
        part.caption = over if over is None or not below or over.continued else None
    notes, taken = notes_below(page, part.bbox, part.line_ids)
    part.notes = _notes_in_rows(part) + notes
    part.line_ids.update(taken)
    part.context_boxes += [page.lines[i].bbox for i in taken]
    if below:
        _attach_closing(part, page, taken)
    _attach_page_footnotes(part, page)
    if part.caption is not None and part.caption.line.bbox not in part.context_boxes:
        part.context_boxes.append(part.caption.line.bbox)
    caption_line = id(part.caption.line) if part.caption else None
    part.lines_above = sum(
        1 for i, ln in enumerate(page.lines) if ln.bbox[3] <= part.bbox[1] + 2 and id(ln) != caption_line
    )


# A footnote number a word processor raises after a row's name ("粗纤维1/%"), and a footnote at the foot
# of the page ("1 粗纤维为参考指标，不作为出厂检验项目。").
_ROW_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)])([1-9])(?=\s*(?:/|[≤≥]|$))")
_FOOT_NOTE = re.compile(r"^\s*([1-9])\s+(?=[\u4e00-\u9fff])")
FOOT_GAP = 1.5  # line heights of white space over a page's footnotes


def _attach_page_footnotes(part: Part, page: Page) -> None:
    """Footnotes a word processor sets at the foot of the page for numbers raised after the part's row
    names (Word: "耐唾液色牢度1/级" over "1 仅考核婴幼儿用品。"): the block of numbered lines ending the
    page, white space over it, whose numbers the rows print."""
    marks = {
        m.group(1)
        for row in part.rows
        for c in row[:2]
        if (m := _ROW_MARK.search(clean_text(c.text).strip()))
    }
    if not marks:
        return
    for index in _foot_block(page, part.bbox[3]):
        m = _FOOT_NOTE.match(clean_text(page.lines[index].text))
        if m and m.group(1) in marks and index not in part.line_ids:
            part.notes.append(page.lines[index].text.strip())
            part.line_ids.add(index)
            part.context_boxes.append(page.lines[index].bbox)


def _foot_block(page: Page, below: float) -> list[int]:
    """The numbered lines ending the page under ``below``, set apart from the text over them."""
    block: list[int] = []
    for index in range(len(page.lines) - 1, -1, -1):
        line = page.lines[index]
        if line.bbox[1] < below or not _FOOT_NOTE.match(clean_text(line.text)):
            break
        block.insert(0, index)
    if not block or block[0] == 0:
        return []
    first, over = page.lines[block[0]], page.lines[block[0] - 1]
    height = max(first.bbox[3] - first.bbox[1], 1.0)
    return block if first.bbox[1] - over.bbox[3] > FOOT_GAP * height else []


def _attach_closing(part: Part, page: Page, notes: list[int]) -> None:
    """The caption set under the part and its notes: the part's caption, or, under a continuation
    caption, the one that names the whole table at its end (ConTeXt: "表1（续）" over the part
    overleaf, "表1 基本参数" under it)."""
    bottom = max([part.bbox[3]] + [page.lines[i].bbox[3] for i in notes])
    found = caption_under(page, bottom, part.line_ids)
    if found is None:
        return
    index, caption = found
    if part.caption is None:
        part.caption = caption
    else:
        part.closing = caption
    part.line_ids.add(index)
    part.context_boxes.append(caption.line.bbox)


def _notes_in_rows(part: Part) -> list[str]:
    """Notes printed in the table's last rows, one cell across the whole width ("a 仅适用于……")."""
    notes: list[str] = []
    while part.rows:
        row = part.rows[-1]
        first = row[0]
        spans_all = all(c.merged_from == (first.row, first.col) for c in row[1:]) and len(row) > 1
        text = first.text.strip()
        if not (spans_all and NOTE_START.match(clean_text(text))):
            break
        notes[:0] = split_notes(text)
        part.rows.pop()
    return notes


def _merge(parts: list[Part], pages: list[Page]) -> list[Table]:
    tables: list[Table] = []
    last: Part | None = None
    first: Part | None = None
    for part in parts:
        table = tables[-1] if tables else None
        if table is not None and last is not None and first is not None and _continues(last, part, pages):
            _append(table, last, part, pages)
            if table.number is None and part.closing is not None:  # named at its end, under its last part
                _name_from_closing(table, first, part.closing, pages)
        else:
            tables.append(_new_table(part, pages))
            first = part
        last = part
    return tables


def _name_from_closing(table: Table, first: Part, closing: Caption, pages: list[Page]) -> None:
    table.number, table.caption, table.title = closing.number, closing.text, closing.title or None
    line_index = _first_line(pages[first.page_index], first)
    table.intro_text = intro_sentence(pages, first.page_index, line_index, closing.number)
    table.headings = intro_headings(pages, first.page_index, line_index)


def _continues(prev: Part, part: Part, pages: list[Page]) -> bool:
    """``part`` continues ``prev``: on the next page (by its printed number: a parse of sampled
    pages skips some), at its top, same columns, under no subject block of its own (GB 2760: the
    next additive), and either captioned as a continuation of the same number or not captioned."""
    if part.page_index != prev.page_index + 1 or part.lines_above > TOP_SLACK or part.subject:
        return False
    if pages[part.page_index].number != pages[prev.page_index].number + 1:
        return False
    if part.caption is not None:
        if not part.caption.continued:
            return False
        if prev.caption is not None and part.caption.number != prev.caption.number:
            return False
        if len(part.col_edges) == len(prev.col_edges):
            return True  # "续表" of the same table: column widths may change from page to page
    if len(part.col_edges) != len(prev.col_edges) and not _same_header(prev, part):
        return False
    return _edges_match(prev.col_edges, part.col_edges) or _same_header(prev, part)


def _edges_match(a: list[float], b: list[float]) -> bool:
    if len(a) != len(b):
        return False
    width_a, width_b = a[-1] - a[0], b[-1] - b[0]
    scale = width_b / width_a if width_a else 1.0
    return all(abs((x - a[0]) * scale - (y - b[0])) <= EDGE_MATCH for x, y in zip(a, b, strict=True))


def _same_header(prev: Part, part: Part) -> bool:
    return bool(part.headers) and _compact_rows(part.headers) == _compact_rows(prev.headers)


def _compact_rows(rows: list[list[str]]) -> list[list[str]]:
    return [[clean_text(c).replace("\n", "").replace(" ", "") for c in row] for row in rows]


def _new_table(part: Part, pages: list[Page]) -> Table:
    page = pages[part.page_index]
    caption = part.caption
    intro, headings = None, []
    if caption is not None:
        line_index = _anchor(page, part, caption)
        intro = intro_sentence(pages, part.page_index, line_index, caption.number)
        headings = intro_headings(pages, part.page_index, line_index)
    return Table(
        number=caption.number if caption else None,
        caption=caption.text if caption else None,
        title=caption.title or None if caption else None,
        pages=[page.number],
        bboxes=[(page.number, part.bbox)],
        header_rows=part.headers,
        columns=column_paths(part.headers),
        rows=part.rows,
        notes=part.notes,
        detection=part.detection,
        intro_text=intro,
        headings=headings,
        subject=part.subject,
        unit_line=part.unit_line,
    )


def _anchor(page: Page, part: Part, caption: Caption) -> int:
    """The line the introducing sentence and headings are looked for above: the caption, or, for
    a caption set under the table, the table's first line."""
    index = next((i for i, ln in enumerate(page.lines) if ln is caption.line), 0)
    if caption.line.bbox[1] < part.bbox[1]:
        return index
    return _first_line(page, part, index)


def _first_line(page: Page, part: Part, default: int = 0) -> int:
    return next((i for i, ln in enumerate(page.lines) if ln.bbox[3] > part.bbox[1] + 2), default)


def _append(table: Table, prev: Part, part: Part, pages: list[Page]) -> None:
    """Add a continuation part: a repeated header dropped, rows renumbered after the table's."""
    page = pages[part.page_index]
    rows = part.rows if _same_header(prev, part) else part.header_cells + part.rows
    offset = len(table.rows)
    shift = 0 if rows is part.rows else len(part.header_cells)
    for i, row in enumerate(rows):
        is_body = i >= len(rows) - len(part.rows)
        for cell in row:
            cell.row = offset + i
            if cell.merged_from is not None:
                base = offset + (shift if is_body else 0)
                cell.merged_from = (cell.merged_from[0] + base, cell.merged_from[1])
    table.rows.extend(rows)
    if page.number not in table.pages:
        table.pages.append(page.number)
    table.bboxes.append((page.number, part.bbox))
    table.notes.extend(part.notes)
