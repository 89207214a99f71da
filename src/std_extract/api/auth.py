"""API keys: every write endpoint needs an ``X-API-Key`` header naming one of the server's keys.

Keys come from ``--api-key`` and ``STD_EXTRACT_API_KEYS``.  A server started with no keys leaves
writes open (the CLI only allows that on a loopback address).  Keys are compared in constant
time; a missing key is 401, a wrong one 403.
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
    description="Required for write endpoints when the server was started with API keys.",
)


def require_api_key(request: Request, key: str | None = Security(api_key_header)) -> None:
    """A dependency of every write route."""
    keys: list[str] = request.app.state.api.settings.api_keys
    if not keys:
        return
    if not key:
        raise ApiError(
            401,
            "api_key_required",
            f"this endpoint needs an {API_KEY_HEADER} header",
            headers={"WWW-Authenticate": "ApiKey"},
        )
    if not key_matches(key, keys):
        raise ApiError(403, "api_key_invalid", f"the {API_KEY_HEADER} is not one of this server's keys")


def key_matches(key: str, keys: list[str]) -> bool:
    given = key.encode("utf-8", "surrogateescape")
    # Compare with every key (no early exit), so timing says nothing about which one nearly matched.
    return sum(hmac.compare_digest(given, k.encode()) for k in keys) > 0
