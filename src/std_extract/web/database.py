"""The database both web apps use: a SQLite file or a PostgreSQL server, through SQLAlchemy.

Each app keeps its own tables (``api_*``, ``review_*``), so both may share one database; what is
common is how a ``--db`` value becomes a URL, how the engine is made and how times are stored
(UTC, timezone-aware).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine


def database_url(target: str | Path) -> str:
    """A database URL: a URL (``sqlite:///…``, ``postgresql://…``) as is, a path -> a SQLite file."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).resolve()}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``: on SQLite WAL, foreign keys and a busy timeout; on others pre-ping."""
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
