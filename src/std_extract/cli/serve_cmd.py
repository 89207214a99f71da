"""``std-extract serve``: the HTTP API over a job database and a pool of worker processes."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout

_DB_HELP = (
    "Job database: sqlite:///… or postgresql://… URL, or a SQLite file path "
    "(default ./std-extract-api.sqlite)."
)
_KEY_HELP = (
    "A full key (write and read) accepted in X-API-Key (repeatable; also STD_EXTRACT_API_KEYS, "
    "comma-separated).  Once the server has keys, reads need one too (see --open-reads)."
)
_READ_KEY_HELP = "A read-only key (repeatable; also STD_EXTRACT_API_READ_KEYS, comma-separated)."


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help=_DB_HELP)] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option("--workers", "-w", min=1, help="Worker processes (default: one per CPU).")
    ] = None,
    api_key: Annotated[list[str] | None, typer.Option("--api-key", help=_KEY_HELP)] = None,
    read_key: Annotated[list[str] | None, typer.Option("--read-key", help=_READ_KEY_HELP)] = None,
    open_reads: Annotated[
        bool, typer.Option("--open-reads", help="Let anyone read documents and rankings without a key.")
    ] = False,
    blob_dir: Annotated[
        Path | None,
        typer.Option("--blob-dir", help="Folder for uploaded PDFs (default: beside the SQLite file)."),
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option("--max-upload-mb", min=0.001, help="Largest file accepted (MiB).")
    ] = 64,
    max_files: Annotated[
        int, typer.Option("--max-files", min=1, help="Most files in one upload request.")
    ] = 20,
    max_queued: Annotated[
        int, typer.Option("--max-queued", min=1, help="Queued documents before uploads get 503.")
    ] = 1000,
    job_timeout: Annotated[
        float, typer.Option("--job-timeout", min=1, help="Seconds before a running job is stopped (failed).")
    ] = 3600,
    plan_file: Annotated[
        list[Path] | None,
        typer.Option(
            "--plan-file", help="Rank under this plan TOML instead of the shipped plans (repeatable)."
        ),
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the HTTP API: upload PDFs, poll for records, rank, look up GB/T 4754 (see docs/api.md)."""
    import uvicorn

    from std_extract.api import ApiSettings, api_keys_from_env, create_app, db_url
    from std_extract.api.settings import READ_KEYS_ENV, default_workers
    from std_extract.errors import RuleFileError

    keys = [*(api_key or []), *api_keys_from_env()]
    read_keys = [*(read_key or []), *api_keys_from_env(name=READ_KEYS_ENV)]
    if not keys and not _is_loopback(host):
        stderr.print(
            f"[red]refusing to listen on {host} without API keys[/red]: "
            "give --api-key or set STD_EXTRACT_API_KEYS"
        )
        raise typer.Exit(code=2)
    settings = ApiSettings(
        db_url=db_url(db),
        blob_dir=blob_dir,
        workers=workers or default_workers(),
        api_keys=keys,
        read_keys=read_keys,
        open_reads=open_reads,
        max_files=max_files,
        max_queued=max_queued,
        max_upload_bytes=int(max_upload_mb * 1024 * 1024),
        job_timeout=job_timeout,
        plan_files=plan_file or [],
    )
    try:
        web = create_app(settings)
    except RuleFileError as exc:
        stderr.print(f"[red]error[/red] {exc}")
        raise typer.Exit(code=2) from exc
    if not keys:
        stderr.print(
            f"[yellow]no API keys[/yellow]: write endpoints are open to anyone who can reach {host}:{port}"
        )
    elif open_reads:
        where = f"{host}:{port}"
        stderr.print(f"[yellow]--open-reads[/yellow]: anyone who can reach {where} reads every document")
    stdout.print(
        f"std-extract API on http://{host}:{port}/ ({settings.workers} workers, "
        f"database {_redacted(settings.db_url)}; docs at /docs)"
    )
    uvicorn.run(web, host=host, port=port, log_level=log_level)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _redacted(url: str) -> str:
    """The URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
