"""corpus/typeset (national and sector standards typeset by XeLaTeX as a standards publisher sets them,
corpus/typeset/README.md) is whole and its gold is what the PDFs print: every gold file loads with the
evaluator's own model, names a PDF beside it whose sha256 it records, sits in exactly one split of
split.csv, and every number of every record is printed on its page in pdfplumber's text layer
(std_extract.evaluate.goldcheck, which scripts/print_typeset.py runs; it needs no TeX).  Nothing here runs
the extractor: its test split is held out (its dev split opened after the first run, README)."""

from __future__ import annotations

import json
import shutil

import pytest
from corpora import TYPESET

from std_extract.digest import file_sha256
from std_extract.evaluate.gold import Gold, find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file

STEMS = sorted(p.name.removesuffix(".gold.json") for p in TYPESET.glob("*.gold.json"))


def _entries():
    paths = find_gold_files(TYPESET)
    if not paths:
        pytest.skip(f"no gold files in {TYPESET}")
    return [load_entry(path) for path in paths]


def test_typeset_corpus_every_gold_has_its_pdf_unchanged():
    entries = _entries()
    assert len(entries) == 12
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == TYPESET for e in entries)


def test_typeset_corpus_split_pairs_each_topic_across_the_halves():
    stems = sorted(e.stem for e in _entries())
    split = read_split(TYPESET / "split.csv")
    assert sorted(split) == stems
    halves = list(split.values())
    assert halves.count("dev") == halves.count("test") == 6


@pytest.mark.parametrize("stem", STEMS)
def test_typeset_corpus_gold_validates_and_records_its_pdf_sha256(stem):
    """The gold file validates against the gold format (the evaluator's Gold model) and its sha256 is
    the sha256 of the PDF beside it."""
    data = json.loads((TYPESET / f"{stem}.gold.json").read_text(encoding="utf-8"))
    gold = Gold.model_validate(data)
    assert gold.indicators
    assert data["file"] == f"{stem}.pdf"
    assert data["sha256"] == file_sha256(TYPESET / f"{stem}.pdf")


@pytest.mark.parametrize("stem", STEMS)
def test_typeset_corpus_every_gold_number_is_printed_on_its_page(stem):
    gold = TYPESET / f"{stem}.gold.json"
    problems = check_gold_file(gold, require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []


def test_typeset_corpus_is_typeset_by_xetex_with_embedded_debian_faces():
    """The print route is XeLaTeX (xdvipdfmx), the faces embedded as subsets: AR PL UMing, WenQuanYi Zen
    Hei and TeX Gyre Termes."""
    import pdfplumber

    with pdfplumber.open(TYPESET / "ts_sugar_01.pdf") as pdf:
        assert pdf.metadata["Producer"].startswith("xdvipdfmx")
        fonts = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}
    assert {"UMingCN", "WenQuanYiZenHei", "TeXGyreTermes-Regular"} <= fonts


def test_typeset_corpus_check_catches_a_wrong_value_and_a_wrong_page(tmp_path):
    """The check is not vacuous on this set's files: a gold number its value does not print, or a page
    the value is not on, fails."""
    stem = "ts_hclmethod_01"
    (tmp_path / "src" / "printed").mkdir(parents=True)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        shutil.copy(TYPESET / name, tmp_path / name)
    gold = tmp_path / f"{stem}.gold.json"
    assert check_gold_file(gold, require_printed=True) == []
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    printed = json.loads(printed_path.read_text(encoding="utf-8"))
    printed[0]["records"][0]["value"] = 0.99  # ≥0.999 does not print 0.99
    printed[1]["page"] = 1  # the 校准曲线 check is not printed on the cover
    printed_path.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    problems = [str(p) for p in check_gold_file(gold, require_printed=True)]
    assert any("0.99" in p for p in problems), problems
    assert any(p.startswith(f"{stem} p1") for p in problems), problems


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
