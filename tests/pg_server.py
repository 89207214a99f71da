"""A throw-away PostgreSQL server for the tests, started with Debian's ``initdb`` and ``pg_ctl``.

The session fixture ``postgres_server`` (tests/conftest.py) starts one for the whole run; the API
and review tests each make fresh databases on it with :func:`new_database`.  :func:`free_port`
also serves the tests' own live servers.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "test"
_databases = itertools.count(1)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_bin(name: str) -> str | None:
    """A PostgreSQL server program: on PATH, or Debian's newest /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


@contextmanager
def running_postgres(initdb: str, pg_ctl: str) -> Iterator[str]:
    """A fresh cluster in a temp folder, running while the block runs; yields the server's URL
    (no database name: add ``/postgres`` or one from :func:`new_database`).

    PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` user
    and its commands run through ``runuser``.
    """
    root = Path(tempfile.mkdtemp(prefix="std-extract-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    data, port = root / "data", free_port()

    def run(*command: str) -> None:
        subprocess.run([*as_user, *command], check=True, capture_output=True, timeout=120)

    run(initdb, "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync")
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    try:
        yield f"postgresql+psycopg2://{SUPERUSER}@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60
        )
        shutil.rmtree(root, ignore_errors=True)


def new_database(server: str, prefix: str) -> str:
    """A fresh, empty database on ``server``; returns its URL (one per test keeps tests apart)."""
    from sqlalchemy import create_engine, text

    name = f"{prefix}_{os.getpid()}_{next(_databases)}"
    engine = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{server}/{name}"
