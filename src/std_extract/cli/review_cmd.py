"""``std-extract review``, ``std-extract export`` and ``std-extract reviewer add``: the workbench."""

from __future__ import annotations

import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout

if TYPE_CHECKING:
    from std_extract.review.store import ReviewStore

reviewer_app = typer.Typer(
    help="Reviewer accounts of a review store.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(reviewer_app, name="reviewer")

_DB_HELP = "Review store URL (sqlite:///… or postgresql://…); default OUT_DIR/review.sqlite."
# The store of the reviewer commands: one of the two is required.
_STORE_DB = typer.Option(None, "--db", help="Review store URL.")
_STORE_OUT_DIR = typer.Option(None, "--out-dir", help="Output folder whose review.sqlite to use.")


@app.command()
def review(
    out_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="A batch run's output folder."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (keep it local)."),
    pdf_root: list[Path] = typer.Option([], "--pdf-root", help="Folder holding the PDFs (repeatable)."),
) -> None:
    """Serve the reviewer's workbench over OUT_DIR's documents.jsonl."""
    import uvicorn

    from std_extract.review import open_store
    from std_extract.review.app import create_app

    if not (out_dir / "documents.jsonl").exists():
        stderr.print(f"[red]{out_dir / 'documents.jsonl'} not found[/red]: run `std-extract run` first")
        raise typer.Exit(code=2)
    store = open_store(db, out_dir=out_dir)
    if not store.reviewers():
        stderr.print(
            "[yellow]no reviewer accounts yet[/yellow]: "
            f"std-extract reviewer add NAME {'--db ' + db if db else '--out-dir ' + str(out_dir)}"
        )
    hosts = ["127.0.0.1", "localhost", host] if host not in ("0.0.0.0", "::") else ["*"]
    web = create_app(out_dir, store, pdf_roots=pdf_root, allowed_hosts=hosts)
    stdout.print(
        f"review: http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/  (Ctrl-C to stop)"
    )
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def export(
    out_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="A batch run's output folder."),
    db: str | None = typer.Option(None, "--db", help=_DB_HELP),
    to: Path = typer.Option(
        ..., "--out", "-o", help="Folder for documents.jsonl, audit.jsonl and audit.csv."
    ),
) -> None:
    """Write the corrected records and the reviewers' audit log."""
    from std_extract.review.export import export_reviewed

    if not (out_dir / "documents.jsonl").is_file():
        stderr.print(f"[red]{out_dir / 'documents.jsonl'} not found[/red]: run `std-extract run` first")
        raise typer.Exit(code=2)
    counts = export_reviewed(out_dir, db, to)
    stdout.print(f"{counts['documents']} documents, {counts['events']} audit events -> {to}")


@reviewer_app.command("add")
def reviewer_add(
    name: str = typer.Argument(..., help="Login name."),
    db: str | None = _STORE_DB,
    out_dir: Path | None = _STORE_OUT_DIR,
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from standard input."
    ),
) -> None:
    """Create a reviewer account (the password is stored as an argon2id hash)."""
    with closing(_reviewer_store(db, out_dir)) as store:
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            store.add_reviewer(name, password)
        except ValueError as exc:
            stderr.print(f"[red]{exc}[/red]")
            raise typer.Exit(code=1) from None
    stdout.print(f"reviewer '{name}' added")


@reviewer_app.command("list")
def reviewer_list(db: str | None = _STORE_DB, out_dir: Path | None = _STORE_OUT_DIR) -> None:
    """List reviewer accounts."""
    with closing(_reviewer_store(db, out_dir)) as store:
        for name in store.reviewers():
            stdout.print(name)


@reviewer_app.command("revoke")
def reviewer_revoke(
    name: str = typer.Argument(..., help="Login name whose sessions to end."),
    db: str | None = _STORE_DB,
    out_dir: Path | None = _STORE_OUT_DIR,
) -> None:
    """End every session of a reviewer now (a lost laptop, a copied cookie, someone leaving)."""
    with closing(_reviewer_store(db, out_dir)) as store:
        ended = store.revoke_sessions(name)
    stdout.print(f"{ended} session(s) of '{name}' ended")


def _reviewer_store(db: str | None, out_dir: Path | None) -> ReviewStore:
    """The review store the reviewer commands act on: --db or --out-dir must name it."""
    from std_extract.review import open_store

    if db is None and out_dir is None:
        stderr.print("[red]give --db URL or --out-dir OUT_DIR[/red]")
        raise typer.Exit(code=2)
    return open_store(db, out_dir=out_dir)
