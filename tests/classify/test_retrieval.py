"""Nearest annotation names (retrieval.v1), exclusions (redirect.v1), the standard's kind, and the
held-out split of the official annotations, with the shipped classifier."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import numpy as np
import pytest

from std_extract.classify.annotations import default_items_path, load_annotation_names
from std_extract.classify.classifier import load_classifier
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.retrieval import (
    NgramIndex,
    Retrieval,
    activity_of,
    index_names,
    ngrams,
    product_core,
)
from std_extract.classify.table import load_table

needs_items = pytest.mark.skipif(
    not default_items_path().is_file(), reason="../shared/gbt4754-notes/items.tsv is absent"
)


@pytest.fixture(scope="module")
def retrieval() -> Retrieval:
    return next(c for c in load_classifier().components if c.name == "retrieval")  # type: ignore[return-value]


def test_retrieval_activity_and_core():
    assert activity_of("电视机批发和进出口") == "wholesale"
    assert activity_of("笔筒", "5141") == "wholesale"  # a name listed under a wholesale class
    assert activity_of("汽车维修") == "repair"
    assert activity_of("家用电冰箱") == "make"
    assert product_core("电视机批发和进出口") == "电视机"
    assert product_core("精整成套装备(具有在线检测、自适应控制等功能)") == "精整成套装备"


def test_retrieval_making_and_trading_one_product_differ(retrieval):
    assert retrieval.classes("家用电冰箱")[0][0] == "3851"
    assert retrieval.classes("家用电冰箱批发")[0][0][:2] == "51"
    assert retrieval.classes("家用电冰箱零售")[0][0][:2] == "52"


def test_retrieval_names_say_where_they_come_from(retrieval):
    classes = retrieval.classes("钨钼矿地质勘查服务")
    assert classes[0][0] == "7472"
    assert any(n.label.startswith("注释 7472 包括") for n in classes[0][2])


def test_classifier_trading_or_repairing_a_product_is_the_trade():
    classifier = load_classifier()
    assert classifier.classify_text("羊毛衫零售").code == "5232"
    assert classifier.classify_text("小型风力发电机组维修").code[:2] == "43"
    assert classifier.classify_text("羊毛衫").code == "1829"


def test_retrieval_evidence_names_the_annotation_row():
    result = load_classifier().classify_text("钨钼矿地质勘查服务")
    assert result.code == "7472"
    texts = [e.text or "" for e in result.candidates[0].evidence]
    assert any(t.startswith("注释 7472 包括") for t in texts)


def test_redirect_counts_against_the_class_that_excludes():
    classifier = load_classifier()
    from std_extract.classify.signals import text_to_signals

    votes = [v for v in classifier.votes(text_to_signals("乳粉制造")) if v.component == "redirect"]
    assert any(v.code == "1441" and v.weight < 0 for v in votes)
    assert classifier.classify_text("乳粉制造").code == "1442"


def test_standard_kind_from_title_and_body():
    from std_extract.classify.component import SignalDoc
    from std_extract.classify.kind import standard_kind
    from std_extract.classify.signals import text_to_signals

    service = "养老机构服务规范\n1 范围\n本标准规定了养老机构的服务内容、服务流程和投诉处理。"
    product = (
        "电饭锅技术要求\n1 范围\n本标准规定了电饭锅的技术要求、试验方法、检验规则和标志、包装、运输和贮存。"
    )
    kinds = [standard_kind([SignalDoc(s, None) for s in text_to_signals(t)]) for t in (service, product)]
    assert [k[0] if k else None for k in kinds] == ["service", "product"]


@needs_items
def test_retrieval_heldout_annotation_split_meets_floors():
    # Measured once on the test split after every choice was made on dev (models/classify/
    # classifier.toml), 2026-12-06: row heads 小类 top-1 0.624, top-3 0.796, 中类 top-1 0.723 (0.43 /
    # 0.57 before the annotations, 0.609 / 0.780 before the linear models).  The targets
    # (0.80 / 0.92) are not reached; these floors keep what is.  The review model flags 83.4% and
    # leaves 92.0% of the rest right (95% asked).
    from std_extract.classify.accuracy import evaluate_annotations

    report = evaluate_annotations("test")
    assert report["n"] >= 2000
    assert report["class"]["top1"] >= 0.61
    assert report["class"]["top3"] >= 0.78
    assert report["group"]["top1"] >= 0.71
    assert report["review"]["accuracy_kept"] >= 0.9


@needs_items
def test_accuracy_annotation_misses_say_who_voted_and_keep_to_the_dev_split():
    from std_extract.classify.accuracy import annotation_misses

    lines = annotation_misses("dev", limit=40)
    assert len(lines) >= 5  # about four dev heads in ten are missed
    for line in lines:
        name, gold, got, rank = line.split("\t")
        assert gold.startswith("gold ") and got.startswith("got ") and name
        assert gold.split()[1] != got.split()[1]  # only wrong answers are listed
        assert re.fullmatch(r"gold rank (\d+|-)", rank)
    assert any("retrieval " in line for line in lines)  # each component's vote is named
    with pytest.raises(ValueError, match="dev split only"):
        annotation_misses("test")  # the test split is only measured


def test_retrieval_index_holds_each_names_and_each_classs_tf_idf_vector_exactly():
    # The index is built with whole arrays; a vector a name, summed a class, by plain dictionaries
    # (as it was built before) must give the very same float32 weights.
    names = index_names(load_annotation_names(), load_lexicon(), load_table())[::37]
    index = NgramIndex(names)
    counts = [ngrams(product_core(n.text)) for n in names]
    df: dict[str, int] = defaultdict(int)
    for grams in counts:
        for gram in grams:
            df[gram] += 1
    idf = {g: math.log((1 + len(names)) / (1 + d)) + 1.0 for g, d in df.items()}
    vectors = [_unit({g: (1.0 + math.log(c)) * idf[g] for g, c in grams.items()}) for grams in counts]
    classes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for name, vector in zip(names, vectors, strict=True):
        for gram, value in vector.items():
            classes[name.code][gram] += value
    centroids = [_unit(classes[code]) for code in index.classes]
    assert index.idf == idf and len(idf) > 5000
    for postings, rows in ((index.postings, vectors), (index.class_postings, centroids)):
        for gram in idf:
            held = [(i, v[gram]) for i, v in enumerate(rows) if gram in v]
            expected = np.array([i for i, _ in held]), np.array([v for _, v in held], dtype=np.float32)
            assert all(np.array_equal(a, b) for a, b in zip(postings[gram], expected, strict=True)), gram


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {g: v / norm for g, v in vector.items()}
