"""The pipeline's wiring: stage failures as data in a batch, as exceptions under tests."""

from __future__ import annotations

import os

import pytest

from std_extract.document import Clause, Page, ParsedDocument, Source, TextLine
from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions
from std_extract.pipeline import RAISE_STAGE_ERRORS, process_document, raise_stage_errors


def _broken_document() -> ParsedDocument:
    """A requirement chapter whose second line reference points past the page's lines: the kind
    of inconsistency a parser bug leaves, which makes the clause reader raise IndexError."""
    line = TextLine(page=1, text="4 技术要求", bbox=(50.0, 100.0, 200.0, 112.0))
    chapter = Clause(
        number="4",
        title="技术要求",
        kind="chapter",
        level=1,
        page_start=1,
        page_end=1,
        line_refs=[(1, 0), (1, 5)],
    )
    page = Page(number=1, width=595.0, height=842.0, lines=[line])
    return ParsedDocument(
        source=Source(path="broken.pdf", sha256="0" * 64, pages=1), pages=[page], clauses=[chapter]
    )


def test_pipeline_tests_run_with_stage_errors_raised():
    assert os.environ.get(RAISE_STAGE_ERRORS) == "1" and raise_stage_errors()


def test_pipeline_crash_in_extraction_raises_under_tests():
    with pytest.raises(IndexError):
        process_document(_broken_document(), classify=False)


def test_pipeline_crash_in_extraction_is_an_error_item_in_a_batch(monkeypatch):
    monkeypatch.setenv(RAISE_STAGE_ERRORS, "0")
    record = process_document(_broken_document(), classify=False)
    assert record.status == "partial" and record.indicators == []
    [error] = record.errors
    assert error.stage == "extract" and error.code == "extraction_failed"
    assert error.message.startswith("broken.pdf: extract failed: IndexError")


def test_pipeline_selected_pages_extract_without_error(real_corpus):
    """Reading pages 4-7 only used to index the parsed pages by page number (IndexError in
    extract/clauses.py); the clause reader now looks pages up by their number."""
    document = parse_pdf(real_corpus / "pdfs" / "HJ_687-2014.pdf", ParseOptions(pages=[4, 5, 6, 7]))
    assert [p.number for p in document.pages] == [4, 5, 6, 7]
    record = process_document(document, classify=False)
    assert record.status == "ok" and not record.errors
    assert record.indicators and all(4 <= p.page <= 7 for i in record.indicators for p in i.provenance)
    assert all(i.confidence is not None for i in record.indicators)
