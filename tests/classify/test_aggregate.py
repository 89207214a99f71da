"""Ranking candidates: the 中类 with the most mass goes first."""

from __future__ import annotations

from std_extract.classify.aggregate import AggregateSettings, group_mass, rank_candidates
from std_extract.classify.table import load_table


def test_aggregate_group_mass_sums_the_classes_of_a_group():
    mass = group_mass({"3851": 0.2, "3852": 0.3, "3464": 0.4}, load_table())
    assert round(mass["385"], 4) == 0.5 and mass["346"] == 0.4


def test_aggregate_rank_by_group_puts_the_heaviest_group_first():
    probabilities = {"3464": 0.4, "3852": 0.3, "3851": 0.2}
    table = load_table()
    assert rank_candidates(probabilities, table, AggregateSettings(rank_by="class"))[0] == "3464"
    assert rank_candidates(probabilities, table, AggregateSettings(rank_by="group")) == [
        "3852",
        "3464",
        "3851",
    ]


def test_aggregate_rank_by_group_keeps_a_clear_winner():
    probabilities = {"3464": 0.6, "3852": 0.2, "3851": 0.1}
    ranked = rank_candidates(probabilities, load_table(), AggregateSettings(rank_by="group"))
    assert ranked == ["3464", "3852", "3851"]
