"""Pair gold and output indicators by name, then score each field (GOLD_FORMAT.md "Matching").

A gold and an output indicator are *name-matched* when they have the same ``canonical_id`` (if
both have one) or else the same :func:`~std_extract.evaluate.keys.name_key`.  Among name-matched
candidates the pairs are chosen greedily, best agreement first, so that of three grade rows named
"垩白度" each pairs with the output row of its own grade.  A pair is *found* when comparator, value
(value, value_max, tolerance), unit and grade all match; conditions are reported as a field but do
not decide "found".  A sub-label joined to one side's name ("游离氯/出厂水") and given as a condition
on the other ("游离氯", condition "出厂水") is the same indicator, and that condition is not counted
against the conditions field; likewise a parent joined before the name ("不完善粒/生霉粒") and given as a
condition.  A deviation printed "±t" with no centre reads as a tolerance (value none, ±t) in one gold
and as a range −t..t in another: both are the same bound and compare equal.  The unit is not compared
when the gold has no number (``not_detected``, ``qualitative``, ``reference``): there is nothing for it
to measure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from std_extract.evaluate.keys import condition_keys, name_key, numbers_equal, units_equal
from std_extract.evaluate.report import PRF, Accuracy, Calibration, FieldMismatch, IndicatorScores

# Comparators that carry no limit value; the "limits" figure leaves them out on both sides.
NON_LIMIT_COMPARATORS = frozenset({"reference", "qualitative"})
FIELDS = ("comparator", "value", "unit", "grade", "conditions")
FOUND_FIELDS = ("comparator", "value", "unit", "grade")


class IndicatorLike(Protocol):
    """What scoring reads; both GoldIndicator and record.Indicator have it."""

    @property
    def name(self) -> str: ...
    @property
    def canonical_id(self) -> str | None: ...
    @property
    def comparator(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def value_max(self) -> float | None: ...
    @property
    def tolerance(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def grade(self) -> str | None: ...
    @property
    def conditions(self) -> list[str]: ...


def _centreless_deviation(indicator: IndicatorLike) -> float | None:
    """t for a bound on a deviation with no centre: "±t" as a tolerance with no value, or as a
    range −t..t (gold conventions differ, docs/gold-conventions.md 1); None otherwise."""
    if indicator.comparator == "tolerance" and indicator.value is None and indicator.value_max is None:
        return indicator.tolerance
    low, high = indicator.value, indicator.value_max
    if indicator.comparator == "range" and low is not None and high is not None and high > 0:
        return high if numbers_equal(low, -high) and indicator.tolerance is None else None
    return None


def _same_deviation(gold: IndicatorLike, out: IndicatorLike) -> bool:
    """Both sides bound a deviation with no centre by the same ±t, one as a tolerance, one as a range."""
    g, o = _centreless_deviation(gold), _centreless_deviation(out)
    return g is not None and o is not None and gold.comparator != out.comparator and numbers_equal(g, o)


def _comparator_ok(gold: IndicatorLike, out: IndicatorLike) -> bool:
    return gold.comparator == out.comparator or _same_deviation(gold, out)


def _value_ok(gold: IndicatorLike, out: IndicatorLike) -> bool:
    if _same_deviation(gold, out):
        return True
    return all(numbers_equal(getattr(gold, f), getattr(out, f)) for f in ("value", "value_max", "tolerance"))


def _unit_ok(gold: IndicatorLike, out: IndicatorLike) -> bool:
    if gold.value is None and gold.value_max is None:
        return True
    return units_equal(gold.unit, out.unit)


def _grade_ok(gold: IndicatorLike, out: IndicatorLike) -> bool:
    return name_key(gold.grade) == name_key(out.grade)


def _joined_condition(whole: IndicatorLike, split: IndicatorLike) -> str | None:
    """The condition of ``split`` that ``whole``'s name carries joined to ``split``'s name, if any.

    Authors print a sub-label under a quantity either way: gold of one set names "游离氯/出厂水",
    another names "游离氯" with the condition "出厂水" (issue #12's class 4: the quantity is the name,
    the row header a condition). Both say the same; scoring reads them as one indicator, so a
    set's figures do not depend on which convention its author chose."""
    key = name_key(whole.name)
    stem = name_key(split.name)
    if not key or not stem or key == stem:
        return None
    # the sub-label after the name ("游离氯/出厂水"), or a parent before it ("不完善粒/生霉粒": the
    # category row over its items, which another author gives as the item's condition)
    if key.startswith(stem):
        joined = key[len(stem) :]
    elif key.endswith(stem):
        joined = key[: -len(stem)]
    else:
        return None
    return next((c for c in split.conditions if name_key(c) == joined), None)


def _conditions_ok(gold: IndicatorLike, out: IndicatorLike) -> bool:
    gold_conditions, out_conditions = list(gold.conditions), list(out.conditions)
    if (joined := _joined_condition(gold, out)) is not None:
        out_conditions.remove(joined)
    elif (joined := _joined_condition(out, gold)) is not None:
        gold_conditions.remove(joined)
    return condition_keys(gold_conditions) == condition_keys(out_conditions)


FIELD_CHECKS: dict[str, Callable[[IndicatorLike, IndicatorLike], bool]] = {
    "comparator": _comparator_ok,
    "value": _value_ok,
    "unit": _unit_ok,
    "grade": _grade_ok,
    "conditions": _conditions_ok,
}
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
# A quantity symbol printed after the name ("内照射指数IRa", "外照射指数Iγ"); gold names omit it.
_SYMBOL = re.compile(r"[a-zα-ω0-9]{1,4}")
# Pairing preference among same-name candidates: a found pair first, then grade, value, the rest.
_WEIGHTS = {"grade": 8, "value": 4, "comparator": 2, "unit": 2, "conditions": 1}


def name_closeness(gold: IndicatorLike, out: IndicatorLike) -> int:
    """How well two names match: 3 same canonical id or same name, 2 the same once bracketed
    qualifiers are dropped ("总铅（Pb）" / "总铅"), 1 one is the other plus a trailing word
    ("总铅含量" / "总铅") or quantity symbol ("内照射指数IRa"), 0 no match.  Gold sets differ on whether
    "（苯、甲苯…）" is part of a printed name, and on whether a sub-label is joined to the name
    ("游离氯/出厂水") or a condition ("游离氯" with "出厂水"), which counts 2; the fields compared
    afterwards are unaffected."""
    if gold.canonical_id and out.canonical_id:
        return 3 if gold.canonical_id == out.canonical_id else 0
    key, other = name_key(gold.name), name_key(out.name)
    if not key or not other:
        return 0
    if key == other:
        return 3
    bare, bare_other = (
        name_key(_BRACKETED.sub("", gold.name or "")),
        name_key(_BRACKETED.sub("", out.name or "")),
    )
    if bare and bare == bare_other:
        return 2
    if _joined_condition(gold, out) is not None or _joined_condition(out, gold) is not None:
        return 2
    short, long = sorted((bare, bare_other), key=len)
    if len(short) < 2 or not long.startswith(short):
        return 0
    tail = long[len(short) :]
    return 1 if len(tail) <= 2 or _SYMBOL.fullmatch(tail) else 0


def names_match(gold: IndicatorLike, out: IndicatorLike) -> bool:
    return name_closeness(gold, out) > 0


def field_results(gold: IndicatorLike, out: IndicatorLike) -> dict[str, bool]:
    return {field: check(gold, out) for field, check in FIELD_CHECKS.items()}


def is_found(results: dict[str, bool]) -> bool:
    return all(results[field] for field in FOUND_FIELDS)


def _pair_score(results: dict[str, bool], closeness: int = 3) -> int:
    return (
        100 * is_found(results) + 20 * closeness + sum(w for field, w in _WEIGHTS.items() if results[field])
    )


def pair_indicators(
    gold: Sequence[IndicatorLike], output: Sequence[IndicatorLike]
) -> list[tuple[int, int, dict[str, bool]]]:
    """Greedy one-to-one pairing of name-matched indicators: ``(gold index, output index, field results)``."""
    candidates = [
        (_pair_score(results, closeness), gi, oi, results)
        for gi, g in enumerate(gold)
        for oi, o in enumerate(output)
        for closeness in [name_closeness(g, o)]
        if closeness
        for results in [field_results(g, o)]
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_out: set[int] = set()
    pairs = []
    for _, gi, oi, results in candidates:
        if gi not in used_gold and oi not in used_out:
            used_gold.add(gi)
            used_out.add(oi)
            pairs.append((gi, oi, results))
    return sorted(pairs)


def _is_limit(indicator: IndicatorLike) -> bool:
    return indicator.comparator not in NON_LIMIT_COMPARATORS


def _describe(indicator: IndicatorLike) -> dict[str, object]:
    return {
        "comparator": indicator.comparator,
        "value": indicator.value,
        "value_max": indicator.value_max,
        "tolerance": indicator.tolerance,
        "unit": indicator.unit,
        "grade": indicator.grade,
        "conditions": list(indicator.conditions),
    }


class IndicatorComparison:
    """The outcome of comparing one document's gold and output indicators."""

    def __init__(self, gold: Sequence[IndicatorLike], output: Sequence[IndicatorLike]):
        self.gold, self.output = gold, output
        self.pairs = pair_indicators(gold, output)

    def found_outputs(self) -> set[int]:
        """Indices of the output indicators found in the gold."""
        return {oi for _, oi, results in self.pairs if is_found(results)}

    def calibration(self) -> Calibration:
        """The precision of the values not flagged for review, and the reliability bins."""
        found = self.found_outputs()
        out = Calibration()
        out.unflagged.gold = len(self.gold)
        for oi, indicator in enumerate(self.output):
            confidence = getattr(indicator, "confidence", None)
            out.add_value(confidence, bool(getattr(indicator, "needs_review", False)), oi in found)
        return out

    def scores(self) -> IndicatorScores:
        found = [(gi, oi) for gi, oi, results in self.pairs if is_found(results)]
        fields = {field: Accuracy() for field in FIELDS}
        for _, _, results in self.pairs:
            for field, ok in results.items():
                fields[field].add(ok)
        return IndicatorScores(
            calibration=self.calibration(),
            all=PRF(gold=len(self.gold), output=len(self.output), found=len(found)),
            limits=PRF(
                gold=sum(map(_is_limit, self.gold)),
                output=sum(map(_is_limit, self.output)),
                found=sum(_is_limit(self.gold[gi]) for gi, _ in found),
            ),
            name_matched=len(self.pairs),
            fields=fields,
        )

    def missed(self) -> list[str]:
        paired = {gi for gi, _, _ in self.pairs}
        return [g.name for i, g in enumerate(self.gold) if i not in paired]

    def spurious(self) -> list[str]:
        paired = {oi for _, oi, _ in self.pairs}
        return [o.name for i, o in enumerate(self.output) if i not in paired]

    def mismatched(self) -> list[FieldMismatch]:
        return [
            FieldMismatch(
                name=self.gold[gi].name,
                fields=[f for f, ok in results.items() if not ok],
                gold=_describe(self.gold[gi]),
                output=_describe(self.output[oi]),
            )
            for gi, oi, results in self.pairs
            if not all(results.values())
        ]
