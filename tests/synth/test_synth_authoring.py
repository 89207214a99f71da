"""The hand-written sets' authoring model (std_extract_synth.authoring, beside the generator): values
take the clause and table they are placed in, printed text reads as the gold check reads it, and the
gold it writes from a set's document modules is the committed gold, byte for byte (corpus/national:
the model rebuilds every gold file from the sources and the pages recorded in src/printed, without
typesetting)."""

from __future__ import annotations

import importlib
import json
import sys

import pytest
from corpora import NATIONAL

from std_extract.evaluate.goldcheck import read_printed
from std_extract_synth.authoring import (
    Cell,
    StandardDoc,
    Value,
    gold_record,
    printed_text,
    value_element,
    write_document_gold,
)

NATIONAL_STEMS = sorted(p.stem for p in (NATIONAL / "src" / "docs").glob("nat_*.py"))


def _doc() -> StandardDoc:
    return StandardDoc(
        stem="t_milk_01",
        category="乳粉",
        code="1442",
        kind="GB",
        number="GB 19644—2025",
        title=["食品安全国家标准", "乳粉"],
        issuers=["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"],
        issued="2025-03-01",
        effective="2026-03-01",
    )


@pytest.fixture
def national_docs():
    """Imports corpus/national's document modules (the package ``docs`` and the set's ``kit``), and
    forgets them afterwards: every hand-written set names its document package docs."""
    sources = str(NATIONAL / "src")
    sys.path.insert(0, sources)
    try:
        yield lambda stem: importlib.import_module(f"docs.{stem}").build()
    finally:
        sys.path.remove(sources)
        for name in [n for n in sys.modules if n in ("docs", "kit") or n.startswith("docs.")]:
            del sys.modules[name]


def test_authoring_values_take_the_clause_and_table_they_are_placed_in():
    doc = _doc()
    doc.h("4.2", "理化指标")
    doc.p("蛋白质应不低于", Value("34", gold_record("蛋白质", ">=", 34, "%")), "。")
    fat = Value("26.0", gold_record("脂肪", ">=", 26, "%"))
    doc.table("1", "理化指标", [["项目", "指标"], ["脂肪/%　≥", Cell(fat, align="l")]])
    doc.cl("4.3", "水分应不大于", Value("5.0", gold_record("水分", "<=", 5, "%")))
    doc.annex("A", "规范性", "检验方法")
    doc.note("注：", Value("0.5", gold_record("杂质度", "<=", 0.5, "mg/kg")))
    where = [(v.label, v.records[0]["clause"], v.records[0]["table"]) for v in doc.values]
    assert where == [(0, "4.2", None), (1, "4.2", "1"), (2, "4.3", None), (3, "A", None)]


def test_authoring_gold_record_leaves_out_an_absent_value_text():
    assert "value_text" not in gold_record("色泽", "=", None, text=None)
    record = gold_record("色泽", "=", text="乳白色")
    assert list(record) == [
        *("name", "comparator", "value", "value_max", "tolerance", "value_text"),
        *("unit", "grade", "conditions"),
    ]


def test_authoring_printed_text_reads_superscripts_and_drops_markup():
    assert printed_text("1×10<super>4</super>") == "1×10^4"  # ReportLab
    assert printed_text("mg/m<sup>3</sup>") == "mg/m^3"  # the .docx writer
    assert printed_text('<font name="Hei">&lt;0.5</font>') == "<0.5"
    assert printed_text("V<300，Q>2") == "V<300，Q>2"  # a literal comparator is no markup
    value = Value("0.07", gold_record("维生素A", "range", 0.07, vmax=0.33), also="0.33")
    assert value_element(value, 3)["text"] == "0.07|0.33"


def test_authoring_refuses_markup_in_a_gold_record(tmp_path):
    pdf = NATIONAL / f"{NATIONAL_STEMS[0]}.pdf"
    element = {"text": "5", "page": 1, "records": [gold_record("菌落总数<super>b</super>", "<=", 5)]}
    with pytest.raises(ValueError, match="markup in the gold record"):
        write_document_gold(tmp_path, pdf, _doc().gold_head(), [element])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("stem", NATIONAL_STEMS)
def test_authoring_rebuilds_the_committed_national_gold(stem, national_docs, tmp_path):
    doc = national_docs(stem)
    pages = [element.page for element in read_printed(NATIONAL / "src" / "printed" / f"{stem}.json")]
    assert len(pages) == len(doc.values)
    elements = [value_element(value, page) for value, page in zip(doc.values, pages, strict=True)]
    write_document_gold(tmp_path, NATIONAL / f"{stem}.pdf", doc.gold_head(), elements)
    written = (tmp_path / f"{stem}.gold.json").read_text(encoding="utf-8")
    assert written == (NATIONAL / f"{stem}.gold.json").read_text(encoding="utf-8")
    printed = json.loads((tmp_path / "src" / "printed" / f"{stem}.json").read_text(encoding="utf-8"))
    committed = json.loads((NATIONAL / "src" / "printed" / f"{stem}.json").read_text(encoding="utf-8"))
    assert printed == committed
