"""Why a classification came out as it did, for a reviewer: each candidate's votes one by one (which
component, which annotation row, lexicon term or rule, how much it added or took away) and the review
estimate behind ``needs_review``.

The record keeps a few evidence items per candidate (:class:`std_extract.record.Evidence`), without
saying which component gave them or how much each counted; ``std-extract classify`` prints this
fuller account instead.  It is computed from the very votes the classification was made of
(:func:`explain_votes` calls :func:`aggregate.votes_to_classification` on them), so the account and
the answer never disagree.
"""

from __future__ import annotations

from pydantic import BaseModel

from std_extract.classify.aggregate import (
    MODEL_COMPONENTS,
    AggregateSettings,
    rank_votes,
    review_estimate,
    votes_to_classification,
)
from std_extract.classify.component import Vote
from std_extract.classify.table import AreaTable
from std_extract.record import Classification, Evidence

# What each component is, in the reviewer's words.
COMPONENT_LABELS = {
    "lexicon": "产品词表",
    "fuzzy": "词表近似",
    "compounds": "材料+形态规则",
    "activity": "活动词规则",
    "retrieval": "注释近邻",
    "redirect": "注释排除",
    "textcat": "文本分类模型",
    "linear": "线性模型",
    "linear_group": "线性模型（中类）",
    "standard_kind": "标准类型",
    "cover_codes": "封面代码",
}
# The retrieval's nearest name is an annotation row, a lexicon term or a class name (IndexedName.label).
NEAREST_LABELS = {"注释": "注释近邻", "产品词表": "词表近邻", "类目名称": "类目名称近邻"}
MAX_SUPPORT = 8  # votes listed per candidate, strongest first (votes against always)


class Support(BaseModel):
    """One vote behind a candidate: who gave it, for which code (the 小类 or an area above it),
    how much it added to the candidate's score (negative: against it) and on what evidence."""

    component: str
    label: str
    code: str
    weight: float
    evidence: Evidence

    @property
    def detail(self) -> str:
        """What the vote rests on, in one line."""
        e = self.evidence
        if self.component == "lexicon":
            return f"产品词表 {self.code}：{e.term}"
        if self.component == "fuzzy":
            return f"产品词表 {self.code}：{e.term} ≈ {e.text}"
        if self.component == "compounds":
            return f"{self.code}：{e.term}"
        return e.text or e.term


class CandidateSupport(BaseModel):
    code: str
    name: str
    score: float
    support: list[Support]


class Explanation(BaseModel):
    """A classification and why: the review estimate (None without a review model) and its
    threshold, which model components' strongest vote is for the first class, and each
    candidate's votes; or why no 小类 fits (``no_class``)."""

    classification: Classification
    estimate: float | None = None
    threshold: float | None = None
    agree: dict[str, bool] = {}
    candidates: list[CandidateSupport] = []
    no_class: str | None = None  # why the standard has no 小类 (kind.no_class_reason), when so


def label_of(vote: Vote) -> str:
    """The reviewer's name for what gave ``vote`` (the retrieval says what its nearest name is)."""
    if vote.component == "retrieval":
        text = vote.evidence.text or ""
        found = (label for prefix, label in NEAREST_LABELS.items() if text.startswith(prefix))
        return next(found, "注释近邻")
    return COMPONENT_LABELS.get(vote.component, vote.component)


def supports(votes: list[Vote]) -> list[Support]:
    """The votes behind one candidate as :class:`Support`, strongest first, votes against last;
    at most :data:`MAX_SUPPORT` for it, and every vote against."""
    made = [_support(v) for v in votes]
    pro = sorted((s for s in made if s.weight > 0), key=lambda s: -s.weight)[:MAX_SUPPORT]
    return pro + sorted((s for s in made if s.weight < 0), key=lambda s: s.weight)


def _support(vote: Vote) -> Support:
    return Support(
        component=vote.component,
        label=label_of(vote),
        code=vote.code,
        weight=round(vote.weight, 4),
        evidence=vote.evidence,
    )


def agreement(top: str, votes: list[Vote]) -> dict[str, bool]:
    """For each model component that voted: whether its strongest 小类 vote is for ``top``."""
    best: dict[str, tuple[float, str]] = {}
    for vote in votes:
        if vote.component in MODEL_COMPONENTS and vote.weight > 0 and len(vote.code) == 4:
            best[vote.component] = max(best.get(vote.component, (0.0, "")), (vote.weight, vote.code))
    return {component: code == top for component, (_, code) in best.items()}


def explain_votes(
    votes: list[Vote], table: AreaTable, settings: AggregateSettings, method: str, phrase: str = ""
) -> Explanation:
    """The classification of ``votes`` and the account of it."""
    classification = votes_to_classification(votes, table, settings, method, phrase)
    if not classification.candidates:
        return Explanation(classification=classification)
    _, _, support = rank_votes(votes, table, settings, phrase)
    review = settings.review
    return Explanation(
        classification=classification,
        estimate=review_estimate(votes, table, settings, phrase),
        threshold=review.threshold if review is not None and review.enabled else None,
        agree=agreement(classification.candidates[0].code, votes),
        candidates=[
            CandidateSupport(code=c.code, name=c.name, score=c.score, support=supports(support[c.code]))
            for c in classification.candidates
        ],
    )
