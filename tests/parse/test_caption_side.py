"""Captions set below their tables (parse/captionside.py) and tables floated past the clause that
cites them (parse/assemble.assign_table_clauses): pages built by hand (tablepages.py), each with a
twin in GB/T 1.1 style (caption above, the table where it is cited) that must read as before."""

from __future__ import annotations

from dataclasses import replace

import pytest

from std_extract.document import Clause
from std_extract.parse.assemble import assign_table_clauses
from std_extract.parse.captionside import captions_below
from std_extract.parse.model import PageScan
from std_extract.parse.tables import pages_to_tables

from .builders import line
from .tablepages import Sheet, Span, sheet_page

FIRST = Sheet(
    [Span("项目", 0, 0), Span("指标", 0, 1)],
    [["水分/%", "≤12.0"], ["灰分/%", "≤1.5"]],
    caption="表1 理化指标",
    notes=["注：以干基计。"],
)
SECOND = Sheet(
    [Span("项目", 0, 0), Span("限量", 0, 1)],
    [["铅/(mg/kg)", "≤0.2"], ["镉/(mg/kg)", "≤0.1"]],
    caption="表2 污染物限量",
)


def _two_tables(ruling: str, below: bool) -> PageScan:
    """Two tables one under the other on one page, both captioned above or both below: the caption
    between them is the second's (above) or the first's (below)."""
    first = sheet_page(replace(FIRST, caption_below=below), ruling, top=100.0)
    second = sheet_page(replace(SECOND, caption_below=below), ruling, top=first.page.lines[-1].bbox[3] + 14.0)
    lines = sorted([*first.page.lines, *second.page.lines], key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    page = first.page.model_copy(update={"lines": lines})
    return PageScan(page=page, grids=first.grids + second.grids, rules=first.rules + second.rules)


def _captions(scan: PageScan) -> list[tuple[str | None, list[str]]]:
    tables, _ = pages_to_tables([scan])
    return [(t.number, [row[0].text for row in t.rows]) for t in tables]


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_caption_side_caption_below_names_the_table_over_it(ruling: str):
    scan = _two_tables(ruling, below=True)
    assert captions_below([scan])
    assert _captions(scan) == [("1", ["水分/%", "灰分/%"]), ("2", ["铅/(mg/kg)", "镉/(mg/kg)"])]
    tables, _ = pages_to_tables([scan])
    assert tables[0].notes == ["注：以干基计。"]  # the notes between the table and its caption stay its own


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_caption_side_caption_above_twin_keeps_gb_style(ruling: str):
    """GB/T 1.1 style: the caption under the first table's notes heads the second table."""
    scan = _two_tables(ruling, below=False)
    assert not captions_below([scan])
    assert _captions(scan) == [("1", ["水分/%", "灰分/%"]), ("2", ["铅/(mg/kg)", "镉/(mg/kg)"])]


def test_caption_side_a_caption_between_two_tables_does_not_vote():
    """A caption with a table on both sides says nothing; one running-head rule over a caption at the
    top of a page closes no table (a rule with no text over it)."""
    scan = _two_tables("grid", below=True)
    middle = next(ln for ln in scan.page.lines if ln.text == "表1 理化指标")
    lone = scan.model_copy(update={"page": scan.page.model_copy(update={"lines": [*scan.page.lines]})})
    lone.page.lines = [ln for ln in scan.page.lines if ln.text != "表2 污染物限量"]
    assert middle in lone.page.lines and not captions_below([lone])


def _clause(number: str, title: str, text: str, page: int, index: int, kind: str = "clause") -> Clause:
    return Clause(
        number=number, title=title, kind=kind, level=number.count(".") + 1, text=text,
        page_start=page, page_end=page, line_refs=[(page, index)],
    )  # fmt: skip


def _floated(cited_by: str) -> tuple[list, list[Clause]]:
    """Chapter 4 cites 表1 on page 3; the table floats to page 4, after chapter 7's heading."""
    page3 = sheet_page(Sheet([Span("x", 0, 0)], [], caption="表9"), "unruled", 3).page
    page3.lines = [line(3, "4 要求", 100.0), line(3, f"4.1 {cited_by}", 120.0), line(3, "7 标志", 700.0)]
    scan = sheet_page(replace(FIRST, caption_below=True), "grid", 4, top=100.0)
    tables, _ = pages_to_tables([scan])
    four = _clause("4", "要求", "", 3, 0, "chapter")
    four.children = [_clause("4.1", "", cited_by, 3, 1)]
    seven = _clause("7", "标志", "", 3, 2, "chapter")
    assign_table_clauses(tables, [four, seven], [page3, scan.page])
    return tables, [four, seven]


def test_caption_side_floated_table_belongs_to_the_clause_citing_it():
    tables, (four, _) = _floated("产品的理化指标应符合表1的规定。")
    assert tables[0].number == "1" and tables[0].clause == "4.1"
    assert tables[0].intro_text == "产品的理化指标应符合表1的规定。"
    assert four.page_end == 4  # the chapter runs on to the table's page: a requirement table


def test_caption_side_floated_table_twin_cited_by_no_clause_stays_where_it_is():
    """A clause citing another table (表10, not 表1) leaves the table in the clause it is set in."""
    tables, (four, _) = _floated("产品的理化指标应符合表10的规定。")
    assert tables[0].clause == "7" and four.page_end == 3
