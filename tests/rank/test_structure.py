"""Structure signals from a parsed document."""

from __future__ import annotations

from std_extract.document import Clause, ParsedDocument, Source
from std_extract.rank.structure import cited_number, structure_from_document


def _chapter(number: str, title: str, text: str = "") -> Clause:
    return Clause(number=number, title=title, kind="chapter", level=1, text=text, page_start=1, page_end=1)


def test_structure_from_document_chapters_and_references():
    lines = [
        "下列文件对于本文件的应用是必不可少的。",
        "ＧＢ／Ｔ １９１—２００８ 包装储运图示标志",
        "GB 4706.1 家用电器安全",
    ]
    refs = "\n".join(lines)
    doc = ParsedDocument(
        source=Source(path="x.pdf", sha256="0" * 64, pages=1),
        clauses=[_chapter("1", "范围"), _chapter("2", "规范性引用文件", refs), _chapter("4", "技术要求")],
    )
    signals = structure_from_document(doc)
    assert signals.chapters == ["范围", "规范性引用文件", "技术要求"]
    assert signals.references == ["GB/T 191-2008 包装储运图示标志", "GB 4706.1 家用电器安全"]


def test_structure_cited_number_in_requirement_text():
    assert cited_number("应符合GB 2762—2022的规定") == "GB 2762-2022"
    assert cited_number("应符合 QB/T 1234 的规定") == "QB/T 1234"
    assert cited_number("应无异味") is None
