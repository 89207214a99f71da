"""The bridge between extraction and the value-expression parser.

Extraction finds *where* a requirement is printed (a table cell, a clause piece); the
normalisation layer (:mod:`std_extract.values.requirement`) reads *what* it says.  This module
adds the two things extraction needs on top: where in a clause piece the requirement starts,
and which comparator a header or caption word implies ("限量" is a maximum even with no ≤).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from std_extract.extract.clausewords import CODE_MASK as _CODE_MASK
from std_extract.extract.clausewords import clause_words
from std_extract.extract.scope import scope_rules
from std_extract.record import Comparator
from std_extract.stdnum import number_grammar
from std_extract.textnorm import clean_text, compact, squeeze_spaces
from std_extract.values.comparators import (
    class_code_pattern,
    comparator_phrases,
    comparator_table,
    header_comparator,
    is_none_marker,
    modal_words,
    with_negation_infix,
)
from std_extract.values.requirement import parse_requirement


@dataclass
class Limit:
    comparator: Comparator
    value: float | None = None
    value_max: float | None = None
    tolerance: float | None = None
    unit: str | None = None
    value_text: str | None = None
    flags: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)  # "25℃时" printed with the value


def limits_in(
    text: str, *, default_comparator: str | None, unit_hint: str | None, table_cell: bool = False
) -> list[Limit]:
    """The limits a cell or clause piece states; a non-numeric cell is a qualitative requirement."""
    printed = text.strip()
    if not compact(printed) or is_none_marker(printed):  # "—", "-", "/", "N.S.": no requirement
        return []
    if is_test_procedure(printed.replace("\n", "")):
        return [Limit("qualitative", value_text=squeeze_spaces(printed.replace("\n", "")))]
    parsed = parse_requirement(printed.replace("\n", ""), default_comparator=default_comparator)
    limits = [
        Limit(
            p.comparator,
            p.value,
            p.value_max,
            p.tolerance,
            p.unit,
            p.value_text,
            list(p.flags),
            list(p.conditions),
        )
        for p in parsed
    ]
    if limits and _is_described_state(printed, limits, table_cell):
        return [Limit("qualitative", value_text=squeeze_spaces(printed))]
    if limits:
        return limits
    # parse_requirement reads no limit from a formula or from numbers it cannot place: keep the
    # printed text, flagged for a reviewer, rather than guess a value.
    return [Limit("qualitative", value_text=squeeze_spaces(printed), flags=["formula_or_unparsed"])]


def is_test_procedure(text: str) -> bool:
    """True when the text runs a test and names the state to keep, with no bound on a value
    ("（40±1）℃保持24 h，恢复至室温后无油水分离现象"; the words are in extractors/scope.toml, the
    bounds in extractors/clauses.toml)."""
    rules = scope_rules()
    pieces = [p for p in re.split(r"[，,]", text) if p.strip()]
    return (
        len(pieces) >= 2
        and bool(rules.procedure.search(text))
        and bool(rules.end_state.search(pieces[-1]))
        and not clause_words().bounds.search(text)
    )


# Where a requirement opens in a clause piece: the comparator phrases of extractors/comparators.toml
# and the openers of extractors/clauses.toml [openers] (a reference: 应符合 FZ/T 01053 的规定; a
# state to have or lack: 应无异味; the "名称：要求" colon; a copula before a number: 应控制在…).
# Openers that are a bare number or range: the requirement starts there only when no stated one
# (a comparator, 应为 …) follows, so a number inside a long subject stays in it: "冷冻室在断电后
# 温度由-18 ℃升至-9 ℃的时间应不少于8 h" is one subject and ≥ 8 h.
_BARE_OPENERS = (
    r"(?<=[\u4e00-\u9fff])(?=Ｖ)",  # "燃烧性能V-0级": a class code (masked) right after the name
    r"[（(]\s*[-+]?\d[\d.]*\s*±",
    r"(?<![\w.:：])[-+]?\d[\d.]*\s*[～~〜至\-]\s*[-+]?\d",
    r"(?<![\w.号第:：])\d[\d.]*\s*(?![号条章节款项级类种部分年月日\d.:：])",  # not a time (16:00)
)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")


def _is_described_state(printed: str, limits: list[Limit], table_cell: bool = False) -> bool:
    """ "24 h无异常", "500次不露底": a test condition and a state to reach, not a limit on a value."""
    valued = {"<=", ">=", "<", ">", "=", "range", "tolerance"}
    if not limits or any("comparator_default" in lim.flags or lim.comparator not in valued for lim in limits):
        return False
    rest = printed
    for limit in limits:
        rest = rest.replace(limit.value_text or "", "")
    words = len(_HAN.findall(_BRACKETED.sub("", rest)))
    if len(limits) == 1 and limits[0].comparator == "=":
        # "24 h无异常": a bare value followed by a state; the words before it open the requirement
        # ("应达到100%")
        after = printed[printed.find(limits[0].value_text or "") + len(limits[0].value_text or "") :]
        return len(_HAN.findall(_BRACKETED.sub("", after))) >= 2
    # "至少95%的砖距0.8m远处垂直观察表面无缺陷" (a table cell): a sentence around a bound
    return table_cell and words >= 6 and len(limits) <= 2 and "or_limit" not in limits[0].flags


def _any_of(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _stated_pattern() -> re.Pattern:
    """A requirement stated in words or signs: a comparator (with a modal before it), 应为 …"""
    shall = _any_of(modal_words("shall")) or "(?!)"
    openers = clause_words().openers
    phrases = with_negation_infix(_any_of(comparator_phrases()))  # 不应高于 is 不高于
    return re.compile(rf"(?:{shall})?(?:{phrases})|" + "|".join(openers))


@cache
def _compared_pattern() -> re.Pattern:
    """Text opening with an order comparator, after a shall word ("须低于", "不得超过", "≤")."""
    shall = _any_of(modal_words("shall")) or "(?!)"
    orders = [p for p, c in comparator_table().prefix.items() if c in ("<=", ">=", "<", ">")]
    phrases = with_negation_infix(_any_of(clean_text(p) for p in orders))
    return re.compile(rf"^\s*(?:{shall})?\s*(?:{phrases})")


def states_a_comparison(text: str) -> bool:
    """ "须低于方法的检测限", "不得超过方法测定下限": the text opens with an order comparator (a
    limit with no printed number when nothing numeric was read from it)."""
    return bool(_compared_pattern().match(clean_text(text)))


@cache
def _requirement_pattern() -> re.Pattern:
    return re.compile(_stated_pattern().pattern + "|" + "|".join(_BARE_OPENERS))


def mask_standard_numbers(text: str) -> str:
    """The same text with every standard number and class code replaced by placeholders of the
    same length.

    Standard numbers are names, not values: "按GB/T 699中规定的20号钢材" holds no limit 699; nor is
    the 0 of the class code V-0 (comparators.toml [class_codes])."""
    text = number_grammar().citation.sub(lambda m: "Ｘ" * len(m.group()), text)
    codes = class_code_pattern()
    return codes.sub(lambda m: _CODE_MASK * len(m.group()), text) if codes else text


def requirement_start(piece: str) -> int | None:
    """Index in a clause piece where its requirement starts, or None if it states none.

    The colon of "名称：要求" is skipped, so the requirement starts after it.  A bare number
    opens the requirement only when no stated requirement follows it in the piece.
    """
    masked = mask_standard_numbers(piece)
    m = _requirement_pattern().search(masked)
    if m is None:
        return None
    if m.start() == len(piece) - len(piece.lstrip()) and m.group().startswith("无"):
        # "无釉砖耐磨深度不应超过175 mm³": 无 opening the piece is part of the name when a
        # requirement follows it ("无异味" alone stays a requirement with no name)
        later = _requirement_pattern().search(masked, m.end())
        if later is not None and not later.group().startswith("无"):  # "无病虫害、无机械伤": a list
            m = later
    elif not _stated_pattern().match(masked, m.start()) and m.start() > 0:
        stated = _stated_pattern().search(masked, m.end())
        if stated is not None and stated.group() not in ("：", ":"):  # a colon names no requirement
            m = stated  # a number inside the subject ("温度由-18 ℃升至-9 ℃的时间应不少于8 h")
    return m.end() if m.group() in ("：", ":") else m.start()


def word_comparator(text: str) -> str | None:
    """The comparator a header, caption or intro sentence implies ("限量" -> "<=")."""
    return header_comparator(text)
