"""corpus/national (hand-written national and sector standards, corpus/national/README.md) is whole and its
gold is what the PDFs print: every gold file loads with the evaluator's own model, names a PDF beside it whose
sha256 it records, sits in exactly one split of split.csv, and every number of every record is printed on
its page in pdfplumber's text layer (std_extract.evaluate.goldcheck, which scripts/print_national.py
runs; tests/evaluate/test_goldcheck.py shows it catches a wrong value or page); and a reprint from the
sources gives the committed PDF, gold and printed-elements file byte for byte.  Nothing here runs the
extractor; the regression guard scores the set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from corpora import NATIONAL, REPO

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


FONTS = [
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
]


@pytest.fixture(scope="module")
def national_printer():
    """scripts/print_national.py with its fonts set up (its kit and document modules are forgotten
    afterwards: every hand-written set names its document package docs)."""
    pytest.importorskip("reportlab")
    pytest.importorskip("std_extract_synth.authoring")
    if not all(font.is_file() for font in FONTS):
        pytest.skip("fonts-arphic-uming and fonts-wqy-zenhei are needed to print the national set")
    scripts, sources = str(REPO / "scripts"), str(NATIONAL / "src")
    path = sys.path[:]
    sys.path.insert(0, scripts)
    spec = importlib.util.spec_from_file_location("print_national", REPO / "scripts" / "print_national.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from reportlab import rl_config

    invariant = rl_config.invariant
    module._setup()  # fonts, and rl_config.invariant for this process
    try:
        yield module
    finally:
        rl_config.invariant = invariant
        sys.path[:] = path
        for name in [n for n in sys.modules if n in ("docs", "kit", "printkit") or n.startswith("docs.")]:
            del sys.modules[name]
        assert sources not in sys.path


@pytest.mark.parametrize("stem", sorted(p.stem for p in (NATIONAL / "src" / "docs").glob("nat_*.py")))
def test_national_corpus_reprints_byte_identical(stem, national_printer, tmp_path):
    """A reprint from the sources (ReportLab with ``rl_config.invariant``) gives the committed PDF, gold
    and printed-elements file byte for byte: the sources, the shared authoring model and the
    typesetter still make exactly what the gold describes."""
    national_printer.print_document(stem, tmp_path)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        assert (tmp_path / name).read_bytes() == (NATIONAL / name).read_bytes(), name
