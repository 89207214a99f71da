"""``std-extract run``: the whole pipeline over a folder."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout


@app.command()
def run(
    input_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of standard PDFs (searched recursively)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created; re-runs reuse its cache)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes (0 = all cores)."),
    plan: str = typer.Option("auto", "--plan", help="Evaluation plan id for ranking, or 'auto' (by class)."),
    db: str | None = typer.Option(None, "--db", help="Review store URL (default: OUT/review.sqlite if present)."),
) -> None:
    """parse -> extract -> normalise -> classify -> rank over a folder, resumable and incremental."""
    from std_extract.batch import run_batch

    columns = (
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[pages]} pages · {task.fields[failed]} failed · {task.fields[cached]} cached · {task.fields[rate]:.1f} files/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=False) as progress:
        task = progress.add_task("files", total=None, pages=0, failed=0, cached=0, rate=0.0)

        def show(p) -> None:
            progress.update(task, total=p.total, completed=p.done, pages=p.pages, failed=p.failed, cached=p.cached, rate=p.rate)

        summary = run_batch(input_dir, out, jobs=jobs or None, plan=plan, review_db=db, on_progress=show)
    table = Table(title=f"std-extract run: {input_dir} -> {out}", show_header=False)
    for label, value in [
        ("files", summary.files), ("processed", summary.processed), ("from cache", summary.cached),
        ("failed", summary.failed), ("partial", summary.partial), ("pages", summary.pages),
        ("indicators", summary.indicators), ("seconds", f"{summary.seconds:.1f}"),
    ]:
        table.add_row(label, str(value))
    for name, path in summary.outputs.items():
        table.add_row(name, path)
    stdout.print(table)
    if summary.failed:
        stderr.print(f"[yellow]{summary.failed} file(s) failed: see {out / 'errors.jsonl'}[/yellow]")
