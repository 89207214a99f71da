"""Standard numbers: the grammar of extractors/standard_numbers.toml as patterns, in one place.

Every stage that meets a standard number reads it through :class:`NumberGrammar`: the cover and
the running header (``number``: code, sequence and year), and text where a cited standard is a
name, not a value (``citation``: the year optional, foreign codes too).  The codes are data (the
lists of 行业标准代号, the region codes of local and enterprise standards), so an agency adds a code
without touching code; the shapes (a slash before /T, a dash before the year) are written here once.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from std_extract.textnorm import DASHES

if TYPE_CHECKING:
    from std_extract.rulefile import RuleSource

RULE_FILE = "standard_numbers.toml"
Code = Annotated[str, Field(pattern=r"^[A-Z]{2,5}(?:/[A-Z]{2,5})?$")]  # GB, CJJ, ISO/IEC
Letter = Annotated[str, Field(pattern=r"^[A-Z]$")]  # T, Z


def _unique(codes: list[str]) -> list[str]:
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise ValueError(f"listed twice: {', '.join(twice)}")
    return codes


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalCodes(_Spec):
    """DB + a province's division code, glued: DB32/T."""

    code: str = Field(pattern=r"^[A-Z]{1,4}$")
    region_digits: int = Field(ge=1, le=9)
    suffixes: list[Letter] = Field(default_factory=list)


class BodyCodes(_Spec):
    """A letter, a slash and the issuer's own code: T/CAS, Q/SHLY, Q/410122 SHSD (a region first)."""

    code: str = Field(pattern=r"^[A-Z]$")
    region_digits: int = Field(default=0, ge=0, le=9)


class NumberGrammarSpec(_Spec):
    """extractors/standard_numbers.toml."""

    national: list[Code] = Field(min_length=1)
    industry: list[Code] = Field(default_factory=list)
    suffixes: list[Letter] = Field(default_factory=list)
    foreign: list[Code] = Field(default_factory=list)
    local: LocalCodes
    group: BodyCodes
    enterprise: BodyCodes

    _codes = field_validator("national", "industry", "foreign")(_unique)


def load_number_grammar(source: RuleSource | None = None) -> NumberGrammarSpec:
    """Read and validate the grammar file (the shipped one when ``source`` is None)."""
    # imported here: std_extract.values reads numbers through this module
    from std_extract.rulefile import default_source, load_spec

    if source is None:
        source, label = default_source(RULE_FILE)
    else:
        label = str(source)
    return load_spec(NumberGrammarSpec, source, label)


def _any_of(words: list[str]) -> str:
    """Longest first, so GBZ is not read as GB and Z."""
    return "|".join(re.escape(w).replace("/", r"\s*/\s*") for w in sorted(words, key=len, reverse=True))


_DASH = "[-" + "".join(DASHES) + "]"
_SLASH = r"\s*/\s*"


class NumberGrammar:
    """The patterns of one grammar spec.

    ``number``: a full number with its year, groups ``prefix``, ``seq``, ``year`` (and ``region``,
    ``body`` for an enterprise code printed apart).  ``citation``: a number as text cites it, the
    year optional, foreign codes included, no groups (it is combined into other patterns).
    ``reference``: a citation whose year, if any, has four digits (a well-formed reference entry).
    """

    def __init__(self, spec: NumberGrammarSpec):
        self.spec = spec
        prefix = self._prefix(spec, named=True)
        seq = rf"\d+(?:\s*\.\s*\d+)*(?:[A-Z](?=\s*{_DASH}))?"
        self.number = re.compile(
            rf"(?<![A-Za-z])(?P<prefix>{prefix})\s*(?P<seq>{seq})\s*{_DASH}\s*(?P<year>(?:19|20)\d{{2}})(?!\d)"
        )
        codes = self._prefix(spec, named=False)
        if spec.foreign:
            codes = f"{_any_of(spec.foreign)}|{codes}"
        year = rf"\s*{_DASH}\s*(?:\d{{4}}|\d{{2}})(?![\d:])"  # GB 2762-2017, GB 2760-86
        iso_year = r"(?:-\d+)*\s*:\s*(?:19|20)\d{2}"  # ISO 6579-1:2017
        self.citation_pattern = rf"(?<![A-Za-z])(?:{codes})\s*{seq}(?:{year}|{iso_year})?"
        self.citation = re.compile(self.citation_pattern)
        # 规范性引用文件 entries: a year, when printed, has four digits ("GB 4706.1—20" is cut off)
        self.reference = re.compile(
            rf"(?<![A-Za-z])(?:{codes})\s*{seq}(?:\s*{_DASH}\s*(?:19|20)\d{{2}}(?![\d:])|{iso_year})?"
        )

    @staticmethod
    def _prefix(spec: NumberGrammarSpec, *, named: bool) -> str:
        suffix = f"(?:{_SLASH}[{''.join(spec.suffixes)}])?" if spec.suffixes else ""
        local_suffix = f"(?:{_SLASH}[{''.join(spec.local.suffixes)}])?" if spec.local.suffixes else ""
        region, body = ("(?P<region>", "(?P<body>") if named else ("(?:", "(?:")
        parts = [
            f"(?:{_any_of(spec.national + spec.industry)}){suffix}",
            rf"{spec.local.code}\s*\d{{{spec.local.region_digits}}}{local_suffix}",
        ]
        for coded, names in ((spec.enterprise, (region, body)), (spec.group, ("(?:", "(?:"))):
            apart = ""
            if coded.region_digits:  # Q/410122 SHSD: the region code, a space, the letters
                apart = rf"{names[0]}\d{{{coded.region_digits}}})\s+{names[1]}[A-Z][A-Z0-9]*)|"
            parts.append(rf"{coded.code}{_SLASH}(?:{apart}[A-Z0-9]+)")
        return "|".join(parts)

    def normalise(self, match: re.Match) -> tuple[str, str, str, int]:
        """(number, prefix, kind, year) of a ``number`` match: "GB/T 19266-2008", "GB/T", "GB/T", 2008.

        Spaces inside the code go, except between an enterprise's region code and its letters
        ("Q/410122 SHSD 008-2025")."""
        if match.group("region"):
            prefix = f"{self.spec.enterprise.code}/{match.group('region')} {match.group('body')}"
        else:
            prefix = re.sub(r"\s+", "", match.group("prefix"))
        seq = re.sub(r"\s+", "", match.group("seq"))
        year = int(match.group("year"))
        return f"{prefix} {seq}-{year}", prefix, self.kind(prefix), year

    def kind(self, prefix: str) -> str:
        """ "DB32/T" -> "DB/T", "T/CAS" -> "T", "Q/320115ABC" -> "Q", "GB/T" -> "GB/T"."""
        for coded in (self.spec.group, self.spec.enterprise):
            if prefix.startswith(coded.code + "/"):
                return coded.code
        local = self.spec.local.code
        if re.match(rf"{local}\d", prefix):
            slash = prefix.find("/")
            return local + (prefix[slash:] if slash > 0 else "")
        return prefix


@cache
def number_grammar() -> NumberGrammar:
    """The shipped grammar, read once."""
    return NumberGrammar(load_number_grammar())
