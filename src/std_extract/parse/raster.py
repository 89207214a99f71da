"""Page images: rendering, ink, and the ruling lines of scanned tables (numpy only).

A scanned page has no vector lines for pdfplumber's TableFinder, so its table rules are found on
the raster: a morphological opening with a long thin structuring element keeps only runs of ink
at least that long (text strokes are short), the classic line detector of document scanners.
The opening is written with cumulative sums so it needs numpy alone.  The segments found become
the same ``RuledGrid`` a digital page's TableFinder gives (see ``segments_to_grids``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from std_extract.parse.model import GridCell, HRule, RuledGrid

INK = 160  # grey level (0-255) below which a pixel is ink; scans print on off-white paper
RULE_INK = 215  # ... and for rules, which a 150-dpi scan leaves thin and light grey (GB/T 22438)
RULE_MM = 9.0  # horizontal ink runs at least this long are rules (a CJK glyph is ~3.7 mm at 10.5 pt;
# runs of dashes "——" reach 7.4 mm)
VERTICAL_RULE_MM = 4.5  # vertical rules are shorter: one table row of 18 pt is 6.3 mm high
RULE_GAP_PX = 3  # small breaks in a scanned rule are bridged before the opening
MIN_SEGMENT_PT = 8.0  # shorter segments are noise (and pdfplumber drops them as cell edges anyway)
SNAP_PT = 3.0  # rules of one cell border drawn a little askew snap together (pdfplumber's default)
BORDER_SHARE = 0.5  # a border between two slots is ruled when rules cover this share of it


@dataclass(frozen=True, slots=True)
class Segment:
    """A ruling line in page points: horizontal (top == bottom) or vertical (x0 == x1)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


def render_gray(pdfium_page, dpi: float) -> np.ndarray:
    """The page as an 8-bit greyscale array (rows from the top) at ``dpi``."""
    bitmap = pdfium_page.render(scale=dpi / 72.0, grayscale=True)
    array = bitmap.to_numpy()
    return np.ascontiguousarray(array[..., 0] if array.ndim == 3 else array)


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """True where the page is printed."""
    return gray < INK


def opening(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Morphological opening of a boolean image with a 1 x ``length`` line along ``axis``:
    the pixels that lie on a run of at least ``length`` set pixels in that direction."""
    if length <= 1:
        return mask.copy()
    work = mask if axis == 1 else mask.T
    counts = np.cumsum(np.pad(work, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (counts[:, length:] - counts[:, :-length]) == length  # erosion: windows all set
    # dilation back: a pixel is kept when any full window covers it
    starts = np.cumsum(np.pad(full, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    n = work.shape[1]
    index = np.arange(n)
    hi = np.clip(index + 1, 0, full.shape[1])
    lo = np.clip(index - length + 1, 0, full.shape[1])
    kept = (starts[:, hi] - starts[:, lo]) > 0
    return kept if axis == 1 else kept.T


def close_gaps(mask: np.ndarray, gap: int, axis: int) -> np.ndarray:
    """Bridge breaks of up to ``gap`` pixels along ``axis`` (a dilation; the opening that follows
    only keeps long runs, so text grows a little but is removed anyway)."""
    out = mask.copy()
    for shift in range(1, gap + 1):
        if axis == 1:
            out[:, shift:] |= mask[:, :-shift]
        else:
            out[shift:, :] |= mask[:-shift, :]
    return out


def rule_masks(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical rule pixels of a page image."""
    ink = gray < RULE_INK
    across = max(3, round(RULE_MM / 25.4 * dpi))
    down = max(3, round(VERTICAL_RULE_MM / 25.4 * dpi))
    horizontal = opening(close_gaps(ink, RULE_GAP_PX, 1), across, 1) & ink
    vertical = opening(close_gaps(ink, RULE_GAP_PX, 0), down, 0) & ink
    return horizontal, vertical


def ruling_segments(gray: np.ndarray, dpi: float) -> list[Segment]:
    """The ruling lines of a page image as segments in page points."""
    horizontal, vertical = rule_masks(gray, dpi)
    scale = 72.0 / dpi
    return _runs(horizontal, scale, axis=1) + _runs(vertical, scale, axis=0)


def _runs(mask: np.ndarray, scale: float, axis: int) -> list[Segment]:
    """Each band of adjacent rows (or columns) holding rule pixels -> its segments.

    A scanned rule is 1-4 pixels thick and a little askew, so the rule pixels of neighbouring
    rows are projected onto one line and split where the projection has a gap."""
    work = mask if axis == 1 else mask.T
    rows = np.flatnonzero(work.any(axis=1))
    segments: list[Segment] = []
    if rows.size == 0:
        return segments
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for band in bands:
        projection = np.asarray(work[band[0] : band[-1] + 1].any(axis=0))
        where = (band[0] + band[-1] + 1) / 2 * scale
        for start, end in _true_runs(projection):
            if (end - start) * scale < MIN_SEGMENT_PT:
                continue
            a, b = start * scale, end * scale
            segments.append(Segment(a, where, b, where) if axis == 1 else Segment(where, a, where, b))
    return segments


def _true_runs(values: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate(([False], values, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def segments_to_grids(segments: list[Segment], page: int) -> list[RuledGrid]:
    """Ruled grids from the segments of a scanned page.

    pdfplumber's cell finder needs every corner of a cell joined by edges; a scanned rule is
    broken in places and a little askew, so here a grid is built the tolerant way: the segments
    that touch form a table; its rules, snapped, give column and row edges; two neighbouring
    slots of the grid are one cell unless a rule covers most of the border between them."""
    grids = []
    for group in _touching(segments):
        xs = _snap([s.x0 for s in group if not s.horizontal])
        ys = _snap([s.top for s in group if s.horizontal])
        if len(xs) < 3 or len(ys) < 3:
            continue
        grid = _grid(group, xs, ys, page)
        if grid.n_rows >= 2 and grid.n_cols >= 2:
            grids.append(grid)
    return grids


def _touching(segments: list[Segment]) -> list[list[Segment]]:
    """Groups of segments joined by crossings (within SNAP_PT): each group is one table."""
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(segments):
        for j in range(i + 1, len(segments)):
            b = segments[j]
            if a.horizontal != b.horizontal and _cross(a, b):
                parent[find(i)] = find(j)
    groups: dict[int, list[Segment]] = {}
    for i, segment in enumerate(segments):
        groups.setdefault(find(i), []).append(segment)
    return list(groups.values())


def _cross(a: Segment, b: Segment) -> bool:
    h, v = (a, b) if a.horizontal else (b, a)
    return h.x0 - SNAP_PT <= v.x0 <= h.x1 + SNAP_PT and v.top - SNAP_PT <= h.top <= v.bottom + SNAP_PT


def _snap(values: list[float]) -> list[float]:
    """Positions within SNAP_PT of each other -> their mean."""
    clusters: list[list[float]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= SNAP_PT:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return [sum(c) / len(c) for c in clusters]


def _grid(group: list[Segment], xs: list[float], ys: list[float], page: int) -> RuledGrid:
    rows, cols = len(ys) - 1, len(xs) - 1
    vertical = [s for s in group if not s.horizontal]
    horizontal = [s for s in group if s.horizontal]
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _ruled(vertical, xs[c + 1], ys[r], ys[r + 1], vertical=True):
                parent[find(r * cols + c)] = find(r * cols + c + 1)
            if r + 1 < rows and not _ruled(horizontal, ys[r + 1], xs[c], xs[c + 1], vertical=False):
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
    slots: dict[int, list[tuple[int, int]]] = {}
    for r in range(rows):
        for c in range(cols):
            slots.setdefault(find(r * cols + c), []).append((r, c))
    cells = []
    for members in slots.values():
        r0, r1 = min(r for r, _ in members), max(r for r, _ in members) + 1
        c0, c1 = min(c for _, c in members), max(c for _, c in members) + 1
        bbox = (xs[c0], ys[r0], xs[c1], ys[r1])
        cells.append(GridCell(row=r0, col=c0, bbox=bbox, row_span=r1 - r0, col_span=c1 - c0))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return RuledGrid(page=page, bbox=(xs[0], ys[0], xs[-1], ys[-1]), col_edges=xs, row_edges=ys, cells=cells)


def _ruled(segments: list[Segment], at: float, start: float, end: float, vertical: bool) -> bool:
    """A rule at ``at`` covers most of the border from ``start`` to ``end``."""
    covered = 0.0
    for s in segments:
        position, a, b = (s.x0, s.top, s.bottom) if vertical else (s.top, s.x0, s.x1)
        if abs(position - at) <= SNAP_PT:
            covered += max(0.0, min(b, end) - max(a, start))
    return covered >= BORDER_SHARE * (end - start)


def segments_to_rules(segments: list[Segment]) -> list[HRule]:
    """Horizontal segments as the page's rules (the rules of three-line tables)."""
    rules = [HRule(x0=s.x0, x1=s.x1, y=s.top) for s in segments if s.horizontal]
    return sorted(rules, key=lambda r: (round(r.y), r.x0))
