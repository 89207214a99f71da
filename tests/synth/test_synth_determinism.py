"""Regenerating documents with the same seed gives the same gold, and the committed gold."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("reportlab")

from std_extract_synth import generate_corpus  # noqa: E402
from std_extract_synth.gold import gold_json  # noqa: E402

# A few categories that between them use grades, two-level labels, 续表, footnotes, sampling plans,
# Chinese numerals and the STSong-Light font.
SAMPLE = ["大米", "发酵乳", "住宅装饰装修"]


def _without_sha(gold: dict) -> dict:
    return {k: v for k, v in gold.items() if k != "sha256"}


def test_synth_same_seed_gives_byte_identical_gold(tmp_path):
    first = generate_corpus(tmp_path / "a", seed=7, count_per_category=2, categories=SAMPLE)
    second = generate_corpus(tmp_path / "b", seed=7, count_per_category=2, categories=SAMPLE)
    assert [r.stem for r in first] == [r.stem for r in second]
    for r in first:
        a = (tmp_path / "a" / f"{r.stem}.gold.json").read_bytes()
        assert a == (tmp_path / "b" / f"{r.stem}.gold.json").read_bytes()
    assert (tmp_path / "a" / "MANIFEST.csv").read_bytes() == (tmp_path / "b" / "MANIFEST.csv").read_bytes()


def test_synth_other_seed_gives_other_documents(tmp_path):
    a = generate_corpus(tmp_path / "a", seed=1, count_per_category=1, categories=["大米"])
    b = generate_corpus(tmp_path / "b", seed=2, count_per_category=1, categories=["大米"])
    assert a[0].gold != b[0].gold


def test_synth_regenerated_gold_equals_committed_gold(tmp_path, committed_golds):
    """The committed corpus is what ``std-extract synth`` (seed 42) writes; PDF bytes are not compared."""
    results = generate_corpus(tmp_path, seed=42, categories=SAMPLE)
    assert results
    for result in results:
        name = f"{result.stem}.gold.json"
        assert name in committed_golds, name
        regenerated = json.loads(gold_json(result.gold))
        assert _without_sha(regenerated) == _without_sha(committed_golds[name])
