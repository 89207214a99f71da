"""What kind of miss each wrong dev answer is: which approach could fix it, and so its ceiling.

    python -m std_extract.classify.misskinds [--listed]

Each wrong first 小类 on the annotation dev split (the measurement build, train-split knowledge)
falls into the first of these kinds that fits:

* ``activity``: the answer is about another activity than the gold (making vs wholesale, retail,
  repair, rental: :func:`std_extract.classify.retrieval.activity_of` of the class names);
* ``exclusion``: the train split's annotation has an exclude row between the two classes (one
  sends names to the other): a sibling near miss the redirect knowledge covers;
* ``unknown``: no component ranks the gold among the first ``depth`` classes: the name's words are
  unknown to all of them (outside knowledge is needed);
* ``ranked_low``: the gold is among them, but the combination puts another first (what a better
  combination could fix).

Also counted: misses whose answer is in the gold's 中类.  The test split is never read here.
"""

from __future__ import annotations

import sys
from collections import Counter

from std_extract.classify.aggregate import class_scores
from std_extract.classify.annotations import AnnotationName, evaluation_queries, load_annotation_names
from std_extract.classify.classifier import Classifier, load_measurement_classifier
from std_extract.classify.retrieval import activity_of
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import AreaTable

KINDS = ("activity", "exclusion", "unknown", "ranked_low")


def exclusion_pairs(names: tuple[AnnotationName, ...]) -> set[frozenset[str]]:
    """Pairs of classes one of whose annotations sends names to the other."""
    return {frozenset((n.from_code, n.code)) for n in names if n.kind == "exclude" and n.code and n.from_code}


def miss_kind(
    gold: str,
    answer: str,
    gold_rank: int | None,
    table: AreaTable,
    pairs: set[frozenset[str]],
    depth: int = 10,
) -> str:
    """The kind of one miss (see the module docstring); ``gold_rank`` 1-based, None when unvoted."""
    if answer and activity_of(table[answer].name, answer) != activity_of(table[gold].name, gold):
        return "activity"
    if frozenset((gold, answer)) in pairs:
        return "exclusion"
    return "unknown" if gold_rank is None or gold_rank > depth else "ranked_low"


def count_misses(listed: bool = False, classifier: Classifier | None = None) -> Counter[str]:
    """Kind -> number of wrong dev answers, with "misses", "queries" and "same_group" counts."""
    classifier = classifier or load_measurement_classifier()
    table, pairs = classifier.table, exclusion_pairs(load_annotation_names())
    counts: Counter[str] = Counter()
    for name, gold in evaluation_queries("dev", listed=listed):
        counts["queries"] += 1
        signals = text_to_signals(name)
        result = classifier.classify_signals(signals)
        if result.code == gold:
            continue
        scores, _ = class_scores(classifier.votes(signals), table, classifier.settings.prior_only_scale)
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        rank = ranked.index(gold) + 1 if gold in scores else None
        counts["misses"] += 1
        counts[miss_kind(gold, result.code or "", rank, table, pairs)] += 1
        counts["same_group"] += (result.code or "")[:3] == gold[:3]
    return counts


def main(argv: list[str]) -> None:
    counts = count_misses(listed="--listed" in argv)
    what = "listed names" if "--listed" in argv else "row heads"
    print(f"annotation dev {what}: {counts['misses']} wrong of {counts['queries']}")
    for kind in KINDS:
        print(f"  {kind:11s} {counts[kind]}")
    print(f"  (answer in the gold's 中类: {counts['same_group']})")


if __name__ == "__main__":
    main(sys.argv[1:])
