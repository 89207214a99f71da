"""corpus/typst's house style is what its text layer shows (the shared checks of every typeset set are in
test_authored_sets.py): a table that runs onto the next page repeats its header rows under a 续表 line,
an enterprise standard prints its clause text in full width and its folio as 第 N 页　共 M 页, the running
header is the standard number on every page after the cover; and the printer's Typst writer prints text as
string literals (no markup read inside) and refuses a value in a repeated header row.  Dev-split documents
only; nothing here runs the extractor."""

from __future__ import annotations

import pytest
from corpora import TYPST, print_script

from std_extract.evaluate.gold import read_split


def _page_texts(stem: str) -> list[str]:
    import pdfplumber

    assert read_split(TYPST / "split.csv")[stem] == "dev", f"{stem} is not in the dev split"
    path = TYPST / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_typst_continued_table_repeats_its_header_under_a_continuation_line():
    pages = _page_texts("ty_toothpaste_01")
    assert "表2 微生物指标\n项 目 指 标\n" in pages[2]
    assert pages[3].startswith("GB/T 8372—2026\n续表2\n项 目 指 标\n耐热大肠菌群/g 不得检出")


def test_typst_enterprise_standard_prints_full_width_clauses_and_counts_its_pages():
    pages = _page_texts("ty_blanket_01")
    assert "不应大于０．２５ ｍＡ" in pages[2]
    assert "（６５±５）℃" in pages[2]
    assert pages[2].rstrip().endswith("第 1 页 共 2 页")
    assert pages[3].rstrip().endswith("第 2 页 共 2 页")


def test_typst_running_header_is_the_standard_number_after_the_cover():
    pages = _page_texts("ty_phosphate_01")
    assert "HG/T 2517—2026" in pages[0]  # the cover prints the number, under no running header
    assert all(text.startswith("HG/T 2517—2026\n") for text in pages[1:])


@pytest.fixture(scope="module")
def writer():
    with print_script("print_typst") as module:
        yield module


def test_typst_writer_prints_text_as_string_literals(writer):
    assert writer.markup('a "b" \\ #c*') == ['"a \\"b\\" \\\\ #c*"']
    assert writer.markup("10<sup>4</sup> m") == ['"10"', 'super({"4"})', '" m"']
    assert writer.markup("plain") == ['"plain"']  # the negative twin: no markup, one literal
    with pytest.raises(ValueError):
        writer.markup("10<sup>4")
