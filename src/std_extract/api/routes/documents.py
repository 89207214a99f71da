"""``/v1/documents``: upload PDFs, follow their processing, read records and indicators."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Path, Query, UploadFile

from std_extract.api.blobs import StagedUpload, check_pdf
from std_extract.api.errors import ApiError, responses
from std_extract.api.jobs import DocumentInfo
from std_extract.api.keys import require_api_key, require_read_key
from std_extract.api.models import (
    AcceptedDocument,
    DocumentsPage,
    DocumentView,
    ErrorBody,
    IndicatorsView,
    JobStatus,
    UploadResponse,
)
from std_extract.api.state import ApiState, api_state
from std_extract.record import DocumentRecord, Indicator

router = APIRouter(prefix="/v1/documents", tags=["documents"])
State = Annotated[ApiState, Depends(api_state)]
DocumentId = Annotated[str, Path(description="The document id (sha256 of the PDF, hex).", max_length=200)]
REVIEW_SCORE = 85.0  # below this name -> canonical match score an indicator needs review
MAX_SEQ = 2**62  # keeps a cursor inside a 64-bit column


@router.post(
    "",
    status_code=202,
    response_model=UploadResponse,
    dependencies=[Depends(require_api_key)],
    responses=responses(400, 401, 403, 413, 415, 422, 503),
    summary="Upload one or several PDFs for processing",
)
def upload_documents(
    api: State,
    files: Annotated[list[UploadFile], File(description="PDF files (repeat the field for several).")],
) -> UploadResponse:
    """Store each PDF and queue it.  The id is the sha256 of the bytes: uploading the same bytes
    again returns the same id and queues no new work.  All files are checked first (PDF magic
    bytes, size, encryption); one bad file refuses the whole request and stores nothing."""
    settings = api.settings
    if len(files) > settings.max_files:
        raise ApiError(
            422,
            "too_many_files",
            f"{len(files)} files in one request; the limit is {settings.max_files}",
            {"max_files": settings.max_files},
        )
    staged: list[StagedUpload] = []
    try:
        for upload in files:
            staged.append(api.blobs.stage(upload.file, upload.filename, settings.max_upload_bytes))
            check_pdf(staged[-1])
        _check_queue_room(api, staged)
        accepted = [_accept(api, item) for item in staged]
    finally:
        for item in staged:
            item.discard()
    api.wake()
    return UploadResponse(documents=accepted)


def _check_queue_room(api: ApiState, staged: list[StagedUpload]) -> None:
    new = {item.sha256 for item in staged} - set(api.store.statuses(item.sha256 for item in staged))
    pending = api.store.pending()
    if new and pending + len(new) > api.settings.max_queued:
        raise ApiError(
            503,
            "queue_full",
            f"{pending} documents are waiting; the queue holds {api.settings.max_queued}. Retry later.",
            {"pending": pending, "max_queued": api.settings.max_queued},
            {"Retry-After": "30"},
        )


def _accept(api: ApiState, item: StagedUpload) -> AcceptedDocument:
    api.blobs.keep(item)  # also restores the bytes of a known document if its blob went missing
    info, created = api.store.add(item.sha256, item.filename, item.size_bytes)
    return AcceptedDocument(
        id=info.id,
        filename=info.filename,
        size_bytes=info.size_bytes,
        status=info.status,  # type: ignore[arg-type]
        created=created,
        url=f"/v1/documents/{info.id}",
    )


@router.get(
    "",
    response_model=DocumentsPage,
    responses=responses(401, 403, 422),
    summary="Page through documents in the order they changed",
    dependencies=[Depends(require_read_key)],
)
def list_documents(
    api: State,
    since: Annotated[int, Query(ge=0, le=MAX_SEQ, description="Only changes after this seq.")] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    status: Annotated[JobStatus | None, Query(description="Only documents in this state.")] = None,
    records: Annotated[bool, Query(description="Include the records of finished documents.")] = True,
) -> DocumentsPage:
    """For incremental consumers: keep ``next_since`` and ask again.  A document comes back each
    time its state changes (queued, running, done), so upsert by id."""
    rows = api.store.page(since, limit + 1, status, records)
    items = [_view(row) for row in rows[:limit]]
    return DocumentsPage(
        items=items, next_since=items[-1].seq if items else since, has_more=len(rows) > limit
    )


@router.get(
    "/{document_id}",
    response_model=DocumentView,
    responses=responses(401, 403, 404, 422),
    summary="A document's status and, once processed, its record",
    dependencies=[Depends(require_read_key)],
)
def get_document(api: State, document_id: DocumentId) -> DocumentView:
    return _view(_find(api, document_id, with_record=True))


@router.get(
    "/{document_id}/indicators",
    response_model=IndicatorsView,
    responses=responses(401, 403, 404, 409, 422),
    summary="A processed document's indicators, filtered",
    dependencies=[Depends(require_read_key)],
)
def get_indicators(
    api: State,
    document_id: DocumentId,
    canonical_id: Annotated[
        list[str] | None, Query(description="Only these canonical ids (repeatable).")
    ] = None,
    needs_review: Annotated[
        bool | None,
        Query(
            description=f"Only those that need review (match score < {REVIEW_SCORE:g}, no canonical id, "
            "or flags), or only those that do not."
        ),
    ] = None,
) -> IndicatorsView:
    info = _find(api, document_id, with_record=True)
    if info.record is None:
        raise ApiError(
            409,
            "not_ready",
            f"document {document_id} is {info.status}; its record is not ready",
            {"status": info.status},
        )
    indicators = DocumentRecord.model_validate_json(info.record).indicators
    if canonical_id:
        indicators = [i for i in indicators if i.canonical_id in set(canonical_id)]
    if needs_review is not None:
        indicators = [i for i in indicators if indicator_needs_review(i) == needs_review]
    return IndicatorsView(id=info.id, count=len(indicators), indicators=indicators)


def indicator_needs_review(indicator: Indicator) -> bool:
    """A weak name match, no canonical indicator at all, or any flag raised by extraction."""
    weak = indicator.match_score is not None and indicator.match_score < REVIEW_SCORE
    return weak or indicator.canonical_id is None or bool(indicator.flags)


def _find(api: ApiState, document_id: str, *, with_record: bool) -> DocumentInfo:
    info = api.store.get(document_id, with_record=with_record)
    if info is None:
        raise ApiError(404, "not_found", f"no document {document_id!r}", {"id": document_id})
    return info


def _view(info: DocumentInfo) -> DocumentView:
    return DocumentView(
        id=info.id,
        filename=info.filename,
        size_bytes=info.size_bytes,
        status=info.status,  # type: ignore[arg-type]
        error=ErrorBody.model_validate(info.error) if info.error else None,
        attempts=info.attempts,
        seq=info.seq,
        created_at=info.created_at,
        updated_at=info.updated_at,
        record=DocumentRecord.model_validate_json(info.record) if info.record else None,
    )
