"""The drafting structure read at parse time, and the citation checks the gates use."""

from __future__ import annotations

from std_extract.document import Clause
from std_extract.parse.structure import clauses_to_structure
from std_extract.rank.structure import cited_number


def _chapter(number: str, title: str, text: str = "") -> Clause:
    return Clause(number=number, title=title, kind="chapter", level=1, text=text, page_start=1, page_end=1)


def test_structure_from_clauses_chapters_and_references():
    lines = [
        "下列文件对于本文件的应用是必不可少的。",
        "ＧＢ／Ｔ １９１—２００８ 包装储运图示标志",
        "GB 4706.1 家用电器安全",
    ]
    refs = "\n".join(lines)
    clauses = [_chapter("1", "范围"), _chapter("2", "规范性引用文件", refs), _chapter("4", "技术要求")]
    signals = clauses_to_structure(clauses)
    assert signals.chapters == ["范围", "规范性引用文件", "技术要求"]
    assert signals.references == ["GB/T 191-2008 包装储运图示标志", "GB 4706.1 家用电器安全"]


def test_structure_cited_number_in_requirement_text():
    assert cited_number("应符合GB 2762—2022的规定") == "GB 2762-2022"
    assert cited_number("应符合 QB/T 1234 的规定") == "QB/T 1234"
    assert cited_number("应无异味") is None


def test_structure_reference_lead_in_and_wrapped_titles():
    lines = [
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文",
        "件,仅该日期对应的版本适用于本文件;不注日期的引用文件,其最新版本(包括所有的修改单)适",
        "用于本文件。",
        "GB 4706.1 家用和类似用途电器的安全 第1部分：",
        "通用要求",
        "GB/T 4288 家用和类似用途电动洗衣机",
    ]
    refs = clauses_to_structure([_chapter("2", "规范性引用文件", "\n".join(lines))]).references
    assert refs == [
        "GB 4706.1 家用和类似用途电器的安全 第1部分:通用要求",
        "GB/T 4288 家用和类似用途电动洗衣机",
    ]
