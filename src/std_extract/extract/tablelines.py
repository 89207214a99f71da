"""The lines of one value cell that each say what their value is for: a grade printed before the value
("1级 ≥0.85" over "2级 ≥0.70" in a fan's 能效值 column) or a condition bracketed after it ("0.028（10 ℃）"
over "0.030（25 ℃）", the thermal conductivity at two mean test temperatures; "0.50（带壳）" over
"0.80（脱壳）", a limit by form of the product).

Product standards print such cells when one column holds two values of a row that differ by grade or by
test condition, and the table has no column of its own for it (GB 12021.9-style fan tables, GB/T 10801.2
insulation boards, GB 19300-style nut tables).  Each line is one value: the grade goes to the grade, the
bracket to the conditions; the bracket's number ("10 ℃") is no second limit.

A third shape states its value as a share of a reference quantity the cell names first: a mass
spectrometer's tuning criteria ("质量95的15%～40%", "小于质量174的2%": the abundance of an ion as a share
of another ion's, HJ GC-MS methods' BFB table).  The reference ("质量95的") goes to the conditions, its
number ("95") is no limit; a comparator word before it bounds the share.

A stage of its own, read by the table reader (extract/tables.py) before a cell's text goes to the
number grammar; a cell whose lines are not all of one of these shapes is left whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from std_extract.extract.labels import grade_of, is_ladder_grade
from std_extract.parse.headerlines import is_unit_text
from std_extract.textnorm import clean_text, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.extract.tablevocab import TableVocab

# A bare value: a sign, a number (a range of two), a short unit ("≥ 0.85", "0.028", "1.5～2.0 mm", "±0.5").
_VALUE = r"[≤≥<>＜＞±]?\s*\d[\d.\s]*(?:[～~]\s*\d[\d.\s]*)?[A-Za-z%‰℃°μ·²³/ ]*"
_BRACKETED = re.compile(rf"^\s*({_VALUE})\s*[（(]([^（）()]+)[)）]\s*$")
_GRADE_FIRST = re.compile(rf"^\s*(\S{{1,4}}?)\s*({_VALUE})\s*$")
# A share of a named reference: an optional comparator word, the reference ending 的 ("质量95的", "标称值的"),
# then a percentage or a range of them.  Only percentages: "GB 5009.3的" before a number is no share.
_SHARE_OF = re.compile(
    r"^\s*(小于|大于|不小于|不大于|低于|高于|不低于|不高于|不超过|[≤≥<>])?\s*"
    r"([\u4e00-\u9fff]{1,6}\s*(?:\d+(?:\.\d+)?)?\s*的)\s*"
    r"(\d+(?:\.\d+)?\s*%(?:\s*[～~]\s*\d+(?:\.\d+)?\s*%)?)\s*$"
)
# A comparator or shall word inside the reference ("不少于初值的80%", "至少为额定值的90%", "最多为总量的5%"):
# the reference holds the bound, the cell is left to the number grammar (>= 80 %), no share of a reference.
_BOUND_WORDS = re.compile(r"[不少多至最应为低高大小超过]")
# A bracket after a value that is no condition: a basis ("以Pb计", "质量分数": what the unit is a share
# of), a footnote's or note's pointer, a unit ("（mg/kg）", "(%)") read by the number grammar as the
# value's, an element or formula ("As", "Cr(VI)", "KOH"), a test method's standard ("GB 5009.3"), or a
# second value whose condition a note gives ("5（8）", GB 18918: "括号内数值为水温≤12 ℃时的控制指标",
# read with the table's notes).
_NOT_CONDITION = re.compile(
    r"计$|^[a-e]$|^注|^见|^[\d.\s]+$"
    r"|^(?:质量|体积|摩尔)(?:分数|浓度|比)$"
    r"|^[A-Za-z][A-Za-z0-9()ⅠⅡⅢⅣⅤⅥ·₀-₉\s]*$"
    r"|^(?:GB|GB/T|GB/Z|[A-Z]{1,3}/T|[A-Z]{2,3})\s*\d"
)


@dataclass(frozen=True)
class ValueLine:
    """One line of a value cell: the value's text, and the grade or condition it is printed with."""

    text: str
    grade: str | None = None
    condition: str | None = None


def qualified_lines(text: str, vocab: TableVocab) -> list[ValueLine] | None:
    """Each line of ``text`` with the grade printed before its value or the condition bracketed after
    it, when every line is one of these; None otherwise (a plain cell, a stack of bare values, a
    requirement in words)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    read = [_line(ln, vocab) for ln in lines]
    if not read or any(r is None for r in read):
        return None
    return [r for r in read if r is not None]


def _line(line: str, vocab: TableVocab) -> ValueLine | None:
    clean = clean_text(line)
    if (m := _GRADE_FIRST.match(clean)) and _is_grade(m.group(1), vocab):
        return ValueLine(squeeze_spaces(m.group(2)), grade=squeeze_spaces(m.group(1)).replace(" ", ""))
    if (m := _BRACKETED.match(clean)) and _is_condition(m.group(2)):
        return ValueLine(squeeze_spaces(m.group(1)), condition=squeeze_spaces(m.group(2)))
    if (m := _SHARE_OF.match(clean)) and not _BOUND_WORDS.search(m.group(2)):  # "小于质量174的2%": < 2 %
        return ValueLine(
            f"{m.group(1) or ''}{squeeze_spaces(m.group(3))}", condition=m.group(2).replace(" ", "")
        )
    return None


def _is_grade(text: str, vocab: TableVocab) -> bool:
    key = text.replace(" ", "")
    return bool(grade_of(key, vocab)) and is_ladder_grade(key, vocab)


# A symbol's value inside the bracket ("（k=2）" after an uncertainty, "（n=5）", "（r=1 m）"): a condition,
# though the unit grammar reads it as a unit.
_SYMBOL_EQUALS = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,3}\s*=\s*\d[\d.]*\s*[A-Za-z]{0,3}$")


def _is_condition(text: str) -> bool:
    text = text.strip()
    if not text or _NOT_CONDITION.search(text):
        return False
    return bool(_SYMBOL_EQUALS.match(text)) or not is_unit_text(text)
