"""The reviewer's workbench: a FastAPI app with server-rendered pages and a small JSON API.

Pages (jinja2, autoescaped) are a login form, the queue and the document screen; the document
screen's script (``static/review.js``, no build step) reads ``/api/documents/<sha>`` and writes
through the POST endpoints.  Everything needs a logged-in reviewer; every POST needs the
session's CSRF token.  Extracted text is untrusted: templates autoescape it, the script only
ever sets ``textContent``, and the Content-Security-Policy allows no inline script at all.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from std_extract.review.auth import (
    check_csrf,
    csrf_token,
    current_reviewer,
    login_blocked,
    login_session,
    logout_session,
    note_login_failure,
)
from std_extract.review.classes import LEVEL_ZH, level_path, search_classes
from std_extract.review.limits import SecurityHeaders, too_large
from std_extract.review.messages import LANG_COOKIE, messages, pick_language, translate
from std_extract.review.service import MAX_VERSION, ReviewError, ReviewService
from std_extract.review.store import ReviewStore, VersionConflict
from std_extract.review.workflow import QUEUE_STATES
from std_extract.web.limits import BodySizeLimit

HERE = Path(__file__).parent
MAX_BODY_BYTES = 64 * 1024  # a decision is a few hundred bytes; nothing here uploads files
SESSION_HOURS = 12
QUEUE_PAGE = 200  # rows a queue page shows (a batch may hold 100,000 documents)
_SHA = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")


class Decision(BaseModel):
    action: str = Field(pattern="^(accept|reject|edit)$")
    version: int = Field(ge=0, le=MAX_VERSION)
    fields: dict[str, Any] = Field(default_factory=dict)
    reason: str | None = Field(default=None, max_length=2000)


class NewValue(BaseModel):
    page: int = Field(ge=1, le=100_000)
    bbox: tuple[float, float, float, float]
    source_text: str = Field(default="", max_length=4000)
    fields: dict[str, Any] = Field(default_factory=dict)
    reason: str | None = Field(default=None, max_length=2000)


class ClassChange(BaseModel):
    code: str = Field(max_length=8)
    version: int = Field(ge=0, le=MAX_VERSION)
    reason: str | None = Field(default=None, max_length=2000)


class StandardChange(BaseModel):
    fields: dict[str, Any] = Field(default_factory=dict)
    version: int = Field(ge=0, le=MAX_VERSION)
    reason: str | None = Field(default=None, max_length=2000)


class StatusChange(BaseModel):
    action: str = Field(pattern="^(done|approve|send_back)$")
    version: int = Field(ge=0, le=MAX_VERSION)
    reason: str | None = Field(default=None, max_length=2000)


class PrefillRequest(BaseModel):
    text: str = Field(max_length=4000)


class CheckRequest(BaseModel):
    indicator_id: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict)


def create_app(
    out_dir: Path,
    store: ReviewStore,
    *,
    pdf_roots: list[Path] | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The workbench over ``out_dir`` (a batch run's outputs) and ``store``."""
    service = ReviewService(out_dir, store, pdf_roots)
    app = FastAPI(title="std-extract review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.service = service
    # Starlette wraps each middleware around the ones added before it, so the session is
    # innermost; the size limit sees a request before anything reads its body; the security
    # headers, added last, go on every answer, the size limit's 413 included.
    app.add_middleware(
        SessionMiddleware,
        secret_key=store.secret_key(),
        session_cookie="std_review_session",
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=False,
    )
    # A DNS-rebinding page cannot reach a server that answers only to its own host names.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["127.0.0.1", "localhost"])
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES, refuse=too_large)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescape on for .html
    app.exception_handler(ReviewError)(_review_error)
    app.exception_handler(VersionConflict)(_conflict)
    _page_routes(app, service, templates)
    _api_routes(app, service)
    return app


def _review_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReviewError)
    body: dict[str, Any] = {"error": str(exc)}
    if exc.code:
        body.update(code=exc.code, values=exc.values)
    return JSONResponse(body, status_code=exc.status)


def _conflict(_request: Request, exc: Exception) -> JSONResponse:
    """409 with the other reviewer's changes, so the second reviewer sees what happened."""
    assert isinstance(exc, VersionConflict)
    return JSONResponse(
        {
            "error": "conflict",
            "message": str(exc),
            "current_version": exc.current_version,
            "changes": [e.model_dump(mode="json") for e in exc.since],
        },
        status_code=409,
    )


def page_language(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))


def require_reviewer(request: Request) -> str:
    name = current_reviewer(request)
    if not name:
        raise ReviewError(401, "log in first", "login_required")
    return name


def _valid_sha(sha: str) -> str:
    if not _SHA.match(sha):
        raise ReviewError(404, "no such document", "no_document")
    return sha


def _valid_id(indicator_id: str) -> str:
    if not _ID.match(indicator_id):
        raise ReviewError(404, "no such value in this document", "no_value")
    return indicator_id


def _page_routes(app: FastAPI, service: ReviewService, templates: Jinja2Templates) -> None:
    def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        lang = page_language(request)
        context.update(
            reviewer=current_reviewer(request),
            csrf=csrf_token(request),
            lang=lang,
            t=lambda key, **values: translate(lang, key, **values),
            messages=messages(lang),
            # the other language, on the same page with the same filters
            lang_link="?" + urlencode({**request.query_params, "lang": "en" if lang == "zh" else "zh"}),
        )
        response = templates.TemplateResponse(request, name, context, status_code=status)
        if request.query_params.get("lang") == lang:  # a choice made by link: remembered
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="strict")
        return response

    @app.get("/login")
    def login_form(request: Request) -> Response:
        return render(request, "login.html", error=None)

    @app.post("/login", dependencies=[Depends(check_csrf)])
    def login(
        request: Request, name: str = Form(max_length=100), password: str = Form(max_length=1000)
    ) -> Response:
        wait = login_blocked(request, name)
        if wait:  # refused before the password is checked: the right one does not get in either
            error = translate(page_language(request), "login.throttled", minutes=max(wait // 60, 1))
            response = render(request, "login.html", status=429, error=error)
            response.headers["Retry-After"] = str(wait)
            return response
        if not service.store.check_password(name, password):
            note_login_failure(request, name)
            return render(
                request, "login.html", status=401, error=translate(page_language(request), "login.wrong")
            )
        service.store.clear_login_failures(name)
        login_session(request, name, SESSION_HOURS)
        return RedirectResponse("/", status_code=303)

    @app.post("/logout", dependencies=[Depends(check_csrf)])
    def logout(request: Request) -> Response:
        logout_session(request)
        return RedirectResponse("/login", status_code=303)

    @app.get("/")
    def queue(
        request: Request,
        plan: str = "",
        cls: str = "",
        status: str = "",
        state: str = "",
        progress: str = "",
        q: str = "",
        page: int = 1,
        per_page: int = QUEUE_PAGE,
    ) -> Response:
        if not current_reviewer(request):
            return RedirectResponse("/login", status_code=303)
        q = q[:100]
        rows, overall = service.overview(plan, cls, status, state or progress, q)
        filters = {"plan": plan, "cls": cls, "status": status, "state": state or progress, "q": q}
        per_page = min(max(per_page, 1), 1000)
        pages = max((len(rows) + per_page - 1) // per_page, 1)
        page = min(max(page, 1), pages)
        links = {  # the same filters on the page before and after
            name: "?" + urlencode({**filters, "per_page": per_page, "page": number})
            for name, number in (("prev", page - 1), ("next", page + 1))
            if 1 <= number <= pages
        }
        return render(
            request,
            "queue.html",
            rows=rows[(page - 1) * per_page : page * per_page],
            total=len(rows),
            paging={"page": page, "pages": pages, **links},
            filters=filters,
            plans=service.plan_ids(),
            states=QUEUE_STATES,
            progress=overall,
        )

    @app.get("/documents/{sha}")
    def document(request: Request, sha: str) -> Response:
        if not current_reviewer(request):
            return RedirectResponse("/login", status_code=303)
        record = service.record(_valid_sha(sha))
        return render(request, "document.html", sha=sha, record=record)

    @app.get("/documents/{sha}/pages/{page}.png", dependencies=[Depends(require_reviewer)])
    def page_image(sha: str, page: int) -> Response:
        png = service.page_png(_valid_sha(sha), page)
        return FileResponse(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _api_routes(app: FastAPI, service: ReviewService) -> None:
    writes = [Depends(check_csrf)]

    @app.get("/api/documents/{sha}")
    def document_data(sha: str, _who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.document_view(_valid_sha(sha))

    @app.get("/api/documents/{sha}/review")
    def document_review(sha: str, _who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.document_review(_valid_sha(sha))

    @app.post("/api/documents/{sha}/indicators/{indicator_id}/decision", dependencies=writes)
    def decide(
        sha: str, indicator_id: str, body: Decision, who: str = Depends(require_reviewer)
    ) -> dict[str, Any]:
        return service.decide(
            _valid_sha(sha),
            _valid_id(indicator_id),
            action=body.action,
            version=body.version,
            reviewer=who,
            fields=body.fields,
            reason=body.reason,
        )

    @app.post("/api/documents/{sha}/indicators", dependencies=writes)
    def add(sha: str, body: NewValue, who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.add(
            _valid_sha(sha),
            page=body.page,
            bbox=body.bbox,
            source_text=body.source_text,
            fields=body.fields,
            reviewer=who,
            reason=body.reason,
        )

    @app.post("/api/documents/{sha}/classification", dependencies=writes)
    def set_class(sha: str, body: ClassChange, who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.set_class(
            _valid_sha(sha), body.code, version=body.version, reviewer=who, reason=body.reason
        )

    @app.post("/api/documents/{sha}/standard", dependencies=writes)
    def set_standard(sha: str, body: StandardChange, who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.set_standard(
            _valid_sha(sha), body.fields, version=body.version, reviewer=who, reason=body.reason
        )

    @app.post("/api/documents/{sha}/status", dependencies=writes)
    def set_status(sha: str, body: StatusChange, who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.set_status(
            _valid_sha(sha), body.action, version=body.version, reviewer=who, reason=body.reason
        )

    @app.post("/api/documents/{sha}/undo", dependencies=writes)
    def undo(sha: str, who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.undo(_valid_sha(sha), reviewer=who)

    @app.post("/api/prefill", dependencies=writes)
    def prefill(body: PrefillRequest, _who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.prefill(body.text)

    @app.get("/api/progress")
    def progress(_who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return service.progress()

    @app.post("/api/documents/{sha}/check", dependencies=writes)
    def check(sha: str, body: CheckRequest, _who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return {"warnings": service.check(_valid_sha(sha), body.indicator_id, body.fields)}

    @app.get("/api/documents/{sha}/text")
    def text(
        sha: str,
        page: int,
        x0: float,
        top: float,
        x1: float,
        bottom: float,
        _who: str = Depends(require_reviewer),
    ) -> dict[str, Any]:
        found = service.text_in_box(_valid_sha(sha), page, (x0, top, x1, bottom))
        return {"text": found, "draft": service.prefill(found)}

    @app.get("/api/documents/{sha}/pages/{page}/text")
    def text_layer(sha: str, page: int, _who: str = Depends(require_reviewer)) -> dict[str, Any]:
        return {"lines": service.text_layer(_valid_sha(sha), page)}

    @app.get("/api/classes")
    def classes(q: str = "", _who: str = Depends(require_reviewer)) -> list[dict[str, str]]:
        return [
            {
                "code": c.code,
                "name": c.name,
                "path": " / ".join(f"{LEVEL_ZH[n.level]} {n.code} {n.name}" for n in level_path(c.code)[:-1]),
            }
            for c in search_classes(q[:50])
        ]
