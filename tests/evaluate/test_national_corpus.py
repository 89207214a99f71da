"""corpus/national (hand-written national and sector standards, corpus/national/README.md) is whole and its
gold is what the PDFs print: every gold file loads with the evaluator's own model, names a PDF beside it whose
sha256 it records, sits in exactly one split of split.csv, and every number of every record is printed on
its page in pdfplumber's text layer (std_extract.evaluate.goldcheck, which scripts/print_national.py
runs; tests/evaluate/test_goldcheck.py shows it catches a wrong value or page).  Nothing here runs the
extractor; the regression guard scores the set."""

from __future__ import annotations

import pytest
from corpora import NATIONAL

from std_extract.evaluate.gold import find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file


def _entries():
    paths = find_gold_files(NATIONAL)
    if not paths:
        pytest.skip(f"no gold files in {NATIONAL}")
    return [load_entry(path) for path in paths]


def test_national_corpus_every_gold_has_its_pdf_unchanged():
    entries = _entries()
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == NATIONAL for e in entries)


def test_national_corpus_split_lists_each_document_once():
    stems = sorted(e.stem for e in _entries())
    split = read_split(NATIONAL / "split.csv")
    assert sorted(split) == stems
    assert set(split.values()) == {"dev", "test"}
    # each topic pair has one document in each half (corpus/national/README.md)
    assert sum(1 for s in split.values() if s == "dev") == sum(1 for s in split.values() if s == "test")


@pytest.mark.parametrize(
    "stem", sorted(p.name.removesuffix(".gold.json") for p in NATIONAL.glob("*.gold.json"))
)
def test_national_corpus_every_gold_number_is_printed_on_its_page(stem):
    problems = check_gold_file(NATIONAL / f"{stem}.gold.json", require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []
