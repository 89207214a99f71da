"""The same service on PostgreSQL: documents, idempotency and a SIGKILL restart."""

from __future__ import annotations

import pytest
from corpora import real_pdfs

from .server import SMALL_REAL, local_records, upload, wait_done, without_path


@pytest.mark.slow  # a PostgreSQL cluster of its own (the project marks PostgreSQL tests slow)
def test_postgres_processes_uploads_and_survives_a_restart(live_server_factory, postgres_url, tmp_path):
    paths = real_pdfs(SMALL_REAL[:3])
    blobs = ["--blob-dir", str(tmp_path / "blobs")]
    first = live_server_factory(tmp_path / "pg-a.sqlite", workers=1, db_url=postgres_url, extra=blobs)
    assert first.client.get("/healthz").json()["database"] == "postgresql"
    ids = [a["id"] for a in upload(first.client, paths)]
    first.kill()  # straight away: everything is still queued or running

    second = live_server_factory(tmp_path / "pg-b.sqlite", workers=2, db_url=postgres_url, extra=blobs)
    views = wait_done(second.client, ids)
    for document_id, expected in zip(ids, local_records(paths), strict=True):
        assert views[document_id]["status"] == "done"
        assert without_path(views[document_id]["record"]) == without_path(expected)
    again = upload(second.client, paths)
    assert [a["id"] for a in again] == ids and not any(a["created"] for a in again)
    page = second.client.get("/v1/documents", params={"records": False}).json()
    assert {i["id"] for i in page["items"]} == set(ids)
