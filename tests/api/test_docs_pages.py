"""The interactive API documentation works without internet: Swagger UI and ReDoc load their
scripts from the server itself, checked in Debian's Chromium with every other host blocked."""

from __future__ import annotations

import pytest

from .server import LiveServer


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory):
    server = LiveServer(db=tmp_path_factory.mktemp("docs") / "api.sqlite", workers=1).start()
    yield server
    server.stop()


def _offline_page(browser, base_url: str):
    context = browser.new_context()
    requested: list[tuple[str, str]] = []
    page = context.new_page()

    def only_this_server(route):
        requested.append((route.request.resource_type, route.request.url))
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", only_this_server)
    page.set_default_timeout(20_000)
    return context, page, requested


@pytest.mark.parametrize(
    ("path", "ready"),
    [
        ("/docs", ".swagger-ui .opblock-summary-path"),  # one block per operation
        ("/redoc", "[data-section-id^='tag/documents']"),
    ],
)
def test_docs_pages_render_their_operations_with_no_other_host_reachable(browser, docs_server, path, ready):
    context, page, requested = _offline_page(browser, docs_server.url)
    try:
        page.goto(docs_server.url + path)
        page.wait_for_selector(ready)
        assert "/v1/documents" in page.content()
        # Every script, stylesheet and font comes from the server.  (ReDoc's bundle links its
        # "by Redocly" badge image on the vendor's host; blocked, the page still works.)
        outside = [(kind, url) for kind, url in requested if not url.startswith(docs_server.url)]
        assert [(kind, url) for kind, url in outside if kind != "image"] == [], outside
    finally:
        context.close()


def test_docs_assets_are_served_by_the_api(docs_server):
    html = docs_server.client.get("/docs").text
    assert "cdn.jsdelivr.net" not in html and "/static-offline-docs/swagger-ui-bundle.js" in html
    script = docs_server.client.get("/static-offline-docs/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000
