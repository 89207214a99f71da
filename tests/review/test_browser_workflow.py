"""The workbench's newer flows in headless Chromium: Chinese by default, undo by key, document
states with a second reviewer, search, zoom and pan, selecting printed text to fill a field,
metadata corrections and a failed document's reason."""

from __future__ import annotations

import os

import pytest
from corpora import REPO

from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import DocumentRecord
from std_extract.review.service import ReviewService

from .workbench import MISSED_SENTENCE, log_in, write_records

UPDATE_DOCS = os.environ.get("STD_EXTRACT_UPDATE_DOCS") == "1"
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
SCROLL = "(() => { const v = document.getElementById('viewport'); return [v.scrollLeft, v.scrollTop]; })()"


def _open(page, server, outputs):
    page.goto(f"{server.url}/documents/{outputs.record.source.sha256}")
    page.wait_for_selector('#workbench[data-ready="1"]')


def _state_of(page, indicator_id: str, state: str) -> None:
    page.wait_for_selector(f'#value-list li[data-id="{indicator_id}"][data-state="{state}"]')


def _shot(page, outputs, name: str) -> None:
    """A screenshot for docs/ (written there only with STD_EXTRACT_UPDATE_DOCS=1)."""
    path = REPO / "docs" / name if UPDATE_DOCS else outputs.out_dir / name
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000


def _decide_flagged(server, outputs, reviewer="alice"):
    service = ReviewService(outputs.out_dir, server.store, [outputs.input_dir])
    sha = outputs.record.source.sha256
    service.decide(sha, outputs.indicator("噪声").id, action="accept", version=0, reviewer=reviewer)
    service.decide(
        sha, outputs.indicator("制冷剂充注量偏差").id, action="reject", version=0, reviewer=reviewer
    )
    service.set_class(sha, "3851", version=0, reviewer=reviewer)


@sqlite_only
def test_browser_chinese_by_default_and_english_remembered(page, live_server, outputs):
    page.goto(f"{live_server.url}/login")
    assert page.text_content("h1") == "审核员登录"
    assert page.get_attribute("html", "lang") == "zh-CN"
    log_in(page, live_server.url)
    assert "标准号" in page.text_content("#queue thead")
    assert "未开始" in page.text_content("#queue tbody")
    page.goto(f"{live_server.url}/?q=冰箱&state=todo")
    page.click("#lang-switch")
    page.wait_for_selector('html[lang="en"]')
    assert "Standard" in page.text_content("#queue thead")
    assert page.input_value("#search") == "冰箱"  # the filters stay
    page.goto(f"{live_server.url}/")  # the choice is remembered (a cookie)
    assert "Need review" in page.text_content("#queue thead")
    _open(page, live_server, outputs)
    assert page.text_content("#accept") == "Accept (a)"
    assert page.text_content("#counts") == "0 / 4 reviewed"
    page.goto(f"{live_server.url}/?lang=zh")
    _open(page, live_server, outputs)
    assert page.text_content("#accept") == "确认 (a)"
    assert page.text_content("#counts") == "已审 0 / 4"


@sqlite_only
def test_browser_undo_by_key_is_an_event(page, live_server, outputs):
    energy, noise = outputs.indicator("耗电量"), outputs.indicator("噪声")
    log_in(page, live_server.url)
    _open(page, live_server, outputs)
    assert page.text_content("#status-detail") == "还有 3 项待审"
    page.click(f'#value-list li[data-id="{noise.id}"]')
    page.keyboard.press("a")
    _state_of(page, noise.id, "accepted")
    page.wait_for_function("document.getElementById('status-detail').textContent === '还有 2 项待审'")
    page.click(f'#value-list li[data-id="{energy.id}"]')
    page.keyboard.press("e")
    page.fill('#edit-form [name="value"]', "0.42")
    page.keyboard.press("Enter")
    _state_of(page, energy.id, "corrected")
    page.keyboard.press("Control+z")
    _state_of(page, energy.id, "extracted")
    assert "已撤销" in page.text_content("#message")
    page.keyboard.press("u")
    _state_of(page, noise.id, "extracted")
    page.wait_for_function("document.getElementById('status-detail').textContent === '还有 3 项待审'")
    page.click(f'#value-list li[data-id="{energy.id}"]')
    page.click("#card details.history summary")
    history = page.text_content("#history")
    assert "0.45 → 0.42" in history and "撤销 #1" in history and "0.42 → 0.45" in history
    fields = [e.field for e in live_server.store.history(outputs.record.source.sha256)]
    assert fields.count("undo") == 2 and len(fields) == 8  # 3 + 5 events of the undos: nothing rewritten


@sqlite_only
def test_browser_done_then_sent_back_by_a_second_reviewer_then_approved(browser, page, live_server, outputs):
    _decide_flagged(live_server, outputs)
    log_in(page, live_server.url)
    _open(page, live_server, outputs)
    assert page.is_disabled("#approve")
    page.click("#mark-done")
    page.wait_for_selector('#workbench[data-status="done"]')
    assert "alice 标记完成" in page.text_content("#status-detail")

    bob_context = browser.new_context(viewport={"width": 1500, "height": 1000}, bypass_csp=True)
    bob = bob_context.new_page()
    bob.set_default_timeout(10_000)
    try:
        log_in(bob, live_server.url, "bob")
        bob.select_option("#state-filter", "done")
        bob.click("#filter")
        assert bob.locator("#queue tbody tr").count() == 1
        bob.click("text=Q/TEST 001-2024")
        bob.wait_for_selector('#workbench[data-ready="1"]')
        bob.fill("#send-back-reason", "噪声应核对检验方法")
        bob.click("#send-back")
        bob.wait_for_selector('#workbench[data-status="sent_back"]')
        bob.goto(f"{live_server.url}/?state=sent_back")
        row = bob.locator("#queue tbody tr")
        assert row.count() == 1 and row.get_attribute("data-state") == "sent_back"
        assert "噪声应核对检验方法" in bob.get_attribute("#queue tbody td.state", "title")
    finally:
        bob_context.close()

    page.reload()
    page.wait_for_selector('#workbench[data-status="sent_back"]')
    assert "噪声应核对检验方法" in page.text_content("#status-detail")
    page.click("#mark-done")
    page.wait_for_selector('#workbench[data-status="done"]')
    page.click("#approve")  # alice marked it done: she cannot approve it
    page.wait_for_selector("#message.error")
    assert "须由另一位审核员" in page.text_content("#message")
    page.goto(f"{live_server.url}/")
    assert "alice" in page.text_content("#reviewers")
    assert page.text_content('#progress li[data-state="done"] strong') == "1"


@sqlite_only
def test_browser_search_the_queue(page, live_server, outputs):
    log_in(page, live_server.url)
    for query, expected in (
        ("q/test 001", 1),
        ("制冷剂", 1),
        ("冰箱", 3),
        ("ＰＥＥＲ", 2),
        ("绝无此标准", 0),
    ):
        page.fill("#search", query)
        page.press("#search", "Enter")
        page.wait_for_load_state()
        rows = page.locator("#queue tbody tr[data-sha]").count()
        assert rows == expected, query
    assert page.text_content("#queue .empty") == "没有符合条件的文件。"
    page.fill("#search", "")
    page.press("#search", "Enter")
    page.wait_for_load_state()
    _shot(page, outputs, "review-queue.png")


def _text_spans(page, needle: str) -> tuple[dict, dict]:
    """The first and last character box of ``needle`` in the page's text layer."""
    line, start = page.evaluate(
        """(needle) => {
            const lines = {};
            document.querySelectorAll('#text-layer span').forEach((s) => {
                lines[s.dataset.line] = (lines[s.dataset.line] || '') + s.textContent;
            });
            const key = Object.keys(lines).find((k) => lines[k].includes(needle));
            return [key, lines[key].indexOf(needle)];
        }""",
        needle,
    )
    span = 'span[data-line="{}"][data-char="{}"]'
    first = page.locator("#text-layer " + span.format(line, start)).bounding_box()
    last = page.locator("#text-layer " + span.format(line, start + len(needle) - 1)).bounding_box()
    return first, last


def _select(page, first: dict, last: dict) -> None:
    page.mouse.move(first["x"] + 1, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] / 2, steps=5)
    page.mouse.move(last["x"] + last["width"] - 1, last["y"] + last["height"] / 2, steps=2)
    page.mouse.up()


@sqlite_only
def test_browser_zoom_pan_and_select_printed_text(page, live_server, outputs):
    noise = outputs.indicator("噪声")
    log_in(page, live_server.url)
    _open(page, live_server, outputs)
    page.wait_for_selector('#text-layer[data-page="1"] span')
    width = page.locator("#page").bounding_box()["width"]
    page.keyboard.press("+")
    page.keyboard.press("+")
    page.wait_for_selector('#workbench[data-zoom="1.5"]')
    assert page.text_content("#zoom-label") == "150%"
    assert abs(page.locator("#page").bounding_box()["width"] - 1.5 * width) < 2
    # Space + drag pans the zoomed page.
    viewport = page.locator("#viewport").bounding_box()
    before = page.evaluate(SCROLL)
    page.keyboard.down(" ")
    page.mouse.move(viewport["x"] + 300, viewport["y"] + 300)
    page.mouse.down()
    page.mouse.move(viewport["x"] + 200, viewport["y"] + 220, steps=4)
    page.mouse.up()
    page.keyboard.up(" ")
    after = page.evaluate(SCROLL)
    assert (round(after[0] - before[0]), round(after[1] - before[1])) == (100, 80)
    page.keyboard.press("0")
    page.wait_for_selector('#workbench[data-zoom="1"]')

    # Select the sentence with its clause number: a new value, the clause read as the clause.
    first, last = _text_spans(page, MISSED_SENTENCE)
    _select(page, first, last)
    page.wait_for_selector("#select-menu:not([hidden])")
    _shot(page, outputs, "review-select.png")
    page.click("#select-add")
    page.wait_for_selector("#edit-form:not([hidden])")
    assert page.input_value('#edit-form [name="source_text"]') == MISSED_SENTENCE
    fields = {n: page.input_value(f'#edit-form [name="{n}"]') for n in ("name", "value", "unit", "clause")}
    assert fields == {"name": "待机功率", "value": "0.5", "unit": "W", "clause": "4.3"}
    assert page.input_value('#edit-form [name="comparator"]') == "<="
    page.keyboard.press("Escape")

    # With a value's form open, selected text fills the field picked.
    page.click(f'#value-list li[data-id="{noise.id}"]')
    page.keyboard.press("e")
    page.fill('#edit-form [name="unit"]', "")
    first, last = _text_spans(page, "dB(A)")
    _select(page, first, last)
    page.wait_for_selector("#select-menu:not([hidden])")
    page.click('#select-menu button[data-fill="unit"]')
    assert page.input_value('#edit-form [name="unit"]') == "dB(A)"


@sqlite_only
def test_browser_draw_box_around_a_clause_number_reads_the_value(page, live_server, outputs):
    """Boxing "4.3 待机功率应不大于0.5 W。" fills clause 4.3, not the value 4.3; a qualitative value
    with a number is refused with the reason."""
    import pdfplumber

    with pdfplumber.open(outputs.pdf) as pdf:
        hit = pdf.pages[0].search(MISSED_SENTENCE.rstrip("。"), regex=False)[0]
    log_in(page, live_server.url)
    _open(page, live_server, outputs)
    page.keyboard.press("d")
    rect = page.locator("#overlay").bounding_box()
    sx, sy = rect["width"] / 595.2756, rect["height"] / 841.8898
    page.mouse.move(rect["x"] + (hit["x0"] - 3) * sx, rect["y"] + (hit["top"] - 3) * sy)
    page.mouse.down()
    page.mouse.move(rect["x"] + (hit["x1"] + 3) * sx, rect["y"] + (hit["bottom"] + 3) * sy, steps=4)
    page.mouse.up()
    page.wait_for_selector("#edit-form:not([hidden])")
    fields = {n: page.input_value(f'#edit-form [name="{n}"]') for n in ("clause", "name", "value", "unit")}
    assert fields == {"clause": "4.3", "name": "待机功率", "value": "0.5", "unit": "W"}
    page.select_option('#edit-form [name="comparator"]', "qualitative")
    page.wait_for_selector("#warnings li.shape")
    assert "定性要求不应有数值或单位" in page.text_content("#warnings")
    page.press('#edit-form [name="name"]', "Enter")
    page.wait_for_selector("#message.error")
    assert "数值、单位：定性要求不应有数值或单位" in page.text_content("#message")
    assert page.locator('#value-list li[data-state="added"]').count() == 0


@sqlite_only
def test_browser_metadata_edit_and_a_failed_documents_reason(page, live_server, outputs):
    failed = DocumentRecord(
        source=outputs.record.source.model_copy(update={"sha256": "f" * 64, "path": "scan.pdf"}),
        status="failed",
        errors=[
            ErrorItem(
                stage="parse",
                code=ErrorCode.NO_TEXT_LAYER,
                message="scan.pdf: no page has a text layer (a scanned document); install the ocr extra",
            )
        ],
    )
    write_records([*outputs.records, failed], outputs.out_dir)
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/documents/{'f' * 64}")
    page.wait_for_selector('#workbench[data-ready="1"]')
    banner = page.text_content("#doc-errors")
    assert "该文件处理失败" in banner and "扫描件" in banner and "no page has a text layer" in banner

    _open(page, live_server, outputs)
    page.click("#meta-edit")
    page.fill('#meta-form [name="enterprise"]', "青岛某电器有限公司")
    page.fill('#meta-form [name="issued"]', "2024年1月5日")
    page.fill('#meta-form [name="reason"]', "封面")
    page.click("#meta-save")
    page.wait_for_selector('#meta-fields dd.corrected[data-field="issued"]')
    assert page.text_content('#meta-fields dd[data-field="issued"]') == "2024-01-05"
    page.click("#metadata details.history summary")
    assert "企业: — → 青岛某电器有限公司 (封面)" in page.text_content("#doc-history")
    page.goto(f"{live_server.url}/?q=某电器")
    assert page.locator("#queue tbody tr[data-sha]").count() == 1
