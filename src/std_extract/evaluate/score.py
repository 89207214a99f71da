"""Score outputs against gold: :func:`score_documents` is a pure function of (gold, record) pairs."""

from __future__ import annotations

from std_extract.errors import ErrorCode
from std_extract.evaluate.classification import compare_classification, ranked_codes
from std_extract.evaluate.gold import Gold
from std_extract.evaluate.indicators import IndicatorComparison
from std_extract.evaluate.metadata import compare_metadata
from std_extract.evaluate.report import DocumentScore, EvalReport, FailedDocument, GroupScores, MetadataScores
from std_extract.record import DocumentRecord

UNCATEGORISED = "(none)"


# A crash inside extraction (pipeline._run_stage, or evaluate.runner.safe_process), as opposed to a
# file the parser rejects (no_text_layer, damaged ...), which the gold may expect.
CRASH_CODES = frozenset({ErrorCode.EXTRACTION_FAILED, ErrorCode.INTERNAL})


def _error_texts(record: DocumentRecord, codes: frozenset[ErrorCode] | None = None) -> list[str]:
    return [f"{e.stage}/{e.code}: {e.message}" for e in record.errors if codes is None or e.code in codes]


def score_document(gold: Gold, record: DocumentRecord, *, gold_file: str = "") -> DocumentScore:
    """Scores of one document.  A failed record is scored as it is (it has found nothing).

    A gold restricted to some ``pages`` is compared with the output indicators found on those pages
    only (by their provenance; one without provenance is kept).
    """
    output = record.indicators
    sampled = gold.page_numbers
    if sampled is not None:
        keep = set(sampled)
        output = [i for i in output if not i.provenance or any(p.page in keep for p in i.provenance)]
    comparison = IndicatorComparison(gold.indicators, output)
    metadata, metadata_mismatches = compare_metadata(gold.standard, record.standard)
    predicted = ranked_codes(record.classification)
    return DocumentScore(
        gold_file=gold_file or gold.file,
        file=gold.file,
        category=gold.category,
        status=record.status,
        errors=_error_texts(record),
        extraction_errors=_error_texts(record, CRASH_CODES),
        indicators=comparison.scores(),
        metadata=MetadataScores(fields=metadata),
        classification=compare_classification(gold.class_code, predicted),
        gold_class=gold.class_code,
        predicted_classes=predicted,
        missed=comparison.missed(),
        spurious=comparison.spurious(),
        mismatched=comparison.mismatched(),
        metadata_mismatches=metadata_mismatches,
    )


def aggregate(documents: list[DocumentScore]) -> EvalReport:
    """Totals, per-category totals and the failure list of already scored documents."""
    report = EvalReport(documents=documents)
    for doc in documents:
        report.total.add(doc)
        report.by_category.setdefault(doc.category or UNCATEGORISED, GroupScores()).add(doc)
        if doc.status == "failed":
            report.failed.append(FailedDocument(file=doc.file, errors=doc.errors))
        if doc.extraction_errors:
            report.extraction_errors.append(FailedDocument(file=doc.file, errors=doc.extraction_errors))
    report.by_category = dict(sorted(report.by_category.items()))
    return report


def score_documents(pairs: list[tuple[Gold, DocumentRecord]]) -> EvalReport:
    """Score each (gold, output record) pair and total the figures.

    Pure: reads nothing but its arguments, so it is tested on hand-made records.
    """
    return aggregate([score_document(gold, record) for gold, record in pairs])
