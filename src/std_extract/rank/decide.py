"""The candidate decision (入围) and its plain-language explanation, in Chinese and English.

An explanation cites, per core indicator, the compared value, its grade, the page and the text as
printed, and the tier; or why the standard is not ranked on it.  It is built from the same data the
decision uses, so the two cannot disagree.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from std_extract.rank.plan import BestKTierSumRule, Plan, TopTierAllRule
from std_extract.rank.result import ComparedValue, Decision, GateResult, IndicatorStanding, Views

REASON_ZH = {
    "other_area": "不属于本方案范围",
    "duplicate": "重复文件",
    "failed_gate": "未通过门槛",
    "missing_core_indicator": "未声明该指标",
    "grade_not_declared": "未声明所比较的等级",
    "not_quantified": "未给出可比较的数值",
    "open_bound": "未给出该方向的限值",
    "unit_not_convertible": "单位无法换算",
    "below_floor": "低于国家或行业要求",
    "awaiting_review": "数值置信度低，待审核",
}
SUPPRESSED_ZH = {"all_equal": "各标准数值相同", "too_few_participants": "参评标准数不足"}


def fmt(x: float | None) -> str:
    """A value as a reader expects it: 0.45, 1200, 0.000012 (never a float artefact)."""
    return "-" if x is None else format(x, ".6g")


def _value_zh(c: ComparedValue) -> str:
    # A reviewer's value is said to be one, beside the text as printed: never a corrected number
    # quoted as if the document printed it.
    printed = "印刷为“{}”" if c.review else "“{}”"
    where = _where(c, "第{}页", printed, "，")
    grade = f"{c.grade}，" if c.grade else ""
    return f"{fmt(c.value)}{c.unit or ''}（{grade}{where}{review_zh(c)}）"


def _value_en(c: ComparedValue) -> str:
    printed = "printed \u201c{}\u201d" if c.review else "\u201c{}\u201d"
    where = _where(c, "p. {}", printed, ", ")
    grade = f"{c.grade}, " if c.grade else ""
    return f"{fmt(c.value)} {c.unit or ''}".rstrip() + f" ({grade}{where}{review_en(c)})"


def _where(c: ComparedValue, page_fmt: str, text_fmt: str, joiner: str) -> str:
    if not c.evidence:
        return "no page / 无页码"
    e = c.evidence[0]
    parts = [page_fmt.format(e.page) if e.page is not None else "", text_fmt.format(e.source_text or "")]
    return joiner.join(p for p in parts if p)


def review_zh(c: ComparedValue) -> str:
    """ "，经审核员 alice 于 2026-12-05 更正为 0.8（原提取为“1.0”）", or "" for an unreviewed value."""
    r = c.review
    if r is None:
        return ""
    who = f"审核员 {r.by} " if r.by else "审核员"
    when = f"于 {r.at[:10]} " if r.at else ""
    if r.state == "added":
        return f"，由{who}{when}补录"
    read = f"（原提取为“{r.extracted_text}”）" if _read_otherwise(c) else ""
    return f"，经{who}{when}更正为 {fmt(c.value)}{read}"


def _read_otherwise(c: ComparedValue) -> bool:
    """Whether the extractor's reading differs from the printed text (beyond full-width forms)."""
    read = c.review.extracted_text if c.review else None
    printed = c.evidence[0].source_text if c.evidence else None
    return bool(read) and unicodedata.normalize("NFKC", read or "") != unicodedata.normalize(
        "NFKC", printed or ""
    )


def review_en(c: ComparedValue) -> str:
    r = c.review
    if r is None:
        return ""
    who = f" by {r.by}" if r.by else " by a reviewer"
    when = f" on {r.at[:10]}" if r.at else ""
    if r.state == "added":
        return f", added{who}{when}"
    read = f"; extracted as \u201c{r.extracted_text}\u201d" if _read_otherwise(c) else ""
    return f", corrected to {fmt(c.value)}{who}{when}{read}"


def standing_phrases(
    s: IndicatorStanding, name: str, suppressed: str | None, top: str | None = None
) -> tuple[str, str]:
    """One clause per indicator, Chinese and English; below tier 1 it says what tier 1 holds."""
    if s.status == "ranked" and s.compared:
        zh_top = f"；第1档为 {top}" if top and s.tier != 1 else ""
        en_top = f" (tier 1: {top})" if top and s.tier != 1 else ""
        return (
            f"{name} {_value_zh(s.compared)}位于第{s.tier}档（共{s.tier_count}档{zh_top}）",
            f"{s.indicator} {_value_en(s.compared)} is in tier {s.tier} of {s.tier_count}{en_top}",
        )
    if s.status == "unpublished":
        why = suppressed or "all_equal"
        value_zh = f" {_value_zh(s.compared)}" if s.compared else ""
        value_en = f" {_value_en(s.compared)}" if s.compared else ""
        return (
            f"{name}{value_zh}：该指标未发布排行榜（{SUPPRESSED_ZH.get(why, why)}）",
            f"{s.indicator}{value_en}: no ranking published ({why.replace('_', ' ')})",
        )
    reason = s.reason or "missing_core_indicator"
    if reason in _SELF_EXPLAINING:  # the reason says it all; the detail would only repeat it
        return (
            f"{name}：未参与排行（{REASON_ZH[reason]}）",
            f"{s.indicator}: not ranked ({reason.replace('_', ' ')})",
        )
    return (
        f"{name}：未参与排行（{REASON_ZH[reason]}：{s.detail}）",
        f"{s.indicator}: not ranked ({reason.replace('_', ' ')}: {s.detail})",
    )


_SELF_EXPLAINING = frozenset({"missing_core_indicator", "failed_gate"})


@dataclass(frozen=True)
class PlanFacts:
    """What every decision in one plan shares."""

    published: set[str]  # keys of the published core rankings
    suppressed: dict[str, str]  # key -> why no ranking is published
    names: dict[str, str]  # key -> display name, core and optional indicators
    top_tier: dict[str, str] = field(default_factory=dict)  # key -> tier 1's levels ("0.44–0.48 kWh/d")


def decide(
    plan: Plan,
    gates: list[GateResult],
    standings: list[IndicatorStanding],
    views: Views,
    facts: PlanFacts,
    optional_below_floor: Sequence[str] = (),
) -> Decision:
    """Apply the plan's candidate rule and explain the outcome.  A standard that declares any
    plan indicator (core or optional) looser than its mandatory floor is never a candidate."""
    core, names = standings, facts.names
    verdict_zh, verdict_en, ok = _verdict(plan, gates, core, views, facts, optional_below_floor)
    phrases = [
        standing_phrases(
            s, names[s.indicator], facts.suppressed.get(s.indicator), facts.top_tier.get(s.indicator)
        )
        for s in core
    ]
    zh = (
        ("入围。" if ok else "未入围：")
        + verdict_zh
        + ("" if not phrases else "。" + "；".join(p[0] for p in phrases))
        + "。"
    )
    en = (
        ("Candidate. " if ok else "Not a candidate: ")
        + verdict_en
        + ("" if not phrases else ". " + "; ".join(p[1] for p in phrases))
        + "."
    )
    return Decision(candidate=ok, explanation_zh=zh, explanation_en=en)


def _verdict(
    plan: Plan,
    gates: list[GateResult],
    core: list[IndicatorStanding],
    views: Views,
    facts: PlanFacts,
    optional_below_floor: Sequence[str],
) -> tuple[str, str, bool]:
    published, names = facts.published, facts.names
    failed = [g for g in gates if g.status == "fail"]
    if failed:
        detail = "; ".join(f"{g.gate}: {g.detail}" for g in failed)
        return f"未通过门槛（{detail}），不参加排行", f"failed gate ({detail}), enters no ranking", False
    below = [s.indicator for s in core if s.reason == "below_floor"] + list(optional_below_floor)
    if below:
        zh, en = "、".join(names[i] for i in below), ", ".join(below)
        return f"声明水平低于国家或行业要求（{zh}）", f"declared level looser than the floor ({en})", False
    rule = plan.candidate_rule
    if views.completeness < rule.min_completeness:
        return (
            f"指标全面性 {views.completeness:.2f} 低于方案要求 {rule.min_completeness:.2f}",
            f"completeness {views.completeness:.2f} below the plan's {rule.min_completeness:.2f}",
            False,
        )
    ranked = [s for s in core if s.indicator in published]
    if not ranked:
        return "本方案无已发布的核心指标排行榜", "no core-indicator ranking is published for this plan", False
    if isinstance(rule, TopTierAllRule):
        return _top_tier_all(ranked, names)
    return _best_k(rule, ranked)


def _top_tier_all(ranked: list[IndicatorStanding], names: dict[str, str]) -> tuple[str, str, bool]:
    short = [s.indicator for s in ranked if s.tier != 1]
    if short:
        return (
            f"规则为各已发布核心指标均居第1档，未达到的指标：{'、'.join(names[i] for i in short)}",
            f"the rule is tier 1 on every published core indicator; not met on {', '.join(short)}",
            False,
        )
    return ("各已发布核心指标均居第1档", "tier 1 on every published core indicator", True)


def _best_k(rule: BestKTierSumRule, ranked: list[IndicatorStanding]) -> tuple[str, str, bool]:
    # With fewer published rankings than k, the best len(published) tiers are summed against the
    # limit less the top-tier allowance of the missing ones.
    k = min(rule.k, len(ranked))
    limit = rule.limit - (rule.k - k)
    tiers = sorted(s.tier for s in ranked if s.tier is not None)
    if len(tiers) < k:
        return (
            f"规则为最好的{k}项档次之和不超过{limit}，但仅在{len(tiers)}项上有档次",
            f"the rule sums the best {k} tiers (at most {limit}) but only {len(tiers)} are ranked",
            False,
        )
    total = sum(tiers[:k])
    ok = total <= limit
    zh = f"最好的{k}项档次之和为{total}（方案上限{limit}）"
    en = f"the best {k} tiers sum to {total} (plan limit {limit})"
    return zh, en, ok


def rule_words(plan: Plan) -> tuple[str, str]:
    """The plan's candidate rule in words, Chinese and English (the report and PlanSummary)."""
    rule = plan.candidate_rule
    if isinstance(rule, TopTierAllRule):
        zh = "在每一项已发布排行榜的核心指标上均居第1档"
        en = "tier 1 on every core indicator whose ranking is published"
    else:
        top = "，即至少" + str(rule.k) + "项居第1档" if rule.limit == rule.k else ""
        top_en = f", i.e. tier 1 on at least {rule.k}" if rule.limit == rule.k else ""
        zh = f"档次最好的{rule.k}项核心指标，其档次之和不超过{rule.limit}{top}（第1档最好）"
        en = (
            f"the {rule.k} best tiers over the core indicators sum to at most {rule.limit}{top_en} "
            "(tier 1 is best)"
        )
    if rule.min_completeness > 0:
        zh += f"，且指标全面性不低于{rule.min_completeness:.0%}"
        en += f", and completeness at least {rule.min_completeness:.0%}"
    return (
        zh + "；声明水平低于国家或行业底线的标准不入围",
        en + "; a standard declaring a level looser than the floor is never a candidate",
    )
