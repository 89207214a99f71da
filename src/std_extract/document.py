"""The parsed-document model: what the parser produces and every later stage reads.

Coordinates follow pdfplumber's convention, flipped once at parse time: PDF points, origin at
the top-left of the page, ``(x0, top, x1, bottom)``, pages numbered from 1.  Nothing after the
parser sees another coordinate system.

Every line keeps one bbox per character of its text (``char_bboxes``), so any span of page text
found by a later stage maps back to the rectangle it was printed in (:meth:`TextLine.span_bbox`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from std_extract.errors import ErrorItem

BBox = tuple[float, float, float, float]
Status = Literal["ok", "partial", "failed"]
TextSource = Literal["pdfplumber", "pypdfium2", "ocr", "none"]  # what read a page's text


def union_bbox(boxes: list[BBox]) -> BBox:
    """The smallest box that holds all ``boxes`` (which must not be empty)."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


class Source(BaseModel):
    """The file a document came from."""

    path: str
    sha256: str
    pages: int
    size_bytes: int = 0


class TextLine(BaseModel):
    """One line of text in reading order, with a bbox for each of its characters."""

    page: int
    text: str
    bbox: BBox
    char_bboxes: list[BBox] = Field(default_factory=list, repr=False)

    def span_bbox(self, start: int, end: int) -> BBox:
        """The bbox of ``text[start:end]``; the whole line's bbox when chars are unknown."""
        boxes = self.char_bboxes[start:end]
        return union_bbox(boxes) if boxes else self.bbox


class SymbolRepair(BaseModel):
    """A character of an OCR page repaired from its context, or a sign recovered from the image
    where OCR read nothing (``read`` is then empty)."""

    page: int
    bbox: BBox
    read: str  # what OCR read ("25'C" -> "'C")
    repaired: str  # what the page now says ("℃")
    rule: str  # the rule that decided it ("celsius", "sign_from_image", ...)


class PageOcr(BaseModel):
    """Why a page was read by OCR, with which engine, and what was repaired."""

    reason: str  # "no text layer", "only 40% of the hanzi form dictionary words", ...
    engine: str
    repairs: list[SymbolRepair] = Field(default_factory=list)


class Page(BaseModel):
    """A page: body lines, and the running header/footer lines removed from the body."""

    number: int
    width: float
    height: float
    lines: list[TextLine] = Field(default_factory=list)
    header: list[TextLine] = Field(default_factory=list)
    footer: list[TextLine] = Field(default_factory=list)
    page_label: str | None = None  # the printed page number ("3", "III") where found
    text_source: TextSource = "pdfplumber"
    fallback: bool = False  # read by PDFium because pdfplumber, the backend asked for, could not
    notes: list[str] = Field(default_factory=list)  # e.g. "superscript ³ recovered from pypdfium2"
    ocr: PageOcr | None = None  # set when the page was read by OCR

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class StandardMetadata(BaseModel):
    """Cover-page metadata of a standard."""

    number: str | None = None  # normalised: "GB/T 19266-2008", "Q/320115ABC 001-2024"
    number_as_printed: str | None = None
    kind: str | None = None  # "GB", "GB/T", "GB/Z", "DB/T", "HJ", "QB/T", "T", "Q", ...
    prefix: str | None = None  # the part before the sequence number: "GB/T", "DB32/T", "T/CAS"
    year: int | None = None
    title: str | None = None
    title_en: str | None = None
    enterprise: str | None = None  # issuing enterprise or body
    issued: str | None = None  # ISO date of 发布
    effective: str | None = None  # ISO date of 实施
    replaces: list[str] = Field(default_factory=list)  # 代替
    ics: list[str] = Field(default_factory=list)
    ccs: list[str] = Field(default_factory=list)
    filing_number: str | None = None  # 备案号


ClauseKind = Literal["foreword", "introduction", "toc", "chapter", "clause", "annex", "annex_clause"]


class Clause(BaseModel):
    """A node of the clause tree (GB/T 1.1: 1 范围, 4.2, 附录 A, A.1 ...)."""

    number: str | None  # "4.2.1", "A", "A.1"; None for 前言/引言/目次
    title: str
    kind: ClauseKind
    level: int  # 1 for chapters and annexes, +1 for each dot
    normative: bool | None = None  # annexes: （规范性） True, （资料性） False; None if not printed
    text: str = ""  # the clause's own body text (without its children)
    page_start: int
    page_end: int
    line_refs: list[tuple[int, int]] = Field(default_factory=list, repr=False)  # (page, line index)
    children: list[Clause] = Field(default_factory=list)

    def walk(self):
        """This clause and all its descendants, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


class TableCell(BaseModel):
    """A cell of a table body; ``text`` is exactly as printed (line breaks kept)."""

    row: int
    col: int
    text: str
    page: int
    bbox: BBox
    merged_from: tuple[int, int] | None = None  # (row, col) of the cell whose text this copies
    text_x0: float | None = None  # where a ruled cell's text starts (its box is the whole cell)


class Table(BaseModel):
    """A table, with continuation pages (续表, repeated header) merged in."""

    number: str | None = None  # "1", "A.1"
    caption: str | None = None  # "表1 理化指标" as printed
    title: str | None = None  # "理化指标"
    clause: str | None = None  # the clause the table sits in
    pages: list[int]
    bboxes: list[tuple[int, BBox]] = Field(default_factory=list)  # (page, bbox) per page part
    header_rows: list[list[str]] = Field(default_factory=list)
    columns: list[str] = Field(default_factory=list)  # header paths: "指标/优等品"
    rows: list[list[TableCell]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # 注 and footnotes printed under the table
    detection: Literal["ruled", "text"] = "ruled"
    intro_text: str | None = None  # the sentence that introduces the table ("...应符合表1的规定")
    unit_line: str | None = None  # the unit of its values, on a line above the grid ("单位为毫克每升")
    # Titles of the numbered clauses the caption sits under, outermost first ("苯噻酰草胺", "最大残留限量")
    headings: list[str] = Field(default_factory=list)
    # Lines between the caption and the grid saying what the rows are about (GB 2760 表A.1: the
    # additive's name, "CNS号 04.005  INS号 —", "功能 抗氧化剂"), as printed
    subject: list[str] = Field(default_factory=list)


class DocumentStructure(BaseModel):
    """Drafting-structure signals (GB/T 1.1) the ranking gates and conformance view read."""

    chapters: list[str] = Field(default_factory=list)  # level-1 chapter titles as printed
    references: list[str] = Field(default_factory=list)  # 规范性引用文件 entries, one per line


class ParsedDocument(BaseModel):
    """Everything the parser knows about one file."""

    source: Source
    status: Status = "ok"
    errors: list[ErrorItem] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    metadata: StandardMetadata = Field(default_factory=StandardMetadata)
    clauses: list[Clause] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    structure: DocumentStructure = Field(default_factory=DocumentStructure)  # from the clause tree

    def iter_clauses(self):
        for clause in self.clauses:
            yield from clause.walk()

    def clause_by_number(self, number: str) -> Clause | None:
        return next((c for c in self.iter_clauses() if c.number == number), None)

    def page(self, number: int) -> Page:
        """The page numbered ``number`` (1-based).  A parse of some pages only
        (``ParseOptions.pages``) holds just those, so ``pages[number - 1]`` is not it."""
        if 0 < number <= len(self.pages) and self.pages[number - 1].number == number:
            return self.pages[number - 1]
        for page in self.pages:
            if page.number == number:
                return page
        raise KeyError(f"page {number} was not parsed")
