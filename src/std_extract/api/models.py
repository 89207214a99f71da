"""Request and response bodies of the HTTP API (pydantic; they make the OpenAPI document).

Records, indicators, plans and rankings are the library's own models, so the API publishes
exactly the JSON Schemas of ``std-extract schema`` (:mod:`std_extract.schemas`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, StrictBool

from std_extract.rank.plan import Plan
from std_extract.rank.result import LeftOut, PlanRanking, StandardRef
from std_extract.record import DocumentRecord, Indicator

JobStatus = Literal["queued", "running", "done", "failed"]


class ErrorBody(BaseModel):
    """What went wrong: a stable code, a sentence for people, and structured detail."""

    code: str = Field(examples=["not_pdf"])
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The one error format of every 4xx and 5xx answer."""

    error: ErrorBody


class AcceptedDocument(BaseModel):
    id: str = Field(description="The document id: the sha256 of the uploaded bytes (hex).")
    filename: str
    size_bytes: int
    status: JobStatus
    created: bool = Field(description="False when these bytes were uploaded before (no new work).")
    url: str


class UploadResponse(BaseModel):
    documents: list[AcceptedDocument]


class DocumentView(BaseModel):
    """A document's state; ``record`` is set once processing finished (done, or failed by the parser)."""

    id: str
    filename: str
    size_bytes: int
    status: JobStatus
    error: ErrorBody | None = None
    attempts: int
    seq: int = Field(description="Update sequence: grows every time the document changes state.")
    created_at: datetime
    updated_at: datetime
    record: DocumentRecord | None = None


class DocumentsPage(BaseModel):
    """Documents changed after ``since``, oldest change first; pass ``next_since`` to go on."""

    items: list[DocumentView]
    next_since: int
    has_more: bool


class IndicatorsView(BaseModel):
    id: str
    count: int
    indicators: list[Indicator]


class RankingRequest(BaseModel):
    plan: str = Field(default="auto", description="A plan id, or 'auto' for every plan.")
    documents: list[str] | None = Field(
        default=None, description="Document ids to rank; default every done document.", max_length=100_000
    )
    include_unreviewed: StrictBool = Field(
        default=False,
        description="Rank on values flagged for review (needs_review) too; by default they are left out "
        "and a standard lacking a value for that reason is left out as awaiting_review.",
    )


class RankingResponse(BaseModel):
    """One ranking per plan (each the content of rankings.json) and the records in no plan."""

    documents: int
    plans: list[PlanRanking]
    candidates: dict[str, list[StandardRef]] = Field(description="Plan id -> its candidates (入围).")
    unassigned: list[LeftOut]


class AreaHit(BaseModel):
    code: str
    name: str
    level: Literal["section", "division", "group", "class"]
    parent: str | None
    score: float


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    schema_version: str
    pipeline_version: str
    database: str
    workers: int
    jobs: dict[str, int]


PlanView = Plan
