"""Table reading on pages of corpus/typeset2's DEV split (national and sector standards typeset the way the
Standards Press of China sets them: fully boxed tables, merged header and label cells, 续表 with the header
rows repeated; the test split of its split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import TYPESET2, dev_page_record

from std_extract.record import DocumentRecord


def _record(stem: str, pages: tuple[int, ...]) -> DocumentRecord:
    return dev_page_record(TYPESET2, stem, pages)


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in _record(stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_typeset2_dev_sub_label_under_a_stated_quantity():  # ts2_towel_01 表1: 断裂强力/N ≥ | 经向 / 纬向
    found = _table_values("ts2_towel_01", 3, 4, table="1")
    assert ("断裂强力", ">=", 250.0, None, "N", "优等品", ("经向",)) in found
    assert ("耐摩擦色牢度", ">=", 2.0, None, "级", "合格品", ("湿摩",)) in found
    assert ("耐洗色牢度", ">=", 3.0, None, "级", "一等品", ("沾色",)) in found
    assert not any("/" in f[0] for f in found)  # no direction, dimension or rubbing joined to a name
