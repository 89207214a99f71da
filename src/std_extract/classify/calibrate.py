"""Fit the review model of ``needs_review``: a first stage on the cross-fitted train split, a second
on the annotation dev split.

    python -m std_extract.classify.calibrate [--target 0.96] [--votes FILE]

The estimate that a result's first 小类 is right has two stages (:class:`aggregate.ReviewModel`):

1. ``[aggregate.review.base]``, a logistic regression over :data:`aggregate.BASE_FEATURES`, read
   from the votes of every component but the textcat.  It is fitted on the train split's row heads
   and listed names, each fifth classified by a build that learned the other four fifths
   (:func:`std_extract.classify.crossfit.cross_fitted`, about 5,600 queries, out of sample as the
   dev split's are; about 15 minutes, or read from ``--votes`` when that file exists, written
   there otherwise).  The textcat learned every train row, so it is left out of this stage.
2. ``[aggregate.review]``, a logistic regression over the first stage's score and the textcat's
   agreement and vote (:data:`FEATURES`), fitted on the annotation dev split (each include row's
   head and one listed name per head-and-list row, :func:`annotations.evaluation_queries`) with
   the shipped classifier's votes: three weights learned from 1,000 queries.

The threshold is the lowest estimate at which the dev row heads kept (not flagged) are at least
``--target`` right, read from five-fold cross-validated estimates (each fold scored by a second
stage fitted on the other four, averaged over five shufflings).  The target is 0.96 for an aim of
95% on names never seen: the lowest threshold reaching a target on 781 heads is an optimistic
pick of a noisy curve (session 12 chose 0.95 on dev and kept 91.8% right on the test split).
The script prints the two TOML tables for ``models/classify/classifier.toml`` and the review
curve (dev heads and listed names cross-validated, the tune half of the product names scored by
the model fitted on dev).  scikit-learn is needed here only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from std_extract.classify.aggregate import (
    BASE_FEATURES,
    AggregateSettings,
    BaseReview,
    base_features,
    rank_votes,
    review_features,
)
from std_extract.classify.annotations import evaluation_queries
from std_extract.classify.classifier import Classifier, load_config, measurement_config, product_phrase
from std_extract.classify.component import Vote
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import AreaTable, load_table

FEATURES = ("base", "agree_textcat", "vote_textcat")  # the second stage
WITHOUT = ("textcat",)  # the components the first stage does not read
CURVE = (0.8, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.91, 0.92, 0.94)


def unreviewed_classifier() -> Classifier:
    config = measurement_config(load_config())
    config["aggregate"] = {k: v for k, v in config.get("aggregate", {}).items() if k != "review"}
    return Classifier(config, load_table(), load_lexicon())


def crossfit_rows(
    votes_file: Path | None, table: AreaTable, settings: AggregateSettings
) -> tuple[np.ndarray, np.ndarray]:
    """One row of :data:`BASE_FEATURES` per cross-fitted train query whose first 小类 has title or
    text support without the textcat, and whether that 小类 was right."""
    from std_extract.classify.crossfit import cross_fitted

    if votes_file is not None and votes_file.exists():
        fitted = [json.loads(line) for line in votes_file.read_text(encoding="utf-8").splitlines()]
    else:
        fitted = [{"gold": f.gold, "votes": [v.model_dump() for v in f.votes]} for f in cross_fitted()]
        if votes_file is not None:
            lines = (json.dumps(f, ensure_ascii=False) + "\n" for f in fitted)
            votes_file.write_text("".join(lines), encoding="utf-8")
    rows, labels = [], []
    for item in fitted:
        votes = [Vote.model_validate(v) for v in item["votes"] if v["component"] not in WITHOUT]
        ranked, _, _ = rank_votes(votes, table, settings)
        if not ranked:
            continue
        features = base_features(ranked[0], votes, table, settings, WITHOUT)
        if not any(features.values()):
            continue  # no decisive support: always flagged, nothing to learn
        rows.append([features[f] for f in BASE_FEATURES])
        labels.append(int(ranked[0] == item["gold"]))
    return np.asarray(rows), np.asarray(labels)


def fit_base(x: np.ndarray, y: np.ndarray) -> BaseReview:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=0.1, max_iter=5000).fit(x, y)
    weights = dict(zip(BASE_FEATURES, (round(float(w), 4) for w in model.coef_[0]), strict=True))
    return BaseReview(intercept=round(float(model.intercept_[0]), 4), weights=weights, without=WITHOUT)


def dev_features(
    base: BaseReview, split: str = "dev", tune: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row of :data:`FEATURES` per query of ``split``, whether the first 小类 was right, and
    the kind of query: "head" (a row head), "listed" (a listed name) or, with ``tune``, "tune"
    (a product name of the tune half of corpus/classification/product_names.csv).  A result no
    title or text supports (always flagged) has a row of NaN."""
    from std_extract.classify.accuracy import load_names

    classifier = unreviewed_classifier()
    settings, table = classifier.settings, classifier.table
    named = [(n, g, "head") for n, g in evaluation_queries(split)]  # type: ignore[arg-type]
    named += [(n, g, "listed") for n, g in evaluation_queries(split, listed=True)]  # type: ignore[arg-type]
    named += [(n, g, "tune") for n, g in load_names("tune")] if tune else []
    rows, labels, kinds = [], [], []
    for name, gold, kind in named:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, settings.decisive_sources)
        ranked, probabilities, support = rank_votes(votes, table, settings, phrase)
        decided = bool(ranked) and any(
            v.evidence.source in settings.decisive_sources for v in support[ranked[0]]
        )
        kinds.append(kind)
        if not decided:
            rows.append([np.nan] * len(FEATURES))
            labels.append(int(bool(ranked) and ranked[0] == gold))
            continue
        features = review_features(ranked[0], ranked, probabilities, votes, settings.source_weights)
        features["base"] = base.score(base_features(ranked[0], votes, table, settings, base.without))
        rows.append([features[f] for f in FEATURES])
        labels.append(int(ranked[0] == gold))
    return np.asarray(rows), np.asarray(labels), np.asarray(kinds)


def threshold_for(estimates: np.ndarray, labels: np.ndarray, target: float) -> float:
    """The lowest threshold whose kept results are at least ``target`` right (1.0 when none is)."""
    for threshold in np.arange(0.30, 1.0, 0.01):
        kept = estimates >= threshold
        if kept.sum() >= 10 and labels[kept].mean() >= target:
            return round(float(threshold), 2)
    return 1.0


def kept_figures(estimates: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    """(share flagged, accuracy of the kept results) at ``threshold``."""
    kept = estimates >= threshold
    return 1.0 - kept.mean(), float(labels[kept].mean()) if kept.any() else 0.0


def cross_validated(x: np.ndarray, y: np.ndarray, shufflings: int = 5) -> np.ndarray:
    """Each query's estimate from a model fitted on the other four fifths (mean over shufflings)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    cross = np.zeros(len(y))
    for seed in range(shufflings):
        for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
            fold = LogisticRegression(C=1.0, max_iter=2000).fit(x[train], y[train])
            cross[test] += fold.predict_proba(x[test])[:, 1] / shufflings
    return cross


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", type=float, default=0.96)
    parser.add_argument(
        "--votes", type=Path, help="cross-fitted votes (JSON lines): read if present, else written"
    )
    args = parser.parse_args()
    classifier = unreviewed_classifier()
    xc, yc = crossfit_rows(args.votes, classifier.table, classifier.settings)
    base = fit_base(xc, yc)
    print(f"first stage: {len(yc)} cross-fitted train queries, first 小类 right {yc.mean():.3f}")
    x, y, kinds = dev_features(base)
    decided = ~np.isnan(x).any(axis=1)
    heads, dev = kinds == "head", decided & np.isin(kinds, ("head", "listed"))
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x[dev], y[dev])
    estimates = np.zeros(len(y))  # a result without title or text support is always flagged
    estimates[dev] = cross_validated(x[dev], y[dev])
    tune = decided & (kinds == "tune")
    estimates[tune] = model.predict_proba(x[tune])[:, 1] if tune.any() else []  # fitted on dev only
    threshold = threshold_for(estimates[heads], y[heads], args.target)
    print(f"dev queries {dev.sum()} ({heads.sum()} row heads), {(~decided).sum()} without title support")
    print("threshold: flagged / accuracy kept (dev heads, listed names cross-validated; tune names)")
    for t in sorted({*CURVE, threshold}):
        figures = [kept_figures(estimates[kinds == k], y[kinds == k], t) for k in ("head", "listed", "tune")]
        print(f"  {t:.2f}: " + "   ".join(f"{flagged:.3f} / {kept:.3f}" for flagged, kept in figures))
    print("\n[aggregate.review]")
    print(f"intercept = {model.intercept_[0]:.4f}")
    print(f"threshold = {threshold:.2f}")
    weights = ", ".join(f"{f} = {w:.4f}" for f, w in zip(FEATURES, model.coef_[0], strict=True))
    print(f"weights = {{ {weights} }}")
    print("\n[aggregate.review.base]")
    print(f"intercept = {base.intercept:.4f}")
    print(f"without = {json.dumps(list(base.without))}")
    print(f"weights = {{ {', '.join(f'{f} = {w:.4f}' for f, w in base.weights.items())} }}")


if __name__ == "__main__":
    main()
