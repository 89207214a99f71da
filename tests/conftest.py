"""Fixtures shared by the whole test suite.

Real standards live outside the repository in ``../shared/corpus-real`` (relative to the repo
root); tests that need them take the ``real_corpus`` fixture and are skipped when it is absent.
Tests that need PostgreSQL take ``postgres_server`` (a throw-away server for the session, see
``pg_server.py``) and are skipped when its programs are not installed.  Browser tests (the review
workbench, the API's documentation pages) take ``browser``: Debian's Chromium through Playwright.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import pg_bin, running_postgres

# A crash inside a pipeline stage fails the test instead of passing as a quiet ``partial`` record
# (std_extract.pipeline.raise_stage_errors).  Set at import, before any test, so that the CLI and
# API subprocesses the tests start inherit it; tests of the batch behaviour set it to "0" themselves.
os.environ.setdefault("STD_EXTRACT_RAISE_STAGE_ERRORS", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
REAL_CORPUS = REPO_ROOT / ".." / "shared" / "corpus-real"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ENTERPRISE_DEV = REPO_ROOT / ".." / "shared" / "enterprise-dev"
ENTERPRISE_SPLIT = REPO_ROOT / "corpus" / "enterprise-dev" / "split.csv"


def real_corpus_path() -> Path | None:
    """``../shared/corpus-real`` relative to the repository root, or None when it is absent."""
    return REAL_CORPUS if (REAL_CORPUS / "MANIFEST.csv").is_file() else None


@pytest.fixture(scope="session")
def real_corpus() -> Path:
    """The real-standards corpus directory (``pdfs/``, ``scanned/``, ``MANIFEST.csv``); skips when absent."""
    path = real_corpus_path()
    if path is None:
        pytest.skip("../shared/corpus-real is absent")
    return path


@pytest.fixture(scope="session")
def enterprise_dev() -> Path:
    """``../shared/enterprise-dev`` (enterprise and group standards with gold); skips when absent."""
    if not (ENTERPRISE_DEV / "README.md").is_file():
        pytest.skip("../shared/enterprise-dev is absent")
    return ENTERPRISE_DEV


@pytest.fixture(scope="session")
def enterprise_dev_stems() -> list[str]:
    """The enterprise-dev documents of the dev split (corpus/enterprise-dev/split.csv).  Tests read
    the dev split only: the test split is kept out of development."""
    rows = ENTERPRISE_SPLIT.read_text(encoding="utf-8").splitlines()[1:]
    return [stem for stem, _, split in (row.split(",") for row in rows) if split == "dev"]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for the session (URL without a database; see ``pg_server.new_database``).

    Skips when the server programs (Debian's ``initdb``, ``pg_ctl``) or psycopg2 are absent.
    """
    initdb, pg_ctl = pg_bin("initdb"), pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql"
        )
    pytest.importorskip("psycopg2", reason="psycopg2 is not installed (pip install psycopg2-binary)")
    with running_postgres(initdb, pg_ctl) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser).

    Module scope: while Playwright's sync API runs, its event loop is the thread's running loop,
    and a later test that runs its own loop (tests/api's in-process client) would fail.
    """
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
