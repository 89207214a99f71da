"""Ranking candidates: the 中类 with the most mass goes first."""

from __future__ import annotations

import pytest

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


def _vote(code: str, weight: float, component: str, text: str = "", source: str = "title"):
    from std_extract.classify.component import Vote
    from std_extract.record import Evidence

    evidence = Evidence(term="继电器", source=source, clause=None, text=text)
    return Vote(code=code, weight=weight, component=component, evidence=evidence)


def test_aggregate_base_features_leave_the_textcat_out():
    """The review model's first stage reads the votes without the textcat: a class only the textcat
    votes for has no features (as in the cross-fitted train queries it was fitted on); the others'
    probability and margin are those of the remaining votes."""
    from std_extract.classify.aggregate import base_features

    settings = AggregateSettings(rank_by="group", source_weights={"title": 1.0})
    table = load_table()
    votes = [
        _vote("3823", 1.0, "lexicon", "产品词表 3823：继电器"),
        _vote("3823", 0.6, "retrieval", "产品词表 3823：继电器"),
        _vote("3824", 0.2, "retrieval", "注释 3824 包括：电力电子元器件"),
        _vote("3824", 3.0, "textcat"),
    ]
    features = base_features("3823", votes, table, settings, ("textcat",))
    assert features["rules"] == 1.0 and features["agree_retrieval"] == 1.0
    assert features["near_lexicon"] == 1.0 and features["near_annotation"] == 0.0
    assert 0.5 < features["p1"] < 1.0 and features["margin"] > 0.3
    assert features["retrieval_best"] == 0.6 and features["catch_all"] == 0.0
    assert not any(base_features("3824", votes[-1:], table, settings, ("textcat",)).values())
    # the margin is over the most probable other class, not the second of the ranking
    other = base_features("3824", votes, table, settings, ("textcat",))
    assert other["margin"] < 0 and other["near_annotation"] == 1.0


def test_aggregate_base_features_need_title_or_text_support():
    """A class supported only by the body or a cover code gets no first-stage features (it is
    always flagged)."""
    from std_extract.classify.aggregate import base_features

    settings = AggregateSettings(source_weights={"title": 1.0, "body": 0.25})
    votes = [_vote("3823", 0.25, "lexicon", "产品词表 3823：继电器", source="body")]
    assert not any(base_features("3823", votes, load_table(), settings, ("textcat",)).values())


def test_aggregate_review_model_adds_its_first_stage_as_the_base_feature():
    from std_extract.classify.aggregate import BaseReview, ReviewModel, review_estimate

    table = load_table()
    votes = [_vote("3823", 1.0, "lexicon", "产品词表 3823：继电器")]
    base = BaseReview(intercept=-1.0, weights={"rules": 2.0})
    sure = AggregateSettings(
        source_weights={"title": 1.0},
        review=ReviewModel(intercept=0.0, weights={"base": 1.0}, threshold=0.7, base=base),
    )
    # base score -1 + 2 = 1: estimate 1 / (1 + e^-1) = 0.731
    assert review_estimate(votes, table, sure) == pytest.approx(0.7311, abs=1e-4)
    unsure = sure.model_copy(update={"review": sure.review.model_copy(update={"base": None})})
    assert review_estimate(votes, table, unsure) == pytest.approx(0.5)


def test_aggregate_review_estimate_is_capped_by_the_first_stage():
    """With cap_by_base the estimate is at most the first stage's own probability: a second stage
    sure of itself (intercept 3) does not keep a result the first stage doubts (score -1 + 2 = 1:
    0.731); where the first stage is the surer, the second stage's estimate stands."""
    from std_extract.classify.aggregate import BaseReview, ReviewModel, review_estimate

    table = load_table()
    votes = [_vote("3823", 1.0, "lexicon", "产品词表 3823：继电器")]
    base = BaseReview(intercept=-1.0, weights={"rules": 2.0})
    review = ReviewModel(intercept=3.0, weights={}, threshold=0.9, base=base, cap_by_base=True)
    settings = AggregateSettings(source_weights={"title": 1.0}, review=review)
    assert review_estimate(votes, table, settings) == pytest.approx(0.7311, abs=1e-4)
    uncapped = settings.model_copy(update={"review": review.model_copy(update={"cap_by_base": False})})
    assert review_estimate(votes, table, uncapped) == pytest.approx(0.9526, abs=1e-4)
    # the twin: a doubtful second stage (intercept -3: 0.047) is not raised by a surer first stage
    doubtful = settings.model_copy(update={"review": review.model_copy(update={"intercept": -3.0})})
    assert review_estimate(votes, table, doubtful) == pytest.approx(0.0474, abs=1e-4)


def test_aggregate_base_review_refuses_an_unknown_feature():
    """A misspelt weight in [aggregate.review.base] is an error naming it, not a weight never read."""
    from pydantic import ValidationError

    from std_extract.classify.aggregate import BaseReview

    with pytest.raises(ValidationError, match="near_lexicn"):
        BaseReview(weights={"p1": 1.0, "near_lexicn": -0.7})
    assert BaseReview(weights={"p1": 1.0, "near_lexicon": -0.7}).score({"p1": 0.5}) == 0.5


def test_aggregate_whole_term_keeps_a_plain_product_name_unflagged():
    """A product phrase that is, as a whole, a lexicon term of the first class, with its 中类's mass and
    the retrieval's agreement, is not flagged whatever the estimate (除湿机 -> 3853)."""
    from std_extract.classify.aggregate import BaseReview, ReviewModel, review_estimate

    table = load_table()
    votes = [
        _vote("3853", 1.0, "lexicon", "产品词表 3853：除湿机"),
        _vote("3853", 0.5, "retrieval", "产品词表 3853：除湿机"),
        _vote("3464", 0.1, "retrieval", "注释 3464 包括：除湿设备"),
    ]
    votes = [
        v.model_copy(update={"evidence": v.evidence.model_copy(update={"term": "除湿机"})}) for v in votes
    ]
    review = ReviewModel(intercept=-3.0, threshold=0.88, base=BaseReview(), whole_term_mass=0.9)
    settings = AggregateSettings(rank_by="group", source_weights={"title": 1.0}, review=review)
    assert review_estimate(votes, table, settings, "除湿机") == pytest.approx(0.88)
    # off: the estimate alone (intercept -3: 0.047)
    off = settings.model_copy(update={"review": review.model_copy(update={"whole_term_mass": 0.0})})
    assert review_estimate(votes, table, off, "除湿机") == pytest.approx(0.0474, abs=1e-4)


def test_aggregate_whole_term_needs_the_whole_phrase_and_the_retrieval():
    """The twins: a lexicon term that is only part of the phrase (一次性使用医用口罩 holds 医用口罩), and a
    whole-phrase term the retrieval contradicts (an annotation name 继电器 under 3824), stay with the
    estimate."""
    from std_extract.classify.aggregate import whole_term

    part = [
        _vote("2770", 0.6, "lexicon", "产品词表 2770：医用口罩"),
        _vote("2770", 0.5, "retrieval", "产品词表 2770：医用口罩"),
    ]
    part = [
        v.model_copy(update={"evidence": v.evidence.model_copy(update={"term": "医用口罩"})}) for v in part
    ]
    assert not whole_term("2770", {"2770": 0.95}, part, "一次性使用医用口罩", 0.9)
    assert whole_term("2770", {"2770": 0.95}, part, "医用口罩", 0.9)
    contradicted = [
        _vote("3823", 1.0, "lexicon", "产品词表 3823：继电器"),
        _vote("3823", 0.3, "retrieval", "产品词表 3823：继电器"),
        _vote("3824", 0.9, "retrieval", "注释 3824 包括：继电器"),
    ]
    assert not whole_term("3823", {"3823": 0.75, "3829": 0.24}, contradicted, "继电器", 0.9)
    assert whole_term("3823", {"3823": 0.75, "3829": 0.24}, contradicted[:2], "继电器", 0.9)
    # the 中类's mass: a close class of another 中类 keeps the flag
    assert not whole_term("3823", {"3823": 0.6, "3989": 0.4}, contradicted[:2], "继电器", 0.9)
