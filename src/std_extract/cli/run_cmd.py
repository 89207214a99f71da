"""``std-extract run``: the whole pipeline over a folder."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout


@app.command()
def run(
    input_dir: str = typer.Argument(
        ..., help="Folder of standard PDFs (searched recursively) or an fsspec URL."
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created; re-runs reuse its cache)."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes of the local engine (0 = all cores)."),
    engine: str = typer.Option("local", "--engine", help="local (a process pool) or dask (a Dask cluster)."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="For --engine dask: tcp://host:8786, or local:N to start N workers here."
    ),
    plan: str = typer.Option("auto", "--plan", help="Evaluation plan id for ranking, or 'auto' (by class)."),
    db: str | None = typer.Option(
        None, "--db", help="Review store URL (default: OUT/review.sqlite if present)."
    ),
    include_unreviewed: bool = typer.Option(
        False,
        "--include-unreviewed",
        help="Rank on values flagged for review that no reviewer has accepted too (default: leave them out).",
    ),
) -> None:
    """parse -> extract -> normalise -> classify -> rank over a folder, resumable and incremental.

    Exit codes: 0 every file was read; 1 some files failed or were skipped (errors.jsonl says
    which); 2 the run could not start or stopped (bad options, input and output folders overlap,
    cluster unreachable); 3 nothing to do (no PDF in the input; no outputs written)."""
    from std_extract.batch import run_batch
    from std_extract.batch.engines import make_engine
    from std_extract.batch.run import EXIT_NOTHING_TO_DO

    source = _input_location(input_dir)
    try:
        runner = make_engine(engine, jobs=jobs or None, scheduler=scheduler)
    except ValueError as exc:
        stderr.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=2) from exc

    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "{task.fields[pages]} pages · {task.fields[failed]} failed · "
            "{task.fields[cached]} cached · {task.fields[rate]:.1f} files/s"
        ),
        TimeElapsedColumn(),
    )
    with _engine_started(runner, scheduler), Progress(*columns, console=stderr, transient=False) as progress:
        task = progress.add_task("files", total=None, pages=0, failed=0, cached=0, rate=0.0)

        def show(p) -> None:
            progress.update(
                task,
                total=p.total,
                completed=p.done,
                pages=p.pages,
                failed=p.failed,
                cached=p.cached,
                rate=p.rate,
            )

        summary = _run(
            run_batch,
            source,
            out,
            jobs=jobs or None,
            plan=plan,
            review_db=db,
            on_progress=show,
            engine=runner,
            include_unreviewed=include_unreviewed,
        )
    table = Table(title=f"std-extract run: {input_dir} -> {out}", show_header=False)
    for label, value in [
        ("files", summary.files),
        ("processed", summary.processed),
        ("from cache", summary.cached),
        ("failed", summary.failed),
        ("partial", summary.partial),
        ("pages", summary.pages),
        ("indicators", summary.indicators),
        ("seconds", f"{summary.seconds:.1f}"),
    ]:
        table.add_row(label, str(value))
    for name, path in summary.outputs.items():
        table.add_row(name, path)
    stdout.print(table)
    if summary.failed or summary.skipped:
        skipped = f", {summary.skipped} entry(ies) skipped" if summary.skipped else ""
        stderr.print(f"[yellow]{summary.failed} file(s) failed{skipped}: see {out / 'errors.jsonl'}[/yellow]")
    if summary.exit_code == EXIT_NOTHING_TO_DO:
        stderr.print(f"[yellow]nothing to do[/yellow]: no PDF in {input_dir}; no outputs written")
    raise typer.Exit(code=summary.exit_code)


def _input_location(text: str) -> Path | str:
    """A folder that must exist, or an fsspec URL (checked when it is listed)."""
    from std_extract.batch import storage

    if storage.is_url(text):
        return text
    folder = storage.local_path(text)
    if not folder.is_dir():
        stderr.print(f"[red]error:[/red] {text}: no such folder")
        raise typer.Exit(code=2)
    return folder


@contextmanager
def _engine_started(runner, scheduler: str | None):
    """Start the engine (connect to the cluster), say where its dashboard is, close it after."""
    try:
        runner.__enter__()
    except OSError as exc:  # the scheduler cannot be reached (connection refused, timed out)
        stderr.print(f"[red]error:[/red] cannot reach the Dask scheduler {scheduler}: {exc}")
        raise typer.Exit(code=2) from exc  # could not run
    try:
        if runner.name == "dask":
            link = runner.dashboard_link
            stderr.print(f"dask cluster {runner.scheduler}" + (f" · dashboard {link}" if link else ""))
        yield runner
    finally:
        runner.__exit__(None, None, None)


def _run(run_batch, *args, **kwargs):
    from std_extract.batch.engines import EngineError
    from std_extract.batch.inputs import BatchInputError
    from std_extract.batch.run import EXIT_COULD_NOT_RUN

    try:
        return run_batch(*args, **kwargs)
    except (EngineError, BatchInputError, NotADirectoryError, FileNotFoundError) as exc:
        stderr.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=EXIT_COULD_NOT_RUN) from exc
