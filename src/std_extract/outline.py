"""A readable text outline of a parsed document (``std-extract parse --format text``)."""

from __future__ import annotations

from std_extract.document import Clause, ParsedDocument, Table

TEXT_PREVIEW = 60  # characters of clause text shown after each heading


def document_outline(doc: ParsedDocument) -> str:
    """Metadata, the clause tree with page spans, and the tables, as indented plain text."""
    lines = [f"{doc.source.path}  [{doc.status}]  {doc.source.pages} pages"]
    lines += [f"  {error.code}: {error.message}" for error in doc.errors]
    lines += _metadata_lines(doc)
    if doc.clauses:
        lines.append("")
        lines.append("Clauses")
        for clause in doc.clauses:
            lines += _clause_lines(clause, 1)
    if doc.tables:
        lines.append("")
        lines.append("Tables")
        for table in doc.tables:
            lines += _table_lines(table)
    return "\n".join(lines)


def _metadata_lines(doc: ParsedDocument) -> list[str]:
    meta = doc.metadata
    fields = [
        ("number", meta.number), ("title", meta.title), ("title_en", meta.title_en),
        ("issued", meta.issued), ("effective", meta.effective), ("issuer", meta.enterprise),
        ("replaces", ", ".join(meta.replaces)), ("ICS", ", ".join(meta.ics)), ("CCS", ", ".join(meta.ccs)),
        ("filing", meta.filing_number),
    ]  # fmt: skip
    return [f"  {name}: {value}" for name, value in fields if value]


def _clause_lines(clause: Clause, depth: int) -> list[str]:
    pages = f"p{clause.page_start}" + (f"-{clause.page_end}" if clause.page_end != clause.page_start else "")
    label = " ".join(
        part
        for part in (clause.number if clause.kind != "annex" else f"附录{clause.number}", clause.title)
        if part
    )
    preview = clause.text.replace("\n", " ")
    if len(preview) > TEXT_PREVIEW:
        preview = preview[:TEXT_PREVIEW] + "…"
    out = [f"{'  ' * depth}{label or clause.kind}  ({pages}){'  ' + preview if preview else ''}"]
    for child in clause.children:
        out += _clause_lines(child, depth + 1)
    return out


def _table_lines(table: Table) -> list[str]:
    pages = ",".join(str(p) for p in table.pages)
    head = table.caption or f"表 {table.number or '?'}"
    out = [f"  {head}  (p{pages}, {len(table.rows)} rows, {table.detection}, clause {table.clause or '-'})"]
    if table.columns:
        out.append(f"    columns: {' | '.join(table.columns)}")
    out += [f"    note: {note}" for note in table.notes]
    return out
