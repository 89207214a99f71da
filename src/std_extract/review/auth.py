"""Reviewer passwords (argon2id), CSRF tokens and the current reviewer of a request.

Passwords are stored as argon2id hashes (argon2-cffi's defaults follow RFC 9106).  A session is
a signed, HttpOnly, SameSite=Strict cookie (Starlette's SessionMiddleware on itsdangerous); every
write must also carry the session's CSRF token in the ``X-CSRF-Token`` header or a
``csrf_token`` form field, so a page on another origin cannot write even if a cookie leaked to it.
"""

from __future__ import annotations

import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

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


def current_reviewer(request: Request) -> str | None:
    return request.session.get("reviewer")


def login_session(request: Request, name: str) -> None:
    """Start a fresh session for ``name`` (new CSRF token: no fixation across the login)."""
    request.session.clear()
    request.session["reviewer"] = name
    request.session["csrf"] = secrets.token_urlsafe(32)
