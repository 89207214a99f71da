"""corpus/pdftex's printer (scripts/print_pdftex.py; the shared checks of every typeset set are in
test_authored_sets.py): its preamble sets Chinese through the CJK package in the Arphic Type1 subfonts and
takes ℃ ‰ ° · from them by code, the body sits in one CJK* environment, a font's missing characters are read
from pdfTeX's log, the committed PDFs are the route's (Type1 subfonts of 256 glyphs, every glyph mapped to
Unicode), and a reprint gives every value on the page the gold records with the same text layer.  The set
is held out whole this session: nothing here reads a document's words or runs the extractor."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from corpora import PDFTEX, print_script

from std_extract.evaluate.gold import find_gold_files

SUBFONT = re.compile(r"\+(gbsnu|gkaiu)[0-9a-f]{2}$")


@pytest.fixture(scope="module")
def printer():
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_pdftex") as module:
        yield module


def _tiny_doc():
    from std_extract_synth.authoring import Value, gold_record
    from std_extract_synth.texkit import TexDoc

    doc = TexDoc(
        stem="pt_x",
        category="x",
        code=None,
        kind="GB",
        number="GB 1—2026",
        title=["样品"],
        issuers=["某部"],
        issued="2026-01-01",
        effective="2026-02-01",
    )
    doc.h("1", "范围")
    doc.cl("1.1", "温度", Value("不低于5 ℃", gold_record("温度", ">=", 5.0, "℃")), "。")
    return doc


def test_pdftex_preamble_sets_chinese_by_the_cjk_package_and_maps_the_companion_signs(printer):
    preamble = printer.PREAMBLE
    assert r"\usepackage{CJKutf8}" in preamble and r"\pdfgentounicode=1" in preamble
    assert "xeCJK" not in preamble and "ctex" not in preamble  # not the XeLaTeX sets' route
    for char, (font, code) in printer.FROM_SUBFONT.items():
        assert rf"\DeclareUnicodeCharacter{{{ord(char):04X}}}{{\cjkglyph{{{font}}}{{{code}}}}}" in preamble
    assert set(printer.FROM_SUBFONT) == set("℃‰°·")


def test_pdftex_writer_puts_the_body_in_one_cjk_environment(printer):
    text = printer.PdftexWriter(_tiny_doc()).write()
    assert text.count(r"\begin{CJK*}{UTF8}{gbsn}") == 1 and text.count(r"\end{CJK*}") == 1
    begin, end = text.index(r"\begin{CJK*}"), text.index(r"\end{CJK*}")
    assert text.index(r"\begin{document}") < begin < text.index("范围") < text.index("zlabel{v0}") < end
    assert end < text.index(r"\end{document}")
    assert r"\zlabel{v0}不低于5 ℃" in text  # the value's label sits right before its text


def test_pdftex_missing_characters_are_read_from_the_log(printer):
    log = (
        "x\nMissing character: There is no A in font gbsnu56!\n"
        "Missing character: There is no ^^R in font gbsnu22!\n"
    )
    assert printer.missing_characters(log) == [("A", "gbsnu56"), ("^^R", "gbsnu22")]
    assert printer.missing_characters("Overfull \\hbox (1.0pt too wide) in paragraph\n") == []  # the twin


def test_pdftex_committed_pdfs_are_set_in_type1_subfonts_with_every_glyph_mapped():
    """Every page of every committed PDF is set in the CJK package's Arphic subfonts (no other CJK face) and
    no character of the text layer is an unmapped glyph (``(cid:N)``, what LaTeX's companion glyphs give)."""
    import pdfplumber

    paths = find_gold_files(PDFTEX)
    if not paths:
        pytest.skip("no gold files in corpus/pdftex")
    for gold in paths:
        with pdfplumber.open(gold.with_name(gold.name.replace(".gold.json", ".pdf"))) as pdf:
            for page in pdf.pages:
                cjk = {c["fontname"] for c in page.chars if 0x3000 <= ord(c["text"][0]) <= 0xFFEF}
                assert cjk and all(SUBFONT.search(name) for name in cjk), (gold.name, sorted(cjk)[:5])
                assert "(cid:" not in (page.extract_text() or ""), gold.name


def test_pdftex_reprint_puts_every_value_on_its_gold_page(printer, tmp_path):
    if not shutil.which("pdflatex") or not shutil.which("kpsewhich"):
        pytest.skip("pdfLaTeX is needed to reprint corpus/pdftex")
    found = subprocess.run(["kpsewhich", "c70gbsn.fd", "gbsnu4e.pfb", "gkaiu4e.pfb"], capture_output=True)
    if len(found.stdout.split()) < 3:
        pytest.skip("the CJK package and its Arphic Type1 fonts are needed to reprint corpus/pdftex")
    import pdfplumber
    import printkit

    stem = "pt_feedlabel_01"
    doc = printkit.load_document(printer.SOURCES, stem)
    pdf, pages = printer.typeset(doc, tmp_path)
    gold = json.loads((PDFTEX / f"src/printed/{stem}.json").read_text(encoding="utf-8"))
    assert [e["page"] for e in gold] == [pages[f"v{v.label}"] for v in doc.values]
    with pdfplumber.open(pdf) as new, pdfplumber.open(PDFTEX / f"{stem}.pdf") as old:
        assert [p.extract_text() for p in new.pages] == [p.extract_text() for p in old.pages]
    assert Path(pdf).read_bytes() == (PDFTEX / f"{stem}.pdf").read_bytes()
