"""Where the tests' documents live: the repository's corpora and the optional ``../shared``.

Imported by the test modules and ``conftest.py`` as ``from corpora import GENERATED`` (``tests/``
is on ``sys.path``, as for ``pg_server``); each path is defined here once.  The helpers that list
PDFs skip the calling test when the folder is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# In the repository
GENERATED = REPO / "corpus" / "generated"  # the synthetic corpus (tools/synth), PDFs beside gold
REAL_DEV = REPO / "corpus" / "real-dev"  # gold of real standards; the PDFs are in ../shared
OCR_TRANSCRIBED = REPO / "corpus" / "ocr"  # hand transcriptions of scanned pages
ENTERPRISE_SPLIT = REPO / "corpus" / "enterprise-dev" / "split.csv"
WRITTEN = REPO / "corpus" / "written"  # hand-written Q/ and T/ standards, PDFs beside gold, split.csv
NATIONAL = REPO / "corpus" / "national"  # hand-written national and sector standards, as WRITTEN
NATIONAL_OFFICE = (
    REPO / "corpus" / "national-office"
)  # the same genre printed from a word processor, as WRITTEN
TYPESET = REPO / "corpus" / "typeset"  # the same genre typeset by XeLaTeX (test split held out), as WRITTEN
# a second XeLaTeX batch, new topics (test split held out; dev opened after its first run)
TYPESET2 = REPO / "corpus" / "typeset2"
# a seventh author, another house style: first run at the end of session 11 (b42ce04); test split held out
PRESS = REPO / "corpus" / "press"
# an eighth author, another route (Typst) and house style: held out until the lead's first measurement
TYPST = REPO / "corpus" / "typst"
# a ninth author, another route (WeasyPrint, HTML + CSS paged media) and house style: held out until the
# lead's first measurement
WEASY = REPO / "corpus" / "weasy"
# a tenth author, another route (drawn page by page with fpdf2) and house style: held out until the lead's
# first measurement
FPDF = REPO / "corpus" / "fpdf"
# an eleventh author, another route (MuPDF's HTML engine, PyMuPDF Story) and a small firm's word-processor
# look: held out whole until the lead's first measurement (session 13)
MUPDF = REPO / "corpus" / "mupdf"
# a thirteenth author, another route (pdfLaTeX with the CJK package: Type1 subfonts of 256 glyphs) and
# national-style standards: held out whole until the lead's first measurement (session 14)
PDFTEX = REPO / "corpus" / "pdftex"
# a twelfth author, another route (LuaLaTeX: LuaTeX-ja and LuaTeX's PDF writer) and national standards laid
# out as GB/T 1.1-2020 lays them out: held out until the lead's first measurement (session 14)
LUATEX = REPO / "corpus" / "luatex"
# a fourteenth author, the word-processor route again (python-docx, LibreOffice) in another layout family:
# enterprise and group standards as an enterprise's engineer lays them out in Word (a cover table, Word's
# multilevel clause numbering, footnotes): held out until the lead's first measurement (session 15)
DOCX = REPO / "corpus" / "docx"
# a fifteenth author, another route (ConTeXt MkIV: its own font fallbacks, natural tables and xtables, lpdf
# backend) and enterprise, group, local and sector standards: held out whole in session 15 (measured once by
# the lead at the end of the session)
CONTEXT = REPO / "corpus" / "context"
# a sixteenth author, the Chromium route again in another family: enterprise, group and local standards
# as an online standard editor or a web CMS exports them (CSS counters, @page margin boxes, rowspan /
# colspan tables) printed by headless Chromium from the command line: held out until the lead's first
# measurement (session 16)
CHROMIUM = REPO / "corpus" / "chromium"
# a seventeenth author, another route (XSL-FO laid out by Apache FOP: its own line and page breaking, TrueType
# subsets, fo:table headers repeated, fo:footnote) and national and sector standards: held out whole in
# session 16 (measured once by the lead at the end of the session)
FOP = REPO / "corpus" / "fop"

# Beside the repository (absent on a bare clone: tests skip)
REAL_CORPUS = SHARED / "corpus-real"  # real standards: pdfs/, scanned/, MANIFEST.csv
ENTERPRISE_DEV = SHARED / "enterprise-dev"  # enterprise and group standards with gold

# The project's acceptance set (stems in ../shared/corpus-real/pdfs), scored by a check with its own
# gold: never labelled, never run through the extractor to read its output, not even mutated. Listed
# once, in corpus/acceptance-set.txt, which the benchmarks read too.
ACCEPTANCE = frozenset(
    line.strip()
    for line in (REPO / "corpus" / "acceptance-set.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def real_corpus_path() -> Path | None:
    """``../shared/corpus-real``, or None when it is absent."""
    return REAL_CORPUS if (REAL_CORPUS / "MANIFEST.csv").is_file() else None


def generated_pdfs() -> list[Path]:
    """The PDFs of corpus/generated, by name; skips when there are none."""
    paths = sorted(GENERATED.glob("*.pdf"))
    if not paths:
        pytest.skip(f"no PDFs in {GENERATED} yet")
    return paths


def real_pdfs(names: list[str] | None = None) -> list[Path]:
    """Real standards from ``../shared/corpus-real/pdfs`` (all, or the ``names`` that exist); skips
    when the folder is absent."""
    folder = REAL_CORPUS / "pdfs"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the real corpus is not checked out beside the repo)")
    paths = sorted(folder.glob("*.pdf")) if names is None else [folder / n for n in names]
    return [p for p in paths if p.is_file()]


@cache
def dev_page_record(folder: Path, stem: str, pages: tuple[int, ...]):
    """The record (classification off) of ``pages`` of ``folder/stem.pdf``, a DEV-split document of a
    hand-written set (``folder/split.csv``): skips where the PDF is absent, fails where the stem is not
    in the dev split (a test split is never read by a rule's test)."""
    from std_extract.evaluate.gold import read_split
    from std_extract.parse import parse_pdf
    from std_extract.parse.options import ParseOptions
    from std_extract.pipeline import process_document

    path = folder / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    assert read_split(folder / "split.csv")[stem] == "dev", f"{stem} is not in the dev split"
    return process_document(parse_pdf(path, ParseOptions(pages=list(pages))), classify=False)


def clause_indicators_by_name(pdf: Path) -> dict[str, list]:
    """The indicators read from the clauses (not the tables) of a whole document, by name."""
    from std_extract.pipeline import process_file

    out: dict[str, list] = {}
    for indicator in process_file(pdf).indicators:
        if indicator.table is None:
            out.setdefault(indicator.name, []).append(indicator)
    return out


@contextmanager
def print_script(name: str) -> Iterator:
    """``scripts/<name>.py``, an authored set's printer, loaded as a module with scripts/ on the path
    while a test uses it; the set's ``kit`` and ``docs`` modules are forgotten afterwards (every authored
    set names its own so), so the next set's printer loads its own."""
    scripts = str(REPO / "scripts")
    sys.path.insert(0, scripts)
    try:
        spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(scripts)
        for loaded in [n for n in sys.modules if n in ("docs", "kit") or n.startswith("docs.")]:
            del sys.modules[loaded]


def import_kit(folder: Path):
    """An authored set's document kit (``<folder>/src/kit.py``), imported afresh: every set names its
    kit ``kit``, so the one another test imported is forgotten first."""
    sys.path.insert(0, str(folder / "src"))
    sys.modules.pop("kit", None)
    try:
        import kit
    finally:
        sys.path.remove(str(folder / "src"))
    return kit
