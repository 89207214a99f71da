"""The confidence stage: how likely each extracted value is read right, and whether a reviewer must
look at it before a ranking may use it.

    indicators = score_confidence(normalise_indicators(found), document)

The stage runs after normalisation and changes nothing but ``confidence``, ``needs_review`` and
``confidence_reasons``.  It reads only evidence the earlier stages left: where the value was read (a
table cell or a clause sentence), how (the flags table and clause readers put on ``Indicator.flags``:
``table_transposed``, ``structure_guessed``, ``ocr`` ...), whether and how well the name maps to the
lexicon, whether the unit converts to the indicator's canonical unit (the ``unit_*`` flags of
normalisation), whether the value lies in its indicator's plausible range (``plausible`` in
extractors/indicators.toml), whether one document gives the same indicator conflicting values, how
the printed name looks, and the quality of the page's text layer.

The weights are data (extractors/confidence.toml), combined as a logistic model: each piece of
evidence adds its weight to the log-odds that the value is right, so evidence that appears together
compounds, and the result is a probability that can be checked against what was observed
(``std-extract eval`` prints the reliability table).  A piece of evidence may weigh differently in a
table cell and in a clause sentence (an unknown name in a clean table row is usually a real indicator
the lexicon lacks; a clause subject the lexicon does not know is often a phrase, not a name), so the
file gives each reading its own base and, where they differ, its own weights.  A flag no weight names
gets the file's ``unknown_flag`` weight, so the stage works with whatever flags the readers emit.
Each value keeps the evidence that lowered its confidence (``confidence_reasons``), for reviewers.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal, cast, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from std_extract.document import ParsedDocument, Table
from std_extract.extract.gradeladder import declared_ladder
from std_extract.extract.tablevocab import TableVocab, load_table_vocab_spec
from std_extract.indicator_lexicon import (
    IndicatorLexicon,
    IndicatorSpec,
    default_lexicon,
    name_key,
    strip_name,
)
from std_extract.record import ConfidenceReason, Indicator
from std_extract.rulefile import RegexText, RuleSource, default_source, load_spec
from std_extract.textnorm import compact
from std_extract.values.units import parse_unit

CONFIDENCE_FILE = "confidence.toml"
# A log-odds weight; past ±20 the logistic is 0 or 1 to nine places, so a larger one is a typo.
Weight = Annotated[float, Field(ge=-20.0, le=20.0)]
FlagName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
# Comparators without a number: nothing to convert or to range-check.
_NO_NUMBER = frozenset({"qualitative", "reference", "not_detected"})
_UPPER, _LOWER = frozenset({"<=", "<"}), frozenset({">=", ">"})
_SAMPLING_PLAN = re.compile(r"\bn\s*[=＝]\s*\d+\s*[,，;；]?\s*c\s*[=＝]", re.IGNORECASE)
# Characters a sound text layer does not print: U+FFFD, private use (a font without a ToUnicode
# map), Kangxi radicals and the radicals supplement drawn for ideographs (⽔ for 水), C0 controls.
_SUSPECT = re.compile(r"[\ufffd\ue000-\uf8ff\u2e80-\u2eff\u2f00-\u2fdf\x00-\x08\x0b-\x1f]")
# Sentence punctuation inside a printed name: the reader took a phrase (a clause's subject running
# over a list, "楼道、电梯轿厢每日清扫保洁"), not a name.  Brackets and slashes are parts of names.
_NAME_PUNCTUATION = re.compile(r"[、，,；;：:。！？]")
# A clause number read into the name ("4.1.2 常温库库内温度"): the reader took a heading for a subject.
_NAME_NUMBERED = re.compile(r"^[A-Z]?\d+(?:\.\d+){1,4}\s+[\u4e00-\u9fff]")
# A unit printed inside the name: "（km）", "/(MΩ·km)", "/%"; an element symbol in brackets ("（Pb）")
# names what is measured, not a unit (pint would read Pb as petabarn).
_NAME_UNIT = re.compile(r"/\s*[(（]?([^()（）/]{1,12})[)）]?\s*$|[(（]([^()（）]{1,12})[)）]")
_ELEMENT = re.compile(r"^[A-Z][a-z]?$")
# Two-letter symbols of the elements, without Pa (pascal, a unit far more often than protactinium):
# printed where a unit belongs they are what was measured ("铅 60 Pb" from "铅(以Pb计)"), never a unit.
ELEMENT_SYMBOLS = frozenset(
    "He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb Mo Tc Ru Rh "
    "Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta Re Os Ir Pt Au Hg Tl "
    "Pb Bi Po At Rn Fr Ra Ac Th Np Pu Am Cm Bk Cf Es Fm Md No Lr".split()
)
# A time (min, h, d, 年) or a frequency (Hz, 次/h is a count) as pint writes its dimensionality.
_TIME_DIMENSIONS = frozenset({"[time]", "1 / [time]"})
# Flags by which normalisation says the comparator was not printed beside the value.
_INFERRED_COMPARATOR = frozenset({"comparator_default", "comparator_assumed"})
# The unit a condition's column header prints at its end ("与水接触时间/min", "SML/（mg/kg）").
_CONDITION_UNIT = re.compile(r"/\s*[(（]?([^/()（）]+)[)）]?\s*$")
# Signs that other cells' text was read into a printed name (name_garbled): a comparator sign opening a
# part of the name or following a unit's bracket, with no number after it (断条率/≤铝的残留量: the next
# cell's value; not a size class of the quantity, ≥4.75 mm颗粒含量 or 粒径＜0.5 mm颗粒含量: review of
# cec0e41), and a bracketed unit after a slash with more name after it (配菜包/酸价/(mg/g)过氧化值: a
# header's unit and the next label); a bracket closing before it opens is checked by _brackets_unpaired
# (普通清洗作业时起至交车止）/间（单: a wrapped header cell read out of order).
_NAME_COMPARATOR = re.compile(r"[/)）]\s*[≤≥<>＜＞](?!\s*[\d.])")
# An item's number or letter closing a bracket at the head of a name or of one of its parts (1）铅, a) 总砷,
# 重金属/2）镉): a list marker, not a bracket read out of order
_ITEM_MARKER = re.compile(r"(?:^|(?<=/))\s*(?:\d{1,2}|[a-zA-Z])\s*[)）]")
_NAME_UNIT_INSIDE = re.compile(
    r"[/／]\s*[(（]\s*(?:mg|g|μg|ng|mL|L|kg|%|CFU|MPN|mmol|mol|cm|mm|m|h|min|d|s|℃|N|Pa|kPa|MPa|dB)"
    r"[^()（）]{0,10}[)）]\s*[≤≥<>＜＞]?\s*[\u4e00-\u9fff]"
)
_OPENING, _CLOSING = "(（[［【", ")）]］】"
# A bracketed part of a condition (its unit or basis: 允许短缺量（Qn的百分比）)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
# A note giving some rows their unit (鲜乳的单位为贝可每升（Bq/L）, 单位为 mg/L,
# 单位为毫克每千克（以干基计）): what follows is read by _note_unit (unit_overridden)
_UNIT_NOTE = re.compile(r"单位(?:为|是)\s*")
_NOTE_BRACKET = re.compile(r"^([^（(]*)[（(]([^()（）]{1,16})[)）]")
# A word: a hanzi, or two Latin letters (pH, Pb, LD50); a name without one is a number or a symbol.
_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2}")

# The evidence the stage reads about a value besides its flags: name -> what it means.  Every name
# has a weight in confidence.toml ([evidence], or both [table] and [clause]).
EVIDENCE: dict[str, str] = {
    "lexicon_unmatched": "the name maps to no canonical indicator",
    "lexicon_fuzzy": "a fuzzy name match (1 at the lexicon's threshold, 0 at an exact match)",
    "unit_unreadable": "an unmatched name's number whose printed unit no rule reads",
    "unit_absent": "no unit on a name the lexicon lacks and that needs one (矿物油 ≤ 500): the unit was lost",
    "unit_in_name": "a number without a unit whose printed name holds one (行驶里程（km）)",
    "against_direction": "an upper bound where the indicator's higher is better, or the reverse",
    "inferred_against_direction": "against_direction, with a comparator the reader inferred, not printed",
    "rate_against_direction": "inferred_against_direction on a rate (满意度 <= 95 % under a header's ≤)",
    "unit_element": "a printed unit that is a chemical element's symbol (Pb, Ba: pint reads petabarn, barye)",
    "outside_plausible": "a limit outside its indicator's plausible range",
    "conflicting_value": "the document gives the same name, grade and conditions another value",
    "conflicting_unit": "the same name, grade and conditions has a value of another dimension (15 日, 1 次)",
    "long_name": "the printed name is longer than [limits].long_name characters",
    "name_punctuation": "the printed name holds sentence punctuation (、，；：。): a phrase, not a name",
    "name_heading": "the name starts with a group heading of its table (理化指标/pH)",
    "condition_heading": "a condition that is a column or group heading (控制指标, 其他要求)",
    "name_numbered": "the printed name starts with a clause or list number (4.1.2 库内温度)",
    "name_without_words": "the printed name holds no word: no hanzi, no Latin word (0.5～)",
    "name_as_category": "a name not in the lexicon reads as a class of products (蔬菜及其制品, 饮料类/…)",
    "name_as_product": "the name ends with the title's product (压榨一级花生油 in 压榨花生油): a variety",
    "name_frequency": "the printed name holds a frequency (每日, 每2 h): a duty's subject, not a name",
    "grade_as_condition": "a condition that reads as a grade (商用级, 优等品) on a value without a grade",
    "grade_lost": "a table that prints a grade ladder (优等品 | 一等品, 1级 | 2级) gives a name values no"
    " grade or condition tells apart: the grade row was not attached to the columns",
    "repeated_qualitative": "one table gives the same name and conditions as text twice or more",
    "qualitative_beside_number": "a text value on a name its table also gives a number (平均时间's 年平均)",
    "name_condition_part": "the last part of the name is a count or a date (效率/2极, 总磷/2005年前建设的)",
    "name_graded": "the name starts with a grade another value of its table varies (2级效率 beside 3级效率)",
    "name_garbled": "a bracket of the name closes before it opens, or it holds a comparator sign or a"
    " bracketed unit with more name after it: other cells' text (a sign, a header's unit) read into it",
    "name_grid": "the name is one cell of a grid of two category columns (牛、羊/肌肉 beside 猪/肌肉 and"
    " 家禽/肌肉): the row labels read as the name, the indicator lost",
    "name_in_condition": "a name the lexicon lacks whose condition is a name it knows (鲜蛋 under 总汞): the"
    " indicator read as a condition and a row label (a category, a type) as the name",
    "unit_of_condition": "the value's unit is the one a condition's header prints (与水接触时间/min: 30 min)",
    "unit_overridden": "a condition (a table's note) gives the value another unit (鲜乳的单位为…（Bq/L）)",
    "power_read_flat": "a count limit of 101 to 109 (104 CFU/g): 10 with a superscript exponent read flat",
    "qualitative": "a qualitative requirement (printed text, no number)",
    "qualitative_unmatched": "a qualitative requirement on a name the lexicon lacks (导体: a heading)",
    "reference": "a reference to another document",
    "reference_public": "a reference in a national, sector or local standard (not an indicator there)",
    "qualitative_public": "a text requirement read from a clause sentence of a national, sector or local"
    " standard (not an indicator there: only a requirement table's row counts text)",
    "unit_time_foreign": "a unit of time or frequency on an indicator measured in none (游离氯 30 min)",
    "document_misread": "the share of the document's values with evidence of a misplaced reading",
    "assumed_equal": "a table number with no comparator printed anywhere read as = where = is no reading of"
    " the row (not 100 %, not a nominal value): a bound whose sign the reader missed",
    "page_fallback": "the page's text came from the fallback backend (Page.fallback)",
    "suspect_text": "the page's text layer holds characters a sound one does not",
}
EvidenceName = Literal[
    "lexicon_unmatched",
    "lexicon_fuzzy",
    "unit_unreadable",
    "unit_absent",
    "unit_in_name",
    "against_direction",
    "inferred_against_direction",
    "rate_against_direction",
    "unit_element",
    "outside_plausible",
    "conflicting_value",
    "conflicting_unit",
    "long_name",
    "name_punctuation",
    "name_heading",
    "condition_heading",
    "name_numbered",
    "name_without_words",
    "name_as_category",
    "name_as_product",
    "name_frequency",
    "grade_as_condition",
    "grade_lost",
    "repeated_qualitative",
    "qualitative_beside_number",
    "name_condition_part",
    "name_graded",
    "name_garbled",
    "name_grid",
    "name_in_condition",
    "unit_of_condition",
    "unit_overridden",
    "power_read_flat",
    "qualitative",
    "qualitative_unmatched",
    "reference",
    "reference_public",
    "qualitative_public",
    "unit_time_foreign",
    "document_misread",
    "assumed_equal",
    "page_fallback",
    "suspect_text",
]
assert set(get_args(EvidenceName)) == set(EVIDENCE)
SOURCES = ("table", "clause")
BASE = "base"


class Limits(BaseModel):
    """[limits] of confidence.toml: the sizes and patterns the evidence is read with.  Every field is
    required and has no default here: the file is their only source (each is commented there), and a
    file missing one is refused at load, naming the field."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    long_name: int = Field(ge=1)  # characters of a printed name, after stripping unit and comparator
    suspect_share: float = Field(gt=0, le=1)  # of a page's characters
    category_name: RegexText  # a class of products read as a name (name_as_category)
    title_generic: RegexText  # the words that end a title without naming its product
    heading_name: RegexText  # a table's group heading read into a name (name_heading)
    heading_condition: RegexText  # a table's heading read as a condition (condition_heading)
    frequency_name: RegexText  # a frequency in a name (name_frequency)
    higher_name: RegexText  # a name the lexicon lacks that says higher is better (完好率)
    lower_name: RegexText  # a name the lexicon lacks that says lower is better (破损率)
    rate_dimensions: frozenset[str] = Field(min_length=1)  # the lexicon's dimensions that are rates
    dimensionless_name: RegexText  # a name whose quantity has no unit (功率因数: not unit_absent)
    count_unit: RegexText  # units of counted organisms (power_read_flat)
    grade_condition: RegexText  # a condition that is a grade (grade_as_condition)
    condition_part: RegexText  # a name's last part that is a variant's count or a date
    graded_name: RegexText  # a grade at the head of a name (name_graded)
    grade_prefix: RegexText  # a grade at the head of a condition (A级污泥产物: grade_as_condition)
    graded_product: RegexText  # what a graded condition goes on to name: a product (…产物, …产品)
    grade_word: RegexText  # a table cell's word that is a grade (优等品, 一等品, 1级, A级): grade_lost
    requirement_text: RegexText  # a requirement's wording opening a later part of a name (name_garbled)
    own_kinds: frozenset[str] = Field(min_length=1)  # kinds an enterprise or a group sets for itself
    nominal_name: RegexText  # a name that says its value is nominal, exactly as printed (assumed_equal)
    value_heading: RegexText  # a header cell saying its column gives values, not limits (参数, 规格)
    class_text: RegexText  # a text value that is a class or a code (IPX4, B1级, II类): qualitative_public
    quantity_name: RegexText  # a name ending in a quantity word (允许偏差, 变化率): not name_in_condition
    grid_quantity: RegexText  # a first part that names a quantity (拉拔强度/平均值): not name_grid
    grid_sub_item: (
        RegexText  # a last part that is a statistic, side or direction (平均值, 板面): not name_grid
    )
    # The evidence that a reader put a value's name, unit or number in the wrong place; the share of a
    # document's values that carry any of it is document_misread.
    misread_evidence: frozenset[EvidenceName] = Field(min_length=1)
    misread_floor: float = Field(ge=0, lt=1)  # a document_misread share below this is left out


class ConfidenceSpec(BaseModel):
    """extractors/confidence.toml, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["confidence.logistic.v2"]
    threshold: float = Field(gt=0.0, lt=1.0)  # needs_review below this
    table: dict[EvidenceName | Literal["base"], Weight]  # base: the log-odds before any evidence;
    clause: dict[EvidenceName | Literal["base"], Weight]  # then the weights that differ by reading
    evidence: dict[EvidenceName, Weight]  # weights for values read either way
    flags: dict[FlagName, Weight] = Field(default_factory=dict)
    unknown_flag: Weight
    limits: Limits

    @model_validator(mode="after")
    def _every_evidence_weighed(self) -> ConfidenceSpec:
        for source in SOURCES:
            if BASE not in getattr(self, source):
                raise ValueError(f"[{source}] needs a base")
        for name in EVIDENCE:
            if name not in self.evidence and not all(name in getattr(self, s) for s in SOURCES):
                where = "[evidence] or in both [table] and [clause]"
                raise ValueError(f"evidence {name!r} needs a weight in {where}")
        return self

    def weight(self, name: str, source: str) -> float:
        """The weight of a piece of evidence (or of ``flag:<name>``) for a value read from ``source``."""
        if name.startswith("flag:"):
            return self.flags.get(name[5:], self.unknown_flag)
        by_source: dict[str, float] = getattr(self, source)
        shared = cast(dict[str, float], self.evidence)
        return by_source.get(name, shared.get(name, 0.0))


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
    product: str | None = None  # the last two characters of the title's product ("花生油" -> "生油")
    conflicting_units: frozenset[str] = frozenset()  # indicator ids
    repeated_qualitative: frozenset[str] = frozenset()  # indicator ids
    kind: str | None = None  # the kind of standard (StandardMetadata.kind: "GB/T", "Q" ...)
    qualitative_beside_number: frozenset[str] = frozenset()  # indicator ids
    graded_names: frozenset[str] = frozenset()  # indicator ids
    heading_conditions: frozenset[str] = frozenset()  # indicator ids
    value_tables: frozenset[str] = frozenset()  # numbers of tables whose header says values (参数, 规格)
    grid_names: frozenset[str] = frozenset()  # indicator ids (grid_names; the lexicon decides the rest)
    graded_conditions: frozenset[str] = frozenset()  # indicator ids (graded_conditions)
    lost_grades: frozenset[str] = frozenset()  # indicator ids (lost_grades)
    table_cells: frozenset[tuple] = frozenset()  # (page, box) of every table cell (table_cells)
    declared_grades: frozenset[str] = frozenset()  # the grades the document declares (gradeladder)


def document_evidence(
    document: ParsedDocument | None, indicators: list[Indicator], limits: Limits
) -> DocumentEvidence:
    pages = document.pages if document is not None else []
    return evidence_of_document(
        indicators,
        fallback_pages=[p.number for p in pages if p.fallback],
        suspect_pages=[p.number for p in pages if suspect_share(p.text) > limits.suspect_share],
        product=title_product(document.metadata.title if document is not None else None, limits),
        kind=document.metadata.kind if document is not None else None,
        limits=limits,
        value_tables=value_tables(document.tables if document is not None else [], limits.value_heading),
        graded_tables=graded_tables(document.tables if document is not None else [], limits.grade_word),
        table_cells=table_cells(document.tables if document is not None else []),
        declared_grades=list(declared_ladder(document)) if document is not None else [],
    )


def table_cells(tables: list[Table]) -> list[tuple]:
    """(page, box) of every body cell of the document's tables, the box rounded to a tenth of a point:
    a value whose first provenance is one of them was read from a table cell, whatever the table's
    number (:func:`source_of`)."""
    return [_cell_key(cell.page, cell.bbox) for table in tables for row in table.rows for cell in row]


def _cell_key(page: int, bbox) -> tuple:
    return (page, *(round(float(x), 1) for x in bbox))


def value_tables(tables: list[Table], value_heading: str) -> list[str]:
    """The numbers of the tables one of whose header cells says its column gives values, not limits
    (项目 | 参数, 型号 | 规格, 基本参数: a product's rated and declared values, a size table's
    dimensions), which a table prints without a comparator because "=" is what they mean."""
    pattern = _pattern(value_heading)
    return [
        t.number
        for t in tables
        if t.number and any(pattern.match(cell.strip()) for row in t.header_rows for cell in row)
    ]


def graded_tables(tables: list[Table], grade_word: str) -> list[str]:
    """The numbers of the tables whose cells (header or body) print two or more grade words
    (优等品 | 一等品 | 合格品, 1级 | 2级 | 3级: [limits].grade_word), each a word of its cell: a table that
    grades its limits, whose values should carry the grades (:func:`lost_grades`)."""
    pattern = _pattern(grade_word)
    out = []
    for t in tables:
        cells = [cell for row in t.header_rows for cell in row] + [c.text for row in t.rows for c in row]
        words = {w for cell in cells for w in re.split(r"[\s/]+", cell or "") if pattern.match(w)}
        if t.number and len(words) >= 2:
            out.append(t.number)
    return out


def evidence_of_document(
    indicators: list[Indicator],
    fallback_pages: list[int],
    suspect_pages: list[int],
    product: str | None = None,
    kind: str | None = None,
    limits: Limits | None = None,
    value_tables: list[str] | None = None,
    graded_tables: list[str] | None = None,
    table_cells: list | None = None,
    declared_grades: list[str] | None = None,
) -> DocumentEvidence:
    """The document's evidence from its values, the numbers of its doubtful pages, its product, its
    kind of standard, the tables whose header says values (:func:`value_tables`) and those that print a
    grade ladder (:func:`graded_tables`) (``limits``: the shipped file's [limits] without)."""
    limits = limits or default_confidence_spec().limits
    conflicting = conflicting_ids(indicators)
    return DocumentEvidence(
        frozenset(fallback_pages),
        frozenset(suspect_pages),
        conflicting,
        product,
        unit_conflicts(indicators),
        repeated_qualitative(indicators),
        kind,
        qualitative_beside_number(indicators),
        graded_names(indicators, limits.graded_name),
        heading_conditions(indicators, limits.heading_condition),
        frozenset(value_tables or ()),
        grid_names(indicators),
        graded_conditions(indicators, limits.grade_prefix, limits.graded_product, product)
        | ladder_columns(indicators, limits.grade_condition),
        lost_grades(indicators, frozenset(graded_tables or ())),
        frozenset(tuple(c) for c in table_cells or ()),
        frozenset(compact(g) for g in declared_grades or ()),
    )


def title_product(title: str | None, limits: Limits) -> str | None:
    """The word that ends the product a title names, its last two characters: "生油" of "压榨花生油",
    "物业" of "住宅物业服务规范" (the generic ending dropped), "乳" too short for a word, None.  A
    national standard's title holds its series before a space ("食品安全国家标准 发酵乳"): the
    product is the last part."""
    if not title or not title.split():
        return None
    core = _pattern(limits.title_generic).sub("", title.split()[-1])
    return core[-2:] if len(core) >= 2 and _WORD.search(core[-2:]) else None


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


def unit_conflicts(indicators: list[Indicator]) -> frozenset[str]:
    """Numbers that another number of the same printed name, grade and conditions contradicts by
    its unit's dimension (维护保养周期 15 日 and 1 次 for 半月维保: a period and a count read off one
    row; 电气强度 1250 V and 50 Hz): one of them belongs to another name, or to none."""
    groups: dict[tuple, list[Indicator]] = defaultdict(list)
    for ind in indicators:
        if ind.comparator in _NO_NUMBER or ind.review_state == "rejected":
            continue
        if ind.value is None and ind.value_max is None and ind.tolerance is None:
            continue
        conditions = tuple(sorted(name_key(c) for c in ind.conditions))
        groups[(name_key(strip_name(ind.name)), name_key(ind.grade or ""), conditions)].append(ind)
    out: set[str] = set()
    for members in groups.values():
        if len(members) > 1 and len({_dimension(m.unit) for m in members}) > 1:
            out.update(m.id for m in members)
    return frozenset(out)


def repeated_qualitative(indicators: list[Indicator]) -> frozenset[str]:
    """Qualitative values that another of the same table, printed name, grade and conditions repeats
    (额定容量V read as text on each of twelve rows): a requirement is stated once per row, so the
    reader took a header, a note or a merged cell for rows."""
    groups: dict[tuple, list[Indicator]] = defaultdict(list)
    for ind in indicators:
        if ind.comparator == "qualitative" and ind.table is not None and ind.review_state != "rejected":
            conditions = tuple(sorted(name_key(c) for c in ind.conditions))
            groups[(ind.table, name_key(strip_name(ind.name)), name_key(ind.grade or ""), conditions)].append(
                ind
            )
    return frozenset(m.id for members in groups.values() if len(members) > 1 for m in members)


def qualitative_beside_number(indicators: list[Indicator]) -> frozenset[str]:
    """Text values on a name, grade and conditions that the same table also gives a number
    (二氧化硫 "年平均" beside 二氧化硫 ≤ 60 μg/m³ under the same conditions): one row of one grade states
    its requirement once, as a number or as text, so the text is another column's (an averaging
    time, a category) read as a value.  A text value of another grade or condition (外观 优等品
    "无裂纹" beside 合格品 ≤ 2 处; 一般维修 "当日处理完毕" beside 紧急维修 ≤ 30 min) is its own row."""
    numbered = {
        _row_key(ind)
        for ind in indicators
        if ind.table is not None and ind.comparator not in _NO_NUMBER and ind.review_state != "rejected"
    }
    return frozenset(
        ind.id for ind in indicators if ind.comparator == "qualitative" and _row_key(ind) in numbered
    )


def _row_key(ind: Indicator) -> tuple:
    conditions = tuple(sorted(name_key(c) for c in ind.conditions))
    return (ind.table, name_key(strip_name(ind.name)), name_key(ind.grade or ""), conditions)


def graded_names(indicators: list[Indicator], graded_name: str) -> frozenset[str]:
    """Values without a grade whose name starts with a grade that another value of the same table
    carries with another grade before the same rest (2级效率 beside 3级效率): a grade column read into
    the name.  A name that starts with a grade word on its own (一级品率, the share of first-grade
    products) has no such sibling."""
    pattern = _pattern(graded_name)
    groups: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ind in indicators:
        name = strip_name(ind.name)
        match = pattern.match(name)
        if match and ind.grade is None and ind.table is not None:
            groups[(ind.table, name_key(name[match.end() :]))][match.group(0)].append(ind.id)
    return frozenset(
        i for by_grade in groups.values() if len(by_grade) > 1 for ids in by_grade.values() for i in ids
    )


def graded_conditions(
    indicators: list[Indicator], grade_prefix: str, graded_product: str, product: str | None = None
) -> frozenset[str]:
    """Table values without a grade with a condition that opens with a grade and goes on to name a
    product (A级污泥产物: [limits].graded_product, or the title's product) where another value of the same
    table and name has the same condition under another grade (B级污泥产物): a grade column whose header
    cells name the grade and what it grades, read as conditions, so the values cannot be ranked by grade
    (GB 4284's A级污泥产物 | B级污泥产物).  Not a level of a situation or a place read right as a
    condition (一级故障 | 二级故障, 一级保护区, Ⅰ级响应, 三级医院: the review of 3558fb5), a condition with a
    grade on one value only (二级维护), nor types or classes (Ⅰ型 | Ⅱ型, Ⅰ类 | Ⅱ类: conditions wherever
    printed)."""
    pattern, names_product = _pattern(grade_prefix), _pattern(graded_product)
    groups: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ind in indicators:
        if ind.grade is not None or ind.table is None:
            continue
        for condition in ind.conditions:
            match = pattern.match(condition.strip())
            rest = condition.strip()[match.end() :] if match else ""
            if match and (names_product.search(rest) or (product and rest.endswith(product))):
                key = (ind.table, name_key(strip_name(ind.name)), name_key(rest))
                groups[key][name_key(match.group(0))].append(ind.id)
    return frozenset(
        i for by_grade in groups.values() if len(by_grade) > 1 for ids in by_grade.values() for i in ids
    )


# The head of a ladder's best grade (特优, 特等, 优级, 超级): a word the grade patterns lack but whose shape
# says grade (ladder_columns).
_LADDER_TOP = re.compile(r"^(?:特|优|超)(?:优|等|级|级品)?$")


def ladder_columns(indicators: list[Indicator], grade_condition: str) -> frozenset[str]:
    """Table values without a grade that one condition alone tells apart from two or more values of the
    same table and name that each stand on a grade, read as such or as a condition that is a grade word
    ([limits].grade_condition): a column of a grade ladder whose word the reader did not take for a grade,
    kept as a condition beside its graded siblings (特优 beside 特级 | 甲级 | 乙级, a grading standard's
    own top grade: weasy DEV as first read at 4faa30d, wp_wolfberry_01, 5 values, all wrong), so the value
    cannot be ranked by grade.  The lone condition must be shaped like a grade (ending as a sibling's grade
    does, or 特优-like): not a state, part, region or note of a limit merged across the grades (耐磨性（湿
    态）, 纬向, 东北地区…: review of 42ec1eb); not where no sibling stands on a grade (片状 | 碎状, 20号以下 |
    24号以上), nor a value with no condition of its own."""
    grade = _pattern(grade_condition)
    groups: dict[tuple, list[Indicator]] = defaultdict(list)
    for ind in indicators:
        if ind.table is not None:
            groups[(ind.table, name_key(strip_name(ind.name)))].append(ind)

    def shaped_like(word: str, grades: set[str]) -> bool:
        """A short word as long as one of the grades and ending as it does (特级 | 甲级: …级; 优等品: …品)
        or opening as the best of a ladder (特优, 特等, 优级): a grade's shape, not a state, part or region
        (湿态, 纬向), nor a product's state (成品 beside 优等品)."""
        if len(word) > 4:
            return False
        return any(len(word) == len(g) and word[-1] == g[-1] for g in grades) or bool(_LADDER_TOP.match(word))

    found: set[str] = set()
    for values in groups.values():
        for one in values:
            mine = {c.strip() for c in one.conditions}
            if one.grade is not None or not mine or any(grade.match(c) for c in mine):
                continue
            graded = set()
            for other in values:
                theirs = {c.strip() for c in other.conditions}
                extra = theirs - mine
                if len(mine - theirs) != 1:
                    continue
                if other.grade is not None and not extra:
                    graded.add(other.grade)
                elif other.grade is None and len(extra) == 1 and grade.match(next(iter(extra))):
                    graded.add(next(iter(extra)))
            others = [{x.strip() for x in o.conditions} for o in values if o is not one]
            lone = [c for c in mine if all(c not in theirs for theirs in others)]
            if len(graded) >= 2 and len(lone) == 1 and shaped_like(lone[0], graded):
                found.add(one.id)
    return frozenset(found)


def lost_grades(indicators: list[Indicator], graded: frozenset[str]) -> frozenset[str]:
    """Numbers without a grade from a table that prints a grade ladder (``graded``: :func:`graded_tables`)
    where another number of the same table, name, conditions and bound side has no grade either (总碱量
    ≥ 99.4, ≥ 99.2, ≥ 98.8 and ≥ 98.0 under 优等品 | 优等品 | 一等品 | 合格品, none of them graded): a row's
    values in columns that nothing in the record tells apart, in a table whose columns are grades, so the
    grade row was not attached to them (read into the cells, lost with a two-level header) and no value can
    be ranked by grade.  A table that prints grades and gives a name one ungraded number (a limit for every
    grade, a merged cell) or numbers its conditions tell apart (输出风量 under D ≤ 200 mm | 200 mm＜D ≤ 300
    mm beside an efficiency grade column) is read right."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for ind in indicators:
        if ind.table not in graded or ind.grade is not None or ind.comparator in _NO_NUMBER:
            continue
        if ind.review_state == "rejected":
            continue
        conditions = tuple(sorted(name_key(c) for c in ind.conditions))
        groups[(ind.table, name_key(strip_name(ind.name)), conditions, _side(ind.comparator))].append(ind.id)
    return frozenset(i for ids in groups.values() if len(ids) > 1 for i in ids)


def heading_conditions(indicators: list[Indicator], heading_condition: str) -> frozenset[str]:
    """Values with a condition that is a table's heading (控制指标, 其他要求) where no other value of
    the same table and name carries another heading of the same kind: the header row read as a
    circumstance.  Headings that tell a name's columns apart name them alike (基本要求 | 提升要求,
    夏季指标 | 冬季指标: conditions read right); unlike ones (控制指标 | 频次) are a header row's cells."""
    pattern = _pattern(heading_condition)
    groups: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ind in indicators:
        for condition in ind.conditions:
            if pattern.match(condition.strip()):
                groups[(ind.table, name_key(strip_name(ind.name)))][condition.strip()].append(ind.id)
    return frozenset(
        i
        for by_heading in groups.values()
        if len(by_heading) == 1 or len({heading[-2:] for heading in by_heading}) > 1
        for ids in by_heading.values()
        for i in ids
    )


def grid_names(indicators: list[Indicator], across: int = 3) -> frozenset[str]:
    """Table values whose name is two parts (所有食品动物/肌肉) where, in the same table, the last part
    follows ``across`` or more first parts (肌肉 after 所有食品动物, 牛、羊 and 家禽) and the first part
    precedes two or more last parts (肌肉, 肝): the cells of two category columns (species and tissue of
    a residue limits table) read as the names, the indicator that heads the rows lost.  Whether the
    first part is a name the lexicon knows (耐皂洗色牢度/变色 beside 耐水色牢度/变色 and 耐汗渍色牢度/变色:
    an indicator and its sub-items) is decided per value (:func:`value_evidence`)."""
    firsts: dict[tuple, set[str]] = defaultdict(set)
    lasts: dict[tuple, set[str]] = defaultdict(set)
    parts: dict[str, tuple[tuple, tuple]] = {}
    for ind in indicators:
        name = strip_name(ind.name)
        if ind.table is None or "/" not in name:
            continue
        first, last = (name_key(p) for p in name.rsplit("/", 1))
        if not first or not last:
            continue
        firsts[(ind.table, last)].add(first)
        lasts[(ind.table, first)].add(last)
        parts[ind.id] = ((ind.table, last), (ind.table, first))
    return frozenset(
        i
        for i, (by_last, by_first) in parts.items()
        if len(firsts[by_last]) >= across and len(lasts[by_first]) >= 2
    )


def _category_grid(name: str, lexicon: IndicatorLexicon, limits: Limits) -> bool:
    """Whether a name :func:`grid_names` found in a grid is a cell of two category columns: not where
    the first part is a name the lexicon knows (耐皂洗色牢度/变色) or one that names a quantity
    (拉拔强度/平均值, 握钉力/板面: [limits].grid_quantity), nor where the last part is a statistic, a
    side or a direction of the measurement (平均值, 单块最小值, 板面, 纵向: [limits].grid_sub_item): an
    indicator and its sub-items, which block and board standards print as such grids (review of
    fd9a999)."""
    first, last = (part.strip() for part in strip_name(name).rsplit("/", 1))
    if _pattern(limits.grid_quantity).search(first) or _pattern(limits.grid_sub_item).match(last):
        return False
    return lexicon.match(first) is None


def _dimension(unit: str | None) -> str:
    parsed = parse_unit(unit) if unit else None
    return parsed.dimensionality if parsed is not None else (unit or "").strip()


def source_of(indicator: Indicator, cells: frozenset[tuple] = frozenset()) -> str:
    """Where the value was read: "table" (a table cell) or "clause" (a clause sentence).  A table value
    names its table's number; a table that prints none (its caption under the grid unread, or no caption
    at all) gives its values none, and they are known by their first provenance, one of the document's
    table cells (``cells``: :func:`table_cells`; corpus/context DEV as first read, every table's caption
    below it: 33 right table values scored as sentences, 0.79 for 0.96)."""
    if indicator.table is not None:
        return "table"
    first = indicator.provenance[0] if indicator.provenance else None
    return "table" if first is not None and _cell_key(first.page, first.bbox) in cells else "clause"


def value_evidence(
    indicator: Indicator, context: DocumentEvidence, lexicon: IndicatorLexicon, limits: Limits
) -> dict[str, float]:
    """The evidence about one value: ``{"flag:<name>": 1, "lexicon_fuzzy": 0.4, ...}`` (the names
    of :data:`EVIDENCE` and ``flag:`` + each flag); absent evidence is left out."""
    found: dict[str, float] = {f"flag:{flag}": 1.0 for flag in dict.fromkeys(indicator.flags)}
    found.update(_lexicon_evidence(indicator, lexicon))
    found.update(_value_checks(indicator, lexicon, limits))
    found.update(_name_evidence(indicator, limits, context.product, lexicon))
    if indicator.id in context.conflicting:
        found["conflicting_value"] = 1.0
    if indicator.id in context.conflicting_units:
        found["conflicting_unit"] = 1.0
    if indicator.id in context.repeated_qualitative:
        found["repeated_qualitative"] = 1.0
    if indicator.id in context.qualitative_beside_number:
        found["qualitative_beside_number"] = 1.0
    if indicator.id in context.graded_names:
        found["name_graded"] = 1.0
    if _name_in_condition(indicator, lexicon, limits):
        found["name_in_condition"] = 1.0
    if indicator.grade is None and any(
        _pattern(limits.grade_condition).match(c.strip()) for c in indicator.conditions
    ):
        found["grade_as_condition"] = 1.0
    if indicator.id in context.graded_conditions:
        found["grade_as_condition"] = 1.0
    if indicator.grade is None and any(compact(c) in context.declared_grades for c in indicator.conditions):
        found["grade_as_condition"] = 1.0  # a grade the document declares (白金宿), read as a condition
    if indicator.id in context.lost_grades:
        found["grade_lost"] = 1.0
    if indicator.id in context.grid_names and _category_grid(indicator.name, lexicon, limits):
        found["name_grid"] = 1.0
    if indicator.id in context.heading_conditions or _condition_names_value(indicator):
        found["condition_heading"] = 1.0
    if _assumed_equal(indicator, limits) and indicator.table not in context.value_tables:
        found["assumed_equal"] = 1.0
    if indicator.comparator in ("qualitative", "reference"):
        found[indicator.comparator] = 1.0
    if indicator.comparator == "qualitative" and indicator.canonical_id is None:
        found["qualitative_unmatched"] = 1.0
    public = bool(context.kind) and context.kind not in limits.own_kinds
    if indicator.comparator == "reference" and public:
        found["reference_public"] = 1.0
    if (
        indicator.comparator == "qualitative"
        and source_of(indicator, context.table_cells) == "clause"
        and public
    ):
        if not _pattern(limits.class_text).search(indicator.value_text or ""):
            found["qualitative_public"] = 1.0
    pages = {p.page for p in indicator.provenance}
    if pages & context.fallback_pages:
        found["page_fallback"] = 1.0
    if pages & context.suspect_pages:
        found["suspect_text"] = 1.0
    return found


def evidence_of_values(
    indicators: list[Indicator], context: DocumentEvidence, lexicon: IndicatorLexicon, limits: Limits
) -> list[dict[str, float]]:
    """The evidence about each value of one document (:func:`value_evidence`), with
    ``document_misread``: the share of the document's values whose evidence says the reader put a
    name, unit or number in the wrong place (``limits.misread_evidence``: a category row read as a
    name, a grade column as a condition, a condition's number as the limit ...).  A reader that
    misplaces some of a layout's cells misplaces others that no single check catches: on the
    development documents as first read, before any rule was written on them (GB 2762 at 32be180,
    GB 18918 at d817e88), the values of documents with a third or more of such values were right
    about half the time, however clean each looked, against 97% below a twentieth.  A share under
    ``limits.misread_floor`` is no such sign (a document read right but for a row or two: on the
    development documents as first read, the unflagged values of documents under a third were about as
    often right as those with none), so it is left out."""
    found = [value_evidence(ind, context, lexicon, limits) for ind in indicators]
    misread = sum(1 for evidence in found if limits.misread_evidence & evidence.keys())
    share = round(misread / len(found), 3) if found else 0.0
    if share > 0 and share >= limits.misread_floor:
        for evidence in found:
            evidence["document_misread"] = share
    return found


def _lexicon_evidence(indicator: Indicator, lexicon: IndicatorLexicon) -> dict[str, float]:
    if indicator.canonical_id is None:
        return {"lexicon_unmatched": 1.0}
    score = indicator.match_score if indicator.match_score is not None else 100.0
    floor = lexicon.matching.threshold
    if score >= 100.0 or floor >= 100.0:
        return {}
    return {"lexicon_fuzzy": round(min(1.0, (100.0 - score) / (100.0 - floor)), 3)}


def _condition_names_value(indicator: Indicator) -> bool:
    """Whether a condition, its brackets aside, is a shorter tail of the value's own name (允许短缺量（Qn的
    百分比） under 净含量允许短缺量, named from the caption): the header of the value column, which names
    the indicator, kept as a circumstance.  A note that repeats the name among other words (排水量计量
    位置与污染物排放监控位置相同 under 单位产品基准排水量) or a condition that names something else is not."""
    name = name_key(strip_name(indicator.name))
    for condition in indicator.conditions:
        bare = name_key(_BRACKETED.sub("", condition))
        if 3 <= len(bare) < len(name) and name.endswith(bare):
            return True
    return False


def _name_in_condition(indicator: Indicator, lexicon: IndicatorLexicon, limits: Limits) -> bool:
    """Whether a value whose name the lexicon lacks has a condition that is a name it knows (蛋及蛋制品
    under 总汞, 烘炒类 under 过氧化值（以脂肪计）/(g/100 g) ≤): a limits table whose indicators head the
    columns over rows of food categories or product types, read with the two swapped.  A known name
    with a known condition (游离氯 under 出厂水), an unknown one with an unknown condition (a
    sub-label), and a name that ends in a quantity word (允许偏差 under 厚度, 老化后变化率 under 拉伸
    强度, 与水接触时间 under 游离氯: measured on what the condition names; [limits].quantity_name)
    are not."""
    if indicator.canonical_id is not None:
        return False
    if _pattern(limits.quantity_name).search(strip_name(indicator.name)):
        return False
    return any(_WORD.search(c) and lexicon.match(c) is not None for c in indicator.conditions)


def _name_evidence(
    indicator: Indicator, limits: Limits, product: str | None, lexicon: IndicatorLexicon
) -> dict[str, float]:
    name = strip_name(indicator.name)
    found: dict[str, float] = {}
    # a clause's subject the lexicon knows is the indicator printed in full (二氧化硫残留量（以SO2计）), not a
    # phrase; a long known name in a table may still be a header and a row label glued
    if len(name) > limits.long_name and (indicator.canonical_id is None or indicator.table is not None):
        found["long_name"] = 1.0
    if _NAME_PUNCTUATION.search(name):
        found["name_punctuation"] = 1.0
    if _pattern(limits.heading_name).match(indicator.name.strip()):
        found["name_heading"] = 1.0
    if _NAME_NUMBERED.match(indicator.name.strip()):
        found["name_numbered"] = 1.0
    if not _WORD.search(name):
        found["name_without_words"] = 1.0
    # A name the lexicon spells whole (石油类, a class of substances) is an indicator's; a category row
    # joined to one (铅/饮料类, 谷物及其制品/铅) is not, though the lexicon matches its known part.
    if _pattern(limits.category_name).search(name) and not lexicon.exact(name):
        found["name_as_category"] = 1.0
    if product and name != product and name.endswith(product):
        found["name_as_product"] = 1.0
    if _pattern(limits.frequency_name).search(indicator.name):
        found["name_frequency"] = 1.0
    if _pattern(limits.condition_part).search(indicator.name.strip()):
        found["name_condition_part"] = 1.0
    printed = indicator.name
    if _brackets_unpaired(printed) or _NAME_COMPARATOR.search(printed) or _NAME_UNIT_INSIDE.search(printed):
        found["name_garbled"] = 1.0
    # a later part of the name that reads as a requirement's text (色泽/呈均匀一致的乳黄色): a text cell
    if any(_pattern(limits.requirement_text).match(part.strip()) for part in printed.split("/")[1:]):
        found["name_garbled"] = 1.0
    return found


def _brackets_unpaired(name: str) -> bool:
    """Whether a closing bracket of the name comes before any bracket it could close (交车止）/间（单:
    the text of a wrapped cell read out of order); an item's marker (1）铅, a) 总砷) is no such bracket.
    Any kind closes any (a half-width bracket closing a
    full-width one, 铅（以Pb计), is a typing habit); an opening bracket left open is not counted (a name
    cut at its cell's edge before its unit closes, 粘结强度（MPa, is often still the right name)."""
    depth = 0
    for ch in _ITEM_MARKER.sub("", name):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth -= 1
            if depth < 0:
                return True
    return False


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _value_checks(indicator: Indicator, lexicon: IndicatorLexicon, limits: Limits) -> dict[str, float]:
    if indicator.comparator in _NO_NUMBER:
        return {}
    found: dict[str, float] = {}
    has_number = indicator.value is not None or indicator.value_max is not None
    printed = (indicator.unit or "").strip()
    # A matched name's unit is normalisation's to judge (the flags unit_unknown, unit_mismatch).
    if has_number and indicator.canonical_id is None and printed and parse_unit(printed) is None:
        found["unit_unreadable"] = 1.0
    if has_number and not printed and _unit_in_name(indicator.name):
        found["unit_in_name"] = 1.0
    elif (
        has_number
        and not printed
        and indicator.canonical_id is None
        and not _dimensionless(indicator, limits)
    ):
        found["unit_absent"] = 1.0
    if has_number and printed in ELEMENT_SYMBOLS:
        found["unit_element"] = 1.0
    if _power_read_flat(indicator, limits):
        found["power_read_flat"] = 1.0
    if has_number and printed and _unit_of_condition(printed, indicator.conditions):
        found["unit_of_condition"] = 1.0
    if has_number and printed and _unit_overridden(printed, indicator.conditions):
        found["unit_overridden"] = 1.0
    spec = lexicon.get(indicator.canonical_id) if indicator.canonical_id else None
    if has_number and spec is not None and _time_foreign(printed, spec.unit):
        found["unit_time_foreign"] = 1.0
    if spec is not None and spec.plausible is not None:
        levels = [v for v in (indicator.value_normalized, indicator.value_max_normalized) if v is not None]
        if any(not spec.is_plausible(v) for v in levels):
            found["outside_plausible"] = 1.0
    direction = spec.direction if spec is not None else _name_direction(indicator.name, limits)
    if (direction, _side(indicator.comparator)) in (("higher", "upper"), ("lower", "lower")):
        found[_against_direction(indicator, spec, limits)] = 1.0
    return found


def _against_direction(indicator: Indicator, spec: IndicatorSpec | None, limits: Limits) -> str:
    """Which evidence a bound against the indicator's direction is.  A comparator the reader
    inferred (from a header, a list's clause) is more often misread than a printed one, which is
    more often a name bounded both ways (脂肪 ≥ in milk, ≤ in protein powder); an inferred one on a
    rate (a lexicon rate, or a name the lexicon lacks whose direction its name says: 完好率) is a
    misread: nobody caps a satisfaction rate."""
    if not _INFERRED_COMPARATOR & set(indicator.flags):
        return "against_direction"
    rate = spec is None or spec.dimension in limits.rate_dimensions
    return "rate_against_direction" if rate else "inferred_against_direction"


def _name_direction(name: str, limits: Limits) -> str | None:
    """The direction a name the lexicon lacks says itself (完好率: higher is better), or None."""
    bare = strip_name(name)
    if _pattern(limits.lower_name).search(bare):
        return "lower"
    return "higher" if _pattern(limits.higher_name).search(bare) else None


def _assumed_equal(indicator: Indicator, limits: Limits) -> bool:
    """A table number read as "=" because no comparator was printed beside it, in its header or in a
    note the reader found: a limit in a requirements table is a bound (GB/T 1.1: a requirement states
    its limit), so its sign is in a note, a header row of signs or a merged cell the reader missed.
    Not a rate of 100 % (bounded and exact at once: 消防设施完好率 100 %) nor a name that says its value
    is nominal or rated (绝缘厚度规定值, 标称电压, 额定功率: [limits].nominal_name), which "=" reads right;
    nor (checked by the caller) a value of a table whose header says values (项目 | 参数)."""
    if indicator.table is None or indicator.comparator != "=" or "comparator_assumed" not in indicator.flags:
        return False
    full_rate = indicator.value == 100 and (indicator.unit or "").strip() == "%"
    nominal = _pattern(limits.nominal_name).search(strip_name(indicator.name)) is not None
    return not full_rate and not nominal


def _dimensionless(indicator: Indicator, limits: Limits) -> bool:
    """Whether the printed name says its quantity has no unit (额定功率因数, 原发性刺激记分,
    粪大肠菌群菌值: a factor, a score, a titre): its number needs none, so none was lost."""
    return _pattern(limits.dimensionless_name).search(strip_name(indicator.name)) is not None


def _power_read_flat(indicator: Indicator, limits: Limits) -> bool:
    """A count of organisms whose limit is 10 and one digit (102, 105 CFU/g): written "10" with a
    superscript exponent (10², 10⁵), which a text layer that set it as a plain digit hands over flat.
    A count limit is a power of ten, or a small number, far more often than 10 hundred and some."""
    unit = indicator.unit or ""
    levels = (indicator.value, indicator.value_max)
    flat = any(v is not None and 101 <= v <= 109 and v == int(v) for v in levels)
    return flat and _pattern(limits.count_unit).search(unit) is not None


def _unit_overridden(printed: str, conditions: list[str]) -> bool:
    """Whether a condition is a note that gives the value's rows another unit than the one read (鲜乳的
    单位为贝可每升（Bq/L） on 碘-131 33 Bq/kg: a limits table's header unit with a note excepting a
    category, GB 14882 style): the reader kept the header's unit where the note replaced it.  A note
    naming the value's own unit, however written (单位为毫克每千克（以干基计） on mg/kg, 单位为贝可每千克
    （Bq·kg⁻¹） on Bq/kg: review of bfa9247), and a note whose unit no rule reads, are no override."""
    for condition in conditions:
        unit = _note_unit(condition)
        if unit is not None and not _same_unit(unit, printed):
            return True
    return False


def _note_unit(condition: str) -> str | None:
    """The unit a note gives (单位为贝可每升（Bq/L） -> Bq/L, 单位为毫克每千克（以干基计） -> mg/kg,
    单位为 mg/L -> mg/L): the bracket after 单位为 where it reads as a unit, else the spelt words before
    it (a basis in the bracket, 以干基计, is no unit); None where neither reads."""
    match = _UNIT_NOTE.search(condition)
    if not match:
        return None
    rest = condition[match.end() :].strip()
    bracket = _NOTE_BRACKET.match(rest)
    if bracket and parse_unit(bracket.group(2).strip()) is not None:
        return bracket.group(2).strip()
    words = (bracket.group(1) if bracket else re.split(r"[，,；;。]", rest)[0]).strip()
    symbol = _table_vocab().unit_symbol(words) if words else None
    return symbol if symbol and parse_unit(symbol) is not None else None


def _same_unit(one: str, other: str) -> bool:
    """Whether two printed units are one (Bq·kg⁻¹ and Bq/kg, mg/l and mg/L): the same pint units and
    factor where both read, else the same characters."""
    a, b = parse_unit(one), parse_unit(other)
    if a is not None and b is not None:
        return a.units == b.units and math.isclose(a.factor, b.factor)
    return name_key(one) == name_key(other)


@cache
def _table_vocab() -> TableVocab:
    return TableVocab(load_table_vocab_spec())


def _unit_of_condition(printed: str, conditions: list[str]) -> bool:
    """Whether a condition is a column header that prints the value's own unit (与水接触时间/min for
    总氯 ≥ 120 min): the number is that column's (the contact time), not the indicator's limit."""
    for condition in conditions:
        match = _CONDITION_UNIT.search(condition)
        if match and match.group(1).strip() == printed:
            return True
    return False


def _time_foreign(printed: str, canonical: str) -> bool:
    """A printed unit of time or frequency (min, h, d, Hz) where the indicator's canonical unit is
    neither: the number of a test condition (接触时间 30 min, 耐压 1 min, 50 Hz) read as the limit.
    Normalisation's unit_mismatch says only that the unit does not convert, which a mass for a mass
    fraction (钠 mg per serving) also does, and is usually right."""
    unit = parse_unit(printed) if printed else None
    if unit is None or unit.dimensionality not in _TIME_DIMENSIONS or not canonical:
        return False
    base = parse_unit(canonical)
    return base is not None and base.dimensionality not in _TIME_DIMENSIONS


def _unit_in_name(name: str) -> bool:
    """Whether the printed name holds a unit (a slash part at its end, or a bracketed one)."""
    for match in _NAME_UNIT.finditer(name.strip()):
        text = (match.group(1) or match.group(2)).strip()
        if not _ELEMENT.match(text) and parse_unit(text) is not None:
            return True
    return False


# --- scoring -------------------------------------------------------------------------------------


def contributions(source: str, evidence: dict[str, float], spec: ConfidenceSpec) -> dict[str, float]:
    """What each piece of evidence adds to the log-odds of a value read from ``source``."""
    return {name: strength * spec.weight(name, source) for name, strength in evidence.items()}


def log_odds(source: str, evidence: dict[str, float], spec: ConfidenceSpec) -> float:
    """The base of where the value was read plus each piece of evidence times its weight."""
    return getattr(spec, source)[BASE] + sum(contributions(source, evidence, spec).values())


def confidence_of(source: str, evidence: dict[str, float], spec: ConfidenceSpec) -> float:
    """The logistic of the log-odds, rounded to 3 places (so records compare exactly)."""
    return round(1.0 / (1.0 + math.exp(-log_odds(source, evidence, spec))), 3)


def reasons(source: str, evidence: dict[str, float], spec: ConfidenceSpec) -> list[ConfidenceReason]:
    """The evidence that lowered the confidence, the heaviest first (what a reviewer should check).
    A reading whose base is below the other's counts too (``source:clause``: read from a sentence)."""
    lowering = [(w, n) for n, w in contributions(source, evidence, spec).items() if round(w, 2) < 0]
    below = getattr(spec, source)[BASE] - max(getattr(spec, s)[BASE] for s in SOURCES)
    if round(below, 2) < 0:
        lowering.append((below, f"source:{source}"))
    return [ConfidenceReason(evidence=n, weight=round(w, 2)) for w, n in sorted(lowering)]


def _logistic_v2(
    indicators: list[Indicator],
    document: ParsedDocument | None,
    spec: ConfidenceSpec,
    lexicon: IndicatorLexicon,
) -> list[Indicator]:
    context = document_evidence(document, indicators, spec.limits)
    out = []
    for ind, evidence in zip(
        indicators, evidence_of_values(indicators, context, lexicon, spec.limits), strict=True
    ):
        source = source_of(ind, context.table_cells)
        score = confidence_of(source, evidence, spec)
        update = {"confidence": score, "needs_review": score < spec.threshold}
        out.append(ind.model_copy(update={**update, "confidence_reasons": reasons(source, evidence, spec)}))
    return out


Scorer = Callable[[list[Indicator], ParsedDocument | None, ConfidenceSpec, IndicatorLexicon], list[Indicator]]
# One implementation per ``kind`` (a new behaviour is a new version, not a flag inside the old one).
# v1 (one base per source, fixed evidence weights, no reasons) was replaced before any release.
SCORERS: dict[str, Scorer] = {"confidence.logistic.v2": _logistic_v2}


def score_confidence(
    indicators: list[Indicator],
    document: ParsedDocument | None = None,
    spec: ConfidenceSpec | None = None,
    lexicon: IndicatorLexicon | None = None,
) -> list[Indicator]:
    """Every indicator with ``confidence``, ``needs_review`` and ``confidence_reasons`` set; nothing
    else changes."""
    spec = spec or default_confidence_spec()
    return SCORERS[spec.kind](indicators, document, spec, lexicon or default_lexicon())
