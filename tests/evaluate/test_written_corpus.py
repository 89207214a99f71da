"""corpus/written (hand-written Q/ and T/ standards, corpus/written/README.md) is whole: every gold file
loads, names a PDF beside it whose sha256 it records, labels pages the PDF has, sits in exactly one
split of split.csv, and every number of every record is printed on its page in pdfplumber's text layer
(std_extract.evaluate.goldcheck, which scripts/print_written.py runs; tests/evaluate/test_goldcheck.py
shows it catches a wrong value or page).  Nothing here runs the extractor; the regression guard scores
the set."""

from __future__ import annotations

import pdfplumber
import pytest
from corpora import WRITTEN

from std_extract.evaluate.gold import find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file


def _entries():
    paths = find_gold_files(WRITTEN)
    if not paths:
        pytest.skip(f"no gold files in {WRITTEN}")
    return [load_entry(path) for path in paths]


def test_written_corpus_every_gold_has_its_pdf_unchanged():
    entries = _entries()
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == WRITTEN for e in entries)


def test_written_corpus_gold_pages_exist_and_every_gold_has_indicators():
    for entry in _entries():
        assert entry.gold.indicators, entry.stem
        with pdfplumber.open(entry.pdf_path) as pdf:
            pages = len(pdf.pages)
        outside = [i.name for i in entry.gold.indicators if not (i.page and 1 <= i.page <= pages)]
        assert outside == [], (entry.stem, outside)


def test_written_corpus_split_lists_each_document_once():
    stems = sorted(e.stem for e in _entries())
    split = read_split(WRITTEN / "split.csv")
    assert sorted(split) == stems
    assert set(split.values()) == {"dev", "test"}


@pytest.mark.parametrize(
    "stem", sorted(p.name.removesuffix(".gold.json") for p in WRITTEN.glob("*.gold.json"))
)
def test_written_corpus_every_gold_number_is_printed_on_its_page(stem):
    problems = check_gold_file(WRITTEN / f"{stem}.gold.json", require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []
