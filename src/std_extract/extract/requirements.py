"""The bridge between extraction and the value-expression parser.

Extraction finds *where* a requirement is printed (a table cell, a clause piece); the
normalisation layer (:mod:`std_extract.values.requirement`) reads *what* it says.  This module
adds the two things extraction needs on top: where in a clause piece the requirement starts,
and which comparator a header or caption word implies ("限量" is a maximum even with no ≤).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from std_extract.extract.clausewords import CITATION_MASK, CODE_MASK
from std_extract.record import Comparator
from std_extract.textnorm import clean_text, compact, squeeze_spaces
from std_extract.values.requirement import parse_requirement

if TYPE_CHECKING:
    from std_extract.rules import Rules


def rules_or_default(rules: Rules | None) -> Rules:
    """The rules passed in, or the shipped ones."""
    if rules is not None:
        return rules
    from std_extract.rules import default_rules

    return default_rules()


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
    text: str,
    *,
    default_comparator: str | None,
    unit_hint: str | None,
    table_cell: bool = False,
    rules: Rules | None = None,
) -> list[Limit]:
    """The limits a cell or clause piece states; a non-numeric cell is a qualitative requirement."""
    rules = rules_or_default(rules)
    printed = text.strip()
    if not compact(printed) or rules.comparators.is_none_marker(printed):  # "—", "/", "N.S.": none
        return []
    if is_test_procedure(printed.replace("\n", ""), rules):
        return [Limit("qualitative", value_text=squeeze_spaces(printed.replace("\n", "")))]
    one_line = printed.replace("\n", "")
    parsed = parse_requirement(one_line, default_comparator=default_comparator, reader=rules.values)
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


def is_test_procedure(text: str, rules: Rules | None = None) -> bool:
    """True when the text runs a test and names the state to keep, with no bound on a value
    ("（40±1）℃保持24 h，恢复至室温后无油水分离现象"; the words are in extractors/scope.toml, the
    bounds in extractors/clauses.toml)."""
    rules = rules_or_default(rules)
    scope = rules.scope
    pieces = [p for p in re.split(r"[，,]", text) if p.strip()]
    # a load applied for a time, read in the folded text ("施加１２５０Ｖ电压１ｍｉｎ" as any)
    return (
        len(pieces) >= 2
        and bool(scope.procedure.search(text) or scope.applied.search(clean_text(text)))
        and bool(scope.end_state.search(pieces[-1]))
        and not rules.clauses.bounds.search(text)
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


def states_a_comparison(text: str, rules: Rules | None = None) -> bool:
    """ "须低于方法的检测限", "不得超过方法测定下限": the text opens with an order comparator (a
    limit with no printed number when nothing numeric was read from it)."""
    rules = rules_or_default(rules)
    codes = rules.comparators.class_codes
    if codes and codes.search(text):
        return False  # "不低于IP54": a class code is the printed bound
    return bool(rules.clauses.compared.match(clean_text(text)))


def mask_standard_numbers(text: str, rules: Rules | None = None) -> str:
    """The same text with every standard number and class code replaced by placeholders of the
    same length.

    Standard numbers are names, not values: "按GB/T 699中规定的20号钢材" holds no limit 699; nor is
    the 0 of the class code V-0 (comparators.toml [class_codes])."""
    rules = rules_or_default(rules)
    text = rules.numbers.citation.sub(lambda m: CITATION_MASK * len(m.group()), text)
    codes = rules.comparators.class_codes
    return codes.sub(lambda m: CODE_MASK * len(m.group()), text) if codes else text


def requirement_start(piece: str, rules: Rules | None = None) -> int | None:
    """Index in a clause piece where its requirement starts, or None if it states none.

    The colon of "名称：要求" is skipped, so the requirement starts after it.  A bare number
    opens the requirement only when no stated requirement follows it in the piece.
    """
    rules = rules_or_default(rules)
    words = rules.clauses
    masked = mask_standard_numbers(piece, rules)
    m = words.requirement.search(masked)
    if m is None:
        return None
    if m.start() > 0 and (missing := _NOT_MEETING.match(masked, m.start() - 1)) is not None:
        # "不符合该规格的个体不应超过5%": the items not meeting a rule are what is counted, no reference
        later = words.stated.search(masked, missing.end())
        if later is not None and later.group() not in ("：", ":"):
            m = later
    if m.group() in ("：", ":") and words.introduces_names(masked[: m.start()]):
        # "技术要求如下：含水量不大于12%": the colon introduces a named requirement
        later = words.stated.search(masked, m.end())
        if later is not None and later.group() not in ("：", ":"):
            m = later
    if m.start() == len(piece) - len(piece.lstrip()) and m.group().startswith("无"):
        # "无釉砖耐磨深度不应超过175 mm³": 无 opening the piece is part of the name when a
        # requirement follows it ("无异味" alone stays a requirement with no name)
        later = words.requirement.search(masked, m.end())
        if later is not None and not later.group().startswith("无"):  # "无病虫害、无机械伤": a list
            m = later
    elif not words.stated.match(masked, m.start()) and m.start() > 0:
        stated = words.stated.search(masked, m.end())
        if stated is not None and stated.group() not in ("：", ":"):  # a colon names no requirement
            m = stated  # a number inside the subject ("温度由-18 ℃升至-9 ℃的时间应不少于8 h")
    if (qualifier := _QUALIFIER.match(masked, m.end())) is not None:
        later = words.stated.match(masked, qualifier.end())
        if later is not None and later.group() not in ("：", ":"):
            m = later  # "长度不大于5 mm的划痕不超过2条": the first bound picks out what is counted
    if _bracketed_at(masked, m.start()) and (outside := _requirement_after_brackets(masked, m, words)):
        m = outside  # "家禽（产蛋期禁用）的肌肉中…应不超过500 μg/kg": a note in the subject's brackets
    return m.end() if m.group() in ("：", ":") else m.start()


# 不符合/不满足 then what does not meet it and 的 before a noun: a subject counting those items.
_NOT_MEETING = re.compile(r"不(?:符合|满足)[^，,；;。：:]{1,16}?的(?=[\u4e00-\u9fff])")
_COMPUTED = re.compile(r"之差|之和|之比|之积|绝对值")
# The subject of a sentence after a run-in heading: a noun phrase of ideographs and letters, no number but
# one qualifying the noun after it ("粉状产品0.315 mm筛的筛余": a sieve's size, no value).
# A chemical's locants and labels are part of its name: "2-氟联苯", "1,2-二氯乙烷", "对三联苯-d14",
# "苯并[a]芘".
_RUN_IN_SUBJECT = re.compile(
    r"(?:[\u4e00-\u9fffA-Za-z（(]|\d[\d.]*\s*[A-Za-zμ]{0,3}(?=[\u4e00-\u9fff])|\d+(?:,\d+)*-(?=[\u4e00-\u9fff]))"
    r"(?:[\u4e00-\u9fffA-Za-z（）()、+\[\]]|\d[\d.]*\s*[A-Za-zμ]{0,3}(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])-(?=[A-Za-z\u4e00-\u9fff])|\d+(?:,\d+)*-(?=[\u4e00-\u9fff])){0,30}"
)


def subject_after_run_in_colon(text: str, colon: re.Match, words) -> re.Match | None:
    """ "4.5 尘满指示：集尘容器的有效容积不小于0.5 L": the heading labels the clause and the sentence after
    its colon names its own subject before a bound with a number; the bound, or None ("4.2 水分：不大于
    12%", "外观：表面应平整" keep the heading's name; a grade "特级≥0.80" is read later)."""
    later = words.stated.search(text, colon.end())
    # a number or a class code (masked: "外壳防护等级应不低于IPX0") after the bound
    if (
        later is None
        or later.group() in ("：", ":")
        or not re.search(rf"\d|{CODE_MASK}", text[later.end() :])
    ):
        return None
    if _bracketed_at(text, later.start()):
        later = _requirement_after_brackets(text, later, words)
        if later is None:
            return None
    subject = text[colon.end() : later.start()].strip()
    if not _RUN_IN_SUBJECT.fullmatch(subject) or words.condition.search(subject) or _COMPUTED.search(subject):
        return None  # "温度显示误差：显示水温与实测水温之差的绝对值…": how the heading's quantity is computed
    return later


def _bracketed_at(text: str, at: int) -> bool:
    """``at`` lies inside a bracket opened before it and closed after it."""
    before = text[:at]
    opened = before.count("（") + before.count("(") - before.count("）") - before.count(")")
    return opened > 0 and bool(re.search(r"[)）]", text[at:]))


def _requirement_after_brackets(text: str, m: re.Match, words) -> re.Match | None:
    """The first requirement stated after the bracket holding ``m`` closes."""
    close = re.search(r"[)）]", text[m.start() :])
    assert close is not None  # _bracketed_at found it
    later = words.stated.search(text, m.start() + close.end())
    return later if later is not None and later.group() not in ("：", ":") else None


# A bound that qualifies a noun after it: a value, its unit, 的 and the noun ("不大于5 mm的划痕"), or the
# noun's property ("粒径小于1 mm的颗粒的质量分数"); digits and units also as printed in full width
# ("粒径小于１ｍｍ的颗粒", Standards Press clause text).
_QUALIFIER = re.compile(
    r"\s*[-+]?\d[\d.．]*\s*[A-Za-zＡ-Ｚａ-ｚμ%％℃°²³/／]{0,6}\s*的[\u4e00-\u9fff]{1,12}?(?:的[\u4e00-\u9fff]{1,10}?)?"
    r"(?=\s*(?:应|须)?\s*[不≤≥<>小大低高超少多])"
)


def words_after_modal(text: str, rules: Rules | None = None) -> str:
    """The requirement without the shall word and copula before it ("应达到GB/T 9286规定的1级" ->
    "GB/T 9286规定的1级")."""
    words = rules_or_default(rules).clauses
    return words.modal_head.sub("", text.replace("\n", "")).strip()


def word_comparator(text: str, rules: Rules | None = None) -> str | None:
    """The comparator a header, caption or intro sentence implies ("限量" -> "<=")."""
    return rules_or_default(rules).comparators.header_comparator(text)
