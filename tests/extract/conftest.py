"""Fixtures of the extraction tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from std_extract.document import ParsedDocument
from std_extract.parse import parse_pdf
from std_extract.pipeline import process_file
from std_extract.record import DocumentRecord

GENERATED = Path(__file__).resolve().parents[2] / "corpus" / "generated"


def _generated(name: str) -> Path:
    path = GENERATED / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    return path


@cache
def _record(name: str) -> DocumentRecord:
    return process_file(_generated(name), classify=False)


@cache
def _document(name: str) -> ParsedDocument:
    return parse_pdf(_generated(name))


@pytest.fixture(scope="session")
def generated_record():
    """The record of a corpus/generated PDF (no classification), made once per file; skips when
    the corpus is absent."""
    return _record


@pytest.fixture(scope="session")
def generated_document():
    """The parsed corpus/generated PDF, made once per file; skips when the corpus is absent."""
    return _document
