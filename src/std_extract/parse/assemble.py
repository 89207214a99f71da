"""``pages_to_document``: scanned pages -> the parsed document (running lines, metadata, tables, clauses)."""

from __future__ import annotations

import re
from bisect import bisect_right

from std_extract.document import Clause, Page, ParsedDocument, Table
from std_extract.parse.clauses import lines_to_clauses
from std_extract.parse.layout import split_running_lines
from std_extract.parse.metadata import cover_to_metadata
from std_extract.parse.model import ScanResult
from std_extract.parse.structure import clauses_to_structure
from std_extract.parse.tablectx import citing_sentence, table_mention
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
    numbers: set[str] = set()  # an annex numbering its tables from 1 again cites its own 表1
    for table in tables:
        page_number, bbox = table.bboxes[0]
        position = bisect_right(keys, (page_number, bbox[1]))
        seen, numbers = table.number in numbers, numbers | {table.number or ""}
        if not position:
            continue
        chain = chains[order[position - 1]]
        floated = not seen and chain[0].kind != "annex" and not _cites(chain[0], table)
        citing = _citing_chain(table, [chains[i] for i in order[:position]]) if floated else None
        if citing is not None and citing[0] is not chain[0]:
            chain = citing  # a float set past the chapter of the clause that brings it in
            table.intro_text = table.intro_text or citing_sentence(chain[-1].text, table.number or "")
        clause = chain[-1]
        table.clause = clause.number if clause.number is not None else clause.kind
        for holder in chain:
            holder.page_end = max(holder.page_end, table.pages[-1])


_NOT_BODY = ("foreword", "introduction", "toc")


def _citing_chain(table: Table, before: list[list[Clause]]) -> list[Clause] | None:
    """The first clause printed before the table whose text cites it ("应符合表1的规定"), with its
    ancestors.  GB/T 1.1-2020 8.6.2: a table follows the text that first cites it; a typesetter that
    floats tables (ConTeXt, LaTeX) may set it pages later, after other chapters, and the table
    still belongs to that clause."""
    if not table.number:
        return None
    binding = _binding_mention(table.number)
    for chain in before:
        sentence = citing_sentence(chain[-1].text, table.number) if chain[-1].kind not in _NOT_BODY else None
        if sentence and binding.search(sentence):
            return chain
    return None


def _binding_mention(number: str) -> re.Pattern:
    """A sentence bringing a table in ("应符合表1的规定", "见表2", "按表3", "应在表1规定的…范围内"), not
    one naming it in passing ("污染物浓度满足表1中A级限值要求的污泥产物", a definition)."""
    return re.compile(r"(?:应\s*(?:符合|满足|达到|在)|见|按|列于)\s*" + table_mention(number).pattern)


def _cites(chapter: Clause, table: Table) -> bool:
    """Some clause of ``chapter`` cites the table: it sits where it is brought in."""
    return bool(table.number) and any(citing_sentence(c.text, table.number or "") for c in chapter.walk())


def _chains(clause: Clause, above: list[Clause]):
    chain = [*above, clause]
    yield chain
    for child in clause.children:
        yield from _chains(child, chain)
