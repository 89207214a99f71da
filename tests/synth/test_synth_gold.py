"""Invariants of the committed generated corpus (corpus/generated)."""

from __future__ import annotations

import csv
import hashlib

from std_extract.evaluate.gold import Gold
from std_extract.resources import gbt4754_rows
from std_extract_synth.categories import CLASS_CODES

GOLD_KEYS = ["gold_version", "file", "sha256", "category", "standard", "classification", "indicators"]
INDICATOR_KEYS = [
    "name",
    "comparator",
    "value",
    "value_max",
    "tolerance",
    "unit",
    "grade",
    "conditions",
    "clause",
    "table",
    "page",
]
VALUELESS = {"not_detected", "reference", "qualitative"}


def _manifest(generated_dir):
    with open(generated_dir / "MANIFEST.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_synth_gold_has_exactly_the_format_fields(committed_golds):
    for name, gold in committed_golds.items():
        assert list(gold) == GOLD_KEYS, name
        Gold.model_validate(gold)  # the evaluator's own model (extra fields forbidden)
        for ind in gold["indicators"]:
            assert list(ind) == INDICATOR_KEYS, (name, ind)


def test_synth_gold_values_fit_their_comparator(committed_golds):
    for name, gold in committed_golds.items():
        assert gold["indicators"], name
        for ind in gold["indicators"]:
            cmp = ind["comparator"]
            if cmp in VALUELESS:
                assert ind["value"] is None and ind["value_max"] is None, (name, ind)
            elif cmp == "range":
                assert ind["value"] < ind["value_max"], (name, ind)
            elif cmp == "tolerance":
                assert ind["tolerance"] and ind["tolerance"] > 0, (name, ind)
            else:
                assert ind["value"] is not None and ind["value_max"] is None, (name, ind)
            assert ind["name"] and ind["name"] == ind["name"].strip()
            assert not any(c in ind["name"] for c in "≤≥"), (name, ind)


def test_synth_gold_pages_and_files_match_the_manifest(generated_dir, committed_golds):
    rows = {r["file"]: r for r in _manifest(generated_dir)}
    assert len(rows) == len(committed_golds)
    for name, gold in committed_golds.items():
        pdf = generated_dir / gold["file"]
        assert gold["file"] == name.replace(".gold.json", ".pdf")
        assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold["sha256"], name
        row = rows[gold["file"]]
        assert row["standard_number"] == gold["standard"]["number"]
        assert row["class_code"] == gold["classification"]["code"]
        assert int(row["indicators"]) == len(gold["indicators"])
        pages = int(row["pages"])
        assert all(4 <= ind["page"] <= pages for ind in gold["indicators"]), name  # body starts after 前言


def test_synth_corpus_is_large_and_varied(generated_dir, committed_golds):
    rows = _manifest(generated_dir)
    categories = {r["category"] for r in rows}
    assert len(rows) >= 85
    assert len(categories) >= 16
    assert len({r["section"] for r in rows}) >= 7
    per_category = {c: sum(r["category"] == c for r in rows) for c in categories}
    assert all(5 <= n <= 6 for n in per_category.values()), per_category
    assert 4 <= sum("STSong" in r["font"] for r in rows) <= 6
    assert {g["standard"]["kind"] for g in committed_golds.values()} == {"Q", "T"}


def test_synth_class_codes_exist_in_gbt4754_table():
    codes = {row["code"] for _line, _file, row in gbt4754_rows() if row["level"] == "class"}
    for key, (code, _section) in CLASS_CODES.items():
        assert code in codes, (key, code)
