"""The contract between a PDF reader and the parser: what one page is, whichever library read it.

A backend opens a file and reads each page into a :class:`PageContent`: its size, its printed
characters and its ruling lines and rectangles, all in pdfplumber's object model (top-left
origin, points; a char is a dict with ``text``, ``x0``, ``top``, ``x1``, ``bottom``, ``size``,
``fontname``, ``matrix``, ``y0``, ``upright``, ``doctop``).  pdfplumber's model is the one kept
because its char boxes are what every repair in ``chars`` and every tolerance after it were
written against; a backend that reads with another library (PDFium) builds the same boxes.
Nothing after ``pages.py`` knows which backend ran (docling keeps its PDF backends apart from
its pipeline stages the same way).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

from pdfplumber.table import TableFinder
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

Char = dict[str, Any]  # a printed character in pdfplumber's shape (see the module docstring)
Shape = dict[str, Any]  # a line, rect or curve in pdfplumber's shape


@dataclass
class PageGeometry:
    """The ruling lines, rectangles and curves of a page, and pdfplumber's table finder on them.

    Duck-types the parts of a pdfplumber page that ``TableFinder`` and ``grids`` read (``lines``,
    ``rects``, ``edges``, ``bbox``, ``find_tables``), so ruled tables are found by the same
    algorithm from either backend's strokes.
    """

    bbox: tuple[float, float, float, float]
    lines: list[Shape] = field(default_factory=list)
    rects: list[Shape] = field(default_factory=list)
    curves: list[Shape] = field(default_factory=list)

    @property
    def edges(self) -> list[Shape]:
        """Every stroke as pdfplumber's edges (a rect gives four, a curve one per segment)."""
        return list(
            chain(
                map(line_to_edge, self.lines),
                chain.from_iterable(map(rect_to_edges, self.rects)),
                chain.from_iterable(map(curve_to_edges, self.curves)),
            )
        )

    def find_tables(self) -> list[Any]:
        """pdfplumber's ruled tables (default settings: the lines strategy) of these strokes."""
        return TableFinder(self).tables  # type: ignore[arg-type]  # duck-typed page


@dataclass
class PageContent:
    """One page as a backend read it: what the parser needs, nothing library-specific."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[Char]
    geometry: PageGeometry
    images: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    notes: list[str] = field(default_factory=list)  # what the backend could not read as it should


class DocumentBackend(Protocol):
    """An opened PDF that reads pages into :class:`PageContent`.

    ``read_page`` raises on a page the library cannot read; ``pages.py`` turns that into an error
    item or reads the page with the other backend.
    """

    name: str  # the Page.text_source of pages it reads

    @property
    def page_count(self) -> int: ...

    def read_page(self, number: int) -> PageContent: ...

    def close(self) -> None: ...
