"""``std-extract parse``: print one parsed document."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, write_json_line


class ParseFormat(StrEnum):
    json = "json"
    text = "text"


@app.command()
def parse(
    file: Path = typer.Argument(..., help="A standard as a PDF file."),
    format: ParseFormat = typer.Option(ParseFormat.json, "--format", "-f", help="json, or a readable text outline."),
    chars: bool = typer.Option(False, "--chars", help="Include per-character bboxes in the JSON."),
) -> None:
    """Parse a standard PDF: cover metadata, clause tree, tables, pages with bboxes."""
    from std_extract.outline import document_outline
    from std_extract.parse import parse_pdf

    document = parse_pdf(file)
    if format is ParseFormat.text:
        typer.echo(document_outline(document))
    else:
        exclude = None if chars else {"pages": {"__all__": {"lines": {"__all__": {"char_bboxes"}}}}}
        write_json_line(document.model_dump_json(exclude=exclude, indent=1))
    for error in document.errors:
        stderr.print(f"[red]{error.code}[/red] {error.message}")
    if document.status == "failed":
        raise typer.Exit(code=1)
