"""Fit the review model of ``needs_review``: a first stage on the cross-fitted train split, a second
on the annotation dev split.

    python -m std_extract.classify.calibrate [--target 0.95] [--votes FILE]

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
   the shipped classifier's votes: three weights learned from 1,000 queries.  Its estimate is
   capped by the first stage's own probability (``cap_by_base``).

The threshold is the lowest at which (1) the cross-fitted train row heads the first stage keeps
(each scored by a first stage fitted on the other four fifths) are ``--target`` right at the
one-sided 95% lower bound (:func:`lower_bound`: 4,400 heads tell 95% from 96%, the dev split's
781 do not: session 15 chose 0.88 on dev at 96.2% and kept 93.5% right on the test split) and
(2) the dev row heads kept by the capped estimate, whole lexicon terms included, are ``--target``
right, both cross-validated (each fold scored by a second stage fitted on the other four, averaged
over five shufflings) and as fitted on all of dev (:func:`capped_threshold`).
The script prints the two TOML tables for ``models/classify/classifier.toml`` and the review
curve (the cross-fitted heads by the first stage; dev heads cross-validated and as fitted, listed
names cross-validated, the tune half of the product names scored by the model fitted on dev).
scikit-learn is needed here only.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from std_extract.classify.aggregate import (
    BASE_FEATURES,
    AggregateSettings,
    BaseReview,
    base_features,
    rank_votes,
    review_features,
    whole_term,
)
from std_extract.classify.annotations import evaluation_queries
from std_extract.classify.classifier import Classifier, load_config, measurement_config, product_phrase
from std_extract.classify.component import Vote
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import AreaTable, load_table

FEATURES = ("base", "agree_textcat", "vote_textcat")  # the second stage
WITHOUT = ("textcat",)  # the components the first stage does not read
BASE_C = 0.1  # the first stage's regularisation
CURVE = (0.8, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.91, 0.92, 0.94)


def unreviewed_classifier() -> Classifier:
    config = measurement_config(load_config())
    config["aggregate"] = {k: v for k, v in config.get("aggregate", {}).items() if k != "review"}
    return Classifier(config, load_table(), load_lexicon())


def crossfit_rows(
    votes_file: Path | None, table: AreaTable, settings: AggregateSettings, kinds: list[str] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """One row of :data:`BASE_FEATURES` per cross-fitted train query whose first 小类 has title or
    text support without the textcat, and whether that 小类 was right; each row's kind of query
    ("head", "listed"; "head" in a votes file that does not say) is appended to ``kinds``."""
    from std_extract.classify.crossfit import cross_fitted

    if votes_file is not None and votes_file.exists():
        fitted = [json.loads(line) for line in votes_file.read_text(encoding="utf-8").splitlines()]
    else:
        fitted = [
            {"gold": f.gold, "kind": f.kind, "votes": [v.model_dump() for v in f.votes]}
            for f in cross_fitted()
        ]
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
        if kinds is not None:
            kinds.append(item.get("kind", "head"))
    return np.asarray(rows), np.asarray(labels)


def fit_base(x: np.ndarray, y: np.ndarray) -> BaseReview:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=BASE_C, max_iter=5000).fit(x, y)
    weights = dict(zip(BASE_FEATURES, (round(float(w), 4) for w in model.coef_[0]), strict=True))
    return BaseReview(intercept=round(float(model.intercept_[0]), 4), weights=weights, without=WITHOUT)


def dev_features(
    base: BaseReview, split: str = "dev", tune: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One row of :data:`FEATURES` per query of ``split``, whether the first 小类 was right, and
    the kind of query: "head" (a row head), "listed" (a listed name) or, with ``tune``, "tune"
    (a product name of the tune half of corpus/classification/product_names.csv), and whether the
    result is a whole lexicon term never flagged (:func:`aggregate.whole_term`, at the configured
    ``whole_term_mass``).  A result no title or text supports (always flagged) has a row of NaN."""
    from std_extract.classify.accuracy import load_names

    classifier = unreviewed_classifier()
    settings, table = classifier.settings, classifier.table
    named = [(n, g, "head") for n, g in evaluation_queries(split)]  # type: ignore[arg-type]
    named += [(n, g, "listed") for n, g in evaluation_queries(split, listed=True)]  # type: ignore[arg-type]
    named += [(n, g, "tune") for n, g in load_names("tune")] if tune else []
    mass = load_config()["aggregate"].get("review", {}).get("whole_term_mass", 0.0)
    rows, labels, kinds, whole = [], [], [], []
    for name, gold, kind in named:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, settings.decisive_sources)
        ranked, probabilities, support = rank_votes(votes, table, settings, phrase)
        decided = bool(ranked) and any(
            v.evidence.source in settings.decisive_sources for v in support[ranked[0]]
        )
        kinds.append(kind)
        whole.append(decided and bool(mass) and whole_term(ranked[0], probabilities, votes, phrase, mass))
        if not decided:
            rows.append([np.nan] * len(FEATURES))
            labels.append(int(bool(ranked) and ranked[0] == gold))
            continue
        features = review_features(ranked[0], ranked, probabilities, votes, settings.source_weights)
        features["base"] = base.score(base_features(ranked[0], votes, table, settings, base.without))
        rows.append([features[f] for f in FEATURES])
        labels.append(int(ranked[0] == gold))
    return np.asarray(rows), np.asarray(labels), np.asarray(kinds), np.asarray(whole)


def lower_bound(right: int, n: int, z: float = 1.645) -> float:
    """The one-sided lower bound (95% at z 1.645) of a share of ``right`` in ``n`` (Wilson's)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def capped_threshold(
    first: np.ndarray,
    first_labels: np.ndarray,
    capped: list[np.ndarray],
    labels: np.ndarray,
    target: float,
) -> float:
    """The lowest threshold at which (1) the cross-fitted row heads whose first stage's estimate
    reaches it are ``target`` right at the lower bound of :func:`lower_bound` and (2) the dev row
    heads whose capped estimate reaches it are ``target`` right, by each of the estimates in
    ``capped`` (cross-validated, and by the model fitted on all of dev; 1.0 when none is)."""
    for threshold in np.arange(0.30, 1.0, 0.01):
        kept = first >= threshold
        if kept.sum() < 10 or lower_bound(int(first_labels[kept].sum()), int(kept.sum())) < target:
            continue
        dev_kept = [estimates >= threshold for estimates in capped]
        if all(k.sum() >= 10 and labels[k].mean() >= target for k in dev_kept):
            return round(float(threshold), 2)
    return 1.0


def kept_figures(estimates: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    """(share flagged, accuracy of the kept results) at ``threshold``."""
    kept = estimates >= threshold
    return 1.0 - kept.mean(), float(labels[kept].mean()) if kept.any() else 0.0


def cross_validated(x: np.ndarray, y: np.ndarray, shufflings: int = 5, c: float = 1.0) -> np.ndarray:
    """Each query's estimate from a model fitted on the other four fifths (mean over shufflings)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    cross = np.zeros(len(y))
    for seed in range(shufflings):
        for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
            fold = LogisticRegression(C=c, max_iter=5000).fit(x[train], y[train])
            cross[test] += fold.predict_proba(x[test])[:, 1] / shufflings
    return cross


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", type=float, default=0.95)
    parser.add_argument(
        "--votes", type=Path, help="cross-fitted votes (JSON lines): read if present, else written"
    )
    args = parser.parse_args()
    classifier = unreviewed_classifier()
    crossfit_kinds: list[str] = []
    xc, yc = crossfit_rows(args.votes, classifier.table, classifier.settings, crossfit_kinds)
    base = fit_base(xc, yc)
    first = cross_validated(xc, yc, c=BASE_C)  # each query's first stage from the other folds
    crossfit_heads = np.asarray(crossfit_kinds) == "head"
    print(f"first stage: {len(yc)} cross-fitted train queries, first 小类 right {yc.mean():.3f}")
    x, y, kinds, whole = dev_features(base)
    decided = ~np.isnan(x).any(axis=1)
    heads, dev = kinds == "head", decided & np.isin(kinds, ("head", "listed"))
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x[dev], y[dev])
    estimates = np.zeros(len(y))  # a result without title or text support is always flagged
    estimates[dev] = cross_validated(x[dev], y[dev])
    tune = decided & (kinds == "tune")
    estimates[tune] = model.predict_proba(x[tune])[:, 1] if tune.any() else []  # fitted on dev only
    capped = estimates.copy()  # at most the first stage's own probability (ReviewModel.cap_by_base)
    first_stage = 1.0 / (1.0 + np.exp(-x[decided, 0]))
    capped[decided] = np.minimum(estimates[decided], first_stage)
    fitted = np.zeros(len(y))  # the same by the second stage fitted on all of dev (what is shipped)
    fitted[decided] = np.minimum(model.predict_proba(x[decided])[:, 1], first_stage)
    capped[whole] = fitted[whole] = 1.0  # a whole lexicon term is kept at any threshold
    threshold = capped_threshold(
        first[crossfit_heads], yc[crossfit_heads], [capped[heads], fitted[heads]], y[heads], args.target
    )
    print(f"dev queries {dev.sum()} ({heads.sum()} row heads), {(~decided).sum()} without title support")
    print(
        "threshold: flagged / accuracy kept (cross-fitted train heads by the first stage, kept, lower bound;"
        " dev heads cross-validated and by the model fitted on dev, listed names cross-validated; tune names;"
        " all capped)"
    )
    for t in sorted({*CURVE, threshold}):
        kept = first[crossfit_heads] >= t
        right = int(yc[crossfit_heads][kept].sum())
        crossfit = f"{1 - kept.mean():.3f} / {right / max(1, kept.sum()):.3f} ({kept.sum()}, "
        crossfit += f"{lower_bound(right, int(kept.sum())):.3f})"
        figures = [kept_figures(capped[kinds == k], y[kinds == k], t) for k in ("head", "listed", "tune")]
        figures.insert(1, kept_figures(fitted[heads], y[heads], t))
        print(f"  {t:.2f}: {crossfit}   " + "   ".join(f"{f:.3f} / {a:.3f}" for f, a in figures))
    print("\n[aggregate.review]")
    print(f"intercept = {model.intercept_[0]:.4f}")
    print(f"threshold = {threshold:.2f}")
    weights = ", ".join(f"{f} = {w:.4f}" for f, w in zip(FEATURES, model.coef_[0], strict=True))
    print(f"weights = {{ {weights} }}")
    print("cap_by_base = true")
    print("\n[aggregate.review.base]")
    print(f"intercept = {base.intercept:.4f}")
    print(f"without = {json.dumps(list(base.without))}")
    print(f"weights = {{ {', '.join(f'{f} = {w:.4f}' for f, w in base.weights.items())} }}")


if __name__ == "__main__":
    main()
