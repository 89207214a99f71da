"""corpus/luatex's printer (scripts/print_luatex.py; the shared checks of every typeset set are in
test_authored_sets.py): its house style (GB/T 1.1-2020's: "表N（续）" on the pages a table runs onto, 黑体
headings without bold, notes in the note face) written into the LuaLaTeX source, and a reprint puts every
value on the page the gold records, byte for byte.  The set is held out whole until the lead's
first measurement: nothing here reads a document's text or runs the extractor."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from corpora import LUATEX, print_script


@pytest.fixture(scope="module")
def printer():
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_luatex") as module:
        yield module


def _doc(printer):
    sys.path.insert(0, str(LUATEX / "src"))
    sys.modules.pop("kit", None)
    import kit

    return kit.Doc(
        stem="x",
        category="x",
        code=None,
        kind="GB",
        number="GB 1—2026",
        title=["x"],
        issuers=["x"],
        issued="2026-01-01",
        effective="2026-01-02",
    ), kit


def test_luatex_writer_captions_a_continued_table_as_gb_does(printer):
    doc, kit = _doc(printer)
    doc.table("3", "微生物限量", [["项目", "指标"], ["a", kit.V("1", kit.R("x", "<=", 1.0))]])
    source = printer.LuaWriter(doc).write()
    assert r"\heiti 表3\quad 微生物限量" in source
    assert r"\heiti 表3（续）" in source  # the header repeated under "表3（续）"
    assert "续表3" not in source  # the twin: the XeLaTeX sets' caption is not left behind


def test_luatex_writer_sets_headings_in_heiti_without_bold(printer):
    doc, _ = _doc(printer)
    doc.h("4", "技术要求")
    doc.cl("4.1", "原料应符合规定。")
    source = printer.LuaWriter(doc).write()
    assert r"{\heiti 4\quad 技术要求}" in source
    assert r"{\heiti 4.1}\quad 原料应符合规定。" in source
    assert r"\textbf{4}" not in source


def test_luatex_tables_are_full_grid_with_notes_inside(printer):
    doc, _ = _doc(printer)
    doc.table("1", "x", [["项目", "指标"], ["a", "b"]], notes=["注：x。"])
    data = doc.body[-1].data
    assert data["style"] == "grid" and data["inside"] is True


def test_luatex_reprint_gives_the_same_bytes_and_every_value_on_its_gold_page(printer, tmp_path):
    """SOURCE_DATE_EPOCH fixes the dates and the writer fixes the /ID from the stem (LuaTeX would derive it
    from the temporary folder's path): a reprint is the committed PDF byte for byte."""
    if not shutil.which("lualatex"):
        pytest.skip("LuaLaTeX is needed to reprint corpus/luatex")
    fonts = [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ]
    if not all(Path(f).is_file() for f in fonts):
        pytest.skip("the Noto CJK fonts of corpus/luatex are needed to reprint it")
    import printkit

    stem = "lu_juicer_01"
    doc = printkit.load_document(printer.SOURCES, stem)
    pdf, pages = printer.typeset(doc, tmp_path)
    gold = json.loads((LUATEX / f"src/printed/{stem}.json").read_text(encoding="utf-8"))
    assert [e["page"] for e in gold] == [pages[f"v{v.label}"] for v in doc.values]
    assert pdf.read_bytes() == (LUATEX / f"{stem}.pdf").read_bytes()
