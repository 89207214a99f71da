"""corpus/context's printer (scripts/print_context.py; the shared checks of every typeset set, and the
byte-identical reprint, are in test_authored_sets.py): its house style written into the ConTeXt source —
natural tables placed with their caption below, xtables that run onto the next page under a "表N（续）"
row with their header repeated, notes under the table outside the frame, a two-column 前言, list items as
one ConTeXt itemize — and the fixed time stamps and identifier a reprint relies on.  The set is held out
whole this session: nothing here reads a document's text or runs the extractor."""

from __future__ import annotations

import pytest
from corpora import CONTEXT, import_kit, print_script


@pytest.fixture(scope="module")
def printer():
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_context") as module:
        yield module


def _doc():
    kit = import_kit(CONTEXT)
    doc = kit.Doc(
        stem="cx_x",
        category="x",
        code=None,
        kind="Q",
        mark="Q/XX",
        line="某某有限公司企业标准",
        short="样品",
        number="Q/XX 001—2026",
        title=["样品"],
        issuers=["某某有限公司"],
        issued="2026-01-01",
        effective="2026-02-01",
    )
    doc.preface("本文件按照GB/T 1.1—2020的规定起草。")
    return doc, kit


def test_context_preamble_fixes_the_time_stamps_and_leaves_out_the_xmp_packet(printer):
    doc, _ = _doc()
    source = printer.ContextWriter(doc).write()
    assert 'backends.timestamp = function() return "2026-01-01T00:00:00+00:00" end' in source
    assert 'trailer_id = "corpus/context cx_x"' in source  # the /ID hashed from the stem
    assert r"\disabledirectives[backend.xmp]" in source  # the XMP packet carries random uuids
    assert r"\documentclass" not in source and r"\starttext" in source  # ConTeXt, not LaTeX


def test_context_natural_table_is_a_float_with_its_caption_below_and_notes_under_it(printer):
    doc, kit = _doc()
    rows = [["项目", "指标"], ["水分", kit.V("5.0", kit.R("水分", "<=", 5.0, "%"))]]
    doc.table("2", "理化指标", rows, notes=["注：以干基计。"])
    source = printer.ContextWriter(doc).write()
    assert r"\setupcaptions[table][location=bottom" in source
    assert r"\placetable[here]{表2\quad 理化指标}" in source
    assert source.index(r"\eTABLE") < source.index("注：以干基计。")  # under the table
    assert r"\cxmark{v0}5.0" in source  # the value's mark, read back at shipout


def test_context_xtable_repeats_its_header_under_a_continued_caption(printer):
    doc, kit = _doc()
    rows = [["型号", "效率"], ["A-1", kit.V("30", kit.R("效率", ">=", 30.0, "%", cond=["A-1"]))]]
    doc.table("1", "基本参数", rows, engine="xtable")
    source = printer.ContextWriter(doc).write()
    assert r"\startxtable[split=repeat,header=repeat" in source
    assert r"\startxtablenext" in source and "表1（续）" in source
    assert source.index(r"\stopxtable") < source.index(r"表1\quad 基本参数")  # the caption below
    twin, _ = _doc()
    twin.table("1", "基本参数", rows)  # the natural table has no continued caption
    assert "（续）" not in printer.ContextWriter(twin).write()


def test_context_kit_refuses_a_value_in_a_header_row_and_an_unknown_engine():
    doc, kit = _doc()
    with pytest.raises(ValueError):
        doc.table("1", "x", [["项目", kit.V("1", kit.R("x", "<=", 1.0))], ["a", "b"]], engine="xtable")
    with pytest.raises(ValueError):
        doc.table("1", "x", [["项目", "指标"], ["a", "b"]], engine="longtable")


def test_context_front_matter_in_two_columns_and_items_as_one_itemize(printer):
    doc, kit = _doc()
    doc.cl("4.1", "电气安全：")
    doc.item("a)", "泄漏电流", kit.V("不应大于0.75 mA", kit.R("泄漏电流", "<=", 0.75, "mA")), "；")
    doc.item("b)", "其他应符合规定。")
    doc.p("其他要求：")
    doc.item("（1）", "另一列表。")  # the twin: a mark no conversion makes is set as given
    source = printer.ContextWriter(doc).write()
    assert r"\startcolumns[n=2" in source
    assert source.count(r"\startitemize[a,packed]") == 1
    assert r"\sym{（1）}" in source


def test_context_missing_characters_are_read_from_the_fonts_tracker(printer):
    log = "fonts > checking > char 䓛 (U+044DB) in font 'TeXGyrePagella-Regular-2' with id 6: missing"
    assert printer.missing_characters(log) == [("䓛", "TeXGyrePagella-Regular-2")]
    assert printer.missing_characters("fonts > 'fallback modern-designsize tt 10.5pt' is loaded") == []
