"""The body-size limit answers a chunked body (no Content-Length) as it answers a declared one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from std_extract.api import ApiSettings, create_app

from .server import API_KEY


async def _post(app, body: bytes, chunked: bool) -> httpx.Response:
    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        headers = {"X-API-Key": API_KEY, "Content-Type": "multipart/form-data; boundary=b"}
        return await client.post("/v1/documents", content=pieces() if chunked else body, headers=headers)


def test_limits_chunked_body_over_the_limit_gets_the_apps_413(tmp_path: Path):
    settings = ApiSettings(
        db_url=f"sqlite:///{tmp_path / 'api.sqlite'}",
        start_workers=False,
        api_keys=[API_KEY],
        max_upload_bytes=1000,
        max_files=1,
    )
    app = create_app(settings)
    part = b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\n\r\n%PDF-1.4\n'
    body = part + b"0" * settings.max_request_bytes + b"\r\n--b--\r\n"
    declared = asyncio.run(_post(app, body, chunked=False))
    chunked = asyncio.run(_post(app, body, chunked=True))
    assert "content-length" not in chunked.request.headers
    for response in (declared, chunked):
        assert response.status_code == 413, response.text
        assert response.json()["error"]["code"] == "too_large"
        assert response.json()["error"]["detail"] == {"max_bytes": settings.max_request_bytes}
        assert response.headers["connection"] == "close"
