"""Who may read and who may write (in-process app, no workers): once a server has keys, reading
documents, records, indicators and rankings needs a key too; a read-only key reads and cannot write."""

from __future__ import annotations

import pytest
from corpora import GENERATED

from .server import API_KEY
from .test_errors import make_client  # noqa: F401 - the fixture

READ_KEY = "read-only-key-for-tests"
PDF = sorted(GENERATED.glob("*.pdf"))[0]


def _reads(client, headers: dict[str, str]) -> list[int]:
    doc = "0" * 64
    return [
        client.get("/v1/documents", headers=headers).status_code,
        client.get(f"/v1/documents/{doc}", headers=headers).status_code,
        client.get(f"/v1/documents/{doc}/indicators", headers=headers).status_code,
        client.post("/v1/rankings", json={"plan": "auto"}, headers=headers).status_code,
    ]


def _upload(client, headers: dict[str, str]) -> int:
    files = [("files", (PDF.name, PDF.read_bytes(), "application/pdf"))]
    return client.post("/v1/documents", files=files, headers=headers).status_code


def test_access_reads_need_a_key_once_the_server_has_keys(make_client):  # noqa: F811
    # Unpublished enterprise standards were readable by anyone who could reach the port.
    client = make_client(api_keys=[API_KEY], read_keys=[READ_KEY])
    assert _reads(client, {}) == [401, 401, 401, 401]
    assert _reads(client, {"X-API-Key": "wrong"}) == [403, 403, 403, 403]
    assert _reads(client, {"X-API-Key": READ_KEY}) == [200, 404, 404, 200]
    assert _reads(client, {"X-API-Key": API_KEY}) == [200, 404, 404, 200]
    assert client.get("/v1/plans").status_code == 200 and client.get("/healthz").status_code == 200


def test_access_read_only_key_cannot_write(make_client):  # noqa: F811
    client = make_client(api_keys=[API_KEY], read_keys=[READ_KEY])
    response = client.post(
        "/v1/documents",
        files=[("files", (PDF.name, PDF.read_bytes(), "application/pdf"))],
        headers={"X-API-Key": READ_KEY},
    )
    assert response.status_code == 403 and response.json()["error"]["code"] == "api_key_read_only"
    assert _upload(client, {"X-API-Key": API_KEY}) == 202


@pytest.mark.parametrize(("options", "expected"), [({"open_reads": True}, 200), ({"api_keys": []}, 200)])
def test_access_open_reads_only_when_asked_or_keyless(make_client, options, expected):  # noqa: F811
    client = make_client(**options)
    assert client.get("/v1/documents").status_code == expected
    if options.get("open_reads"):
        assert _upload(client, {}) == 401  # writes still need a key
