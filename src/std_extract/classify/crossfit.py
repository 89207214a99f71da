"""Cross-fitted votes on the annotations' train split, and a combination learned from them.

    python -m std_extract.classify.crossfit [--folds 5] [--l2 1.0]

A combination fitted on the annotation dev split (classify/ranker.py) learns from about 1,000
queries and leaves nothing clean to measure it on.  Here every train row falls into one of
``folds`` parts by a seeded hash of its head name (:func:`fold_of`), and each part's row heads and
listed names are classified by a build that knows the other parts only: its retrieval and redirect
read their names, and both linear models are learned from them (:func:`fold_names`: a name that a
dev or test row, or a row of the part itself, also gives is left out, as the train-split file
leaves out the names of the measured splits).  Their votes are out of sample as the dev split's
are, so a combination can be learned from about 5,600 queries and dev measures it.  The textcat
learned every train row and a fit takes about 35 minutes, so it is left out of the fold builds and
of the learned combination: on dev it enters with one weight on its vote (:func:`dev_figures`).

The fold builds' files are written under ``models/`` while the command runs (``*_crossfit*``) and
removed after; linear training needs scikit-learn (``pip install .[train]``).  Only the train
split's rows are read to learn; the dev split is only measured, the test split never read.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import numpy as np

from std_extract.classify import annotations as notes
from std_extract.classify.aggregate import AggregateSettings, unranked
from std_extract.classify.classifier import (
    Classifier,
    load_config,
    load_measurement_classifier,
    measurement_config,
    product_phrase,
)
from std_extract.classify.component import Vote
from std_extract.classify.fit_ranker import Query, fit, usable
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.ranker import candidate_features, component_sums, feature_names, knows_a_term
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import load_table
from std_extract.textnorm import compact

FOLD_SEED = "crossfit"
LEFT_OUT = ("textcat",)  # learned every train row: in sample on the train split's queries
FILES = {
    "names": "gbt4754/_crossfit.csv",
    "linear": "linear/_crossfit.npz",
    "linear_group": "linear/_crossfit_group.npz",
}


class Fitted(NamedTuple):
    """One classified query: what the fold build (or the dev measurement build) voted."""

    name: str
    gold: str
    kind: str  # "head" or "listed"
    votes: list[Vote]
    phrase: str


def fold_of(item: notes.Item, folds: int) -> int:
    """The part of the train split a row falls in, by its head name (a head's rows stay together)."""
    digest = hashlib.sha256(f"{FOLD_SEED}:{notes.split_key(item)}".encode()).digest()
    return digest[0] % folds


def fold_names(items: list[notes.Item], fold: int, folds: int) -> list[notes.AnnotationName]:
    """The names a build classifying part ``fold`` knows: the other parts' train rows, less every
    name a dev or test row or a row of the part itself gives."""
    train = [i for i in items if notes.split_of(i) == "train"]
    inside = [i for i in train if fold_of(i, folds) == fold]
    measured = [i for i in items if notes.split_of(i) != "train"] + inside
    kept = {compact(name) for item in measured for name in notes.item_names(item)}
    outside = [i for i in train if fold_of(i, folds) != fold]
    return [n for n in notes.to_names(outside) if compact(n.name) not in kept]


def fold_config(files: dict[str, str]) -> dict:
    """The measurement build reading ``files``, without the textcat, the ranker and the review model."""
    config = measurement_config(load_config())
    components = {name: dict(spec) for name, spec in config["components"].items()}
    components["retrieval"]["names"] = components["redirect"]["names"] = files["names"]
    components["linear"]["path"] = files["linear"]
    components["linear_group"]["path"] = files["linear_group"]
    for name in LEFT_OUT:
        components[name]["enabled"] = False
    aggregate = {k: v for k, v in config["aggregate"].items() if k not in ("review", "ranker")}
    return {**config, "components": components, "aggregate": aggregate}


def classify_all(classifier: Classifier, queries: list[tuple[str, str, str]]) -> list[Fitted]:
    fitted = []
    for name, gold, kind in queries:
        signals = text_to_signals(name)
        phrase = product_phrase(signals, classifier.settings.decisive_sources)
        fitted.append(Fitted(name, gold, kind, classifier.votes(signals), phrase))
    return fitted


@contextmanager
def fold_files(models: Path) -> Iterator[None]:
    """Remove the fold builds' files from ``models`` however the run ends."""
    try:
        yield
    finally:
        for file in FILES.values():
            (models / file).unlink(missing_ok=True)


def kinds(items: list[notes.Item]) -> list[tuple[str, str, str]]:
    heads = [(n, g, "head") for n, g in notes.row_queries(items)]
    return heads + [(n, g, "listed") for n, g in notes.row_queries(items, listed=True)]


def cross_fitted(folds: int = 5) -> list[Fitted]:
    """Every train row head and listed name, voted on by the build that did not learn its part."""
    from std_extract.classify.linear import train as train_linear

    models = Path(__file__).resolve().parents[3] / "models"
    items, fitted = notes.read_items(), []
    with fold_files(models):
        for fold in range(folds):
            names = fold_names(items, fold, folds)
            (models / FILES["names"]).write_text(notes.write_names(names), encoding="utf-8")
            notes.load_annotation_names.cache_clear()
            for level, key in (("class", "linear"), ("group", "linear_group")):
                train_linear(out=models / FILES[key], level=level, names_file=FILES["names"])
            _clear_caches()
            classifier = Classifier(fold_config(FILES), load_table(), load_lexicon())
            inside = [i for i in items if notes.split_of(i) == "train" and fold_of(i, folds) == fold]
            fitted += classify_all(classifier, kinds(inside))
    _clear_caches()
    return fitted


def _clear_caches() -> None:
    """The loaders cache by file name, and the fold files share one name."""
    from std_extract.classify import linear, retrieval

    notes.load_annotation_names.cache_clear()
    linear.load_linear_model.cache_clear()
    retrieval._INDEXES.clear()


def to_queries(fitted: list[Fitted], depth: int, left_out: tuple[str, ...] = LEFT_OUT) -> list[Query]:
    """Each query's first ``depth`` candidates and their ranker features, ``left_out`` votes dropped."""
    config = fold_config(FILES)
    settings = AggregateSettings(**config["aggregate"], source_weights=dict(config["sources"]))
    table, names, queries = load_table(), feature_names(), []
    for item in fitted:
        votes = [v for v in item.votes if v.component not in left_out]
        ranked, probabilities, scores, _ = unranked(votes, table, settings, item.phrase)
        first = ranked[:depth]
        if not first:
            continue
        features = candidate_features(first, probabilities, scores, votes, table, item.phrase)
        matrix = np.array([[features[c][n] for n in names] for c in first])
        gold = first.index(item.gold) if item.gold in first else len(first)
        queries.append(Query(first, matrix, gold, knows_a_term(votes, settings.decisive_sources), item.kind))
    return queries


def top1(hits: list[tuple[str, bool]]) -> dict[str, float]:
    """Share of right first answers per kind of query."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, right in hits:
        counts[kind][0] += right
        counts[kind][1] += 1
    return {kind: round(right / n, 4) for kind, (right, n) in sorted(counts.items())}


def ranked_first(query: Query, scores: np.ndarray) -> bool:
    """Whether the best-scored candidate is the gold."""
    return bool(query.gold < len(query.candidates) and int(np.argmax(scores)) == query.gold)


def added_votes(fitted: Fitted, candidates: list[str], component: str) -> np.ndarray:
    """Each candidate's summed vote from ``component`` (its best vote per source)."""
    return np.array([component_sums(fitted.votes).get((c, component), 0.0) for c in candidates])


def dev_figures(
    weights: np.ndarray, mean: np.ndarray, scale: np.ndarray, depth: int, betas: tuple[float, ...]
) -> dict[str, dict[str, float]]:
    """Dev 小类 top-1 per kind: as the measurement build ranks today, unranked without the textcat,
    ranked by the learned combination, and with the textcat's vote added at each weight of ``betas``."""
    classifier = load_measurement_classifier()
    dev = classify_all(classifier, kinds(notes.items_in("dev")))
    full = to_queries(dev, depth, left_out=())
    queries = to_queries(dev, depth)
    figures = {
        "today": top1([(q.kind, q.gold == 0) for q in full]),
        f"without {', '.join(LEFT_OUT)}": top1([(q.kind, q.gold == 0) for q in queries]),
    }
    learned = [((q.features - mean) / scale) @ weights[:-1] for q in queries]
    figures["learned"] = top1([(q.kind, ranked_first(q, s)) for q, s in zip(queries, learned, strict=True)])
    for beta in betas:
        hits = []
        for q, s, item in zip(queries, learned, _matching(dev, queries), strict=True):
            hits.append((q.kind, ranked_first(q, s + beta * added_votes(item, q.candidates, "textcat"))))
        figures[f"learned + textcat x{beta:g}"] = top1(hits)
    return figures


def _matching(fitted: list[Fitted], queries: list[Query]) -> list[Fitted]:
    """The classified items behind ``queries`` (to_queries skips those without a candidate)."""
    config = fold_config(FILES)
    settings = AggregateSettings(**config["aggregate"], source_weights=dict(config["sources"]))
    table, kept = load_table(), []
    for item in fitted:
        votes = [v for v in item.votes if v.component not in LEFT_OUT]
        if unranked(votes, table, settings, item.phrase)[0]:
            kept.append(item)
    assert len(kept) == len(queries)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--depth", type=int, default=10)
    args = parser.parse_args()
    fitted = cross_fitted(args.folds)
    queries = to_queries(fitted, args.depth)
    print(f"{len(queries)} cross-fitted train queries; unranked 小类 top-1 (without the textcat):")
    print("  ", top1([(q.kind, q.gold == 0) for q in queries]))
    mean, scale, present = usable(queries)
    scale = np.where(present, scale, np.inf)
    weights = fit(queries, args.l2, mean, scale)
    learned = [((q.features - mean) / scale) @ weights[:-1] for q in queries]
    print(
        "  learned (in sample):",
        top1([(q.kind, ranked_first(q, s)) for q, s in zip(queries, learned, strict=True)]),
    )
    for label, figures in dev_figures(weights, mean, scale, args.depth, (1.0, 2.0, 3.0, 4.0)).items():
        print(f"dev {label}: {figures}")


if __name__ == "__main__":
    main()
