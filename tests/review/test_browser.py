"""End to end in headless Chromium: a reviewer works through a document with the keyboard and the
mouse, then the outputs are re-run and must carry every decision (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from corpora import REPO

from std_extract.review import apply_corrections, open_store
from std_extract.review.export import export_reviewed, read_documents, write_documents

from .workbench import log_in

# The screenshot in docs/ is refreshed only when asked (STD_EXTRACT_UPDATE_DOCS=1), so that a test run
# leaves the working tree clean; otherwise it is still taken, into the test's temporary folder.
SCREENSHOT = REPO / "docs" / "review-screen.png"
UPDATE_DOCS = os.environ.get("STD_EXTRACT_UPDATE_DOCS") == "1"


def _doc_url(server, outputs) -> str:
    return f"{server.url}/documents/{outputs.record.source.sha256}"


def _state_of(page, indicator_id: str, state: str) -> None:
    page.wait_for_selector(f'#value-list li[data-id="{indicator_id}"][data-state="{state}"]')


def _drag_box(page, bbox, page_size) -> None:
    """Draw ``bbox`` (PDF points, a little padded) on the page image with the mouse."""
    rect = page.locator("#overlay").bounding_box()
    sx, sy = rect["width"] / page_size[0], rect["height"] / page_size[1]
    x0, top, x1, bottom = bbox[0] - 3, bbox[1] - 3, bbox[2] + 3, bbox[3] + 3
    page.mouse.move(rect["x"] + x0 * sx, rect["y"] + top * sy)
    page.mouse.down()
    page.mouse.move(rect["x"] + (x0 + x1) / 2 * sx, rect["y"] + (top + bottom) / 2 * sy, steps=3)
    page.mouse.move(rect["x"] + x1 * sx, rect["y"] + bottom * sy, steps=3)
    page.mouse.up()


def test_browser_review_flow_reaches_outputs_and_audit_log(page, live_server, outputs, db_url, tmp_path):
    energy, noise = outputs.indicator("耗电量"), outputs.indicator("噪声")
    charge = outputs.indicator("制冷剂充注量偏差")

    log_in(page, live_server.url)
    assert page.locator("#queue tbody tr").count() == 3
    page.click("text=Q/TEST 001-2024")
    page.wait_for_selector('#workbench[data-ready="1"]')
    page.wait_for_function("document.getElementById('page-image').naturalWidth > 0")

    # Click a box: its card opens and the box is highlighted.
    page.click('#overlay rect[data-index="0"]', force=True)
    assert page.text_content("#card-name") == "耗电量"
    assert "selected" in page.get_attribute('#overlay rect[data-index="0"]', "class")

    # Correct it: e, type, the as-you-type check warns about an implausible value, Enter saves.
    page.keyboard.press("e")
    page.fill('#edit-form [name="value"]', "45")
    page.wait_for_selector("#warnings li.implausible")
    assert "45 与其他标准的数值相差很大（0.5..0.62" in page.text_content("#warnings")  # in Chinese
    page.fill('#edit-form [name="value"]', "0.42")
    page.fill('#edit-form [name="reason"]', "misread in the scan")
    page.wait_for_selector("#warnings li", state="detached")
    page.keyboard.press("Enter")
    _state_of(page, energy.id, "corrected")

    # Enter moved on to 噪声: accept it with a.
    page.wait_for_function("document.getElementById('card-name').textContent === '噪声'")
    page.keyboard.press("a")
    _state_of(page, noise.id, "accepted")

    # a moved on to 冷藏室温度; j goes to the next value, r rejects it.
    page.wait_for_function("document.getElementById('card-name').textContent === '冷藏室温度'")
    page.keyboard.press("j")
    page.wait_for_function("document.getElementById('card-name').textContent === '制冷剂充注量偏差'")
    page.keyboard.press("r")
    _state_of(page, charge.id, "rejected")

    # Add the value the extractor missed by drawing a box around it.
    page.keyboard.press("d")
    _drag_box(page, outputs.missed_bbox, (595.2756, 841.8898))
    page.wait_for_selector("#edit-form:not([hidden])")
    source = page.input_value('#edit-form [name="source_text"]')
    assert "待机功率应不大于0.5" in source
    assert page.input_value('#edit-form [name="value"]') == "0.5"
    assert page.input_value('#edit-form [name="comparator"]') == "<="
    page.fill('#edit-form [name="name"]', "待机功率")
    page.fill('#edit-form [name="canonical_id"]', "standby_power")
    page.fill('#edit-form [name="unit"]', "W")
    page.press('#edit-form [name="name"]', "Enter")
    page.wait_for_selector('#value-list li[data-state="added"]')

    # Change the class with the searchable picker.
    page.fill("#class-search", "制冷电器")
    page.click('#class-results button[data-code="3851"]')
    page.wait_for_function("document.getElementById('class-current').textContent.startsWith('3851')")

    # Each value shows its history.
    page.click(f'#value-list li[data-id="{energy.id}"]')
    page.click("details.history summary")
    assert "0.45 → 0.42" in page.text_content("#history")
    if db_url.startswith("sqlite"):
        page.evaluate("window.scrollTo(0, 0)")
        shot = SCREENSHOT if UPDATE_DOCS else outputs.out_dir / "review-screen.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000  # a rendered page, not an empty image

    # Re-run the outputs: the same extraction, corrections applied, documents.jsonl written again.
    store = open_store(db_url)
    try:
        write_documents(apply_corrections(outputs.records, store), outputs.out_dir / "documents.jsonl")
    finally:
        store.close()
    reread = read_documents(outputs.out_dir / "documents.jsonl")[0]
    by_name = {i.name: i for i in reread.indicators}
    assert by_name["耗电量"].review_state == "corrected" and by_name["耗电量"].value == 0.42
    assert by_name["耗电量"].value_normalized == 0.42 and by_name["耗电量"].id == energy.id
    assert by_name["噪声"].review_state == "accepted" and by_name["噪声"].value == 38
    assert by_name["制冷剂充注量偏差"].review_state == "rejected"
    assert by_name["冷藏室温度"].review_state == "extracted"
    added = by_name["待机功率"]
    assert (added.review_state, added.comparator, added.value, added.unit) == ("added", "<=", 0.5, "W")
    assert added.canonical_id == "standby_power"
    assert "待机功率应不大于0.5" in added.provenance[0].source_text
    assert all(abs(a - b) < 6 for a, b in zip(added.provenance[0].bbox, outputs.missed_bbox, strict=True))
    assert reread.classification.code == "3851" and not reread.classification.needs_review

    # The audit log says who did what.
    export_dir = tmp_path / "export"
    counts = export_reviewed(outputs.out_dir, db_url, export_dir)
    assert counts["documents"] == 3
    events = [
        json.loads(line) for line in (export_dir / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert all(e["reviewer"] == "alice" for e in events)
    seen = {
        (e["indicator_id"], e["field"], json.dumps(e["old_value"]), json.dumps(e["new_value"]))
        for e in events
    }
    assert (energy.id, "value", "0.45", "0.42") in seen
    assert (energy.id, "review_state", '"extracted"', '"corrected"') in seen
    assert (noise.id, "review_state", '"extracted"', '"accepted"') in seen
    assert (charge.id, "review_state", '"extracted"', '"rejected"') in seen
    assert any(e["field"] == "indicator" and e["new_value"]["name"] == "待机功率" for e in events)
    assert any(e["field"] == "classification.code" and e["new_value"] == "3851" for e in events)
    assert next(e for e in events if e["field"] == "value")["reason"] == "misread in the scan"
    csv_text = (export_dir / "audit.csv").read_text(encoding="utf-8")
    assert csv_text.count("\n") == len(events) + 1
    exported = read_documents(export_dir / "documents.jsonl")[0]
    assert {i.name: i.review_state for i in exported.indicators} == {
        i.name: i.review_state for i in reread.indicators
    }


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_browser_escapes_untrusted_text(page, live_server, outputs, tmp_path: Path):
    """Extracted text holding markup is shown as text and never runs."""
    record = outputs.record
    hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    first = record.indicators[0]
    prov = first.provenance[0].model_copy(update={"source_text": hostile})
    evil = first.model_copy(update={"name": "耗电量" + hostile, "provenance": [prov]})
    poisoned = record.model_copy(
        update={
            "indicators": [evil, *record.indicators[1:]],
            "standard": record.standard.model_copy(update={"title": hostile}),
        }
    )
    write_documents([poisoned, *outputs.peers], outputs.out_dir / "documents.jsonl")

    log_in(page, live_server.url)
    assert hostile in page.text_content("#queue")  # shown as text in the queue
    page.goto(_doc_url(live_server, outputs))
    page.wait_for_selector('#workbench[data-ready="1"]')
    page.click(f'#value-list li[data-id="{first.id}"]')
    assert page.text_content("#card-name") == "耗电量" + hostile
    assert page.text_content("#card-fields dd.source-text") == hostile
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#card script, #card img, #queue script").count() == 0


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_browser_conflict_shows_the_first_change_and_keeps_the_second(browser, page, live_server, outputs):
    """Bob edits a value Alice saved meanwhile: refused, Alice's change shown, Bob's edit kept."""
    energy = outputs.indicator("耗电量")
    bob_context = browser.new_context(viewport={"width": 1500, "height": 1000}, bypass_csp=True)
    bob = bob_context.new_page()
    bob.set_default_timeout(10_000)
    try:
        for who, tab in (("alice", page), ("bob", bob)):
            log_in(tab, live_server.url, who)
            tab.goto(_doc_url(live_server, outputs))
            tab.wait_for_selector('#workbench[data-ready="1"]')
            tab.click(f'#value-list li[data-id="{energy.id}"]')
        page.keyboard.press("e")
        page.fill('#edit-form [name="value"]', "0.40")
        page.keyboard.press("Enter")
        _state_of(page, energy.id, "corrected")

        bob.keyboard.press("e")
        bob.fill('#edit-form [name="value"]', "0.50")
        bob.keyboard.press("Enter")
        bob.wait_for_selector("#conflict:not([hidden])")
        assert "alice: 数值 0.45 → 0.4" in bob.text_content("#conflict-changes")
        assert bob.input_value('#edit-form [name="value"]') == "0.50"  # nothing lost
        bob.click("#conflict-retry")
        _state_of(bob, energy.id, "corrected")
        assert "0.4 → 0.5" in bob.text_content("#history")
    finally:
        bob_context.close()
    state = live_server.store.indicator_state(outputs.record.source.sha256, energy.id)
    assert state.changes == {"value": 0.5} and state.version == 2
