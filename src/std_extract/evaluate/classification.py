"""Classification accuracy: top-1 and top-3 at 门类, 大类, 中类 and 小类 of GB/T 4754-2017."""

from __future__ import annotations

from std_extract.evaluate.gbt4754 import LEVELS, at_level
from std_extract.evaluate.report import Accuracy, ClassificationScores, LevelScore
from std_extract.record import Classification

TOP_K = 3


def ranked_codes(classification: Classification | None) -> list[str]:
    """The output's codes best first: the chosen code, then the other candidates by score."""
    if classification is None:
        return []
    candidates = sorted(classification.candidates, key=lambda c: -c.score)
    codes = [classification.code, *(c.code for c in candidates)]
    return list(dict.fromkeys(code for code in codes if code))


def compare_classification(gold_code: str | None, predicted: list[str]) -> ClassificationScores:
    """Level accuracies for one document; a null gold class is counted apart (nothing fits)."""
    if not gold_code:
        return ClassificationScores(no_class_gold=1, no_class_agreed=int(not predicted))
    levels: dict[str, LevelScore] = {}
    for level in LEVELS:
        gold_at = at_level(gold_code, level)
        if gold_at is None:  # a malformed gold code: nothing to compare at this level
            continue
        predicted_at = [at_level(code, level) for code in predicted[:TOP_K]]
        levels[level] = LevelScore(
            top1=Accuracy(correct=int(bool(predicted_at) and predicted_at[0] == gold_at), total=1),
            top3=Accuracy(correct=int(gold_at in predicted_at), total=1),
        )
    return ClassificationScores(levels=levels)
