"""The two parse backends give the same page model and the same records.

PDFium (the default) rebuilds pdfminer's char boxes, so on the same file both backends must give
the same glyphs (boxes within 1 pt), the same ruling lines, and records that compare equal the
way the regression guard compares them.  Where a real file differs, the difference is listed in
KNOWN_DIFFERENCES with its reason; the slow test (every corpus, records end to end) fails on any
other.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from corpora import ACCEPTANCE

from std_extract.evaluate.snapshots import snapshot_differences, snapshot_of
from std_extract.parse import ParseOptions, parse_pdf
from std_extract.parse.backends import PdfiumBackend, PdfplumberBackend
from std_extract.parse.chars import clean_chars
from std_extract.pipeline import process_document

GENERATED = Path(__file__).resolve().parents[2] / "corpus" / "generated"
REAL_DEV = GENERATED.parent / "real-dev"
TOLERANCE = 1.0  # points
# PDFium keeps a CID font's advance widths as whole thousandths of an em, so along a dot leader of
# a hundred dots (a table of contents) its positions drift from pdfminer's by up to 1.5 pt by the
# end of the line; lines with a dot leader are left out of the box check.
LEADER_DOTS = ".·…"

# File -> the fields where its records differ between the backends, and why.
TYPE3_SYMBOLS = ("source_text", "value_text", ".name", "evidence")
KNOWN_DIFFERENCES = {
    # Word-exported Type3 fonts: PDFium maps a few symbols to other code points than the ToUnicode
    # map pdfminer reads ("∕" U+2215 as "／", "〜" as "～", "⸺" as "——"); values and units are the
    # same, the printed text of names and sources differs.
    "dev_protein_02.pdf": TYPE3_SYMBOLS,
    "dev_warehouse_02.pdf": TYPE3_SYMBOLS,
    "dev_water_01.pdf": TYPE3_SYMBOLS,
    "dev_water_02.pdf": TYPE3_SYMBOLS,
}
# Held out of development (the developers' guide): the acceptance set and the test splits of
# real-dev and enterprise-dev.  Their records are not compared here: a difference would have to be
# read to be listed above.
HELD_OUT = ACCEPTANCE  # tests/corpora.py


def _records(path: Path) -> tuple[dict, dict]:
    reference = snapshot_of(process_document(parse_pdf(path, ParseOptions(backend="pdfplumber"))))
    candidate = snapshot_of(process_document(parse_pdf(path, ParseOptions(backend="pypdfium2"))))
    return reference, candidate


def _distance(a, b) -> float:
    return max(abs(x - y) for x, y in zip(a.bbox, b.bbox, strict=True))


def _glyphs(backend, number: int):
    content = backend.read_page(number)
    return clean_chars(content.chars, content.width, content.height)[0], content


def test_backends_read_the_same_glyphs_and_strokes():
    path = sorted(GENERATED.glob("*.pdf"))[0]
    plumber = PdfplumberBackend(path)
    reader = PdfiumBackend(pdfium.PdfDocument(path))
    try:
        assert plumber.page_count == reader.page_count
        for number in range(1, reader.page_count + 1):
            expected, reference = _glyphs(plumber, number)
            found, content = _glyphs(reader, number)
            printed = [g for g in found if not g.text.isspace()]
            wanted = [g for g in expected if not g.text.isspace()]
            assert sorted(g.text for g in printed) == sorted(g.text for g in wanted)  # the same chars
            leader_rows = {g.top for g in printed if g.text in LEADER_DOTS}
            for glyph in printed:  # each at the place of one of pdfplumber's with its text
                if any(abs(glyph.top - top) < TOLERANCE for top in leader_rows):
                    continue
                assert min(_distance(glyph, want) for want in wanted if want.text == glyph.text) < TOLERANCE
            strokes = [(s["x0"], s["top"], s["x1"], s["bottom"]) for s in content.geometry.edges]
            wanted = [(s["x0"], s["top"], s["x1"], s["bottom"]) for s in reference.geometry.edges]
            assert len(strokes) == len(wanted)
            for stroke, want in zip(sorted(strokes), sorted(wanted), strict=True):
                assert max(abs(a - b) for a, b in zip(stroke, want, strict=True)) < TOLERANCE
    finally:
        plumber.close()
        reader.close()


@pytest.mark.parametrize("name", [p.name for p in sorted(GENERATED.glob("*.pdf"))[1:3]])
def test_backends_give_the_same_record(name):
    reference, candidate = _records(GENERATED / name)
    assert reference["indicators"], name  # a record with values to compare
    assert snapshot_differences(reference, candidate, tolerance=TOLERANCE) == []


@pytest.mark.real
def test_backends_pages_pdfium_cannot_map_are_read_by_pdfplumber(real_corpus):
    # HJ 751-2015's SimHei subset lists its ToUnicode entries from code 0x65 on in a block declared
    # "0 beginbfchar": pdfminer reads them, PDFium does not and prints the codes ("质量保证和质量控制"
    # read "质量ef和质量gh", the "." of clause numbers "¨").  PDFium marks those chars as unmapped,
    # and such a page is read by pdfplumber, so both backends give the same text.
    path = real_corpus / "pdfs" / "HJ_751-2015.pdf"
    pages = [3, 4, 6]  # contents (both fonts), the foreword (SimSun only), a body page
    default, reference = (
        parse_pdf(path, ParseOptions(backend=b, pages=pages)) for b in ("pypdfium2", "pdfplumber")
    )
    assert [p.text for p in default.pages] == [p.text for p in reference.pages]
    assert [p.text_source for p in default.pages] == ["pdfplumber", "pypdfium2", "pdfplumber"]
    assert "质量保证和质量控制" in default.pages[0].text
    assert "5.5 过氧化氢溶液" in default.pages[2].text
    assert "no Unicode" in default.pages[2].notes[0]


def test_backends_generated_spaces_are_not_drawn_spaces():
    # reportlab draws the space of "纺织品 甲醛" as a text object of its own, which PDFium's text
    # page skips (it prints no ink) and replaces by a generated space; and PDFium generates
    # spaces where the PDF draws none ("a)浑浊度").  Both backends must read the drawn ones only.
    for name in ("Q_110108QLFS_018-2022.pdf", "Q_110108LASW_015-2021.pdf"):
        texts = [
            "\n".join(p.text for p in parse_pdf(GENERATED / name, ParseOptions(backend=b)).pages)
            for b in ("pdfplumber", "pypdfium2")
        ]
        assert texts[0] == texts[1], name


@pytest.mark.slow
@pytest.mark.real
def test_backends_same_records_on_every_corpus(real_corpus, enterprise_dev, enterprise_dev_stems):
    # Records end to end (parse, extract, normalise, confidence, classify), compared as the
    # regression guard compares them, on every text-layer PDF of the three corpora not held out.
    held_out = HELD_OUT | set(_real_dev_test_stems())
    files = [p for p in sorted((real_corpus / "pdfs").glob("*.pdf")) if p.stem not in held_out]
    files += [enterprise_dev / f"{stem}.pdf" for stem in enterprise_dev_stems]
    files += sorted(GENERATED.glob("*.pdf"))
    unexpected = {}
    for path in files:
        allowed = KNOWN_DIFFERENCES.get(path.name, ())
        found = snapshot_differences(*_records(path), tolerance=TOLERANCE, limit=1000)
        found = [line for line in found if not any(field in line for field in allowed)]
        if found:
            unexpected[path.name] = found[:5]
    assert not unexpected


def _real_dev_test_stems() -> list[str]:
    rows = (REAL_DEV / "split.csv").read_text(encoding="utf-8").splitlines()[1:]
    return [stem for stem, _, split in (row.split(",") for row in rows) if split == "test"]
