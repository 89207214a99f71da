"""The learned combination: the first candidates re-ranked by a model fitted on the annotation dev split.

The components' votes are added up into class scores (:func:`std_extract.classify.aggregate.class_scores`)
with hand-set weights, so a class that every model names second can lose to one that a single rule
names first.  The ranker reads, for each of the ``depth`` best candidates, what each component said
about it (its summed vote and its rank in that component's own list), what the added-up score
said (probability, rank, the mass of its 中类), whether the candidate's activity (making, wholesale,
retail, repair, rental) is the phrase's, and whether it is a catch-all class (其他…, code ending
in 9), and scores it linearly.  A softmax over the candidates and a fixed "none of these" option
gives each candidate the probability that it is the right 小类, the option standing for the names
whose class is not among the candidates at all.  This is a conditional logit model: fitted by
``python -m std_extract.classify.ranker`` on the annotation dev split (each query's candidates, the
gold one as the label, "none" when the gold is not among them), with five-fold cross-validation
printed beside it, and written into ``[aggregate.ranker]`` of ``models/classify/classifier.toml``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Literal

from pydantic import BaseModel, Field

from std_extract.classify.component import Vote
from std_extract.classify.retrieval import activity_of
from std_extract.classify.table import AreaTable

# Components whose votes the ranker reads one by one (the rest reach it through the added-up score).
RANKED_COMPONENTS = (
    "lexicon",
    "fuzzy",
    "compounds",
    "activity",
    "retrieval",
    "redirect",
    "linear",
    "textcat",
)
GROUP_COMPONENT = "linear_group"  # votes on 中类 codes


def feature_names() -> tuple[str, ...]:
    """The ranker's features, in the order :func:`candidate_features` writes them."""
    per_component = tuple(f"{kind}_{c}" for c in RANKED_COMPONENTS for kind in ("vote", "rank"))
    return (
        "probability",
        "log_probability",
        "inverse_rank",
        "first",
        "group_mass",
        "score",
        *per_component,
        "vote_group",
        "rank_group",
        "same_activity",
        "catch_all",
        "catch_all_other",
        "group_share",
    )


class RankerModel(BaseModel):
    """Weights of the conditional logit over the first ``depth`` candidates (see module docstring)."""

    enabled: bool = True
    depth: int = 10
    # Which results the ranker re-orders: "all"; "unknown_terms", all but those where a lexicon
    # term was found in a title, scope or free text (the lexicon is the project's deliberate
    # knowledge, and the added-up weights were tuned on such names); "none", no result: the order
    # stays the added-up one and the ranker only estimates each candidate's probability, which the
    # review model reads.  Measured in models/classify/classifier.toml.
    order: Literal["all", "unknown_terms", "none"] = "none"
    none: float = 0.0  # the score of "none of these candidates"
    weights: dict[str, float] = Field(default_factory=dict)

    def probabilities(self, features: dict[str, dict[str, float]]) -> dict[str, float]:
        """Candidate -> probability that it is the right 小类 (the rest of the mass is "none")."""
        scores = {
            c: sum(w * f.get(name, 0.0) for name, w in self.weights.items()) for c, f in features.items()
        }
        top = max([*scores.values(), self.none])
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values()) + math.exp(self.none - top)
        return {c: e / total for c, e in exp.items()}


def knows_a_term(votes: list[Vote], sources: tuple[str, ...]) -> bool:
    """Whether a lexicon term voted from one of ``sources`` (the decisive ones: title, scope, text)."""
    return any(v.component == "lexicon" and v.weight > 0 and v.evidence.source in sources for v in votes)


def reorders(ranker: RankerModel, votes: list[Vote], sources: tuple[str, ...]) -> bool:
    """Whether ``ranker`` re-orders the candidates of these votes (see ``RankerModel.order``)."""
    if ranker.order == "unknown_terms":
        return not knows_a_term(votes, sources)
    return ranker.order == "all"


def component_sums(votes: list[Vote]) -> dict[tuple[str, str], float]:
    """(code, component) -> the sum over sources of that component's best vote for the code."""
    best: dict[tuple[str, str, str], float] = {}
    for vote in votes:
        key = (vote.code, vote.component, vote.evidence.source)
        best[key] = max(best.get(key, vote.weight), vote.weight)
    sums: dict[tuple[str, str], float] = defaultdict(float)
    for (code, component, _), weight in best.items():
        sums[(code, component)] += weight
    return sums


def _ranks(sums: dict[tuple[str, str], float], component: str) -> dict[str, int]:
    positive = [code for (code, c), w in sums.items() if c == component and w > 0]
    positive.sort(key=lambda code: (-sums[(code, component)], code))
    return {code: i + 1 for i, code in enumerate(positive)}


def candidate_features(
    candidates: list[str],
    probabilities: dict[str, float],
    scores: dict[str, float],
    votes: list[Vote],
    table: AreaTable,
    phrase: str = "",
) -> dict[str, dict[str, float]]:
    """Each candidate's features (:func:`feature_names`), ``candidates`` in the aggregator's order.

    ``phrase`` is the product phrase classified (its activity and whether it names "其他…").
    """
    sums = component_sums(votes)
    ranks = {c: _ranks(sums, c) for c in (*RANKED_COMPONENTS, GROUP_COMPONENT)}
    mass: dict[str, float] = defaultdict(float)
    for code, p in probabilities.items():
        mass[code[:3]] += p
    activity = activity_of(phrase) if phrase else "make"
    other = phrase.startswith(("其他", "其它"))
    features = {}
    for i, code in enumerate(candidates):
        f = {
            "probability": probabilities[code],
            "log_probability": math.log(probabilities[code] + 1e-6),
            "inverse_rank": 1.0 / (i + 1),
            "first": float(i == 0),
            "group_mass": mass[code[:3]],
            "score": scores[code],
            "vote_group": sums.get((code[:3], GROUP_COMPONENT), 0.0),
            "rank_group": 1.0 / ranks[GROUP_COMPONENT][code[:3]]
            if code[:3] in ranks[GROUP_COMPONENT]
            else 0.0,
            "same_activity": float(activity_of(table[code].name, code) == activity),
            "catch_all": float(code.endswith("9")),
            "catch_all_other": float(other and code.endswith("9")),
            "group_share": sum(c[:3] == code[:3] for c in candidates) / len(candidates),
        }
        for component in RANKED_COMPONENTS:
            f[f"vote_{component}"] = sums.get((code, component), 0.0)
            rank = ranks[component].get(code)
            f[f"rank_{component}"] = 1.0 / rank if rank else 0.0
        features[code] = f
    return features
