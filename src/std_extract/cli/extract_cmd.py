"""``std-extract extract`` and ``std-extract schema``."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from std_extract.cli import app
from std_extract.cli.common import stderr, write_json_line


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="Standard PDFs."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write JSON Lines here instead of stdout."),
    classify: bool = typer.Option(True, "--classify/--no-classify", help="Add the GB/T 4754 classification."),
    rules_dir: Path | None = typer.Option(
        None,
        "--rules",
        help="A folder of extraction rules (a copy of extractors/: indicators.toml, clauses.toml …) "
        "used instead of the shipped ones; every file is checked first.",
    ),
) -> None:
    """Extract indicators: one JSON record per document (JSON Lines, UTF-8), in the published schema."""
    from std_extract.errors import RuleFileError
    from std_extract.pipeline import process_file
    from std_extract.rules import load_rules

    try:
        rules = load_rules(rules_dir) if rules_dir is not None else None
    except RuleFileError as exc:
        stderr.print(f"error: {exc}", markup=False, soft_wrap=True)  # names the file and the field
        raise typer.Exit(code=2) from None
    failed = 0
    sink = out.open("w", encoding="utf-8") if out else None
    try:
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr,
            disable=len(files) < 2 or out is None,
        ) as progress:
            task = progress.add_task("extract", total=len(files))
            for path in files:
                record = process_file(path, classify=classify, rules=rules)
                line = record.model_dump_json()
                if sink:
                    sink.write(line + "\n")
                    sink.flush()
                else:
                    write_json_line(line)
                for error in record.errors:
                    stderr.print(f"[red]{error.code}[/red] {error.message}")
                failed += record.status == "failed"
                progress.advance(task)
    finally:
        if sink:
            sink.close()
    if failed:
        stderr.print(f"{failed} of {len(files)} file(s) failed")
        raise typer.Exit(code=1)


@app.command()
def schema(
    name: str = typer.Argument("document", help="document, error, indicator-row or rankings."),
) -> None:
    """Print a published JSON Schema of an output."""
    from std_extract.schemas import SCHEMAS
    from std_extract.schemas import schema as get_schema

    if name not in SCHEMAS:
        stderr.print(f"unknown schema {name!r}; known: {', '.join(SCHEMAS)}")
        raise typer.Exit(code=2)
    write_json_line(json.dumps(get_schema(name), ensure_ascii=False, indent=1))
