"""The app factory: ``create_app(settings) -> FastAPI``.

The database, blob folder and plans are opened when the app is built (so a bad database URL or
plan file fails at start, not on the first request); the dispatcher and its worker pool start
with the app's lifespan and stop with it.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi_offline import FastAPIOffline

from std_extract import __version__
from std_extract.api.blobs import BlobStore
from std_extract.api.dispatcher import Dispatcher
from std_extract.api.errors import install_error_handlers, reject_unknown_query_parameters, too_large
from std_extract.api.jobs import JobStore
from std_extract.api.routes import documents, rankings, reference
from std_extract.api.settings import ApiSettings
from std_extract.api.state import ApiState
from std_extract.rank import load_plans
from std_extract.web.limits import BodySizeLimit

log = logging.getLogger("std_extract.api")

DESCRIPTION = """\
Upload Chinese product and service standards (PDF); get back their technical indicators with
provenance and their GB/T 4754-2017 class, and rank top-runner candidates under evaluation plans.

Processing is asynchronous: `POST /v1/documents` answers 202 with an id per file (the sha256 of
its bytes); poll `GET /v1/documents/{id}` until `status` is `done` or `failed`.  Every error has
the shape `{"error": {"code", "message", "detail"}}`.  Write endpoints need an `X-API-Key`
header when the server has keys.  See docs/api.md.
"""


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """Build the API over ``settings`` (defaults: ./std-extract-api.sqlite, one worker per CPU)."""
    settings = settings or ApiSettings()
    store = JobStore(settings.db_url)
    state = ApiState(
        settings=settings,
        store=store,
        blobs=BlobStore(settings.resolved_blob_dir()),
        plans=load_plans(settings.plan_files or None),
    )
    # /docs and /redoc load Swagger UI and ReDoc from files inside the fastapi-offline package
    # (under /static-offline-docs), not from a CDN: agency servers often have no internet.
    app = FastAPIOffline(
        title="std-extract API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=_lifespan,
        openapi_tags=_TAGS,
        dependencies=[Depends(reject_unknown_query_parameters)],
    )
    app.state.api = state
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes, refuse=too_large)
    for module in (documents, rankings, reference):
        app.include_router(module.router)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    state: ApiState = app.state.api
    if state.settings.start_workers:
        state.dispatcher = Dispatcher(
            state.store,
            state.blobs,
            state.settings.workers,
            max_attempts=state.settings.max_attempts,
            poll_seconds=state.settings.poll_seconds,
            job_timeout=state.settings.job_timeout,
        )
        state.dispatcher.start()
    try:
        yield
    finally:
        if state.dispatcher is not None:
            state.dispatcher.stop()
            state.dispatcher = None
        state.store.close()


_TAGS = [
    {"name": "documents", "description": "Upload PDFs and read their records."},
    {"name": "rankings", "description": "Evaluation plans and top-runner rankings."},
    {"name": "reference", "description": "GB/T 4754-2017 table, JSON Schemas, health."},
]
