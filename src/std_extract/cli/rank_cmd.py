"""``std-extract rank`` and ``std-extract plans``: top-runner rankings under evaluation plans."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout, write_json_line

if TYPE_CHECKING:  # the rank package is imported when a command runs, keeping --help fast
    from std_extract.rank import RankingResult


@app.command("rank")
def rank_command(
    records: Path = typer.Argument(..., help="Records to rank (JSON Lines from std-extract extract)."),
    plan: str = typer.Option("auto", "--plan", "-p", help="A plan id, or 'auto' for every plan."),
    out: Path = typer.Option(
        Path("rank-out"), "--out", "-o", help="Output folder (one sub-folder per plan)."
    ),
    plan_files: list[Path] = typer.Option(
        [], "--plan-file", help="Rank under this plan TOML instead of the shipped plans (repeatable)."
    ),
    include_unreviewed: bool = typer.Option(
        False,
        "--include-unreviewed",
        help="Rank on values flagged for review that no reviewer has accepted too (default: leave them out).",
    ),
    db: str | None = typer.Option(
        None,
        "--db",
        help="Review store (sqlite:///…, postgresql://… or a run's OUT_DIR): apply its corrections "
        "and show who corrected a value and when.",
    ),
    pdf_root: Path | None = typer.Option(
        None, "--pdf-root", help="Folder the records' relative PDF paths start from (default: here)."
    ),
    no_page_images: bool = typer.Option(
        False, "--no-page-images", help="Do not write an image of each cited page beside the report."
    ),
) -> None:
    """Rank standards under evaluation plans: tiers per core indicator, candidates and why,
    levels below the mandatory floor; writes rankings.json, candidates.csv, below_floor.csv,
    report.html and the images of the pages it cites per plan, and index.html.  Values flagged for
    review (needs_review) that no reviewer has accepted are left out unless --include-unreviewed."""
    from std_extract.errors import RuleFileError
    from std_extract.rank import load_plans, load_records, rank, select_plans
    from std_extract.rank.evidence import EvidenceOptions
    from std_extract.rank.output import write_outputs

    try:
        plans = select_plans(load_plans(plan_files or None), plan)
    except (RuleFileError, KeyError) as exc:
        stderr.print(f"[red]error[/red] {exc.args[0] if isinstance(exc, KeyError) else exc}")
        raise typer.Exit(code=2) from exc
    try:
        loaded = load_records(records)
    except (OSError, UnicodeDecodeError) as exc:
        stderr.print(f"[red]error[/red] {records}: cannot read the records ({_reason(exc)})")
        raise typer.Exit(code=2) from None
    for error in loaded.errors:
        stderr.print(f"[yellow]skipped[/yellow] {error}")
    records_, notes = _reviewed(loaded.records, db)
    result = rank(records_, plans, include_unreviewed=include_unreviewed, reviews=notes)
    evidence = EvidenceOptions(root=pdf_root, page_images=not no_page_images)
    written = write_outputs(result, out, evidence)
    _print_summary(result, len(loaded.records), out, len(written))


def _reason(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"


def _reviewed(records: list, db: str | None) -> tuple[list, dict]:
    """The records with the review store's corrections applied, and who made them (none without --db)."""
    if db is None:
        return records, {}
    from std_extract.rank.reviews import review_notes_from
    from std_extract.review import apply_corrections_from

    try:
        corrected = apply_corrections_from(records, db)
        return corrected, review_notes_from(db, [r.source.sha256 for r in records])
    except Exception as exc:  # noqa: BLE001 - a bad URL or an unreadable store: say which, no traceback
        stderr.print(f"[red]error[/red] review store {db}: {type(exc).__name__}: {exc}")
        raise typer.Exit(code=2) from None


def _print_summary(result: RankingResult, total: int, out: Path, files: int) -> None:
    stdout.print(f"{total} records, {len(result.unassigned)} in no selected plan; {files} files in {out}")
    stdout.print(f"index: {out / 'index.html'}")
    empty = [r.plan.id for r in result.plans if r.assigned == 0]
    if empty:
        stdout.print(f"{len(empty)} plan(s) with no record in scope (no report written): {', '.join(empty)}")
    for r in result.plans:
        if r.assigned == 0 and len(result.plans) > 1:
            continue
        published = sum(1 for i in r.indicators if i.published)
        stdout.print(
            f"{r.plan.id}: {r.assigned} in scope, {r.ranked} ranked, {published}/{len(r.indicators)} "
            f"indicator rankings published, {len(r.candidates)} candidates, {len(r.below_floor)} below floor"
        )
        for i in r.indicators:
            if not i.published:
                stdout.print(f"  {i.indicator}: no ranking ({i.suppressed})")


@app.command("plans")
def plans_command(
    schema: bool = typer.Option(False, "--schema", help="Print the JSON Schema of rankings.json instead."),
    as_json: bool = typer.Option(False, "--json", help="Print the plans as JSON."),
) -> None:
    """List the evaluation plans shipped in extractors/plans/."""
    from std_extract.errors import RuleFileError
    from std_extract.rank import load_plans, rankings_json_schema

    if schema:
        write_json_line(json.dumps(rankings_json_schema(), ensure_ascii=False, indent=1))
        return
    try:
        plans = load_plans()
    except RuleFileError as exc:
        stderr.print(f"[red]error[/red] {exc}")
        raise typer.Exit(code=2) from exc
    if as_json:
        write_json_line(json.dumps([p.model_dump(mode="json") for p in plans], ensure_ascii=False, indent=1))
        return
    for p in plans:
        core = ", ".join(i.ref for i in p.core)
        stdout.print(f"{p.id} v{p.version}  {p.title}  [{', '.join(p.classes)}]  core: {core}")
