"""Render one plan's ranking as a self-contained HTML report (jinja2), and the index of all plans.

Everything shown comes from documents nobody vetted (titles, printed values, file paths), so the
environment autoescapes every expression and links are built here: a PDF link is an absolute
``file:`` URI made from the source path (:func:`pdf_href`), a page image is a relative path inside
the report's own folder (see :mod:`std_extract.rank.evidence`); neither can become a ``javascript:``
URL.  The report opens its evidence from wherever it is opened: the page image travels with it,
the PDF link works as long as the PDF stays where it was ranked from.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from std_extract.rank.chart import ChartPoint, indicator_chart
from std_extract.rank.decide import REASON_ZH, SUPPRESSED_ZH, fmt, review_en, review_zh
from std_extract.rank.result import (
    ComparedValue,
    Evidence,
    IndicatorRanking,
    PlanRanking,
    PlanSummary,
    StandardResult,
)

TEMPLATE = "report.html.j2"
INDEX_TEMPLATE = "index.html.j2"

GATE_WORDS = {
    "record_ok": "提取成功 extraction did not fail",
    "required_clauses": "章节齐全 required chapters present",
    "references_well_formed": "引用标准编号规范且现行 references well formed and current",
}
STATUS_WORDS = {"pass": "通过 pass", "fail": "未通过 fail", "not_checked": "未检查 not checked"}
DIRECTION_WORDS = {
    "lower": "越低越好 lower is better",
    "higher": "越高越好 higher is better",
    "target": "在目标范围内最好 best inside the target range",
}
COMPARATOR_OF = {"lower": "≤", "higher": "≥", "target": "偏差 deviation ≤"}


@dataclass(frozen=True)
class EvidenceLinks:
    """Where the report's evidence links point: a page image beside the report per (document
    sha256, page) and an absolute link per source PDF that was found."""

    images: Mapping[tuple[str, int], str] = field(default_factory=dict)  # -> href relative to the report
    pdfs: Mapping[str, str] = field(default_factory=dict)  # source path -> file: URI
    note: str | None = None  # why some pages have no image (the bound was reached)


def pdf_href(path: str, root: Path | None = None, page: int | None = None) -> str | None:
    """An absolute ``file:`` URI of a local source PDF (a relative ``path`` is taken from ``root``,
    the folder the records were extracted from), with ``#page=N``; an http(s) URL as it is; None
    for other URLs (s3://...), which a browser cannot open."""
    fragment = f"#page={page}" if page else ""
    if "://" in path:
        return quote(path, safe=":/?=&%") + fragment if path.startswith(("http://", "https://")) else None
    if PureWindowsPath(path).drive and not PurePosixPath(path).is_absolute():
        return "file:///" + quote(path.replace("\\", "/"), safe="/:") + fragment
    local = Path(path)
    if not local.is_absolute():
        local = (root or Path.cwd()) / local
    return local.resolve().as_uri() + fragment


@cache
def _environment() -> jinja2.Environment:
    def load(name: str) -> str:
        return (files("std_extract.rank") / "templates" / name).read_text(encoding="utf-8")

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        autoescape=True,  # always: the report shows untrusted extracted text
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["fmt"] = fmt
    env.filters["pct"] = pct
    env.globals.update(
        reason_zh=REASON_ZH,
        suppressed_zh=SUPPRESSED_ZH,
        gate_words=GATE_WORDS,
        status_words=STATUS_WORDS,
        direction_words=DIRECTION_WORDS,
        comparator_of=COMPARATOR_OF,
        review_zh=review_zh,
        review_en=review_en,
    )
    return env


def pct(x: float | None) -> str:
    """A share as a reader says it: 0.923077 -> "92%"; None -> "—"."""
    return "—" if x is None else f"{x:.0%}"


def render_report(ranking: PlanRanking, links: EvidenceLinks | None = None) -> str:
    """The HTML report of one plan: tiers and a chart per indicator, candidates and why, the
    supervision view, the records left out, each value linked to its evidence (page image, PDF)."""
    return "".join(report_chunks(ranking, links))


def report_chunks(ranking: PlanRanking, links: EvidenceLinks | None = None) -> Iterator[str]:
    """:func:`render_report` a piece at a time (jinja2's ``generate``: the same text), for writing
    a large plan's report without holding it whole."""
    links = links or EvidenceLinks()
    template = _environment().get_template(TEMPLATE)
    standards = {s.standard.sha256: s for s in ranking.standards}

    def evidence(sha: str, path: str, page: int | None) -> list[tuple[str, str]]:
        """(label, href) links of one cited page: its image, then the PDF at that page."""
        out = []
        image = links.images.get((sha, page)) if page else None
        if image:
            out.append((f"p. {page}", image))
        pdf = links.pdfs.get(path)
        if pdf:
            out.append(("PDF" if image else f"p. {page} PDF", pdf + (f"#page={page}" if page else "")))
        return out

    charts = {
        ind.indicator: Markup(indicator_chart(ind, chart_points(ranking, ind))) for ind in ranking.indicators
    }
    return template.generate(
        r=ranking,
        standards=standards,
        names=ranking.plan.indicator_names,
        evidence=evidence,
        pdfs=links.pdfs,
        charts=charts,
        links_note=links.note,
        bounds_shown={
            ind.indicator: any(t.bound is not None for t in ind.tiers) for ind in ranking.indicators
        },
        scores=score_words,
        printed=printed_label,
        by_page=evidence_by_page,
    )


def chart_points(ranking: PlanRanking, ind: IndicatorRanking) -> list[ChartPoint]:
    """Every standard with a level on ``ind``: its compared level and tier, or, where it was left
    out as below the floor, the level that breaches it."""
    below: dict[str, float] = {}
    for b in ranking.below_floor:
        if b.indicator == ind.indicator:
            below.setdefault(b.standard.sha256, b.declared)
    points = []
    for s in ranking.standards:
        standing = next((x for x in s.indicators if x.indicator == ind.indicator), None)
        if standing is None:
            continue
        label = s.standard.number or s.standard.sha256[:12]
        if standing.compared is not None:
            points.append(ChartPoint(label, standing.compared.value, standing.tier))
        elif standing.reason == "below_floor" and s.standard.sha256 in below:
            points.append(ChartPoint(label, _on_axis(ind, below[s.standard.sha256]), None, below_floor=True))
    return points


def _on_axis(ind: IndicatorRanking, level: float) -> float:
    """A declared level where the chart draws it: a target indicator's axis is the deviation from
    its target range (how it is compared), not the level."""
    if ind.direction != "target" or ind.target is None:
        return level
    low, high = ind.target
    return max(low - level, level - high, 0.0)


def score_words(s: StandardResult, r: PlanRanking) -> dict[str, str]:
    """The three views in words: share and what it counts."""
    v = s.views
    wanted = len(r.plan.indicator_names)
    checked = [c for c in v.conformance_checks if c.score is not None]
    passed = sum(c.score or 0 for c in checked)
    return {
        "completeness": f"{pct(v.completeness)}（方案{wanted}项指标中声明{len(v.declared)}项 "
        f"declares {len(v.declared)} of the plan's {wanted} indicators）",
        "advancement": "—（无已发布的核心指标排行榜 no published core ranking）"
        if v.advancement is None
        else f"{pct(v.advancement)}（100% = 各已发布核心指标均居第1档 tier 1 on every published ranking）",
        "conformance": "—（未检查 nothing checked）"
        if v.conformance is None
        else f"{pct(v.conformance)}（{len(checked)}项检查得分{fmt(round(passed, 2))} "
        f"score {fmt(round(passed, 2))} over {len(checked)} checks）",
    }


def evidence_by_page(evidence: list[Evidence]) -> list[tuple[int | None, list[str]]]:
    """A value's evidence one entry per page (a value and its row label are often two boxes on
    one page): the page and the texts printed there, in order."""
    pages: dict[int | None, list[str]] = {}
    for e in evidence:
        texts = pages.setdefault(e.page, [])
        if e.source_text and e.source_text not in texts:
            texts.append(e.source_text)
    return list(pages.items())


def printed_label(c: ComparedValue) -> str:
    """The value as printed (the first evidence's text), for a value a reviewer changed."""
    return c.evidence[0].source_text if c.evidence and c.evidence[0].source_text else c.value_text or ""


@dataclass(frozen=True)
class IndexEntry:
    """What the index shows of one plan's ranking: its counts, not its standards (a caller ranking
    one plan at a time keeps this, not the ranking, until the index is written)."""

    plan: PlanSummary
    assigned: int
    ranked: int
    candidates: int
    below_floor: int

    @classmethod
    def of(cls, ranking: PlanRanking) -> IndexEntry:
        return cls(
            ranking.plan, ranking.assigned, ranking.ranked, len(ranking.candidates), len(ranking.below_floor)
        )


def render_index(rankings: Sequence[PlanRanking | IndexEntry], written: set[str], unassigned: int) -> str:
    """The index of a ranking run: each plan's report, and the plans no standard fell under."""
    template = _environment().get_template(INDEX_TEMPLATE)
    entries = [r if isinstance(r, IndexEntry) else IndexEntry.of(r) for r in rankings]
    return template.render(rankings=entries, written=written, unassigned=unassigned)
