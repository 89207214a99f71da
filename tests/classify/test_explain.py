"""The account of a classification: each candidate's votes and the review estimate."""

from __future__ import annotations

from std_extract.classify.classifier import classify_text, explain_text, load_classifier
from std_extract.classify.component import Vote
from std_extract.classify.explain import agreement, label_of, supports
from std_extract.record import Evidence


def _vote(code: str, weight: float, component: str, text: str = "") -> Vote:
    evidence = Evidence(term="冰箱", source="title", text=text)
    return Vote(code=code, weight=weight, component=component, evidence=evidence)


def test_explain_gives_the_same_classification_as_classify_text():
    for name in ("家用电冰箱", "电冰箱批发", "特种陶瓷成套制造设备"):
        assert explain_text(name).classification == classify_text(name)


def test_explain_lists_the_rule_and_the_annotation_row_behind_a_trade_class():
    explanation = explain_text("电冰箱批发")
    first = explanation.candidates[0]
    assert first.code == explanation.classification.code == "5138"
    labels = {(s.label, s.code) for s in first.support}
    assert ("活动词规则", "51") in labels  # the rule votes on the 大类, which adds to its 小类
    assert any(s.label == "注释近邻" and s.detail.startswith("注释 5138 包括") for s in first.support)
    assert explanation.threshold == load_classifier().settings.review.threshold
    assert 0.0 <= explanation.estimate <= 1.0
    assert explanation.classification.needs_review == (explanation.estimate < explanation.threshold)


def test_explain_support_puts_votes_against_last_and_keeps_them_all():
    votes = [_vote("3851", 0.1 * i, "linear") for i in range(1, 11)] + [_vote("3851", -0.2, "redirect")]
    listed = supports(votes)
    assert [s.weight for s in listed[:2]] == [1.0, 0.9] and len(listed) == 9
    assert listed[-1].component == "redirect" and listed[-1].label == "注释排除"


def test_explain_labels_the_retrieval_by_what_its_nearest_name_is():
    assert label_of(_vote("3851", 0.5, "retrieval", "注释 3851 包括：冰箱")) == "注释近邻"
    assert label_of(_vote("3851", 0.5, "retrieval", "产品词表 3851：电冰箱")) == "词表近邻"
    assert label_of(_vote("3851", 0.5, "retrieval", "类目名称 3851：家用制冷电器具制造")) == "类目名称近邻"
    assert label_of(_vote("3851", 0.5, "lexicon")) == "产品词表"


def test_explain_agreement_reads_each_model_components_strongest_vote():
    votes = [
        _vote("3851", 0.9, "retrieval"),
        _vote("5138", 0.4, "retrieval"),
        _vote("5138", 0.8, "textcat"),
        _vote("385", 0.9, "linear_group"),  # a 中类 vote: not a model's 小类 answer
        _vote("3851", 0.7, "lexicon"),  # a rule, not a model
    ]
    assert agreement("3851", votes) == {"retrieval": True, "textcat": False}
