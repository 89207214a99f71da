"""Render one plan's ranking as a self-contained HTML report (jinja2).

Everything shown comes from documents nobody vetted (titles, printed values, file paths), so the
environment autoescapes every expression and links are built by :func:`evidence_href`, which
percent-quotes relative paths (a path can never become a ``javascript:`` URL).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

import jinja2

from std_extract.rank.decide import REASON_ZH, SUPPRESSED_ZH, fmt
from std_extract.rank.result import PlanRanking

TEMPLATE = "report.html.j2"


def evidence_href(path: str, page: int | None = None, base: str = "") -> str:
    """A link to a source PDF at a page (PDF viewers honour ``#page=N``)."""
    fragment = f"#page={page}" if page else ""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute() or PureWindowsPath(path).is_absolute():
        drive = PureWindowsPath(path).drive
        return "file://" + ("/" if drive else "") + quote(posix, safe="/") + fragment
    return base + quote(posix, safe="/") + fragment


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
    env.globals.update(reason_zh=REASON_ZH, suppressed_zh=SUPPRESSED_ZH)
    return env


def render_report(ranking: PlanRanking, base_href: str = "") -> str:
    """The HTML report of one plan: tiers per indicator, candidates and why, supervision view,
    the records left out, each value linked to its evidence (source PDF and page)."""
    template = _environment().get_template(TEMPLATE)
    standards = {s.standard.sha256: s for s in ranking.standards}

    def href(path: str, page: int | None = None) -> str:
        return evidence_href(path, page, base_href)

    return template.render(r=ranking, standards=standards, href=href)
