"""Service commitments stated as a time limit, a frequency or an interval (DOMAIN.md, Services).

Service standards bound the time an act may take and how often it is done, and name neither:

- "水电急修15 min内到达现场", "货物到库后应在4 h内完成验收入库", "应在30 min内向客户出具维修估价单": a
  time limit, named by the act and 时间 (水电急修到达现场时间, 验收入库时间, 出具维修估价单时间), ≤ the
  time (the 内 of comparators.toml [suffix]); an event before it ("货物到库后") is a condition;
- "库存盘点每月不少于一次", "每年开展业主满意度调查不少于一次": a frequency, named by the act and 频次
  (库存盘点频次, 业主满意度调查频次), ≥ the count, the period ("每月") a condition;
- "夜间巡逻每2 h不少于1次": an interval, named by the act and 间隔 (夜间巡逻间隔), ≤ 2 h;
- "每15 d进行一次维护保养": a task's cycle, named by the act and 周期 (维护保养周期, the owner before it
  added by clause reading: 电梯维护保养周期), ≤ 15 d.

An event that opens with a word such as 接到, 发现 names what the time limit answers: "接到业主投诉后，应在
30 min内作出回应" is 投诉回应时间, "发现货物异常应在2 h内通知客户" 异常通知时间, "接听电话应在铃响三声内应答"
电话应答时间 (≤ 3 声).

The words are those of extractors/clauses.toml [commitments].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

_HAN = r"[\u4e00-\u9fff]"
# The last word of an event's object, which names what the commitment answers (业主投诉 -> 投诉): most
# Chinese event nouns and verbs are two characters (投诉, 报修, 异常, 故障, 跌倒).
HEAD_WORD = 2
_NUMBER = r"[\d０-９][\d０-９.]*|[一二两三四五六七八九十]+"
_COMPLETED = ("完毕",)  # "7个工作日内处理完毕": the act is 处理


class CommitmentWords(BaseModel):
    """[commitments] of extractors/clauses.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time_units: list[str] = Field(min_length=1)
    time_prefixes: list[str] = Field(default_factory=list)
    time_name: str = Field(min_length=1)
    cycle_name: str = "周期"
    light_verbs: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    event_endings: list[str] = Field(default_factory=list)
    event_openings: list[str] = Field(default_factory=list)
    event_heads: list[str] = Field(default_factory=list)
    periods: list[str] = Field(min_length=1)
    count_units: list[str] = Field(min_length=1)
    frequency_name: str = Field(min_length=1)
    interval_name: str = Field(min_length=1)
    count_names: list[str] = Field(default_factory=list)
    classifiers: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Commitment:
    """How a commitment is named, its conditions, and its limit restated when the printed one is a
    count per period ("不少于1次" every 2 h is "≤2 h")."""

    name: str
    conditions: tuple[str, ...] = ()
    stated: str | None = None


def _any_of(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


class Commitments:
    """The compiled [commitments] words; ``shall`` are the shall words of comparators.toml [modal]."""

    def __init__(self, spec: CommitmentWords, shall: tuple[str, ...]):
        self.spec = spec
        units, periods = _any_of(spec.time_units), _any_of(spec.periods)
        prefixes = _any_of(spec.time_prefixes)
        self.time_limit = re.compile(
            rf"(?:{_any_of(shall)})?\s*在?\s*(?:{prefixes})?\s*(?<![\d０-９.])"
            rf"(?P<limit>(?:{_NUMBER})\s*(?:{units}))\s*(?:以)?内"
            rf"(?P<act>{_HAN}[\u4e00-\u9fff、]{{0,15}})\s*[。；;]?\s*$"
        )
        # "走客房清扫时限为宾客离店后30 min内", "退款应在收到退货后3个工作日内": a deadline counted from an
        # event, with no act after it; the subject names it, the event is a condition
        self.deadline = re.compile(
            rf"(?:{_any_of(shall)})?\s*(?:为|在)\s*(?P<event>{_HAN}[^\d０-９，,。；;]{{0,15}}?(?:后|起))\s*"
            rf"(?P<limit>(?:{_NUMBER})\s*(?:{units}))\s*(?:以)?内\s*[。；;]?\s*$"
        )
        self.prefixed = re.compile(rf"在?\s*(?:{prefixes})")
        # "每15 d进行一次维护保养": a task's cycle, ≤ 15 d
        self.cycle = re.compile(
            rf"^\s*(?P<owner>{_HAN}{{1,10}}?)?\s*每\s*(?P<every>(?:{_NUMBER})\s*(?:{units}))\s*"
            rf"(?:(?:{_any_of(spec.light_verbs)})?\s*[一1]\s*次(?P<act>{_HAN}{{1,10}})|(?P<rounds>(?![不至最]){_HAN}{{1,8}}?)\s*[一1]\s*次)"
            r"\s*[。；;]?\s*$"
        )
        self.shall_tail = re.compile(
            rf"(?:{_any_of(shall)})$"
        )  # "床上用品应每3天更换一次": no part of a name
        self.preposition = re.compile(rf"^(?:{_any_of(spec.prepositions)})")
        self.opening = re.compile(rf"^(?:{_any_of(spec.event_openings)})")
        self.opening_inside = re.compile(rf"(?:{_any_of(spec.event_openings)})")
        self.ending = re.compile(rf"(?:{_any_of(spec.event_endings)})$")
        self.party_head = re.compile(rf"^(?:{_any_of(spec.parties)})(?={_HAN})")
        self.party_tail = re.compile(rf"(?<={_HAN})(?:{_any_of(spec.parties)})$")
        self.light_verb = re.compile(rf"^(?:{_any_of(spec.light_verbs)})(?={_HAN})")
        self.party = re.compile(rf"^(?:{_any_of(spec.prepositions)})(?:{_any_of(spec.parties)})(?={_HAN})")
        self.event = re.compile(rf"(?:{_any_of(spec.event_endings)})$|^(?:{_any_of(spec.event_openings)})")
        counts = _any_of(spec.count_units)
        self.count = re.compile(rf"(?:{_NUMBER})\s*(?:{counts})\s*[。；;]?\s*$")
        # "维保单位每年至少进行一次自行检查": the act after the count names the frequency (自行检查频次)
        self.count_then_act = re.compile(
            rf"^\s*(?:{_any_of(shall)})?\s*(?P<bound>至少|不少于|最少)\s*(?:{_any_of(spec.light_verbs)})?\s*"
            rf"(?P<count>(?:{_NUMBER})\s*(?:{counts}))\s*(?P<act>{_HAN}{{2,12}}?)\s*[。；;]?\s*$"
        )
        self.per_period = re.compile(rf"每\s*(?P<period>{periods})(?![\u4e00-\u9fff]*?(?:{counts}))")
        self.per_time = re.compile(rf"每\s*(?P<every>(?:{_NUMBER})\s*(?:{units}))\s*$")
        # a period, a count or a unit of the sample alone ("每年", "每次", "每件"): no name of its own
        self.period_only = re.compile(rf"每\s*(?:{periods}|{counts}|{_any_of(spec.classifiers)})")
        # a period ending a subject ("营业时间每周"), or the subject itself ("每日")
        self.period_end = re.compile(rf"每\s*(?:{periods})$")
        self.period_start = re.compile(rf"^每\s*(?:{periods})(?=[\u4e00-\u9fff]{{2}})")

    def _counted(self, act: str) -> str:
        """The frequency's name: the act and 频次, unless the act already names a count ("清洗次数每年不少于
        三次" is 清洗次数, not 清洗次数频次)."""
        return act if act.endswith(tuple(self.spec.count_names)) else act + self.spec.frequency_name

    def _act(self, act: str) -> str:
        """ "向客户出具维修估价单" -> "出具维修估价单", "完成验收入库" -> "验收入库", "通知客户" -> "通知",
        "处理完毕" -> "处理" (a complement of completion after the verb), "确认服务时间、服务内容和收费标准"
        -> "确认" (a verb over a list of objects: the verb names the act); "完成" stays."""
        act = self.light_verb.sub("", self.party_tail.sub("", self.party.sub("", act)))
        if len(act) > HEAD_WORD and act.endswith(_COMPLETED):
            act = act[: -len(_COMPLETED[0])]
        if "、" in act and re.match(rf"{_HAN}{{{HEAD_WORD}}}", act):
            act = act[:HEAD_WORD]
        return act

    def event_from(self, event: str) -> str:
        """The event of the words before a time limit, from the word of event_openings on: "服务机构应在接到
        投诉后" -> "接到投诉后", "服务机构接到客户预约后" -> "接到客户预约后" (who acts and the shall word are
        no part of it); the words as they are when no opening word is in them."""
        found = self.opening_inside.search(event)
        return event[found.start() :] if found and self.ending.search(event) else event

    def _event_head(self, event: str) -> str:
        """What an event opening with a word of event_openings is about: its last word, without the
        party ("接到业主投诉后" -> 投诉, "发现货物异常" -> 异常, "接听电话" -> 电话); "" for other events."""
        event = self.event_from(event)
        if not self.opening.search(event):
            return ""
        thing = self.party_head.sub("", self.ending.sub("", self.opening.sub("", event)))
        head = thing[-HEAD_WORD:] if re.fullmatch(rf"{_HAN}+", thing) else ""
        # what the customer raises (投诉, 报修) names the limit; a thing received (样品, 通知) does not
        return head if not self.spec.event_heads or head in self.spec.event_heads else ""

    def time_limit_at(self, piece: str) -> int | None:
        """Where a time limit opens in a clause piece ("水电急修15 min内到达现场": at 15), or None."""
        found = self.time_limit.search(piece) or self.deadline.search(piece)
        return None if found is None else found.start()

    def read(self, subject: str, requirement: str, event: str = "") -> Commitment | None:
        """The commitment of a clause piece: ``subject`` is the text before the requirement (list
        mark removed), ``requirement`` the rest, ``event`` the piece before it when that is an event
        ("接到业主投诉后，应在30 min内作出回应")."""
        subject = subject.strip() or event.strip()
        if (cycle := self.cycle.match(subject + requirement)) is not None:
            owner = self.shall_tail.sub("", self.party.sub("", cycle.group("owner") or ""))
            owner = "" if self.preposition.match(owner) else owner  # "对失能老年人每2 h巡视一次"
            bound = "≤" + cycle.group("every")
            if cycle.group("rounds"):  # "每2 h巡视一次": rounds, apart by an interval
                return Commitment(owner + cycle.group("rounds") + self.spec.interval_name, stated=bound)
            return Commitment(owner + self._act(cycle.group("act")) + self.spec.cycle_name, stated=bound)
        found = self.time_limit.match(requirement)
        if found is not None:
            act = self._act(found.group("act"))
            # "在铃响三声内应答": the limit restated without the words before it
            stated = (
                found.group("limit") + "内"
                if self.prefixed.search(requirement[: found.start("limit")])
                else None
            )
            if self.event.search(subject):
                event = self.event_from(subject)
                return Commitment(self._event_head(subject) + act + self.spec.time_name, (event,), stated)
            return Commitment(subject + act + self.spec.time_name, stated=stated)
        if subject and (deadline := self.deadline.match(requirement)) is not None:
            named = subject if subject.endswith(("时限", "时间", "期限")) else subject + self.spec.time_name
            return Commitment(named, (deadline.group("event"),), stated="≤" + deadline.group("limit"))
        counted = self.count_then_act.match(requirement)
        period = self.per_period.search(subject)
        if counted is not None and (subject[: period.start()] if period else subject).strip():
            # who does it is printed ("维保单位每年…"); "每年至少进行一次体检" alone names nothing
            act = self._act(counted.group("act"))
            return Commitment(
                self._counted(act), (period.group(),) if period else (), stated="≥" + counted.group("count")
            )
        if self.count.search(requirement) is None:
            return None
        if (every := self.per_time.search(subject)) is not None and subject[: every.start()].strip():
            name = subject[: every.start()].strip() + self.spec.interval_name
            return Commitment(name, stated="≤" + every.group("every"))
        if (period := self.per_period.search(subject)) is not None:
            act = (subject[: period.start()] + self._act(subject[period.end() :])).strip()
            if act:
                return Commitment(self._counted(act), (period.group(),))
        return None
