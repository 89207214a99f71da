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
from typing import NamedTuple, cast

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.utils.exceptions import PdfminerException

from std_extract.digest import file_sha256
from std_extract.document import BBox, Page, PageOcr, Source, TextSource
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.parse.backends import (
    PDFIUM,
    PLUMBER,
    DocumentBackend,
    PageContent,
    PdfiumBackend,
    PdfplumberBackend,
)
from std_extract.parse.backends.pdfium import SKIPPED_NOTE, UNMAPPED_NOTE
from std_extract.parse.chars import clean_chars
from std_extract.parse.fallback import missing_superscripts, recover_superscripts
from std_extract.parse.grids import page_grids, page_rules
from std_extract.parse.layout import glyphs_to_lines
from std_extract.parse.model import Glyph, PageScan, ScanResult
from std_extract.parse.options import ParseOptions
from std_extract.parse.textlayer import (
    INK_DPI,
    MIN_PICTURE,
    LayerQuality,
    covers_page,
    images_share,
    text_quality,
    with_ink_check,
)

log = logging.getLogger(__name__)

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
    path: Path, document: pdfium.PdfDocument | None, options: ParseOptions, source: Source, stack: ExitStack
) -> ScanResult:
    result = ScanResult(source=source)
    readers = _Readers(path, document, options, result, stack)
    for number in options.selected(source.pages):
        result.pages.append(_read_page(path, number, readers, document, options, result))
    _set_status(path, result)
    result.errors += _active_content(path, readers)  # a warning: the status stays as read
    return result


class _Readers:
    """The two backends of one file: PDFium (opened by the caller) and pdfplumber (opened on first
    use, so a file PDFium reads in full never pays for pdfminer's parse of the file)."""

    def __init__(self, path: Path, document: pdfium.PdfDocument | None, options: ParseOptions, result, stack):
        self.path, self.result, self.stack = path, result, stack
        self.pdfium = PdfiumBackend(document) if document is not None else None
        self._plumber: PdfplumberBackend | None = None
        self._plumber_tried = False
        self.primary_name = options.backend if self.pdfium is not None else PLUMBER
        self.switched = False  # the primary reader cannot read the file: every page from the other

    def primary(self) -> DocumentBackend | None:
        if self.primary_name == PLUMBER:
            backend = self.plumber()  # on failure the primary becomes PDFium (see _damaged)
            if backend is not None:
                return backend
        return self.pdfium

    def secondary(self) -> DocumentBackend | None:
        if self.switched:
            return None
        return self.plumber() if self.primary_name == PDFIUM else self.pdfium

    def plumber(self) -> PdfplumberBackend | None:
        """pdfplumber on the file, or None (with a DAMAGED item where it is the primary reader)."""
        if self._plumber_tried:
            return self._plumber
        self._plumber_tried = True
        try:
            backend = PdfplumberBackend(self.path)
        except Exception as exc:  # pdfminer raises many types on broken structure
            self._damaged(f"pdfplumber cannot read the PDF structure ({_describe(exc)})")
            return None
        self.stack.callback(_close_quietly, backend)
        pages = self.result.source.pages
        if backend.page_count != pages:  # pdfminer skipped a broken page: indexes no longer match
            self._damaged(f"pdfplumber finds {backend.page_count} of {pages} pages (damaged page tree)")
            return None
        self._plumber = backend
        return backend

    def _damaged(self, problem: str) -> None:
        if self.primary_name != PLUMBER or self.pdfium is None:
            return  # only the fallback reader failed: the pages are read as they were going to be
        message = f"{self.path.name}: {problem}; pages read with pypdfium2"
        self.result.errors.append(ErrorItem(stage="parse", code=ErrorCode.DAMAGED, message=message))
        self.primary_name, self.switched = PDFIUM, True


def _active_content(path: Path, readers: _Readers) -> list[ErrorItem]:
    """Flag JavaScript and embedded files (ISO 32000-1 12.6.4.16, 7.11.4): std-extract never runs
    or opens them, but a reviewer opening the PDF in a viewer might, and an agency wants to know."""
    found = _catalog_active_content(path, readers) | _raw_active_content(path)
    if not found:
        return []
    message = f"{path.name}: the PDF carries {' and '.join(sorted(found))} (not run or opened here)"
    return [ErrorItem(stage="parse", code=ErrorCode.ACTIVE_CONTENT, message=message)]


def _catalog_active_content(path: Path, readers: _Readers) -> set[str]:
    """From the document catalog, which also sees names kept in compressed object streams."""
    from pdfminer.pdftypes import resolve1

    found: set[str] = set()
    try:
        catalog = _catalog(path, readers)
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


def _catalog(path: Path, readers: _Readers) -> dict:
    """The catalog as pdfminer reads it (the opened pdfplumber document's, else its own parse of
    the cross-reference table and trailer: no page is read for it)."""
    if readers._plumber_tried:
        return readers._plumber.pdf.doc.catalog if readers._plumber is not None else {}
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    with path.open("rb") as handle:
        return dict(PDFDocument(PDFParser(handle)).catalog)


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


def _read_page(
    path: Path, number: int, readers: _Readers, document, options: ParseOptions, result: ScanResult
) -> PageScan:
    """One page; on failure a PAGE_FAILED item and an empty page, so the others still count."""
    try:
        scan, glyphs, images = _scan_page(number, readers, options)
        if document is not None and options.ocr:
            scan = _check_layer(path, number, _Layer(scan, glyphs, images), document, options, result)
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


class _Layer(NamedTuple):
    """A page as read, with what the text-layer check needs: its glyphs and image boxes."""

    scan: PageScan
    glyphs: list[Glyph]
    images: list[BBox]


def _scan_page(number: int, readers: _Readers, options: ParseOptions) -> _Layer:
    """The page from the primary backend; from the other one where the primary fails on it or
    finds no readable text there (see :func:`_needs_other_reader`)."""
    primary, other = readers.primary(), readers.secondary()
    if primary is None:  # neither library can read the file's structure
        raise InputError(ErrorCode.DAMAGED, "no reader can open the PDF")
    try:
        content = primary.read_page(number)
    except Exception as exc:  # the primary reader failed on this page: the other may still read it
        if other is None:
            raise
        note = f"read with {other.name}: {primary.name} failed ({_describe(exc)})"
        read = _other_reader_scan(number, other, options, note, keep_empty=True)
        if read is None or read.scan.page.text_source == "none":
            raise
        return read
    glyphs, notes = clean_chars(content.chars, content.width, content.height)
    if readers.switched:
        note = "read with pypdfium2: the PDF structure is damaged"
        read = _glyphs_to_scan(content, glyphs, [note, *notes], primary.name, options)
        read.scan.page.fallback = True
        return read
    if options.pdfium_checks and other is not None:
        reason = _needs_other_reader(glyphs, readers, number, content)
        if reason:
            read = _other_reader_scan(number, other, options, f"read with {other.name}: {reason}")
            if read is not None:
                return read
        if primary.name == PLUMBER and readers.pdfium is not None:
            glyphs, notes = _with_superscripts(glyphs, notes, readers.pdfium, number)
    return _glyphs_to_scan(content, glyphs, notes, primary.name, options)


def _needs_other_reader(
    glyphs: list[Glyph], readers: _Readers, number: int, content: PageContent
) -> str | None:
    """Why the page should be read by the other backend, or None."""
    if readers.primary_name == PDFIUM:
        if not glyphs:
            return "PDFium found no characters on this page"
        if _mostly_unknown(glyphs):
            return "PDFium could not map most characters to Unicode"
        # text PDFium left out, or chars it read as their codes (pdfminer may decode them)
        notes = (note for note in content.notes if note.startswith((SKIPPED_NOTE, UNMAPPED_NOTE)))
        return next(notes, None)
    reference = readers.pdfium.page_text(number) if readers.pdfium is not None else ""
    if not glyphs and reference.strip():
        return "pdfplumber found no characters on this page (font not decoded)"
    if _mostly_unknown(glyphs) and not _mostly_unknown_text(reference):
        return "pdfplumber could not map most characters to Unicode"
    return None


def _other_reader_scan(
    number: int, other: DocumentBackend, options: ParseOptions, note: str, keep_empty: bool = False
) -> _Layer | None:
    """The page from the other backend, where that one reads it better (else None)."""
    if keep_empty:  # the primary failed: what the other reads (or its exception) stands
        content = other.read_page(number)
    else:
        try:
            content = other.read_page(number)
        except Exception:  # noqa: BLE001 - the primary's reading stands
            log.debug("page %s: %s failed too", number, other.name, exc_info=True)
            return None
    glyphs, notes = clean_chars(content.chars, content.width, content.height)
    if not keep_empty and (not glyphs or _mostly_unknown(glyphs)):
        return None
    read = _glyphs_to_scan(content, glyphs, [note, *notes], other.name, options)
    # Page.fallback weighs against a value's confidence: pdfplumber, the reference, reading a page
    # PDFium could not is no reason for doubt; PDFium reading what pdfminer could not decode is.
    read.scan.page.fallback = other.name == PDFIUM
    return read


def _with_superscripts(glyphs: list[Glyph], notes: list[str], pdfium_reader, number: int):
    """pdfminer drops the ³ of some CID fonts ("m³" reads "m"): add those PDFium reads."""
    if not missing_superscripts(glyphs, pdfium_reader.page_text(number)):
        return glyphs, notes
    content = pdfium_reader.read_page(number)
    reference, _ = clean_chars(content.chars, content.width, content.height)
    glyphs, added = recover_superscripts(glyphs, reference)
    if added:
        notes = [*notes, f"{added} superscripts (³, ²) recovered from pypdfium2 (pdfplumber dropped them)"]
    return glyphs, notes


def _glyphs_to_scan(
    content: PageContent, glyphs: list[Glyph], notes: list[str], reader: str, options: ParseOptions
) -> _Layer:
    number = content.number
    if not glyphs:
        notes = [*notes, "no text on this page (blank, or an image without a text layer)"]
    page = Page(
        number=number,
        width=content.width,
        height=content.height,
        notes=notes,
        text_source=cast(TextSource, reader) if glyphs else "none",  # a backend's name, validated here
    )
    rules = page_rules(content.geometry) if options.tables and glyphs else []
    page.lines = glyphs_to_lines(glyphs, number, rules)
    scan = PageScan(page=page)
    if options.tables and glyphs:
        scan = PageScan(page=page, grids=page_grids(content.geometry, number), rules=rules)
    return _Layer(scan, glyphs, content.images)


def _check_layer(
    path: Path, number: int, read: _Layer, document, options: ParseOptions, result: ScanResult
) -> PageScan:
    """The page as read, or as OCR reads it when its text layer is missing or bad."""
    scan = read.scan
    quality = _layer_quality(read, document, number)
    if quality.verdict == "good":
        return scan
    if (
        quality.verdict == "none"
        and images_share(read.images, scan.page.width, scan.page.height) < MIN_PICTURE
    ):
        return scan  # a blank page, or one with only a stamp or logo: nothing to read
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
    pdfium_page = document[number - 1]
    try:
        return _ocr_scan(number, pdfium_page, options, scan.page.notes, reason, ENGINE, ocr_page)
    finally:
        pdfium_page.close()


def _layer_quality(read: _Layer, document, number: int) -> LayerQuality:
    """The character and word checks; on a scanned page also the ink check (which renders it)."""
    quality = text_quality(read.glyphs)
    page = read.scan.page
    if quality.verdict == "good" and covers_page(read.images, page.width, page.height):
        from std_extract.parse.raster import render_gray

        pdfium_page = document[number - 1]
        try:
            gray = render_gray(pdfium_page, INK_DPI)
        finally:
            pdfium_page.close()
        quality = with_ink_check(quality, gray, read.glyphs, INK_DPI)
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
