"""The learned combination (classify/ranker.py) and its fitting (classify/fit_ranker.py)."""

from __future__ import annotations

import numpy as np
import pytest

from std_extract.classify.aggregate import AggregateSettings, rank_votes, unranked
from std_extract.classify.classifier import Classifier, load_classifier, load_config, product_phrase
from std_extract.classify.fit_ranker import _loss
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.ranker import RankerModel, candidate_features, feature_names, knows_a_term, reorders
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import load_table


@pytest.fixture(scope="module")
def ranked_classifier() -> Classifier:
    """The shipped classifier with its (measured, off) ranker switched on, re-ordering everything."""
    config = load_config()
    aggregate = dict(config["aggregate"])
    aggregate["ranker"] = {**aggregate["ranker"], "enabled": True, "order": "all"}
    shipped = load_classifier()
    return Classifier({**config, "aggregate": aggregate}, load_table(), load_lexicon(), nlp=shipped.nlp)


def test_ranker_probabilities_leave_mass_to_none():
    model = RankerModel(weights={"probability": 2.0}, none=0.5)
    p = model.probabilities({"3851": {"probability": 0.9}, "3852": {"probability": 0.1}})
    assert p["3851"] > p["3852"] > 0
    assert sum(p.values()) < 1.0  # the rest is "none of these candidates"
    assert RankerModel(weights={}, none=-50.0).probabilities({"3851": {}})["3851"] == pytest.approx(1.0)


def test_ranker_features_are_named_for_every_candidate():
    classifier = load_classifier()
    votes = classifier.votes(text_to_signals("网眼薄纱"))
    ranked, probabilities, scores, _ = unranked(votes, classifier.table, classifier.settings)
    features = candidate_features(ranked[:10], probabilities, scores, votes, classifier.table, "网眼薄纱")
    assert list(features) == ranked[:10]
    assert all(set(f) == set(feature_names()) for f in features.values())
    assert features[ranked[0]]["first"] == 1.0 and features[ranked[1]]["first"] == 0.0


def test_ranker_shipped_weights_name_known_features():
    ranker = AggregateSettings(**load_config()["aggregate"]).ranker
    assert ranker is not None and set(ranker.weights) == set(feature_names())


def test_ranker_reorders_by_its_order_setting():
    classifier = load_classifier()
    sources = classifier.settings.decisive_sources
    known = classifier.votes(text_to_signals("家用电冰箱"))  # a lexicon term
    unknown = classifier.votes(text_to_signals("猪源心包膜"))  # no lexicon term
    assert knows_a_term(known, sources) and not knows_a_term(unknown, sources)
    model = RankerModel(order="unknown_terms")
    assert not reorders(model, known, sources) and reorders(model, unknown, sources)
    assert not reorders(RankerModel(order="none"), unknown, sources)
    assert reorders(RankerModel(order="all"), known, sources)


def test_ranker_switched_on_orders_candidates_by_its_probabilities(ranked_classifier: Classifier):
    for name in ("网眼薄纱", "家用电冰箱", "特种陶瓷成套制造设备"):
        result = ranked_classifier.classify_text(name)
        scores = [c.score for c in result.candidates]
        assert scores == sorted(scores, reverse=True) and sum(scores) <= 1.0
        assert result.level_path[-1].code == result.code


def test_ranker_off_leaves_the_added_up_order():
    classifier = load_classifier()
    signals = text_to_signals("网眼薄纱")
    votes = classifier.votes(signals)
    phrase = product_phrase(signals, classifier.settings.decisive_sources)
    assert (
        rank_votes(votes, classifier.table, classifier.settings, phrase)[0]
        == (unranked(votes, classifier.table, classifier.settings, phrase)[0])
    )


def test_fit_ranker_loss_gradient_matches_finite_differences():
    rng = np.random.RandomState(0)
    queries = [(rng.normal(size=(4, 3)), int(rng.randint(0, 5))) for _ in range(6)]  # 4 = "none"
    w = rng.normal(size=4)
    loss, grad = _loss(w, queries, l2=0.5)
    step = 1e-6
    numeric = [
        (_loss(w + step * e, queries, 0.5)[0] - _loss(w - step * e, queries, 0.5)[0]) / (2 * step)
        for e in np.eye(4)
    ]
    assert loss > 0 and np.allclose(grad, numeric, atol=1e-4)
