"""The output contract: one :class:`DocumentRecord` per document.

Pipelines depend on this shape.  ``SCHEMA_VERSION`` follows semantic versioning: a field added
is a minor bump, a field renamed, removed or retyped is a major bump.  The JSON Schema published
by ``std-extract schema`` is generated from these models, so the two never drift apart.

Additions that go into 1.2.0 (with the indicator ``confidence``/``needs_review`` fields): the error
codes ``correction_failed`` (stage ``review``: a stored review correction a run could not apply) and
``active_content`` (stage ``parse``: the PDF carries JavaScript or embedded files; the status stays).

Gold annotations in ``corpus/`` use the same field names, so gold and output compare directly.

Versions: 1.1.0 added ``structure``; 1.2.0 adds each indicator's ``confidence`` and
``needs_review`` (the confidence stage, :mod:`std_extract.extract.confidence`).  Any other field
added to the record in this release goes into 1.2.0 too, and is listed here: 1.2.0 also adds
``DocumentRecord.ocr_pages`` (the pages read by OCR, why, and the symbols repaired on them) and the
``bad_text_layer`` error code, and each indicator's ``confidence_reasons`` (the evidence that lowered
its confidence, for reviewers).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from std_extract.document import BBox, DocumentStructure, Source, Status, SymbolRepair
from std_extract.errors import ErrorItem

SCHEMA_VERSION = "1.2.0"

Comparator = Literal[
    "<=", ">=", "<", ">", "=", "range", "tolerance", "not_detected", "reference", "qualitative"
]
ReviewState = Literal["extracted", "accepted", "corrected", "rejected", "added"]


class Provenance(BaseModel):
    """Where a value was printed: page, rectangle and the text exactly as printed."""

    model_config = ConfigDict(frozen=True)

    page: int
    bbox: BBox  # x0, top, x1, bottom in PDF points, top-left origin
    source_text: str
    clause: str | None = None  # "4.2" or "表 2"


class ConfidenceReason(BaseModel):
    """A piece of evidence that lowered a value's confidence (added in 1.2.0)."""

    evidence: str = Field(
        description="What was seen: a name of extractors/confidence.toml ('lexicon_unmatched', "
        "'long_name' ...), 'flag:' + a reader's flag ('flag:structure_guessed'), or 'source:clause' "
        "(read from a sentence, whose base is below a table cell's)."
    )
    weight: float = Field(description="What it added to the log-odds that the value is right (negative).")


class Indicator(BaseModel):
    """One technical requirement a standard imposes, as a comparable value with its evidence."""

    id: str  # stable across re-runs of the same file (see extract.ids)
    name: str  # as printed (row label path or clause subject)
    canonical_id: str | None = None
    canonical_name: str | None = None
    match_score: float | None = None  # rapidfuzz score 0-100 of name -> canonical
    comparator: Comparator
    value: float | None = None  # the limit; the lower bound of a range
    value_max: float | None = None  # the upper bound of a range
    tolerance: float | None = None  # the ± part of a tolerance
    value_text: str | None = None  # the printed requirement ("≤0.45", "应无异味", "GB 2762")
    unit: str | None = None  # as printed
    unit_normalized: str | None = None  # the indicator's canonical unit (pint spelling)
    value_normalized: float | None = None
    value_max_normalized: float | None = None
    grade: str | None = None  # 优等品, 一级, 1级 ... or None
    conditions: list[str] = Field(default_factory=list)  # "25℃时", footnote text, sampling plan
    test_method: str | None = None
    clause: str | None = None
    table: str | None = None  # table number ("1", "A.1") when taken from a table
    flags: list[str] = Field(default_factory=list)  # "formula", "or_limit", "unit_unknown", ...
    provenance: list[Provenance] = Field(default_factory=list)
    review_state: ReviewState = "extracted"
    # added in 1.2.0; None only in records written before it (or built by hand)
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="How likely the value is read right (0-1), from the evidence of how it was read "
        "(extractors/confidence.toml); the pipeline fills it for every indicator.",
    )
    needs_review: bool = Field(
        default=False,
        description="Confidence below the threshold of extractors/confidence.toml: rankings leave the "
        "value out until a reviewer accepts or corrects it.",
    )
    confidence_reasons: list[ConfidenceReason] = Field(
        default_factory=list,
        description="The evidence that lowered the confidence, the heaviest first: what a reviewer "
        "should check (empty for a value nothing spoke against).",
    )


class StandardInfo(BaseModel):
    """Cover metadata in the record."""

    number: str | None = None
    kind: str | None = None
    title: str | None = None
    title_en: str | None = None
    enterprise: str | None = None
    issued: str | None = None
    effective: str | None = None
    replaces: list[str] = Field(default_factory=list)
    ics: list[str] = Field(default_factory=list)
    ccs: list[str] = Field(default_factory=list)


class Evidence(BaseModel):
    term: str  # the lexicon term or class name matched
    source: str  # "title", "scope", "body", "ccs", "ics", "enterprise", "text"
    clause: str | None = None
    text: str | None = None  # the snippet it was found in


class ClassCandidate(BaseModel):
    code: str
    name: str
    score: float
    evidence: list[Evidence] = Field(default_factory=list)


class LevelNode(BaseModel):
    level: Literal["section", "division", "group", "class"]  # 门类, 大类, 中类, 小类
    code: str
    name: str
    confidence: float


class Classification(BaseModel):
    """GB/T 4754-2017 class of the standard's product or service."""

    code: str | None = None  # 4-digit 小类 code
    name: str | None = None
    level_path: list[LevelNode] = Field(default_factory=list)
    score: float = 0.0
    needs_review: bool = True
    candidates: list[ClassCandidate] = Field(default_factory=list)
    method: str | None = None  # e.g. "rules.v1", "textcat.v1"


class OcrPage(BaseModel):
    """A page read by OCR (added in 1.2.0): values on it carry the flag ``ocr``."""

    page: int
    reason: str  # "no text layer", or why the text layer failed the quality check
    engine: str
    repairs: list[SymbolRepair] = Field(default_factory=list)  # symbols repaired from context


class DocumentRecord(BaseModel):
    """One processed document: the JSON Lines record of ``std-extract extract``."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    status: Status
    errors: list[ErrorItem] = Field(default_factory=list)
    standard: StandardInfo = Field(default_factory=StandardInfo)
    indicators: list[Indicator] = Field(default_factory=list)
    classification: Classification | None = None
    structure: DocumentStructure | None = None  # added in 1.1.0; the parser's own model
    ocr_pages: list[OcrPage] = Field(default_factory=list)  # added in 1.2.0
    pipeline_version: str | None = None
