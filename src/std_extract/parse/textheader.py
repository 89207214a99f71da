"""Text-table stage 3, columns -> header tree: how many lines the header has, and the header
texts per column with the groups under spanning headers ("指标" over 优级 and 一级)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from std_extract.document import Page, TextLine, union_bbox
from std_extract.parse.headerlines import join_header_lines
from std_extract.parse.model import HRule
from std_extract.parse.textcolumns import centred_over_two, header_columns
from std_extract.parse.textsegments import Segment, Span, overlap
from std_extract.textnorm import clean_text

# A value cell's text; a signed range ("-2.0~+1.0", a dimensional change: shrinking to stretching) too.
VALUE = re.compile(
    r"^[≤≥<>＜＞±]|^[-+]?\d+(\.\d+)?(\s*[～~\-—]\s*[-+]?\d+(\.\d+)?)?$|^\d+(\.\d+)?±|不得检出|^—$|^－$"
)


GRADE = re.compile(r"^([\d一二三四五六七八九十]+|[优特甲乙丙]|[ⅠⅡⅢⅣV]+)[级等]品?$|等品$|合格品$|^[A-Z]级$")


ITEM = re.compile(r"^项\s*目|项\s*目$")


MAX_HEADER_LINES = 5


HEADER_GAP = 0.6  # a gap of this many line heights under a header line ends the header


def header_line_count(page: Page, region: list[int], rules: list[HRule], segments, columns) -> int:
    """Lines in the header: down to the rule under it, or to the first line holding values or a
    row label under 项目."""
    if len(rules) >= 3:
        end = _header_rule(page, region, rules, segments)
        return max(1, sum(1 for i in region if page.lines[i].bbox[3] <= end.y + 2))
    item_line = next(
        (k for k, segs in enumerate(segments) if any(ITEM.search(clean_text(s[2]).strip()) for s in segs)),
        None,
    )
    for k in range(1, min(len(segments), MAX_HEADER_LINES + 1)):
        segs = segments[k]
        if _condition_leaves(segs, segments[k - 1], columns) or _sign_leaves(segs):
            continue
        if any(is_value(s[2]) for s in segs):
            return k
        if item_line is not None and k > item_line and any(s[0] < columns[0][1] for s in segs):
            return k  # a row label under 项目
        above, line = page.lines[region[k - 1]].bbox, page.lines[region[k]].bbox
        if line[1] - above[3] > HEADER_GAP * (line[3] - line[1]):
            return k  # header lines are set close; the body starts after the cell padding
    return 1


def _header_rule(page: Page, region: list[int], rules: list[HRule], segments) -> HRule:
    """The rule under a three-line table's header: the second rule, unless it runs under part of the
    width only with more header text under it (LaTeX's \\cmidrule under "每100 kJ", over 最小值 |
    最大值): a group's rule, and the header goes on to the next, when that text lies under the groups' rules
    only.  A part-width rule over values, or over a line printing beside the groups (a word processor's
    border under the value columns, 项目 spanning down, then a section row 感官要求), ends the header."""
    width = rules[0].x1 - rules[0].x0
    for rule in rules[1:-1]:
        under = [j for j, i in enumerate(region) if page.lines[i].bbox[1] > rule.y]
        if under and _sign_leaves(segments[under[0]]):
            continue  # "不小于 | 不大于" under the names, each header row ruled off: still the header
        if rule.x1 - rule.x0 >= GROUP_RULE * width:
            return rule
        if not under or any(is_value(s[2]) for s in segments[under[0]]):
            return rule
        level = [r for r in rules if abs(r.y - rule.y) < 2]  # \cmidrule under each group on one height
        beside = [
            s for s in segments[under[0]] if not any(r.x0 - 2 <= s[0] and s[1] <= r.x1 + 2 for r in level)
        ]
        if beside and not _items_header_beside(beside, segments[under[0]]):
            return rule  # text under it beside the groups (感官要求 under 项目): the header ends here
    return rules[1]


GROUP_RULE = 0.85  # a rule under less of the table's width than this may be a group header's


def _items_header_beside(beside, line) -> bool:
    """The texts beside a group's rule are headers merged down the header's rows ("项 目", "检验方法":
    their middle set below the group's rule) on a line that also prints the group's sub-headers, and no
    value: the header goes on.  A section row (感官要求) prints nothing under the groups.  The row-label
    header alone ("项 目" set on a line of its own, its middle a little above the sub-headers': LaTeX's
    \\multirow over a header of three levels) is never a section row either."""
    if any(is_value(s[2]) for s in line):
        return False
    return len(line) > len(beside) or all(ITEM.fullmatch(clean_text(s[2]).strip()) for s in beside)


# A header line of test conditions under spanning names ("抗压强度" over "3 d | 28 d"; GB 175): ages,
# durations and temperatures, none under the label column, more of them than texts on the line above.
CONDITION_LEAF = re.compile(r"^\d+(?:\.\d+)?\s*(?:d|h|min|天|小时|℃|°C|个月|月|年|周)$")


# A header leaf holding a comparator alone, a sign or its word ("≥", "不小于" under "能效系数（L/kWh）").
SIGN_LEAF = re.compile(r"[≤≥<>＜＞]|不大于|不小于|不超过|不低于|不高于|不少于|不多于|小于|大于|低于|高于")


def _sign_leaves(segs) -> bool:
    """A header line of comparators alone, one per value column ("≥  ≥  ≤" under the units, "不小于 |
    不大于 | 不小于" under the names of a transposed table's indicators)."""
    return len(segs) >= 2 and all(SIGN_LEAF.fullmatch(clean_text(s[2]).strip()) for s in segs)


def _condition_leaves(segs, above, columns) -> bool:
    return (
        len(segs) >= 2
        and len(segs) > len(above)
        and all(CONDITION_LEAF.match(clean_text(s[2]).strip()) for s in segs)
        and all(s[0] > columns[0][1] for s in segs)
    )


# A value's comparator written as a word, and a unit after its number ("不大于12.0%", "≥0.1 mg/kg"):
# what a value cell holds besides the number itself (DOMAIN.md, Requirement language).
WORD_COMPARATOR = re.compile(
    r"^(?:不大于|不小于|不超过|不低于|不高于|不少于|不多于|小于|大于|低于|高于|超过)"
)
UNIT_AFTER = re.compile(r"(?<=\d)\s*(?:%|‰|[A-Za-zμ℃°][A-Za-zμ/0-9()·℃°]*)?(?:以上|以下)?$")


# A requirement in words around a number ("每15日不少于1次", "铃响3声以内"... the first kind only):
# a bound's word right before a number, anywhere in the text, is no header's.
WORDED_BOUND = re.compile(
    r"(?:不大于|不小于|不超过|不低于|不高于|不少于|不多于|至少|至多)\s*[\d一二三四五六七八九十]"
)


def is_value(text: str) -> bool:
    text = clean_text(text).strip()
    bare = UNIT_AFTER.sub("", WORD_COMPARATOR.sub("", text)).strip()
    valued = VALUE.search(text) or bare != text and VALUE.search(bare) or WORDED_BOUND.search(text)
    return bool(valued) and not GRADE.search(text)


def header_texts(lines, columns, rules: Sequence[HRule] = ()) -> tuple[list[list[str]], list[list[int]]]:
    """Header rows (one text per column) and the column groups under spanning headers.

    A header over several grade columns ("指标" over 优级, 一级) is copied to each column it
    spans and gives a second header row; other header texts stand in both rows.  A rule drawn under
    the spanning header and above the lowest line (the group's border) bounds the group."""
    n = len(columns)
    placed = [(k, seg, header_columns(seg, columns)) for k, segs in enumerate(lines) for seg in segs]
    leaf_line = max((k for k, segs in enumerate(lines) if len(segs) >= 2), default=None)
    parents: list[tuple[int, tuple, list[int]]] = []
    if leaf_line is not None and len(lines) > 1:
        spans = [
            (
                k,
                seg,
                _under_group_rule(
                    _group_span(k, seg, cols, placed, leaf_line, n), seg, columns, rules, lines[leaf_line]
                ),
            )
            for k, seg, cols in placed
            if k < leaf_line
        ]
        spans = _siblings_apart(spans, columns)
        parents = [(k, seg, span) for k, seg, span in spans if len(span) >= 2]
        parents += _one_column_siblings(spans, parents)
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
            # the header on its left centred over both ("项目" over 制动距离 and 干态) first
            order = (
                (c - 1, c + 1)
                if c and centred_over_two(lines, columns[c - 1], columns[c])
                else (c + 1, c - 1)
            )
            for d in order:
                if 0 <= d < n and texts[d] and not any(d in span for _, _, span in parents):
                    texts[c] = texts[d]
                    break
    if not parents:
        return [texts], []
    levels = []
    for level in sorted({k for k, _, _ in parents}):  # one header row per line of group headers
        row = list(texts)
        for k, seg, span in parents:
            if k == level:
                for c in span:
                    row[c] = seg[2]
        levels.append(row)
    return [*levels, texts], [span for _, _, span in parents if len(span) >= 2]


def _siblings_apart(spans, columns: list[Span]):
    """Group headers on one line whose widened spans overlap ("Ⅰ类" over one grade beside "Ⅱ类" over
    three, each widened to the column between them): a column goes to the text it leaves better
    centred over its columns (a group's text is centred over its group)."""
    out = []
    for k, seg, span in spans:
        others = [(s2, sp2) for k2, s2, sp2 in spans if k2 == k and s2 is not seg]
        keep = [
            c
            for c in span
            if all(
                c not in sp2 or _centring_gain(seg, span, c, columns) >= _centring_gain(s2, sp2, c, columns)
                for s2, sp2 in others
            )
        ]
        out.append((k, seg, keep))
    return out


def _centring_gain(seg, span: list[int], c: int, columns: list[Span]) -> float:
    """How much nearer the middle of its columns a header text sits with column c among them than
    without it (negative: c pulls the middle away from the text)."""
    centre = (seg[0] + seg[1]) / 2
    without = [d for d in span if d != c]
    off_without = abs(centre - _middle(without, columns)) if without else float("inf")
    return off_without - abs(centre - _middle(span, columns))


def _middle(span: list[int], columns: list[Span]) -> float:
    return (columns[min(span)][0] + columns[max(span)][1]) / 2


def _one_column_siblings(spans, parents):
    """A header over one column set on a line of group headers, under the same header above them as a
    sibling group ("Ⅰ类" over its one grade beside "Ⅱ类" over three, both under "指标"): a group of one
    column, a level of the header path, not a word wrapped onto the grade under it.  A text beside the
    upper group ("检验" over "方法") is none."""
    out = []
    for k, seg, span in spans:
        if len(span) != 1:
            continue
        siblings = [sp for k2, _, sp in parents if k2 == k]
        above = [sp for k2, _, sp in parents if k2 < k and span[0] in sp]
        if any(set(sib) <= set(up) for sib in siblings for up in above):
            out.append((k, seg, span))
    return out


def _under_group_rule(span: list[int], seg, columns: list[Span], rules, leaf) -> list[int]:
    """The columns of ``span`` under the rule drawn right under the group's text, where there is one
    ("指标" over 植物原油 … 煎炸过程中的食用植物油, the border under it stopping short of "项目" and
    "检验方法", which are merged down the header's rows and set beside the group's sub-headers)."""
    top = min((s[3][1] for s in leaf), default=seg[3][3])
    under = [r for r in rules if seg[3][3] <= r.y <= top and r.x0 - 2 <= seg[0] and seg[1] <= r.x1 + 2]
    if not under:
        return span
    rule = under[0]
    return [c for c in span if rule.x0 - 2 <= (columns[c][0] + columns[c][1]) / 2 <= rule.x1 + 2]


def _group_span(k: int, seg, cols: list[int], placed, leaf_line: int, n: int) -> list[int]:
    """The columns a header text on line k groups: those it is over, widened to the neighbours
    headed on the lowest header line and not on line k or above (the grades under "指标"; the
    names under "理化指标" with a line of units below them), not to a column headed beside it
    ("项目" on its line, or set lower but over no text on the lowest line: centred on two lines); a
    group's text above it ("指标" over "Ⅰ类 | Ⅱ类" over grades) is over its columns, not beside them."""
    below = {c for k2, _, cols2 in placed if k2 == leaf_line for c in cols2}
    beside = {
        c
        for k2, seg2, cols2 in placed
        if (k2 == k or k2 < k and not set(cols2) <= below) and seg2 is not seg  # not a group above it
        for c in cols2
    }
    if not set(cols) & below:
        return []
    span = list(cols)
    while span[0] - 1 >= 0 and span[0] - 1 in below and span[0] - 1 not in beside:
        span.insert(0, span[0] - 1)
    while span[-1] + 1 < n and span[-1] + 1 in below and span[-1] + 1 not in beside:
        span.append(span[-1] + 1)
    return span


# A running-number column before the labels (GB 5085: 序号 | 危害成分项目 | 限值): rows are told
# by the label beside it, category rows print none ("无机元素及化合物" alone in the label column).
INDEX = re.compile(r"^(?:序\s*号|编\s*号|No\.?)$")


# A column of product categories before a column naming the items (microbiological limits:
# 食品类别 | 致病菌指标 | n | c | m | M): both are row labels, the category printed once for the
# rows of its group.
CATEGORY_HEAD = re.compile(r"类别|品种|种类")
ITEM_HEAD = re.compile(r"项目|指标|名称")


def categories_before_items(headers: list[list[str]]) -> bool:
    """The first column is headed as categories (食品类别), the second as items (致病菌指标)."""
    heads = [clean_text(text).replace(" ", "").replace("\n", "") for text in headers[-1]]
    return (
        len(heads) > 2
        and heads[0] != heads[1]
        and bool(CATEGORY_HEAD.search(heads[0]) and ITEM_HEAD.search(heads[1]))
    )


def label_columns(headers: list[list[str]]) -> int:
    """Leading columns under the row-label header ("项目" over a label and a sub-item column), a
    running-number column before them included, a category column before an item column too."""
    first = headers[-1]
    if len(first) > 2 and INDEX.match(clean_text(first[0]).strip()):
        return 1 + label_columns([row[1:] for row in headers])
    if categories_before_items(headers):
        return 2
    count = 1
    while (
        count < len(first) - 1
        and first[count] == first[0]
        and first[0]
        and all(row[count] == row[0] for row in headers)
    ):
        count += 1
    return count


def one_printed_row(lines: list[TextLine]) -> bool:
    """Lines that overlap each other top to bottom: one row of cells whose texts are set at
    different heights (centred one-line cells beside wrapped ones), not several rows."""
    return all(b.bbox[1] < a.bbox[3] - 1 for a, b in zip(lines, lines[1:], strict=False))


def printed_rows(lines: list[TextLine], segments: list[list]) -> list[list]:
    """Header lines as printed rows: a row whose cells are set at several heights (a browser or word
    processor centres each cell of a row: "植物原油" on one line between "食用植物油（包括调" / "和油）"
    wrapped beside it) gives lines that overlap top to bottom; their segments make one row, a cell's
    wrapped lines (segments one under another) joined.  Only under a header of several rows (below a
    spanning "指标"): a header that is one such row altogether is read as it is (``one_printed_row``)."""
    groups: list[list[int]] = []
    for k in range(len(lines)):
        if groups and lines[k].bbox[1] < lines[groups[-1][-1]].bbox[3] - 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    if len(groups) < 2 or len(groups) == len(lines):
        return segments
    return [_row_segments([segments[k] for k in group]) for group in groups]


def _row_segments(lines: list[list]) -> list:
    """The segments of overlapping lines as one row: segments over one another joined, top first."""
    cells: list[list] = []
    for seg in sorted((s for segs in lines for s in segs), key=lambda s: s[3][1]):
        cell = next((c for c in cells if any(overlap((seg[0], seg[1]), (t[0], t[1])) > 0 for t in c)), None)
        if cell is None:
            cells.append([seg])
        else:
            cell.append(seg)
    joined = []
    for cell in cells:
        box = union_bbox([s[3] for s in cell])
        joined.append(Segment(box[0], box[2], join_header_lines([s[2] for s in cell]), box))
    return sorted(joined, key=lambda s: s[0])


def sub_label_columns(columns: list[Span], header, body) -> list[Span]:
    """Columns under no header text whose texts are no values, each sharing its
    line with a text in the next column, one at least with texts on both sides ("可溶性重金属 | 铅（Pb） |
    mg/kg | 不高于90", then " | 镉（Cd） | mg/kg | 不高于75", under "项目 | 单位 | 限量值", 项目 centred
    over the group's column alone) and one at least with the column before it blank (the group merged down
    its sub-items): a column of sub-items under a blank header cell.  Text merged across two columns never
    prints beside both of their own texts; a column printing on every row beside a label ("报修响应 |
    接到报修后 | 及时到达 | 30 min") is a part of each row's text, no sub-items."""
    heads = [s for segs in header for s in segs]
    if len(columns) < 3 or not any(len(segs) >= 2 for segs in header):
        return []
    out = []
    for k in range(1, len(columns) - 1):
        if any(overlap((s[0], s[1]), columns[k]) > 0 for s in heads):
            continue
        lines = [segs for segs in body if any(overlap((s[0], s[1]), columns[k]) > 0 for s in segs)]
        if (
            lines
            and all(_sub_label_line(segs, columns, k) for segs in lines)
            and any(_prints_in(segs, columns[k - 1]) for segs in lines)
            and any(not _prints_in(segs, columns[k - 1]) for segs in lines)  # the group merged down
        ):
            out.append(columns[k])
    return out


def _sub_label_line(segs, columns: list[Span], k: int) -> bool:
    """The line prints a text within column k, no value, and a text in the column after it."""
    mine = [s for s in segs if overlap((s[0], s[1]), columns[k]) > 0]
    inside = all(columns[k][0] - 1 <= s[0] and s[1] <= columns[k][1] + 1 for s in mine)
    return inside and _prints_in(segs, columns[k + 1]) and not any(is_value(s[2]) for s in mine)


def _prints_in(segs, column: Span) -> bool:
    return any(overlap((s[0], s[1]), column) > 0 for s in segs)


def values_across_dropped(columns: list[Span], header, body) -> list[Span]:
    """A column of values under a header text that is over the next column too, whose values never
    share a line with that column's ("0.25" centred across 植物原油 and "食用植物油（包括调和油）", the
    wide header over both): text merged across the columns, no column of its own.  Only numbers: a
    label column and its sub-items' (项目 over both) print on lines of their own by design."""
    leaf = next((segs for segs in reversed(header) if len(segs) >= 2), None)
    if leaf is None or len(columns) < 3:
        return columns
    keep = list(columns)
    for k in range(1, len(columns) - 1):
        heads = [h for h in leaf if overlap((h[0], h[1]), columns[k]) > 0]
        if len(heads) != 1:
            continue
        mine = _texts_in(body, columns[k])
        if not mine or not all(_value_cell(seg[2]) for _, seg in mine):
            continue
        for j in (k - 1, k + 1):
            theirs = _texts_in(body, columns[j])
            if (
                overlap((heads[0][0], heads[0][1]), columns[j]) > 0
                and len(theirs) > len(mine)  # the column is the one printing on most lines
                and all(_value_cell(seg[2]) for _, seg in theirs)
                and not {n for n, _ in mine} & {n for n, _ in theirs}
            ):
                keep.remove(columns[k])
                break
    return keep


def _value_cell(text: str) -> bool:
    """A value, or a dash saying the column states none on this row."""
    return is_value(text) or clean_text(text).strip() in ("-", "—", "－", "/")


def _texts_in(body, column: Span) -> list[tuple[int, Segment]]:
    return [(n, seg) for n, segs in enumerate(body) for seg in segs if overlap((seg[0], seg[1]), column) > 0]


def spanning(segments, columns: list[Span]) -> bool:
    """A header text over two or more columns: the header has levels."""
    return any(len(header_columns(seg, columns)) > 1 for segs in segments for seg in segs)


def sub_labels_headed(headers: list[list[str]], columns: list[Span], subs: list[Span]) -> list[list[str]]:
    """A column of sub-items under a blank header cell takes the header of the row labels before it
    ("项目" over 可溶性重金属 and 铅（Pb）): both are row labels."""
    out = [list(row) for row in headers]
    for c, column in enumerate(columns):
        if c and column in subs:
            for row in out:
                row[c] = row[c - 1]
    return out
