"""Helpers shared by CLI commands: consoles and JSON output."""

from __future__ import annotations

import sys

from rich.console import Console

# Results go to stdout; progress, warnings and errors go to stderr so pipes stay clean.
stdout = Console(soft_wrap=True, highlight=False)
stderr = Console(stderr=True, highlight=False)


def write_json_line(text: str) -> None:
    """Write one JSON document to stdout exactly as given (UTF-8, no rich markup)."""
    sys.stdout.write(text)
    sys.stdout.write("\n")
    sys.stdout.flush()
