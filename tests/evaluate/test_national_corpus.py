"""corpus/national (hand-written national and sector standards, corpus/national/README.md) is whole and its
gold is what the PDFs print: every gold file loads with the evaluator's own model, names a PDF beside it whose
sha256 it records, sits in exactly one split of split.csv, and every number of every record is printed on
its page in pdfplumber's text layer (the check of scripts/print_national.py).  Nothing here runs the
extractor; the regression guard scores the set."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest
from corpora import NATIONAL, REPO

from std_extract.evaluate.gold import find_gold_files, load_entry, read_split


def _entries():
    paths = find_gold_files(NATIONAL)
    if not paths:
        pytest.skip(f"no gold files in {NATIONAL}")
    return [load_entry(path) for path in paths]


def _printer():
    spec = importlib.util.spec_from_file_location("print_national", REPO / "scripts" / "print_national.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    assert _printer().check_document(stem) == []


def test_national_corpus_printed_numbers_reads_powers_signs_and_chinese_numerals():
    numbers = _printer().printed_numbers
    assert 50000.0 in numbers("5×10^4")
    assert any(abs(n - 1e-7) < 1e-20 for n in numbers("1.0×10^−7 cm/s"))
    assert -10.0 in numbers("±10%")
    assert 5.0 in numbers("不应超过五年")
    assert 12.0 not in numbers("≤1.2 mg/L")


def test_national_corpus_check_catches_a_wrong_value_and_a_wrong_page(tmp_path):
    """The check is not vacuous: a gold number the element does not print, or a page it is not on, fails."""
    stem = "nat_hjwater_01"
    (tmp_path / "src" / "printed").mkdir(parents=True)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        shutil.copy(NATIONAL / name, tmp_path / name)
    printer = _printer()
    assert printer.check_document(stem, tmp_path) == []
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    printed = json.loads(printed_path.read_text(encoding="utf-8"))
    printed[0]["records"][0]["value"] = 0.95
    printed[-1]["page"] = 1  # 80%～120%: neither number is on the cover
    printed_path.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    problems = printer.check_document(stem, tmp_path)
    assert any("value=0.95 not in printed" in p for p in problems), problems
    assert any("differ from the printed elements" in p for p in problems), problems
    assert any(p.startswith(f"{stem} p1:") and "not in the page's text layer" in p for p in problems), (
        problems
    )
