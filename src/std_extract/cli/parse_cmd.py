"""``std-extract parse``: print one parsed document."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, write_json_line

# Per-character boxes of body, header and footer lines: most of the JSON, left out unless asked for.
_LINES = {"__all__": {"char_bboxes"}}
CHAR_BOXES = {"pages": {"__all__": {"lines": _LINES, "header": _LINES, "footer": _LINES}}}


class ParseFormat(StrEnum):
    json = "json"
    text = "text"


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A standard as a PDF file.")],
    format: Annotated[
        ParseFormat, typer.Option("--format", "-f", help="json, or a readable text outline.")
    ] = (ParseFormat.json),
    chars: Annotated[bool, typer.Option("--chars", help="Include per-character bboxes in the JSON.")] = False,
    first_pages: Annotated[
        int | None, typer.Option("--first-pages", min=1, help="Read only the first N pages.")
    ] = None,
) -> None:
    """Parse a standard PDF: cover metadata, clause tree, tables, pages with bboxes."""
    from std_extract.outline import document_outline
    from std_extract.parse import ParseOptions, parse_pdf

    document = parse_pdf(file, ParseOptions(first_pages=first_pages))
    if format is ParseFormat.text:
        typer.echo(document_outline(document))
    else:
        write_json_line(document.model_dump_json(exclude=None if chars else CHAR_BOXES, indent=1))
    for error in document.errors:
        stderr.print(f"[red]{error.code}[/red] {error.message}")
    if document.status == "failed":
        raise typer.Exit(code=1)
