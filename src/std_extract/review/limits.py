"""ASGI middleware and answers: security headers, and the workbench's 413 for a body too large.

The size limit itself is :class:`std_extract.web.limits.BodySizeLimit` (shared with the HTTP API);
the workbench passes it :func:`too_large`, which answers in the workbench's error format.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere: extracted text can never run as code.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def too_large(_max_bytes: int) -> Response:
    """The answer to a request body over the limit (the limit itself is not told).

    ``Connection: close``, as the API's: the refusal may come before the body is read, and what
    is left of it must not be read as the next request.
    """
    return Response(
        b'{"error": "request body too large"}',
        status_code=413,
        media_type="application/json",
        headers={"Connection": "close"},
    )


class SecurityHeaders:
    """Add CSP and the usual hardening headers to every response, a 500 included."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            # Starlette answers an unhandled error (500) outside every added middleware, so it
            # would go out bare; answered here instead, and re-raised for the server's log.
            if not started:
                answer = PlainTextResponse("Internal Server Error", status_code=500)
                await answer(scope, receive, with_headers)
            raise
