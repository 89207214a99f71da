"""The linear n-gram classifier (linear.v1) and the calibrated needs_review, with the shipped models."""

from __future__ import annotations

import pytest

from std_extract.classify.aggregate import review_features
from std_extract.classify.classifier import Classifier, load_config
from std_extract.classify.linear import LinearVoter, features, load_linear_model
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import load_table


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    """The shipped classifier with the linear model and the review model on."""
    config = load_config()
    config["components"]["linear"]["enabled"] = True
    config["aggregate"]["review"]["enabled"] = True
    return Classifier(config, load_table(), load_lexicon())


@pytest.fixture(scope="module")
def linear(classifier) -> LinearVoter:
    return next(c for c in classifier.components if c.name == "linear")  # type: ignore[return-value]


def test_linear_features_mark_the_head():
    grams = features("家用电冰箱")
    assert grams["箱$"] == 1 and grams["S:冰箱"] == 1 and grams["^家"] == 1
    assert features("家用　电冰箱") == grams  # compact spelling


def test_linear_model_covers_every_class_and_says_why(linear):
    model = load_linear_model()
    assert model is not None and len(model.classes) == 1381
    assert linear.predict("家用电冰箱")[0][0] == "3851"
    assert linear.predict("电视机批发")[0][0] == "5137"
    assert any("冰箱" in gram for gram in model.reasons("家用电冰箱", "3851"))


def test_linear_counts_less_where_the_lexicon_knows_the_product(classifier, linear):
    known = classifier.tokenise(text_to_signals("家用电冰箱"))[0]
    assert linear.knows_a_term(known) and linear.known_term < 1.0
    votes = [v for v in linear([known]) if v.code == "3851"]
    assert votes and "线性模型" in (votes[0].evidence.text or "")
    plain = LinearVoter(linear.resources, linear.model, linear.weight, linear.top, linear.floor)
    full = next(v for v in plain([known]) if v.code == "3851")
    assert votes[0].weight == pytest.approx(full.weight * linear.known_term)


def test_review_features_read_agreement(classifier):
    votes = classifier.votes(text_to_signals("家用电冰箱"))
    features = review_features("3851", ["3851", "3857"], {"3851": 0.9, "3857": 0.05}, votes)
    assert features["margin"] == pytest.approx(0.85)
    assert features["rules"] == 1.0
    assert features["agree_linear"] == 1.0 and features["agree_retrieval"] == 1.0
    assert features["vote_textcat"] > 0


def test_review_model_flags_the_unsure_and_keeps_the_sure(classifier):
    assert classifier.settings.review is not None
    sure = classifier.classify_text("家用电冰箱")
    assert sure.code == "3851" and not sure.needs_review
    # The annotation puts it under 3546; the lexicon's 特种陶瓷 pulls to 3073: a reviewer decides.
    assert classifier.classify_text("特种陶瓷成套制造设备").needs_review


def test_group_model_backs_off_to_the_group_where_the_lexicon_knows_nothing(classifier):
    group = next(c for c in classifier.components if c.name == "linear_group")
    assert isinstance(group, LinearVoter) and len(group.model.classes) == 473
    unknown = classifier.tokenise(text_to_signals("熔炼浇注设备"))
    votes = group(unknown)
    assert votes and all(len(v.code) == 3 and v.weight > 0 for v in votes)
    assert "线性模型（中类）" in (votes[0].evidence.text or "")
    # 家用电冰箱 is a lexicon term: the 中类 model stays out (known_term 0).
    assert group(classifier.tokenise(text_to_signals("家用电冰箱"))) == []
    features = review_features("3591", ["3591", "3461"], {"3591": 0.3, "3461": 0.2}, votes)
    assert features["group_mass"] == pytest.approx(0.3)
    assert features["agree_group"] == float(max(votes, key=lambda v: v.weight).code == "359")


def test_linear_explains_several_classes_as_one_at_a_time():
    model = load_linear_model()
    assert model is not None
    for phrase in ("特种陶瓷成套制造设备", "家用电冰箱", "电视机批发"):
        scores = model.scores(phrase)
        codes = [model.classes[i] for i in scores.argsort()[::-1][:5]]
        explained = model.explain(phrase, codes)
        assert explained == {code: model.reasons(phrase, code) for code in codes}
        assert any(explained.values())
    assert model.explain("", ["3851"]) == {"3851": []}


def test_textcat_reads_a_standards_phrases_in_one_batch_as_it_reads_each(classifier):
    textcat = next(c for c in classifier.components if c.name == "textcat")
    text = "电动自行车用锂离子蓄电池\n1 范围\n本文件适用于电动自行车用锂离子蓄电池和充电器。"
    docs = classifier.tokenise(text_to_signals(text))
    products = [d.signal.product for d in docs if d.signal.product]
    assert len(products) >= 2  # the title's and the scope's product phrases
    one_by_one = [vote for d in docs if d.signal.product for vote in textcat._votes(d.signal.product, d)]
    assert textcat(docs) == one_by_one and one_by_one
