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

import numpy as np
from pdfplumber.table import TableFinder
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

Char = dict[str, Any]  # a printed character in pdfplumber's shape (see the module docstring)
Shape = dict[str, Any]  # a line, rect or curve in pdfplumber's shape


NUMBERS = ("x0", "x1", "top", "bottom", "doctop", "y0", "y1", "size")  # the float columns of a CharTable
MATRIX = ("a", "b", "c", "d", "e", "f")  # the text matrix's columns


@dataclass
class CharTable:
    """A page's chars as columns: the same fields as the char dicts, one numpy array each.

    PDFium's backend computes the boxes of a page's chars in one numpy pass and hands them over
    as they are; ``chars.clean_chars`` repairs them column by column.  A page of 1,000 chars then
    costs no dict and no Python call per char until the glyphs are made.  ``dicts`` gives
    pdfplumber's shape (the contract of ``PageContent.chars``).
    """

    text: list[str]
    fontname: list[str]
    upright: list[bool]
    numbers: dict[str, np.ndarray]  # NUMBERS -> float64 column (y0 is NaN where a char has none)
    matrix: np.ndarray  # (n, 6): the text matrix of each char
    source: list[Char] | None = None  # the dicts read by from_dicts, returned as they were

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.numbers[name]

    @classmethod
    def from_dicts(cls, chars: list[Char]) -> CharTable:
        """The columns of pdfplumber-shaped char dicts (a missing matrix is the identity)."""
        count = len(chars)

        def column(name: str, default: float = np.nan) -> np.ndarray:
            values = (c.get(name, default) for c in chars)
            return np.fromiter((default if v is None else v for v in values), np.float64, count)

        numbers = {name: column(name) for name in NUMBERS}
        numbers["size"] = column("size", 0.0)
        matrix = np.array([c.get("matrix", IDENTITY)[:6] for c in chars], dtype=np.float64).reshape(count, 6)
        return cls(
            [c["text"] for c in chars],
            [c.get("fontname") or "" for c in chars],
            [c.get("upright", True) for c in chars],
            numbers,
            matrix,
            source=chars,
        )

    def dict_at(self, i: int) -> Char:
        """Char ``i`` in pdfplumber's shape."""
        if self.source is not None:
            return self.source[i]
        char: Char = {name: float(column[i]) for name, column in self.numbers.items()}
        char.update(text=self.text[i], fontname=self.fontname[i], upright=self.upright[i])
        char["matrix"] = tuple(self.matrix[i].tolist())
        return char

    def dicts(self) -> list[Char]:
        if self.source is not None:
            return self.source
        return [self.dict_at(i) for i in range(len(self))]

    def extended(self, chars: list[Char]) -> CharTable:
        """These chars, then ``chars`` (dicts) after them."""
        if not chars:
            return self
        more = CharTable.from_dicts(chars)
        source = self.source + chars if self.source is not None else None
        numbers = {name: np.concatenate((self.numbers[name], more.numbers[name])) for name in NUMBERS}
        return CharTable(
            self.text + more.text,
            self.fontname + more.fontname,
            self.upright + more.upright,
            numbers,
            np.concatenate((self.matrix, more.matrix)),
            source,
        )


IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # the text matrix of a char that gives none


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
    chars: list[Char] | CharTable  # dicts (pdfplumber) or columns (PDFium): chars.clean_chars reads both
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
