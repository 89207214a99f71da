"""ASGI middleware: refuse a request body over a size limit with 413.

The limit is checked against ``Content-Length`` up front and also against the bytes actually
received, so a chunked upload cannot get past it.  Each app answers in its own error format: it
passes ``refuse``, which makes the 413 response for a limit of ``max_bytes``.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _TooLarge(HTTPException):
    # An HTTPException, so that whoever is reading the body when the limit is crossed (FastAPI's
    # body parser turns other errors into 400) lets it through to a 413 answer.
    def __init__(self) -> None:
        super().__init__(status_code=413, detail="request body too large")


class BodySizeLimit:
    """Answer ``refuse(max_bytes)`` (a 413 response) to a request body over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int, refuse: Callable[[int], Response]):
        self.app, self.max_bytes, self.refuse = app, max_bytes, refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self.refuse(self.max_bytes)(scope, receive, send)
            return
        received, started, over = 0, False, False

        async def limited_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                over = received > self.max_bytes
                if over:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            # The app's own answer to _TooLarge (its HTTPException handler's) is dropped, so a
            # chunked body gets the same ``refuse`` answer, headers and all, as a declared one.
            nonlocal started
            if over and not started:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            pass
        if over and not started:
            await self.refuse(self.max_bytes)(scope, receive, send)
