"""Quality-control tables of environmental method standards (HJ) as corpus/real-dev's session-16 dev
documents print them (extract/tableqc.py, extract/tablelines.py): a GC-MS tuning table a shall-sentence
binds outside the quality-control chapter ("BFB关键离子丰度应满足表1中规定的标准"), its cells a share of
another ion's abundance ("质量95的15%～40%"); a holding-time table the quality-control chapter brings in
("应在表1中…所规定的时间内完成"); one column of an annex's data tables that a quality-control clause makes
a limit ("最小相对响应因子应大于等于附表A中规定的限值").

Each on a table built by hand beside its negative twin (a method table of the same words that binds
nothing), then on the dev pages of corpus/real-dev (HJ 557, HJ 643, HJ 713: dev split).
"""

from __future__ import annotations

import pytest
from corpora import REAL_DEV
from parse.builders import body_cells

from std_extract.document import Clause, ParsedDocument, Source, Table
from std_extract.evaluate.gold import read_split
from std_extract.extract import document_to_indicators
from std_extract.extract.tablelines import qualified_lines
from std_extract.extract.tables import is_requirement_table
from std_extract.pipeline import process_file
from std_extract.rules import default_rules

RULES = default_rules()


def _table(columns: list[str], body: list[list[str]], **kw) -> Table:
    rows = body_cells(body)
    return Table(
        number=kw.pop("number", "1"), pages=[kw.pop("page", 3)], columns=columns, header_rows=[columns],
        rows=rows, clause=kw.pop("clause", "7.2.1"), **kw,
    )  # fmt: skip


def _clause(number: str, title: str, text: str = "", children=(), pages=(3, 3), **kw) -> Clause:
    level = 1 if "." not in number else number.count(".") + 1
    kind = "annex" if number[:1].isalpha() else "chapter" if level == 1 else "clause"
    return Clause(
        number=number, title=title, kind=kind, level=level, text=text, page_start=pages[0], page_end=pages[1],
        children=list(children), **kw,
    )  # fmt: skip


def _document(tables: list[Table], clauses: list[Clause]) -> ParsedDocument:
    return ParsedDocument(
        source=Source(path="x.pdf", sha256="ab" * 32, pages=6), tables=tables, clauses=clauses
    )


def _found(document: ParsedDocument) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, tuple(i.conditions))
        for i in document_to_indicators(document, RULES)
    ]


# A method's chapters: the tuning check sits in 7 分析步骤, the quality-control chapter is 10.
_METHOD = [
    _clause(
        "7",
        "分析步骤",
        children=[_clause("7.2.1", "仪器性能检查", "分析样品前应对气相色谱-质谱仪进行性能检查。")],
    ),
    _clause("10", "质量保证和质量控制", pages=(5, 5)),
]
_TUNING = [
    ["50", "质量95的15%～40%", "174", "大于质量95的50%"],
    ["95", "基峰，100%相对丰度", "175", "质量174的5%～9%"],
    ["173", "小于质量174的2%", "－", "－"],
]


def test_method_qc_tables_tuning_check_bound_by_its_sentence():
    # HJ 713 7.2.1-style: two halves 质量 | 离子丰度标准, the base peak defines the scale (no criterion)
    table = _table(
        ["质量", "离子丰度标准", "质量", "离子丰度标准"],
        _TUNING,
        caption="表1 BFB关键离子丰度标准",
        title="BFB关键离子丰度标准",
        intro_text="4-溴氟苯关键离子丰度应满足表1中规定的标准，否则需对质谱仪进行调整。",
    )
    assert is_requirement_table(table, [_METHOD[1]], RULES)
    found = _found(_document([table], _METHOD))
    assert ("离子丰度", "range", 15.0, 40.0, "%", ("质量50", "质量95的")) in found
    assert ("离子丰度", ">", 50.0, None, "%", ("质量174", "质量95的")) in found
    assert ("离子丰度", "<", 2.0, None, "%", ("质量173", "质量174的")) in found
    assert ("离子丰度", "range", 5.0, 9.0, "%", ("质量175", "质量174的")) in found
    assert len(found) == 4  # no "= 95" of the reference, nothing for the base peak


def test_method_qc_tables_tuning_twins_bind_nothing():
    # the same words in a table the method only points to ("见表2"), and abundances beside chromatographic
    # settings: method tables, no criteria
    pointed = _table(
        ["质量", "离子丰度标准"],
        [["50", "质量95的15%～40%"]],
        number="2",
        caption="表2 BFB关键离子丰度标准",
        title="BFB关键离子丰度标准",
        intro_text="关键离子丰度见表2。",
    )
    settings = _table(
        ["项目", "参数"],
        [["离子源温度", "230 ℃"]],
        number="3",
        caption="表3 离子丰度和色谱参考条件",
        title="离子丰度和色谱参考条件",
        intro_text="仪器条件应满足表3的要求。",
    )
    assert not is_requirement_table(pointed, [_METHOD[1]], RULES)
    assert not is_requirement_table(settings, [_METHOD[1]], RULES)
    assert _found(_document([pointed, settings], _METHOD)) == []


def test_method_qc_tables_share_of_a_reference_in_a_cell():
    # the reference and its number go to the conditions; a comparator word before it bounds the share
    lines = qualified_lines("小于质量174的2%", RULES.tables)
    assert [(ln.text, ln.condition) for ln in lines] == [("小于2%", "质量174的")]
    lines = qualified_lines("质量95的15%～40%", RULES.tables)
    assert [(ln.text, ln.condition) for ln in lines] == [("15%~40%", "质量95的")]  # clean_text folds ～
    # twins: a plain share, a count of something, a standard's number are no shares of a reference
    assert qualified_lines("15%～40%", RULES.tables) is None
    assert qualified_lines("第3次的结果", RULES.tables) is None
    assert qualified_lines("GB 5009.3的2%", RULES.tables) is None
    # review: a comparator or shall word inside the reference leaves the cell to the number grammar
    for text in ("不少于初值的80%", "不多于额定值的5%", "至少为额定值的90%", "最多为总量的5%"):
        assert qualified_lines(text, RULES.tables) is None, text


def test_method_qc_tables_bound_inside_the_reference_keeps_its_comparator():
    # an ordinary requirement table (表1 性能要求): the bound is the reference's word, no share condition
    table = _table(
        ["项目", "要求"],
        [
            ["容量保持率", "不少于初值的80%"],
            ["漏电流", "不多于额定值的5%"],
            ["输出功率", "至少为额定值的90%"],
        ],
        clause="4.1",
        caption="表1 性能要求",
        title="性能要求",
        intro_text="产品性能应符合表1的规定。",
    )
    found = _found(_document([table], [_clause("4", "要求", children=[_clause("4.1", "性能")])]))
    assert [f[:5] for f in found] == [
        ("容量保持率", ">=", 80.0, None, "%"),
        ("漏电流", "<=", 5.0, None, "%"),
        ("输出功率", ">=", 90.0, None, "%"),
    ]
    assert not any("的" in c for f in found for c in f[5])


_HOLDING = [["汞", "28", "—", "28", "56"], ["汞以外的金属", "180", "—", "180", "360"]]
_HOLDING_HEAD = ["物质类别", "从野外采集到浸出", "从浸出到预处理", "从预处理到定量分析", "总实验周期"]


def test_method_qc_tables_holding_times_the_quality_control_chapter_imposes():
    # HJ 557 9.4: "样品浸出实验应在表1中或相关分析方法中所规定的时间内完成" over
    # 表1 样品的最大保留时间 (单位：d)
    table = _table(
        _HOLDING_HEAD,
        _HOLDING,
        clause="9.4",
        caption="表1 样品的最大保留时间 单位：d",
        title="样品的最大保留时间",
        unit_line="单位：d",
        intro_text="样品浸出实验应在表1中或相关分析方法中所规定的时间内完成。",
    )
    qc = _clause("9", "质量保证和质量控制", children=[_clause("9.4", "", "样品浸出实验应在表1中…完成。")])
    found = _found(_document([table], [qc]))
    assert ("从野外采集到浸出", "<=", 28.0, None, "d", ("汞",)) in found
    assert ("总实验周期", "<=", 360.0, None, "d", ("汞以外的金属",)) in found
    assert len(found) == 6  # "—": no limit between leaching and preparation
    # twin: the same table in the sampling chapter, pointed to ("样品的保存时间见表1"): a storage instruction
    stored = table.model_copy(update={"clause": "6.3", "intro_text": "样品的保存时间见表1。"})
    sampling = _clause("6", "样品", children=[_clause("6.3", "样品保存")])
    assert not is_requirement_table(stored, [qc], RULES)
    assert _found(_document([stored], [sampling, qc])) == []


def _annex_table(number: str, title: str) -> Table:
    return _table(
        ["序号", "化合物名称", "英文名", "检出限(μg/kg)", "测定下限(μg/kg)", "相对最小响应因子"],
        [
            ["1", "氯乙烯", "Vinyl chloride", "1.5", "6.0", "0.1"],
            ["2", "1,1,1-三氯乙烷", "1,1,1-trichloroethane", "1.1", "4.4", "—"],
            ["3", "1,1,2-三氯乙烷", "1,1,2-trichloroethane", "1.4", "5.6", ""],
            ["4", "四氯乙烯", "Tetrachloroethylene", "0.8", "3.2", "0.2"],
        ],
        number=number,
        clause="A",
        page=6,
        caption=f"附表{number} {title}",
        title=title,
    )


def _annex() -> Clause:
    return _clause(
        "A",
        "目标物检出限和测定下限",
        "测定固体废物中目标物的方法检出限见附表A.1。",
        pages=(6, 6),
        normative=False,
    )


def test_method_qc_tables_annex_column_a_clause_makes_a_limit():
    # HJ 643 11.2.1: the clause orders the modifiers 最小相对, the column 相对最小; the detection limits
    # beside it stay method data, "—" and a blank state no limit, and the blank row is no category over
    # the next
    qc = _clause(
        "11",
        "质量保证和质量控制",
        children=[
            _clause("11.2.1", "", "校准曲线中部分目标物的最小相对响应因子应大于等于附表A中规定的限值。")
        ],
        pages=(5, 5),
    )
    tables = [
        _annex_table("A.1", "固体废物测定方法的检出限和测定下限"),
        _annex_table("A.2", "固体废物水浸出液测定方法的检出限"),
    ]
    found = _found(_document(tables, [qc, _annex()]))
    assert found == [
        ("氯乙烯", ">=", 0.1, None, None, ("相对最小响应因子", "固体废物")),
        ("四氯乙烯", ">=", 0.2, None, None, ("相对最小响应因子", "固体废物")),
        ("氯乙烯", ">=", 0.1, None, None, ("相对最小响应因子", "固体废物水浸出液")),
        ("四氯乙烯", ">=", 0.2, None, None, ("相对最小响应因子", "固体废物水浸出液")),
    ]


def test_method_qc_tables_annex_column_twins_bind_nothing():
    # the informative annex alone, a clause only pointing to it, and a clause binding a column the table
    # does not hold: detection limits are never limits
    pointing = _clause("11", "质量保证和质量控制", children=[_clause("11.1", "", "方法检出限见附表A。")])
    other = _clause(
        "11",
        "质量保证和质量控制",
        children=[_clause("11.1", "", "目标物的回收率应大于等于附表A中规定的限值。")],
    )
    table = _annex_table("A.1", "固体废物测定方法的检出限和测定下限")
    for chapters in ([_annex()], [pointing, _annex()], [other, _annex()]):
        assert _found(_document([table], chapters)) == []
        assert not is_requirement_table(table, chapters[:-1], RULES)


def _dev_pdf(real_corpus, stem: str):
    assert read_split(REAL_DEV / "split.csv")[stem] == "dev"  # never a held-out document
    return real_corpus / "pdfs" / f"{stem}.pdf"


def _tables(pdf) -> dict[str, list]:
    out: dict[str, list] = {}
    for i in process_file(pdf, classify=False).indicators:
        if i.table is not None:
            out.setdefault(i.table, []).append(
                (i.name, i.comparator, i.value, i.value_max, i.unit, i.conditions)
            )
    return out


@pytest.mark.real
def test_method_qc_tables_real_dev_pages(real_corpus):
    # HJ 713-2014 7.2.1 表1 BFB关键离子丰度标准 (page 8), HJ 643-2013 8.2.1 表1 and 附表A.1-A.3
    # (pages 9, 16-18), HJ 557-2010 9.4 表1 样品的最大保留时间 (page 8): corpus/real-dev dev split
    bfb = _tables(_dev_pdf(real_corpus, "HJ_713-2014"))["1"]
    assert ("离子丰度", "range", 15.0, 40.0, "%", ["质量50", "质量95的"]) in bfb
    assert ("离子丰度", "range", 95.0, 101.0, "%", ["质量176", "质量174的"]) in bfb
    assert len(bfb) == 8  # 95 基峰 is the scale
    hj643 = _tables(_dev_pdf(real_corpus, "HJ_643-2013"))
    assert ("离子丰度", "<", 2.0, None, "%", ["质荷比173", "质量174的"]) in hj643["1"] and len(
        hj643["1"]
    ) == 6
    assert [len(hj643[t]) for t in ("A.1", "A.2", "A.3")] == [26, 26, 26]
    assert ("氯乙烯", ">=", 0.1, None, None, ["相对最小响应因子", "固体废物"]) in hj643["A.1"]
    assert not any(v[4] for t in ("A.1", "A.2", "A.3") for v in hj643[t])  # no μg/kg detection limit
    holding = _tables(_dev_pdf(real_corpus, "HJ_557-2010"))["1"]
    assert ("总实验周期", "<=", 56.0, None, "d", ["汞"]) in holding and len(holding) == 6
