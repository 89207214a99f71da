"""The lexicon and the unit table cover the generated corpus and the evaluation plans.

Every distinct (printed name, printed unit) pair of corpus/generated/*.gold.json matches a canonical
indicator (through extract.canonical.match_name, the pipeline's own path: "碎米/小碎米" is tried
whole, then by its parts), every printed unit parses, and every limit with a number normalises to
its indicator's canonical unit without a flag.  Every id an evaluation plan names exists.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache

import pytest
from corpora import GENERATED

from std_extract.extract.canonical import match_name
from std_extract.indicator_lexicon import default_lexicon, normalize_limit
from std_extract.resources import extractors_dir
from std_extract.values.units import parse_unit

# Comparators that carry no limit to normalise.
NO_LIMIT = frozenset({"qualitative", "reference", "not_detected"})

# Printed units that legitimately cannot be parsed, each with the reason.  Empty: every unit the
# corpus prints has a pint reading (10⁻⁶/℃, 周岁, 学时, SDCM, kWh/(cycle·kg) ... are in units.toml).
# A unit goes here only when no physical reading exists (a free-text note in the unit column).
UNPARSEABLE_UNITS: dict[str, str] = {}

# (name, unit) pairs that legitimately match no canonical indicator, each with the reason.  Empty.
UNMATCHED_PAIRS: dict[tuple[str, str | None], str] = {}

needs_corpus = pytest.mark.skipif(
    not any(GENERATED.glob("*.gold.json")), reason="corpus/generated has no gold files"
)


@cache
def _gold_indicators() -> tuple[tuple[str, dict], ...]:
    rows: list[tuple[str, dict]] = []
    for path in sorted(GENERATED.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        rows.extend((path.name, item) for item in gold["indicators"])
    return tuple(rows)


def _pairs() -> dict[tuple[str, str | None], str]:
    """Distinct (name, unit) pairs, each with the first gold file that prints it."""
    pairs: dict[tuple[str, str | None], str] = {}
    for file, item in _gold_indicators():
        pairs.setdefault((item["name"], item.get("unit")), file)
    return pairs


@needs_corpus
def test_corpus_every_name_and_unit_matches_a_canonical_indicator() -> None:
    lexicon = default_lexicon()
    missing = [
        f"{file}: {name!r} [{unit}]"
        for (name, unit), file in _pairs().items()
        if (name, unit) not in UNMATCHED_PAIRS and match_name(name, unit, lexicon) is None
    ]
    assert not missing, "no canonical indicator for:\n" + "\n".join(missing)


@needs_corpus
def test_corpus_every_printed_unit_parses() -> None:
    units = {unit for _, unit in _pairs() if unit}
    assert units, "the corpus prints units"
    unparsed = sorted(u for u in units if u not in UNPARSEABLE_UNITS and parse_unit(u) is None)
    assert not unparsed, f"units.toml cannot read: {unparsed}"
    assert not set(UNPARSEABLE_UNITS) & {u for u in units if parse_unit(u) is not None}, (
        "an allow-listed unit parses now: drop it from UNPARSEABLE_UNITS"
    )


@needs_corpus
def test_corpus_every_limit_normalises_to_its_canonical_unit() -> None:
    lexicon = default_lexicon()
    problems = []
    for file, item in _gold_indicators():
        if item["comparator"] in NO_LIMIT or (item["value"] is None and item.get("value_max") is None):
            continue
        found = match_name(item["name"], item.get("unit"), lexicon)
        if found is None:
            continue  # reported by the matching test
        spec = lexicon.get(found.canonical_id)
        result = normalize_limit(spec, item["value"], item.get("value_max"), item.get("unit"))
        if result.flags or result.unit_normalized is None:
            problems.append(
                f"{file}: {item['name']!r} {item['value']} [{item.get('unit')}] -> {spec.id} "
                f"({spec.unit or 'qualitative'}): {result.flags or 'not normalised'}"
            )
    assert not problems, "\n".join(problems)


def _plan_ids() -> list[tuple[str, str]]:
    out = []
    for path in sorted((extractors_dir() / "plans").glob("*.toml")):
        plan = tomllib.loads(path.read_text(encoding="utf-8"))
        for section in ("core", "optional"):
            out.extend((path.name, entry["id"]) for entry in plan.get(section, []))
    return out


def test_every_plan_indicator_id_exists_in_the_lexicon() -> None:
    ids = _plan_ids()
    assert ids, "extractors/plans has plans"
    lexicon = default_lexicon()
    missing = sorted(
        {f"{plan}: {canonical_id}" for plan, canonical_id in ids if lexicon.get(canonical_id) is None}
    )
    assert not missing, "ids not in extractors/indicators.toml:\n" + "\n".join(missing)
