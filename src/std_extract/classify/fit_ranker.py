"""Fit the learned combination (:mod:`std_extract.classify.ranker`) on the annotation dev split.

    python -m std_extract.classify.fit_ranker [--l2 1.0] [--depth 10]

For every dev query (each include row's head and one listed name per head-and-list row, see
:func:`std_extract.classify.annotations.evaluation_queries`) the measurement build without its
ranker and review model gives its first ``depth`` candidates and their features; the label is the
gold candidate, or "none of these" when the gold is not among them.  A conditional logit (softmax
over the candidates and the "none" option, L2-penalised, fitted by scipy's L-BFGS) learns one
weight per feature.  Features are standardised while fitting and the weights written back on the
raw scale (a shift common to all candidates of a query changes no softmax).  The script prints the
five-fold cross-validated 小类 top-1 / top-3 beside the unranked order (each fold's queries ranked
by a model fitted on the other four), then the ``[aggregate.ranker]`` table for
``models/classify/classifier.toml``.  Refit the review model afterwards
(``python -m std_extract.classify.calibrate``): it reads the ranker's probabilities.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from typing import NamedTuple

import numpy as np
from scipy.optimize import minimize

from std_extract.classify.aggregate import unranked
from std_extract.classify.annotations import evaluation_queries
from std_extract.classify.classifier import Classifier, load_config, measurement_config, product_phrase
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.ranker import candidate_features, feature_names, knows_a_term
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import load_table


class Query(NamedTuple):
    candidates: list[str]
    features: np.ndarray  # candidates x features
    gold: int  # index of the gold candidate; len(candidates) for "none of these"
    known: bool  # a lexicon term decided: the order stays at run time (RankerModel.keep_known_order)
    kind: str  # "head" (an annotation row head), "listed" (a listed name), "tune" (a product name)


def unranked_classifier() -> Classifier:
    """The measurement build without its ranker and review model."""
    config = measurement_config(load_config())
    config["aggregate"] = {
        k: v for k, v in config.get("aggregate", {}).items() if k not in ("review", "ranker")
    }
    return Classifier(config, load_table(), load_lexicon())


def training_queries(depth: int, tune: bool = True) -> list[Query]:
    """The annotation dev split's row heads and listed names, and the tune half of the product names."""
    from std_extract.classify.accuracy import load_names

    named = [(n, g, "head") for n, g in evaluation_queries("dev")]
    named += [(n, g, "listed") for n, g in evaluation_queries("dev", listed=True)]
    named += [(n, g, "tune") for n, g in load_names("tune")] if tune else []
    classifier, names = unranked_classifier(), feature_names()
    settings, table = classifier.settings, classifier.table
    queries = []
    for name, gold, kind in named:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, settings.decisive_sources)
        ranked, probabilities, scores, _ = unranked(votes, table, settings, phrase)
        if not ranked:
            continue
        first = ranked[:depth]
        features = candidate_features(first, probabilities, scores, votes, table, phrase)
        matrix = np.array([[features[c][n] for n in names] for c in first])
        gold_index = first.index(gold) if gold in first else len(first)
        known = knows_a_term(votes, settings.decisive_sources)
        queries.append(Query(first, matrix, gold_index, known, kind))
    return queries


def _loss(w: np.ndarray, queries: list[tuple[np.ndarray, int]], l2: float) -> tuple[float, np.ndarray]:
    """Negative log-likelihood of the gold options and its gradient; the last weight is "none"."""
    total, grad = 0.0, np.zeros_like(w)
    for x, gold in queries:
        options = np.vstack([np.hstack([x, np.zeros((len(x), 1))]), np.eye(1, len(w), len(w) - 1)])
        s = options @ w
        p = np.exp(s - s.max())
        p /= p.sum()
        total -= np.log(p[gold] + 1e-12)
        grad -= options[gold] - p @ options
    return total + l2 * float(w[:-1] @ w[:-1]), grad + 2 * l2 * np.r_[w[:-1], 0.0]


MIN_PRESENT = 0.02  # a feature non-zero for fewer of the candidates gets no weight


def usable(queries: list[Query]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean and scale of each feature over the candidates, and which features are used:
    a feature that is rarely non-zero would get a huge weight from a handful of queries."""
    stacked = np.vstack([q.features for q in queries])
    present = (stacked != 0).mean(axis=0) >= MIN_PRESENT
    return stacked.mean(axis=0), stacked.std(axis=0) + 1e-9, present


def fit(queries: list[Query], l2: float, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Weights on standardised features (0 for features scaled to 0), then the "none" score."""
    data = [((q.features - mean) / scale, q.gold) for q in queries]
    start = np.zeros(len(mean) + 1)
    return minimize(_loss, start, args=(data, l2), jac=True, method="L-BFGS-B").x


def cross_validated(
    queries: list[Query], l2: float, mean: np.ndarray, scale: np.ndarray, order: str = "all"
) -> dict[str, float]:
    """Top-1 / top-3 per kind of query ranked by a model fitted on the other four folds, and the
    unranked top-1 ("base")."""
    folds = np.random.RandomState(0).randint(0, 5, len(queries))
    hits: dict[str, float] = defaultdict(float)
    for fold in range(5):
        w = fit([q for q, f in zip(queries, folds, strict=True) if f != fold], l2, mean, scale)
        for q, f in zip(queries, folds, strict=True):
            if f == fold:
                ranks = np.argsort(-(((q.features - mean) / scale) @ w[:-1]), kind="stable")
                kept = order == "none" or (order == "unknown_terms" and q.known)
                ranks = np.arange(len(q.candidates)) if kept else ranks
                hits[f"{q.kind} top1"] += ranks[0] == q.gold
                hits[f"{q.kind} top3"] += q.gold in ranks[:3]
                hits[f"{q.kind} base"] += q.gold == 0
    counts = Counter(q.kind for q in queries)
    return {key: value / counts[key.split()[0]] for key, value in sorted(hits.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--depth", type=int, default=10)
    parser.add_argument("--no-tune", action="store_true", help="the annotation dev split only")
    parser.add_argument("--order", choices=("all", "unknown_terms"), default="all", help="what CV re-orders")
    args = parser.parse_args()
    queries = training_queries(args.depth, tune=not args.no_tune)
    mean, scale, present = usable(queries)
    scale = np.where(present, scale, np.inf)  # unused features standardise to 0: weight 0
    cv = cross_validated(queries, args.l2, mean, scale, order=args.order)
    known = sum(q.known for q in queries)
    print(f"{len(queries)} queries ({known} decided by a lexicon term); five-fold cross-validated 小类")
    print("  " + ", ".join(f"{key} {value:.3f}" for key, value in cv.items()))
    w = fit(queries, args.l2, mean, scale)
    raw = w[:-1] / scale  # the same softmax on unscaled features: the shift mean @ raw is common
    print(
        f"features without weight (non-zero for < {MIN_PRESENT:.0%}): "
        + ", ".join(n for n, p in zip(feature_names(), present, strict=True) if not p)
    )
    print("\n[aggregate.ranker]")
    print(f"depth = {args.depth}")
    print(f"none = {w[-1] + float(mean @ raw):.4f}")
    weights = ", ".join(f"{n} = {v:.4f}" for n, v in zip(feature_names(), raw, strict=True))
    print(f"weights = {{ {weights} }}")


if __name__ == "__main__":
    main()
