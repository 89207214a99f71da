"""Failures as data: every stage reports what went wrong as an :class:`ErrorItem`.

A batch never dies on one file: the parser and later stages turn exceptions into error items
with a stable code, the stage that raised them, the page where known and a message that names
the file and the cause.  Only programming errors escape as exceptions.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel


class ErrorCode(StrEnum):
    """Stable machine-readable error codes (part of the output contract)."""

    NOT_FOUND = "not_found"  # the path does not exist or is not a file
    NOT_PDF = "not_pdf"  # the bytes do not start like a PDF
    DAMAGED = "damaged"  # truncated or corrupt PDF structure
    ENCRYPTED = "encrypted"  # password-protected PDF
    EMPTY = "empty"  # a PDF with zero pages
    NO_TEXT_LAYER = "no_text_layer"  # image-only (scanned) pages, no characters
    BAD_TEXT_LAYER = "bad_text_layer"  # a text layer failing the quality check, kept (no OCR installed)
    TOO_LARGE = "too_large"  # over the configured size or page limit
    PAGE_FAILED = "page_failed"  # one page could not be read; the rest were
    EXTRACTION_FAILED = "extraction_failed"
    CLASSIFICATION_FAILED = "classification_failed"
    CORRECTION_FAILED = "correction_failed"  # a stored review correction could not be applied
    ACTIVE_CONTENT = "active_content"  # the PDF carries JavaScript or embedded files (a warning)
    INTERNAL = "internal"  # an unexpected exception, reported with its type


class ErrorItem(BaseModel):
    """One problem met while processing a document."""

    stage: str  # "parse", "extract", "classify", "rank", ...
    code: ErrorCode
    message: str
    page: int | None = None


class StdExtractError(Exception):
    """Raised by API helpers that cannot return a partial result (e.g. a bad rule file)."""

    def __init__(self, code: ErrorCode, message: str, *, stage: str = "parse", page: int | None = None):
        super().__init__(message)
        self.item = ErrorItem(stage=stage, code=code, message=message, page=page)


class RuleFileError(ValueError):
    """A rule or data file under extractors/ or models/ is invalid; names the file and the field."""

    def __init__(self, path: str, field: str, problem: str):
        super().__init__(f"{path}: {field}: {problem}")
        self.path, self.field, self.problem = path, field, problem
