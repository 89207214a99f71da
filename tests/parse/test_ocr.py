"""OCR of real scans (../shared/corpus-real): a scanned table page, a bad text layer replaced,
the fallback without the ocr extra, and (slow) whole documents against the transcriptions."""

from __future__ import annotations

import csv
import re

import pytest
from corpora import OCR_TRANSCRIBED

from std_extract.errors import ErrorCode
from std_extract.parse import ParseOptions, parse_pdf
from std_extract.parse import ocr as ocr_module
from std_extract.textnorm import clean_text

from .pdfmaker import make_image_pdf

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def ocr_installed():
    if not ocr_module.ocr_available():
        pytest.skip("the ocr extra is not installed (pip install 'std-extract[ocr]')")


@pytest.fixture(scope="module")
def table_page(real_corpus, ocr_installed):
    """GB/T 22438-2008 page 5: 表1 加工质量指标 and 表2 理化指标, scanned at 150 dpi."""
    return parse_pdf(real_corpus / "scanned" / "GB_T_22438-2008.pdf", ParseOptions(pages=[5]))


def test_ocr_scanned_page_becomes_the_page_model(table_page):
    assert table_page.status == "ok" and table_page.errors == []
    [page] = table_page.pages
    assert page.text_source == "ocr" and page.ocr is not None
    assert page.ocr.reason == "no text layer" and "rapidocr" in page.ocr.engine
    assert any(line.text.startswith("6.7.2 原阳大米加工过程中") for line in page.lines)
    assert all(len(line.char_bboxes) == len(line.text) for line in page.lines)
    assert page.header and "22438" in page.header[0].text  # running header split as on any page


def test_ocr_scanned_grids_come_from_the_raster(table_page):
    table1, table2 = table_page.tables
    assert (table1.number, table1.title, table1.detection) == ("1", "加工质量指标", "ruled")
    assert len(table1.rows) == 2 and [c.text for c in table1.rows[0]][:4] == ["特等", _any, "2.0", "0.2"]
    rows = {row[0].text: [c.text for c in row[1:]] for row in table2.rows}
    assert rows["胶稠度/mm ≥"] == ["80", "70"]
    assert rows["垩白度/% ≤"] == ["2.0", "3.0"]


def test_ocr_signs_recovered_from_the_image(table_page):
    [page] = table_page.pages
    signs = [r for r in page.ocr.repairs if r.rule == "sign_from_image"]
    assert [r.repaired for r in signs].count("≤") >= 9 + 3  # one under each 表1 column, 3 in 表2
    assert [r.repaired for r in signs].count("≥") == 2  # 胶稠度, 食味品质
    assert all(r.read == "" for r in signs)


def test_ocr_values_carry_the_ocr_flags(table_page):
    from std_extract.pipeline import process_document

    record = process_document(table_page, classify=False)
    assert [p.page for p in record.ocr_pages] == [5] and record.ocr_pages[0].reason == "no text layer"
    by_name = {(i.name, i.grade): i for i in record.indicators}
    consistency = by_name[("胶稠度", "优等")]
    assert (consistency.comparator, consistency.value, consistency.unit) == (">=", 70.0, "mm")
    assert "ocr" in consistency.flags and "ocr_symbol_repaired" in consistency.flags  # its ≥ was recovered
    amylose = by_name[("直链淀粉（干基）", "特等")]
    assert (amylose.comparator, amylose.value, amylose.value_max) == ("range", 15.0, 19.0)
    assert all("ocr" in i.flags for i in record.indicators)
    assert all(p.page == 5 for i in record.indicators for p in i.provenance)


def test_ocr_grade_tables_scored_against_their_gold(table_page):
    """表1 (grades down the rows, a group header over 杂质 and 碎米, a wrapped requirement) and
    表2 of GB/T 22438, against the gold labelled from the page image (corpus/ocr)."""
    from std_extract.evaluate.gold import read_gold
    from std_extract.evaluate.indicators import IndicatorComparison
    from std_extract.pipeline import process_document

    gold = read_gold(OCR_TRANSCRIBED / "GB_T_22438-2008.gold.json")
    output = [i for i in process_document(table_page, classify=False).indicators if i.table]
    scores = IndicatorComparison(gold.indicators, output).scores().all
    assert scores.f1 is not None and scores.f1 >= 0.8, scores
    names = {i.name for i in output if i.table == "1"}
    assert {"杂质/总量", "杂质/矿物质", "碎米/总量", "碎米/小碎米"} <= names  # the group header is the parent
    precision = [i for i in output if i.name == "加工精度" and i.grade == "特等"]
    assert [i.comparator for i in precision] == ["qualitative"]  # its wrapped lines are one requirement


class _Any:
    def __eq__(self, other):
        return True


_any = _Any()


def test_ocr_replaces_a_bad_text_layer(real_corpus, ocr_installed):
    # GB/T 19266-2008 is a scan under a poor OCR layer that covers only part of the cover
    document = parse_pdf(real_corpus / "pdfs" / "GB_T_19266-2008.pdf", ParseOptions(pages=[1]))
    assert document.status == "ok"
    [page] = document.pages
    assert page.text_source == "ocr" and "uncovered" in page.ocr.reason
    assert document.metadata.number == "GB/T 19266-2008"
    assert document.metadata.title == "地理标志产品 五常大米"


def test_ocr_missing_extra_keeps_the_old_failure_with_a_hint(tmp_path, real_corpus, monkeypatch):
    monkeypatch.setattr(ocr_module, "ocr_available", lambda: False)
    scan = parse_pdf(make_image_pdf(tmp_path / "scan.pdf", pages=1))
    assert scan.status == "failed"
    [error] = scan.errors
    assert error.code is ErrorCode.NO_TEXT_LAYER
    assert "it needs OCR" in error.message and "pip install 'std-extract[ocr]'" in error.message
    bad = parse_pdf(real_corpus / "pdfs" / "GB_T_19266-2008.pdf", ParseOptions(pages=[1], tables=False))
    assert bad.status == "partial" and bad.pages[0].text_source == ParseOptions().backend
    assert [e.code for e in bad.errors] == [ErrorCode.BAD_TEXT_LAYER]
    assert (
        "GB_T_19266-2008.pdf: page 1" in bad.errors[0].message and "std-extract[ocr]" in bad.errors[0].message
    )


def test_ocr_off_reads_the_layer_as_before(real_corpus):
    document = parse_pdf(real_corpus / "pdfs" / "GB_T_19266-2008.pdf", ParseOptions(pages=[1], ocr=False))
    assert document.status == "ok" and document.pages[0].text_source == ParseOptions().backend


def test_ocr_gold_names_the_scan_it_was_labelled_from(real_corpus):
    import hashlib

    from std_extract.evaluate.characters import transcriptions
    from std_extract.evaluate.gold import read_gold

    gold = read_gold(OCR_TRANSCRIBED / "GB_T_22438-2008.gold.json")
    pdf = real_corpus / gold.file
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == gold.sha256
    assert len(gold.indicators) == 32 and {i.table for i in gold.indicators} == {"1", "2"}
    stems = {stem for stem, _page, _path in transcriptions(OCR_TRANSCRIBED)}
    assert {p.stem for p in (real_corpus / "scanned").glob("*.pdf")} <= stems


# --- whole documents (slow: every page is read by OCR) ----------------------------------------------

OCR_FILES = [
    "scanned/GB_T_15555.12-1995.pdf",
    "scanned/GB_T_18824-2008.pdf",
    "scanned/GB_T_20040-2005.pdf",
    "scanned/GB_T_22438-2008.pdf",
    "pdfs/GB_T_19266-2008.pdf",
]


def _manifest(real_corpus) -> dict[str, dict]:
    with (real_corpus / "MANIFEST.csv").open(encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


@pytest.mark.slow
@pytest.mark.parametrize("name", OCR_FILES)
def test_ocr_whole_document_cover_and_pages(real_corpus, ocr_installed, name):
    row = _manifest(real_corpus)[name]
    document = parse_pdf(real_corpus / name)
    assert document.status in ("ok", "partial"), document.errors
    assert all(page.text_source == "ocr" for page in document.pages)
    number = re.sub(r"\s+", "", clean_text(document.metadata.number or ""))
    assert number == re.sub(r"\s+", "", row["standard_number"])
    assert document.metadata.title == row["title"]


@pytest.mark.slow
def test_ocr_character_accuracy_on_transcribed_pages(real_corpus, ocr_installed):
    from std_extract.evaluate.characters import char_accuracy, total_accuracy, transcriptions

    scores = []
    for stem, number, path in transcriptions(OCR_TRANSCRIBED):
        pdf = next(
            p
            for p in (real_corpus / "scanned" / f"{stem}.pdf", real_corpus / "pdfs" / f"{stem}.pdf")
            if p.exists()
        )
        document = parse_pdf(pdf, ParseOptions(pages=[number]))
        page = document.pages[0]
        text = "\n".join(line.text for line in [*page.header, *page.lines, *page.footer])
        scores.append(char_accuracy(text, path.read_text(encoding="utf-8"), stem, number))
    assert len(scores) >= 5
    assert total_accuracy(scores) >= 0.97, [(s.stem, s.page, round(s.accuracy, 3)) for s in scores]
