"""Models passed between the parser's own stages (not part of the output contract).

``pdf_to_pages`` turns a file into a :class:`PageScan` per page: the page with its text lines,
plus the geometry a later stage needs and cannot get from lines alone (ruled table grids and
horizontal rules).  ``pages_to_document`` turns the scans into a ``ParsedDocument``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from std_extract.document import BBox, Page, Source, Status
from std_extract.errors import ErrorItem


@dataclass(slots=True)
class Glyph:
    """One printed character, in top-left page coordinates (a pdfplumber char, slimmed)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


class GridCell(BaseModel):
    """A cell of a ruled grid: its rectangle and its place (row, col, spans) in the grid."""

    row: int
    col: int
    bbox: BBox
    row_span: int = 1
    col_span: int = 1


class RuledGrid(BaseModel):
    """A table found from ruling lines (pdfplumber's TableFinder), as geometry only.

    ``col_edges`` and ``row_edges`` are the x and y positions separating columns and rows;
    text is filled in later from the page's lines, so it carries the same repairs as the body.
    """

    page: int
    bbox: BBox
    col_edges: list[float]
    row_edges: list[float]
    cells: list[GridCell]

    @property
    def n_rows(self) -> int:
        return len(self.row_edges) - 1

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1


class HRule(BaseModel):
    """A horizontal rule on a page (a thin rect or a line): the rules of three-line tables."""

    x0: float
    x1: float
    y: float


class PageScan(BaseModel):
    """What ``pdf_to_pages`` read from one page."""

    page: Page
    grids: list[RuledGrid] = Field(default_factory=list)
    rules: list[HRule] = Field(default_factory=list)


class ScanResult(BaseModel):
    """The output of ``pdf_to_pages``: the source, the pages read, and what went wrong."""

    source: Source
    status: Status = "ok"
    errors: list[ErrorItem] = Field(default_factory=list)
    pages: list[PageScan] = Field(default_factory=list)
