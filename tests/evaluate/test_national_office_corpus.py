"""corpus/national-office (national and sector standards printed from a word processor,
corpus/national-office/README.md) is whole and its gold is what the PDFs print: every gold file loads with
the evaluator's own model, names a PDF beside it whose sha256 it records, sits in exactly one split of
split.csv, and every number of every record is printed on its page in pdfplumber's text layer
(std_extract.evaluate.goldcheck, which scripts/print_national_office.py runs; it needs neither python-docx
nor LibreOffice).  Nothing here runs the extractor; the regression guard scores the set."""

from __future__ import annotations

import json
import shutil

import pytest
from corpora import NATIONAL_OFFICE

from std_extract.evaluate.gold import find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file
from std_extract_synth.authoring import printed_text

STEMS = sorted(p.name.removesuffix(".gold.json") for p in NATIONAL_OFFICE.glob("*.gold.json"))


def _entries():
    paths = find_gold_files(NATIONAL_OFFICE)
    if not paths:
        pytest.skip(f"no gold files in {NATIONAL_OFFICE}")
    return [load_entry(path) for path in paths]


def test_national_office_corpus_every_gold_has_its_pdf_unchanged():
    entries = _entries()
    assert len(entries) == 16
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == NATIONAL_OFFICE for e in entries)


def test_national_office_corpus_split_pairs_each_topic_across_the_halves():
    stems = sorted(e.stem for e in _entries())
    split = read_split(NATIONAL_OFFICE / "split.csv")
    assert sorted(split) == stems
    halves = list(split.values())
    assert halves.count("dev") == halves.count("test") == 8


@pytest.mark.parametrize("stem", STEMS)
def test_national_office_corpus_every_gold_number_is_printed_on_its_page(stem):
    gold = NATIONAL_OFFICE / f"{stem}.gold.json"
    problems = check_gold_file(gold, require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []


def test_national_office_corpus_printed_text_writes_runs_as_the_check_reads_them():
    assert printed_text("2×10<sup>4</sup>") == "2×10^4"
    assert printed_text("生化需氧量（BOD<sub>5</sub>）≤5") == "生化需氧量（BOD5）≤5"
    assert printed_text("120<sup>a</sup>") == "120^a"


def test_national_office_corpus_check_catches_a_wrong_value_and_a_wrong_page(tmp_path):
    """The check is not vacuous on this set's files: a gold number its value does not print, or a page
    the value is not on, fails."""
    stem = "off_pm25method_01"
    (tmp_path / "src" / "printed").mkdir(parents=True)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        shutil.copy(NATIONAL_OFFICE / name, tmp_path / name)
    gold = tmp_path / f"{stem}.gold.json"
    assert check_gold_file(gold, require_printed=True) == []
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    printed = json.loads(printed_path.read_text(encoding="utf-8"))
    printed[0]["records"][0]["value_max"] = 3.0  # ±2% does not print 3
    printed[2]["page"] = 1  # ±0.5 mg is not printed on the cover
    printed_path.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    problems = [str(p) for p in check_gold_file(gold, require_printed=True)]
    assert any("3.0" in p for p in problems), problems
    assert any(p.startswith(f"{stem} p1") for p in problems), problems


def _raised(stem: str, page: int, base: str, mark: str, after: str) -> list[bool]:
    """For every ``base`` printed followed by ``mark`` on a line holding ``after`` (the row's label):
    is the mark set as a superscript run, smaller and above the baseline of the digits before it?"""
    import pdfplumber

    with pdfplumber.open(NATIONAL_OFFICE / f"{stem}.pdf") as pdf:
        chars = pdf.pages[page - 1].chars
    found = []
    for top in sorted({round(c["top"]) for c in chars if c["text"] == after[0]}):
        line = sorted((c for c in chars if abs(c["top"] - top) < 6), key=lambda c: c["x0"])
        text = "".join(c["text"] for c in line)
        if after not in text:
            continue
        start = text.find(base + mark)
        while start >= 0:
            digit, sup = line[start + len(base) - 1], line[start + len(base)]
            found.append(sup["size"] < 0.75 * digit["size"] and sup["bottom"] < digit["bottom"] - 1)
            start = text.find(base + mark, start + 1)
    return found


def test_national_office_corpus_table_cells_set_superscripts_as_runs():
    """<sup> in a table cell is a superscript run in the PDF, as Word sets it: GB 18918 表1's 粪大肠菌群数
    10<sup>3</sup> / 10<sup>4</sup> (gold 1000 / 10000) and the footnote marker of 120<sup>a</sup> are
    small and raised, not the flat "103", "104", "120a" the writer printed while python-docx's
    ``subscript = None`` removed every run's superscript."""
    assert _raised("off_wwtp_01", 4, "10", "3", "粪大肠") == [True]
    assert _raised("off_wwtp_01", 4, "10", "4", "粪大肠") == [True, True]
    assert _raised("off_wwtp_01", 3, "120", "a", "化学需氧量") == [True]
