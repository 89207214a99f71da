"""Calibration figures of ``std-extract eval`` on hand-made records: the precision and recall of the
values not flagged for review, the share flagged, the reliability bins, and extraction crashes."""

from __future__ import annotations

from eval_builders import GOLD_INDICATORS, make_gold, make_record

from std_extract.errors import ErrorCode, ErrorItem
from std_extract.evaluate import score_documents


def _scored(confidences: list[float], threshold: float = 0.5) -> list[dict]:
    return [
        {**spec, "confidence": c, "needs_review": c < threshold}
        for spec, c in zip(GOLD_INDICATORS, confidences, strict=True)
    ]


def test_calibration_unflagged_precision_recall_and_share_flagged():
    specs = _scored([0.95, 0.9, 0.3, 0.85, 0.2])
    specs[1]["value"] = 9.0  # an unflagged value read wrong
    report = score_documents([(make_gold(), make_record(specs))])
    calibration = report.total.indicators.calibration
    assert (calibration.flagged, calibration.unflagged.output, calibration.unflagged.found) == (2, 3, 2)
    assert calibration.unflagged.precision == 2 / 3
    assert calibration.unflagged.recall == 2 / len(GOLD_INDICATORS)
    assert calibration.share_flagged == 2 / 5


def test_calibration_reliability_bins_count_values_and_found():
    specs = _scored([0.95, 0.995, 0.31, 0.35, 1.0])
    specs[2]["value"] = 9.0
    bins = score_documents([(make_gold(), make_record(specs))]).total.indicators.calibration.bins
    assert (bins[0].low, bins[-1].high) == (0.0, 1.0)
    assert all(a.high == b.low for a, b in zip(bins, bins[1:], strict=False))
    by_range = {(b.low, b.high): b for b in bins}
    low = by_range[(0.0, 0.5)]
    assert (low.values, low.found, low.precision) == (2, 1, 0.5)
    assert by_range[(0.95, 0.98)].values == 1  # 0.95 opens its bin
    assert (by_range[(0.99, 1.0)].values, by_range[(0.99, 1.0)].found) == (2, 2)  # 1.0 falls in the last
    assert sum(b.values for b in bins) == 5


def test_calibration_adds_over_documents():
    one = (make_gold(), make_record(_scored([0.95, 0.9, 0.3, 0.85, 0.2])))
    report = score_documents([one, one])
    calibration = report.total.indicators.calibration
    assert (calibration.flagged, calibration.unflagged.gold) == (4, 2 * len(GOLD_INDICATORS))
    assert sum(b.values for b in calibration.bins) == 10


def test_calibration_records_without_confidence_count_as_unflagged_and_unscored():
    calibration = score_documents([(make_gold(), make_record())]).total.indicators.calibration
    assert calibration.unscored == len(GOLD_INDICATORS) and calibration.flagged == 0
    assert calibration.unflagged.precision == 1.0


def test_evaluate_reports_extraction_crashes_separately():
    crashed = make_record(status="partial")
    crashed.errors.append(
        ErrorItem(
            stage="extract", code=ErrorCode.EXTRACTION_FAILED, message="rice.pdf: extract failed: IndexError"
        )
    )
    rejected = make_record(status="failed")
    rejected.errors.append(
        ErrorItem(stage="parse", code=ErrorCode.NO_TEXT_LAYER, message="rice.pdf: no text")
    )
    report = score_documents([(make_gold(), crashed), (make_gold(), rejected)])
    [entry] = report.extraction_errors
    assert entry.errors == ["extract/extraction_failed: rice.pdf: extract failed: IndexError"]
    assert [f.file for f in report.failed] == ["rice.pdf"]
