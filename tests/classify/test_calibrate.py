"""Fitting the review model: the first stage's rows from cross-fitted votes read back from a file."""

from __future__ import annotations

import json

from std_extract.classify.aggregate import BASE_FEATURES
from std_extract.classify.calibrate import crossfit_rows, threshold_for, unreviewed_classifier


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


def test_calibrate_threshold_is_the_lowest_reaching_the_target():
    import numpy as np

    estimates = np.array([0.955] * 10 + [0.905] * 10 + [0.455] * 10)
    labels = np.array([1] * 10 + [1] * 9 + [0] + [0] * 10)
    assert threshold_for(estimates, labels, 0.95) == 0.46
    assert threshold_for(estimates, labels, 0.99) == 0.91
