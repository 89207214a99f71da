"""Fitting the review model: the first stage's rows from cross-fitted votes read back from a file."""

from __future__ import annotations

import json

import pytest

from std_extract.classify.aggregate import BASE_FEATURES
from std_extract.classify.calibrate import capped_threshold, crossfit_rows, lower_bound, unreviewed_classifier


def _vote(code: str, weight: float, component: str, source: str = "title") -> dict:
    evidence = {"term": "继电器", "source": source, "clause": None, "text": f"产品词表 {code}：继电器"}
    return {"code": code, "weight": weight, "component": component, "evidence": evidence}


def test_calibrate_crossfit_rows_read_the_votes_file_without_the_textcat(tmp_path):
    """Each cross-fitted query gives one row of the first stage's features and whether its first
    class (ranked without the textcat) was right; a query without title support gives none."""
    path = tmp_path / "votes.jsonl"
    queries = [
        {"gold": "3824", "votes": [_vote("3823", 1.0, "lexicon"), _vote("3824", 5.0, "textcat")]},
        {"gold": "3851", "votes": [_vote("3851", 1.0, "lexicon"), _vote("3851", 0.5, "retrieval")]},
        {"gold": "3851", "votes": [_vote("3851", 0.25, "lexicon", source="body")]},
    ]
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")
    classifier = unreviewed_classifier()
    x, y = crossfit_rows(path, classifier.table, classifier.settings)
    assert x.shape == (2, len(BASE_FEATURES))
    assert y.tolist() == [0, 1]  # the textcat's 3824 is not read: 3823 is the first class, wrong


def test_calibrate_crossfit_rows_give_each_rows_kind(tmp_path):
    """The kind of each kept query comes from the votes file ("head" where the file does not say)."""
    path = tmp_path / "votes.jsonl"
    queries = [
        {"gold": "3851", "kind": "listed", "votes": [_vote("3851", 1.0, "lexicon")]},
        {"gold": "3851", "votes": [_vote("3851", 0.25, "lexicon", source="body")]},
        {"gold": "3851", "votes": [_vote("3851", 1.0, "lexicon")]},
    ]
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")
    classifier = unreviewed_classifier()
    kinds: list[str] = []
    crossfit_rows(path, classifier.table, classifier.settings, kinds)
    assert kinds == ["listed", "head"]


def test_calibrate_lower_bound_is_below_the_share_and_nears_it_with_more_results():
    assert lower_bound(0, 0) == 0.0
    assert lower_bound(96, 100) < lower_bound(960, 1000) < 0.96
    assert lower_bound(960, 1000) == pytest.approx(0.9485, abs=1e-4)  # Wilson, z 1.645
    assert lower_bound(10, 10) < 1.0


def test_calibrate_capped_threshold_needs_the_crossfitted_bound_and_each_dev_estimate():
    """The lowest threshold where the cross-fitted first stage keeps enough right at its lower bound
    and every dev estimate keeps ``target`` right."""
    import numpy as np

    first = np.array([0.955] * 400 + [0.905] * 400 + [0.455] * 200)
    first_labels = np.array([1] * 400 + [1] * 360 + [0] * 40 + [0] * 200)
    dev = np.array([0.955] * 10 + [0.905] * 10 + [0.455] * 10)
    labels = np.array([1] * 10 + [1] * 10 + [0] * 10)
    # at 0.46 the cross-fitted kept are 760 / 800 right (lower bound 0.937): not before 0.91
    assert capped_threshold(first, first_labels, [dev], labels, 0.95) == 0.91
    # a second dev estimate keeping a wrong result up to 0.935 moves it on to 0.94
    other = np.array([0.955] * 10 + [0.905] * 10 + [0.455] * 9 + [0.935])
    assert capped_threshold(first, first_labels, [dev, other], labels, 0.95) == 0.94
    assert capped_threshold(first, first_labels, [dev], labels, 0.999) == 1.0
