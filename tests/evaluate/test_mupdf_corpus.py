"""corpus/mupdf's printer (scripts/print_mupdf.py; the shared checks of every typeset set are in
test_authored_sets.py): its HTML writer escapes text and keeps only its own inline tags, sets ℃ in the serif
face (WenQuanYi Micro Hei maps it to an empty glyph), pads a table typed with spaces by the monospaced face's
advances, and a reprint gives every value on the page the gold records with the same text layer.  The set is
held out whole this session: nothing here reads a document's text or runs the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpora import MUPDF, print_script


@pytest.fixture(scope="module")
def printer():
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_mupdf") as module:
        yield module


def test_mupdf_writer_escapes_text_and_keeps_its_inline_tags(printer):
    assert printer.markup("a < b & c") == "a &lt; b &amp; c"
    assert printer.markup("10<sup>4</sup> m<br/>x") == "10<sup>4</sup> m<br/>x"
    assert printer.markup("<i>x</i>") == "&lt;i&gt;x&lt;/i&gt;"  # not one of its tags: printed as text
    assert printer.markup("plain 5 mm") == "plain 5 mm"  # the negative twin: nothing to change
    with pytest.raises(ValueError):
        printer.markup("10<sup>4")


def test_mupdf_writer_sets_the_degree_sign_in_the_serif_face(printer):
    assert printer.markup("（50±5）℃") == '（50±5）<span style="font-family: song">℃</span>'
    assert printer.markup("50 °C") == "50 °C"  # the twin: another sign is left alone


def test_mupdf_spaced_table_pads_columns_by_display_width(printer):
    assert printer.display_width("水分") == 4
    assert printer.display_width("pH") == 2
    writer = printer.HtmlWriter.__new__(printer.HtmlWriter)
    html = writer.spaced([["项目", "值"], ["水分/%", "5"]], 9)
    lines = html.split(">", 1)[1].rsplit("<", 1)[0].split("\n")
    widths = [printer.display_width(line.rsplit(" ", 1)[0] + " ") for line in lines]
    assert widths[0] == widths[1]  # the second column starts at the same column on both lines


def test_mupdf_reprint_puts_every_value_on_its_gold_page(printer, tmp_path):
    pytest.importorskip("pymupdf", reason="the pymupdf package is needed to reprint corpus/mupdf")
    fonts = [source for _, source, _ in printer.FACES] + [printer.KAI]
    if not all(Path(f).is_file() for f in fonts):
        pytest.skip("the Debian fonts of corpus/mupdf are needed to reprint it")
    import pdfplumber
    import printkit

    stem = "mu_airer_01"
    doc = printkit.load_document(printer.SOURCES, stem)
    pdf, pages = printer.typeset(doc, tmp_path)
    gold = json.loads((MUPDF / f"src/printed/{stem}.json").read_text(encoding="utf-8"))
    assert [e["page"] for e in gold] == [pages[f"v{v.label}"] for v in doc.values]
    with pdfplumber.open(pdf) as new, pdfplumber.open(MUPDF / f"{stem}.pdf") as old:
        assert [p.extract_text() for p in new.pages] == [p.extract_text() for p in old.pages]
