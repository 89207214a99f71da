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


def test_misskinds_places_a_miss_by_the_level_it_shares_with_the_gold():
    from std_extract.classify.misskinds import distance

    table = load_table()
    assert distance("3852", "3851", table) == "same 中类"
    assert distance("3852", "3861", table) == "same 大类"  # 385 家用电力器具 vs 386 非电力家用器具
    assert distance("3852", "3411", table) == "same 门类"  # both C 制造业
    assert distance("3852", "5137", table) == "other 门类"  # 家用视听设备批发 is F 批发和零售业
    assert distance("3852", "", table) == "other 门类"  # no answer at all


def test_misskinds_marks_a_catch_all_a_lexicon_backed_answer_and_unknown_words():
    from std_extract.classify.component import Vote
    from std_extract.classify.misskinds import gold_pairs, is_catch_all, marks
    from std_extract.record import Evidence

    table = load_table()
    assert is_catch_all("3859", table) and is_catch_all("3399", table) and not is_catch_all("3851", table)
    pairs = gold_pairs(load_annotation_names(), table)
    assert "3851" in pairs["冰箱"]  # the class name 家用制冷电器具制造 and its train names
    lexicon = Vote(
        code="3611", weight=1.0, component="lexicon", evidence=Evidence(term="客车", source="text")
    )
    found = marks("改装客车", "3630", "3611", 2, [lexicon], table, pairs)
    assert "lexicon backed the answer" in found and "rank 2-3" in found and "catch-all" not in found
    # a phrase sharing no two characters with anything the gold class is known by (twin: 改装客车
    # shares 改装 with 3630 改装汽车制造, so its words are known)
    assert "words unknown" in marks("钒钛", "3630", "3611", None, [], table, pairs)
    assert "words unknown" not in found
    assert "rank lower or unvoted" in marks("钒钛", "3630", "3611", None, [], table, pairs)
