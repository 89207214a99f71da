"""The acceptance set is listed once (corpus/acceptance-set.txt) and every reader of
../shared/corpus-real that runs the extractor leaves it out: the tests (tests/corpora.py) and the
benchmarks (benchmarks/realcorpus.py)."""

from __future__ import annotations

import importlib.util

import pytest
from corpora import ACCEPTANCE, REAL_CORPUS, REPO


def _benchmark_module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tests_and_benchmarks_read_one_list() -> None:
    realcorpus = _benchmark_module("realcorpus")
    assert realcorpus.acceptance_stems() == ACCEPTANCE
    # GB 5085.2/.4/.5/.6/.7 and the food and waste standards the issues name: ten stems, no blanks
    assert len(ACCEPTANCE) == 10 and all(stem.startswith("GB_") for stem in ACCEPTANCE)


def test_benchmarks_real_files_leave_the_acceptance_set_out() -> None:
    folder = REAL_CORPUS / "pdfs"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the real corpus is not checked out beside the repo)")
    realcorpus = _benchmark_module("realcorpus")
    listed = {path.stem for path in realcorpus.real_pdfs(folder)}
    present = {path.stem for path in folder.glob("*.pdf")}
    assert listed == present - ACCEPTANCE
    assert ACCEPTANCE <= present  # the list names files that exist: a typo would let one through


def test_benchmarks_list_the_real_corpus_through_realcorpus() -> None:
    # A benchmark that globbed ../shared/corpus-real/pdfs itself would run the acceptance set.
    for path in sorted((REPO / "benchmarks").glob("*.py")):
        if path.name == "realcorpus.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert '"corpus-real" / "pdfs"' not in text, f"{path.name} lists ../shared/corpus-real/pdfs itself"
