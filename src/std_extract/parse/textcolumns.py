"""Text-table stage 2, segments -> columns: the x-ranges of a table's columns from where the
segments of its fullest lines lie; headers over no column, group labels between sub-items and
text centred across two columns adjusted (pdfplumber's TableFinder does this from rulings;
here only alignment tells)."""

from __future__ import annotations

from collections.abc import Sequence

from std_extract.parse.textsegments import Segment, Span, distance, overlap


def column_ranges(lines: list[list[Segment]]) -> list[Span]:
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
                sum(1 for t in other if overlap((s[0], s[1]), (t[0], t[1])) > 0) >= 2
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


def seg_columns(seg: Segment, columns: list[Span]) -> list[int]:
    """The columns a segment covers: those it overlaps, both neighbours when it sits in a gap."""
    hit = [k for k, col in enumerate(columns) if overlap((seg[0], seg[1]), col) > 0]
    if hit:
        return hit
    centre = (seg[0] + seg[1]) / 2
    for k in range(len(columns) - 1):
        if columns[k][1] <= centre <= columns[k + 1][0]:
            return [k, k + 1]
    return [min(range(len(columns)), key=lambda k: distance((seg[0], seg[1]), columns[k]))]


def header_columns(seg, columns: list[Span]) -> list[int]:
    """The columns a header text is over: those it overlaps; in a gap, both neighbours when it is
    about as far from each (a header over two columns), else the nearer one."""
    hit = [k for k, col in enumerate(columns) if overlap((seg[0], seg[1]), col) > 0]
    if hit:
        return hit
    gaps = [distance((seg[0], seg[1]), col) for col in columns]
    k = min(range(len(columns)), key=lambda j: gaps[j])
    for j in (k - 1, k + 1):
        if 0 <= j < len(columns) and gaps[j] - gaps[k] < 0.15 * gaps[j]:
            return sorted([k, j])
    return [k]


def unheaded_dropped(columns: list[Span], header, keep: Sequence[Span] = ()) -> list[Span]:
    """Columns without a header of their own between two columns headed by the lowest header line
    hold text across those two (a value centred under 优级 and 一级, a wrapped line's end); not those
    in ``keep`` (columns of sub-items under a blank header cell, textheader.sub_label_columns)."""
    leaf = next((segs for segs in reversed(header) if len(segs) >= 2), None)
    if leaf is None:
        return columns
    headed = [any(overlap((s[0], s[1]), col) > 0 for s in leaf) for col in columns]
    for seg in leaf:  # a header over no body text names the unheaded column nearest to it
        if any(overlap((seg[0], seg[1]), col) > 0 for col in columns):
            continue  # ("指标名称" centred over names set flush left)
        bare = [k for k in range(len(columns)) if not headed[k]]
        if bare:
            headed[min(bare, key=lambda k: distance((seg[0], seg[1]), columns[k]))] = True
    for k in range(1, len(columns)):
        if not headed[k] and centred_over_two(header, columns[k - 1], columns[k]):
            headed[k] = True  # "项目" centred over a label column and the condition column beside it
    keep = [
        col for k, col in enumerate(columns)
        if headed[k] or col in keep or not (any(headed[:k]) and any(headed[k + 1 :]))
    ]  # fmt: skip
    return keep if len(keep) >= 2 else columns


def centred_over_two(header, left: Span, right: Span) -> bool:
    """A header text over ``left`` alone and centred over it and the column right of it together (a
    row-label header spanning an item column and a sub-label column: "项目" over "制动距离/m" and
    "干态"), not over ``left`` alone: the column beside is headed by it, whatever its rows print."""
    both = (left[0] + right[1]) / 2
    own = (left[0] + left[1]) / 2
    for seg in (s for segs in header for s in segs):
        if overlap((seg[0], seg[1]), left) <= 0 or overlap((seg[0], seg[1]), right) > 0:
            continue
        centre = (seg[0] + seg[1]) / 2
        width = (seg[1] - seg[0]) or 1.0
        if abs(centre - both) <= 0.5 * width and abs(centre - both) < 0.5 * abs(centre - own):
            return True
    return False


def headed_single_columns(columns: list[Span], header, body: list[list[Segment]]) -> list[Span]:
    """A column whose body lines hold nothing else: a header over no column ("指标" over a wrapped
    requirement, "项目" over a label set on a line of its own) and the body text under it, which
    no line with several cells gave, make a column."""
    out = list(columns)
    for line, seg in ((k, s) for k, segs in enumerate(header) for s in segs):
        if any(overlap((seg[0], seg[1]), col) > 0 for col in out):
            continue
        lower = [s for segs in header[line + 1 :] for s in segs]
        if any(s[1] <= seg[0] for s in lower) and any(s[0] >= seg[1] for s in lower):
            continue  # a spanning header ("指标" over 优级 and 一级): text under it is centred
        under = [
            b for segs in body for b in segs
            if overlap((b[0], b[1]), (seg[0], seg[1])) > 0
            and not any(overlap((b[0], b[1]), col) > 0 for col in out)
        ]  # fmt: skip
        if under:
            out.append((min(b[0] for b in under), max(b[1] for b in under)))
    return sorted(out)


def group_label_split(columns: list[Span], body: list[list[Segment]]) -> list[Span]:
    """Split the label column in two where a group label stands alone between indented sub-items
    ("吸水率" centred between "平均值/%" and "单个值/%", with "破坏强度/N" flush left): the
    group labels and whole-width labels take the first column, the sub-items the second."""
    if len(columns) < 2 or len(body) < 3:
        return columns
    first = [segs[0] for segs in body if segs and overlap((segs[0][0], segs[0][1]), columns[0]) > 0]
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
        if not all(overlap((seg[0][0], seg[0][1]), columns[0]) > 0 for seg in (above, below)):
            continue  # the sub-items have a column of their own already
        x_above, x_below = above[0][0], below[0][0]
        indented = min(x_above, x_below) > flush + width and abs(x_above - x_below) < 0.5 * width
        if indented and group[0] > flush + 0.5 * width and group[1] < min(x_above, x_below) - 0.5 * width:
            starts.append(min(x_above, x_below))
    if not starts:
        return columns
    split = min(starts) - 1.0
    return [(columns[0][0], split), (split, columns[0][1]), *columns[1:]]


def column_edges(columns: list[Span]) -> list[float]:
    """Column boundaries: the outer edges and the middle of each gap between columns."""
    middles = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:], strict=False)]
    return [columns[0][0], *middles, columns[-1][1]]


CHAIN_CLOSE = 0.03  # of the table's width: how near the right rule a chain of centred headers must end


def centred_header_columns(columns: list[Span], header, rules, body=()) -> list[Span]:
    """The cells of a three-line table whose headers are each centred in their column (booktabs,
    a word processor's centred header row): from the left rule, each header's centre puts the
    column's right edge as far past the centre as its left edge is before it.  When that chain
    ends on the right rule, the cells are those, wherever wrapped or merged body text lies
    ("橙黄色至深褐色，…" set across 优级 and 一级 under centred 优级 | 一级 | 二级); else the columns
    as found.  One header line with a text over each column found (fewer: a header spans columns, 项目
    over a group and its sub-items) is needed, and the body centred: most
    of its texts within one such cell sit in its middle (a chain may close by chance over texts
    set flush left)."""
    leaf = header[-1] if header else []
    if len(rules) < 2 or len(header) != 1 or len(leaf) < max(3, len(columns)):
        return columns
    left, right = rules[0].x0, rules[0].x1
    edges = [left]
    for seg in leaf:
        centre = (seg[0] + seg[1]) / 2
        edge = 2 * centre - edges[-1]
        if edge <= seg[1]:
            return columns  # a header not centred in its cell (set flush left)
        edges.append(edge)
    if abs(edges[-1] - right) > CHAIN_CLOSE * (right - left):
        return columns
    cells = [(a + 1.0, b - 1.0) for a, b in zip(edges, edges[1:], strict=False)]
    return cells if _centred_in(cells, [seg for segs in body for seg in segs]) else columns


def _centred_in(cells: list[Span], segments) -> bool:
    """Two thirds or more of the texts lying within one cell are centred in it (half a char)."""
    inside = [(seg, cell) for seg in segments for cell in cells if cell[0] <= seg[0] and seg[1] <= cell[1]]
    centred = [
        seg for seg, cell in inside
        if abs((seg[0] + seg[1]) - (cell[0] + cell[1])) / 2 <= 0.5 * (seg[3][3] - seg[3][1])
    ]  # fmt: skip
    return bool(inside) and 3 * len(centred) >= 2 * len(inside)
