"""Every corpus/real-dev gold file parses and names an existing real PDF with the right sha256."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from corpora import REAL_DEV

from std_extract.digest import file_sha256
from std_extract.evaluate.gbt4754 import at_level
from std_extract.evaluate.gold import corpus_real_roots, find_gold_files, read_gold, read_split, resolve_pdf

GOLD_FILES = find_gold_files(REAL_DEV)
SHARED_PRESENT = any(root.is_dir() for root in corpus_real_roots(REAL_DEV))


def test_realdev_has_at_least_twenty_gold_files():
    assert len(GOLD_FILES) >= 20


def test_realdev_split_names_every_gold_file_once():
    """split.csv (stem,product,split) marks each gold dev or test; the first eight are dev."""
    with (REAL_DEV / "split.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert read_split(REAL_DEV / "split.csv") == {row["stem"]: row["split"] for row in rows}
    stems = [row["stem"] for row in rows]
    assert len(stems) == len(set(stems))
    assert set(stems) == {path.name.removesuffix(".gold.json") for path in GOLD_FILES}
    assert {row["split"] for row in rows} == {"dev", "test"}
    assert all(row["product"] for row in rows)
    first_eight = {
        "GB_5085.1-2007",
        "GB_5085.3-2007",
        "DB32_T_1580-2019",
        "GB_T_13594-2025",
        "GB_19645-2010",
        "GB_19302-2025",
        "HJ_687-2014",
        "HJ_1222-2021",
    }
    assert {row["stem"] for row in rows if row["split"] == "dev"} >= first_eight


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_realdev_gold_parses_and_is_consistent(path):
    gold = read_gold(path)
    assert gold.file.startswith(("pdfs/", "scanned/")) and gold.file.endswith(".pdf")
    assert path.name == Path(gold.file).stem + ".gold.json"
    assert gold.sha256 and len(gold.sha256) == 64
    assert gold.category and gold.standard.number and gold.standard.title
    if gold.class_code:
        assert at_level(gold.class_code, "class") == gold.class_code
    sampled = gold.page_numbers
    if sampled is not None:
        assert 1 in sampled  # the cover, so that the standard's number and title are scored
    for indicator in gold.indicators:
        assert indicator.page and indicator.clause
        if sampled is not None:
            assert indicator.page in sampled
        if indicator.comparator == "range":
            assert indicator.value is not None and indicator.value_max is not None
            assert indicator.value < indicator.value_max
        if indicator.comparator in {"<=", ">=", "<", ">", "="}:
            assert indicator.value is not None


@pytest.mark.real
@pytest.mark.skipif(not SHARED_PRESENT, reason="../shared/corpus-real is absent")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_realdev_gold_names_an_existing_pdf_with_its_sha256(path):
    gold = read_gold(path)
    pdf, reason = resolve_pdf(path, gold)
    assert pdf is not None, reason
    assert file_sha256(pdf) == gold.sha256
