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

Each miss is also placed by where its answer stands from the gold (:func:`distance`: the same
中类, 大类 or 门类, or another 门类), and counted by what marks it (:func:`marks`): a catch-all
class (其他…, …未列明…) on either side, a lexicon term that voted for the answer and not for the
gold (the hand-written lexicon filing a product elsewhere than the annotation), the gold's rank
(2-3, 4-10, lower or unvoted), and a phrase sharing no two characters with any train name of the
gold class nor with its class name (words no knowledge of the gold holds).  The test split is never
read here.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from std_extract.classify.aggregate import class_scores
from std_extract.classify.annotations import AnnotationName, evaluation_queries, load_annotation_names
from std_extract.classify.classifier import Classifier, load_measurement_classifier, product_phrase
from std_extract.classify.component import Vote
from std_extract.classify.retrieval import activity_of
from std_extract.classify.signals import text_to_signals
from std_extract.classify.table import AreaTable, Level

KINDS = ("activity", "exclusion", "unknown", "ranked_low")
DISTANCES = ("same 中类", "same 大类", "same 门类", "other 门类")
MARKS = (
    "catch-all",
    "lexicon backed the answer",
    "rank 2-3",
    "rank 4-10",
    "rank lower or unvoted",
    "words unknown",
)


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


def distance(gold: str, answer: str, table: AreaTable) -> str:
    """How far the answer is from the gold in the table: the first level they share."""
    levels: tuple[Level, ...] = ("group", "division", "section")
    for level, label in zip(levels, DISTANCES, strict=False):
        if answer and table.ancestor(gold, level) == table.ancestor(answer, level):
            return label
    return DISTANCES[3]


def is_catch_all(code: str, table: AreaTable) -> bool:
    """A class for what its siblings leave (其他…, …未列明…)."""
    name = table[code].name
    return name.startswith("其他") or "未列明" in name


def gold_pairs(names: tuple[AnnotationName, ...], table: AreaTable) -> dict[str, set[str]]:
    """Character pair -> the classes with a train name (or class name) holding it."""
    pairs: dict[str, set[str]] = defaultdict(set)
    texts = [(n.name, n.code) for n in names if n.kind == "include" and n.code]
    texts += [(a.name, a.code) for a in table.at_level("class")]
    for text, code in texts:
        for i in range(len(text) - 1):
            pairs[text[i : i + 2]].add(code)
    return pairs


def marks(
    phrase: str,
    gold: str,
    answer: str,
    gold_rank: int | None,
    votes: list[Vote],
    table: AreaTable,
    pairs: dict[str, set[str]],
) -> list[str]:
    """What marks one miss (:data:`MARKS`, see the module docstring)."""
    found = []
    if answer and (is_catch_all(answer, table) or is_catch_all(gold, table)):
        found.append(MARKS[0])
    lexicon = {v.code for v in votes if v.component == "lexicon" and v.weight > 0}
    if answer in lexicon and gold not in lexicon:
        found.append(MARKS[1])
    if gold_rank is not None and gold_rank <= 3:
        found.append(MARKS[2])
    elif gold_rank is not None and gold_rank <= 10:
        found.append(MARKS[3])
    else:
        found.append(MARKS[4])
    if not any(gold in pairs.get(phrase[i : i + 2], ()) for i in range(len(phrase) - 1)):
        found.append(MARKS[5])
    return found


def count_misses(listed: bool = False, classifier: Classifier | None = None) -> Counter[str]:
    """Kind, distance and mark -> number of wrong dev answers, with "misses" and "queries"."""
    classifier = classifier or load_measurement_classifier()
    names = load_annotation_names()
    table, pairs, known = classifier.table, exclusion_pairs(names), gold_pairs(names, classifier.table)
    counts: Counter[str] = Counter()
    for name, gold in evaluation_queries("dev", listed=listed):
        counts["queries"] += 1
        signals = text_to_signals(name)
        result = classifier.classify_signals(signals)
        if result.code == gold:
            continue
        votes = classifier.votes(signals)
        scores, _ = class_scores(votes, table, classifier.settings.prior_only_scale)
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        rank = ranked.index(gold) + 1 if gold in scores else None
        answer = result.code or ""
        counts["misses"] += 1
        counts[miss_kind(gold, answer, rank, table, pairs)] += 1
        counts[distance(gold, answer, table)] += 1
        phrase = product_phrase(signals, classifier.settings.decisive_sources) or name
        counts.update(marks(phrase, gold, answer, rank, votes, table, known))
    return counts


def main(argv: list[str]) -> None:
    counts = count_misses(listed="--listed" in argv)
    what = "listed names" if "--listed" in argv else "row heads"
    print(f"annotation dev {what}: {counts['misses']} wrong of {counts['queries']}")
    for heading, labels in (("by kind", KINDS), ("where the answer is", DISTANCES), ("marked", MARKS)):
        print(f"  {heading}: " + ", ".join(f"{label} {counts[label]}" for label in labels))


if __name__ == "__main__":
    main(sys.argv[1:])
