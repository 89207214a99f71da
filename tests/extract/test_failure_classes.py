"""Issue 12's failure classes on pages no rule was written against, and the parts of them the other
test modules left to a hand-built table only.  docs/failure-classes.md is the index: each class
(compound classes split into their parts) -> its hand-built test(s) -> its real-page test(s); the
last test here checks that every test the index names exists, so the index cannot rot.

Real pages come from DEV splits only (``_dev_pdf`` refuses any other document): ../shared's
enterprise-dev and corpus-real (through ``corpora``, skipping when ../shared is absent), and the
repository's corpus/written and corpus/national.  The acceptance set and every test split are
never read here.  Only the pages needed are parsed (``pages=``), each document once per session.
"""

from __future__ import annotations

import ast
import csv
import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from corpora import (
    ACCEPTANCE,
    ENTERPRISE_DEV,
    ENTERPRISE_SPLIT,
    NATIONAL,
    REAL_CORPUS,
    REAL_DEV,
    REPO,
    WRITTEN,
)
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import ParsedDocument, Source, TextLine
from std_extract.extract.tables import table_to_indicators
from std_extract.parse import ParseOptions, parse_pdf
from std_extract.parse.model import PageScan
from std_extract.parse.tables import pages_to_tables
from std_extract.pipeline import process_file
from std_extract.record import Indicator

# Where each set's documents are and which split file says which are open for development.
SETS = {
    "enterprise-dev": (ENTERPRISE_DEV, ENTERPRISE_SPLIT),
    "real-dev": (REAL_CORPUS / "pdfs", REAL_DEV / "split.csv"),
    "written": (WRITTEN, WRITTEN / "split.csv"),
    "national": (NATIONAL, NATIONAL / "split.csv"),
}


@cache
def _split(split_csv: Path) -> dict[str, str]:
    with split_csv.open(encoding="utf-8") as handle:
        return {row["stem"]: row["split"] for row in csv.DictReader(handle)}


def _dev_pdf(corpus: str, stem: str) -> Path:
    """A DEV-split document of ``corpus``; skips when its folder is absent (../shared)."""
    folder, split_csv = SETS[corpus]
    assert stem not in ACCEPTANCE, f"{stem} is in the acceptance set"
    assert _split(split_csv).get(stem) == "dev", f"{stem} is not in the dev split of {corpus}"
    path = folder / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent (../shared is not checked out beside the repository)")
    return path


@cache
def _indicators(corpus: str, stem: str, pages: tuple[int, ...]) -> tuple[Indicator, ...]:
    record = process_file(_dev_pdf(corpus, stem), classify=False, pages=list(pages))
    return tuple(record.indicators)


def _rows(found, name: str) -> list[tuple]:
    """(comparator, value, value_max, unit, grade, conditions) of the indicators named ``name``."""
    return [
        (i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in found
        if i.name == name
    ]


# -- class 1: units printed in full width inside a row label ---------------------------------------


def test_failure_classes_full_width_unit_in_row_label_real():
    # dev_water_02 表2 (continued on p.5 under its repeated header): 耗氧量（以O₂计）（ｍｇ／Ｌ） ≤ | 1.0,
    # the issue's own example; the name keeps its basis, loses the unit, and the unit is read
    water = _indicators("enterprise-dev", "dev_water_02", (4, 5))
    assert _rows(water, "耗氧量（以O₂计）") == [("<=", 1.0, None, "mg/L", None, ())]
    assert _rows(water, "溶解性总固体") == [("<=", 500.0, None, "mg/L", None, ())]
    assert not [i.name for i in water if "ｍｇ" in i.name or "mg" in i.name]
    # dev_dumpling_01 表2: a basis and a reagent in brackets before the full-width unit
    dumpling = _indicators("enterprise-dev", "dev_dumpling_01", (5,))
    assert _rows(dumpling, "酸价（以脂肪计）(KOH)") == [("<=", 3.0, None, "mg/g", None, ())]
    assert _rows(dumpling, "挥发性盐基氮") == [("<=", 15.0, None, "mg/100g", None, ("仅适用于肉类馅料",))]


# -- class 2: transposed tables (classes down the rows, indicators across) ------------------------


def test_failure_classes_transposed_capacity_classes_real():
    # wr_kettle_02 表1: 额定容量V down the rows (V≤1.0 L, 1.0 L＜V≤1.5 L), 烧水时间 / 热效率 / 保温能耗
    # across with their units and signs on a unit row: the class is a condition, never the name
    kettle = _indicators("written", "wr_kettle_02", (3,))
    assert _rows(kettle, "烧水时间") == [
        ("<=", 5.0, None, "min", None, ("V≤1.0 L",)), ("<=", 6.5, None, "min", None, ("1.0 L＜V≤1.5 L",)),
    ]  # fmt: skip
    assert _rows(kettle, "热效率") == [
        (">=", 85.0, None, "%", None, ("V≤1.0 L",)), (">=", 86.0, None, "%", None, ("1.0 L＜V≤1.5 L",)),
    ]  # fmt: skip
    assert [i.value for i in kettle if i.name == "保温能耗"] == [30.0, 40.0]
    assert not [i for i in kettle if "V≤" in i.name or "＜V" in i.name]
    assert all("table_transposed" in i.flags for i in kettle if i.table == "1")


# -- class 3: a unit on its own header line -------------------------------------------------------


def test_failure_classes_unit_on_its_own_header_line_real():
    # dev_cable_02 表1: each name over its unit line (mm, Ω/km, MΩ·km): a unit with a slash and a
    # compound one are read whole (the km/h read as h)
    cable = _indicators("enterprise-dev", "dev_cable_02", (3,))
    assert _rows(cable, "20 ℃时导体电阻最大值")[0] == ("<=", 12.1, None, "Ω/km", None, ("标称截面积1.5 mm²",))
    assert _rows(cable, "70 ℃时绝缘电阻最小值")[0] == (
        ">=",
        0.011,
        None,
        "MΩ·km",
        None,
        ("标称截面积1.5 mm²",),
    )
    assert {i.unit for i in cable if i.name == "绝缘厚度规定值"} == {"mm"}
    # dev_carrepair_01 表1 (continued on p.5): 行驶里程（最小值） over "km", 日数（最小值） over "d"
    repair = _indicators("enterprise-dev", "dev_carrepair_01", (4, 5))
    assert {(i.unit, i.comparator) for i in repair if i.name == "行驶里程"} == {("km", ">=")}
    assert {(i.unit, i.comparator) for i in repair if i.name == "日数"} == {("d", ">=")}


# -- class 4: row headers that are conditions ----------------------------------------------------


def test_failure_classes_condition_rows_take_the_name_from_the_column_real():
    # dev_carrepair_01 表1: the rows are kinds of repair (conditions); the names are in the column
    # headers, "（最小值）" after them the comparator
    repair = _indicators("enterprise-dev", "dev_carrepair_01", (4, 5))
    assert _rows(repair, "行驶里程") == [
        (">=", 20000.0, None, "km", None, ("整车修理或总成修理",)),
        (">=", 5000.0, None, "km", None, ("二级维护",)),
        (">=", 2000.0, None, "km", None, ("一级维护、小修及专项修理",)),
    ]
    assert [i.value for i in repair if i.name == "日数"] == [100.0, 30.0, 10.0]
    assert not [i for i in repair if "维护" in i.name or "修理" in i.name]


# -- class 5: per-basis columns, 最小值/最大值 pairs, N.S. cells, glued cells --------------------


def test_failure_classes_per_basis_min_max_and_not_specified_real():
    # nat_infantcereal_01 表1 and 表2: 每100 kJ | 每100 kcal, each over 最小值 | 最大值, "N.S." where a
    # bound is not specified
    cereal = _indicators("national", "nat_infantcereal_01", (3, 4))
    iron = _rows(cereal, "铁")  # a pair per basis: a range each, the basis kept
    assert iron == [
        ("range", 0.25, 0.5, "mg", None, ("每100 kJ",)), ("range", 1.05, 2.09, "mg", None, ("每100 kcal",)),
    ]  # fmt: skip
    # N.S. as the minimum: an upper bound only; as the maximum: a lower bound only (never "=")
    assert [r[:3] + r[5:] for r in _rows(cereal, "钠")] == [
        ("<=", 24.0, None, ("每100 kJ",)), ("<=", 100.0, None, ("每100 kcal",)),
    ]  # fmt: skip
    assert [r[:3] + r[5:] for r in _rows(cereal, "钙")] == [
        (">=", 20.0, None, ("每100 kJ",)), (">=", 84.0, None, ("每100 kcal",)),
    ]  # fmt: skip
    fat = _rows(cereal, "脂肪")  # N.S. | 1.1 | N.S. | 4.6 under footnote b
    assert [(c, v, cond[-1]) for c, v, _, _, _, cond in fat] == [
        ("<=", 1.1, "每100 kJ"),
        ("<=", 4.6, "每100 kcal"),
    ]
    assert not [i for i in cereal if i.value_text and "N.S" in i.value_text]


def _glued(built: TextLine, cut: str) -> TextLine:
    """``built`` as a text layer gives cells set too close: no space before ``cut``."""
    at = built.text.index(" " + cut)
    boxes = built.char_bboxes[:at] + built.char_bboxes[at + 1 :]
    return built.model_copy(update={"text": built.text[:at] + built.text[at + 1 :], "char_bboxes": boxes})


def test_failure_classes_glued_cells_part_at_their_columns():
    # GB 10767-like: "0.07" and "12" in two columns, no space between them in the text layer
    # ("0.0712～0.33" when read as one cell); the other rows show where the columns are
    head = [Span("营养素", 0, 0, rows=2), Span("每100 kJ", 0, 1, cols=2), Span("每100 kcal", 0, 3, cols=2)]
    head += [Span(t, 1, c) for c, t in ((1, "最小值"), (2, "最大值"), (3, "最小值"), (4, "最大值"))]
    body = [["钠/mg", "0.07", "12", "0.30", "50"], ["钾/mg", "0.20", "N.S.", "0.84", "N.S."]]
    sheet = Sheet(head, body, caption="表2 矿物质指标", header_rows=2)
    scan = sheet_page(sheet, "unruled")
    lines = [_glued(ln, "12") if ln.text.startswith("钠") else ln for ln in scan.page.lines]
    assert any("0.0712" in ln.text for ln in lines)  # the trap is in the text layer
    page = scan.page.model_copy(update={"lines": lines})
    tables, _ = pages_to_tables([PageScan(page=page, grids=scan.grids, rules=scan.rules)])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=3))
    found = [i for table in tables for i in table_to_indicators(table, document)]
    assert _rows(found, "钠") == [
        ("range", 0.07, 12.0, "mg", None, ("每100 kJ",)), ("range", 0.3, 50.0, "mg", None, ("每100 kcal",)),
    ]  # fmt: skip
    assert [r[:3] for r in _rows(found, "钾")] == [(">=", 0.2, None), (">=", 0.84, None)]


# -- class 6: the indicator named only by the caption or the introducing clause --------------------
# -- class 7: nested categories and values stacked in one cell --------------------------------------


def test_failure_classes_caption_names_category_rows_real():
    # GB 2762-2022 表1 食品中铅限量指标 (real-dev dev split): the rows are food categories, the
    # caption alone names 铅; 限量(以Pb计) over mg/kg, a cell printing its own ("0.01 mg/L")
    lead = [i for i in _indicators("real-dev", "GB_2762-2022", (4, 5)) if i.table == "1"]
    assert len(lead) > 20 and {i.name for i in lead} == {"铅"}
    assert all("name_from_caption" in i.flags and "以Pb计" in i.conditions for i in lead)
    assert {(i.comparator, i.unit) for i in lead} == {("<=", "mg/kg"), ("<=", "mg/L")}
    assert [i.unit for i in lead if i.conditions[0] == "饮料类/包装饮用水"] == ["mg/L"]


def test_failure_classes_nested_categories_and_stacked_values_real():
    # GB 2762-2022 表1 p.5: "乳及乳制品(…除外)" 0.2, then indented under it "生乳、巴氏杀菌乳、灭菌乳"
    # 0.02 and "调制乳、发酵乳" 0.04: the parent's own value and one value per child, the path kept
    milk = [
        (i.value, i.conditions[0])
        for i in _indicators("real-dev", "GB_2762-2022", (4, 5))
        if "乳制品" in i.conditions[0]
    ]
    assert milk == [
        (0.2, "乳及乳制品(生乳、巴氏杀菌乳、灭菌乳、调制乳、发酵乳除外)"),
        (0.02, "乳及乳制品/生乳、巴氏杀菌乳、灭菌乳"),
        (0.04, "乳及乳制品/调制乳、发酵乳"),
    ]


def test_failure_classes_stacked_condition_lines_keep_the_tables_direction_real():
    water = _indicators("enterprise-dev", "dev_water_02", (4, 5))
    assert _rows(water, "溴酸盐") == [
        ("<=", 0.01, None, "mg/L", None, ("臭氧消毒工艺",)),
        ("not_detected", None, None, None, None, ("其他消毒工艺",)),
    ]


# -- class 9: clause forms --------------------------------------------------------------------------


def test_failure_classes_calculation_text_is_no_indicator_real():
    # dev_carrepair_01 表2 服务质量指标: a 计算方法 column of formulas ("…/维修竣工车辆总数×100%")
    # beside each limit: five limits, no 100 % from a formula, no formula as a value
    table = [i for i in _indicators("enterprise-dev", "dev_carrepair_01", (4, 5)) if i.table == "2"]
    assert [(i.name, i.comparator, i.value, i.unit) for i in table] == [
        ("一次维修合格率", ">=", 99.0, "%"), ("返修率", "<=", 1.5, "%"), ("客户满意度", ">=", 95.0, "%"),
        ("交车准时率", ">=", 95.0, "%"), ("回访率", ">=", 90.0, "%"),
    ]  # fmt: skip


def test_failure_classes_class_code_is_no_number_real():
    # wr_flooring_01 5.4: "甲醛释放量应不大于0.050 mg/m³（按GB/T 17657—2022…），产品按GB/T 39600标识为
    # E₀级。" (the 0 set as a subscript): one limit, and the class code E0 gives no value 0
    floor = [i for i in _indicators("written", "wr_flooring_01", (3, 4)) if i.table is None]
    assert [(i.comparator, i.value, i.unit) for i in floor if i.name == "甲醛释放量"] == [
        ("<=", 0.05, "mg/m³")
    ]
    assert not [i for i in floor if i.value == 0.0 or (i.value_text and "E" in i.value_text)]


# -- class 10: covers of enterprise standards ---------------------------------------------------


def test_failure_classes_cjk_radicals_on_a_real_cover_are_folded():
    # dev_water_02's cover prints its title 饮用天然泉水 with KANGXI RADICAL USE and WATER (U+2F64,
    # U+2F54); the parsed title has the ideographs
    path = _dev_pdf("enterprise-dev", "dev_water_02")
    with pdfplumber.open(path) as pdf:
        printed = "".join(c["text"] for c in pdf.pages[0].chars)
    assert "\u2f54" in printed  # the trap is in the file
    title = parse_pdf(path, ParseOptions(first_pages=2, tables=False)).metadata.title
    assert title == "饮用天然泉水"
    assert not re.search("[\u2e80-\u2fdf]", title or "")


# -- the index --------------------------------------------------------------------------------------

INDEX = REPO / "docs" / "failure-classes.md"
NODE_ID = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


@cache
def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_failure_classes_index_names_existing_tests():
    text = INDEX.read_text(encoding="utf-8")
    named = NODE_ID.findall(text)
    assert len(named) >= 30, "the index names too few tests: is its node-id format still `path::name`?"
    missing = [
        f"{f}::{name}" for f, name in named if not (REPO / f).is_file() or name not in _functions(REPO / f)
    ]
    assert missing == []
    assert "test_failure_classes_index_names_existing_tests" in {name for _, name in named}
    # every class has a hand-built test, and a real-page test or an explanation why it is open
    rows = [line.split(" | ") for line in text.splitlines() if re.match(r"\| \d+[a-e]? ", line)]
    assert len(rows) >= 20
    for label, hand, real in rows:
        assert NODE_ID.search(hand), label
        assert NODE_ID.search(real) or "**open" in real, label
