"""Normalisation stage: canonical indicator names and values in canonical units.

The printed form is never replaced: ``name``, ``unit`` and ``provenance.source_text`` stay as
printed; this stage only fills ``canonical_*``, ``match_score`` and the ``*_normalized`` fields,
and flags why a value could not be normalised ("unit_unknown", "unit_mismatch", "unit_missing").
"""

from __future__ import annotations

from std_extract.indicator_lexicon import IndicatorLexicon, LexiconMatch, default_lexicon, normalize_limit
from std_extract.record import Indicator


def warm_up() -> None:
    """Load the lexicon, the unit registry and the comparator table once."""
    from std_extract.values.comparators import comparator_table
    from std_extract.values.units import unit_registry

    default_lexicon()
    unit_registry()
    comparator_table()


def match_name(name: str, unit: str | None, lexicon: IndicatorLexicon) -> LexiconMatch | None:
    """Match a printed name; a nested label ("碎米/小碎米含量") is tried whole, then by its parts,
    the most specific (last) part first."""
    parts = [p for p in name.split("/") if p.strip()]
    variants = [name] + ([parts[-1], "".join(parts), parts[0]] if len(parts) > 1 else [])
    best: LexiconMatch | None = None
    for variant in variants:
        found = lexicon.match(variant, unit=unit)
        if found and (best is None or found.score > best.score):
            best = found
        if best and best.score >= 100:
            break
    return best


def normalise_indicator(indicator: Indicator, lexicon: IndicatorLexicon) -> Indicator:
    found = match_name(indicator.name, indicator.unit, lexicon)
    if found is None:
        return indicator
    update: dict = {
        "canonical_id": found.canonical_id,
        "canonical_name": found.canonical_name,
        "match_score": round(found.score, 1),
    }
    spec = lexicon.get(found.canonical_id)
    if spec is not None and indicator.comparator not in ("qualitative", "reference", "not_detected"):
        value = indicator.value
        normalised = normalize_limit(spec, value, indicator.value_max, indicator.unit)
        update["value_normalized"] = normalised.value_normalized
        update["value_max_normalized"] = normalised.value_max_normalized
        update["unit_normalized"] = normalised.unit_normalized
        if normalised.flags:
            update["flags"] = [*indicator.flags, *normalised.flags]
    return indicator.model_copy(update=update)


def normalise_indicators(
    indicators: list[Indicator], lexicon: IndicatorLexicon | None = None
) -> list[Indicator]:
    lexicon = lexicon or default_lexicon()
    return [normalise_indicator(i, lexicon) for i in indicators]
