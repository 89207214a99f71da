"""The shipped plans over the generated corpus's gold: every category ranked under its own plan."""

from __future__ import annotations

import csv
import tomllib
from functools import cache

import pytest

from std_extract.rank import load_plans, rank
from std_extract.rank.output import rankings_json
from std_extract.rank.units import convert
from std_extract.resources import extractors_dir

from .corpus import GENERATED, gold_files, gold_to_record

needs_corpus = pytest.mark.skipif(not gold_files(), reason="corpus/generated has no gold files")


@cache
def _lexicon() -> dict[str, dict]:
    data = tomllib.loads((extractors_dir() / "indicators.toml").read_text(encoding="utf-8"))
    return {item["id"]: item for item in data["indicator"]}


@cache
def _corpus_result():
    return rank([gold_to_record(p) for p in gold_files()], load_plans())


def test_corpus_plan_indicators_are_lexicon_ids_in_convertible_units():
    lexicon = _lexicon()
    for plan in load_plans():
        for spec in plan.core + plan.optional:
            assert spec.id in lexicon, f"{plan.id}: {spec.id} is not in extractors/indicators.toml"
            unit = lexicon[spec.id]["unit"] or None
            if spec.unit is not None and unit is not None:
                assert convert(1.0, unit, spec.unit) is not None, (
                    f"{plan.id}: {spec.id} {unit} -> {spec.unit}"
                )


@needs_corpus
def test_corpus_every_category_has_exactly_one_plan():
    with (GENERATED / "MANIFEST.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    result = _corpus_result()
    assigned: dict[str, list[str]] = {}
    for ranking in result.plans:
        for s in ranking.standards:
            assigned.setdefault(s.standard.path.rsplit("/", 1)[-1], []).append(ranking.plan.id)
    assert result.unassigned == []
    by_category: dict[str, set[str]] = {}
    for row in rows:
        plans = assigned.get(row["file"], [])
        assert len(plans) == 1, f"{row['file']} ({row['category']}) is in plans {plans}"
        by_category.setdefault(row["category"], set()).update(plans)
    assert all(len(p) == 1 for p in by_category.values()), by_category
    assert len({next(iter(p)) for p in by_category.values()}) == len(by_category)


@needs_corpus
def test_corpus_each_plan_publishes_a_ranking_and_names_candidates():
    for ranking in _corpus_result().plans:
        assert any(i.published for i in ranking.indicators), ranking.plan.id
        for s in ranking.standards:
            assert s.decision.explanation_zh and s.decision.explanation_en


@needs_corpus
def test_corpus_below_floor_rows_cite_a_page():
    rows = [b for r in _corpus_result().plans for b in r.below_floor]
    assert rows, "the corpus sets some levels below the floor on purpose"
    assert all(b.evidence and b.evidence[0].page for b in rows)


@needs_corpus
def test_corpus_ranking_is_deterministic():
    again = rank([gold_to_record(p) for p in reversed(gold_files())], load_plans())
    assert [rankings_json(p) for p in again.plans] == [rankings_json(p) for p in _corpus_result().plans]
