"""Reviewer passwords (argon2id), sessions, login throttling, CSRF tokens and the current reviewer.

Passwords are stored as argon2id hashes (argon2-cffi's defaults follow RFC 9106) and have at least
12 characters.  The cookie is signed, HttpOnly and SameSite=Strict (Starlette's SessionMiddleware
on itsdangerous) and carries a random session token; the session itself lives in the review store,
so logging out (or an admin's ``std-extract reviewer revoke NAME``) ends it on the server and a
copied cookie stops working.  Failed logins are throttled per account (5 in 15 minutes lock the
account for the rest of the window, the right password included) and per client address (20 in
15 minutes).  Every write must also carry the session's CSRF token in the ``X-CSRF-Token`` header
or a ``csrf_token`` form field, so a page on another origin cannot write even if a cookie leaked.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

from std_extract.web.database import utc_now

_HASHER = PasswordHasher()
# Verifying against a dummy hash when the name is unknown keeps the timing of a wrong name and a
# wrong password alike.
_DUMMY_HASH = _HASHER.hash("not a password")

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """Refuse (403) a write whose token is missing or differs from the session's."""
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        field = (await request.form()).get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None  # a multipart field may be a file
    # Compared as bytes: compare_digest raises TypeError on a str with non-ASCII characters.
    if not expected or sent is None or not hmac.compare_digest(expected.encode(), sent.encode()):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token")


MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
FAILURE_WINDOW = timedelta(minutes=15)


def _store(request: Request):
    return request.app.state.service.store


def current_reviewer(request: Request) -> str | None:
    """The reviewer of the request's session, if the store still holds it live."""
    token = request.session.get("sid")
    return _store(request).session_reviewer(token) if isinstance(token, str) else None


def login_session(request: Request, name: str, hours: float) -> None:
    """Start a fresh session for ``name`` (new token and CSRF token: no fixation across the login)."""
    request.session.clear()
    request.session["sid"] = _store(request).start_session(name, hours)
    request.session["csrf"] = secrets.token_urlsafe(32)


def logout_session(request: Request) -> None:
    token = request.session.get("sid")
    if isinstance(token, str):
        _store(request).end_session(token)
    request.session.clear()


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def login_blocked(request: Request, name: str) -> int:
    """Seconds until ``name`` may try again from this address (0: go ahead)."""
    store, since = _store(request), utc_now() - FAILURE_WINDOW
    if store.login_failures(since, name=name) >= MAX_FAILURES_PER_ACCOUNT:
        return int(FAILURE_WINDOW.total_seconds())
    if store.login_failures(since, address=client_address(request)) >= MAX_FAILURES_PER_ADDRESS:
        return int(FAILURE_WINDOW.total_seconds())
    return 0


def note_login_failure(request: Request, name: str) -> None:
    _store(request).note_login_failure(name, client_address(request))
