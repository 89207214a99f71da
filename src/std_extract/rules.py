"""Every extraction rule of one folder as one immutable object, handed to each stage.

    rules  = load_rules(Path("my-extractors"))     # every file validated; errors name file and field
    record = process_file(pdf, rules=rules)         # the stages read only ``rules``
    record = process_file(pdf)                      # the shipped rules (default_rules(), read once)

The stages take the rules as an argument rather than reading module globals, so a test builds a
:class:`Rules` by hand (``dataclasses.replace(default_rules(), clauses=...)``) and two rule sets run
side by side in one process.  A folder is an ``extractors/`` folder: indicators.toml, units.toml,
comparators.toml, scope.toml, clauses.toml, tables.toml, standard_numbers.toml, confidence.toml
(plans/ is read by ranking, not by extraction).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from std_extract.extract.clausewords import CLAUSES_FILE, ClauseWords, load_clause_words_spec
from std_extract.extract.confidence import (
    CONFIDENCE_FILE,
    ConfidenceSpec,
    default_confidence_spec,
    load_confidence_spec,
)
from std_extract.extract.scope import SCOPE_FILE, ScopeRules, load_scope
from std_extract.extract.tablevocab import TableVocab, load_table_vocab_spec
from std_extract.indicator_lexicon import INDICATORS_FILE, IndicatorLexicon, default_lexicon, load_lexicon
from std_extract.stdnum import RULE_FILE as NUMBERS_FILE
from std_extract.stdnum import NumberGrammar, load_number_grammar, number_grammar
from std_extract.values.comparators import (
    COMPARATORS_FILE,
    Comparators,
    default_comparators,
    load_comparator_table,
)
from std_extract.values.requirement import ValueReader, default_reader
from std_extract.values.units import UNITS_FILE, UnitTableSpec, load_unit_table, unit_table, unit_words

TABLES_FILE = "tables.toml"


@dataclass(frozen=True, eq=False)
class Rules:
    """The rules one extraction runs with: each file validated and compiled, none changed after."""

    origin: str  # where the rules were read ("extractors/" for the shipped ones)
    units: UnitTableSpec
    comparators: Comparators
    lexicon: IndicatorLexicon
    scope: ScopeRules
    clauses: ClauseWords
    tables: TableVocab
    numbers: NumberGrammar
    confidence: ConfidenceSpec
    values: ValueReader  # comparators, standard numbers and unit words, for reading printed values


def load_rules(folder: Path | Traversable | None = None) -> Rules:
    """Read and validate every rule file of ``folder`` (the shipped extractors/ when None).

    A missing or broken file raises :class:`~std_extract.errors.RuleFileError` naming it and the field.
    """
    if folder is None:
        return _shipped()

    def source(name: str) -> Path | Traversable:
        return folder / name

    units = load_unit_table(source(UNITS_FILE))
    comparators = Comparators(load_comparator_table(source(COMPARATORS_FILE)))
    numbers = NumberGrammar(load_number_grammar(source(NUMBERS_FILE)))
    return Rules(
        origin=str(folder),
        units=units,
        comparators=comparators,
        lexicon=load_lexicon(source(INDICATORS_FILE)),
        scope=ScopeRules(load_scope(source(SCOPE_FILE))),
        clauses=ClauseWords(load_clause_words_spec(source(CLAUSES_FILE)), comparators),
        tables=TableVocab(load_table_vocab_spec(source(TABLES_FILE))),
        numbers=numbers,
        confidence=load_confidence_spec(source(CONFIDENCE_FILE)),
        values=ValueReader(comparators, numbers, unit_words(units)),
    )


def _shipped() -> Rules:
    """The shipped rules, made of the objects the modules' own defaults hold (default_lexicon(),
    default_reader() …), so a process keeps one copy of each however its callers reach it."""
    comparators = default_comparators()
    return Rules(
        origin="extractors/",
        units=unit_table(),
        comparators=comparators,
        lexicon=default_lexicon(),
        scope=ScopeRules(load_scope()),
        clauses=ClauseWords(load_clause_words_spec(), comparators),
        tables=TableVocab(load_table_vocab_spec()),
        numbers=number_grammar(),
        confidence=default_confidence_spec(),
        values=default_reader(),
    )


@cache
def default_rules() -> Rules:
    """The shipped rules (extractors/ of the installed package), read once per process."""
    return load_rules()
