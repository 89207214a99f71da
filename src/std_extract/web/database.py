"""The database both web apps use: a SQLite file or a PostgreSQL server, through SQLAlchemy.

Each app keeps its own tables (``api_*``, ``review_*``), so both may share one database; what is
common is how a ``--db`` value becomes a URL, how the engine is made and how times are stored
(UTC, timezone-aware).
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

# PostgreSQL drivers SQLAlchemy can use, in the order a bare ``postgresql://`` URL tries them.
# SQLAlchemy 2.1 reads a bare URL as psycopg (3), while the ``postgres`` extra installs psycopg2:
# the URL a user writes should work with whichever of the two is installed.
_POSTGRES_DRIVERS = (("psycopg", "psycopg"), ("psycopg2", "psycopg2"))


class DatabaseDriverMissing(RuntimeError):
    """A database URL whose driver is not installed (the message says what to install)."""


def database_url(target: str | Path) -> str:
    """A database URL: a URL (``sqlite:///…``, ``postgresql://…``) as is, a path -> a SQLite file.
    A bare ``postgresql://`` names the PostgreSQL driver that is installed."""
    text = str(target)
    if "://" not in text:
        return f"sqlite:///{Path(text).resolve()}"
    scheme, rest = text.split("://", 1)
    if scheme in {"postgresql", "postgres"}:
        for module, driver in _POSTGRES_DRIVERS:
            if importlib.util.find_spec(module) is not None:
                return f"postgresql+{driver}://{rest}"
        raise DatabaseDriverMissing(
            "no PostgreSQL driver is installed: pip install 'std-extract[postgres]' (psycopg2) or psycopg"
        )
    return text


def make_engine(url: str) -> Engine:
    """An engine for ``url``: on SQLite WAL, foreign keys and a busy timeout; on others pre-ping."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):
            # WAL lets a reader (the batch run) read while the app writes.
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(at: datetime) -> datetime:
    """A stored time, timezone-aware: SQLite hands back naive datetimes; everything is stored in UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at
