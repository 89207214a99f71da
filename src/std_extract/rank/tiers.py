"""Split one indicator's participants into tiers (档).

Standards inside a tier are not ordered.  Equal levels always share a tier.  When every participant
has the same level, or there are fewer than the plan's minimum, no ranking is published and the
result says why.  Work is a sort plus a binary search per participant: O(n log n).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction

from std_extract.rank.levels import badness_of_bound
from std_extract.rank.plan import FixedTiers, PlanIndicator, QuantileTiers


@dataclass(frozen=True)
class TierOutcome:
    """Tier numbers (1 = best) per participant key, or the reason none is published."""

    tiers: dict[str, int]
    tier_count: int
    suppressed: str | None = None  # all_equal, too_few_participants


def tier_count(tiering: FixedTiers | QuantileTiers) -> int:
    return len(tiering.bounds) + 1 if isinstance(tiering, FixedTiers) else tiering.tier_count


def assign_tiers(
    badness: dict[str, float], spec: PlanIndicator, tiering: FixedTiers | QuantileTiers, min_participants: int
) -> TierOutcome:
    """Tiers for participants keyed by a stable id, from their badness (lower is better)."""
    count = tier_count(tiering)
    if len(badness) < min_participants:
        return TierOutcome({}, count, "too_few_participants")
    if len(set(badness.values())) <= 1:
        return TierOutcome({}, count, "all_equal")
    if isinstance(tiering, FixedTiers):
        return TierOutcome(_fixed(badness, spec, tiering), count)
    return TierOutcome(_quantile(badness, tiering), count)


def _fixed(badness: dict[str, float], spec: PlanIndicator, tiering: FixedTiers) -> dict[str, int]:
    """Tier i + 1 holds levels at least as good as ``bounds[i]`` (and not as good as ``bounds[i - 1]``)."""
    limits = [badness_of_bound(b, spec) for b in tiering.bounds]  # increasing badness
    # bisect_left counts the bounds strictly better than the level: that many tiers are out of reach.
    return {key: bisect_left(limits, bad) + 1 for key, bad in badness.items()}


def _quantile(badness: dict[str, float], tiering: QuantileTiers) -> dict[str, int]:
    """Tier from the share of participants strictly better; exact arithmetic, so no float edge cases."""
    ordered = sorted(badness.values())
    n = len(ordered)
    cuts = [Fraction(str(c)) for c in tiering.cuts] if tiering.cuts is not None else None
    out: dict[str, int] = {}
    for key, bad in badness.items():
        better = bisect_left(ordered, bad)
        out[key] = _band(better, n, tiering.tiers, cuts)
    return out


def _band(better: int, n: int, tiers: int, cuts: list[Fraction] | None) -> int:
    if cuts is None:
        return better * tiers // n + 1
    share = Fraction(better, n)
    return next((i + 1 for i, cut in enumerate(cuts) if share < cut), len(cuts) + 1)
