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


class _CountOnly:
    """Progress that names no document and no count of its values: on a held-out split a
    per-document line already tells a rule writer which document lost values."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    def __call__(self, entry, record) -> None:
        self.done += 1
        stderr.print(f"scored {self.done}/{self.total} documents")


def _default_split_file(corpus_dir: Path) -> Path:
    beside = corpus_dir / "split.csv"
    return beside if beside.is_file() else Path("corpus") / corpus_dir.resolve().name / "split.csv"


def _split_stems(corpus_dir: Path, split: str, split_file: Path | None) -> set[str]:
    """The stems of one split (corpus/enterprise-dev/split.csv keeps a test split held out)."""
    from std_extract.evaluate.gold import read_split

    path = split_file or _default_split_file(corpus_dir)
    if not path.is_file():
        stderr.print(f"[red]no split file:[/red] {path} (give --split-file)")
        raise typer.Exit(code=2)
    try:
        splits = read_split(path)
    except (ValueError, KeyError) as exc:
        stderr.print(f"[red]bad split file:[/red] {exc}")
        raise typer.Exit(code=2) from None
    stems = {stem for stem, name in splits.items() if name == split}
    if not stems:
        known = ", ".join(sorted(set(splits.values())))
        stderr.print(f"[red]no document of split {split!r} in[/red] {path} (splits: {known})")
        raise typer.Exit(code=2)
    return stems


@app.command("eval")
def eval_command(
    corpus_dir: Annotated[Path, typer.Argument(help="A corpus folder with *.gold.json files (recursive).")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write all figures as JSON here.")] = None,
    by: Annotated[GroupBy | None, typer.Option("--by", help="Add a breakdown: category.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N gold files.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the pipeline.")] = 1,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Only the documents of this split (dev, test) of the split file."),
    ] = None,
    split_file: Annotated[
        Path | None,
        typer.Option(
            "--split-file",
            help="stem,product,split CSV; default: split.csv in CORPUS_DIR, "
            "else corpus/<CORPUS_DIR name>/split.csv.",
        ),
    ] = None,
    totals_only: Annotated[
        bool,
        typer.Option(
            "--totals-only",
            help="Held-out use: print and write totals only, no document's name, counts or misses "
            "(a crash still names its file).",
        ),
    ] = False,
) -> None:
    """Run the pipeline on every document with gold and score it.

    Prints indicator precision/recall/F1, the precision and recall of the values not flagged for
    review with the share flagged and a reliability table (confidence bins vs observed precision),
    per-field accuracy on name-matched pairs, metadata accuracy, classification top-1/top-3 at each
    GB/T 4754 level, and the failed documents.  Exits 1 when extraction crashed on any document.
    """
    from std_extract.evaluate import evaluate_entries, load_corpus
    from std_extract.evaluate.render import render_report

    if not corpus_dir.is_dir():
        stderr.print(f"[red]not a folder:[/red] {corpus_dir}")
        raise typer.Exit(code=2)
    if totals_only and by is not None:
        stderr.print(
            "[red]--by prints figures per category, which can be one document:[/red] not with --totals-only"
        )
        raise typer.Exit(code=2)
    only = _split_stems(corpus_dir, split, split_file) if split else None
    entries = load_corpus(corpus_dir, limit=limit, only=only)
    if not entries:
        stderr.print(f"[red]no *.gold.json under[/red] {corpus_dir}")
        raise typer.Exit(code=1)
    for entry in entries:
        if entry.skip_reason:
            stderr.print(f"[yellow]skipped[/yellow] {entry.gold_path.name}: {entry.skip_reason}")
    on_record = _CountOnly(sum(1 for e in entries if not e.skip_reason)) if totals_only else _progress
    report = evaluate_entries(entries, jobs=jobs, on_record=on_record)
    if totals_only:
        report = report.totals_only()
    render_report(report, stdout, by_category=by is GroupBy.category)
    if json_out is not None:
        json_out.write_text(report.model_dump_json(indent=1), encoding="utf-8")
        stderr.print(f"figures written to {json_out}")
    if report.total.documents == 0:
        stderr.print("[red]no document could be evaluated[/red]")
        raise typer.Exit(code=1)
    if report.extraction_errors:
        crashed = len(report.extraction_errors)
        stderr.print(f"[red]extraction crashed on {crashed} document(s)[/red] (see above)")
        raise typer.Exit(code=1)
