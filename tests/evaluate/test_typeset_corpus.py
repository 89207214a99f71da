"""What is particular to corpus/typeset (national and sector standards typeset by XeLaTeX as a standards
publisher sets them, corpus/typeset/README.md): its print route and faces, its continued tables and raised
footnote letters.  The checks every XeLaTeX-printed set shares (whole, split, gold printed on its pages)
are in test_authored_sets.py.  Nothing here runs the extractor."""

from __future__ import annotations

from corpora import TYPESET


def test_typeset_corpus_is_typeset_by_xetex_with_embedded_debian_faces():
    """The print route is XeLaTeX (xdvipdfmx), the faces embedded as subsets: AR PL UMing, WenQuanYi Zen
    Hei and TeX Gyre Termes."""
    import pdfplumber

    with pdfplumber.open(TYPESET / "ts_sugar_01.pdf") as pdf:
        assert pdf.metadata["Producer"].startswith("xdvipdfmx")
        fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert {"UMingCN", "WenQuanYiZenHei", "TeXGyreTermes-Regular"} <= fonts


def test_typeset_corpus_continued_table_repeats_its_header_under_a_continuation_caption():
    """GB 31601's 表1 runs onto the next page: that page opens with 续表1 and the two header rows again
    (每100 kJ | 每100 kcal over 最小值 | 最大值) before the rows it carries on with."""
    import pdfplumber

    with pdfplumber.open(TYPESET / "ts_maternal_01.pdf") as pdf:
        lines = (pdf.pages[3].extract_text() or "").splitlines()
    assert lines[1] == "续表1"
    assert lines[2].replace(" ", "") == "每100kJ每100kcal"
    assert lines[4].split() == ["最小值", "最大值", "最小值", "最大值"]


def test_typeset_corpus_footnote_letters_are_raised_and_smaller():
    """The footnote letter after a label (霉菌<sup>b</sup> in GB 19295 表2) is set as a superscript: a
    smaller glyph whose baseline sits above the label's."""
    import pdfplumber

    with pdfplumber.open(TYPESET / "ts_quickfrozen_01.pdf") as pdf:
        chars = pdf.pages[3].chars
    text = "".join(c["text"] for c in chars)
    at = text.index("霉菌b")
    label, mark = chars[at + 1], chars[at + 2]
    assert mark["size"] < 0.75 * label["size"]
    assert mark["bottom"] < label["bottom"] - 1
