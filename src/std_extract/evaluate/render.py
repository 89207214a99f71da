"""Rich tables for an :class:`EvalReport` (the text output of ``std-extract eval``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from std_extract.evaluate.gbt4754 import LEVEL_NAMES, LEVELS
from std_extract.evaluate.report import PRF, Accuracy, Calibration, EvalReport, GroupScores


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def fraction(acc: Accuracy) -> str:
    return f"{acc.correct}/{acc.total}"


def indicator_table(group: GroupScores, title: str = "Indicators") -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("set", "gold", "output", "found", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "set" else "right")
    rows: list[tuple[str, PRF]] = [
        ("all", group.indicators.all),
        ("limits only", group.indicators.limits),
    ]
    for label, prf in rows:
        table.add_row(
            label,
            str(prf.gold),
            str(prf.output),
            str(prf.found),
            pct(prf.precision),
            pct(prf.recall),
            pct(prf.f1),
        )
    table.caption = "limits only: without `reference` and `qualitative` indicators on either side"
    return table


def accuracy_table(title: str, fields: dict[str, Accuracy], first: str = "field") -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    table.add_column("correct", justify="right")
    table.add_column("accuracy", justify="right")
    for field, acc in fields.items():
        table.add_row(field, fraction(acc), pct(acc.accuracy))
    return table


def classification_table(group: GroupScores) -> Table:
    scores = group.classification
    table = Table(title="Classification (GB/T 4754-2017)", title_justify="left")
    for column in ("level", "top-1", "top-1 acc", "top-3", "top-3 acc"):
        table.add_column(column, justify="left" if column == "level" else "right")
    for level in LEVELS:
        if level in scores.levels:
            score = scores.levels[level]
            label = f"{LEVEL_NAMES[level]} ({level})"
            table.add_row(
                label,
                fraction(score.top1),
                pct(score.top1.accuracy),
                fraction(score.top3),
                pct(score.top3.accuracy),
            )
    table.caption = (
        f"gold class null (nothing fits): {scores.no_class_gold} documents, "
        f"output also gave no code: {scores.no_class_agreed}"
    )
    return table


def category_table(report: EvalReport) -> Table:
    table = Table(title="By category", title_justify="left")
    table.add_column("category", no_wrap=True, min_width=8)
    for column in ("docs", "failed", "P", "R", "F1", "limits F1", "metadata", "小类 top-1", "小类 top-3"):
        table.add_column(column, justify="right")
    for category, group in report.by_category.items():
        meta = sum(group.metadata.fields.values(), Accuracy())
        level = group.classification.levels.get("class")
        prf = group.indicators.all
        table.add_row(
            category,
            str(group.documents),
            str(group.failed),
            pct(prf.precision),
            pct(prf.recall),
            pct(prf.f1),
            pct(group.indicators.limits.f1),
            pct(meta.accuracy),
            pct(level.top1.accuracy) if level else "—",
            pct(level.top3.accuracy) if level else "—",
        )
    return table


def confidence_table(calibration: Calibration) -> Table:
    """The values a ranking uses by default (not flagged for review) against the whole gold."""
    table = Table(title="Confidence: values not flagged for review", title_justify="left")
    for column in ("values", "flagged", "share flagged", "unflagged", "found", "precision", "recall"):
        table.add_column(column, justify="right")
    unflagged = calibration.unflagged
    table.add_row(
        str(calibration.flagged + unflagged.output),
        str(calibration.flagged),
        pct(calibration.share_flagged),
        str(unflagged.output),
        str(unflagged.found),
        pct(unflagged.precision),
        pct(unflagged.recall),
    )
    table.caption = "precision: found / unflagged values; recall: found unflagged values / gold"
    if calibration.unscored:
        table.caption += f"; {calibration.unscored} values carry no confidence (records before schema 1.2.0)"
    return table


def reliability_table(calibration: Calibration) -> Table:
    """Confidence bins against the precision observed in them (a calibrated model has them agree)."""
    table = Table(title="Reliability: confidence vs observed precision", title_justify="left")
    for column in ("confidence", "values", "found", "precision"):
        table.add_column(column, justify="left" if column == "confidence" else "right")
    for b in calibration.bins:
        if b.values:
            close = "]" if b.high >= 1.0 else ")"
            table.add_row(f"[{b.low:.2f}, {b.high:.2f}{close}", str(b.values), str(b.found), pct(b.precision))
    return table


def failures_table(report: EvalReport) -> Table:
    table = Table(title="Failed documents", title_justify="left")
    table.add_column("file")
    table.add_column("errors")
    for failed in report.failed:
        table.add_row(failed.file, "\n".join(failed.errors) or "(no error reported)")
    return table


def extraction_errors_table(report: EvalReport) -> Table:
    table = Table(title="Extraction errors (a crash inside extraction: the run fails)", title_justify="left")
    table.add_column("file")
    table.add_column("errors")
    for failed in report.extraction_errors:
        table.add_row(failed.file, "\n".join(failed.errors))
    return table


def render_report(report: EvalReport, console: Console, *, by_category: bool = False) -> None:
    """Print the summary, indicator, field, metadata and classification tables (and categories)."""
    total = report.total
    console.print(
        f"[bold]{total.documents}[/bold] documents evaluated, {total.failed} failed, "
        f"{len(report.skipped)} skipped"
    )
    console.print(indicator_table(total))
    console.print(confidence_table(total.indicators.calibration))
    console.print(reliability_table(total.indicators.calibration))
    pairs = total.indicators.name_matched
    console.print(accuracy_table(f"Indicator fields on {pairs} name-matched pairs", total.indicators.fields))
    console.print(accuracy_table("Metadata", total.metadata.fields))
    console.print(classification_table(total))
    if by_category:
        console.print(category_table(report))
    if report.failed:
        console.print(failures_table(report))
    if report.extraction_errors:
        console.print(extraction_errors_table(report))
