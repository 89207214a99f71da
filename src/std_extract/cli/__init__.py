"""The ``std-extract`` command line: a thin typer layer over the library API.

Each command lives in its own module and registers itself on :data:`app`; a command parses its
options, calls the API, prints, and sets the exit code.  Nothing else happens here.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="std-extract",
    help="Read Chinese product and service standards (PDF), extract their technical indicators, "
    "classify them into GB/T 4754-2017 industry classes and rank top-runner candidates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Click's plain help: typer's rich panels print a flag as "--schema <bool>", as if it took a
    # value; the plain formatter lists a flag alone and a valued option with its type.
    rich_markup_mode=None,
)

# Command modules register themselves on import (one module per command), in the order --help
# lists them; the order is meant, so isort leaves it.
# isort: off
from std_extract.cli import parse_cmd  # noqa: E402,F401
from std_extract.cli import extract_cmd  # noqa: E402,F401
from std_extract.cli import run_cmd  # noqa: E402,F401
from std_extract.cli import eval_cmd  # noqa: E402,F401
from std_extract.cli import goldcheck_cmd  # noqa: E402,F401
from std_extract.cli import rank_cmd  # noqa: E402,F401
from std_extract.cli import classify_cmd  # noqa: E402,F401
from std_extract.cli import review_cmd  # noqa: E402,F401
from std_extract.cli import synth_cmd  # noqa: E402,F401
from std_extract.cli import serve_cmd  # noqa: E402,F401
from std_extract.cli import rules_cmd  # noqa: E402,F401
# isort: on
