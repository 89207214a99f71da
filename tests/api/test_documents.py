"""Documents through a live server: records equal process_file's, idempotent uploads, paging."""

from __future__ import annotations

import jsonschema
import pytest
from corpora import generated_pdfs, real_pdfs

from std_extract.schemas import schema

from .server import DONE_TIMEOUT, SMALL_REAL, ReferenceRun, upload, wait_done, without_path

DOCUMENT_SCHEMA = schema("document")


def _blank_scan(path):
    """A PDF whose one page is a picture of a blank, slightly grey sheet."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.drawImage(ImageReader(Image.new("L", (400, 560), 235)), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return path


def _assert_same_records(server, paths, timeout: float = DONE_TIMEOUT) -> dict[str, dict]:
    reference = ReferenceRun(paths)
    accepted = upload(server.client, paths)
    assert [a["filename"] for a in accepted] == [p.name for p in paths]
    views = wait_done(server.client, [a["id"] for a in accepted], timeout)
    for path, item, expected in zip(paths, accepted, reference.records(), strict=True):
        view = views[item["id"]]
        assert view["record"] is not None, view
        jsonschema.validate(view["record"], DOCUMENT_SCHEMA)  # the published schema
        assert view["record"]["source"]["path"] == path.name
        assert without_path(view["record"]) == without_path(expected), path.name
        assert view["status"] == ("failed" if expected["status"] == "failed" else "done")
    return views


def test_documents_small_real_pdfs_match_process_file(shared_server):
    _assert_same_records(shared_server, real_pdfs(SMALL_REAL))


def test_documents_generated_pdfs_match_process_file(shared_server):
    _assert_same_records(shared_server, generated_pdfs()[::10])


@pytest.mark.slow
def test_documents_all_generated_pdfs_match_process_file(live_server_factory):
    # A server of its own, started now: the code it runs and the reference run are close in time.
    _assert_same_records(live_server_factory(), generated_pdfs())


@pytest.mark.slow
@pytest.mark.real
def test_documents_all_real_pdfs_match_process_file(live_server_factory):
    # 61 standards, four of them 200 to 440 pages: about 15 minutes on two workers.
    _assert_same_records(live_server_factory(), real_pdfs(), timeout=3 * 3600)


def test_documents_scanned_pdf_fails_with_the_parsers_code(shared_server, tmp_path):
    # a scan of a blank page: no text layer and nothing OCR can read (real scans are read by OCR)
    (view,) = _assert_same_records(shared_server, [_blank_scan(tmp_path / "blank-scan.pdf")]).values()
    assert view["status"] == "failed"
    assert view["error"]["code"] == "no_text_layer"
    assert view["record"]["status"] == "failed"


def test_documents_reupload_is_idempotent(shared_server):
    client = shared_server.client
    path = real_pdfs(SMALL_REAL[:1])[0]
    first = upload(client, [path])[0]
    done = wait_done(client, [first["id"]])[first["id"]]
    jobs_before = client.get("/healthz").json()["jobs"]

    again = upload(client, [path, path])
    assert [a["id"] for a in again] == [first["id"]] * 2
    assert all(a["created"] is False and a["status"] == "done" for a in again)
    after = client.get(f"/v1/documents/{first['id']}").json()
    assert after["attempts"] == done["attempts"] == 1  # no second job ran
    assert after["seq"] == done["seq"]  # and the document did not change state
    assert client.get("/healthz").json()["jobs"] == jobs_before
    import hashlib

    assert first["id"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_documents_indicators_filters(shared_server):
    client = shared_server.client
    paths = generated_pdfs()[:2]
    accepted = upload(client, paths)
    wait_done(client, [a["id"] for a in accepted])
    for item in accepted:
        record = client.get(f"/v1/documents/{item['id']}").json()["record"]
        everything = client.get(f"/v1/documents/{item['id']}/indicators").json()
        assert everything["indicators"] == record["indicators"]
        review = client.get(f"/v1/documents/{item['id']}/indicators", params={"needs_review": True}).json()
        clean = client.get(f"/v1/documents/{item['id']}/indicators", params={"needs_review": False}).json()
        assert review["count"] + clean["count"] == everything["count"]
        for indicator in review["indicators"]:
            score = indicator["match_score"]
            assert (
                indicator["canonical_id"] is None or indicator["flags"] or (score is not None and score < 85)
            )
        ids = sorted({i["canonical_id"] for i in record["indicators"] if i["canonical_id"]})
        if ids:
            picked = client.get(
                f"/v1/documents/{item['id']}/indicators", params={"canonical_id": ids[0]}
            ).json()
            assert picked["count"] >= 1
            assert {i["canonical_id"] for i in picked["indicators"]} == {ids[0]}


def test_documents_list_pages_by_update_sequence(shared_server):
    client = shared_server.client
    accepted = upload(client, real_pdfs(SMALL_REAL[1:3]))
    wait_done(client, [a["id"] for a in accepted])
    seen: dict[str, dict] = {}
    since, sequences = 0, []
    while True:
        page = client.get("/v1/documents", params={"since": since, "limit": 2}).json()
        for item in page["items"]:
            seen[item["id"]] = item  # a consumer upserts by id
            sequences.append(item["seq"])
        assert page["next_since"] >= since
        since = page["next_since"]
        if not page["has_more"]:
            break
    assert sequences == sorted(sequences) and len(set(sequences)) == len(sequences)
    for item in accepted:
        assert seen[item["id"]]["status"] == "done" and seen[item["id"]]["record"] is not None
    # Nothing changed since the last page: the next poll is empty.
    assert client.get("/v1/documents", params={"since": since}).json()["items"] == []
    slim = client.get("/v1/documents", params={"records": False, "status": "done", "limit": 500}).json()
    assert slim["items"] and all(i["record"] is None and i["status"] == "done" for i in slim["items"])
