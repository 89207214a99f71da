"""Fit the review model of ``needs_review`` on the annotation dev split.

    python -m std_extract.classify.calibrate [--target 0.96]

For every dev query (each include row's head and one listed name per head-and-list row, see
:func:`std_extract.classify.annotations.evaluation_queries`) the shipped classifier, without its
review model, gives a result; :func:`std_extract.classify.aggregate.review_features` describes it
and whether its first 小类 is the gold one is the label.  A logistic regression (scikit-learn,
needed here only) fits the one to the other, and the threshold is the lowest estimate at which
the dev results kept (not flagged) are at least ``--target`` right.  The script prints a
``[aggregate.review]`` table for ``models/classify/classifier.toml``, the threshold table, and
a five-fold cross-validated table (each fold's results scored by a model
fitted on the other four), so the dev figure is not only a fit to itself.
"""

from __future__ import annotations

import argparse

import numpy as np

from std_extract.classify.aggregate import (
    MODEL_COMPONENTS,
    RULE_COMPONENTS,
    rank_votes,
    review_features,
)
from std_extract.classify.annotations import evaluation_queries
from std_extract.classify.classifier import Classifier, load_config, measurement_config, product_phrase
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import load_table

FEATURES = (
    "p1",
    "margin",
    "rules",
    "group_mass",
    "agree_group",
    *(f"{kind}_{c}" for c in MODEL_COMPONENTS for kind in ("agree", "vote")),
)
assert RULE_COMPONENTS  # the rules feature reads these components


def unreviewed_classifier() -> Classifier:
    config = measurement_config(load_config())
    config["aggregate"] = {k: v for k, v in config.get("aggregate", {}).items() if k != "review"}
    return Classifier(config, load_table(), load_lexicon())


def dev_features(split: str = "dev", tune: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One row of :data:`FEATURES` per query of ``split``, whether the first 小类 was right, and
    the kind of query: "head" (a row head), "listed" (a listed name) or, with ``tune``, "tune"
    (a product name of the tune half of corpus/classification/product_names.csv)."""
    from std_extract.classify.accuracy import load_names

    classifier = unreviewed_classifier()
    rows, labels = [], []
    named = [(n, g, "head") for n, g in evaluation_queries(split)]  # type: ignore[arg-type]
    named += [(n, g, "listed") for n, g in evaluation_queries(split, listed=True)]  # type: ignore[arg-type]
    named += [(n, g, "tune") for n, g in load_names("tune")] if tune else []
    settings = classifier.settings
    for name, gold, _ in named:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, settings.decisive_sources)
        ranked, probabilities, _ = rank_votes(votes, classifier.table, settings, phrase)
        if not ranked:
            rows.append([0.0] * len(FEATURES))
            labels.append(0)
            continue
        features = review_features(
            ranked[0], ranked, probabilities, votes, classifier.settings.source_weights
        )
        rows.append([features[f] for f in FEATURES])
        labels.append(int(ranked[0] == gold))
    return np.asarray(rows), np.asarray(labels), np.asarray([kind for _, _, kind in named])


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


def cross_validated(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each query's estimate from a model fitted on the other four fifths."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    cross = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        fold = LogisticRegression(C=1.0, max_iter=2000).fit(x[train], y[train])
        cross[test] = fold.predict_proba(x[test])[:, 1]
    return cross


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", type=float, default=0.95)
    parser.add_argument("--tune", action="store_true", help="report on the tune half's product names too")
    args = parser.parse_args()
    x, y, kinds = dev_features(tune=args.tune)
    heads, dev = kinds == "head", kinds != "tune"
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x[dev], y[dev])
    cross = np.zeros(len(y))
    cross[dev] = cross_validated(x[dev], y[dev])
    cross[~dev] = model.predict_proba(x[~dev])[:, 1] if (~dev).any() else []  # fitted on dev only
    # Chosen on the row heads (the measured names; a bare product listed under a trade class,
    # 毛巾 under 5231 零售, is often not answerable), with cross-validated estimates.
    threshold = threshold_for(cross[heads], y[heads], args.target)
    present = [k for k in ("head", "listed", "tune") if (kinds == k).any()]
    print(f"queries {len(y)} ({heads.sum()} row heads), first 小类 right {y.mean():.3f}")
    print(f"threshold: flagged / accuracy kept (cross-validated; {', '.join(present)})")
    for t in sorted(
        {0.5, 0.6, 0.7, 0.8, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.91, 0.92, 0.94, threshold}
    ):
        figures = [kept_figures(cross[kinds == k], y[kinds == k], t) for k in present]
        print(f"  {t:.2f}: " + "   ".join(f"{flagged:.3f} / {kept:.3f}" for flagged, kept in figures))
    print("\n[aggregate.review]")
    print(f"intercept = {model.intercept_[0]:.4f}")
    print(f"threshold = {threshold:.2f}")
    weights = ", ".join(f"{f} = {w:.4f}" for f, w in zip(FEATURES, model.coef_[0], strict=True))
    print(f"weights = {{ {weights} }}")


if __name__ == "__main__":
    main()
