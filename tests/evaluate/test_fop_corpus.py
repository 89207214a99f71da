"""corpus/fop's printer (scripts/print_fop.py; the shared checks of every typeset set, and the byte-identical
reprint, are in test_authored_sets.py): its house style written into the XSL-FO — a GB/T 1.1 cover, running
heads filled by fo:retrieve-marker from the chapter headings, fo:table headers repeated on every part of a
table, a table split where the layout broke it under a "表N（续）" caption, fo:footnote, fo:list-block — the
page of every value read from FOP's intermediate format, and the time stamps and identifier a reprint relies
on.  The set is held out whole this session: nothing here reads a document's text or runs the extractor, and
nothing here needs FOP."""

from __future__ import annotations

import xml.dom.minidom

import pytest
from corpora import FOP, import_kit, print_script


@pytest.fixture(scope="module")
def printer():
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_fop") as module:
        yield module


def _doc():
    kit = import_kit(FOP)
    doc = kit.Doc(
        stem="fo_x",
        category="x",
        code=None,
        kind="GB/T",
        mark="GB/T",
        number="GB/T 1—2026",
        title=["样品"],
        issuers=["国家市场监督管理总局"],
        issued="2026-01-01",
        effective="2026-02-01",
    )
    doc.preface("本文件按照GB/T 1.1—2020的规定起草。")
    return doc, kit


def _rows(kit, n):
    rows = [["项目", "指标"]]
    rows += [[f"项{i}", kit.V(f"{i}.5", kit.R(f"项{i}", "<=", i + 0.5, "%"))] for i in range(n)]
    return rows


def test_fop_document_is_well_formed_xsl_fo_with_fixed_xmp_dates(printer):
    doc, kit = _doc()
    doc.h("1", "范围")
    doc.table("1", "理化指标", _rows(kit, 3))
    source = printer.FoWriter(doc).write()
    xml.dom.minidom.parseString(source.encode("utf-8"))  # well-formed
    assert 'xmlns:fo="http://www.w3.org/1999/XSL/Format"' in source
    assert "<xmp:CreateDate>2026-01-01T00:00:00Z</xmp:CreateDate>" in source
    assert 'font-family="Song, DejaVu"' in source  # the fallback face for the signs the Chinese faces lack
    assert '<fo:inline id="v0">0.5</fo:inline>' in source  # the value's id, found again in the layout


def test_fop_running_head_is_the_chapter_marker_and_the_number(printer):
    doc, _ = _doc()
    doc.h("4", "技术要求")
    doc.h("4.1", "感官要求")  # a clause heading sets no marker
    source = printer.FoWriter(doc).write()
    assert '<fo:retrieve-marker retrieve-class-name="chapter"' in source
    assert '<fo:marker marker-class-name="chapter">4　技术要求</fo:marker>' in source
    assert "4.1　感官要求</fo:marker>" not in source


def test_fop_table_repeats_its_header_and_splits_under_a_continued_caption(printer):
    doc, kit = _doc()
    doc.table("2", "理化指标", _rows(kit, 6), notes=["注：以干基计。"])
    writer = printer.FoWriter(doc)
    whole = writer.write()
    assert whole.count("<fo:table-header>") == 1 and "（续）" not in whole
    assert '<fo:block id="t1r1"' in whole  # the first cell of every body row carries an id
    # the layout broke the table before row 4: split there, the header again under 表2（续）
    pages = {f"t1r{r}": 1 if r < 4 else 2 for r in range(1, 7)}
    splits = printer.table_splits(writer, pages)
    assert splits == {"t1": [4]}
    again = printer.FoWriter(doc)
    again.splits = splits
    source = again.write()
    assert source.count("<fo:table-header>") == 2 and source.count("表2（续）") == 1
    assert source.index("表2（续）") < source.index('id="t1r4"')
    assert source.index("注：以干基计。") > source.index("表2（续）")  # the notes close the last part
    assert printer.table_splits(again, {f"t1r{r}": 1 if r < 4 else 2 for r in range(1, 7)}) == {}


def test_fop_split_moves_up_to_a_cell_spanning_rows(printer):
    doc, kit = _doc()
    rows = [["项目", "子项", "指标"]]
    rows += [[kit.C("甲", rs=2), "a", "1"], ["b", "2"], ["乙", "c", "3"]]
    doc.table("1", "x", rows)
    writer = printer.FoWriter(doc)
    writer.write()
    # row 2 lies on the next page, but 甲 spans rows 1 and 2: the table splits before row 1, i.e. not at all
    assert printer.table_splits(writer, {"t1r1": 1, "t1r2": 2, "t1r3": 2}) == {}
    assert printer.table_splits(writer, {"t1r1": 1, "t1r2": 1, "t1r3": 2}) == {"t1": [3]}


def test_fop_footnote_and_list_block(printer):
    doc, kit = _doc()
    doc.cl(
        "4.3",
        "残留量",
        kit.V("不应大于10 mg/kg", kit.R("x", "<=", 10, "mg/kg")),
        kit.Foot("a", "仅适用于x。"),
        "。",
    )
    doc.item("a)", "泄漏电流", kit.V("不应大于0.75 mA", kit.R("泄漏电流", "<=", 0.75, "mA")), "；")
    doc.item("b)", "其他应符合规定。")
    doc.p("其他要求：")
    doc.item("（1）", "另一列表。")  # the twin: a run of items after a paragraph is a list of its own
    source = printer.FoWriter(doc).write()
    assert "<fo:footnote>" in source and "仅适用于x。</fo:block></fo:footnote-body>" in source
    assert source.count("<fo:list-block") == 2


def test_fop_pages_of_ids_from_the_intermediate_format(printer):
    intermediate = (
        '<page index="0" name="1"><id name="t1r1"/></page><page index="1" name="I">'
        '<id name="v0"/><id name=""/><id name="v1"/></page><page index="2" name="1"><id name="v1"/></page>'
    )
    assert printer.page_of_ids(intermediate) == {
        "t1r1": 1,
        "v0": 2,
        "v1": 2,
    }  # a value broken over pages: the first


def test_fop_fixed_bytes_keep_lengths_and_fix_stamps(printer):
    raw = (
        b"/CreationDate (D:20261207104101Z)\n<xmp:MetadataDate>2026-12-07T10:41:01Z</xmp:MetadataDate>"
        b"<xmp:ModifyDate>2026-12-07T11:41:01+01:00</xmp:ModifyDate>\n"
        b"/ID [<9DEC401E32A5CCB13448F1CA14A4AD5A> <9DEC401E32A5CCB13448F1CA14A4AD5A>]"
    )
    fixed = printer.fixed_bytes(raw, "fo_x")
    assert len(fixed) == len(raw)
    assert b"D:20260101000000Z" in fixed and b"2026-12-07" not in fixed
    assert b"2026-01-01T00:00:00+00:00" in fixed
    assert (
        printer.fixed_bytes(raw, "fo_x") == fixed != printer.fixed_bytes(raw, "fo_y")
    )  # the /ID from the stem
    assert b"9DEC401E" not in fixed


def test_fop_kit_refuses_a_value_in_a_header_row():
    doc, kit = _doc()
    with pytest.raises(ValueError):
        doc.table("1", "x", [["项目", kit.V("1", kit.R("x", "<=", 1.0))], ["a", "b"]])
    doc.table("1", "x", [["项目", "指标"], ["a", kit.V("1", kit.R("x", "<=", 1.0))]])  # the twin
    assert len(doc.values) == 1


def test_fop_ladder_merges_cells_and_gives_one_record_per_column():
    _, kit = _doc()
    columns = [("精制盐", "优级"), ("精制盐", "一级"), ("日晒盐", "一级")]
    cells = kit.ladder("水分/%　≤", "水分", "%", "<=", ["0.30", "=", "—"], columns)
    merged = cells[1]
    assert merged.cs == 2 and [r["grade"] for r in merged.content.records] == ["优级", "一级"]
    assert merged.content.records[0]["conditions"] == ["精制盐"]
    assert cells[2].content == "—"
    marked = kit.ladder("x", "x", "%", ">=", ["80|a"], columns[:1])[1].content
    assert marked.text == "80<sup>a</sup>" and marked.records[0]["value"] == 80.0
