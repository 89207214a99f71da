"""Published JSON Schemas of every machine output, generated from the pydantic models.

Generating the schemas from the models that write the outputs keeps them from drifting apart;
``std-extract schema NAME`` prints one, and tests validate real outputs against them with
jsonschema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from std_extract.record import SCHEMA_VERSION, DocumentRecord

SCHEMA_BASE_ID = "https://std-extract.invalid/schemas"


def _document_record() -> dict[str, Any]:
    return DocumentRecord.model_json_schema(mode="serialization")


def _batch_error() -> dict[str, Any]:
    from std_extract.batch.outputs import BatchError

    return BatchError.model_json_schema(mode="serialization")


def _indicator_row() -> dict[str, Any]:
    from std_extract.batch.outputs import IndicatorRow

    return IndicatorRow.model_json_schema(mode="serialization")


def _rankings() -> dict[str, Any]:
    from std_extract.rank import rankings_json_schema

    return rankings_json_schema()


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "document": _document_record,  # documents.jsonl, extract --out, API records
    "error": _batch_error,  # errors.jsonl
    "indicator-row": _indicator_row,  # indicators.csv / indicators.parquet rows
    "rankings": _rankings,  # rankings.json
}


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema called ``name`` (see :data:`SCHEMAS`), with $schema and $id set."""
    if name not in SCHEMAS:
        raise KeyError(f"unknown schema {name!r}; known: {', '.join(SCHEMAS)}")
    body = SCHEMAS[name]()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE_ID}/{name}/{SCHEMA_VERSION}.json",
        **body,
    }
