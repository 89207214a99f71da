"""Footnotes of a table that state another value of their row's limit under a condition of their own.

National standards print the general limit in the grid and an exception in a footnote: "≤5.0ᵃ" over
"a 如果水泥压蒸安定性合格，则水泥中氧化镁的含量允许放宽至6.0%"; "蛋白质ᵃ 0.50 | 1.30" over "a 添加高蛋白质
食物的产品，蛋白质的最小值为每100 kJ 0.80 g（每100 kcal 3.35 g）".  The footnote is then a second
requirement on the same indicator: its value, under its leading clause as the condition (and, for a
nutrient, under the basis the row's value is given per).  The words that introduce the value are
data (extractors/tables.toml [notes].alternative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from std_extract.extract.tableheads import BASIS
from std_extract.textnorm import clean_text, compact, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.extract.tablevocab import TableVocab

# The condition a footnote leads with, up to its first comma ("如果水泥压蒸安定性合格，则…").
_LEAD = re.compile(r"^(?P<lead>[^，,；;。]{2,40})[，,]")
# A number with what follows it up to a bracket or the end ("0.80 g", "6.0%").
_AMOUNT = re.compile(r"[\d.]+\s*[^\s（(，,；;。\d][^（(，,；;。]*|[\d.]+")


@dataclass(frozen=True)
class Alternative:
    """Another value a footnote states: its condition, comparator ("same": the row's) and text."""

    condition: str
    comparator: str
    value_text: str


def alternative_value(note: str, basis: str | None, vocab: TableVocab) -> Alternative | None:
    """The other value ``note`` states for a row whose value is given per ``basis`` (or None), or
    None when the note states no value under a leading condition."""
    text = squeeze_spaces(clean_text(note)).rstrip("。")
    word = vocab.alternative.search(text)
    lead = _LEAD.match(text)
    if word is None or lead is None or lead.end() > word.start():
        return None
    rest = text[word.end() :]
    amount = _amount_for(rest, basis)
    if amount is None:
        return None
    return Alternative(lead.group("lead").strip(), vocab.alternative_words[word.group()], amount)


def _amount_for(rest: str, basis: str | None) -> str | None:
    """The amount after the introducing word: the one printed after ``basis`` where the note gives
    one per basis ("每100 kJ 0.80 g（每100 kcal 3.35 g）"), else the first amount."""
    bases = list(BASIS.finditer(rest))
    if bases:
        if basis is None:
            return None
        wanted = [m for m in bases if compact(m.group()) == compact(basis)]
        if not wanted:
            return None
        rest = rest[wanted[0].end() :]
    m = _AMOUNT.search(rest)
    return m.group().strip() if m else None
