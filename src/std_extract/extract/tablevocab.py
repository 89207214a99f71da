"""The table vocabulary of extractors/tables.toml: column-role words, caption classes, grade ladders
and no-requirement markers, validated into :class:`TableVocabSpec` and compiled into
:class:`TableVocab` (patterns), the one place tables, grades and ranking read them from.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from std_extract.rulefile import RegexText, RuleSource, default_source, load_spec
from std_extract.textnorm import clean_text


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Words(_Spec):
    """Header words by how they match the header leaf (spaces removed)."""

    exact: list[str] = Field(default_factory=list)
    prefix: list[str] = Field(default_factory=list)
    contains: list[str] = Field(default_factory=list)
    suffix: list[str] = Field(default_factory=list)


class ColumnWords(_Spec):
    index: Words
    label: Words
    item: Words
    category: Words
    unit: Words
    method: Words
    note: Words
    value: Words
    not_value: Words = Field(default_factory=Words)
    generic_value: Words
    limit: Words = Field(default_factory=Words)
    named_unit: Words = Field(default_factory=Words)
    condition: Words = Field(default_factory=Words)
    location: Words = Field(default_factory=Words)
    ceiling: Words = Field(default_factory=Words)
    schedule: Words = Field(default_factory=Words)
    parameter: Words = Field(default_factory=Words)
    not_kind: Words = Field(default_factory=Words)
    grade_parent: Words = Field(default_factory=Words)
    property_class: Words = Field(default_factory=Words)
    part: Words = Field(default_factory=Words)
    declared: Words = Field(default_factory=Words)
    deviation: Words = Field(default_factory=Words)
    minimum: Words
    maximum: Words


class RowWords(_Spec):
    section_category: Words
    section_group: Words = Field(default_factory=Words)
    condition: Words = Field(default_factory=Words)
    measured_in: Words = Field(default_factory=Words)
    product_category: Words = Field(default_factory=Words)


class PlanWords(_Spec):
    n: list[str] = Field(min_length=1)
    c: list[str] = Field(min_length=1)
    limits: list[str] = Field(min_length=1)


class HeaderWords(_Spec):
    # Two-character headers spaced out across their cell ("项      目"): one header word, not two columns
    spaced: list[str] = Field(default_factory=list)


class CaptionWords(_Spec):
    requirement: list[str] = Field(min_length=1)
    requirement_intro: list[str] = Field(default_factory=list)
    not_requirement: list[str] = Field(default_factory=list)
    # Method words of a caption a quality-control clause may bind ("回收率控制范围"), and its binding word
    acceptance: list[str] = Field(default_factory=list)
    acceptance_intro: list[str] = Field(default_factory=list)
    # Words of a caption naming an instrument's tuning criteria ("BFB关键离子丰度标准", extract/tableqc.py)
    tuning: list[str] = Field(default_factory=list)
    # Introducing sentences saying the table divides the product into classes ("以菌盖直径划分规格")
    division_intro: list[str] = Field(default_factory=list)
    # Words ending the product a caption names before 的 and the quantity ("熟制坚果与籽类食品的水分限量")
    owner: list[str] = Field(default_factory=list)


class MarkerWords(_Spec):
    no_requirement: list[str] = Field(min_length=1)
    # Cells opening with the reference a column's values are scaled to ("基峰，100%相对丰度"): no requirement
    scale_reference: list[str] = Field(default_factory=list)


class NoteWords(_Spec):
    # Words after which a footnote states another value of its row's limit, and the comparator
    # that value takes ("same": the row's own, a bound relaxed or tightened).
    alternative: dict[str, Literal["same", "<=", ">=", "<", ">", "="]] = Field(default_factory=dict)
    # Words ending a note that says which way the bare values of the rows it names are bounded
    # ("注：表中脂肪、蛋白质和总固形物指标为最小值"), and the comparator they give.
    bound: dict[str, Literal["<=", ">="]] = Field(default_factory=dict)
    # Comparator words that count inside a bracket under a value ("（最多3处）"): no second bound.
    count: list[str] = Field(default_factory=list)


class GradeWords(_Spec):
    ladders: list[list[str]] = Field(min_length=1)
    headers: list[RegexText] = Field(min_length=1)


class SubjectWords(_Spec):
    aside: list[str] = Field(default_factory=list)


class UnitWords(_Spec):
    # Units spelt out on a table's unit line ("单位为毫克每千克"): word -> the symbol printed for it.
    spelt: dict[str, str] = Field(default_factory=dict)
    # Words saying a quantity has no unit ("臭气浓度（无量纲）", "色度（稀释倍数）").
    dimensionless: list[str] = Field(default_factory=list)


class TableVocabSpec(_Spec):
    """extractors/tables.toml."""

    columns: ColumnWords
    rows: RowWords
    plan: PlanWords
    captions: CaptionWords
    markers: MarkerWords
    grades: GradeWords
    subject: SubjectWords = Field(default_factory=SubjectWords)
    units: UnitWords = Field(default_factory=UnitWords)
    notes: NoteWords = Field(default_factory=NoteWords)
    headers: HeaderWords = Field(default_factory=HeaderWords)


def load_table_vocab_spec(source: RuleSource | None = None) -> TableVocabSpec:
    if source is None:
        source, label = default_source("tables.toml")
    else:
        label = str(source)
    return load_spec(TableVocabSpec, source, label)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def words_pattern(words: Words) -> re.Pattern[str]:
    """One pattern for a word set: ^(exact)$ | ^(prefix) | (contains) | (suffix)$."""
    parts = []
    if words.exact:
        parts.append(rf"^(?:{_alternation(words.exact)})$")
    if words.prefix:
        parts.append(rf"^(?:{_alternation(words.prefix)})")
    if words.contains:
        parts.append(rf"(?:{_alternation(words.contains)})")
    if words.suffix:
        parts.append(rf"(?:{_alternation(words.suffix)})$")
    return re.compile("|".join(parts) or "(?!)")


class TableVocab:
    """The compiled vocabulary; match with :meth:`is_` on a header leaf or path."""

    def __init__(self, spec: TableVocabSpec):
        self.spec = spec
        self.columns = {name: words_pattern(getattr(spec.columns, name)) for name in ColumnWords.model_fields}
        self.section_category = words_pattern(spec.rows.section_category)
        self.section_group = words_pattern(spec.rows.section_group)
        self.row_condition = words_pattern(spec.rows.condition)
        self.measured_in = words_pattern(spec.rows.measured_in)
        self.product_category = words_pattern(spec.rows.product_category)
        self.plan_n = frozenset(spec.plan.n)
        self.plan_c = frozenset(spec.plan.c)
        self.plan_limits = frozenset(spec.plan.limits)
        self.requirement_caption = re.compile(_alternation(spec.captions.requirement))
        self.not_requirement_caption = re.compile(_alternation(spec.captions.not_requirement))
        self.requirement_intro = re.compile(_alternation(spec.captions.requirement_intro))
        self.division_intro = re.compile(_alternation(spec.captions.division_intro))
        # "熟制坚果与籽类食品的": the product a caption's quantity is of, before the quantity's name
        self.caption_owner = re.compile(
            rf"^[\u4e00-\u9fff（）()、]{{1,16}}?(?:{_alternation(spec.captions.owner)})的(?=[\u4e00-\u9fff])"
        )
        self.no_requirement = frozenset(_key(m) for m in spec.markers.no_requirement)
        self.grade_header = re.compile("^(?:" + "|".join(f"(?:{p})" for p in spec.grades.headers) + ")$")
        self.grade_ladders = tuple(tuple(ladder) for ladder in spec.grades.ladders)
        self.spelt_units = spec.units.spelt
        self.dimensionless = re.compile(_alternation(spec.units.dimensionless))
        self._spelt = re.compile(_alternation(list(spec.units.spelt)))
        self.alternative_words = spec.notes.alternative
        self.alternative = re.compile(_alternation(list(spec.notes.alternative)))
        self.bound_words = spec.notes.bound
        self.note_count_words = frozenset(spec.notes.count)
        self.bound = re.compile(f"(?:{_alternation(list(spec.notes.bound))})$")

    def is_(self, role: str, header: str) -> bool:
        """True when ``header`` (spaces removed) carries the words of column role ``role``."""
        return bool(self.columns[role].search(_key(header)))

    def unit_symbol(self, printed: str) -> str | None:
        """A unit line's unit as a symbol: "毫克每千克（干基）" -> "mg/kg", "百分数" -> "%", "mg/L"
        as printed; None when a word is not a unit's ([units].spelt)."""
        text = re.sub(r"[（(][^（）()]*[)）]\s*$", "", clean_text(printed)).strip()
        if not re.search(r"[\u4e00-\u9fff]", text):
            return text or None
        # a part may count its unit ("克每100克": g/100 g, the space GB/T 1.1 sets between number and unit)
        parts = [_COUNTED.match(p) for p in text.split("每")]
        if not all(m and self._spelt.fullmatch(m.group(2)) for m in parts) or parts[0] and parts[0].group(1):
            return None
        return "/".join(f"{m.group(1) or ''} {self.spelt_units[m.group(2)]}".strip() for m in parts if m)

    def states_nothing(self, cell: str) -> bool:
        """A cell that states no requirement (—, ／, N.S.)."""
        key = _key(cell)
        if any(key.startswith(m) for m in self.spec.markers.scale_reference):
            return True  # "基峰，100%相对丰度": the scale's reference, no criterion
        return key.upper() in {m.upper() for m in self.no_requirement} or not key


_COUNTED = re.compile(r"^(\d+(?:\.\d+)?)?\s*(.+)$")


def _key(text: str) -> str:
    return re.sub(r"\s+", "", clean_text(text))
