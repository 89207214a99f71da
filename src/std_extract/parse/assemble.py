"""``pages_to_document``: scanned pages -> the parsed document (running lines, metadata, tables, clauses)."""

from __future__ import annotations

from bisect import bisect_right

from std_extract.document import Clause, Page, ParsedDocument, Table
from std_extract.parse.clauses import lines_to_clauses
from std_extract.parse.layout import split_running_lines
from std_extract.parse.metadata import cover_to_metadata
from std_extract.parse.model import ScanResult
from std_extract.parse.structure import clauses_to_structure
from std_extract.parse.tables import pages_to_tables


def pages_to_document(scan: ScanResult) -> ParsedDocument:
    """Everything after reading: needs no file, so it can be tested on hand-built pages.

    Order matters: running lines go first (they are not body text), tables before clauses (a
    numbered row inside a table is not a heading), clauses before table.clause.
    """
    pages = [s.page for s in scan.pages]
    split_running_lines(pages)
    document = ParsedDocument(source=scan.source, status=scan.status, errors=list(scan.errors), pages=pages)
    if scan.status == "failed":
        return document
    document.metadata = cover_to_metadata(pages)
    document.tables, regions = pages_to_tables(scan.pages)
    document.clauses = lines_to_clauses(pages, regions, document.metadata.title)
    assign_table_clauses(document.tables, document.clauses, pages)
    document.structure = clauses_to_structure(document.clauses)
    return document


def assign_table_clauses(tables: list[Table], clauses: list[Clause], pages: list[Page]) -> None:
    """Each table's clause: the last heading printed before the table's first part.  The clause
    (and the clauses above it) then spans the table's pages too."""
    by_number = {page.number: page for page in pages}
    starts: list[tuple[int, float]] = []
    chains: list[list[Clause]] = []  # each clause with its ancestors, innermost last
    for root in clauses:
        for chain in _chains(root, []):
            page_number, index = chain[-1].line_refs[0]
            page = by_number.get(page_number)
            if page is not None and index < len(page.lines):
                starts.append((page_number, page.lines[index].bbox[1]))
                chains.append(chain)
    order = sorted(range(len(starts)), key=lambda i: starts[i])
    keys = [starts[i] for i in order]
    for table in tables:
        page_number, bbox = table.bboxes[0]
        position = bisect_right(keys, (page_number, bbox[1]))
        if not position:
            continue
        chain = chains[order[position - 1]]
        clause = chain[-1]
        table.clause = clause.number if clause.number is not None else clause.kind
        for holder in chain:
            holder.page_end = max(holder.page_end, table.pages[-1])


def _chains(clause: Clause, above: list[Clause]):
    chain = [*above, clause]
    yield chain
    for child in clause.children:
        yield from _chains(child, chain)
