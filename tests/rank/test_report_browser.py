"""The ranking report in Chromium: an evidence link opens the cited page, the charts render.

The records are the generated corpus's gold files, with the source paths a batch run over
``corpus/generated`` from the repository root gives (``corpus/generated/X.pdf``), ranked under the
shipped rice plan and written to a folder elsewhere: the case where every relative link broke.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from corpora import REPO

from std_extract.rank import load_plans, rank, select_plans
from std_extract.rank.evidence import EvidenceOptions
from std_extract.rank.output import write_outputs
from std_extract.rank.report import chart_points

from .corpus import gold_files, gold_to_record

# The screenshot in docs/ is refreshed only when asked (STD_EXTRACT_UPDATE_DOCS=1), as the
# workbench's is; otherwise it is still taken, into the test's temporary folder.
SCREENSHOT = REPO / "docs" / "ranking-report.png"
UPDATE_DOCS = os.environ.get("STD_EXTRACT_UPDATE_DOCS") == "1"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not gold_files():
        pytest.skip("corpus/generated is absent")
    records = [gold_to_record(p) for p in gold_files()]
    result = rank(records, select_plans(load_plans(), "rice"))
    out = tmp_path_factory.mktemp("rank-out")
    write_outputs(result, out, EvidenceOptions(root=REPO))
    return result.plans[0], out / "rice" / "report.html"


def test_report_browser_evidence_link_opens_the_cited_page(browser, report):
    ranking, path = report
    page = browser.new_page()
    page.goto(path.as_uri())
    link = page.locator("#standards a.evidence[href$='.png']").first
    expected = (path.parent / link.get_attribute("href")).resolve()
    link.click()
    page.wait_for_load_state()
    assert Path(unquote(urlparse(page.url).path)) == expected
    width = page.evaluate("document.images[0].complete && document.images[0].naturalWidth")
    assert width > 500  # a rendered page, not a broken image
    page.go_back()
    pdf_link = page.locator("#standards a.evidence:text('PDF')").first.get_attribute("href")
    target = urlparse(pdf_link)
    assert target.scheme == "file" and target.fragment.startswith("page=")
    assert Path(unquote(target.path)).is_file() and Path(unquote(target.path)).is_relative_to(REPO / "corpus")
    page.close()


def test_report_browser_chart_per_indicator_renders_every_standard(browser, report):
    ranking, path = report
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(path.as_uri())
    for ind in ranking.indicators:
        expected = len(chart_points(ranking, ind))
        chart = page.locator(f"svg.chart[data-indicator='{ind.indicator}']")
        assert chart.locator("circle.mark").count() == expected > 0
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 50
    marks = page.locator("svg.chart circle.mark")
    assert marks.first.is_visible()
    page.evaluate("document.getElementById('rankings').scrollIntoView()")
    shot = SCREENSHOT if UPDATE_DOCS else path.parent / "ranking-report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    page.close()
