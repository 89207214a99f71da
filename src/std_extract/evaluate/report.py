"""The figures of an evaluation run, as pydantic models (``std-extract eval --json`` writes them)."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from pydantic import BaseModel, Field, computed_field


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


class PRF(BaseModel):
    """Indicator detection counts: ``found`` of ``gold`` gold and ``output`` extracted indicators."""

    gold: int = 0
    output: int = 0
    found: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.found, self.output)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.found, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            gold=self.gold + other.gold, output=self.output + other.output, found=self.found + other.found
        )


class Accuracy(BaseModel):
    """``correct`` of ``total`` comparisons."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


def _sum_fields(a: dict[str, Accuracy], b: dict[str, Accuracy]) -> dict[str, Accuracy]:
    return {key: a.get(key, Accuracy()) + b.get(key, Accuracy()) for key in dict.fromkeys([*a, *b])}


class FieldMismatch(BaseModel):
    """A name-matched pair that differs in some fields (for reading errors, not for scoring)."""

    name: str
    fields: list[str]
    gold: dict[str, object]
    output: dict[str, object]


# The reliability table's bin edges: finer where the values and the review threshold are (most
# values lie above 0.9; equal tenths put them all in one bin and hide how the top is calibrated).
RELIABILITY_EDGES = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 1.0)


class ReliabilityBin(BaseModel):
    """Values whose confidence lies in [low, high), and how many of them were found in the gold."""

    low: float
    high: float
    values: int = 0
    found: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.found, self.values)


def empty_bins() -> list[ReliabilityBin]:
    return [ReliabilityBin(low=low, high=high) for low, high in pairwise(RELIABILITY_EDGES)]


class Calibration(BaseModel):
    """Whether ``confidence`` and ``needs_review`` tell right values from wrong ones.

    ``unflagged`` scores only the values not marked for review against the whole gold: its
    precision is what a ranking that leaves flagged values out can trust, its recall how much of
    the gold it still sees.  ``bins`` is the reliability table: observed precision per confidence bin.
    """

    unflagged: PRF = Field(default_factory=PRF)
    flagged: int = 0  # values with needs_review
    unscored: int = 0  # values without a confidence (records written before schema 1.2.0)
    bins: list[ReliabilityBin] = Field(default_factory=empty_bins)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def share_flagged(self) -> float | None:
        return _ratio(self.flagged, self.flagged + self.unflagged.output)

    def add_value(self, confidence: float | None, needs_review: bool, found: bool) -> None:
        if needs_review:
            self.flagged += 1
        else:
            self.unflagged.output += 1
            self.unflagged.found += int(found)
        if confidence is None:
            self.unscored += 1
            return
        k = min(bisect_right(RELIABILITY_EDGES, confidence) - 1, len(self.bins) - 1)
        self.bins[k].values += 1
        self.bins[k].found += int(found)

    def __add__(self, other: Calibration) -> Calibration:
        return Calibration(
            unflagged=self.unflagged + other.unflagged,
            flagged=self.flagged + other.flagged,
            unscored=self.unscored + other.unscored,
            bins=[
                a.model_copy(update={"values": a.values + b.values, "found": a.found + b.found})
                for a, b in zip(self.bins, other.bins, strict=True)
            ],
        )


class IndicatorScores(BaseModel):
    all: PRF = Field(default_factory=PRF)
    limits: PRF = Field(default_factory=PRF)  # without `reference` and `qualitative`, both sides
    name_matched: int = 0  # gold/output pairs whose names match
    fields: dict[str, Accuracy] = Field(default_factory=dict)  # per field, on name-matched pairs
    calibration: Calibration = Field(default_factory=Calibration)

    def __add__(self, other: IndicatorScores) -> IndicatorScores:
        return IndicatorScores(
            all=self.all + other.all,
            limits=self.limits + other.limits,
            name_matched=self.name_matched + other.name_matched,
            fields=_sum_fields(self.fields, other.fields),
            calibration=self.calibration + other.calibration,
        )


class MetadataScores(BaseModel):
    fields: dict[str, Accuracy] = Field(default_factory=dict)

    def __add__(self, other: MetadataScores) -> MetadataScores:
        return MetadataScores(fields=_sum_fields(self.fields, other.fields))


class LevelScore(BaseModel):
    top1: Accuracy = Field(default_factory=Accuracy)
    top3: Accuracy = Field(default_factory=Accuracy)

    def __add__(self, other: LevelScore) -> LevelScore:
        return LevelScore(top1=self.top1 + other.top1, top3=self.top3 + other.top3)


class ClassificationScores(BaseModel):
    levels: dict[str, LevelScore] = Field(default_factory=dict)  # section, division, group, class
    no_class_gold: int = 0  # documents whose gold class is null (nothing fits)
    no_class_agreed: int = 0  # ... of which the output also gave no code

    def __add__(self, other: ClassificationScores) -> ClassificationScores:
        keys = dict.fromkeys([*self.levels, *other.levels])
        return ClassificationScores(
            levels={k: self.levels.get(k, LevelScore()) + other.levels.get(k, LevelScore()) for k in keys},
            no_class_gold=self.no_class_gold + other.no_class_gold,
            no_class_agreed=self.no_class_agreed + other.no_class_agreed,
        )


class DocumentScore(BaseModel):
    """The scores of one document, with what was missed, spurious or mismatched."""

    gold_file: str
    file: str
    category: str | None = None
    status: str
    errors: list[str] = Field(default_factory=list)
    # errors of a crash inside extraction (stages extract, normalise, confidence, or the run itself)
    extraction_errors: list[str] = Field(default_factory=list)
    indicators: IndicatorScores = Field(default_factory=IndicatorScores)
    metadata: MetadataScores = Field(default_factory=MetadataScores)
    classification: ClassificationScores = Field(default_factory=ClassificationScores)
    gold_class: str | None = None
    predicted_classes: list[str] = Field(default_factory=list)
    missed: list[str] = Field(default_factory=list)  # gold indicator names with no name match
    spurious: list[str] = Field(default_factory=list)  # output indicator names with no name match
    mismatched: list[FieldMismatch] = Field(default_factory=list)
    # field -> (gold value, output value)
    metadata_mismatches: dict[str, tuple[object, object]] = Field(default_factory=dict)


class GroupScores(BaseModel):
    """Totals over a set of documents (the whole run, or one category)."""

    documents: int = 0
    failed: int = 0
    indicators: IndicatorScores = Field(default_factory=IndicatorScores)
    metadata: MetadataScores = Field(default_factory=MetadataScores)
    classification: ClassificationScores = Field(default_factory=ClassificationScores)

    def add(self, doc: DocumentScore) -> None:
        self.documents += 1
        self.failed += int(doc.status == "failed")
        self.indicators = self.indicators + doc.indicators
        self.metadata = self.metadata + doc.metadata
        self.classification = self.classification + doc.classification


class FailedDocument(BaseModel):
    file: str
    errors: list[str]


class SkippedDocument(BaseModel):
    gold_file: str
    reason: str


class EvalReport(BaseModel):
    """All figures of an evaluation: totals, per category, per document, failures and skips."""

    total: GroupScores = Field(default_factory=GroupScores)
    by_category: dict[str, GroupScores] = Field(default_factory=dict)
    documents: list[DocumentScore] = Field(default_factory=list)
    failed: list[FailedDocument] = Field(default_factory=list)
    # records whose extraction crashed: scored as they are, listed here, and `std-extract eval` fails
    extraction_errors: list[FailedDocument] = Field(default_factory=list)
    skipped: list[SkippedDocument] = Field(default_factory=list)

    def totals_only(self) -> EvalReport:
        """The report without per-document and per-category figures, for a held-out split: only the
        totals are read there, so no rule is written against one document's misses.  Failures and
        crashes keep their file names (a crash is fixed by whoever reads it, not tuned on)."""
        return self.model_copy(update={"documents": [], "by_category": {}})
