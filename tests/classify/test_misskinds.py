"""Sorting the wrong dev answers by kind (classify/misskinds.py)."""

from __future__ import annotations

from std_extract.classify.annotations import load_annotation_names
from std_extract.classify.misskinds import exclusion_pairs, miss_kind
from std_extract.classify.table import load_table


def test_misskinds_sorts_a_miss_by_what_could_fix_it():
    table = load_table()
    pairs = exclusion_pairs(load_annotation_names())
    assert frozenset(("1441", "1442")) in pairs  # 乳粉制造 is not 1441 液体乳制造: it goes to 1442
    assert miss_kind("5137", "3851", 2, table, pairs) == "activity"  # 家用视听设备批发 vs 家用制冷电器具制造
    assert miss_kind("1442", "1441", 2, table, pairs) == "exclusion"
    assert miss_kind("3852", "3851", None, table, pairs) == "unknown"
    assert miss_kind("3852", "3851", 11, table, pairs) == "unknown"
    assert miss_kind("3852", "3851", 3, table, pairs) == "ranked_low"
