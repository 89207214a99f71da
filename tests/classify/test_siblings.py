"""Sibling names: among the candidates in the first one's 大类, the class whose name's product words
the phrase holds gains (classify/siblings.py)."""

from __future__ import annotations

import pytest

from std_extract.classify.aggregate import rank_votes
from std_extract.classify.classifier import load_classifier, load_measurement_classifier, product_phrase
from std_extract.classify.siblings import class_names, product_words
from std_extract.classify.signals import text_to_signals


def test_product_words_drop_activity_and_catch_all_words():
    assert product_words("改装汽车制造") == "改装汽车"
    assert product_words("非木竹浆制造") == "非木竹浆"
    assert product_words("其他专用设备制造") == ""
    assert product_words("环保工程施工") == "环保"


def test_share_weights_the_rare_words_of_a_class_name():
    names = class_names(load_classifier().table)
    assert names.share("改装客车", "3630") > names.share("改装客车", "3611")
    assert names.share("其他非木竹纸浆", "2212") > names.share("其他非木竹纸浆", "2211")
    assert names.share("电冰箱", "0111") == 0.0  # 稻谷种植: nothing in common
    assert names.share("改装汽车", "3630") == pytest.approx(1.0)  # the whole of the name


def test_catch_all_classes_gain_nothing():
    names = class_names(load_classifier().table)
    assert names.share("陶瓷纤维毯", "3079") == 0.0  # 其他陶瓷制品制造
    assert names.share("陶瓷纤维毯", "3089") == 0.0  # 耐火陶瓷制品及其他耐火材料制造
    assert names.share("特种陶瓷材料", "3073") > 0.0  # twin: a named sibling


def test_bonus_only_within_the_first_candidates_division():
    names = class_names(load_classifier().table)
    scores = {"3611": 1.0, "3630": 0.8, "2211": 0.5, "3612": 0.3}
    raised = names.bonus("改装汽车", scores, "3611", 1.2)
    assert raised["3630"] > 0.8
    assert raised["2211"] == 0.5  # another 大类 gains nothing, whatever the phrase
    assert raised["3612"] == 0.3  # nor a candidate far below the first
    assert names.bonus("", scores, "3611", 1.2) == scores
    assert names.bonus("改装汽车", scores, "3611", 0.0) == scores


def _first(text: str, siblings: float) -> str:
    classifier = load_measurement_classifier()
    settings = classifier.settings.model_copy(update={"siblings": siblings})
    signals = text_to_signals(text)
    phrase = product_phrase(signals, settings.decisive_sources)
    ranked, _, _ = rank_votes(classifier.votes(signals), classifier.table, settings, phrase)
    return ranked[0]


@pytest.mark.parametrize(
    "text, without, with_siblings",
    [
        # annotation dev row head: the modifier names the sibling (3630 改装汽车制造)
        ("改装客车", "3611", "3630"),
        ("客车", "3611", "3611"),  # negative twins: no modifier names a sibling, the head decides
        ("拖鞋", "1953", "1953"),
        # review of ec27ea4: a catch-all sibling gains nothing and a weak sibling is not pulled over
        # a clear first (ceramic-fibre blanket is a refractory, 3089)
        ("陶瓷纤维毯", "3089", "3089"),
        ("轻型汽车污染物排放限值及测量方法", "4015", "4015"),
        ("家用电冰箱", "3851", "3851"),  # negative twin: a known product stays
    ],
)
def test_sibling_names_pick_the_class_the_modifier_names(text, without, with_siblings):
    # Off in the shipped configuration (its dev gain did not hold on the test split); measured here
    # at the weight chosen on dev.
    assert load_measurement_classifier().settings.siblings == 0.0
    assert _first(text, 0.0) == without
    assert _first(text, 1.2) == with_siblings
