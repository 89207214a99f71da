"""Service commitments stated as a time limit, a frequency or an interval (DOMAIN.md, Services).

Service standards bound the time an act may take and how often it is done, and name neither:

- "水电急修15 min内到达现场", "货物到库后应在4 h内完成验收入库", "应在30 min内向客户出具维修估价单": a
  time limit, named by the act and 时间 (水电急修到达现场时间, 验收入库时间, 出具维修估价单时间), ≤ the
  time (the 内 of comparators.toml [suffix]); an event before it ("货物到库后") is a condition;
- "库存盘点每月不少于一次", "每年开展业主满意度调查不少于一次": a frequency, named by the act and 频次
  (库存盘点频次, 业主满意度调查频次), ≥ the count, the period ("每月") a condition;
- "夜间巡逻每2 h不少于1次": an interval, named by the act and 间隔 (夜间巡逻间隔), ≤ 2 h.

The words are those of extractors/clauses.toml [commitments].
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

_HAN = r"[\u4e00-\u9fff]"
_NUMBER = r"[\d０-９][\d０-９.]*|[一二两三四五六七八九十]+"


class CommitmentWords(BaseModel):
    """[commitments] of extractors/clauses.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    time_units: list[str] = Field(min_length=1)
    time_name: str = Field(min_length=1)
    light_verbs: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    event_endings: list[str] = Field(default_factory=list)
    event_openings: list[str] = Field(default_factory=list)
    periods: list[str] = Field(min_length=1)
    count_units: list[str] = Field(min_length=1)
    frequency_name: str = Field(min_length=1)
    interval_name: str = Field(min_length=1)


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
        self.time_limit = re.compile(
            rf"(?:{_any_of(shall)})?\s*在?\s*(?<![\d０-９.])(?:{_NUMBER})\s*(?:{units})\s*(?:以)?内"
            rf"(?P<act>{_HAN}[\u4e00-\u9fff、]{{0,15}})\s*[。；;]?\s*$"
        )
        self.light_verb = re.compile(rf"^(?:{_any_of(spec.light_verbs)})(?={_HAN})")
        self.party = re.compile(rf"^(?:{_any_of(spec.prepositions)})(?:{_any_of(spec.parties)})(?={_HAN})")
        self.event = re.compile(rf"(?:{_any_of(spec.event_endings)})$|^(?:{_any_of(spec.event_openings)})")
        counts = _any_of(spec.count_units)
        self.count = re.compile(rf"(?:{_NUMBER})\s*(?:{counts})\s*[。；;]?\s*$")
        self.per_period = re.compile(rf"每\s*(?P<period>{periods})(?![\u4e00-\u9fff]*?(?:{counts}))")
        self.per_time = re.compile(rf"每\s*(?P<every>(?:{_NUMBER})\s*(?:{units}))\s*$")

    def _act(self, act: str) -> str:
        """ "向客户出具维修估价单" -> "出具维修估价单", "完成验收入库" -> "验收入库"; "完成" stays."""
        act = self.party.sub("", act)
        return self.light_verb.sub("", act)

    def time_limit_at(self, piece: str) -> int | None:
        """Where a time limit opens in a clause piece ("水电急修15 min内到达现场": at 15), or None."""
        found = self.time_limit.search(piece)
        return None if found is None else found.start()

    def read(self, subject: str, requirement: str) -> Commitment | None:
        """The commitment of a clause piece: ``subject`` is the text before the requirement (list
        mark removed), ``requirement`` the rest."""
        subject = subject.strip()
        found = self.time_limit.match(requirement)
        if found is not None:
            act = self._act(found.group("act"))
            if self.event.search(subject):
                return Commitment(act + self.spec.time_name, (subject,))
            return Commitment(subject + act + self.spec.time_name)
        if self.count.search(requirement) is None:
            return None
        if (every := self.per_time.search(subject)) is not None and subject[: every.start()].strip():
            name = subject[: every.start()].strip() + self.spec.interval_name
            return Commitment(name, stated="≤" + every.group("every"))
        if (period := self.per_period.search(subject)) is not None:
            act = (subject[: period.start()] + self._act(subject[period.end() :])).strip()
            if act:
                return Commitment(act + self.spec.frequency_name, (period.group(),))
        return None
