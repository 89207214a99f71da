"""The confidence stage: how likely each extracted value is read right, and whether a reviewer must
look at it before a ranking may use it.

    indicators = score_confidence(normalise_indicators(found), document)

The stage runs after normalisation and changes nothing but ``confidence`` and ``needs_review``.
It reads only evidence the earlier stages left: how the value was read (the flags table and clause
readers put on ``Indicator.flags``: ``table_transposed``, ``structure_guessed``, ``ocr`` ...),
whether and how well the name maps to the lexicon, whether the unit converts to the indicator's
canonical unit (the ``unit_*`` flags of normalisation), whether the value lies in its indicator's
plausible range (``plausible`` in extractors/indicators.toml), whether one document gives the same
indicator conflicting values, and the quality of the page's text layer.

The weights are data (extractors/confidence.toml), combined as a logistic model: each piece of
evidence adds its weight to the log-odds that the value is right, so evidence that appears together
compounds, and the result is a probability that can be checked against what was observed
(``std-extract eval`` prints the reliability table).  A flag no weight names gets the file's
``unknown_flag`` weight, so the stage works with whatever flags the readers emit.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from std_extract.document import ParsedDocument
from std_extract.indicator_lexicon import IndicatorLexicon, default_lexicon, name_key, strip_name
from std_extract.record import Indicator
from std_extract.rulefile import RuleSource, default_source, load_spec
from std_extract.values.units import parse_unit

CONFIDENCE_FILE = "confidence.toml"
# A log-odds weight; past ±20 the logistic is 0 or 1 to nine places, so a larger one is a typo.
Weight = Annotated[float, Field(ge=-20.0, le=20.0)]
# Comparators without a number: nothing to convert or to range-check.
_NO_NUMBER = frozenset({"qualitative", "reference", "not_detected"})
_UPPER, _LOWER = frozenset({"<=", "<"}), frozenset({">=", ">"})
_SAMPLING_PLAN = re.compile(r"\bn\s*[=＝]\s*\d+\s*[,，;；]?\s*c\s*[=＝]", re.IGNORECASE)
# Characters a sound text layer does not print: U+FFFD, private use (a font without a ToUnicode
# map), Kangxi radicals and the radicals supplement drawn for ideographs (⽔ for 水), C0 controls.
_SUSPECT = re.compile(r"[\ufffd\ue000-\uf8ff\u2e80-\u2eff\u2f00-\u2fdf\x00-\x08\x0b-\x1f]")


class BaseWeights(BaseModel):
    """Log-odds of a value being right before any evidence, by where it was read."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    table: Weight
    clause: Weight


class EvidenceWeights(BaseModel):
    """What each piece of evidence adds to the log-odds (negative: less likely right)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lexicon_unmatched: Weight  # the name maps to no canonical indicator
    lexicon_fuzzy: Weight  # a fuzzy match at the lexicon's threshold (0 at an exact one)
    unit_unreadable: Weight  # a number whose printed unit no rule reads
    outside_plausible: Weight  # a limit outside its indicator's plausible range
    conflicting_value: Weight  # the document gives the same indicator another value
    long_name: Weight  # the printed name is longer than [limits].long_name characters
    qualitative: Weight  # a qualitative requirement (printed text, no number)
    reference: Weight  # a reference to another document
    page_fallback: Weight  # the page's text came from the fallback backend (Page.fallback)
    suspect_text: Weight  # the page's text layer holds characters a sound one does not


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    long_name: int = Field(default=12, ge=1)  # characters, after stripping unit and comparator
    suspect_share: float = Field(default=0.005, gt=0, le=1)  # of a page's characters


class ConfidenceSpec(BaseModel):
    """extractors/confidence.toml, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["confidence.logistic.v1"]
    threshold: float = Field(gt=0.0, lt=1.0)  # needs_review below this
    base: BaseWeights
    flags: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], Weight] = Field(
        default_factory=dict
    )
    unknown_flag: Weight
    evidence: EvidenceWeights
    limits: Limits = Field(default_factory=Limits)


def load_confidence_spec(source: RuleSource | None = None) -> ConfidenceSpec:
    """Load and check confidence.toml (the shipped one unless ``source`` is given)."""
    src, label = default_source(CONFIDENCE_FILE) if source is None else (source, str(source))
    return load_spec(ConfidenceSpec, src, label)


@cache
def default_confidence_spec() -> ConfidenceSpec:
    return load_confidence_spec()


# --- evidence ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentEvidence:
    """What one document says about all its values: pages of doubtful text, conflicting values."""

    fallback_pages: frozenset[int]
    suspect_pages: frozenset[int]
    conflicting: frozenset[str]  # indicator ids


def document_evidence(
    document: ParsedDocument | None, indicators: list[Indicator], limits: Limits
) -> DocumentEvidence:
    pages = document.pages if document is not None else []
    return DocumentEvidence(
        fallback_pages=frozenset(p.number for p in pages if p.fallback),
        suspect_pages=frozenset(p.number for p in pages if suspect_share(p.text) > limits.suspect_share),
        conflicting=conflicting_ids(indicators),
    )


def suspect_share(text: str) -> float:
    """Share of a text's non-space characters that a sound text layer does not print."""
    visible = sum(1 for ch in text if not ch.isspace())
    return len(_SUSPECT.findall(text)) / visible if visible else 0.0


def _side(comparator: str) -> str:
    return "upper" if comparator in _UPPER else "lower" if comparator in _LOWER else comparator


def _level(indicator: Indicator) -> tuple[float | None, float | None, float | None]:
    if indicator.value_normalized is not None or indicator.value_max_normalized is not None:
        return indicator.value_normalized, indicator.value_max_normalized, indicator.tolerance
    return indicator.value, indicator.value_max, indicator.tolerance


def conflicting_ids(indicators: list[Indicator]) -> frozenset[str]:
    """Values that another value of the same printed name, indicator, grade, conditions and bound
    side in the same document contradicts (水分 ≤12 % in table 1 and ≤14 % in clause 4.3).  Sub-items
    (噪声/洗涤, 噪声/脱水) differ by name, and the two ceilings m and M of a sampling plan (conditions
    "n=5,c=2") differ by design, so neither conflicts."""
    groups: dict[tuple, list[Indicator]] = defaultdict(list)
    for ind in indicators:
        if ind.comparator in _NO_NUMBER or ind.review_state == "rejected":
            continue
        if any(_SAMPLING_PLAN.search(c) for c in ind.conditions):
            continue
        conditions = tuple(sorted(name_key(c) for c in ind.conditions))
        key = (ind.canonical_id, name_key(strip_name(ind.name)), name_key(ind.grade or ""), conditions)
        groups[(*key, _side(ind.comparator))].append(ind)
    out: set[str] = set()
    for members in groups.values():
        if len({_level(m) for m in members}) > 1:
            out.update(m.id for m in members)
    return frozenset(out)


def value_evidence(
    indicator: Indicator, context: DocumentEvidence, lexicon: IndicatorLexicon, limits: Limits
) -> dict[str, float]:
    """The evidence about one value: ``{"flag:<name>": 1, "lexicon_fuzzy": 0.4, ...}`` (the names
    of :class:`EvidenceWeights` and ``flag:`` + each flag); absent evidence is left out."""
    found: dict[str, float] = {f"flag:{flag}": 1.0 for flag in dict.fromkeys(indicator.flags)}
    found.update(_lexicon_evidence(indicator, lexicon))
    found.update(_value_checks(indicator, lexicon))
    if indicator.id in context.conflicting:
        found["conflicting_value"] = 1.0
    if len(strip_name(indicator.name)) > limits.long_name:
        found["long_name"] = 1.0
    if indicator.comparator in ("qualitative", "reference"):
        found[indicator.comparator] = 1.0
    pages = {p.page for p in indicator.provenance}
    if pages & context.fallback_pages:
        found["page_fallback"] = 1.0
    if pages & context.suspect_pages:
        found["suspect_text"] = 1.0
    return found


def _lexicon_evidence(indicator: Indicator, lexicon: IndicatorLexicon) -> dict[str, float]:
    if indicator.canonical_id is None:
        return {"lexicon_unmatched": 1.0}
    score = indicator.match_score if indicator.match_score is not None else 100.0
    floor = lexicon.matching.threshold
    if score >= 100.0 or floor >= 100.0:
        return {}
    return {"lexicon_fuzzy": round(min(1.0, (100.0 - score) / (100.0 - floor)), 3)}


def _value_checks(indicator: Indicator, lexicon: IndicatorLexicon) -> dict[str, float]:
    if indicator.comparator in _NO_NUMBER:
        return {}
    found: dict[str, float] = {}
    # A matched name's unreadable unit is normalisation's flag unit_unknown; this is the same for
    # names the lexicon does not know.
    has_number = indicator.value is not None or indicator.value_max is not None
    printed = (indicator.unit or "").strip()
    if has_number and indicator.canonical_id is None and printed and parse_unit(printed) is None:
        found["unit_unreadable"] = 1.0
    spec = lexicon.get(indicator.canonical_id) if indicator.canonical_id else None
    if spec is not None and spec.plausible is not None:
        levels = [v for v in (indicator.value_normalized, indicator.value_max_normalized) if v is not None]
        if any(not spec.is_plausible(v) for v in levels):
            found["outside_plausible"] = 1.0
    return found


# --- scoring -------------------------------------------------------------------------------------


def log_odds(indicator: Indicator, evidence: dict[str, float], spec: ConfidenceSpec) -> float:
    """The base of where the value was read plus each piece of evidence times its weight."""
    total = spec.base.table if indicator.table is not None else spec.base.clause
    weights = spec.evidence.model_dump()
    for name, strength in evidence.items():
        if name.startswith("flag:"):
            total += strength * spec.flags.get(name[5:], spec.unknown_flag)
        else:
            total += strength * weights[name]
    return total


def confidence_of(indicator: Indicator, evidence: dict[str, float], spec: ConfidenceSpec) -> float:
    """The logistic of the log-odds, rounded to 3 places (so records compare exactly)."""
    z = log_odds(indicator, evidence, spec)
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def _logistic_v1(
    indicators: list[Indicator],
    document: ParsedDocument | None,
    spec: ConfidenceSpec,
    lexicon: IndicatorLexicon,
) -> list[Indicator]:
    context = document_evidence(document, indicators, spec.limits)
    out = []
    for ind in indicators:
        score = confidence_of(ind, value_evidence(ind, context, lexicon, spec.limits), spec)
        out.append(ind.model_copy(update={"confidence": score, "needs_review": score < spec.threshold}))
    return out


Scorer = Callable[[list[Indicator], ParsedDocument | None, ConfidenceSpec, IndicatorLexicon], list[Indicator]]
# One implementation per ``kind`` (a new behaviour is a new version, not a flag inside the old one).
SCORERS: dict[str, Scorer] = {"confidence.logistic.v1": _logistic_v1}


def score_confidence(
    indicators: list[Indicator],
    document: ParsedDocument | None = None,
    spec: ConfidenceSpec | None = None,
    lexicon: IndicatorLexicon | None = None,
) -> list[Indicator]:
    """Every indicator with ``confidence`` and ``needs_review`` set; nothing else changes."""
    spec = spec or default_confidence_spec()
    return SCORERS[spec.kind](indicators, document, spec, lexicon or default_lexicon())
