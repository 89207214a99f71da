"""Normalisation stage: canonical indicator names and values in canonical units.

The printed form is never replaced: ``name``, ``unit`` and ``provenance.source_text`` stay as
printed; this stage only fills ``canonical_*``, ``match_score`` and the ``*_normalized`` fields,
and flags why a value could not be normalised ("unit_unknown", "unit_mismatch", "unit_missing").
"""

from __future__ import annotations

import re

from std_extract.document import ParsedDocument
from std_extract.indicator_lexicon import IndicatorLexicon, LexiconMatch, default_lexicon, normalize_limit
from std_extract.record import Indicator
from std_extract.textnorm import compact


def warm_up() -> None:
    """Load the lexicon, the unit registry and the comparator table once."""
    from std_extract.values.comparators import comparator_table
    from std_extract.values.units import unit_registry

    default_lexicon()
    unit_registry()
    comparator_table()


# A parent label naming a difference or a ratio of what its sub-labels name ("凝结时间之差/初凝": the
# admixture's setting time less the reference's, at initial set): the parent is the quantity, the
# sub-label says of what; it is tried before the sub-label, which alone names another quantity (初凝时间).
_RELATIVE_PARENT = re.compile(r"(?:之差|差值|之比|比值)$")


def match_name(
    name: str, unit: str | None, lexicon: IndicatorLexicon, categories: set[str] | None = None
) -> LexiconMatch | None:
    """Match a printed name; a nested label ("碎米/小碎米含量") is tried whole, then by its parts,
    the most specific (last) part first, unless the first names a difference of the others
    (:data:`_RELATIVE_PARENT`).  ``categories``: the document's context (IndicatorLexicon.contexts)."""
    parts = [p for p in name.split("/") if p.strip()]
    variants = [name] + ([parts[-1], "".join(parts), parts[0]] if len(parts) > 1 else [])
    if len(parts) > 1 and _RELATIVE_PARENT.search(compact(parts[0])):
        variants = [name, parts[0], "".join(parts)]
    best: LexiconMatch | None = None
    for variant in variants:
        found = lexicon.match(variant, unit=unit, categories=categories)
        if found and (best is None or found.score > best.score):
            best = found
        if best and best.score >= 100:
            break
    return best


# The basis a table prints in a column header or a row ("每100 kJ", "每100 kcal", "每100 g", "以每100 mL计"),
# which the reader keeps as a condition while the cell's unit is the numerator alone (mg, g, μg).
_BASIS = re.compile(r"^(?:以)?每?(100|1)(g|克|mL|ml|毫升|kJ|千焦|kcal|千卡)(?:计)?$")
_BASIS_UNITS = {"克": "g", "毫升": "mL", "ml": "mL", "千焦": "kJ", "千卡": "kcal"}


def based_unit(unit: str | None, conditions: list[str]) -> str | None:
    """The printed unit with the basis a condition names (mg and "每100 kJ" -> "mg/100 kJ"); the unit
    as printed when it has a basis of its own ("mg/kg") or no condition names one."""
    if not unit or "/" in unit:
        return unit
    for condition in conditions:
        match = _BASIS.match(compact(condition))
        if match:
            return f"{unit}/{match.group(1)} {_BASIS_UNITS.get(match.group(2), match.group(2))}"
    return unit


# A method standard's quality-control table lists its analytes in rows and names the quantity it
# controls in its caption or in the rows' conditions ("表2 目标物的基体加标回收率控制范围", rows "萘 40～110"
# in %): such a row is the analyte's recovery, not a content of 110 % naphthalene.  Read so only for a
# row in % whose name is a substance (a content or a concentration), a method id in % (加标回收率,
# 相对偏差, 相对标准偏差) printed in the caption, the table's title or a condition, and words of a method's
# quality control there (目标物, 加标, 质量控制, 控制范围): a product's "有价金属回收率" or "化学成分及
# 精密度" table, or a content row with a condition 相对偏差, keeps its substances (review of 40ec9fc).
_SUBSTANCE_DIMENSIONS = ("mass_fraction", "mass_concentration")
_QUALITY_CONTROL = re.compile(r"目标物|加标|替代物|质量控制|质控|控制范围|控制限")


def _method_quantities(lexicon: IndicatorLexicon) -> list[tuple[str, str]]:
    """(printed name, id) of the method ids in %, the longest name first."""
    named = [
        (name, spec.id)
        for spec in lexicon
        if "method" in spec.category and spec.unit == "%"
        for name in [spec.name, *spec.synonyms]
    ]
    return sorted(named, key=lambda item: -len(item[0]))


def controlled_quantity(
    indicator: Indicator, found: LexiconMatch | None, texts: list[str], lexicon: IndicatorLexicon
) -> LexiconMatch | None:
    """The method quantity a quality-control row reports of its analyte (see above), or None."""
    spec = lexicon.get(found.canonical_id) if found else None
    if spec is None or spec.dimension not in _SUBSTANCE_DIMENSIONS or compact(indicator.unit or "") != "%":
        return None
    joined = compact(" ".join([*indicator.conditions, *texts]))
    if not _QUALITY_CONTROL.search(joined):
        return None
    for name, canonical_id in _method_quantities(lexicon):
        if compact(name) in joined:
            method = lexicon.get(canonical_id)
            label = method.name if method else name
            return LexiconMatch(canonical_id=canonical_id, canonical_name=label, score=100.0, matched=name)
    return None


def normalise_indicator(
    indicator: Indicator,
    lexicon: IndicatorLexicon,
    categories: set[str] | None = None,
    table_texts: list[str] | None = None,
) -> Indicator:
    """``table_texts``: the caption and title of the table the value was read from."""
    found = match_name(indicator.name, indicator.unit, lexicon, categories)
    found = controlled_quantity(indicator, found, table_texts or [], lexicon) or found
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
        based = based_unit(indicator.unit, indicator.conditions)
        if "unit_mismatch" in normalised.flags and based != indicator.unit:
            rebased = normalize_limit(spec, value, indicator.value_max, based)
            normalised = rebased if not rebased.flags else normalised
        update["value_normalized"] = normalised.value_normalized
        update["value_max_normalized"] = normalised.value_max_normalized
        update["unit_normalized"] = normalised.unit_normalized
        if normalised.flags:
            update["flags"] = [*indicator.flags, *normalised.flags]
    return indicator.model_copy(update=update)


def document_contexts(
    indicator: Indicator, document: ParsedDocument | None, lexicon: IndicatorLexicon
) -> set[str]:
    """The context categories of a value: words of the document's title, or of the caption, title,
    headings and introduction of the table it was read from ("表2 水泥熟料中可浸出重金属含量限值":
    a leachate's limits, whose 氟化物 and 铅 in mg/L are no effluent's)."""
    if document is None:
        return set()
    texts = [document.metadata.title] if document.metadata is not None else []
    for table in _tables_of(indicator, document):
        texts += [table.caption, table.title, table.intro_text, *table.headings]
    return lexicon.contexts(texts)


def _tables_of(indicator: Indicator, document: ParsedDocument | None) -> list:
    if document is None or indicator.table is None:
        return []
    return [table for table in document.tables if table.number == indicator.table]


def table_captions(indicator: Indicator, document: ParsedDocument | None) -> list[str]:
    """The caption and title of the table a value was read from (none for a clause's value)."""
    tables = _tables_of(indicator, document)
    return [text for table in tables for text in (table.caption, table.title) if text]


def normalise_indicators(
    indicators: list[Indicator],
    lexicon: IndicatorLexicon | None = None,
    document: ParsedDocument | None = None,
) -> list[Indicator]:
    """Canonical ids and values of ``indicators``; ``document`` (when given) supplies the context
    (:func:`document_contexts`) that decides between ids sharing a name and a unit."""
    lexicon = lexicon or default_lexicon()
    return [
        normalise_indicator(i, lexicon, document_contexts(i, document, lexicon), table_captions(i, document))
        for i in indicators
    ]
