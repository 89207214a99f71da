"""pdf_to_pages / parse_pdf on bad input: every case is a real file made in tmp_path, and each
comes back as data (status, error code, a message naming the file and the cause), never raised."""

from __future__ import annotations

import re

import pytest
from corpora import GENERATED
from reportlab.lib import pdfencrypt

from std_extract.errors import ErrorCode
from std_extract.parse import ParseOptions, parse_pdf
from std_extract.parse.backends import PdfiumBackend, PdfplumberBackend

from .pdfmaker import enterprise_standard, make_image_pdf, make_pdf, zero_page_pdf


def _failed(document, code: ErrorCode, name: str, *words: str) -> None:
    assert document.status == "failed"
    assert [e.code for e in document.errors] == [code]
    message = document.errors[0].message
    assert name in message
    for word in words:
        assert word in message


def test_pages_missing_file_is_not_found(tmp_path):
    path = tmp_path / "missing.pdf"
    document = parse_pdf(path)
    _failed(document, ErrorCode.NOT_FOUND, "missing.pdf", "no such file")
    assert document.source.path == str(path)


def test_pages_directory_is_not_found(tmp_path):
    _failed(parse_pdf(tmp_path), ErrorCode.NOT_FOUND, tmp_path.name, "not a file")


def test_pages_text_file_is_not_pdf(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("这不是PDF文件，只是文本。", encoding="utf-8")
    _failed(parse_pdf(path), ErrorCode.NOT_PDF, "notes.pdf", "not a PDF")


def test_pages_empty_file_is_not_pdf(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    _failed(parse_pdf(path), ErrorCode.NOT_PDF, "empty.pdf", "0 bytes")


def test_pages_truncated_pdf_is_damaged(tmp_path):
    whole = enterprise_standard(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    _failed(parse_pdf(path), ErrorCode.DAMAGED, "truncated.pdf", "damaged or truncated")


def test_pages_encrypted_pdf_needs_password(tmp_path):
    encrypt = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret")
    path = make_pdf(tmp_path / "locked.pdf", [[(60, 100, 12, "保密文件")]], encrypt=encrypt)
    _failed(parse_pdf(path), ErrorCode.ENCRYPTED, "locked.pdf", "encrypted", "password")


def test_pages_owner_password_only_still_reads(tmp_path):
    # Encrypted with an empty user password (printing restricted): readable, so not an error.
    encrypt = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=0)
    path = make_pdf(tmp_path / "restricted.pdf", [[(60, 100, 12, "可以阅读")]], encrypt=encrypt)
    document = parse_pdf(path)
    assert document.status == "ok"
    assert document.pages[0].text == "可以阅读"


def test_pages_zero_page_pdf_is_empty(tmp_path):
    _failed(parse_pdf(zero_page_pdf(tmp_path / "nothing.pdf")), ErrorCode.EMPTY, "nothing.pdf", "no pages")


def test_pages_image_only_pdf_has_no_text_layer(tmp_path):
    document = parse_pdf(make_image_pdf(tmp_path / "scan.pdf", pages=2))
    _failed(document, ErrorCode.NO_TEXT_LAYER, "scan.pdf", "no text layer", "OCR")
    assert [p.text_source for p in document.pages] == ["none", "none"]
    assert all("no text on this page" in p.notes[0] for p in document.pages)


def test_pages_blank_page_with_a_stamp_is_not_sent_to_ocr(tmp_path):
    # GB/T 13594-2025's blank pages carry a 15 pt "SAC" stamp: OCR took 3 s a page to read "SAC".
    from std_extract.parse.ocr import ocr_available

    if not ocr_available():
        pytest.skip("the ocr extra is not installed: no page is sent to OCR anyway")
    stamped = parse_pdf(make_image_pdf(tmp_path / "stamp.pdf", pages=1, side=15))
    assert stamped.pages[0].ocr is None and stamped.pages[0].text_source == "none"
    scanned = parse_pdf(make_image_pdf(tmp_path / "scan.pdf", pages=1))
    assert scanned.pages[0].ocr is not None  # a page-sized picture still is


def test_pages_too_large_by_size(tmp_path):
    path = enterprise_standard(tmp_path / "big.pdf")
    _failed(parse_pdf(path, ParseOptions(max_bytes=1000)), ErrorCode.TOO_LARGE, "big.pdf", "limit")


def test_pages_too_large_by_page_count(tmp_path):
    path = enterprise_standard(tmp_path / "long.pdf")
    document = parse_pdf(path, ParseOptions(max_pages=1))
    _failed(document, ErrorCode.TOO_LARGE, "long.pdf", "2 pages")
    assert document.source.pages == 2


def test_pages_broken_page_gives_partial_document(tmp_path):
    """Page 2's object is not a dictionary: pdfminer skips it, PDFium cannot load it."""
    path = make_pdf(tmp_path / "three.pdf", [[(60, 100, 12, f"第{n}页")] for n in "一二三"], compress=False)
    data = path.read_bytes()
    start = data.index(b"5 0 obj\n<<")
    end = data.index(b"endobj", start)
    page = data[start:end].replace(b"5 0 obj\n<<", b"5 0 obj\n( ", 1)
    close = page.rindex(b">>")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[:start] + page[:close] + b") " + page[close + 2 :] + data[end:])

    document = parse_pdf(broken)

    assert document.status == "partial"
    failed = [e for e in document.errors if e.code is ErrorCode.PAGE_FAILED]
    assert [e.page for e in failed] == [2]
    assert "broken.pdf" in failed[0].message and "page 2" in failed[0].message
    assert [p.text for p in document.pages] == ["第一页", "", "第三页"]


def test_pages_never_raises_on_random_bytes(tmp_path):
    path = tmp_path / "noise.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    document = parse_pdf(path)
    assert document.status == "failed"
    assert document.errors[0].code is ErrorCode.DAMAGED


def test_pages_source_and_char_boxes(tmp_path):
    path = enterprise_standard(tmp_path / "q.pdf")
    document = parse_pdf(path)
    assert document.status == "ok"
    assert document.source.pages == 2 and document.source.size_bytes == path.stat().st_size
    assert len(document.source.sha256) == 64
    for page in document.pages:
        for line in page.lines + page.header + page.footer:
            assert len(line.char_bboxes) == len(line.text)
            x0, top, x1, bottom = line.bbox
            assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
    line = next(ln for ln in document.pages[1].lines if "蛋白质" in ln.text)
    start = line.text.index("2.3")
    box = line.span_bbox(start, start + 3)
    assert line.bbox[0] < box[0] < box[2] < line.bbox[2]


def test_pages_superscript_three_read_by_pdfium(tmp_path):
    # pdfminer drops the ³ of reportlab's STSong-Light, as it does with some CID fonts in the wild;
    # PDFium (the default backend) reads it.
    document = parse_pdf(enterprise_standard(tmp_path / "m3.pdf"))
    assert "5 m³" in document.pages[1].text


def test_pages_superscript_three_recovered_under_pdfplumber(tmp_path):
    # With pdfplumber as the backend the ³ it drops is taken from PDFium's reading of the page.
    document = parse_pdf(enterprise_standard(tmp_path / "m3.pdf"), ParseOptions(backend="pdfplumber"))
    body = document.pages[1]
    assert "5 m³" in body.text
    assert any("³" in note and "pypdfium2" in note for note in body.notes)


@pytest.mark.parametrize(
    ("primary", "other"),
    [(PdfplumberBackend, "pypdfium2"), (PdfiumBackend, "pdfplumber")],
)
def test_pages_other_backend_reads_a_page_the_first_finds_empty(tmp_path, monkeypatch, primary, other):
    # The pdfminer failure on some embedded CJK fonts (no chars at all) is simulated by emptying
    # the primary backend's char list; the page must then come from the other one, with a note.
    real_read = primary.read_page

    def no_chars(self, number):
        content = real_read(self, number)
        content.chars = []
        return content

    monkeypatch.setattr(primary, "read_page", no_chars)
    options = ParseOptions(backend=primary.name)
    document = parse_pdf(enterprise_standard(tmp_path / "nochars.pdf"), options)
    assert document.status == "ok"
    assert all(p.text_source == other for p in document.pages)
    assert all(p.fallback == (other == "pypdfium2") for p in document.pages)  # see _other_reader_scan
    assert any(other in note for note in document.pages[0].notes)
    assert document.metadata.number == "Q/320115ABC 001-2024"


def test_pages_first_pages_reads_only_the_cover(tmp_path):
    document = parse_pdf(enterprise_standard(tmp_path / "q.pdf"), ParseOptions(first_pages=1))
    assert [p.number for p in document.pages] == [1]
    assert document.source.pages == 2
    assert document.metadata.number == "Q/320115ABC 001-2024"


@pytest.mark.parametrize("pages", [[2], [1, 2]])
def test_pages_selected_pages(tmp_path, pages):
    document = parse_pdf(enterprise_standard(tmp_path / "q.pdf"), ParseOptions(pages=pages))
    assert [p.number for p in document.pages] == pages


def test_pages_broken_page_dictionary_is_damaged_not_raised(tmp_path):
    # A page dictionary with a key and no value: pdfminer raises while walking the page tree,
    # which escaped parse_pdf (found by byte-mutating generated PDFs).  PDFium reads the page.
    whole = sorted(GENERATED.glob("*.pdf"))[0].read_bytes()
    page_end = b"  /Type /Page\n>>"
    assert page_end in whole
    path = tmp_path / "odd.pdf"
    path.write_bytes(whole.replace(page_end, b"  /Type      \n>>", 1))  # same length: offsets hold
    document = parse_pdf(path)
    assert document.status == "ok" and document.pages[0].text_source == "pypdfium2"
    # pdfplumber as the backend: the file is reported damaged and read with PDFium all the same
    document = parse_pdf(path, ParseOptions(backend="pdfplumber"))
    assert ErrorCode.DAMAGED in [e.code for e in document.errors]
    assert "odd.pdf" in document.errors[0].message
    assert document.status == "partial" and document.pages[0].text_source == "pypdfium2"


# Damaged copies of real files (../shared/corpus-real; skipped where absent).  Both were read as
# something else before: a cut-short owner-password PDF as "encrypted", a cut-short file whose
# page tree is lost as "empty".
@pytest.mark.real
@pytest.mark.parametrize(
    ("name", "was"),
    [("HJ_643-2013.pdf", "encrypted (owner password only)"), ("GB_19645-2010.pdf", "empty (no pages)")],
)
def test_pages_truncated_real_pdf_is_damaged(real_corpus, tmp_path, name, was):
    whole = (real_corpus / "pdfs" / name).read_bytes()
    path = tmp_path / f"cut-{name}"
    path.write_bytes(whole[: len(whole) // 2])
    _failed(parse_pdf(path), ErrorCode.DAMAGED, path.name, "damaged")


def test_pages_zero_page_pdf_cut_short_is_damaged_not_empty(tmp_path):
    whole = zero_page_pdf(tmp_path / "nothing.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: whole.rindex(b"%%EOF")])
    document = parse_pdf(path)
    assert document.status == "failed" and [e.code for e in document.errors] == [ErrorCode.DAMAGED]


def _with_update(pdf: bytes, objects: dict[int, bytes], catalog_extra: bytes) -> bytes:
    """``pdf`` (uncompressed, from reportlab) with an incremental update (ISO 32000-1 7.5.6) that
    adds ``objects`` and ``catalog_extra`` entries to the document catalog."""
    trailer = pdf[pdf.rindex(b"trailer") :]
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    previous = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    body = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, pdf, re.S).group(1)
    objects = {**objects, root: b"<<" + body + catalog_extra + b">>"}
    out, offsets = bytearray(pdf), {}
    for number, content in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(out)
    out += b"xref\n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    new_size = max(size, max(objects) + 1)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (new_size, root, previous)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pages_javascript_and_embedded_files_are_flagged(tmp_path):
    plain = make_pdf(tmp_path / "plain.pdf", [[(60, 100, 12, "耗电量")]], compress=False).read_bytes()
    size = int(re.search(rb"/Size (\d+)", plain[plain.rindex(b"trailer") :]).group(1))
    js, spec, data = size, size + 1, size + 2
    cases = {
        "script.pdf": ({js: b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"}, b" /OpenAction %d 0 R" % js),
        "attached.pdf": (
            {
                spec: b"<< /Type /Filespec /F (a.txt) /EF << /F %d 0 R >> >>" % data,
                data: b"<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream",
            },
            b" /Names << /EmbeddedFiles << /Names [(a.txt) %d 0 R] >> >>" % spec,
        ),
    }
    for name, (objects, extra) in cases.items():
        path = tmp_path / name
        path.write_bytes(_with_update(plain, objects, extra))
        document = parse_pdf(path)
        flagged = [e for e in document.errors if e.code is ErrorCode.ACTIVE_CONTENT]
        assert len(flagged) == 1 and name in flagged[0].message, document.errors
        word = "JavaScript" if name == "script.pdf" else "embedded files"
        assert word in flagged[0].message
        assert document.status == "ok" and document.pages[0].text == "耗电量"
    assert not parse_pdf(tmp_path / "plain.pdf").errors
