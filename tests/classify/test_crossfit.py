"""Cross-fitted votes on the annotations' train split (classify/crossfit.py): the folds and what each
fold's build knows; the fitting itself (linear models per fold) is a command, not a test."""

from __future__ import annotations

import numpy as np

from std_extract.classify.annotations import Item, row_queries, split_of
from std_extract.classify.crossfit import FILES, fold_config, fold_names, fold_of, ranked_first
from std_extract.classify.fit_ranker import Query
from std_extract.textnorm import compact


def _train_items(count: int) -> list[Item]:
    """Rows with made-up names that the seeded split puts in train."""
    items, i = [], 0
    while len(items) < count:
        item = Item(item=f"测试产品{i}：甲型测试产品{i}、乙型测试产品{i}", code="3851", kind="include")
        if split_of(item) == "train":
            items.append(item)
        i += 1
    return items


def test_crossfit_fold_keeps_a_heads_rows_together():
    a = Item(item="继电器：电磁继电器", code="3824", kind="include")
    b = Item(item="继电器", code="3823", kind="include")
    assert fold_of(a, 5) == fold_of(b, 5)
    assert {fold_of(item, 5) for item in _train_items(40)} == set(range(5))


def test_crossfit_fold_build_knows_the_other_folds_only():
    items = _train_items(20)
    fold = fold_of(items[0], 5)
    known = {compact(n.name) for n in fold_names(items, fold, 5)}
    for item in items:
        names = {item.item.split("：")[0]}  # the row's head
        if fold_of(item, 5) == fold:
            assert not names & known  # the fold's own rows are what it is measured on
        else:
            assert names <= known


def test_crossfit_fold_build_leaves_out_names_a_measured_row_gives():
    # A train row listing a name that a row of another fold heads: the fold measuring that row
    # must not know it through the listing (negative twin: the other folds keep it).
    items = _train_items(30)
    target = items[0]
    fold = fold_of(target, 5)
    head = target.item.split("：")[0]
    other = next(i for i in items if fold_of(i, 5) != fold)
    lister = Item(item=other.item + "、" + head, code="3852", kind="include")
    for build in range(5):
        names = {compact(n.name) for n in fold_names([*items, lister], build, 5)}
        assert (head in names) == (build not in (fold, fold_of(lister, 5)))


def test_crossfit_queries_are_the_evaluation_queries_of_any_rows():
    items = _train_items(3)
    assert [g for _, g in row_queries(items)] == ["3851"] * 3
    assert all(name.startswith(("甲型", "乙型")) for name, _ in row_queries(items, listed=True))


def test_crossfit_fold_build_swaps_the_files_and_leaves_the_textcat_out():
    config = fold_config(FILES)
    components = config["components"]
    assert components["retrieval"]["names"] == components["redirect"]["names"] == FILES["names"]
    assert components["linear"]["path"] == FILES["linear"]
    assert components["linear_group"]["path"] == FILES["linear_group"]
    assert components["textcat"]["enabled"] is False
    assert "review" not in config["aggregate"] and "ranker" not in config["aggregate"]


def test_crossfit_ranked_first_counts_a_gold_outside_the_candidates_wrong():
    inside = Query(["3851", "3852"], np.zeros((2, 1)), 1, False, "head")
    outside = Query(["3851", "3852"], np.zeros((2, 1)), 2, False, "head")
    assert ranked_first(inside, np.array([0.1, 0.9]))
    assert not ranked_first(inside, np.array([0.9, 0.1]))
    assert not ranked_first(outside, np.array([0.1, 0.9]))
