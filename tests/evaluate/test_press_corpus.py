"""What is particular to corpus/press (another publisher's house style, scripts/print_press.py,
corpus/press/README.md): full-width digits in clause text and a continued table.  The checks every
XeLaTeX-printed set shares (whole, split, gold printed on its pages, byte-identical reprint) are in
test_authored_sets.py.  Nothing here runs the extractor."""

from __future__ import annotations

import unicodedata

from corpora import PRESS


def test_press_corpus_clause_text_prints_full_width_digits():
    """The house style of some documents: clause text with full-width digits and letters (Standards Press
    style), which the text layer keeps as such (NFKC folds them for the check)."""
    import pdfplumber

    with pdfplumber.open(PRESS / "pr_alumsulfate_01.pdf") as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages[2:])
    assert "０．５％" in text
    assert unicodedata.normalize("NFKC", "≤１２％") == "≤12%"
    assert "≤１２％" in text


def test_press_corpus_a_table_runs_onto_a_continuation_with_its_header():
    """T/CAS 812's 表1 runs onto the next page, which opens with 续表1 and the header rows again."""
    import pdfplumber

    with pdfplumber.open(PRESS / "pr_applianceservice_01.pdf") as pdf:
        lines = (pdf.pages[3].extract_text() or "").splitlines()
    assert lines[1] == "续表1"
    assert lines[4].split() == ["一级", "二级", "三级"]
