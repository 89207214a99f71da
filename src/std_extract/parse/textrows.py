"""Text-table stage 4, body lines -> rows of cells: each line cut into pieces per column, lines
without a label joined to the labelled row they sit beside, wrapped labels and labels spanning
sub-items resolved, values centred under spanning headers merged over their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from std_extract.document import BBox, TableCell, TextLine, union_bbox
from std_extract.parse.textcolumns import seg_columns
from std_extract.parse.textsegments import (
    Span,
    char_height,
    distance,
    empty_box,
    line_runs,
    make_segment,
    overlap,
)
from std_extract.textnorm import open_brackets


@dataclass
class Piece:
    """A segment of a body line placed on the columns: the columns it covers (``overlapped``: those
    its box overlaps), and its text split per column by where its characters sit."""

    text: str
    bbox: BBox
    cols: list[int]
    overlapped: list[int]
    split: dict[int, tuple[str, BBox]]
    chars: list[tuple[str, BBox]]


LONE_MARKER = re.compile(r"^[a-e]$")
WRAPPED_UNIT = re.compile(r"^\s*[/（(]")


def line_pieces(line: TextLine, columns: list[Span]) -> list[Piece]:
    """The line's segments, each with the columns it covers and its text split per column by the
    position of its characters."""
    pieces = []
    height = char_height(line)
    for run in (part for whole in line_runs(line) for part in _parted_at_edges(whole, columns, height)):
        seg = make_segment([c for c, _ in run], [b for _, b in run])
        cols = seg_columns(seg, columns)
        split: dict[int, list[tuple[str, BBox]]] = {}
        overlapped = [k for k in cols if overlap((seg[0], seg[1]), columns[k]) > 0]
        if len(overlapped) == 1:  # long text set wider than its column's short values
            split[overlapped[0]] = list(run)
        else:
            for word in _words(run):
                for c, chars in _word_columns(word, columns).items():
                    split.setdefault(c, []).extend(chars)
        by_column = {
            c: ("".join(ch for ch, _ in v).strip(), union_bbox([b for ch, b in v if ch != " "] or [v[0][1]]))
            for c, v in split.items()
        }
        pieces.append(Piece(seg.text, seg.bbox, cols, overlapped, by_column, run))
    return pieces


def _words(run: list[tuple[str, BBox]]) -> list[list[tuple[str, BBox]]]:
    """A run's chars in words parted by its spaces (cells set closer than a char apart run
    together in one segment: "钠/(mg/100g) 0.07 12")."""
    words: list[list[tuple[str, BBox]]] = [[]]
    for char, box in run:
        if char == " ":
            words.append([])
        else:
            words[-1].append((char, box))
    return [w for w in words if w]


def _word_columns(word: list[tuple[str, BBox]], columns: list[Span]) -> dict[int, list[tuple[str, BBox]]]:
    """A word wholly in the column it overlaps alone (or, overlapping none, the nearest); a word
    over several columns (CJK text has no spaces; a text layer glues cells set close: "0.0712")
    cut once between each two of them, at the widest gap between its chars within an em of the
    middle of the gap between the columns (the nearest such cut when the chars touch)."""
    x0, x1 = word[0][1][0], word[-1][1][2]
    hit = [k for k, col in enumerate(columns) if overlap((x0, x1), col) > 0]
    if len(hit) <= 1:
        k = hit[0] if hit else min(range(len(columns)), key=lambda j: distance((x0, x1), columns[j]))
        return {k: word}
    em = max(box[3] - box[1] for _, box in word)
    out: dict[int, list[tuple[str, BBox]]] = {}
    start = 0
    for k in hit[:-1]:
        middle = (columns[k][1] + columns[k + 1][0]) / 2
        cuts = [
            (word[i + 1][1][0] - word[i][1][2], -abs((word[i][1][2] + word[i + 1][1][0]) / 2 - middle), i + 1)
            for i in range(start, len(word) - 1)
            if abs((word[i][1][2] + word[i + 1][1][0]) / 2 - middle) <= em
        ]
        if not cuts:
            continue
        cut = max(cuts)[2]
        out.setdefault(k, []).extend(word[start:cut])
        start = cut
    out.setdefault(hit[-1], []).extend(word[start:])
    return {k: chars for k, chars in out.items() if chars}


def body_rows(
    lines: list[TextLine], columns, groups: list[list[int]], label_cols: int
) -> list[list[TableCell]]:
    """Body lines -> rows: lines without a row label join the labelled row they belong to (by
    vertical position), a label alone between sub-item rows spans them."""
    if not lines:
        return []
    pieces = [line_pieces(line, columns) for line in lines]
    _wrapped_continuations(pieces)
    label_set = set(range(label_cols))
    centre = [(ln.bbox[1] + ln.bbox[3]) / 2 for ln in lines]
    group_lines: set[int] = set()
    amid: set[int] = set()  # a group's label set in the middle of its indented items, one column of labels
    anchors: list[int] = []
    for k, ps in enumerate(pieces):
        cols = _cols(ps)
        if not cols & label_set:
            continue
        if anchors and _wrapped_label_end(k, lines, pieces, label_set):
            continue  # the wrapped end of the row's label, below its centred values: not a new row
        if k and cols <= label_set and len(ps) == 1 and WRAPPED_UNIT.match(ps[0].text) and anchors:
            continue  # "/[W·h/(W·h)]" under its label: the label's second line, not a row
        if anchors and cols <= label_set and _label_left_open(pieces, anchors[-1], k, label_set):
            continue  # "铅（以Pb" over "计）": the label wrapped inside its bracket, not a new row
        if label_cols >= 2 and (
            _label_alone_in_a_gap(k, lines, cols) or _label_between_sub_items(k, lines, pieces, label_cols)
        ):
            group_lines.add(k)
        elif label_cols == 1 and _group_amid_indented_items(k, lines, pieces):
            amid.add(k)
        else:
            anchors.append(k)
    if not anchors:
        anchors = [k for k in range(len(lines)) if k not in group_lines | amid] or list(range(len(lines)))
        group_lines -= set(anchors)
        amid -= set(anchors)
    members: dict[int, list[int]] = {a: [] for a in anchors}
    for k in range(len(lines)):
        if k in group_lines or k in amid:
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
        # four sub-items: the label between the second and third; as many sub-items on each side
        reach = min(_sub_items(rows, start - 1, -1), _sub_items(rows, stop + 1, 1))
        start, stop = start - reach, stop + reach
        if any(rows[r][0].text for r in range(start, stop + 1)):
            continue
        label = [p for p in pieces[k] if 0 in p.cols] or pieces[k]
        text = " ".join(p.text for p in label)
        _span_label(rows, start, stop, text, union_bbox([p.bbox for p in label]))
        for p in pieces[k]:  # the label's unit beside it ("水洗尺寸变化率 | %"): merged down the rows too
            if p not in label and len(p.cols) == 1:
                _span_cell(rows, start, stop, p.cols[0], p.text, p.bbox)
    for k in sorted(amid, reverse=True):
        _group_row_over_its_items(rows, rows_lines, lines[k], centre[k], len(columns))
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


def _label_alone_in_a_gap(k: int, lines: list[TextLine], cols: set[int]) -> bool:
    """Line k holds a row label alone, set in the gap between the lines above and below: a label
    merged down the sub-items around it ("碎米" between "总量" and "其中：小碎米").  A label alone a full
    row's pitch below the last row, or first of the body, is a group's row of its own ("外观" over
    "色差" / "疵点" after another group's sub-items: they stay that group's)."""
    return cols == {0} and 0 < k < len(lines) - 1 and _in_gap(k, lines)


def _group_amid_indented_items(k: int, lines: list[TextLine], pieces: list[list[Piece]]) -> bool:
    """Line k holds a label alone at the labels' edge, set in the gap between the lines above and
    below, both indented past it: a group's label merged down its items and set in their middle
    ("可溶性重金属/（mg/kg）" between 镉 and 铬, 铅 above and 汞 below; ConTeXt, LaTeX \\multirow), in a table
    whose other labels span the items' column so that one column of labels is read."""
    if _cols(pieces[k]) != {0} or not 0 < k < len(lines) - 1 or not _in_gap(k, lines):
        return False
    em = lines[k].bbox[3] - lines[k].bbox[1]
    # the lines around it are items: labels of their own, indented, beside a value (not a cell's
    # text wrapped onto lines of its own beside a label set in their middle)
    return all(
        0 in _cols(pieces[near])
        and len(_cols(pieces[near])) > 1
        and lines[near].bbox[0] > lines[k].bbox[0] + em
        for near in (k - 1, k + 1)
    )


def _group_row_over_its_items(
    rows: list[list[TableCell]], rows_lines: list[list[int]], line: TextLine, centre: float, width: int
) -> None:
    """The group's label as a row of its own over its items (the indented rows around it, as many on
    each side, give or take one), so that it names them as a category row over indented items does;
    nothing when the items above follow another such row (a category of their own on its own row)."""
    first = [r for r, ks in enumerate(rows_lines) if ks]
    above = [r for r in first if (rows[r][0].bbox[1] + rows[r][0].bbox[3]) / 2 < centre]
    em = line.bbox[3] - line.bbox[1]
    indented = [r for r in first if rows[r][0].text and rows[r][0].bbox[0] > line.bbox[0] + em]
    up = _run(indented, above[-1] if above else -1, -1)
    down = _run(indented, (above[-1] if above else -1) + 1, 1)
    if not up or not down or abs(up - down) > 1:
        return
    start = above[-1] - up + 1
    if start > 0 and not any(c.text for c in rows[start - 1][1:]):
        return  # the items above hang under a label row of their own
    box = line.bbox
    label = [TableCell(row=start, col=0, text=line.text.strip(), page=line.page, bbox=box)]
    label += [
        TableCell(row=start, col=c, text="", page=line.page, bbox=empty_box((box[0], box[0]), box))
        for c in range(1, width)
    ]
    rows.insert(start, label)
    rows_lines.insert(start, [])
    for r, row in enumerate(rows):
        for cell in row:
            cell.row = r
            if cell.merged_from is not None and cell.merged_from[0] >= start and r > start:
                cell.merged_from = (cell.merged_from[0] + 1, cell.merged_from[1])


def _run(members: list[int], start: int, step: int) -> int:
    """How many rows from ``start`` on (going ``step``) are in ``members``, one after another."""
    count, r = 0, start
    while r in members:
        count, r = count + 1, r + step
    return count


def _in_gap(k: int, lines: list[TextLine]) -> bool:
    """Line k sits in the room between the lines above and below it, no wider than a merged cell's
    text fills (not a row's pitch of its own on each side)."""
    gap = lines[k + 1].bbox[1] - lines[k - 1].bbox[3]
    return gap <= BETWEEN_GAP * (lines[k].bbox[3] - lines[k].bbox[1])


def _label_between_sub_items(
    k: int, lines: list[TextLine], pieces: list[list[Piece]], label_cols: int
) -> bool:
    """Line k holds a row label and cells beside it but no sub-item, set in the gap between the lines
    right above and below, which hold a sub-item and nothing in those cells: a label and its unit
    merged down the sub-items ("水洗尺寸变化率 | %" centred between 经向 and 纬向, word-processor and
    browser tables set the text of a merged cell in its middle), not a row of its own.  A label on a
    row of its own over its sub-items (a full row's pitch below the last group's) is none."""
    if k == 0 or k + 1 >= len(pieces) or not _in_gap(k, lines):
        return False
    cols, subs = _cols(pieces[k]), set(range(1, label_cols))
    if 0 not in cols or cols & subs:
        return False
    beside = cols - {0}
    return all(
        0 not in near and near & subs and not near & beside
        for near in (_cols(pieces[k - 1]), _cols(pieces[k + 1]))
    )


def _wrapped_label_end(k: int, lines: list[TextLine], pieces, label_set: set[int]) -> bool:
    """Line k holds only label text and overlaps the line above, which holds only values and
    overlaps the line above it: values centred beside a label wrapped over two lines."""
    if k < 2 or not _cols(pieces[k]) <= label_set or _cols(pieces[k - 1]) & label_set:
        return False
    return all(b.bbox[1] < a.bbox[3] - 1 for a, b in ((lines[k - 2], lines[k - 1]), (lines[k - 1], lines[k])))


def _label_left_open(pieces: list[list[Piece]], anchor: int, k: int, label_set: set[int]) -> bool:
    """The label text from the anchor line down to line k leaves a bracket open."""
    text = "".join(p.text for j in range(anchor, k) for p in pieces[j] if set(p.cols) <= label_set)
    return open_brackets(text) > 0


def _cols(pieces: list[Piece]) -> set[int]:
    """The columns a line's pieces hold text in; a raised footnote marker alone ("a" set beside the
    end of a wrapped label, on the line of the row's values) is no label text."""
    return {c for p in pieces if not LONE_MARKER.match(p.text) for c in p.cols}


def _parted_at_edges(run: list[tuple[str, BBox]], columns: list[Span], height: float):
    """A run parted where a gap wider than the letters' spacing holds a column's edge: two cells'
    texts set nearly touching (full-width text in narrow columns, "…有微量聚" and "橙黄色…允" a
    third of an em apart across 一级 | 二级) are two texts, never one to cut by character."""
    edges = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:], strict=False)]
    parts: list[list[tuple[str, BBox]]] = [[]]
    for char, box in run:
        last = next((b for c, b in reversed(parts[-1]) if c != " "), None)
        gap = (last[2], box[0]) if last is not None and char != " " else None
        if gap and gap[1] - gap[0] > EDGE_GAP * height and any(gap[0] <= e <= gap[1] for e in edges):
            parts.append([])
        parts[-1].append((char, box))
    if len(parts) == 1:
        return parts
    return [_stripped(part) for part in parts if any(c != " " for c, _ in part)]


def _stripped(part: list[tuple[str, BBox]]) -> list[tuple[str, BBox]]:
    """Without the spaces at either end (a space's box reaches into the next cell)."""
    keep = [k for k, (c, _) in enumerate(part) if c != " "]
    return part[keep[0] : keep[-1] + 1]


BETWEEN_GAP = 1.5  # of a line's height: the room between two rows' lines a label merged over both fills
EDGE_GAP = 0.4  # of a char height: wider than the spacing of justified text, narrower than a cell gap


def _wrapped_continuations(pieces: list[list[Piece]]) -> None:
    """A line's end wrapped under a wide cell text ("…不出现炸裂或裂" / "纹") starts where that
    text starts and belongs to its column, even when it sits in the gap between two columns."""
    for k in range(1, len(pieces)):
        for p in pieces[k]:
            if len(p.cols) < 2 or p.overlapped:
                continue  # only text in the gap between two columns is in doubt
            above = [q for j in range(max(0, k - 2), k) for q in pieces[j]]  # a label line between
            for q in reversed(above):
                if len(q.cols) == 1 and abs(q.bbox[0] - p.bbox[0]) < 1.0:
                    p.cols = list(q.cols)
                    p.split = {q.cols[0]: (p.text, p.bbox)}
                    break


def _cell_starts(pieces: list[list[Piece]], columns) -> list[float]:
    """Where each column's text starts in this row: wrapped lines are set from the cell's left
    edge, further left than the short values centred in the column."""
    starts = [col[0] for col in columns]
    for ps in pieces:
        for p in ps:
            if len(p.split) == 1:
                c = next(iter(p.split))
                starts[c] = min(starts[c], p.bbox[0])
    for k in range(1, len(starts)):
        starts[k] = max(starts[k], starts[k - 1])
    return starts


def _split(piece: Piece, starts: list[float]) -> dict[int, tuple[str, BBox]]:
    """A run of text over several cells of a row, split where each cell's text starts."""
    if len(piece.split) == 1:
        return piece.split
    parts: dict[int, list[tuple[str, BBox]]] = {}
    for char, box in piece.chars:
        cx = (box[0] + box[2]) / 2
        c = max([k for k, x in enumerate(starts) if x <= cx + 0.5] or [0])
        parts.setdefault(c, []).append((char, box))
    return {c: ("".join(ch for ch, _ in v).strip(), union_bbox([b for _, b in v])) for c, v in parts.items()}


def _body_row(r: int, lines: list[TextLine], pieces: list[list[Piece]], columns, groups) -> list[TableCell]:
    n = len(columns)
    single = {p.cols[0] for ps in pieces for p in ps if len(p.cols) == 1}
    starts = _cell_starts(pieces, columns)
    per_line: list[dict[int, list[tuple[str, BBox]]]] = []
    merged: dict[int, int] = {}
    for ps in pieces:
        found: dict[int, list[tuple[str, BBox]]] = {}
        for p in ps:
            if len(p.cols) > 1 and not set(p.cols) & single:
                found.setdefault(p.cols[0], []).append((p.text, p.bbox))
                for c in p.cols[1:]:
                    merged[c] = p.cols[0]
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
                union_bbox(boxes[c]) if boxes[c] else empty_box(columns[c], line_box),
                None,
            )
        row.append(TableCell(row=r, col=c, text=text, page=lines[0].page, bbox=box, merged_from=source))
    return row


def line_cells(line: TextLine, segments, columns: list[Span], r: int) -> list[TableCell]:
    texts: list[list[str]] = [[] for _ in columns]
    boxes: list[list[BBox]] = [[] for _ in columns]
    for x0, x1, text, bbox in segments:
        c = max(
            range(len(columns)),
            key=lambda k: overlap((x0, x1), columns[k]) - distance((x0, x1), columns[k]),
        )
        texts[c].append(text)
        boxes[c].append(bbox)
    return [
        TableCell(
            row=r, col=c, text=" ".join(texts[c]), page=line.page,
            bbox=union_bbox(boxes[c]) if boxes[c] else empty_box(columns[c], line),
        )
        for c in range(len(columns))
    ]  # fmt: skip


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


def _span_cell(rows: list[list[TableCell]], first: int, last: int, col: int, text: str, bbox: BBox) -> None:
    """Column ``col``'s text over rows ``first``..``last``, as ``_span_label`` sets a label."""
    for k in range(first, last + 1):
        rows[k][col].text = text
        rows[k][col].merged_from = None if k == first else (first, col)
    rows[first][col].bbox = bbox


def _centred_labels(rows: list[list[TableCell]]) -> None:
    """A row label printed on the middle sub-item's line spans the sub-items above and below."""
    for r, row in enumerate(rows):
        if not row[0].text or row[0].merged_from is not None or not row[1].text:
            continue
        reach = min(_sub_items(rows, r - 1, -1), _sub_items(rows, r + 1, 1))
        if reach:
            _span_label(rows, r - reach, r + reach, row[0].text, row[0].bbox)


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


def categories_filled_down(rows: list[list[TableCell]]) -> None:
    """A category printed once, on its group's first line (a three-line table of limits by food: "乳制品"
    beside 沙门氏菌, nothing beside 金黄色葡萄球菌 below it), holds for the rows under it that print
    an item and no category, as a merged cell of a ruled table would; so does what a group's own row
    prints beside its label when it prints no value ("水洗尺寸变化率 | | %" over 经向 and 纬向: its unit)."""
    origin: TableCell | None = None
    members: dict[int, list[int]] = {}
    for r, row in enumerate(rows):
        if len(row) < 2:
            continue
        if row[0].text.strip():
            origin = row[0] if row[0].merged_from is None else origin
        elif origin is not None and row[1].text.strip():
            rows[r][0] = row[0].model_copy(
                update={"text": origin.text, "merged_from": (origin.row, origin.col), "bbox": origin.bbox}
            )
            members.setdefault(origin.row, []).append(r)
    for o, under in members.items():
        _group_row_cells_filled_down(rows, o, under)


def _group_row_cells_filled_down(rows: list[list[TableCell]], o: int, under: list[int]) -> None:
    """The cells a group's row prints beside its label (its unit) hold for its members, where it prints
    nothing in the columns they print values in and they print nothing in those cells."""
    group = rows[o]
    if group[1].text.strip() and group[1].merged_from is None:
        return  # the group's row names an item of its own
    printed = {c for r in under for c in range(2, len(rows[r])) if rows[r][c].text.strip()}
    if any(group[c].text.strip() for c in printed if c < len(group)):
        return  # a row of values of its own
    for c in range(2, len(group)):
        if group[c].text.strip() and c not in printed:
            for r in under:
                rows[r][c] = rows[r][c].model_copy(
                    update={"text": group[c].text, "merged_from": (o, c), "bbox": group[c].bbox}
                )
