"""One error format for every failure: ``{"error": {"code", "message", "detail"}}``.

Route code raises :class:`ApiError`; FastAPI's own failures (validation, unknown route, wrong
method) and any unexpected exception are rewritten into the same shape by the handlers installed
with :func:`install_error_handlers`.  :func:`responses` declares the error answers of a route in
the OpenAPI document, so clients (and schemathesis) know every status a route can return.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from std_extract.api.models import ErrorResponse

log = logging.getLogger("std_extract.api")

# The error answers a route may give, by status: what each means, for the OpenAPI document.
ERROR_STATUS: dict[int, str] = {
    400: "Malformed request (e.g. a multipart body that does not parse).",
    401: "X-API-Key header missing (api_key_required).",
    403: "X-API-Key not accepted (api_key_invalid), or a read-only key used to write (api_key_read_only).",
    404: "Unknown document, plan or schema (not_found, unknown_plan, unknown_schema).",
    409: "The document is not processed yet (not_ready) or cannot be ranked (not_done).",
    413: "A file or the request is over the size limit (too_large).",
    415: "An uploaded file is not a PDF (not_pdf).",
    422: "Invalid parameters or body (invalid_request), or an encrypted PDF (encrypted).",
    503: "The work queue is full (queue_full; see Retry-After) or the database is unreachable.",
}
_STARLETTE_CODES = {404: "not_found", 405: "method_not_allowed", 400: "bad_request", 413: "too_large"}


class ApiError(Exception):
    """A failure with an HTTP status, a stable code and optional structured detail."""

    def __init__(
        self, status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
    ):
        super().__init__(message)
        self.status, self.code, self.message, self.detail, self.headers = (
            status,
            code,
            message,
            detail,
            headers,
        )


def error_json(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
):
    body = {"error": {"code": code, "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers=headers)


def too_large(max_bytes: int) -> JSONResponse:
    """The answer to a request body over ``max_bytes`` (given by the size-limit middleware).

    ``Connection: close``: the refusal may come before the body is read, and what is left of it
    must not be read as the next request.
    """
    message = f"the request body is over the limit of {max_bytes} bytes"
    return error_json(413, "too_large", message, {"max_bytes": max_bytes}, {"Connection": "close"})


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: each status with the error model and its meaning."""
    return {s: {"model": ErrorResponse, "description": ERROR_STATUS[s]} for s in statuses}


async def reject_unknown_query_parameters(request: Request) -> None:
    """An app-wide dependency: a query parameter the route does not declare is a 422.

    A client's misspelt filter (``?stauts=done``) would otherwise be ignored without a word and
    answer with everything; the OpenAPI document lists each operation's parameters, and the API
    keeps to it.
    """
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    declared = set(_query_names(dependant))
    unknown = sorted(set(request.query_params) - declared)
    if unknown:
        raise RequestValidationError(
            [
                {"loc": ("query", name), "msg": "unknown query parameter", "type": "extra_forbidden"}
                for name in unknown
            ]
        )


def _query_names(dependant: Any) -> Iterator[str]:
    """The query parameter names a route declares, its dependencies' included."""
    for param in dependant.query_params:
        yield param.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_json(exc.status, exc.code, exc.message, exc.detail, exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [_problem(e) for e in exc.errors()]
    if any(p["type"] == "json_invalid" for p in problems):
        # A body that is not JSON at all is a malformed request (400), as docs/api.md promises;
        # 422 is for JSON that parses but does not fit the route's model.
        return error_json(400, "bad_request", "the request body is not valid JSON", problems)
    if not problems:
        return error_json(422, "invalid_request", "invalid request", [])
    where, message = ".".join(problems[0]["loc"]), problems[0]["msg"]
    return error_json(422, "invalid_request", f"{where}: {message}" if where else message, problems)


def _problem(error: dict[str, Any]) -> dict[str, Any]:
    # Only JSON-safe parts: pydantic's ``ctx`` may hold exception objects and ``input`` raw bytes.
    return {
        "loc": [str(p) for p in error.get("loc", ())],
        "msg": str(error.get("msg", "")),
        "type": error.get("type"),
    }


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STARLETTE_CODES.get(exc.status_code, f"http_{exc.status_code}")
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(allowed_methods(request))
    return error_json(exc.status_code, code, str(exc.detail), None, headers or None)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path.

    Starlette's 405 names only the methods of the first route that matched the path, but
    ``GET /v1/documents`` and ``POST /v1/documents`` are two routes (RFC 9110 15.5.6: list all).
    """
    methods: set[str] = set()
    for route in request.app.routes:
        path_regex = getattr(route, "path_regex", None)
        if path_regex is not None and path_regex.match(request.url.path):
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    from std_extract.api.worker import new_error_id

    error_id = new_error_id()
    log.error("internal error %s on %s %s", error_id, request.method, request.url.path, exc_info=exc)
    message = f"internal error (error id {error_id}; the server log has the details)"
    return error_json(500, "internal", message, {"error_id": error_id})
