"""``std-extract synth``: write the synthetic standards corpus (PDF + gold JSON + MANIFEST.csv)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout


@app.command()
def synth(
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed; the same seed gives the same files.")
    ] = 42,
    out: Annotated[Path, typer.Option("--out", help="Output folder (a new one; see --overwrite).")] = Path(
        "synth-out"
    ),
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Write into a folder that already holds a corpus, replacing its files "
            "(e.g. to regenerate the bundled corpus/generated).",
        ),
    ] = False,
    count_per_category: Annotated[
        int | None,
        typer.Option(
            "--count-per-category", min=1, help="Documents per category (default: each category's own)."
        ),
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option("--category", help="Only these categories (repeatable).")
    ] = None,
) -> None:
    """Generate synthetic enterprise (Q/) and group (T/) standards with gold annotations."""
    try:
        from std_extract_synth import generate_corpus
    except ImportError as exc:  # a development tool, not part of the std-extract wheel
        stderr.print(
            "[red]synth is a development tool[/red]: install it from the source tree with "
            f"pip install ./tools/synth ({exc})"
        )
        raise typer.Exit(code=2) from exc
    if not overwrite and _holds_a_corpus(out):
        # The bundled corpus and its gold are reviewed files: never replace them by accident.
        stderr.print(
            f"[red]{out} already holds a corpus[/red]: choose another --out, "
            "or give --overwrite to replace its files"
        )
        raise typer.Exit(code=2)
    started = time.perf_counter()
    try:
        results = generate_corpus(out, seed, count_per_category, category or None)
    except KeyError as exc:
        stderr.print(f"[red]unknown category[/red] {exc}")
        raise typer.Exit(code=2) from exc
    indicators = sum(len(r.gold["indicators"]) for r in results)
    categories = len({r.gold["category"] for r in results})
    seconds = time.perf_counter() - started
    stdout.print(
        f"{len(results)} documents, {categories} categories, {indicators} gold indicators "
        f"written to {out} in {seconds:.1f} s"
    )


def _holds_a_corpus(folder: Path) -> bool:
    return folder.is_dir() and any(
        child.suffix == ".pdf" or child.name.endswith(".gold.json") or child.name == "MANIFEST.csv"
        for child in folder.iterdir()
    )
