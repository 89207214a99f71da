"""The normalisation layer: printed numbers, units, comparators and requirements to comparable values.

Rule data lives in extractors/ (units.toml, comparators.toml, indicators.toml); each module here
loads its table once.  Public entry points:

- :func:`std_extract.normalize.requirement.parse_requirement` - a printed requirement to limits
- :func:`std_extract.normalize.units.parse_unit`, :func:`~std_extract.normalize.units.convert`
- :func:`std_extract.normalize.numbers.parse_number`, :func:`~std_extract.normalize.numbers.find_numbers`
- :func:`std_extract.normalize.comparators.header_comparator` and the phrase finders
- :mod:`std_extract.lexicon` - the canonical indicator lexicon (name matching, value normalisation)
"""

from std_extract.normalize.comparators import comparator_phrases, find_comparator, header_comparator
from std_extract.normalize.numbers import find_numbers, parse_number
from std_extract.normalize.requirement import ParsedLimit, parse_requirement
from std_extract.normalize.units import ParsedUnit, convert, parse_unit

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
