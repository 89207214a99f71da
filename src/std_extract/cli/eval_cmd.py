"""``std-extract eval``: score the pipeline against gold annotations."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout


class GroupBy(StrEnum):
    category = "category"


def _progress(entry, record) -> None:
    stderr.print(f"{record.status:>7} {entry.stem} ({len(record.indicators)} indicators)")


@app.command("eval")
def eval_command(
    corpus_dir: Annotated[Path, typer.Argument(help="A corpus folder with *.gold.json files (recursive).")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write all figures as JSON here.")] = None,
    by: Annotated[GroupBy | None, typer.Option("--by", help="Add a breakdown: category.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N gold files.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the pipeline.")] = 1,
) -> None:
    """Run the pipeline on every document with gold and score it.

    Prints indicator precision/recall/F1, per-field accuracy on name-matched pairs, metadata
    accuracy, classification top-1/top-3 at each GB/T 4754 level, and the failed documents.
    """
    from std_extract.evaluate import evaluate_entries, load_corpus
    from std_extract.evaluate.render import render_report

    if not corpus_dir.is_dir():
        stderr.print(f"[red]not a folder:[/red] {corpus_dir}")
        raise typer.Exit(code=2)
    entries = load_corpus(corpus_dir, limit=limit)
    if not entries:
        stderr.print(f"[red]no *.gold.json under[/red] {corpus_dir}")
        raise typer.Exit(code=1)
    for entry in entries:
        if entry.skip_reason:
            stderr.print(f"[yellow]skipped[/yellow] {entry.gold_path.name}: {entry.skip_reason}")
    report = evaluate_entries(entries, jobs=jobs, on_record=_progress)
    render_report(report, stdout, by_category=by is GroupBy.category)
    if json_out is not None:
        json_out.write_text(report.model_dump_json(indent=1), encoding="utf-8")
        stderr.print(f"figures written to {json_out}")
    if report.total.documents == 0:
        stderr.print("[red]no document could be evaluated[/red]")
        raise typer.Exit(code=1)
