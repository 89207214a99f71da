"""ASGI middleware: refuse a request body over the limit with 413, in the API's error format.

The limit is checked against ``Content-Length`` up front and also against the bytes actually
received, so a chunked upload cannot get past it (as the review workbench's ``BodySizeLimit``,
which answers in its own format).  Per-file limits are checked by the upload route.
"""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _TooLarge(HTTPException):
    # An HTTPException, so whoever reads the body when the limit is crossed lets it through.
    def __init__(self) -> None:
        super().__init__(status_code=413, detail="request body too large")


class RequestSizeLimit:
    """Answer 413 (code too_large) to a request body over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        received, started = 0, False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        message = f"the request body is over the limit of {self.max_bytes} bytes"
        body = json.dumps(
            {"error": {"code": "too_large", "message": message, "detail": {"max_bytes": self.max_bytes}}}
        ).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
