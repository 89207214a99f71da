"""Comparator phrases (extractors/comparators.toml): find what a requirement compares with.

All lookups work on textnorm.clean_text output, which maps characters one to one, so a match's
offsets are offsets in the printed text too.  Where two phrases end at the same place the longer
wins (不大于 over 大于); where several occur, the one nearest the number wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from std_extract.rulefile import RuleSource, default_source, load_spec
from std_extract.textnorm import clean_text

COMPARATORS_FILE = "comparators.toml"

Order = Literal["<=", ">=", "<", ">", "="]


class ComparatorTableSpec(BaseModel):
    """extractors/comparators.toml, validated."""

    model_config = ConfigDict(extra="forbid")

    prefix: dict[str, Literal["<=", ">=", "<", ">", "=", "tolerance"]]
    suffix: dict[str, Order]
    header: dict[str, Order]
    not_detected: dict[str, Literal["not_detected"]]
    qualitative: dict[str, Literal["qualitative"]]
    reference: dict[str, Literal["reference"]]
    none: dict[str, Literal["none"]]
    connectors: dict[str, Literal["or", "and"]]
    condition: dict[str, Literal["condition"]]
    modal: dict[str, Literal["shall", "shall_not", "should"]] = {}
    class_codes: dict[str, Literal["qualitative"]] = {}

    @field_validator("reference")
    @classmethod
    def _patterns_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for pattern in value:
            if "target" not in _compiled(pattern).groupindex:
                raise ValueError(f"pattern {pattern!r} has no (?P<target>...) group")
        return value

    @field_validator("class_codes")
    @classmethod
    def _codes_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for pattern in value:
            _compiled(pattern)
        return value

    @field_validator("modal")
    @classmethod
    def _negations_start_with_bu(cls, value: dict[str, str]) -> dict[str, str]:
        for word, kind in value.items():
            if kind == "shall_not" and (not word.startswith("不") or len(word) < 2):
                raise ValueError(f"shall_not word {word!r} does not start with 不")
        return value


def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc


@dataclass(frozen=True)
class ComparatorMatch:
    """A comparator phrase found in a text."""

    phrase: str
    comparator: str
    start: int
    end: int


def load_comparator_table(source: RuleSource | None = None) -> ComparatorTableSpec:
    """Load comparators.toml (the shipped one unless ``source`` is given)."""
    src, label = default_source(COMPARATORS_FILE) if source is None else (source, str(source))
    return load_spec(ComparatorTableSpec, src, label)


@cache
def comparator_table() -> ComparatorTableSpec:
    """The shipped comparator table, loaded once."""
    return load_comparator_table()


# After an upper-case word (ND), one lower-case footnote letter: "NDᵃ" printed on the baseline ("NDa",
# GB 4806.7 表A.1 as a word processor prints it) is ND and the footnote a, not a word "NDa".
_FOOTNOTE_AFTER_WORD = r"(?=(?-i:[a-h])(?![A-Za-z]))"


def _alternation(phrases: list[str], *, ascii_bounded: bool = True) -> re.Pattern[str]:
    """One regex over phrases, longest first; ASCII words only match as whole words (an upper-case
    word may carry a footnote letter: "NDa")."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        escaped = re.escape(clean_text(phrase))
        if ascii_bounded and re.fullmatch(r"[A-Z.]+", phrase) and phrase[-1].isalpha():
            escaped = rf"(?<![A-Za-z]){escaped}(?:(?![A-Za-z])|{_FOOTNOTE_AFTER_WORD})"
        elif ascii_bounded and re.fullmatch(r"[A-Za-z.]+", phrase):
            escaped = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
        parts.append(escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


_UNIT_MIN_MAX = re.compile(r"[/(]\s*$")


class Comparators:
    """One comparator table compiled: every lookup of a requirement's comparator reads it.

    Built once per rule set (:class:`std_extract.rules.Rules` holds one); the module-level
    functions below read the shipped table's (:func:`default_comparators`).
    """

    def __init__(self, table: ComparatorTableSpec):
        self.table = table
        sections = ("suffix", "header", "not_detected", "qualitative", "connectors", "condition")
        self._patterns = {name: _alternation(list(getattr(table, name))) for name in sections}
        self.negation_infix = "|".join(re.escape(w[1:]) for w in self.modal_words("shall_not"))
        prefix = _alternation(list(table.prefix))
        self._patterns["prefix"] = re.compile(self.with_negation_infix(prefix.pattern), prefix.flags)
        self._folded = {
            section: {clean_text(k).casefold(): v for k, v in getattr(table, section).items()}
            for section in ("prefix", *sections)
        }
        self.class_codes = _class_code_pattern(list(table.class_codes))
        self.references = tuple(re.compile(p) for p in table.reference)
        self.none_markers = frozenset(re.sub(r"\s+", "", clean_text(k)) for k in table.none)
        self.connectors = {kind: _connector_pattern(table, kind) for kind in ("or", "and")}

    def modal_words(self, kind: Literal["shall", "shall_not", "should"]) -> tuple[str, ...]:
        """The modal words of one kind ([modal]), longest first."""
        words = [w for w, k in self.table.modal.items() if k == kind]
        return tuple(sorted(words, key=len, reverse=True))

    def with_negation_infix(self, pattern: str) -> str:
        """Every 不 phrase of a regex also matches with a shall-not infix: 不大于 matches 不应大于."""
        infix = self.negation_infix
        return pattern.replace("不", f"不(?:{infix})?") if infix else pattern

    def lookup(self, section: str, phrase: str) -> str:
        table: dict[str, str] = getattr(self.table, section)
        if phrase in table:
            return table[phrase]
        key = clean_text(phrase).casefold()
        if key not in self._folded[section] and section == "prefix" and self.negation_infix:
            key = re.sub(f"^不(?:{self.negation_infix})", "不", key)  # 不应高于 -> 不高于
        return self._folded[section][key]

    def last(self, section: str, text: str) -> ComparatorMatch | None:
        matches = list(self._patterns[section].finditer(clean_text(text)))
        if not matches:
            return None
        last = matches[-1]
        return ComparatorMatch(last.group(), self.lookup(section, last.group()), last.start(), last.end())

    def phrases(self) -> tuple[str, ...]:
        """Phrases that open a requirement: prefix comparators and not-detected phrases, longest first.

        ASCII-letter phrases (ND) are left out: callers search raw text with them, without word bounds.
        """
        table = self.table
        phrases = [*table.prefix, *(p for p in table.not_detected if not re.search(r"[A-Za-z]", p))]
        return tuple(sorted({clean_text(p) for p in phrases}, key=len, reverse=True))

    def find_suffix(self, text: str) -> ComparatorMatch | None:
        """A suffix comparator at the start of ``text`` (the words after a number and its unit)."""
        # Only the head can match: cleaning the whole rest of a clause for every number in it made
        # a long clause quadratic (clean_text maps one char to one, so offsets are the same).
        cleaned = clean_text(text[: _LEADING_SPACE.match(text).end() + _HEAD_CHARS])  # type: ignore[union-attr]
        stripped = cleaned.lstrip()
        match = self._patterns["suffix"].match(stripped)
        if match is None:
            return None
        offset = len(cleaned) - len(stripped)
        comparator = self.lookup("suffix", match.group())
        return ComparatorMatch(match.group(), comparator, offset, offset + match.end())

    def header_comparator(self, text: str) -> str | None:
        """The comparator a column header, row label, caption or intro implies, or None.

        A printed symbol or phrase wins ("垩白度/% ≤", "初凝时间/min ≥"); otherwise a hint word
        ("限量", "最大值", "max"; "最小值", "min").  "min" after "/" or "(" is the unit minute.
        """
        if not text:
            return None
        cleaned = clean_text(text)
        found = self.last("prefix", cleaned)
        if found is not None and _states_a_comparator(found, cleaned):
            return found.comparator
        for match in reversed(list(self._patterns["header"].finditer(cleaned))):
            if match.group().lower().startswith("min") and _UNIT_MIN_MAX.search(cleaned[: match.start()]):
                continue
            return self.lookup("header", match.group())
        return None

    def is_none_marker(self, text: str) -> bool:
        """A cell that states no requirement ("—", "/", "N.S.", "不作要求")."""
        return re.sub(r"\s+", "", clean_text(text)) in self.none_markers

    def find_condition(self, text: str) -> ComparatorMatch | None:
        """A condition word at the start of ``text`` ("时" in "25℃时")."""
        match = self._patterns["condition"].match(clean_text(text[:_HEAD_CHARS]))  # the head only, as above
        return None if match is None else ComparatorMatch(match.group(), "condition", 0, match.end())

    def find_reference(self, text: str) -> tuple[str, int, int] | None:
        """What a reference requirement points to ("应符合GB 2762的规定" -> "GB 2762") and its span."""
        cleaned = clean_text(text)
        for pattern in self.references:
            match = pattern.search(cleaned)
            if match:
                target = match.group("target").strip(" ：:，,")
                if target:
                    return target, match.start("target"), match.end("target")
        return None


# Longer than any suffix or condition phrase with the characters its lookahead reads.
_HEAD_CHARS = 64
_LEADING_SPACE = re.compile(r"\s*")


def _class_code_pattern(codes: list[str]) -> re.Pattern[str] | None:
    """The class codes of [class_codes] as whole tokens, with a 级/类 after them."""
    if not codes:
        return None
    alternation = "|".join(f"(?:{c})" for c in codes)
    return re.compile(rf"(?<![A-Za-z0-9.\-])(?:{alternation})(?![A-Za-z0-9.])(?:\s*(?:级|类))?")


def _connector_pattern(table: ComparatorTableSpec, kind: Literal["or", "and"]) -> re.Pattern[str]:
    """A regex for the connectors of one kind; 或 before 以上/以下 is a suffix, and 或 before 等于 is
    inside a comparator ("≥12.5，或小于或等于2.0": 小于或等于 is ≤), not an OR."""
    words = [w for w, k in table.connectors.items() if k == kind]
    alternation = _alternation(words).pattern
    return re.compile(rf"(?:{alternation})(?!以[上下]|等于)", re.IGNORECASE)


def _states_a_comparator(found: ComparatorMatch, header: str) -> bool:
    """± is no header comparator; "=" counts only at the end ("n=5 c=0" names a sampling plan)."""
    if found.comparator == "tolerance":
        return False
    return found.comparator != "=" or not header[found.end :].strip()


@cache
def default_comparators() -> Comparators:
    """The shipped table compiled, once (callers given no rule set read it)."""
    return Comparators(comparator_table())


# --- the shipped table's lookups, for callers that hold no rule set -----------------------------


def modal_words(kind: Literal["shall", "shall_not", "should"]) -> tuple[str, ...]:
    """The modal words of one kind (comparators.toml [modal]), longest first."""
    return default_comparators().modal_words(kind)


def with_negation_infix(pattern: str) -> str:
    """Every 不 phrase of a regex also matches with a shall-not infix: 不大于 matches 不应大于, 不得大于."""
    return default_comparators().with_negation_infix(pattern)


def class_code_pattern() -> re.Pattern[str] | None:
    """The class codes of comparators.toml [class_codes] as whole tokens, with a 级/类 after them."""
    return default_comparators().class_codes


def comparator_phrases() -> tuple[str, ...]:
    """Phrases that open a requirement (see :meth:`Comparators.phrases`)."""
    return default_comparators().phrases()


def find_prefix(text: str) -> ComparatorMatch | None:
    """The prefix comparator nearest the end of ``text`` (the words before a number)."""
    return default_comparators().last("prefix", text)


def find_suffix(text: str) -> ComparatorMatch | None:
    """A suffix comparator at the start of ``text`` (the words after a number and its unit)."""
    return default_comparators().find_suffix(text)


def find_comparator(text: str) -> ComparatorMatch | None:
    """Any comparator phrase in ``text``: the last prefix phrase, else the last suffix phrase."""
    comparators = default_comparators()
    return comparators.last("prefix", text) or comparators.last("suffix", text)


def header_comparator(text: str) -> str | None:
    """The comparator a header, label, caption or intro implies (:meth:`Comparators.header_comparator`)."""
    return default_comparators().header_comparator(text)


def is_none_marker(text: str) -> bool:
    """A cell that states no requirement ("—", "/", "N.S.", "不作要求")."""
    return default_comparators().is_none_marker(text)


def find_not_detected(text: str) -> ComparatorMatch | None:
    """A not-detected phrase ("不得检出", "阴性", "ND") anywhere in ``text``."""
    return default_comparators().last("not_detected", text)


def find_qualitative(text: str) -> ComparatorMatch | None:
    """A qualitative marker ("应无", "应具有", "正常") anywhere in ``text``."""
    return default_comparators().last("qualitative", text)


def find_condition(text: str) -> ComparatorMatch | None:
    """A condition word at the start of ``text`` ("时" in "25℃时")."""
    return default_comparators().find_condition(text)


def find_reference(text: str) -> tuple[str, int, int] | None:
    """What a reference requirement points to ("应符合GB 2762的规定" -> "GB 2762") and its span."""
    return default_comparators().find_reference(text)


def connector_pattern(kind: Literal["or", "and"]) -> re.Pattern[str]:
    """A regex for the connectors of one kind; 或 before 以上/以下 is a suffix, not an OR."""
    return default_comparators().connectors[kind]
