"""corpus/press (national, sector and group standards in another publisher's house style, printed by
scripts/print_press.py; corpus/press/README.md) is whole and its gold is what the PDFs print: every gold
file loads with the evaluator's own model, names a PDF beside it whose sha256 it records, sits in exactly
one split of split.csv, every gold page exists, and every number of every record is printed on its page
in pdfplumber's text layer (std_extract.evaluate.goldcheck; no TeX needed).  Where XeLaTeX is installed,
a reprint from the sources gives the committed PDFs byte for byte.  Nothing here runs the extractor: the
set is held out (measured once by the lead; its author never ran the extractor on it)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import unicodedata

import pytest
from corpora import PRESS, REPO

from std_extract.digest import file_sha256
from std_extract.evaluate.gold import Gold, find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file

STEMS = sorted(p.name.removesuffix(".gold.json") for p in PRESS.glob("*.gold.json"))


def _entries():
    paths = find_gold_files(PRESS)
    if not paths:
        pytest.skip(f"no gold files in {PRESS}")
    return [load_entry(path) for path in paths]


def test_press_corpus_every_gold_has_its_pdf_unchanged():
    entries = _entries()
    assert len(entries) == 12
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == PRESS for e in entries)


def test_press_corpus_split_covers_every_stem_six_and_six():
    stems = sorted(e.stem for e in _entries())
    split = read_split(PRESS / "split.csv")
    assert sorted(split) == stems
    halves = list(split.values())
    assert halves.count("dev") == halves.count("test") == 6
    sources = sorted(p.stem for p in (PRESS / "src" / "docs").glob("pr_*.py"))
    assert sources == stems


@pytest.mark.parametrize("stem", STEMS)
def test_press_corpus_gold_validates_and_its_pages_exist(stem):
    """The gold validates against the gold format (the evaluator's Gold model), its sha256 is the PDF's,
    and every record's page is a page of the PDF."""
    import pdfplumber

    data = json.loads((PRESS / f"{stem}.gold.json").read_text(encoding="utf-8"))
    gold = Gold.model_validate(data)
    assert gold.indicators
    assert data["file"] == f"{stem}.pdf"
    assert data["sha256"] == file_sha256(PRESS / f"{stem}.pdf")
    with pdfplumber.open(PRESS / f"{stem}.pdf") as pdf:
        pages = len(pdf.pages)
    assert all(1 <= record["page"] <= pages for record in data["indicators"])


@pytest.mark.parametrize("stem", STEMS)
def test_press_corpus_every_gold_number_is_printed_on_its_page(stem):
    problems = check_gold_file(PRESS / f"{stem}.gold.json", require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []


def test_press_corpus_check_catches_a_wrong_value_and_a_wrong_page(tmp_path):
    """The check is not vacuous on this set's files: a gold number its value does not print, or a page
    the value is not on, fails."""
    stem = "pr_fan_01"
    (tmp_path / "src" / "printed").mkdir(parents=True)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        shutil.copy(PRESS / name, tmp_path / name)
    gold = tmp_path / f"{stem}.gold.json"
    assert check_gold_file(gold, require_printed=True) == []
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    printed = json.loads(printed_path.read_text(encoding="utf-8"))
    printed[0]["records"][0]["value"] = 14.0  # ≥13 does not print 14
    printed[1]["page"] = 1  # the table is not on the cover
    printed_path.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    problems = [str(p) for p in check_gold_file(gold, require_printed=True)]
    assert any("14" in p for p in problems), problems
    assert any(p.startswith(f"{stem} p1") for p in problems), problems


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


@pytest.fixture(scope="module")
def printer():
    """scripts/print_press.py (its kit and document modules are forgotten afterwards: every hand-written
    set names its document package docs)."""
    if not shutil.which("xelatex"):
        pytest.skip("XeLaTeX is needed to reprint corpus/press")
    pytest.importorskip("std_extract_synth.authoring")
    path = sys.path[:]
    sys.path.insert(0, str(REPO / "scripts"))
    forget = [n for n in sys.modules if n in ("docs", "kit") or n.startswith("docs.")]
    for name in forget:
        del sys.modules[name]
    spec = importlib.util.spec_from_file_location("print_press", REPO / "scripts" / "print_press.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        yield module
    finally:
        sys.path[:] = path
        for name in [n for n in sys.modules if n in ("docs", "kit") or n.startswith("docs.")]:
            del sys.modules[name]


@pytest.mark.parametrize("stem", ["pr_alumsulfate_01", "pr_fan_01", "pr_applianceservice_01"])
def test_press_corpus_reprints_byte_identical(stem, printer, tmp_path):
    """A reprint from the sources (SOURCE_DATE_EPOCH, three passes) gives the committed PDF byte for
    byte, and every value label lands on the page the gold records."""
    import printkit

    doc = printkit.load_document(printer.SOURCES, stem)
    pdf, pages = printer.typeset(doc, tmp_path)
    assert pdf.read_bytes() == (PRESS / f"{stem}.pdf").read_bytes()
    gold = json.loads((PRESS / f"src/printed/{stem}.json").read_text(encoding="utf-8"))
    assert [e["page"] for e in gold] == [pages[f"v{v.label}"] for v in doc.values]
