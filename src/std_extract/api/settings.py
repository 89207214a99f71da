"""How one API server is configured: database, blob folder, workers, keys and limits.

The database URL follows the web apps' convention (:func:`std_extract.web.database.database_url`):
a ``sqlite:///`` or ``postgresql://`` URL is used as is, a plain path names a SQLite file.  The
uploaded PDFs are kept content-addressed on disk in a blob folder beside the SQLite file (or given
explicitly, e.g. for PostgreSQL), so queued work survives a restart.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

from std_extract.web.database import database_url

DEFAULT_DB_FILE = "std-extract-api.sqlite"
API_KEYS_ENV = "STD_EXTRACT_API_KEYS"
READ_KEYS_ENV = "STD_EXTRACT_API_READ_KEYS"
MiB = 1024 * 1024


class ApiSettings(BaseModel):
    """Everything :func:`std_extract.api.create_app` needs; the CLI builds one from its options."""

    db_url: str = Field(default_factory=lambda: db_url(None))
    blob_dir: Path | None = None  # None: beside the SQLite file, or ./std-extract-api-blobs
    workers: int = Field(default_factory=lambda: default_workers(), ge=1)
    api_keys: list[str] = Field(default_factory=list)  # full keys; none at all: open (local use)
    read_keys: list[str] = Field(default_factory=list)  # read-only keys
    open_reads: bool = False  # True: reads need no key even when the server has keys
    max_upload_bytes: int = Field(default=64 * MiB, gt=0)  # one file
    max_files: int = Field(default=20, ge=1)  # files in one upload request
    max_queued: int = Field(default=1000, ge=1)  # queued + running documents before 503
    max_attempts: int = Field(default=3, ge=1)  # a job whose worker dies is retried this often
    job_timeout: float = Field(default=3600.0, gt=0)  # seconds before a running job is stopped
    plan_files: list[Path] = Field(default_factory=list)  # rank under these instead of the shipped plans
    poll_seconds: float = Field(default=1.0, gt=0)  # the dispatcher re-reads the queue this often
    start_workers: bool = True  # False: accept and serve, but run no jobs (unit tests)

    @property
    def max_request_bytes(self) -> int:
        """The whole multipart body: every file at its limit, plus room for the form framing."""
        return self.max_upload_bytes * self.max_files + MiB

    def resolved_blob_dir(self) -> Path:
        if self.blob_dir is not None:
            return self.blob_dir
        sqlite_file = sqlite_path(self.db_url)
        if sqlite_file is not None:
            return sqlite_file.with_name(sqlite_file.stem + "-blobs")
        return Path("std-extract-api-blobs").resolve()


def db_url(target: str | Path | None) -> str:
    """A database URL: a URL as is, a path -> a SQLite file, None -> ./std-extract-api.sqlite."""
    return database_url(DEFAULT_DB_FILE if target is None else target)


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory SQLite)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        return None
    return Path(url[len(prefix) :])


def default_workers() -> int:
    """One worker per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def api_keys_from_env(environ: dict[str, str] | None = None, name: str = API_KEYS_ENV) -> list[str]:
    """Keys from STD_EXTRACT_API_KEYS (or ``name``, e.g. STD_EXTRACT_API_READ_KEYS; comma-separated)."""
    raw = (environ if environ is not None else os.environ).get(name, "")
    return [key.strip() for key in raw.split(",") if key.strip()]
