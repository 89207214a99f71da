"""The value-expression parser: a printed requirement to comparable limits.

``parse_requirement("不大于0.45 kWh/24h")`` -> one :class:`ParsedLimit` (<=, 0.45, "kWh/24h").
Table and clause extraction find *where* a requirement is printed and call this to read *what*
it says.  The text is cleaned with textnorm.clean_text, which maps characters one to one, so
every span found in the cleaned text is a span of the printed text (``ParsedLimit.span``).

Reading order: a cell that states nothing ("—", "/") -> []; not detected; a reference
("应符合GB 2762的规定"); a formula -> [] (the caller flags it); numbers, grouped into single
values, ranges ("6.0～8.5", "在 A 至 B 之间") and tolerances ("(20±2)℃", "220 V±10%"), each
with the comparator printed before it (≤, 不大于) or after it (以上, 以内) or the caller's
default; an OR of two limits ("≥12.5，或者≤2.0") gives two limits flagged "or_limit"; a class
code with no other number is qualitative ("为V-0", "IPX4", "E1级": comparators.toml [class_codes]),
and so is a text with no number ("应无异味").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from pydantic import BaseModel, ConfigDict, Field

from std_extract.record import Comparator
from std_extract.stdnum import NumberGrammar, number_grammar
from std_extract.textnorm import clean_text, squeeze_spaces
from std_extract.values.comparators import Comparators, default_comparators
from std_extract.values.numbers import NumberMatch, find_numbers
from std_extract.values.units import basis_words, cjk_unit_words

ORDER_COMPARATORS = {"<=", ">=", "<", ">", "="}
MASK = "\u25a1"  # □ stands in for masked text: not a digit, not a space, not a unit


def _not_values(comparators: Comparators, numbers: NumberGrammar) -> re.Pattern:
    """Text that holds digits but no value: standard numbers (GB 2762-2017, the grammar of
    extractors/standard_numbers.toml), table, clause and note references (表2, 附录A, 第3章, 注1), dates.
    Masked before numbers are read."""
    codes = comparators.class_codes
    return re.compile(
        numbers.citation_pattern
        + (f"|{codes.pattern}" if codes else "")  # class codes: V-0 is not 0 (comparators.toml)
        + r"|(?:表|图|附录|第)\s*[A-Z]?\d+(?:\.\d+)*"
        # a note reference in a cell ("≤ 0.5（注1）", "（见注2）", "表注1"): its number is no value; a word
        # ending in 注 (灌注2 L) is no reference
        r"|(?<![\u4e00-\u9fff])(?:见|表|备)?注\s*\d+"
        r"|\d{4}-\d{1,2}-\d{1,2}"
        # a standard number whose prefix was cut off ("15555.12-1995"); "1000-2000 r/min" keeps its unit
        r"|(?:\d{4,5}(?:\.\d+)*|\d{2,5}(?:\.\d+)+)\s*-\s*(?:19|20)\d{2}(?![\d.])(?!\s*[A-Za-z%℃°μ])"
        r"|\d+(?:\.\d+)+\s*(?:条|章|节)"
    )


def _standard_only(numbers: NumberGrammar) -> re.Pattern:
    """A cell holding only a standard number ("GB 2762-2017") or a table ("表2") refers to it."""
    target = rf"{numbers.citation_pattern}|(?:表|附录)\s*[A-Z]?\d*(?:\.\d+)*"
    return re.compile(rf"[\s(]*(?P<target>{target})[\s)]*")


class ValueReader:
    """What reading a printed value needs from the rules: the comparator table, the standard-number
    grammar (numbers that are names) and the Chinese unit words, compiled once per rule set."""

    def __init__(self, comparators: Comparators, numbers: NumberGrammar, unit_words: tuple[str, ...]):
        self.comparators = comparators
        self.not_values = _not_values(comparators, numbers)
        self.standard_only = _standard_only(numbers)
        self.unit_words = unit_words


@cache
def default_reader() -> ValueReader:
    """The shipped rules' reader (for callers that hold no rule set)."""
    return ValueReader(default_comparators(), number_grammar(), tuple(cjk_unit_words()))


# A number directly followed by one of these is part of a name or a reference: 3号, 1类, 20层.
NAME_FOLLOWERS = "号类种型代批届期层版页行列条章节款部"
# A single letter after a value is a footnote marker ("0.5a", "1.0 b" in GB 2762 tables), never a
# unit: the year is printed 年 or inside a compound (mm/a).  Reported as the flag "footnote:a".
FOOTNOTE_MARKERS = frozenset("abc")  # not d: "28 d" is 28 days
# Words after a range that close it: "在 6 至 8 之间", "6～8 范围内".
_RANGE_CLOSERS = re.compile(r"\s*(?:之间|范围内|范围|内)")
_RANGE_DASH = re.compile(r"\s*(?:[~～〜∼]|至|到|-)\s*\+?\s*")  # "-10%～+5%": a signed upper bound
_PLUS_MINUS = re.compile(r"\s*±\s*")
# "在6.0与8.0之间", "介于6.0和8.0之间": two numbers joined by a word and closed by 之间 bound an interval
# (read as two values "=" before); "6与8" without 之间 lists two
_BETWEEN_JOIN = re.compile(r"\s*(?:与|和|及)\s*")
_BETWEEN_END = re.compile(r"\s*之间")
# Words that make a value relative to a declared one: "不大于标称值的110%".
_NOMINAL = re.compile(r"标称|额定|明示|标示|标注|名义|设计值|规定值")
# "应无大于2mm的杂质", "不得有长度超过5 mm的毛刺": a negation before the comparator makes the
# requirement qualitative (what must be absent), unlike "无机砷≤0.2" where 无 begins a name.
_NEGATION = re.compile(r"(?:(?:应无|不得有|不应有|不允许有?)[\u4e00-\u9fff]{0,6}|(?<![\u4e00-\u9fff])无)\s*$")
# A formula, not a limit: "z ≥ 0.1 + 0.85(k - 0.2)".
_FORMULA = re.compile(
    r"\d\s*\+\s*[\d.]*\s*[a-zA-Zα-ω(]"  # 0.1 + 0.85(k
    r"|\d\s*\(\s*[a-zA-Z]\s*[-+*/]"  # 0.85(k -
    r"|(?<![A-Za-z])[a-z]\s*[=≤≥<>]\s*[\d.]+\s*[-+×*]\s*[\d.(]"  # z ≥ 0.1 +
)
_SINGLE_UNIT_CHAR = re.compile(r"[A-Za-zμµΩ℃°º%‰Τ²³¹⁰⁴⁵⁶⁷⁸⁹⁻]")
_POWER_OF_TEN_UNIT = re.compile(r"10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=\s*[/A-Za-zμµ℃°%])")
_PAREN_UNIT = re.compile(r"\([A-Za-z0-9μµ·*/²³%]{1,12}\)")
# a bracketed denominator after the slash: "g/(m²·24 h)", "g/(100 g)" (a space only between a digit and a
# letter; elsewhere a bracket with a space is another reading, "16.0 kPa（120 mmHg）"), a time word of a
# rate per area and period ("mg/(cm²·周)", "g/(m²·d)")
_PAREN_DENOMINATOR = re.compile(r"\((?:[A-Za-z0-9μµ·*/²³%周天日月年]|(?<=\d) (?=[A-Za-zμµ])){1,14}\)")
# a whole unit in brackets right after the number: "≥ 24（h）", "95（%）" (a letter or a sign inside)
_BRACKETED_UNIT = re.compile(r"\((?=[^)]*[A-Za-zμµ%℃])[A-Za-zμµ·/²³%℃]{1,8}\)")


class ParsedLimit(BaseModel):
    """One limit read from a printed requirement."""

    model_config = ConfigDict(frozen=True)

    comparator: Comparator
    value: float | None = None  # the limit; the lower bound of a range; the centre of a tolerance
    value_max: float | None = None  # the upper bound of a range
    tolerance: float | None = None  # the ± part, absolute (220 V±10% -> 22, flag tolerance_relative)
    unit: str | None = None  # as printed ("kWh/24h", "dB(A)"); None when the text prints none
    value_text: str  # the printed expression ("≤0.45", "GB 2762", "应无异味")
    flags: list[str] = Field(default_factory=list)  # or_limit, and_limit, half_grade, ...
    conditions: list[str] = Field(default_factory=list)  # "25℃时"
    basis: str | None = None  # sample basis of a not-detected limit ("25g" in 0/25g)
    span: tuple[int, int] | None = None  # where value_text is printed in the input


@dataclass
class _Number:
    start: int  # including a minus sign
    end: int
    value: float
    unit_start: int
    unit_end: int  # == end when no unit is printed
    unit: str | None
    footnote: str | None = None  # a footnote marker glued to the number ("0.5a")


@dataclass
class _Group:
    kind: str  # "single", "range", "tolerance", "condition"
    start: int
    end: int  # after the unit, closing bracket and suffix
    value: float | None
    value_max: float | None = None
    tolerance: float | None = None
    unit: str | None = None
    comparator: str | None = None
    text_start: int | None = None  # where value_text starts (a prefix phrase)
    flags: list[str] = field(default_factory=list)


def parse_requirement(
    text: str, *, default_comparator: str | None = None, reader: ValueReader | None = None
) -> list[ParsedLimit]:
    """The limits a printed requirement states (see the module docstring); [] for none.

    ``default_comparator`` is the comparator a header or row label implies ("限量", "≤" at the
    end of "垩白度/% ≤"); it applies to a number printed without one.  ``reader`` holds the rules
    (:meth:`std_extract.rules.Rules.values`); the shipped ones when None.
    """
    reader = reader or default_reader()
    cleaned = clean_text(text)
    if not cleaned.strip() or reader.comparators.is_none_marker(cleaned):
        return []
    special = _not_detected(text, cleaned, reader) or _reference(cleaned, reader)
    if special is not None:
        return [special]
    if _FORMULA.search(cleaned):
        return []  # a formula ("z ≥ 0.1 + 0.85(k - 0.2)"): the caller flags it
    if (code := _class_code(cleaned, reader)) is not None:
        return [code]
    default = default_comparator if default_comparator in ORDER_COMPARATORS else None
    text, cleaned = _RATIO_TO_ONE.sub(_blank, text), _RATIO_TO_ONE.sub(_blank, cleaned)
    limits = _numeric_limits(text, cleaned, default, reader)
    if limits:
        return limits
    if _has_number(cleaned, reader):
        return []  # numbers that read as no limit: the caller flags the cell as unparsed
    return [_qualitative(text)]


# A ratio to one ("5:1～15:1", "1.2∶1"): the value is its first term, as the tables read it ("亚油酸与
# α-亚麻酸比值应在5:1～15:1之间" read 5, 1～15 and 1); the ":1" is blanked, so offsets stay those printed.
# The ASCII and ratio colons only: "表1：1 mg/kg" is a caption's colon.
_RATIO_TO_ONE = re.compile(r"(?<=\d)\s*[:∶]\s*1(?![\d.])")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _class_code(cleaned: str, reader: ValueReader) -> ParsedLimit | None:
    """ "为V-0", "应达到IPX4", "E1级": a class named by a code, when no other number is printed."""
    pattern = reader.comparators.class_codes
    found = pattern.search(cleaned) if pattern else None
    if found is None or _has_number(cleaned, reader):
        return None
    return ParsedLimit(comparator="qualitative", value_text=found.group(), span=found.span())


def _qualitative(text: str) -> ParsedLimit:
    return ParsedLimit(comparator="qualitative", value_text=squeeze_spaces(text), span=(0, len(text)))


def _has_number(cleaned: str, reader: ValueReader) -> bool:
    return any(n for n in _usable_numbers(_mask(cleaned, reader), reader))


def _not_detected(text: str, cleaned: str, reader: ValueReader) -> ParsedLimit | None:
    """不得检出, 未检出, 阴性; "0/25g" (c = 0 sampling plans) gives the basis 25g."""
    plan = re.search(r"(?<![\d.])0\s*/\s*(?P<basis>\d+(?:\.\d+)?\s*(?:g|mL|ml|cm²|cm2|件|个))", cleaned)
    if plan:
        basis = re.sub(r"\s+", "", plan.group("basis"))
        return ParsedLimit(
            comparator="not_detected",
            value_text=text[plan.start() : plan.end()],
            basis=basis,
            span=(plan.start(), plan.end()),
        )
    found = reader.comparators.last("not_detected", cleaned)
    if found is None:
        return None
    return ParsedLimit(
        comparator="not_detected", value_text=text[found.start : found.end], span=(found.start, found.end)
    )


def _reference(cleaned: str, reader: ValueReader) -> ParsedLimit | None:
    """应符合 GB 2762 的规定 -> reference, value_text "GB 2762"; a cell holding only a standard
    number is a reference too."""
    found = reader.comparators.find_reference(cleaned)
    alone = reader.standard_only.fullmatch(cleaned)
    if found is None and alone:
        found = alone.group("target"), alone.start("target"), alone.end("target")
    if found is None:
        return None
    target, start, end = found
    return ParsedLimit(comparator="reference", value_text=squeeze_spaces(target), span=(start, end))


def _mask(cleaned: str, reader: ValueReader) -> str:
    return reader.not_values.sub(lambda m: MASK * len(m.group()), cleaned)


def _usable_numbers(masked: str, reader: ValueReader) -> list[NumberMatch]:
    """Numbers that can be values: not glued to a letter (B1, PM2.5, LD50) nor a name (3号)."""
    usable = []
    for number in find_numbers(masked):
        before = masked[number.start - 1] if number.start else ""
        after = masked[number.end] if number.end < len(masked) else ""
        if re.fullmatch(r"[A-Za-z]", before) or after in NAME_FOLLOWERS and after:
            continue
        if number.chinese and not _chinese_number_stands(masked, number, reader):
            continue
        usable.append(number)
    return usable


def _chinese_number_stands(masked: str, number: NumberMatch, reader: ValueReader) -> bool:
    """A Chinese numeral is a value only before a unit (三次), as the whole text, or with 点/百分之:
    otherwise it is part of a word (三氯甲烷, 一等品, 六价铬)."""
    if number.percent or "点" in number.text or masked.strip() == number.text:
        return True
    return _scan_unit(masked, number.end, reader) > number.end


def _cjk_unit_at(text: str, pos: int, reader: ValueReader) -> str | None:
    for word in reader.unit_words:
        if text.startswith(word, pos):
            return word
    return None


def _basis_at(text: str, pos: int) -> str | None:
    """The basis word (units.basis_words) printed at ``pos`` and followed by the unit's solidus."""
    return next((w for w in basis_words() if text.startswith(w + "/", pos)), None)


def _scan_unit(text: str, pos: int, reader: ValueReader) -> int:
    """End of the unit printed at ``pos`` (after optional spaces); ``pos`` when there is none.

    A unit is a run of unit letters and symbols (mg/kg, kWh/24h, dB(A), m³/h, %, ℃) or of
    Chinese unit words (次, 个工作日, 次/天); digits only inside it (24h after /, m3).
    """
    start = pos
    while start < len(text) and text[start] == " ":
        start += 1
    end, k = pos, start
    while k < len(text):
        step = _unit_step(text, k, k > start, reader)
        if step == 0:
            break
        k += step
        if text[k - 1] not in "/·*^":
            end = k
    return end


def _unit_step(text: str, k: int, inside: bool, reader: ValueReader) -> int:
    """How many characters at ``k`` continue a unit (0: the unit ends here)."""
    char = text[k]
    if not inside and (scale := _POWER_OF_TEN_UNIT.match(text, k)):
        return scale.end() - k  # "8.5 10⁻⁶/℃": a scaled unit, not a second number
    if not inside and char == "(" and (bracketed := _BRACKETED_UNIT.match(text, k)):
        return bracketed.end() - k  # "≥ 24（h）": the unit printed in brackets
    word = _cjk_unit_at(text, k, reader)
    if word:
        return len(word)
    if _SINGLE_UNIT_CHAR.match(char):
        return 1
    if (
        inside
        and char.isdigit()
        and (text[k - 1] in "/^*·" or text[k - 1].isascii() and text[k - 1].isalpha())
    ):
        match = re.match(r"\d+(?:\.\d+)?", text[k:])
        return match.end() if match else 0
    if inside and char in "/·*^" and k + 1 < len(text):
        follower = text[k + 1]
        if (
            follower.isdigit()
            or follower == "("
            or _SINGLE_UNIT_CHAR.match(follower)
            or _cjk_unit_at(text, k + 1, reader)
        ):
            return 1
    if inside and char == " " and (basis := _basis_at(text, k + 1)):
        return 1 + len(basis)  # "0.1 ng TEQ/m³", "mg KOH/g": a basis word the unit table drops
    if inside and char == " " and re.search(r"/\d+$", text[:k]) and k + 1 < len(text):
        return 1 if _SINGLE_UNIT_CHAR.match(text[k + 1]) else 0  # "g/100 mL"
    if inside and char == "(":
        match = (_PAREN_DENOMINATOR if text[k - 1] == "/" else _PAREN_UNIT).match(text, k)
        return match.end() - k if match else 0
    return 0


def _numbers(masked: str, lo: int, hi: int, reader: ValueReader) -> list[_Number]:
    """The usable numbers in masked[lo:hi], with their signs and units."""
    out: list[_Number] = []
    for match in _usable_numbers(masked[:hi], reader):
        if match.start < lo or (out and match.start < out[-1].unit_end):
            continue  # before this part, or inside the previous unit (the 24 of kWh/24h)
        start, value = match.start, match.value
        previous_end = out[-1].unit_end if out else lo
        if _is_minus(masked, previous_end, match.start, has_previous=bool(out)):
            start, value = masked.rindex("-", previous_end, match.start), -value
        unit_end = _scan_unit(masked, match.end, reader)
        unit = masked[match.end : unit_end].strip() or None
        if unit and _BRACKETED_UNIT.fullmatch(unit):
            unit = unit[1:-1]  # "24（h）": the unit without its brackets
        footnote = None
        if unit in FOOTNOTE_MARKERS:
            footnote, unit = unit, None  # "0.5a": the footnote a, not the unit annum
        if match.percent and unit is None:
            unit = "%"
        out.append(_Number(start, match.end, value, match.end, unit_end, unit, footnote))
    return out


def _is_minus(masked: str, previous_end: int, start: int, *, has_previous: bool) -> bool:
    """Is the "-" before a number a minus sign (-18℃) rather than a range dash (6.0-8.5)?"""
    between = masked[previous_end:start].rstrip()
    if not between.endswith("-"):
        return False
    before_dash = between[:-1].strip()
    return not (has_previous and before_dash == "")


def _numeric_limits(text: str, cleaned: str, default: str | None, reader: ValueReader) -> list[ParsedLimit]:
    masked = _mask(cleaned, reader)
    parts = _split(masked, reader.comparators.connectors["or"], reader)
    per_part = [_part_limits(text, masked, lo, hi, default, reader) for lo, hi in parts]
    with_limits = [limits for limits in per_part if limits]
    flagged = len(with_limits) > 1
    out = []
    for limits in with_limits:
        for limit in limits:
            out.append(limit.model_copy(update={"flags": [*limit.flags, "or_limit"]}) if flagged else limit)
    return out


def _split(masked: str, connector: re.Pattern[str], reader: ValueReader) -> list[tuple[int, int]]:
    """Cut at connectors; a piece without a number is glued back to its neighbour."""
    cuts = [(m.start(), m.end()) for m in connector.finditer(masked)]
    pieces, lo = [], 0
    for start, end in cuts:
        pieces.append((lo, start))
        lo = end
    pieces.append((lo, len(masked)))
    merged: list[tuple[int, int]] = []
    for lo, hi in pieces:
        if merged and not _usable_numbers(masked[lo:hi], reader):
            merged[-1] = (merged[-1][0], hi)
        elif merged and not _usable_numbers(masked[merged[-1][0] : merged[-1][1]], reader):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _part_limits(
    text: str, masked: str, lo: int, hi: int, default: str | None, reader: ValueReader
) -> list[ParsedLimit]:
    """The limits in one OR-part: numbers grouped, comparators attached, conditions set apart."""
    groups = _group(masked, _numbers(masked, lo, hi, reader), hi, reader)
    conditions: list[str] = []
    limits: list[_Group] = []
    window_start = lo
    for group in groups:
        _attach_comparator(masked, group, window_start, default, reader)
        start = group.start if group.text_start is None else group.text_start
        if group.kind == "condition":
            conditions.append(squeeze_spaces(text[start : group.end]))
        elif _NEGATION.search(masked[window_start:start]):
            return [_qualitative(text[lo:hi].strip(" ，,；;"))]
        else:
            limits.append(group)
        window_start = group.end
    merged = _merge_and(masked, limits, reader)
    return [_to_limit(text, masked, g, conditions) for g in merged]


def _group(masked: str, numbers: list[_Number], hi: int, reader: ValueReader) -> list[_Group]:
    """Pair numbers into ranges (6.0～8.5) and tolerances (20±2); the rest stand alone."""
    groups: list[_Group] = []
    k = 0
    while k < len(numbers):
        first = numbers[k]
        second = numbers[k + 1] if k + 1 < len(numbers) else None
        gap = masked[first.unit_end : second.start] if second else ""
        if second and _PLUS_MINUS.fullmatch(gap):
            groups.append(_tolerance(masked, first, second, hi, reader))
            k += 2
        elif second and (
            (_RANGE_DASH.fullmatch(gap) and not _reversed_dash(gap, first, second))
            or (_BETWEEN_JOIN.fullmatch(gap) and _BETWEEN_END.match(masked, second.unit_end, hi))
        ):
            groups.append(_range(masked, first, second, hi))
            k += 2
        else:
            groups.append(_single(masked, first))
            k += 1
        last = numbers[k - 1]
        if last.footnote:
            groups[-1].flags.append(f"footnote:{last.footnote}")
    return groups


def _reversed_dash(gap: str, low: _Number, high: _Number) -> bool:
    """ "9-3" is no range: a hyphen between a larger and a smaller number is something else."""
    return gap.strip() == "-" and low.value > high.value


def _single(masked: str, number: _Number) -> _Group:
    if number.start > 0 and masked[: number.start].rstrip().endswith("±"):
        sign = masked.rindex("±", 0, number.start)
        return _Group(
            "tolerance",
            number.start,
            number.unit_end,
            None,
            tolerance=abs(number.value),
            unit=number.unit,
            comparator="tolerance",
            text_start=sign,
        )
    return _Group("single", number.start, number.unit_end, number.value, unit=number.unit)


def _range(masked: str, low: _Number, high: _Number, hi: int) -> _Group:
    closer = _RANGE_CLOSERS.match(masked, high.unit_end, hi)
    end = closer.end() if closer else high.unit_end
    return _Group(
        "range",
        low.start,
        end,
        low.value,
        value_max=high.value,
        unit=high.unit or low.unit,
        comparator="range",
        flags=["range_reversed"] if low.value > high.value else [],
    )


def _tolerance(masked: str, centre: _Number, plus_minus: _Number, hi: int, reader: ValueReader) -> _Group:
    """(20±2)℃, 20℃±2℃, 220 V±10% (a relative tolerance, made absolute)."""
    start, end, unit = centre.start, plus_minus.unit_end, plus_minus.unit or centre.unit
    opening = masked[:start].rstrip()
    closing = re.match(r"\s*\)", masked[end:hi])
    if opening.endswith("(") and closing:
        start = len(opening) - 1
        unit_end = _scan_unit(masked, end + closing.end(), reader)
        unit = masked[end + closing.end() : unit_end].strip() or unit
        end = unit_end
    flags = []
    tolerance = abs(plus_minus.value)
    if plus_minus.unit == "%" and centre.unit and centre.unit != "%":
        tolerance, unit, flags = abs(centre.value) * tolerance / 100, centre.unit, ["tolerance_relative"]
    return _Group(
        "tolerance",
        start,
        end,
        centre.value,
        tolerance=tolerance,
        unit=unit,
        comparator="tolerance",
        flags=flags,
    )


def _attach_comparator(
    masked: str, group: _Group, window_start: int, default: str | None, reader: ValueReader
) -> None:
    """The comparator printed before the group (nearest), after it (以上), or the default."""
    window = masked[window_start : group.start]
    comparators = reader.comparators
    prefix = comparators.last("prefix", window)
    if prefix is not None and group.text_start is None:
        group.text_start = window_start + prefix.start
        if _NOMINAL.search(window[prefix.end :]):
            group.flags.append("relative_to_nominal")
    after = masked[group.end :]
    suffix = comparators.find_suffix(after) if group.kind == "single" else None
    if suffix is not None:
        group.end += suffix.end
        after = masked[group.end :]
    condition = comparators.find_condition(after)
    if condition is not None and group.kind in ("single", "range"):
        group.kind, group.end = "condition", group.end + condition.end
        return
    if group.kind == "single":
        _order_comparator(
            group, prefix.comparator if prefix else None, suffix.comparator if suffix else None, default
        )
    elif group.kind == "range" and prefix is not None and prefix.comparator in (">=", ">"):
        _maybe_half_grade(group, prefix.comparator)
    elif group.kind == "range" and prefix is None and default in (">=", ">"):
        _maybe_half_grade(group, default)


def _order_comparator(group: _Group, prefix: str | None, suffix: str | None, default: str | None) -> None:
    printed = prefix if prefix not in (None, "tolerance") else None
    group.comparator = suffix or printed or default
    if group.comparator is None:
        group.comparator = "="
        group.flags.append("comparator_assumed")
    elif not (suffix or printed):
        group.flags.append("comparator_default")


def _maybe_half_grade(group: _Group, comparator: str) -> None:
    """≥3-4级: grey-scale ratings print the half grade between 3 and 4 as "3-4" (GB/T 250)."""
    low, high = group.value, group.value_max
    if low is None or high is None or not (low.is_integer() and high == low + 1 and 1 <= low <= 4):
        return
    if group.unit not in (None, "级"):
        return
    group.kind, group.value, group.value_max = "single", low + 0.5, None
    group.comparator = comparator
    group.flags.append("half_grade")


def _merge_and(masked: str, groups: list[_Group], reader: ValueReader) -> list[_Group]:
    """≥6.0且≤8.5 -> one range (flag and_limit); other pairs joined by 且 keep both, flagged."""
    if len(groups) != 2:
        return groups
    low, high = sorted(groups, key=lambda g: 0 if g.comparator in (">=", ">") else 1)
    joined_by_and = bool(reader.comparators.connectors["and"].search(masked[groups[0].end : groups[1].start]))
    if low.comparator == ">=" and high.comparator == "<=" and low.kind == high.kind == "single":
        if low.value is not None and high.value is not None and low.value <= high.value:
            unit = high.unit or low.unit
            merged = _Group(
                "range",
                groups[0].start,
                groups[1].end,
                low.value,
                value_max=high.value,
                unit=unit,
                comparator="range",
                text_start=groups[0].text_start,
                flags=["and_limit"],
            )
            return [merged]
    if joined_by_and:
        for group in groups:
            group.flags.append("and_limit")
    return groups


def _to_limit(text: str, masked: str, group: _Group, conditions: list[str]) -> ParsedLimit:
    start = group.text_start if group.text_start is not None else group.start
    value_text = text[start : group.end].strip()
    return ParsedLimit(
        comparator=cast(Comparator, group.comparator or "="),  # checked by pydantic
        value=group.value,
        value_max=group.value_max,
        tolerance=group.tolerance,
        unit=group.unit,
        value_text=squeeze_spaces(value_text),
        flags=group.flags,
        conditions=list(conditions),
        span=(start, group.end),
    )
