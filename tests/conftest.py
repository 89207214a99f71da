"""Fixtures shared by the whole test suite.

Real standards live outside the repository in ``../shared/corpus-real`` (relative to the repo
root); tests that need them take the ``real_corpus`` fixture and are skipped when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
REAL_CORPUS = REPO_ROOT / ".." / "shared" / "corpus-real"


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
