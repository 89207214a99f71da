"""PDF pages as images for the document screen, and the text under a box a reviewer draws.

pypdfium2 renders pages to PNG, cached on disk (``<cache>/<sha256>/p<N>.png``).  Boxes are in the
project's one coordinate system (PDF points, top-left origin, 1-based pages): the browser draws
them on an SVG whose viewBox is the page size in points, so no scaling happens here.  pdfium's
text API uses PDF's bottom-left origin, so :func:`text_in_box` flips y once.
A page image starts at the MediaBox's corner, which is not (0, 0) in the parser's coordinates for
an offset box: each :class:`PageSize` says where it lies and the viewBox starts there.

A PDF is only opened when its sha256 equals the record's: the workbench serves the file the
record was made from, never an arbitrary path.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no stubs or py.typed

from std_extract.digest import file_sha256
from std_extract.parse.image_origin import image_origin
from std_extract.parse.options import ParseOptions
from std_extract.parse.pages import pdf_to_pages

RENDER_SCALE = 2.0  # 144 dpi: sharp enough to read 6 pt table text
_LOCK = threading.Lock()  # pdfium is not thread-safe


@dataclass(frozen=True)
class PageSize:
    """A page's size in points and the project coordinates of its image's top-left corner."""

    number: int
    width: float
    height: float
    left: float = 0.0
    top: float = 0.0


def page_size(page: pdfium.PdfPage, number: int) -> PageSize:
    width, height = page.get_size()
    return PageSize(number, width, height, *image_origin(page))


class PageRenderer:
    """Finds a document's PDF, renders its pages and reads text in a rectangle."""

    def __init__(self, cache_dir: Path, search_roots: list[Path]):
        self.cache_dir = cache_dir
        self.search_roots = search_roots
        self._paths: dict[str, Path | None] = {}

    def pdf_path(self, sha256: str, recorded_path: str) -> Path | None:
        """The PDF file behind a record (absolute, or under a search root), checked by hash."""
        if sha256 not in self._paths:
            self._paths[sha256] = self._find(sha256, recorded_path)
        return self._paths[sha256]

    def _find(self, sha256: str, recorded_path: str) -> Path | None:
        recorded = Path(recorded_path)
        candidates = [recorded] if recorded.is_absolute() else []
        for root in self.search_roots:
            candidates += [root / recorded, root / recorded.name]
        for path in candidates:
            if path.is_file() and file_sha256(path) == sha256:
                return path
        return None

    def page_sizes(self, pdf: Path) -> list[PageSize]:
        with _LOCK:
            document = pdfium.PdfDocument(pdf)
            try:
                return [page_size(document[i], i + 1) for i in range(len(document))]
            finally:
                document.close()

    def page_png(self, sha256: str, pdf: Path, page: int) -> Path | None:
        """The cached PNG of a 1-based page (rendered on first use); None for a page not there."""
        target = self.cache_dir / sha256 / f"p{page}.png"
        if target.exists():
            return target
        with _LOCK:
            document = pdfium.PdfDocument(pdf)
            try:
                if not 1 <= page <= len(document):
                    return None
                image = document[page - 1].render(scale=RENDER_SCALE).to_pil()
            finally:
                document.close()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".tmp")
        image.save(partial, format="PNG")
        partial.replace(target)  # atomic: a second request never reads half a file
        return target

    def text_layer(self, sha256: str, pdf: Path, page: int) -> list[dict[str, Any]]:
        """The lines of a 1-based page as the parser reads them (``parse.pages.pdf_to_pages``:
        full-width forms, duplicate bold glyphs and ³ handled as for extraction), each with one
        box per character; cached as JSON beside the page image.  [] for a page not there."""
        target = self.cache_dir / sha256 / f"p{page}.text.json"
        if target.exists():
            return json.loads(target.read_text(encoding="utf-8"))
        with _LOCK:
            scan = pdf_to_pages(pdf, ParseOptions(pages=[page], tables=False, ocr=False))
        lines = [
            {"text": line.text, "boxes": [[round(c, 2) for c in box] for box in line.char_bboxes]}
            for scanned in scan.pages
            for line in [*scanned.page.header, *scanned.page.lines, *scanned.page.footer]
            if len(line.char_bboxes) == len(line.text)
        ]
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".tmp")
        partial.write_text(json.dumps(lines, ensure_ascii=False), encoding="utf-8")
        partial.replace(target)
        return lines

    def text_in_box(self, pdf: Path, page: int, bbox: tuple[float, float, float, float]) -> str:
        """The page's characters inside ``bbox`` (points, top-left origin)."""
        x0, top, x1, bottom = bbox
        with _LOCK:
            document = pdfium.PdfDocument(pdf)
            try:
                if not 1 <= page <= len(document):
                    return ""
                pdf_page = document[page - 1]
                height = pdf_page.get_size()[1]
                textpage = pdf_page.get_textpage()
                # get_text_bounded(left, bottom, right, top) in PDF space: y grows upwards.
                text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
            finally:
                document.close()
        return " ".join(text.replace("\r", "").split())
