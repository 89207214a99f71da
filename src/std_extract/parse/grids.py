"""Ruled table grids and horizontal rules of a pdfplumber page (geometry only, no text).

pdfplumber's TableFinder turns ruling lines into cells; here each table's cells are placed on a
grid of column and row edges with their spans, which is what merged-cell filling needs
(pdfplumber's own ``extract`` returns None for the slots a spanning cell covers).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from std_extract.parse.model import GridCell, HRule, RuledGrid

SNAP = 1.5  # edges closer than this (points) are the same edge
THIN = 2.0  # a rect thinner than this is a rule
MIN_RULE = 20.0  # shorter horizontal strokes are not table rules (underlines of single glyphs)


def page_grids(plumber_page: Any, page: int) -> list[RuledGrid]:
    """The ruled tables pdfplumber finds on a page (a backend's ``PageGeometry``), as grids with spans;
    a grid of one column is no table (a frame round a table whose columns are not ruled: the
    three-line reader takes it from its rules and text)."""
    if len(plumber_page.rects) + len(plumber_page.lines) < 4:
        return []  # a grid needs at least four strokes; most text pages have none
    if any(_is_shading(o) for o in plumber_page.rects):
        plumber_page = replace(plumber_page, rects=[o for o in plumber_page.rects if not _is_shading(o)])
    if sides := open_sides(page_rules(plumber_page), _vertical_strokes(plumber_page)):
        plumber_page = replace(plumber_page, lines=[*plumber_page.lines, *sides])
    grids = []
    for table in plumber_page.find_tables():
        grid = cells_to_grid(table.cells, page)
        if grid is not None and len(grid.col_edges) > 2:
            grids.append(grid)
    return grids


def _vertical_strokes(plumber_page: Any) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of each vertical stroke of the page (a line, or a rect's side)."""
    return [
        (e["x0"], e["top"], e["bottom"])
        for e in plumber_page.edges
        if e["orientation"] == "v" and e["bottom"] - e["top"] >= THIN
    ]


def open_sides(rules: list[HRule], verticals: list[tuple[float, float, float]]) -> list[dict[str, Any]]:
    """The outer borders a ruled table leaves undrawn, as vertical lines (GB/T 1.1 tables and word
    processors' "open" style: column rules inside, no rule down the left or right side; the rows'
    rules run on to where the side would be).  pdfplumber's finder closes cells only between two
    vertical rules, so the row-label column and a last method column were dropped from the grid.

    A side is drawn where rules ending at one x (their left ends, or their right ends) stack into a
    table: each band between two of them crossed by a column rule that does not reach that x.  A
    three-line table (no column rules) gets none: the three-line reader reads it from its rules."""
    sides: list[dict[str, Any]] = []
    for end in ("x0", "x1"):
        for x, run in _stacked_rules(rules, verticals, end):
            top, bottom = run[0].y, run[-1].y
            drawn = any(
                abs(vx - x) <= SNAP and vt <= top + SNAP and vb >= bottom - SNAP for vx, vt, vb in verticals
            )
            if not drawn:
                sides.append(_side(x, top, bottom))
    return sides


def _stacked_rules(
    rules: list[HRule], verticals: list[tuple[float, float, float]], end: str
) -> list[tuple[float, list[HRule]]]:
    """Runs of at least three rules sharing one end (``x0`` or ``x1``), each band between two
    consecutive rules crossed by a column rule strictly inside the rules."""
    by_end: dict[float, list[HRule]] = {}
    for rule in sorted(rules, key=lambda r: r.y):
        x = getattr(rule, end)
        key = next((k for k in by_end if abs(k - x) <= SNAP), x)
        by_end.setdefault(key, []).append(rule)
    runs = []
    for x, stack in by_end.items():
        run: list[HRule] = []
        for rule in stack:
            if run and not _column_rule_between(run[-1], rule, verticals):
                if len(run) >= 3:
                    runs.append((x, run))
                run = []
            run.append(rule)
        if len(run) >= 3:
            runs.append((x, run))
    return runs


def _column_rule_between(upper: HRule, lower: HRule, verticals: list[tuple[float, float, float]]) -> bool:
    left, right = max(upper.x0, lower.x0) + 2 * SNAP, min(upper.x1, lower.x1) - 2 * SNAP
    return any(
        left < vx < right and vt <= upper.y + SNAP and vb >= lower.y - SNAP for vx, vt, vb in verticals
    )


def _side(x: float, top: float, bottom: float) -> dict[str, Any]:
    return {
        "object_type": "line",
        "x0": x,
        "x1": x,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": 0.0,
        "height": bottom - top,
    }


def _is_shading(obj: dict[str, Any]) -> bool:
    """A filled, unstroked rectangle wider and taller than a rule: a cell's or a row's background
    (banded rows of a word processor's table style, a shaded header), not a border.  pdfplumber takes
    every rectangle's edges for ruling lines, so a banded table whose rows have no column rules would
    get columns in its shaded rows only and each unshaded row read as one merged cell.  Borders drawn
    as thin filled rectangles (word processors draw them so) stay rules."""
    return (
        bool(obj.get("fill"))
        and not obj.get("stroke")
        and obj["bottom"] - obj["top"] >= THIN
        and obj["x1"] - obj["x0"] >= THIN
    )


def cells_to_grid(cells: list[tuple[float, float, float, float]], page: int) -> RuledGrid | None:
    """Cell rectangles -> a grid: shared column and row edges, each cell with its row/col spans."""
    if not cells:
        return None
    col_edges = _snap(sorted({c[0] for c in cells} | {c[2] for c in cells}))
    row_edges = _snap(sorted({c[1] for c in cells} | {c[3] for c in cells}))
    placed = []
    for x0, top, x1, bottom in cells:
        col, col_end = _index(col_edges, x0), _index(col_edges, x1)
        row, row_end = _index(row_edges, top), _index(row_edges, bottom)
        if col_end <= col or row_end <= row:
            continue
        placed.append(
            GridCell(
                row=row, col=col, bbox=(x0, top, x1, bottom), row_span=row_end - row, col_span=col_end - col
            )
        )
    bbox = (col_edges[0], row_edges[0], col_edges[-1], row_edges[-1])
    return RuledGrid(page=page, bbox=bbox, col_edges=col_edges, row_edges=row_edges, cells=placed)


def _snap(values: list[float]) -> list[float]:
    snapped: list[float] = []
    for value in values:
        if not snapped or value - snapped[-1] > SNAP:
            snapped.append(value)
    return snapped


def _index(edges: list[float], value: float) -> int:
    """The index of the edge nearest to ``value`` (edges are sorted)."""
    i = bisect_left(edges, value)
    if i == len(edges) or (i > 0 and value - edges[i - 1] < edges[i] - value):
        return i - 1
    return i


def page_rules(plumber_page: Any) -> list[HRule]:
    """Horizontal rules: lines and thin rects (the top, header and bottom rules of three-line tables)."""
    rules = [
        HRule(x0=o["x0"], x1=o["x1"], y=(o["top"] + o["bottom"]) / 2)
        for o in list(plumber_page.lines) + list(plumber_page.rects)
        if o["bottom"] - o["top"] < THIN and o["x1"] - o["x0"] >= MIN_RULE
    ]
    return _join_rules(sorted(rules, key=lambda r: (round(r.y), r.x0)))


def _join_rules(rules: list[HRule]) -> list[HRule]:
    """Rule segments on one height that touch (rules drawn cell by cell) -> one rule."""
    joined: list[HRule] = []
    for rule in rules:
        last = joined[-1] if joined else None
        if last and abs(last.y - rule.y) < SNAP and rule.x0 <= last.x1 + SNAP:
            joined[-1] = HRule(x0=last.x0, x1=max(last.x1, rule.x1), y=last.y)
        else:
            joined.append(rule)
    return joined
