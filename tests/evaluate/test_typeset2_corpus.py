"""What is particular to corpus/typeset2 (a second batch typeset by XeLaTeX, fully boxed GB tables,
corpus/typeset2/README.md): a grade table running onto a continuation page with its header.  The checks
every XeLaTeX-printed set shares (whole, split, gold printed on its pages, byte-identical reprint) are in
test_authored_sets.py.  Nothing here runs the extractor."""

from __future__ import annotations

from corpora import TYPESET2


def test_typeset2_corpus_grade_table_runs_onto_a_continuation_with_its_header():
    """FZ/T 62006's 表1 runs onto the next page: that page opens with 续表1 and the two header rows again
    (要求 over 优等品 | 一等品 | 合格品) before the rows it carries on with."""
    import pdfplumber

    with pdfplumber.open(TYPESET2 / "ts2_towel_01.pdf") as pdf:
        lines = (pdf.pages[3].extract_text() or "").splitlines()
    assert lines[1] == "续表1"
    assert lines[4].split() == ["优等品", "一等品", "合格品"]
