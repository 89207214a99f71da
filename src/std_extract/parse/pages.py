"""``pdf_to_pages``: the only stage that opens files.  Bad input becomes error items, not exceptions.

The file is checked in order of cost: exists, looks like a PDF, size; then PDFium opens it (fast,
and it tells encrypted from damaged); then pdfplumber reads each selected page.  A page
pdfplumber cannot read, or reads as empty while PDFium finds text, is read from PDFium instead.
Then each page's text layer is checked (``textlayer``); a page with none (a scan) or a bad one is
read by OCR (``ocr``) where the ocr extra is installed, else kept with a warning.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from pathlib import Path
from typing import Literal

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.utils.exceptions import PdfminerException

from std_extract.digest import file_sha256
from std_extract.document import Page, PageOcr, Source
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.parse.chars import clean_chars
from std_extract.parse.fallback import (
    missing_superscripts,
    pdfium_glyphs,
    pdfium_text,
    recover_superscripts,
)
from std_extract.parse.grids import page_grids, page_rules
from std_extract.parse.layout import glyphs_to_lines
from std_extract.parse.model import Glyph, PageScan, ScanResult
from std_extract.parse.options import ParseOptions
from std_extract.parse.textlayer import (
    INK_DPI,
    LayerQuality,
    has_images,
    is_scanned,
    text_quality,
    with_ink_check,
)

log = logging.getLogger(__name__)
TextSource = Literal["pdfplumber", "pypdfium2", "none"]
logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer warns on every odd font

HEAD_BYTES = 1024  # the PDF header may follow some junk, but within the first KiB
TAIL_BYTES = 1024  # where %%EOF must be
UNKNOWN_SHARE = 0.5  # a page where more glyphs than this have no Unicode mapping is read from PDFium


class InputError(Exception):
    """A problem with the whole file; turned into one error item by :func:`pdf_to_pages`."""

    def __init__(self, code: ErrorCode, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def pdf_to_pages(path: str | Path, options: ParseOptions | None = None) -> ScanResult:
    """Read the selected pages of a PDF into lines and table geometry; never raises on bad input."""
    options = options or ParseOptions()
    path = Path(path)
    source = Source(path=str(path), sha256="", pages=0)
    try:
        source = _check_file(path, options)
        with ExitStack() as stack:
            document = _open_pdfium(path, options, source)
            if document is not None:
                stack.callback(_close_quietly, document)
            return _read_pages(path, document, options, source, stack)
    except InputError as problem:
        error = ErrorItem(stage="parse", code=problem.code, message=problem.message)
    except Exception as exc:  # noqa: BLE001 - pdfminer and PDFium raise anything on mutated bytes
        # Every exception left here comes from reading the file's bytes (the checks above passed),
        # so it says the structure is broken: fuzzing found PdfminerException, MalformedPDFException,
        # IndexError and TypeError escaping page-tree walks and closes.
        log.debug("%s: unreadable PDF structure", path, exc_info=True)
        message = f"{path.name}: the PDF is damaged ({_describe(exc)})"
        error = ErrorItem(stage="parse", code=ErrorCode.DAMAGED, message=message)
    return ScanResult(source=source, status="failed", errors=[error])


def _close_quietly(handle) -> None:
    """Close a pdfplumber or PDFium document; closing a damaged one may raise (pdfplumber walks the
    page tree again to close each page), which must not replace the result already made."""
    try:
        handle.close()
    except Exception:  # noqa: BLE001
        log.debug("closing %r failed", handle, exc_info=True)


def _check_file(path: Path, options: ParseOptions) -> Source:
    if not path.exists():
        raise InputError(ErrorCode.NOT_FOUND, f"{path}: no such file")
    if not path.is_file():
        raise InputError(ErrorCode.NOT_FOUND, f"{path}: not a file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(ErrorCode.NOT_PDF, f"{path.name}: the file is empty (0 bytes), not a PDF")
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if b"%PDF-" not in head:
        raise InputError(ErrorCode.NOT_PDF, f"{path.name}: not a PDF (it starts with {head[:16]!r})")
    if size > options.max_bytes:
        raise InputError(
            ErrorCode.TOO_LARGE, f"{path.name}: {size} bytes is over the limit of {options.max_bytes} bytes"
        )
    return Source(path=str(path), sha256=file_sha256(path), pages=0, size_bytes=size)


def _open_pdfium(path: Path, options: ParseOptions, source: Source) -> pdfium.PdfDocument | None:
    """PDFium on the file; None when only pdfminer can open it.  Raises InputError for the file."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        # PDFium's error text is not reliable (its last-error code can be stale: a zero-page file
        # reports the password error of a file opened before), so pdfminer tells what is wrong.
        source.pages = _pdfminer_page_count(path)
        _check_page_count(path, source.pages, options)
        return None
    source.pages = len(document)
    try:
        _check_page_count(path, source.pages, options)
    except InputError:
        _close_quietly(document)
        raise
    return document


def _pdfminer_page_count(path: Path) -> int:
    try:
        with pdfplumber.open(path) as pdf:
            return len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types, often wrapped in PdfminerException
        if _needs_password(exc):
            raise InputError(
                ErrorCode.ENCRYPTED, f"{path.name}: the PDF is encrypted and needs a password to open"
            ) from None
        raise InputError(
            ErrorCode.DAMAGED, f"{path.name}: the PDF is damaged or truncated ({_describe(exc)})"
        ) from None


def _needs_password(exc: BaseException) -> bool:
    """Only pdfminer's wrong-password error means encrypted: a damaged copy of an owner-password
    PDF also fails in the encryption code (PDFEncryptionError 'Unknown filter'), yet opens with
    no password when whole, so it is damaged, not locked."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    return isinstance(inner, PDFPasswordIncorrect)


def _check_page_count(path: Path, pages: int, options: ParseOptions) -> None:
    if pages == 0 and not _ends_like_pdf(path):
        # A cut-short file whose page tree is lost reads as zero pages: say damaged, not empty.
        raise InputError(
            ErrorCode.DAMAGED, f"{path.name}: the PDF is damaged or truncated (no %%EOF at its end)"
        )
    if pages == 0:
        raise InputError(ErrorCode.EMPTY, f"{path.name}: the PDF has no pages")
    if pages > options.max_pages:
        raise InputError(
            ErrorCode.TOO_LARGE, f"{path.name}: {pages} pages is over the limit of {options.max_pages}"
        )


def _ends_like_pdf(path: Path) -> bool:
    """ISO 32000-1 7.5.5: the last line of a PDF is %%EOF (some writers add a little junk after)."""
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - TAIL_BYTES))
        return b"%%EOF" in handle.read()


def _read_pages(
    path: Path, document: pdfium.PdfDocument, options: ParseOptions, source: Source, stack: ExitStack
) -> ScanResult:
    result = ScanResult(source=source)
    plumber = _open_plumber(path, result)
    if plumber is not None:
        stack.callback(_close_quietly, plumber)
        if len(plumber.pages) != source.pages:  # pdfminer skipped a broken page: indexes no longer match
            message = (
                f"{path.name}: pdfplumber finds {len(plumber.pages)} of {source.pages} pages "
                "(damaged page tree); "
                "pages read with pypdfium2"
            )
            result.errors.append(ErrorItem(stage="parse", code=ErrorCode.DAMAGED, message=message))
            plumber = None
    for number in options.selected(source.pages):
        result.pages.append(_read_page(path, number, plumber, document, options, result))
    _set_status(path, result)
    result.errors += _active_content(path, plumber)  # a warning: the status stays as read
    return result


def _active_content(path: Path, plumber) -> list[ErrorItem]:
    """Flag JavaScript and embedded files (ISO 32000-1 12.6.4.16, 7.11.4): std-extract never runs
    or opens them, but a reviewer opening the PDF in a viewer might, and an agency wants to know."""
    found = _catalog_active_content(plumber) | _raw_active_content(path)
    if not found:
        return []
    message = f"{path.name}: the PDF carries {' and '.join(sorted(found))} (not run or opened here)"
    return [ErrorItem(stage="parse", code=ErrorCode.ACTIVE_CONTENT, message=message)]


def _catalog_active_content(plumber) -> set[str]:
    """From the document catalog, which also sees names kept in compressed object streams."""
    from pdfminer.pdftypes import resolve1

    found: set[str] = set()
    try:
        catalog = plumber.doc.catalog if plumber is not None else {}
        names = resolve1(catalog.get("Names")) or {}
        if "JavaScript" in names:
            found.add("JavaScript")
        if "EmbeddedFiles" in names:
            found.add("embedded files")
        action = resolve1(catalog.get("OpenAction"))
        if isinstance(action, dict) and "JS" in action:
            found.add("JavaScript")
    except Exception:  # noqa: BLE001 - a damaged catalog is reported elsewhere
        log.debug("catalog not read for active content", exc_info=True)
    return found


def _raw_active_content(path: Path) -> set[str]:
    """Page and annotation actions in plain (uncompressed) objects: a scan of the bytes."""
    found: set[str] = set()
    tail = b""
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            chunk = tail + block
            if b"/JavaScript" in chunk or b"/JS " in chunk or b"/JS(" in chunk:
                found.add("JavaScript")
            if b"/EmbeddedFile" in chunk:
                found.add("embedded files")
            tail = block[-16:]
    return found


def _open_plumber(path: Path, result: ScanResult):
    """pdfplumber on the file, or None (with a DAMAGED item) when only PDFium can read it."""
    plumber = None
    try:
        plumber = pdfplumber.open(path)
        len(plumber.pages)  # the page tree is walked here: a broken one raises now, not later
        return plumber
    except Exception as exc:  # pdfminer raises many types on broken structure
        if plumber is not None:
            _close_quietly(plumber)
        message = (
            f"{path.name}: pdfplumber cannot read the PDF structure ({_describe(exc)}); "
            "pages read with pypdfium2"
        )
        result.errors.append(ErrorItem(stage="parse", code=ErrorCode.DAMAGED, message=message))
        return None


def _read_page(
    path: Path, number: int, plumber, document, options: ParseOptions, result: ScanResult
) -> PageScan:
    """One page; on failure a PAGE_FAILED item and an empty page, so the others still count."""
    try:
        scan = _scan_page(number, plumber, document, options)
        if document is not None and options.ocr:
            scan = _check_layer(path, number, scan, document, options, result)
        return scan
    except Exception as exc:  # one broken page must not lose the document
        log.debug("page %s of %s failed", number, path, exc_info=True)
        message = f"{path.name}: page {number} could not be read ({_describe(exc)})"
        result.errors.append(
            ErrorItem(stage="parse", code=ErrorCode.PAGE_FAILED, message=message, page=number)
        )
        width, height = _pdfium_size(document, number)
        return PageScan(
            page=Page(number=number, width=width, height=height, text_source="none", notes=[message])
        )


def _scan_page(number: int, plumber, document, options: ParseOptions) -> PageScan:
    pdfium_page = document[number - 1] if document is not None else None
    textpage = pdfium_page.get_textpage() if pdfium_page is not None else None
    try:
        if plumber is None:
            return _pdfium_scan(
                number, pdfium_page, textpage, note="read with pypdfium2: the PDF structure is damaged"
            )
        try:
            plumber_page = plumber.pages[number - 1]
            try:
                return _plumber_scan(number, plumber_page, pdfium_page, textpage, options)
            finally:
                plumber_page.close()  # drops pdfplumber's per-page caches: memory stays flat on 400 pages
        except Exception as exc:  # pdfminer failed on this page: PDFium may still read it
            if pdfium_page is None:
                raise
            scan = _pdfium_scan(
                number,
                pdfium_page,
                textpage,
                note=f"read with pypdfium2: pdfplumber failed ({_describe(exc)})",
            )
            if scan.page.text_source == "none":
                raise
            return scan
    finally:
        if textpage is not None:
            textpage.close()
        if pdfium_page is not None:
            pdfium_page.close()


def _plumber_scan(number: int, plumber_page, pdfium_page, textpage, options: ParseOptions) -> PageScan:
    width, height = float(plumber_page.width), float(plumber_page.height)
    glyphs, notes = clean_chars(plumber_page.chars, width, height)
    if options.pdfium_checks and textpage is not None:
        reference_text = pdfium_text(textpage)
        if not glyphs and reference_text.strip():
            note = "read with pypdfium2: pdfplumber found no characters on this page (font not decoded)"
            return _pdfium_scan(number, pdfium_page, textpage, note=note)
        if _mostly_unknown(glyphs) and not _mostly_unknown_text(reference_text):
            note = "read with pypdfium2: pdfplumber could not map most characters to Unicode"
            return _pdfium_scan(number, pdfium_page, textpage, note=note)
        if missing_superscripts(glyphs, reference_text):
            glyphs, added = recover_superscripts(glyphs, pdfium_glyphs(pdfium_page, textpage))
            if added:
                notes.append(
                    f"{added} superscripts (³, ²) recovered from pypdfium2 (pdfplumber dropped them)"
                )
    if not glyphs:
        notes.append("no text on this page (blank, or an image without a text layer)")
    page = Page(
        number=number, width=width, height=height, notes=notes, text_source=_source(glyphs, "pdfplumber")
    )
    page.lines = glyphs_to_lines(glyphs, number)
    grids = page_grids(plumber_page, number) if options.tables and glyphs else []
    rules = page_rules(plumber_page) if options.tables and glyphs else []
    return PageScan(page=page, grids=grids, rules=rules)


def _pdfium_scan(number: int, pdfium_page, textpage, note: str) -> PageScan:
    width, height = (float(v) for v in pdfium_page.get_size())
    glyphs = pdfium_glyphs(pdfium_page, textpage)
    page = Page(
        number=number, width=width, height=height, text_source=_source(glyphs, "pypdfium2"), notes=[note]
    )
    page.lines = glyphs_to_lines(glyphs, number)
    return PageScan(page=page)


def _check_layer(
    path: Path, number: int, scan: PageScan, document, options: ParseOptions, result: ScanResult
) -> PageScan:
    """The page as read, or as OCR reads it when its text layer is missing or bad."""
    pdfium_page = document[number - 1]
    try:
        quality = _layer_quality(scan.page, pdfium_page)
        if quality.verdict == "good":
            return scan
        if quality.verdict == "none" and not has_images(pdfium_page):
            return scan  # a blank page: nothing to read
        from std_extract.parse.ocr import ENABLE_HINT, ENGINE, ocr_available, ocr_page

        if not ocr_available():
            if quality.verdict == "bad":
                message = f"{path.name}: page {number}: {quality.reason}; the layer was kept; {ENABLE_HINT}"
                scan.page.notes.append(message)
                result.errors.append(
                    ErrorItem(stage="parse", code=ErrorCode.BAD_TEXT_LAYER, message=message, page=number)
                )
            return scan
        reason = quality.reason or "no text layer"
        return _ocr_scan(number, pdfium_page, options, scan.page.notes, reason, ENGINE, ocr_page)
    finally:
        pdfium_page.close()


def _layer_quality(page: Page, pdfium_page) -> LayerQuality:
    glyphs = [
        Glyph(char, *box, size=box[3] - box[1])
        for line in page.lines
        for char, box in zip(line.text, line.char_bboxes, strict=False)
        if not char.isspace()
    ]
    quality = text_quality(glyphs)
    if quality.verdict == "good" and is_scanned(pdfium_page):
        from std_extract.parse.raster import render_gray

        quality = with_ink_check(quality, render_gray(pdfium_page, INK_DPI), glyphs, INK_DPI)
    return quality


def _ocr_scan(
    number: int, pdfium_page, options: ParseOptions, notes: list[str], reason: str, engine: str, ocr_page
) -> PageScan:
    width, height = (float(v) for v in pdfium_page.get_size())
    read = ocr_page(pdfium_page, number, options.ocr_dpi)
    note = f"read by OCR ({engine}): {reason}" if read.lines else f"OCR ({engine}) found no text either"
    page = Page(
        number=number,
        width=width,
        height=height,
        text_source="ocr" if read.lines else "none",
        notes=[*notes, note],
        ocr=PageOcr(reason=reason, engine=engine, repairs=read.repairs),
    )
    page.lines = read.lines
    if not options.tables:
        return PageScan(page=page)
    return PageScan(page=page, grids=read.grids, rules=read.rules)


def _mostly_unknown(glyphs: list[Glyph]) -> bool:
    return bool(glyphs) and sum(g.text == "\ufffd" for g in glyphs) > UNKNOWN_SHARE * len(glyphs)


def _mostly_unknown_text(text: str) -> bool:
    printed = [c for c in text if not c.isspace()]
    return not printed or sum(c == "\ufffd" for c in printed) > UNKNOWN_SHARE * len(printed)


def _source(glyphs: list[Glyph], reader: TextSource) -> TextSource:
    return reader if glyphs else "none"


def _pdfium_size(document, number: int) -> tuple[float, float]:
    if document is None:
        return 0.0, 0.0
    try:
        width, height = document[number - 1].get_size()
        return float(width), float(height)
    except Exception:
        return 0.0, 0.0


def _set_status(path: Path, result: ScanResult) -> None:
    """ok / partial / failed, and NO_TEXT_LAYER when no page read has any text."""
    read = [scan for scan in result.pages if scan.page.text_source != "none"]
    failed = [e for e in result.errors if e.code is ErrorCode.PAGE_FAILED]
    if result.pages and not read and not failed:
        message = (
            f"{path.name}: no text layer on any of the {len(result.pages)} pages read "
            f"(image-only, probably scanned); it needs OCR: {_ocr_hint()}"
        )
        result.errors.append(ErrorItem(stage="parse", code=ErrorCode.NO_TEXT_LAYER, message=message))
    if not read:
        result.status = "failed"
    elif result.errors:
        result.status = "partial"


def _ocr_hint() -> str:
    from std_extract.parse.ocr import ENABLE_HINT, ocr_available

    return "OCR found no text on them" if ocr_available() else ENABLE_HINT


def _describe(exc: Exception) -> str:
    text = str(exc) or repr(exc)
    return f"{type(exc).__name__}: {text}"[:300]
