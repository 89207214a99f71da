"""corpus/weasy's house style is what its text layer shows (the shared checks of every typeset set are in
test_authored_sets.py): a table the author continues on the next page repeats its header under a 续表
line, a table the renderer breaks repeats its header row without one, an enterprise standard prints its
clause text in full width and its folio as 第 N 页／共 M 页 over every physical page, the running header is
the standard number and the short title on every page after the cover, the 前言 counts in roman and the
body from 1, zebra tables shade every second body row; and the printer's HTML writer escapes text (only
its own inline tags kept) and the kit refuses a value in a repeated header row.  Dev-split documents
only; nothing here runs the extractor."""

from __future__ import annotations

import pytest
from corpora import WEASY, print_script

from std_extract.evaluate.gold import read_split


def _pages(stem: str):
    import pdfplumber

    assert read_split(WEASY / "split.csv")[stem] == "dev", f"{stem} is not in the dev split"
    path = WEASY / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return pdfplumber.open(path)


def _page_texts(stem: str) -> list[str]:
    with _pages(stem) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_weasy_continued_table_repeats_its_header_under_a_continuation_line():
    pages = _page_texts("wp_jeans_01")
    assert "表2 缝制质量要求\n项目 部位 单位 要求\n" in pages[3]
    assert "续表2\n项目 部位 单位 要求\n裤后裆缝接缝强力 — N ≥140" in pages[4]


def test_weasy_renderer_repeats_a_broken_tables_header_without_a_continuation_line():
    pages = _page_texts("wp_confinement_01")
    assert "表2 房间环境要求\n项目 条件 要求\n" in pages[2]
    assert pages[3].startswith("T/CMCHA 031—2026 母婴护理中心服务规范\n项目 条件 要求\n夜间 不大于35\n")
    assert "续表" not in pages[3]


def test_weasy_enterprise_standard_prints_full_width_clauses_and_counts_physical_pages():
    pages = _page_texts("wp_dehumidifier_01")
    assert "不应小于名义除湿量的９５％" in pages[2]
    assert "（１．５±０．１）ｍ" in pages[3]
    assert [p.rstrip().splitlines()[-1] for p in pages[1:]] == [f"第 {n} 页／共 4 页" for n in (2, 3, 4)]


def test_weasy_running_header_and_folios():
    pages = _page_texts("wp_wolfberry_01")
    assert not pages[0].startswith("DB64/T 1820—2026 枸杞干果等级规格")  # the cover has no running header
    assert all(text.startswith("DB64/T 1820—2026 枸杞干果等级规格\n") for text in pages[1:])
    assert [p.rstrip().splitlines()[-1] for p in pages[1:]] == ["I", "— 1 —", "— 2 —"]


def _grey_rows(page) -> set[int]:
    """The tops of the grey filled rectangles of a page (the rules are filled black rectangles)."""
    return {
        round(r["top"])
        for r in page.rects
        if r.get("fill") and len(set(c := tuple(r.get("non_stroking_color") or ()))) == 1 and 0 < c[0] < 1
    }


def test_weasy_zebra_table_shades_every_second_row_and_an_outer_table_does_not():
    with _pages("wp_wolfberry_01") as pdf:
        assert len(_grey_rows(pdf.pages[3])) == 5  # 表2 (zebra): 10 body rows, every second one shaded
        assert _grey_rows(pdf.pages[2]) == set()  # 表1 (outer frame only) is the only table on that page


@pytest.fixture(scope="module")
def writer():
    with print_script("print_weasy") as module:
        yield module


def test_weasy_writer_escapes_text_and_keeps_its_inline_tags(writer):
    assert writer.markup("a < b & c") == "a &lt; b &amp; c"
    assert writer.markup("10<sup>4</sup> m<br/>x") == "10<sup>4</sup> m<br/>x"
    assert writer.markup("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"  # not one of its tags: printed as text
    assert writer.markup("plain") == "plain"  # the negative twin: nothing to change
    with pytest.raises(ValueError):
        writer.markup("10<sup>4")
