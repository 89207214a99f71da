"""Bad requests get precise 4xx answers in the one error format (in-process app, no workers)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from corpora import GENERATED, real_pdfs

from std_extract.api import ApiSettings, create_app

from .server import API_KEY, SMALL_REAL

KEYED = {"X-API-Key": API_KEY}


class Client:
    """A synchronous face on httpx.AsyncClient + ASGITransport (no server, no lifespan)."""

    def __init__(self, app):
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api")

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, url, **kwargs))

    def get(self, url: str, **kwargs) -> httpx.Response:
        kwargs.setdefault("headers", KEYED)  # reads need a key on a server with keys (test_access.py)
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator:
    clients: list[Client] = []

    def make(**options) -> Client:
        options.setdefault("api_keys", [API_KEY])
        settings = ApiSettings(db_url=f"sqlite:///{tmp_path / 'api.sqlite'}", start_workers=False, **options)
        clients.append(Client(create_app(settings)))
        return clients[-1]

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client) -> Client:
    return make_client()


@pytest.fixture
def pdf_bytes() -> bytes:
    return real_pdfs(SMALL_REAL[:1])[0].read_bytes()


def _error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code, body
    assert body["error"]["message"]
    return body["error"]


def _files(*items: tuple[str, bytes]) -> list:
    return [("files", (name, data, "application/pdf")) for name, data in items]


def test_errors_not_a_pdf_is_415(client):
    error = _error(
        client.post("/v1/documents", files=_files(("notes.pdf", b"hello")), headers=KEYED), 415, "not_pdf"
    )
    assert error["detail"]["filename"] == "notes.pdf"
    _error(client.post("/v1/documents", files=_files(("empty.pdf", b"")), headers=KEYED), 415, "not_pdf")


def test_errors_one_bad_file_refuses_the_whole_request(client, pdf_bytes):
    response = client.post(
        "/v1/documents", files=_files(("a.pdf", pdf_bytes), ("b.txt", b"text")), headers=KEYED
    )
    _error(response, 415, "not_pdf")
    assert client.get("/v1/documents").json()["items"] == []  # nothing was stored


def test_errors_file_over_the_limit_is_413(make_client, pdf_bytes):
    client = make_client(max_upload_bytes=1000)
    error = _error(
        client.post("/v1/documents", files=_files(("big.pdf", pdf_bytes)), headers=KEYED), 413, "too_large"
    )
    assert error["detail"]["max_bytes"] == 1000


def test_errors_request_over_the_limit_is_413(make_client):
    client = make_client(max_upload_bytes=1000, max_files=1)  # whole body limit: 1000 + 1 MiB
    body = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    _error(client.post("/v1/documents", files=_files(("huge.pdf", body)), headers=KEYED), 413, "too_large")


def test_errors_encrypted_pdf_is_422(client, tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt=StandardEncryption("secret", ownerPassword="owner"))
    pdf.drawString(100, 700, "locked")
    pdf.save()
    error = _error(
        client.post("/v1/documents", files=_files(("locked.pdf", path.read_bytes())), headers=KEYED),
        422,
        "encrypted",
    )
    assert error["detail"]["filename"] == "locked.pdf"


def test_errors_too_many_files_is_422(make_client, pdf_bytes):
    client = make_client(max_files=2)
    files = _files(*[(f"{i}.pdf", pdf_bytes) for i in range(3)])
    _error(client.post("/v1/documents", files=files, headers=KEYED), 422, "too_many_files")


def test_errors_queue_full_is_503_with_retry_after(make_client, pdf_bytes):
    client = make_client(max_queued=1)
    assert client.post("/v1/documents", files=_files(("a.pdf", pdf_bytes)), headers=KEYED).status_code == 202
    # The same bytes again need no room in the queue ...
    assert client.post("/v1/documents", files=_files(("a.pdf", pdf_bytes)), headers=KEYED).status_code == 202
    # ... new bytes do.
    other = pdf_bytes + b"\n% another revision\n"
    response = client.post("/v1/documents", files=_files(("b.pdf", other)), headers=KEYED)
    error = _error(response, 503, "queue_full")
    assert response.headers["retry-after"] == "30"
    assert error["detail"] == {"pending": 1, "max_queued": 1}


def test_errors_api_key_missing_is_401_and_wrong_is_403(client, pdf_bytes):
    files = _files(("a.pdf", pdf_bytes))
    response = client.post("/v1/documents", files=files)
    _error(response, 401, "api_key_required")
    assert response.headers["www-authenticate"] == "ApiKey"
    _error(client.post("/v1/documents", files=files, headers={"X-API-Key": "nope"}), 403, "api_key_invalid")
    _error(client.post("/v1/rankings", json={}), 401, "api_key_required")
    _error(client.get("/v1/documents", headers={}), 401, "api_key_required")  # reads need a key too
    assert client.get("/v1/documents").status_code == 200


def test_errors_no_keys_leaves_writes_open(make_client, pdf_bytes):
    client = make_client(api_keys=[])
    assert client.post("/v1/documents", files=_files(("a.pdf", pdf_bytes))).status_code == 202


def test_errors_unknown_ids_are_404(client):
    _error(client.get("/v1/documents/" + "0" * 64), 404, "not_found")
    _error(client.get("/v1/documents/nope/indicators"), 404, "not_found")
    _error(
        client.post("/v1/rankings", json={"plan": "auto", "documents": ["0" * 64]}, headers=KEYED),
        404,
        "not_found",
    )


def test_errors_unknown_plan_is_404(client):
    error = _error(
        client.post("/v1/rankings", json={"plan": "no-such-plan"}, headers=KEYED), 404, "unknown_plan"
    )
    assert isinstance(error["detail"]["known"], list)


def test_errors_not_ready_is_409(client, pdf_bytes):
    document_id = client.post("/v1/documents", files=_files(("a.pdf", pdf_bytes)), headers=KEYED).json()[
        "documents"
    ][0]["id"]
    assert client.get(f"/v1/documents/{document_id}").json()["status"] == "queued"  # no workers here
    _error(client.get(f"/v1/documents/{document_id}/indicators"), 409, "not_ready")
    error = _error(
        client.post("/v1/rankings", json={"documents": [document_id]}, headers=KEYED), 409, "not_done"
    )
    assert error["detail"]["statuses"] == {document_id: "queued"}


def test_errors_validation_and_routing_use_the_same_format(client):
    error = _error(client.get("/v1/documents", params={"limit": 0}), 422, "invalid_request")
    assert error["detail"][0]["loc"] == ["query", "limit"]
    _error(
        client.post(
            "/v1/rankings", content=b"{not json", headers={**KEYED, "content-type": "application/json"}
        ),
        400,
        "bad_request",
    )
    # JSON that parses but does not fit the model stays 422 (docs/api.md: 400 is for a body that
    # does not parse at all).
    _error(client.post("/v1/rankings", json={"plan": 7}, headers=KEYED), 422, "invalid_request")
    _error(client.post("/v1/documents", headers=KEYED), 422, "invalid_request")  # no files field
    _error(client.get("/v1/nothing-here"), 404, "not_found")
    _error(client.request("DELETE", "/v1/documents"), 405, "method_not_allowed")
    _error(client.get("/v1/schema/nope"), 404, "unknown_schema")


def test_errors_an_undeclared_query_parameter_is_refused_not_ignored(client):
    # A misspelt filter must not answer with the unfiltered list as if it had been applied.
    error = _error(client.get("/v1/documents", params={"stauts": "done"}), 422, "invalid_request")
    assert error["detail"] == [
        {"loc": ["query", "stauts"], "msg": "unknown query parameter", "type": "extra_forbidden"}
    ]
    assert error["message"] == "query.stauts: unknown query parameter"
    _error(client.get("/healthz", params={"": "1"}), 422, "invalid_request")
    assert client.get("/v1/documents", params={"limit": 5}).status_code == 200  # declared ones still work
    assert client.get("/healthz").status_code == 200


def test_errors_filename_is_reduced_to_a_safe_base_name(client, pdf_bytes):
    response = client.post("/v1/documents", files=_files(("../../etc/x.pdf", pdf_bytes)), headers=KEYED)
    assert response.json()["documents"][0]["filename"] == "x.pdf"


def test_errors_safe_filename_drops_paths_and_control_characters():
    from std_extract.api.blobs import safe_filename

    assert safe_filename("..\\a\\b.pdf") == "b.pdf"
    assert safe_filename("x\x01y.pdf") == "x_y.pdf"
    assert safe_filename("..") == "upload.pdf"
    assert safe_filename(None) == "upload.pdf"
    long_name = safe_filename("长" * 300 + ".pdf")  # a file system name holds 255 bytes
    assert long_name == "长" * 65 + ".pdf" and len(long_name.encode("utf-8")) == 199


def _stored_blob(tmp_path: Path, source: Path) -> Path:
    from std_extract.api.blobs import BlobStore

    blobs = BlobStore(tmp_path / "blobs")
    with source.open("rb") as handle:
        staged = blobs.stage(handle, source.name, 64 * 1024 * 1024)
    return blobs.keep(staged)


def test_errors_long_chinese_file_name_is_processed(tmp_path):
    # 100 Chinese characters are 300 bytes in UTF-8: over a file name's 255, and the job links the
    # upload under its name.  It was accepted with 202 and then failed "internal".
    from std_extract.api.blobs import safe_filename
    from std_extract.api.worker import run_job

    source = sorted(GENERATED.glob("*.pdf"))[0]
    name = safe_filename("企业标准" * 25 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 255
    outcome = run_job(str(_stored_blob(tmp_path, source)), name)
    assert outcome.error is None and outcome.record_status == "ok", outcome.error
    assert name in outcome.record


def test_errors_internal_failure_answers_an_id_and_logs_the_traceback(tmp_path, caplog):
    from std_extract.api.worker import run_job

    source = sorted(GENERATED.glob("*.pdf"))[0]
    # A name no file system takes (run_job is the worker function; safe_filename is bypassed).
    with caplog.at_level("ERROR", logger="std_extract.api"):
        outcome = run_job(str(_stored_blob(tmp_path, source)), "x" * 300 + ".pdf")
    error = outcome.error
    assert error is not None and error["code"] == "internal"
    assert set(error["detail"]) == {"error_id"}
    assert "Traceback" not in str(error) and "/" not in error["message"]
    assert error["detail"]["error_id"] in error["message"]
    logged = [r for r in caplog.records if error["detail"]["error_id"] in r.getMessage()]
    assert logged and logged[0].exc_info is not None
