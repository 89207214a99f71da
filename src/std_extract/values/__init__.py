"""Reading printed values: numbers, units, comparators and requirements to comparable values.

Rule data lives in extractors/ (units.toml, comparators.toml, indicators.toml); each module here
loads its table once.  Public entry points:

- :func:`std_extract.values.requirement.parse_requirement` - a printed requirement to limits
- :func:`std_extract.values.units.parse_unit`, :func:`~std_extract.values.units.convert`
- :func:`std_extract.values.numbers.parse_number`, :func:`~std_extract.values.numbers.find_numbers`
- :func:`std_extract.values.comparators.header_comparator` and the phrase finders
- :mod:`std_extract.indicator_lexicon` (outside this package) - the canonical indicator lexicon (name
  matching, value normalisation); :mod:`std_extract.rulefile` reads the rule files
"""

from std_extract.values.comparators import comparator_phrases, find_comparator, header_comparator
from std_extract.values.numbers import find_numbers, parse_number
from std_extract.values.requirement import ParsedLimit, parse_requirement
from std_extract.values.units import ParsedUnit, convert, parse_unit

__all__ = [
    "ParsedLimit",
    "ParsedUnit",
    "comparator_phrases",
    "convert",
    "find_comparator",
    "find_numbers",
    "header_comparator",
    "parse_number",
    "parse_requirement",
    "parse_unit",
]
