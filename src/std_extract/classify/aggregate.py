"""From the votes of all components to one hierarchically consistent Classification.

A 小类's score is the sum, over the (component, source) pairs that voted for it, of the best
vote in each pair: the title and the scope agreeing count twice, the same word found five
times in the title counts once.  Votes on a 门类, 大类 or 中类 (cover codes, enterprise words)
are a prior: they add to every candidate 小类 under them and create candidates only when no
component found a 小类 at all.

Scores become a distribution over the candidates (``score ** sharpness``, normalised), and the
confidence of each level of the chosen 小类's path is the share of that distribution under the
node: the 门类 is at least as sure as the 小类 below it, and the path is always one branch of
the table.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from std_extract.classify.component import Vote
from std_extract.classify.ranker import RankerModel, candidate_features, reorders
from std_extract.classify.table import AreaTable
from std_extract.record import ClassCandidate, Classification, Evidence, LevelNode
from std_extract.textnorm import compact

TOP_CANDIDATES = 5
MAX_EVIDENCE = 4  # evidence items kept per candidate


class BaseReview(BaseModel):
    """The first stage of the review model: a linear score of how likely the first 小类 is right,
    read from the votes of every component but ``without`` (:func:`base_features`).

    Fitted by ``python -m std_extract.classify.calibrate`` on the cross-fitted train split
    (classify/crossfit.py: each fifth of the train rows classified by a build that learned the other
    four), about 5,600 queries where the dev split has 1,000; the textcat learned every train row,
    so it is what ``without`` leaves out, and the second stage (:class:`ReviewModel`) adds it back.
    """

    intercept: float = 0.0
    weights: dict[str, float] = Field(default_factory=dict)
    without: tuple[str, ...] = ("textcat",)

    @field_validator("weights")
    @classmethod
    def _known_features(cls, weights: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(weights) - set(BASE_FEATURES))
        if unknown:
            raise ValueError(f"unknown feature(s) {', '.join(unknown)}; known: {', '.join(BASE_FEATURES)}")
        return weights

    def score(self, features: dict[str, float]) -> float:
        return self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights.items())

    def probability(self, features: dict[str, float]) -> float:
        """The first stage's own estimate that the first 小类 is right (a logistic model's)."""
        return 1.0 / (1.0 + math.exp(-self.score(features)))


class ReviewModel(BaseModel):
    """How likely the first 小类 is right, from a few facts of the result (a logistic model).

    Fitted on the annotation dev split by ``python -m std_extract.classify.calibrate``; a result
    whose estimate is below ``threshold`` needs review.  The features are :func:`review_features`,
    and with a ``base`` model its score as the feature ``base``.
    """

    enabled: bool = True
    intercept: float = 0.0
    weights: dict[str, float] = Field(default_factory=dict)
    threshold: float = 0.5
    base: BaseReview | None = None
    # A first class that a lexicon term naming the whole product phrase supports, whose 中类 holds at
    # least this share of the probability and which the retrieval's strongest vote agrees with, is
    # never flagged by the estimate (0: off); see :func:`whole_term`.
    whole_term_mass: float = 0.0
    # The estimate is at most the first stage's own probability: the second stage is fitted on the
    # annotation dev split's 1,000 queries, the first on about 5,600 cross-fitted ones, where the
    # share of results it can keep at 95% right is measured seven times as surely; a result either
    # stage doubts is flagged.
    cap_by_base: bool = False

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-z))


# Components whose agreement with the first class the review model reads (rules count as one).
RULE_COMPONENTS = ("lexicon", "compounds", "activity")
MODEL_COMPONENTS = ("retrieval", "linear", "textcat")
GROUP_COMPONENT = "linear_group"  # votes on 中类 codes (the back-off model)


def review_features(
    top: str,
    ranked: list[str],
    probabilities: dict[str, float],
    votes: list[Vote],
    source_weights: dict[str, float] | None = None,
) -> dict[str, float]:
    """What the review model reads: the top probability, its margin, and who supports it how much.

    ``agree_<component>`` is 1 when that component's strongest vote is for the first class,
    ``vote_<component>`` the weight of its strongest vote for the first class divided by the
    weight of the source it was found in (a title's vote and a free text's read alike); ``rules``
    is 1 when a lexicon, compound or activity rule voted for it; ``group_mass`` is the probability
    of the first class's 中类 (its candidates together) and ``agree_group`` is 1 when the 中类
    model's strongest vote is for that 中类.
    """
    scale = source_weights or {}
    second = probabilities[ranked[1]] if len(ranked) > 1 else 0.0
    best: dict[str, tuple[float, str]] = {}
    for_top: dict[str, float] = defaultdict(float)
    group_best = (0.0, "")
    for vote in votes:
        if vote.component == GROUP_COMPONENT and vote.weight > 0:
            group_best = max(group_best, (vote.weight, vote.code))
        if vote.weight > 0 and len(vote.code) == 4:
            best[vote.component] = max(best.get(vote.component, (0.0, "")), (vote.weight, vote.code))
            if vote.code == top:
                weight = vote.weight / (scale.get(vote.evidence.source) or 1.0)
                for_top[vote.component] = max(for_top[vote.component], weight)
    features = {
        "p1": probabilities[top],
        "margin": probabilities[top] - second,
        "rules": float(any(for_top[c] > 0 for c in RULE_COMPONENTS)),
        "group_mass": sum(p for code, p in probabilities.items() if code[:3] == top[:3]),
        "agree_group": float(group_best[1] == top[:3]),
    }
    for component in MODEL_COMPONENTS:
        features[f"agree_{component}"] = float(best.get(component, (0.0, ""))[1] == top)
        features[f"vote_{component}"] = for_top[component]
    return features


# Divisions whose classes trade goods (wholesale, retail): a product name is often filed there by
# the annotation's own convention, and as often not.
TRADE_DIVISIONS = ("51", "52")
BASE_FEATURES = (
    "p1",
    "margin",
    "rules",
    "group_mass",
    "agree_group",
    "agree_retrieval",
    "vote_retrieval",
    "agree_linear",
    "vote_linear",
    "log_p1",
    "near_annotation",
    "near_lexicon",
    "near_class_name",
    "catch_all",
    "trade",
    "redirect",
    "retrieval_best",
)


def base_features(
    top: str, votes: list[Vote], table: AreaTable, settings: AggregateSettings, without: tuple[str, ...]
) -> dict[str, float]:
    """What the first stage of the review model reads about the class ``top``, from the votes of
    every component but ``without``, added up again (all 0 when those votes give ``top`` no
    probability or no title, scope or free-text support).

    Besides :func:`review_features` (``margin`` over the most probable other class): ``log_p1``;
    ``near_*`` say what the retrieval's nearest name for ``top`` is (an annotation row, a lexicon
    term, a class name: a lexicon term the annotation has not confirmed is where it files products
    by its own convention); ``catch_all`` a 小类 ending in 9 (其他…); ``trade`` a wholesale or
    retail class; ``redirect`` how strongly an annotation's exclusion speaks against ``top``;
    ``retrieval_best`` the retrieval's strongest vote for any class (how near the phrase is to any
    known name at all).
    """
    kept = [v for v in votes if v.component not in without]
    _, probabilities, _, support = unranked(kept, table, settings)
    zero = dict.fromkeys(BASE_FEATURES, 0.0)
    if top not in probabilities or not any(
        v.evidence.source in settings.decisive_sources for v in support.get(top, [])
    ):
        return zero
    scale = settings.source_weights
    features = review_features(top, [top], probabilities, kept, scale)
    features["margin"] = probabilities[top] - max(
        (p for c, p in probabilities.items() if c != top), default=0.0
    )
    features["log_p1"] = math.log(max(probabilities[top], 1e-3))
    nearest = max(
        (v for v in kept if v.component == "retrieval" and v.code == top and v.weight > 0),
        key=lambda v: v.weight,
        default=None,
    )
    label = (nearest.evidence.text or "") if nearest is not None else ""
    features["near_annotation"] = float(label.startswith("注释"))
    features["near_lexicon"] = float(label.startswith("产品词表"))
    features["near_class_name"] = float(label.startswith("类目名称"))
    features["catch_all"] = float(top.endswith("9"))
    features["trade"] = float(top[:2] in TRADE_DIVISIONS)
    features["redirect"] = -sum(v.weight for v in kept if v.component == "redirect" and v.code == top)
    features["retrieval_best"] = max(
        (v.weight / (scale.get(v.evidence.source) or 1.0) for v in kept if v.component == "retrieval"),
        default=0.0,
    )
    return {name: features[name] for name in BASE_FEATURES}


class AggregateSettings(BaseModel):
    sharpness: float = 2.0  # exponent on scores before normalising (higher: more decisive)
    needs_review_below: float = 0.5  # the 小类 confidence under which a person should look
    min_score: float = 0.05  # a class scoring less is no candidate
    null_score: float = 0.3  # the score of "none of the candidates" (see to_distribution)
    prior_only_scale: float = 0.5  # score of classes proposed by area votes alone
    # A result resting only on cover codes, the enterprise name or the body always needs review:
    # those say what trade a standard is near, not what its product is.
    decisive_sources: tuple[str, ...] = ("title", "scope", "text")
    # How candidates are ordered (see rank_candidates): "class" by their own probability;
    # "group" puts first the best 小类 of the 中类 holding the most probability mass.
    rank_by: Literal["class", "group"] = "class"
    # When set, needs_review comes from this calibrated estimate instead of needs_review_below.
    review: ReviewModel | None = None
    # When set, the first candidates are re-ranked and their probabilities re-estimated by this
    # learned combination (classify/ranker.py).
    ranker: RankerModel | None = None
    source_weights: dict[str, float] = Field(default_factory=dict)  # the classifier's [sources]


def class_scores(
    votes: list[Vote], table: AreaTable, prior_only_scale: float = 0.5
) -> tuple[dict[str, float], dict[str, list[Vote]]]:
    """小类 code -> score, and the votes behind each (class votes and area priors combined)."""
    best: dict[tuple[str, str, str], Vote] = {}
    for vote in votes:
        key = (vote.code, vote.component, vote.evidence.source)
        if key not in best or vote.weight > best[key].weight:
            best[key] = vote
    direct: dict[str, float] = defaultdict(float)
    prior: dict[str, float] = defaultdict(float)
    support: dict[str, list[Vote]] = defaultdict(list)
    for (code, _, _), vote in best.items():
        area = table.get(code)
        if area is None:
            continue
        (direct if area.level == "class" else prior)[area.code] += vote.weight
        support[area.code].append(vote)
    return _with_priors(direct, prior, support, table, prior_only_scale)


def _with_priors(
    direct: dict[str, float],
    prior: dict[str, float],
    support: dict[str, list[Vote]],
    table: AreaTable,
    prior_only_scale: float,
) -> tuple[dict[str, float], dict[str, list[Vote]]]:
    scores = dict(direct)
    evidence = {code: list(support[code]) for code in direct}
    if not scores and prior:  # no 小类 named anywhere: propose the classes under the best area
        area = max(prior, key=lambda code: (prior[code], code))
        classes = table.descendants(area, "class")
        scores = {c.code: prior_only_scale * prior[area] / len(classes) for c in classes}
        evidence = {c.code: [] for c in classes}
    for code in scores:
        for ancestor in table.path(code)[:-1]:
            if ancestor.code in prior:
                scores[code] += prior[ancestor.code]
                evidence[code] += support[ancestor.code]
    return scores, evidence


def to_distribution(scores: dict[str, float], sharpness: float, null_score: float = 0.0) -> dict[str, float]:
    """Scores to probabilities; ``null_score`` is the score of "none of these".

    Without it one weak vote would become a certainty (a lone guess normalises to 1.0); with it
    a 小类 needs evidence well above the null score to be confident.
    """
    powered = {code: score**sharpness for code, score in scores.items() if score > 0}
    total = sum(powered.values()) + (null_score**sharpness if powered else 0.0)
    return {code: value / total for code, value in powered.items()} if total else {}


def _evidence(votes: list[Vote]) -> list[Evidence]:
    ranked = sorted(votes, key=lambda v: -v.weight)
    unique: dict[tuple, Evidence] = {}
    for vote in ranked:
        e = vote.evidence
        unique.setdefault((e.term, e.source, e.clause, e.text), e)
    return list(unique.values())[:MAX_EVIDENCE]


def level_path(code: str, probabilities: dict[str, float], table: AreaTable) -> list[LevelNode]:
    """门类 -> 大类 -> 中类 -> 小类 of ``code``, each with the probability mass under it."""
    paths = {c: {a.code for a in table.path(c)} for c in probabilities}
    return [
        LevelNode(
            level=area.level,
            code=area.code,
            name=area.name,
            confidence=round(sum(p for c, p in probabilities.items() if area.code in paths[c]), 4),
        )
        for area in table.path(code)
    ]


def group_mass(probabilities: dict[str, float], table: AreaTable) -> dict[str, float]:
    """中类 code -> the probability mass of its candidate 小类."""
    mass: dict[str, float] = defaultdict(float)
    for code, p in probabilities.items():
        mass[table.path(code)[-2].code] += p
    return mass


def rank_candidates(
    probabilities: dict[str, float], table: AreaTable, settings: AggregateSettings
) -> list[str]:
    """The candidate 小类, best first.

    With ``rank_by = "group"`` the first is the best 小类 of the 中类 holding the most mass:
    three weak votes for 3851, 3852 and 3859 outweigh one stronger vote for 3464, as they say
    "a household appliance" together.  The others follow by their own probability.
    """
    by_class = sorted(probabilities, key=lambda c: (-probabilities[c], c))
    if settings.rank_by != "group":
        return by_class
    mass = group_mass(probabilities, table)
    # by_class is best first, so the first class of the heaviest group is that group's best;
    # on equal mass the group whose best class ranks higher wins.
    first: dict[str, tuple[int, str]] = {}
    for rank, code in enumerate(by_class):
        first.setdefault(table.path(code)[-2].code, (rank, code))
    best_group = max(mass, key=lambda g: (mass[g], -first[g][0]))
    top = first[best_group][1]
    return [top, *(c for c in by_class if c != top)]


def unranked(
    votes: list[Vote], table: AreaTable, settings: AggregateSettings, phrase: str = ""
) -> tuple[list[str], dict[str, float], dict[str, float], dict[str, list[Vote]]]:
    """The candidates by the added-up scores (:func:`rank_candidates`), their probabilities, their
    scores and the votes behind each; no candidate when nothing voted enough."""
    scores, support = class_scores(votes, table, settings.prior_only_scale)
    scores = {c: s for c, s in scores.items() if s >= settings.min_score}
    probabilities = to_distribution(scores, settings.sharpness, settings.null_score)
    ranked = rank_candidates(probabilities, table, settings) if probabilities else []
    return ranked, probabilities, scores, support


def rank_votes(
    votes: list[Vote], table: AreaTable, settings: AggregateSettings, phrase: str = ""
) -> tuple[list[str], dict[str, float], dict[str, list[Vote]]]:
    """The candidate 小类 best first, each one's probability, and the votes behind each.

    With a ranker, the first ``depth`` candidates of :func:`unranked` are re-scored by it and the
    others dropped; they are ordered by its probabilities where its ``order`` says so (else the
    order stays).  ``phrase`` is the product phrase classified (the ranker reads its activity).
    """
    ranked, probabilities, scores, support = unranked(votes, table, settings, phrase)
    ranker = settings.ranker
    if ranked and ranker is not None and ranker.enabled:
        ranked = ranked[: ranker.depth]
        features = candidate_features(ranked, probabilities, scores, votes, table, phrase)
        probabilities = ranker.probabilities(features)
        if reorders(ranker, votes, settings.decisive_sources):
            ranked = sorted(ranked, key=lambda c: (-probabilities[c], c))
    return ranked, probabilities, support


def votes_to_classification(
    votes: list[Vote], table: AreaTable, settings: AggregateSettings, method: str, phrase: str = ""
) -> Classification:
    """The Classification for a set of votes (empty, needs review, when nothing voted)."""
    ranked, probabilities, support = rank_votes(votes, table, settings, phrase)
    if not ranked:
        return Classification(needs_review=True, method=method)
    candidates = [
        ClassCandidate(
            code=c, name=table[c].name, score=round(probabilities[c], 4), evidence=_evidence(support[c])
        )
        for c in ranked[:TOP_CANDIDATES]
    ]
    top = candidates[0]
    decided = any(v.evidence.source in settings.decisive_sources for v in support[top.code])
    estimate = _estimate(ranked, probabilities, votes, settings, table, phrase)
    if estimate is not None:
        unsure = estimate < settings.review.threshold  # type: ignore[union-attr]
    else:
        unsure = top.score < settings.needs_review_below
    return Classification(
        code=top.code,
        name=top.name,
        level_path=level_path(top.code, probabilities, table),
        score=top.score,
        needs_review=unsure or not decided,
        candidates=candidates,
        method=method,
    )


def _estimate(
    ranked: list[str],
    probabilities: dict[str, float],
    votes: list[Vote],
    settings: AggregateSettings,
    table: AreaTable,
    phrase: str = "",
) -> float | None:
    """The review model's estimate that ``ranked[0]`` is right (None without a review model)."""
    review = settings.review
    if review is None or not review.enabled:
        return None
    features = review_features(ranked[0], ranked, probabilities, votes, settings.source_weights)
    first = None
    if review.base is not None:
        base = base_features(ranked[0], votes, table, settings, review.base.without)
        features["base"] = review.base.score(base)
        first = review.base.probability(base)
    estimate = review.probability(features)
    if first is not None and review.cap_by_base:
        estimate = min(estimate, first)
    if review.whole_term_mass and whole_term(ranked[0], probabilities, votes, phrase, review.whole_term_mass):
        return max(estimate, review.threshold)
    return estimate


def whole_term(
    top: str, probabilities: dict[str, float], votes: list[Vote], phrase: str, mass: float
) -> bool:
    """Whether the product phrase is, as a whole, a lexicon term of ``top`` (家用电冰箱, 食用植物油),
    ``top``'s 中类 holds at least ``mass`` of the probability, and the retrieval's strongest vote is
    for ``top``: a plain product name the lexicon states and nothing near it contradicts.

    The review model's first stage learned that a lexicon term the annotation has not confirmed is
    where the annotation files products by its own convention, which holds for the long tail but
    sent plain product names to review (on the dev split this rule keeps 4 more right row heads and 1
    wrong listed name; the heads it leaves unflagged wrong, 继电器 and 连接器, were so before).  Where
    the shipped build knows an annotation name equal to the phrase under another class (继电器 ->
    3824), the retrieval votes for that class and the rule does not hold.
    """
    target = compact(phrase)
    if not target or not any(
        v.component == "lexicon" and v.code == top and v.weight > 0 and compact(v.evidence.term) == target
        for v in votes
    ):
        return False
    if sum(p for code, p in probabilities.items() if code[:3] == top[:3]) < mass:
        return False
    retrieval = [v for v in votes if v.component == "retrieval" and v.weight > 0 and len(v.code) == 4]
    return bool(retrieval) and max(retrieval, key=lambda v: v.weight).code == top


def review_estimate(
    votes: list[Vote], table: AreaTable, settings: AggregateSettings, phrase: str = ""
) -> float | None:
    """What ``needs_review`` is decided on: the review model's estimate that the first 小类 of
    these votes is right; 0.0 when no title, scope or free text voted for it (always flagged) or
    nothing voted at all; None without a review model.  A result is flagged below
    ``settings.review.threshold`` (``accuracy`` prints the share flagged and the accuracy of the
    rest at other thresholds: the review curve)."""
    if settings.review is None or not settings.review.enabled:
        return None
    ranked, probabilities, support = rank_votes(votes, table, settings, phrase)
    if not ranked or not any(v.evidence.source in settings.decisive_sources for v in support[ranked[0]]):
        return 0.0
    return _estimate(ranked, probabilities, votes, settings, table, phrase)
