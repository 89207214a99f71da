"""Table reading on pages of corpus/typeset's DEV split (national and sector standards typeset by
XeLaTeX: booktabs three-line tables with \\cmidrule under group headers, full grids with a unit row
and a sign row under the names, units set with a space after their number; the test split of its
split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from functools import cache

import pytest
from corpora import TYPESET

from std_extract.evaluate.gold import read_split
from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions
from std_extract.pipeline import process_document
from std_extract.record import DocumentRecord


@cache
def _record(stem: str, pages: tuple[int, ...]) -> DocumentRecord:
    path = TYPESET / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip("corpus/typeset is absent")
    assert read_split(TYPESET / "split.csv")[stem] == "dev", f"{stem} is not in the dev split"
    return process_document(parse_pdf(path, ParseOptions(pages=list(pages))), classify=False)


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, tuple(i.conditions))
        for i in _record(stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_typeset_dev_unit_row_with_spaced_units_under_a_label_running_down():  # 表1: kJ/100 g
    found = _table_values("ts_sportsfood_01", 3, table="1")
    assert found[0] == ("能量", ">=", 1500.0, None, "kJ/100 g", ("补充能量类",))
    assert ("蛋白质", ">=", 50.0, None, "g/100 g", ("补充蛋白质类",)) in found
    assert not any(name == "类别" for name, *_ in found)  # the header is no row
    assert len(found) == 8  # 3 classes x 4 nutrients, "—" states nothing


def test_typeset_dev_group_rule_and_minimum_maximum_columns():  # 表2, 表3: \cmidrule under 每100 kJ
    found = _table_values("ts_sportsfood_01", 3, 4)
    assert ("碳水化合物", "range", 3.6, 5.4, "g", ("每100 kJ",)) in found
    assert ("碳水化合物", "range", 15.0, 22.6, "g", ("每100 kcal",)) in found
    assert ("钾", ">=", 4.8, None, "mg", ("每100 kJ",)) in found  # N.S. as the maximum: an open bound
    assert ("牛磺酸", "<=", 30.0, None, "mg", ("每100 kJ",)) in found  # N.S. as the minimum, no name part
    assert not any("N.S." in name or "最小值" in name for name, *_ in found)


def test_typeset_dev_sign_row_under_the_units():  # 表1: 吸入功率 / W / ≥ over the power classes
    found = _table_values("ts_vacuum_01", 3, table="1")
    assert found[:4] == [
        ("吸入功率", ">=", 60.0, None, "W", ("P ≤ 400 W",)),
        ("真空度", ">=", 8.0, None, "kPa", ("P ≤ 400 W",)),
        ("噪声（A计权声功率级）", "<=", 78.0, None, "dB", ("P ≤ 400 W",)),
        ("除尘能力", ">=", 80.0, None, "%", ("P ≤ 400 W",)),
    ]
    assert len(found) == 16  # no row of signs read as values
