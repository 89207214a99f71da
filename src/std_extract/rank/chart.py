"""A chart per indicator ranking: every standard's level against the tiers and the floor, as SVG.

Evaluators look at the distribution before they read a table.  The chart is inline SVG built here
(ElementTree escapes every text), so the report needs no script, no network and no image file:

    one dot per standard that declares a comparable level (``circle.mark``), coloured by its tier,
    hollow where no ranking is published, red where the level is looser than the floor;
    the span of each tier as a band, fixed tier bounds as dashed lines, the floor as a red line.

Equal or close values stack upwards, so every standard stays visible.  Past ``MAX_DOTS`` standards
(a national batch) the dots become a histogram: one bar per few pixels of the axis, stacked by tier,
each bar saying how many standards it holds (``rect.bin``, ``data-count``).  When the levels span
three or more orders of magnitude (colony counts) the axis is logarithmic.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from std_extract.rank.decide import fmt
from std_extract.rank.result import IndicatorRanking

WIDTH, LEFT, RIGHT = 680, 24, 24
TOP, ROW, RADIUS = 34, 11, 4.5
TIER_COLOURS = ["#1a7f37", "#4fa3d1", "#d4a72c", "#e0823d", "#9a6fb0"]  # tier 1 first, then cycle
FLOOR_COLOUR = "#c62828"
MAX_DOTS = 400  # more standards: a histogram
BIN_PIXELS = 8
BAR_HEIGHT = 120


@dataclass(frozen=True)
class ChartPoint:
    """One standard on the chart."""

    label: str  # standard number
    value: float  # the compared level in the plan's unit (a deviation for direction target)
    tier: int | None  # None: not in a published tier
    below_floor: bool = False


@dataclass(frozen=True)
class _Axis:
    low: float
    high: float
    log: bool

    def x(self, value: float) -> float:
        a, b, v = self.low, self.high, value
        if self.log:
            a, b, v = math.log10(a), math.log10(b), math.log10(max(value, self.low))
        share = 0.5 if b == a else (v - a) / (b - a)
        return round(LEFT + share * (WIDTH - LEFT - RIGHT), 2)


def indicator_chart(ranking: IndicatorRanking, points: list[ChartPoint]) -> str:
    """The SVG of one indicator (an empty string when no standard has a level)."""
    if not points:
        return ""
    floor = _floor_value(ranking)
    axis = _axis([p.value for p in points] + ([floor] if floor is not None else []) + _bounds(ranking))
    dots = len(points) <= MAX_DOTS
    rows = _stack(points, axis) if dots else {}
    height = TOP + ((max(rows.values()) + 1) * ROW if dots else BAR_HEIGHT) + 40
    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "chart",
            "width": str(WIDTH),
            "height": str(height),
            "viewBox": f"0 0 {WIDTH} {height}",
            "role": "img",
            "data-indicator": ranking.indicator,
        },
    )
    ET.SubElement(svg, "title").text = f"{ranking.name}: {len(points)} standard(s) / 各标准水平分布"
    base = height - 30
    _tier_bands(svg, ranking, axis, base)
    _floor_line(svg, floor, axis, base, ranking.unit)
    _axis_line(svg, axis, base, ranking)
    if dots:
        for index, point in enumerate(points):
            _mark(svg, point, axis.x(point.value), base - 8 - rows[index] * ROW)
    else:
        _histogram(svg, points, axis, base)
    return ET.tostring(svg, encoding="unicode", short_empty_elements=True)


def _floor_value(ranking: IndicatorRanking) -> float | None:
    # A target indicator is compared as its deviation from the target range: the floor (a range of
    # levels) is not on that axis.
    if ranking.floor is None or ranking.direction == "target":
        return None
    return ranking.floor.value


def _bounds(ranking: IndicatorRanking) -> list[float]:
    return [t.bound for t in ranking.tiers if t.bound is not None]


def _axis(values: list[float]) -> _Axis:
    low, high = min(values), max(values)
    if low > 0 and high / low >= 1000:
        return _Axis(low / 1.5, high * 1.5, True)
    pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
    step = _step(high - low + 2 * pad)
    # Ends on round ticks, so the lowest and highest values both have a labelled tick beside them.
    return _Axis(math.floor((low - pad) / step) * step, math.ceil((high + pad) / step) * step, False)


def _step(span: float) -> float:
    """A round tick step giving at most six ticks over ``span``: 1, 2 or 5 times a power of ten."""
    step = 10 ** math.floor(math.log10(span / 5)) if span > 0 else 1.0
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= 6:
            return step * factor
    return step * 10


def _stack(points: list[ChartPoint], axis: _Axis) -> dict[int, int]:
    """A row per point: a dot closer than its diameter to the last one in a row goes a row up
    (points are placed left to right, so only each row's last dot can be in the way)."""
    rows: dict[int, int] = {}
    last: list[float] = []  # per row, the x of its rightmost dot
    for index in sorted(range(len(points)), key=lambda i: (points[i].value, i)):
        x = axis.x(points[index].value)
        row = next((r for r, end in enumerate(last) if x - end >= 2 * RADIUS), len(last))
        if row == len(last):
            last.append(x)
        last[row] = x
        rows[index] = row
    return rows


def _status(point: ChartPoint) -> tuple[str, str]:
    """The point's status word and colour."""
    if point.below_floor:
        return "below_floor", FLOOR_COLOUR
    if point.tier is None:
        return "unpublished", "#999999"
    return "ranked", TIER_COLOURS[(point.tier - 1) % len(TIER_COLOURS)]


def _histogram(svg: ET.Element, points: list[ChartPoint], axis: _Axis, base: float) -> None:
    """Bars of ``BIN_PIXELS`` width, stacked by tier (then unpublished, then below the floor)."""
    bins: dict[int, dict[tuple[int, str, str], int]] = {}
    for point in points:
        status, colour = _status(point)
        key = (point.tier or (99 if status == "unpublished" else 100), status, colour)
        column = bins.setdefault(int((axis.x(point.value) - LEFT) // BIN_PIXELS), {})
        column[key] = column.get(key, 0) + 1
    tallest = max(sum(c.values()) for c in bins.values())
    for column_index, column in sorted(bins.items()):
        x, top = LEFT + column_index * BIN_PIXELS, base
        for (tier, status, colour), count in sorted(column.items()):
            height = round(count / tallest * BAR_HEIGHT, 2)
            top -= height
            bar = ET.SubElement(
                svg,
                "rect",
                {
                    "class": f"bin {status}",
                    "x": str(x),
                    "y": str(round(top, 2)),
                    "width": str(BIN_PIXELS - 1),
                    "height": str(height),
                    "fill": colour,
                    "data-count": str(count),
                },
            )
            label = (
                f"第{tier}档"
                if status == "ranked"
                else {"unpublished": "未发布", "below_floor": "低于底线"}[status]
            )
            ET.SubElement(bar, "title").text = f"{count} standard(s) / 个标准 ({label})"


def _tier_bands(svg: ET.Element, ranking: IndicatorRanking, axis: _Axis, base: float) -> None:
    for tier in ranking.tiers:
        colour = TIER_COLOURS[(tier.tier - 1) % len(TIER_COLOURS)]
        x0, x1 = sorted((axis.x(tier.best), axis.x(tier.worst)))
        ET.SubElement(
            svg,
            "rect",
            {
                "class": "tier",
                "x": str(x0 - RADIUS),
                "y": str(TOP - 6),
                "width": str(round(x1 - x0 + 2 * RADIUS, 2)),
                "height": str(round(base - TOP + 6, 2)),
                "fill": colour,
                "fill-opacity": "0.12",
            },
        )
        label = ET.SubElement(svg, "text", {"x": str(x0 - RADIUS), "y": str(TOP - 10), "font-size": "11"})
        label.text = f"第{tier.tier}档"
        if tier.bound is not None:
            x = str(axis.x(tier.bound))
            attrs = {"class": "bound", "x1": x, "x2": x, "y1": str(TOP - 6), "y2": str(base)}
            ET.SubElement(svg, "line", {**attrs, "stroke": colour, "stroke-dasharray": "4 3"})


def _floor_line(svg: ET.Element, floor: float | None, axis: _Axis, base: float, unit: str | None) -> None:
    if floor is None:
        return
    x = str(axis.x(floor))
    attrs = {"class": "floor", "x1": x, "x2": x, "y1": "14", "y2": str(base), "stroke": FLOOR_COLOUR}
    ET.SubElement(svg, "line", {**attrs, "stroke-width": "2"})
    text = ET.SubElement(svg, "text", {"x": x, "y": "11", "font-size": "11", "fill": FLOOR_COLOUR})
    text.set("text-anchor", "middle")
    text.text = f"底线 floor {number(floor)} {unit or ''}".strip()


def _axis_line(svg: ET.Element, axis: _Axis, base: float, ranking: IndicatorRanking) -> None:
    ET.SubElement(
        svg,
        "line",
        {"x1": str(LEFT), "x2": str(WIDTH - RIGHT), "y1": str(base), "y2": str(base), "stroke": "#555"},
    )
    for value in _ticks(axis):
        x = str(axis.x(value))
        ET.SubElement(svg, "line", {"x1": x, "x2": x, "y1": str(base), "y2": str(base + 4), "stroke": "#555"})
        tick = ET.SubElement(
            svg, "text", {"x": x, "y": str(base + 15), "font-size": "10", "text-anchor": "middle"}
        )
        tick.text = number(value)
    caption = ET.SubElement(svg, "text", {"x": str(LEFT), "y": str(base + 28), "font-size": "11"})
    caption.text = _caption(ranking) + (" · 对数刻度 log scale" if axis.log else "")


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def number(value: float) -> str:
    """An axis label: 0.45, 1200, 150000, 1×10⁶, 2.5×10⁷ (never "1e+06")."""
    if value == 0 or 1e-4 <= abs(value) < 1e6:
        return fmt(value)
    exponent = math.floor(math.log10(abs(value)))
    mantissa = fmt(round(value / 10**exponent, 3))
    power = "10" + str(exponent).translate(_SUPERSCRIPT)
    return power if mantissa == "1" else f"{mantissa}×{power}"


def _caption(ranking: IndicatorRanking) -> str:
    unit = f" ({ranking.unit})" if ranking.unit else ""
    if ranking.direction == "target":
        return f"偏离目标范围 deviation from the target{unit} · 越小越好 lower is better"
    better = "越低越好 lower is better" if ranking.direction == "lower" else "越高越好 higher is better"
    return f"{ranking.name}{unit} · {better}"


def _ticks(axis: _Axis) -> list[float]:
    if axis.log:
        first, last = math.ceil(math.log10(axis.low)), math.floor(math.log10(axis.high))
        return [10.0**e for e in range(first, last + 1)]
    step = _step(axis.high - axis.low)
    start = math.ceil(axis.low / step - 1e-9) * step
    count = int((axis.high - start) / step + 1e-9) + 1
    return [round(start + i * step, 10) for i in range(max(count, 0))]


def _mark(svg: ET.Element, point: ChartPoint, x: float, y: float) -> None:
    if point.below_floor:
        fill, stroke, status = FLOOR_COLOUR, FLOOR_COLOUR, "below_floor"
    elif point.tier is None:
        fill, stroke, status = "white", "#555", "unpublished"
    else:
        colour = TIER_COLOURS[(point.tier - 1) % len(TIER_COLOURS)]
        fill, stroke, status = colour, colour, "ranked"
    circle = ET.SubElement(
        svg,
        "circle",
        {
            "class": f"mark {status}",
            "cx": str(x),
            "cy": str(round(y, 2)),
            "r": str(RADIUS),
            "fill": fill,
            "stroke": stroke,
            "data-value": fmt(point.value),
        },
    )
    tier = f"第{point.tier}档" if point.tier else ("低于底线" if point.below_floor else "未发布")
    ET.SubElement(circle, "title").text = f"{point.label}: {number(point.value)} ({tier})"
