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
from std_extract.parse.headerlines import is_unit_text
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


# The label a table's note opens with ("注：", "注1：").
_NOTE_LABEL = re.compile(r"^注\s*\d*\s*[：:]")
# The names a note lists, joined by 、 和 及 与 (and their full-width commas).
_LIST_JOINS = re.compile(r"[、，,]|和|及|与|以及")
# "表中…指标为最小值", "表中所列数值均为最大值": what the note bounds, then its word (tables.toml
# [notes].bound), at the end of a piece of the note.
_PIECES = re.compile(r"[；;。]")
_ALL = re.compile(r"^(?:所列|各项|全部|所有)?(?:指标|数值|限值|值)?$")


def noted_bounds(notes: list[str], vocab: TableVocab) -> dict[str, str]:
    """The comparator a table's note gives the bare values of the rows it names: "注：表中脂肪、蛋白质
    和总固形物指标为最小值" -> {"脂肪": ">=", "蛋白质": ">=", "总固形物": ">="}; a note naming no row
    ("表中所列数值均为最大值") gives every row its word, under the key "*".  Names are compacted."""
    out: dict[str, str] = {}
    for note in notes:
        text = compact(clean_text(note))
        text = _NOTE_LABEL.sub("", text)
        for piece in _PIECES.split(text):
            m = vocab.bound.search(piece)
            if m is None:
                continue
            named = piece[: m.start()]
            if not named.startswith("表中") or not named.endswith("为"):
                continue  # "表中…的最小值" names a value, it says no row is bounded
            named = re.sub(r"(?:的?(?:指标|数值|限值|值))?(?:均|都|皆)?为$", "", named)
            named = named.removeprefix("表中")
            comparator = vocab.bound_words[m.group()]
            if _ALL.match(named):
                out["*"] = comparator
                continue
            for name in (n for n in _LIST_JOINS.split(named) if n):
                out[name] = comparator
    return out


def bound_for(name: str, bounds: dict[str, str]) -> str | None:
    """The comparator ``bounds`` (noted_bounds) gives a row named ``name``: its name as listed, or
    listed without the bracket after it ("总糖（以葡萄糖计）" listed as 总糖) or without 含量."""
    key = compact(clean_text(name))
    bare = re.sub(r"[（(][^（）()]*[)）]$", "", key)
    for candidate in (key, bare, bare.removesuffix("含量")):
        if candidate in bounds:
            return bounds[candidate]
    return bounds.get("*")


# "鲜乳的单位为贝可每升（Bq/L）", "a 单位为mg/L": a footnote saying in which unit its row is given.
_UNIT_NOTE = re.compile(
    r"^(?:(?P<row>[^，,；;。]{1,20})的)?(?:计量)?单位为\s*(?P<words>[^（(，,；;。]*?)\s*"
    r"(?:[（(](?P<bracket>[^（）()]+)[)）])?$"
)


def note_unit(note: str, vocab: TableVocab, row: str | None = None) -> tuple[str, str | None] | None:
    """The unit a footnote gives its marked row, and what the bracket after it qualifies the values
    by when it is no unit: "a 鲜乳的单位为贝可每升（Bq/L）" -> ("Bq/L", None) (GB 14882 prints its milk
    row in Bq/L under a table in Bq/kg), "a 单位为%（体积分数）" -> ("%", "体积分数"), "a 脂肪的单位为g/100 g
    （以干基计）" -> ("g/100 g", "以干基计").  None when the note says more than that, names another
    thing than the marked row ``row`` ("a 液态产品的单位为CFU/mL" beside 菌落总数: a product, a condition)
    or gives no unit."""
    m = _UNIT_NOTE.match(squeeze_spaces(clean_text(note)).rstrip("。；;."))
    if m is None:
        return None
    if m.group("row") and (row is None or compact(m.group("row")) != compact(row)):
        return None
    words, bracket = (m.group("words") or "").strip(), (m.group("bracket") or "").strip()
    if bracket and is_unit_text(bracket):
        return bracket, None
    unit = (vocab.unit_symbol(words) if re.search(r"[\u4e00-\u9fff]", words) else words) if words else None
    if not unit or not is_unit_text(unit):
        return None
    return unit, bracket or None


def noted_units(notes: list[str], vocab: TableVocab) -> dict[str, str]:
    """The unit a table's unmarked note gives the rows it names: "注：菌落总数、大肠菌群的单位为CFU/g"
    -> {"菌落总数": "CFU/g", "大肠菌群": "CFU/g"} (a microbiological limit table whose n | c | m | M
    columns leave no room for a unit).  Only a piece of the note that says nothing but that (as
    note_unit reads it) counts; names are compacted, looked up with bound_for."""
    out: dict[str, str] = {}
    for note in notes:
        text = _NOTE_LABEL.sub("", squeeze_spaces(clean_text(note)))
        for piece in _PIECES.split(text):
            piece = piece.strip().removeprefix("表中")
            m = _UNIT_NOTE.match(piece)
            if m is None or not m.group("row") or (found := note_unit(piece, vocab, m.group("row"))) is None:
                continue
            for name in (n for n in _LIST_JOINS.split(compact(m.group("row"))) if n):
                out[name] = found[0]
    return out
