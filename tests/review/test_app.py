"""The workbench over HTTP: login, CSRF, escaping, size limits, and two reviewers on one value."""

from __future__ import annotations

import re
import socket
import warnings
from urllib.parse import urlsplit

import httpx
import pytest

from std_extract.review import open_store
from std_extract.review.app import MAX_BODY_BYTES, create_app
from std_extract.review.limits import SECURITY_HEADERS

from .workbench import PASSWORD

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx vs httpx2
    from starlette.testclient import TestClient


@pytest.fixture
def app_store(outputs, db_url):
    store = open_store(db_url)
    store.add_reviewer("alice", PASSWORD)
    store.add_reviewer("bob", PASSWORD)
    yield create_app(outputs.out_dir, store, pdf_roots=[outputs.input_dir]), store
    store.close()


def client(app) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1")


def login(c: TestClient, name: str = "alice", password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = c.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = c.post(
        "/login", data={"name": name, "password": password, "csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)


def decision_url(outputs, name: str) -> str:
    return f"/api/documents/{outputs.record.source.sha256}/indicators/{outputs.indicator(name).id}/decision"


sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@sqlite_only
def test_app_login_sets_strict_httponly_cookie_and_refuses_wrong_password(app_store):
    app, _ = app_store
    c = client(app)
    assert c.get("/", follow_redirects=False).headers["location"] == "/login"
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    wrong = c.post("/login", data={"name": "alice", "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text
    unknown = c.post("/login", data={"name": "mallory", "password": PASSWORD, "csrf_token": token})
    assert unknown.status_code == 401
    ok = c.post(
        "/login", data={"name": "alice", "password": PASSWORD, "csrf_token": token}, follow_redirects=False
    )
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert "content-security-policy" in ok.headers


@sqlite_only
def test_app_login_without_csrf_token_is_refused(app_store):
    app, _ = app_store
    c = client(app)
    c.get("/login")
    response = c.post("/login", data={"name": "alice", "password": PASSWORD})
    assert response.status_code == 403


@sqlite_only
def test_app_csrf_token_not_ascii_or_a_file_is_refused(app_store):
    """A form field may hold any text or a file; either is a wrong token (403), never a 500."""
    app, _ = app_store
    c = client(app)
    c.get("/login")
    form = {"name": "alice", "password": PASSWORD}
    assert c.post("/login", data={**form, "csrf_token": "令牌"}).status_code == 403
    as_file = {"csrf_token": ("token.txt", b"x", "text/plain")}
    assert c.post("/login", data=form, files=as_file).status_code == 403


@sqlite_only
def test_app_write_without_or_with_wrong_csrf_token_is_refused(app_store, outputs):
    app, store = app_store
    c = client(app)
    token = login(c)
    body = {"action": "accept", "version": 0}
    url = decision_url(outputs, "噪声")
    assert c.post(url, json=body).status_code == 403
    assert c.post(url, json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert store.history() == []  # nothing was written
    assert c.post(url, json=body, headers={"X-CSRF-Token": token}).status_code == 200
    assert [e.field for e in store.history()] == ["review_state"]


@sqlite_only
def test_app_only_logged_in_reviewers_read_or_write(app_store, outputs):
    app, store = app_store
    c = client(app)
    sha = outputs.record.source.sha256
    refused = c.get(f"/api/documents/{sha}")
    # a coded refusal: the page script shows it in the reviewer's language (messages.toml)
    assert refused.status_code == 401 and refused.json()["code"] == "login_required"
    assert c.get(f"/documents/{sha}/pages/1.png").status_code == 401
    c.get("/login")  # an anonymous session with a CSRF token is still not a reviewer
    token = c.cookies and re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    response = c.post(
        decision_url(outputs, "噪声"),
        json={"action": "accept", "version": 0},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 401
    assert store.history() == []


@sqlite_only
def test_app_escapes_script_in_source_text(app_store, outputs):
    from std_extract.review.export import write_documents

    hostile = "<script>alert(1)</script>"
    record = outputs.record
    title = record.standard.model_copy(update={"title": hostile, "number": hostile})
    write_documents([record.model_copy(update={"standard": title})], outputs.out_dir / "documents.jsonl")
    app, _ = app_store
    c = client(app)
    login(c)
    for url in ("/", f"/documents/{record.source.sha256}"):
        html = c.get(url).text
        assert hostile not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@sqlite_only
def test_app_refuses_large_bodies(app_store, outputs):
    app, _ = app_store
    c = client(app)
    token = login(c)
    body = {"action": "edit", "version": 0, "fields": {"name": "x" * 100_000}}
    response = c.post(decision_url(outputs, "噪声"), json=body, headers={"X-CSRF-Token": token})
    assert response.status_code == 413


def _assert_refused_like_every_answer(response: httpx.Response, login_page: httpx.Response) -> None:
    assert response.status_code == 413
    assert response.json() == {"error": "request body too large"}
    assert response.headers["connection"] == "close"
    for name, value in SECURITY_HEADERS:
        assert response.headers[name.decode()] == value.decode() == login_page.headers[name.decode()]


@sqlite_only
def test_app_413_over_http_has_security_headers_and_closes(live_server):
    """The size limit's 413 (declared or chunked body) carries the headers every answer does."""
    too_big = b"x" * (MAX_BODY_BYTES + 1)
    form = {"content-type": "application/x-www-form-urlencoded"}  # read by the CSRF check
    with httpx.Client(base_url=live_server.url, headers=form) as c:
        login_page = c.get("/login")
        declared = c.post("/login", content=too_big)
        chunked = c.post("/login", content=iter([too_big[:1000], too_big[1000:]]))
    assert "content-length" in declared.request.headers
    assert chunked.request.headers["transfer-encoding"] == "chunked"
    _assert_refused_like_every_answer(declared, login_page)
    _assert_refused_like_every_answer(chunked, login_page)


@sqlite_only
def test_app_413_closes_the_connection_before_the_body_is_read(live_server):
    """The rest of a refused body is never read as the next request: the server hangs up."""
    url = urlsplit(live_server.url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        head = f"POST /login HTTP/1.1\r\nHost: {url.hostname}\r\nContent-Length: {MAX_BODY_BYTES + 1}\r\n\r\n"
        sock.sendall(head.encode() + b"GET /login HTTP/1.1\r\n")
        answer = b""
        while chunk := sock.recv(65536):  # b"" once the server has closed the connection
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert answer.count(b"HTTP/1.1 ") == 1


@sqlite_only
def test_app_unexpected_error_500_has_security_headers(app_store):
    app, _ = app_store

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    response = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500 and response.text == "Internal Server Error"
    for name, value in SECURITY_HEADERS:
        assert response.headers[name.decode()] == value.decode()


@sqlite_only
def test_app_refuses_foreign_host_header(app_store):
    app, _ = app_store
    c = TestClient(app, base_url="http://attacker.example")
    assert c.get("/login").status_code == 400


def test_app_second_save_on_same_version_is_refused_with_first_change(app_store, outputs):
    """Optimistic versioning: bob saved on version 0 after alice; he gets 409 and her change."""
    app, store = app_store
    alice, bob = client(app), client(app)
    alice_token, bob_token = login(alice, "alice"), login(bob, "bob")
    url = decision_url(outputs, "耗电量")
    first = alice.post(
        url,
        headers={"X-CSRF-Token": alice_token},
        json={"action": "edit", "version": 0, "fields": {"value": "0.40"}, "reason": "alice"},
    )
    assert first.status_code == 200 and first.json()["version"] == 1
    second = bob.post(
        url,
        headers={"X-CSRF-Token": bob_token},
        json={"action": "edit", "version": 0, "fields": {"value": "0.50"}},
    )
    assert second.status_code == 409
    conflict = second.json()
    assert conflict["current_version"] == 1
    assert {"reviewer": "alice", "field": "value", "old_value": 0.45, "new_value": 0.4}.items() <= next(
        c for c in conflict["changes"] if c["field"] == "value"
    ).items()
    state = store.indicator_state(outputs.record.source.sha256, outputs.indicator("耗电量").id)
    assert state.changes == {"value": 0.4} and state.version == 1  # alice's change stands
    # Bob saves on top of the version he was shown: accepted, and both changes are in the log.
    third = bob.post(
        url,
        headers={"X-CSRF-Token": bob_token},
        json={"action": "edit", "version": 1, "fields": {"value": "0.50"}},
    )
    assert third.status_code == 200 and third.json()["value"] == 0.5
    values = [(e.reviewer, e.old_value, e.new_value) for e in store.history() if e.field == "value"]
    assert values == [("alice", 0.45, 0.4), ("bob", 0.4, 0.5)]


@sqlite_only
def test_app_check_endpoint_warns_while_typing(app_store, outputs):
    app, _ = app_store
    c = client(app)
    token = login(c)
    sha = outputs.record.source.sha256
    energy = outputs.indicator("耗电量").id

    def warnings_for(**fields):
        response = c.post(
            f"/api/documents/{sha}/check",
            headers={"X-CSRF-Token": token},
            json={"indicator_id": energy, "fields": fields},
        )
        assert response.status_code == 200
        return {w["code"] for w in response.json()["warnings"]}

    assert warnings_for(value="0.44", unit="kWh/24h") == set()
    assert warnings_for(value="45") == {"implausible"}
    assert warnings_for(value="0.44", unit="kg") == {"unit_not_convertible"}
    assert warnings_for(value="abc") == {"bad_number"}
    # The lexicon says energy use is lower-is-better: a ≥ limit is suspicious.
    assert warnings_for(value="0.44", comparator=">=") == {"direction"}
    # Once the document is a refrigerator (3851), the household_refrigerator plan's floor applies.
    assert warnings_for(value="0.6") == set()
    c.post(
        f"/api/documents/{sha}/classification",
        headers={"X-CSRF-Token": token},
        json={"code": "3851", "version": 0},
    )
    assert warnings_for(value="0.6") == {"below_floor"}


@sqlite_only
def test_app_text_under_box_and_class_search(app_store, outputs):
    app, _ = app_store
    c = client(app)
    login(c)
    sha = outputs.record.source.sha256
    x0, top, x1, bottom = outputs.missed_bbox
    text = c.get(
        f"/api/documents/{sha}/text",
        params={"page": 1, "x0": x0 - 2, "top": top - 2, "x1": x1 + 2, "bottom": bottom + 2},
    ).json()["text"]
    assert "待机功率应不大于0.5 W" in text
    hits = c.get("/api/classes", params={"q": "制冷电器"}).json()
    assert hits[0]["code"] == "3851" and "制造业" in hits[0]["path"]
    assert c.get(f"/documents/{sha}/pages/1.png").headers["content-type"] == "image/png"
    missing_page = c.get(f"/documents/{sha}/pages/9.png")
    assert missing_page.status_code == 404 and missing_page.json()["code"] == "page_unavailable"


def test_app_save_with_an_out_of_range_version_is_422_not_500(app_store, outputs):
    # 2^70 overflowed the store's integer column: a 500 (SQLite OverflowError).
    app, store = app_store
    c = client(app)
    token = login(c)
    headers = {"X-CSRF-Token": token}
    for version in (2**70, 2**31):
        body = {"action": "accept", "version": version}
        response = c.post(decision_url(outputs, "噪声"), headers=headers, json=body)
        assert response.status_code == 422, response.text
    sha = outputs.record.source.sha256
    body = {"code": "3851", "version": 2**70}
    response = c.post(f"/api/documents/{sha}/classification", headers=headers, json=body)
    assert response.status_code == 422
    not_a_class = c.post(
        f"/api/documents/{sha}/classification", headers=headers, json={"code": "9999", "version": 0}
    )
    assert not_a_class.status_code == 422  # a coded refusal, shown in the reviewer's language
    assert not_a_class.json()["code"] == "not_a_class" and not_a_class.json()["values"] == {
        "class_code": "9999"
    }
    assert store.history() == []


@sqlite_only
@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"unit": {"a": 1}}, "unit: expected text"),  # was stored as the text "{'a': 1}"
        ({"grade": ["一级"]}, "grade: expected text"),
        ({"value": {"v": 1}}, "value: expected a number"),
        ({"value": True}, "value: expected a number"),
        ({"unit": "9" * 400}, "not a unit"),  # saved, then broke every later run (OverflowError)
        ({"unit": "kg"}, "does not convert"),  # 耗电量 is energy per time
        ({"value": "1e300"}, "out of range"),
        ({"value": "-1e16"}, "out of range"),
    ],
)
def test_app_save_validates_corrections_where_they_are_saved(app_store, outputs, fields, problem):
    app, store = app_store
    c = client(app)
    token = login(c)
    response = c.post(
        decision_url(outputs, "耗电量"),
        headers={"X-CSRF-Token": token},
        json={"action": "edit", "version": 0, "fields": fields},
    )
    assert response.status_code == 422, response.text
    assert problem in response.json()["error"]
    assert store.history() == []


@sqlite_only
def test_app_save_keeps_good_corrections_of_unit_and_number_types(app_store, outputs):
    app, store = app_store
    c = client(app)
    token = login(c)
    response = c.post(
        decision_url(outputs, "耗电量"),
        headers={"X-CSRF-Token": token},
        json={"action": "edit", "version": 0, "fields": {"value": 164.25, "unit": "kWh/年", "grade": 1}},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["value"], body["unit"], body["grade"]) == (164.25, "kWh/年", "1")
    assert body["value_normalized"] == pytest.approx(0.45, rel=1e-2)  # a year of 365.25 days


def _login_attempt(c: TestClient, name: str, password: str):
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    data = {"name": name, "password": password, "csrf_token": token}
    return c.post("/login", data=data, follow_redirects=False)


@sqlite_only
def test_app_logout_ends_the_session_on_the_server(app_store, outputs):
    # A cookie copied before logout went on working for 12 hours.
    app, _ = app_store
    c = client(app)
    login(c)
    copied = dict(c.cookies)
    sha = outputs.record.source.sha256
    assert c.get(f"/api/documents/{sha}").status_code == 200
    token = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)
    assert c.post("/logout", headers={"X-CSRF-Token": token}, follow_redirects=False).status_code == 303
    thief = client(app)
    thief.cookies.update(copied)
    assert thief.get(f"/api/documents/{sha}").status_code == 401


@sqlite_only
def test_app_admin_revokes_every_session_of_a_reviewer(app_store, outputs):
    from typer.testing import CliRunner

    from std_extract.cli import app as cli

    app, store = app_store
    laptop, phone, bob = client(app), client(app), client(app)
    login(laptop), login(phone), login(bob, "bob")
    sha = outputs.record.source.sha256
    result = CliRunner().invoke(cli, ["reviewer", "revoke", "alice", "--db", store.url])
    assert result.exit_code == 0 and "2 session(s)" in result.output
    assert laptop.get(f"/api/documents/{sha}").status_code == 401
    assert phone.get(f"/api/documents/{sha}").status_code == 401
    assert bob.get(f"/api/documents/{sha}").status_code == 200


@sqlite_only
def test_app_login_is_throttled_per_account(app_store):
    # 50 wrong passwords in 18 s, then the right one was accepted.
    app, _ = app_store
    c = client(app)
    codes = [_login_attempt(c, "alice", f"wrong guess {n}").status_code for n in range(5)]
    assert codes == [401] * 5
    locked = _login_attempt(c, "alice", PASSWORD)  # the right password, inside the lock
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    assert _login_attempt(client(app), "bob", PASSWORD).status_code == 303  # other accounts are not locked


@sqlite_only
def test_app_login_is_throttled_per_address(app_store):
    app, _ = app_store
    c = client(app)
    codes = [_login_attempt(c, f"someone{n}", "wrong guess!!").status_code for n in range(20)]
    assert set(codes) == {401}
    assert _login_attempt(c, "bob", PASSWORD).status_code == 429  # the address is blocked


def test_app_reviewer_passwords_have_a_minimum_length(tmp_path):
    store = open_store(out_dir=tmp_path)
    with pytest.raises(ValueError, match="at least 12 characters"):
        store.add_reviewer("eve", "short pw")
    store.add_reviewer("eve", "a long enough pass")
    store.close()


@sqlite_only
def test_app_queue_pages_keep_the_filters(app_store):
    app, _ = app_store
    c = client(app)
    login(c)
    first = c.get("/", params={"q": "冰箱", "per_page": 2}).text
    assert len(re.findall(r'<tr class="state-[a-z_]+" data-sha=', first)) == 2
    assert "第 1 / 2 页，共 3 个文件" in first and 'id="prev-rows"' not in first
    next_link = re.search(r'id="next-rows" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert "q=%E5%86%B0%E7%AE%B1" in next_link and "page=2" in next_link
    second = c.get("/" + next_link).text
    assert len(re.findall(r'<tr class="state-[a-z_]+" data-sha=', second)) == 1
    assert 'id="prev-rows"' in second and 'id="next-rows"' not in second
    assert "第 2 / 2 页" in c.get("/", params={"page": 99, "per_page": 2}).text  # past the end: the last
