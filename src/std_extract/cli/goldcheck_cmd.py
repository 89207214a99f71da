"""``std-extract check-gold``: check hand-written gold against its PDFs, without the extractor."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout
from std_extract.cli.eval_cmd import _split_stems


@app.command("check-gold")
def check_gold_command(
    corpus_dir: Annotated[Path, typer.Argument(help="A corpus folder with *.gold.json files (recursive).")],
    require_sha256: Annotated[
        bool, typer.Option("--require-sha256", help="A gold without the PDF's sha256 is a problem.")
    ] = False,
    require_printed: Annotated[
        bool,
        typer.Option(
            "--require-printed",
            help="A gold without a printed-elements file (src/printed/<stem>.json) is a problem.",
        ),
    ] = False,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Only the documents of this split (dev, test) of the split file."),
    ] = None,
    split_file: Annotated[
        Path | None,
        typer.Option("--split-file", help="stem,product,split CSV; default as for `eval`."),
    ] = None,
) -> None:
    """Check every gold file of a folder against its PDF's text layer (std_extract.evaluate.goldcheck).

    Per gold: it validates, its PDF is found with the recorded sha256, it has named indicators on
    pages the PDF has, and every value is printed on its page (with the print scripts'
    printed-elements file when there is one, else among the page's numbers).  Per folder: stems
    unique, split.csv listing each stem once.  One line per problem on stdout; exits 1 on any.
    """
    from std_extract.evaluate.gold import GOLD_SUFFIX, find_gold_files
    from std_extract.evaluate.goldcheck import check_gold_folder

    if not corpus_dir.is_dir():
        stderr.print(f"[red]not a folder:[/red] {corpus_dir}")
        raise typer.Exit(code=2)
    stems = _split_stems(corpus_dir, split, split_file) if split else None
    checked = [
        p for p in find_gold_files(corpus_dir) if stems is None or p.name.removesuffix(GOLD_SUFFIX) in stems
    ]
    if not checked:
        stderr.print(f"[red]no *.gold.json under[/red] {corpus_dir}")
        raise typer.Exit(code=1)
    problems = check_gold_folder(
        corpus_dir, stems=stems, require_printed=require_printed, require_sha256=require_sha256
    )
    for problem in problems:
        stdout.print(str(problem), markup=False)
    stderr.print(f"checked {len(checked)} gold file(s): {len(problems)} problem(s)")
    if problems:
        raise typer.Exit(code=1)
