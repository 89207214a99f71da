"""API keys: who may write (upload) and who may read (documents, records, indicators, rankings).

Two kinds of key, each sent in the ``X-API-Key`` header:

* a full key (``--api-key``, ``STD_EXTRACT_API_KEYS``) writes and reads;
* a read-only key (``--read-key``, ``STD_EXTRACT_API_READ_KEYS``) reads only: a write with it is 403.

Once a server has any key, reads need one too: submitted standards may be unpublished enterprise
documents.  ``--open-reads`` (``ApiSettings.open_reads``) opens reads to anyone explicitly.  A
server with no keys at all is open (the CLI only allows that on a loopback address).  The
reference data (``/v1/areas``, ``/v1/schema``, ``/v1/plans``, ``/healthz``) is always open.  Keys
are compared in constant time; a missing key is 401, a wrong one 403.
"""

from __future__ import annotations

import hmac

from fastapi import Request, Security
from fastapi.security import APIKeyHeader

from std_extract.api.errors import ApiError

API_KEY_HEADER = "X-API-Key"
api_key_header = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    scheme_name="ApiKey",
    description="A full key (writes and reads) or a read-only key, when the server has keys.",
)


def require_api_key(request: Request, key: str | None = Security(api_key_header)) -> None:
    """A dependency of every write route: a full key."""
    settings = request.app.state.api.settings
    if not settings.api_keys and not settings.read_keys:
        return
    _present(key)
    if not key_matches(key, settings.api_keys):
        if key_matches(key, settings.read_keys):
            raise ApiError(403, "api_key_read_only", f"this {API_KEY_HEADER} may read, not write")
        raise ApiError(403, "api_key_invalid", f"the {API_KEY_HEADER} is not one of this server's keys")


def require_read_key(request: Request, key: str | None = Security(api_key_header)) -> None:
    """A dependency of every route that reads documents or rankings: a full or read-only key."""
    settings = request.app.state.api.settings
    if settings.open_reads or (not settings.api_keys and not settings.read_keys):
        return
    _present(key)
    if not key_matches(key, [*settings.api_keys, *settings.read_keys]):
        raise ApiError(403, "api_key_invalid", f"the {API_KEY_HEADER} is not one of this server's keys")


def _present(key: str | None) -> None:
    if not key:
        raise ApiError(
            401,
            "api_key_required",
            f"this endpoint needs an {API_KEY_HEADER} header",
            headers={"WWW-Authenticate": "ApiKey"},
        )


def key_matches(key: str | None, keys: list[str]) -> bool:
    given = (key or "").encode("utf-8", "surrogateescape")
    # Compare with every key (no early exit), so timing says nothing about which one nearly matched.
    return sum(hmac.compare_digest(given, k.encode()) for k in keys) > 0
