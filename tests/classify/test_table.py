"""The GB/T 4754-2017 table: counts, nesting, lookups, search, and a spot check of 50 小类."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from std_extract.classify.table import LEVELS, load_table, normalize_code

SPOT_CHECK = Path(__file__).parent / "data" / "spot_check.csv"


def test_table_counts_per_level():
    # 2017 edition with the 2019 amendment: 20 门类, 97 大类, 473 中类, 1,381 小类.
    table = load_table()
    counts = {level: len(table.at_level(level)) for level in LEVELS}
    assert counts == {"section": 20, "division": 97, "group": 473, "class": 1381}


def test_table_codes_are_unique_and_shaped_by_level():
    table = load_table()
    assert len({a.code for a in table}) == len(table)
    width = {"division": 2, "group": 3, "class": 4}
    for area in table:
        if area.level == "section":
            assert area.code.isalpha() and len(area.code) == 1 and area.parent is None
        else:
            assert area.code.isdigit() and len(area.code) == width[area.level]


def test_table_every_parent_is_one_level_up_and_a_prefix():
    table = load_table()
    for area in table:
        if area.level == "section":
            continue
        parent = table[area.parent]
        assert LEVELS.index(parent.level) == LEVELS.index(area.level) - 1
        if area.level != "division":
            assert area.code.startswith(parent.code)


def test_table_path_from_section_to_class():
    table = load_table()
    assert [a.code for a in table.path("0111")] == ["A", "01", "011", "0111"]
    assert [a.level for a in table.path("3851")] == list(LEVELS)
    assert table.ancestor("3851", "section").code == "C"
    assert table.ancestor("7020", "division").name == "房地产业"


def test_table_children_and_descendants():
    table = load_table()
    assert [a.code for a in table.children("011")] == ["0111", "0112", "0113", "0119"]
    assert len(table.children(None)) == 20
    assert {a.code for a in table.descendants("385")} >= {"3851", "3852", "3859"}
    assert all(a.level == "class" for a in table.descendants("C"))


def test_table_every_division_group_has_classes():
    table = load_table()
    for area in table:
        if area.level != "class":
            assert table.descendants(area.code), area.code


@pytest.mark.parametrize("written, code", [("C3851", "3851"), ("c", "C"), (" 38 ", "38"), ("3851", "3851")])
def test_table_normalize_code(written, code):
    assert normalize_code(written) == code
    assert load_table().get(written).code == code


def test_table_spot_check_against_printed_standard():
    # 50 小类 written from the printed GB/T 4754-2017, compared name for name.
    table = load_table()
    rows = list(csv.DictReader(SPOT_CHECK.open(encoding="utf-8")))
    assert len(rows) == 50
    wrong = [(r["code"], r["name"], table.get(r["code"])) for r in rows]
    wrong = [(code, name, area and area.name) for code, name, area in wrong if not area or area.name != name]
    assert wrong == []
    assert all(table[r["code"]].level == "class" for r in rows)


def test_table_search_by_text_and_code():
    table = load_table()
    names = [a.code for a, _ in table.search("制冷")]
    assert "3851" in names[:3] and "3464" in names[:3]
    assert [a.code for a, _ in table.search("制冷", level="class")][:2] == ["3464", "3851"]
    subtree = [a.code for a, _ in table.search("385", limit=0)]
    assert subtree[0] == "385" and "3851" in subtree and all(c.startswith("385") for c in subtree)
