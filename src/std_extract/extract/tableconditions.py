"""What a row's class label says as a condition, read with the header of its column.

A transposed table sets classes of a quantity down its rows and names the quantity once, in the
label column's header: "标称截面积/mm²" over 1.5, 2.5 …; "额定功率P/W" over "P≤400", "400＜P≤600";
"设定温度" over "45 ℃".  The cell alone ("1.5", "P≤400") says nothing a reader can use apart from
its table, so the condition is written whole, as the standard's clauses write it: the quantity's
name before a bare number ("标称截面积1.5 mm²", "设定温度45 ℃") and the unit after each number a
comparison leaves without one ("400 W＜P≤600 W").  Labels naming the row otherwise (项目, 类别,
"干态", "V≤1.0 L", "中心城区") are kept as printed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from std_extract.extract.labels import split_label
from std_extract.textnorm import clean_text, squeeze_spaces
from std_extract.values.units import parse_unit

if TYPE_CHECKING:
    from std_extract.extract.tablevocab import TableVocab
    from std_extract.rules import Rules

# A number as printed in a class label ("1.5", "1 000", "0.5").
_NUMBER = re.compile(r"\d+(?:\s\d{3})*(?:\.\d+)?")
# A quantity's symbol printed after its name in a header ("额定功率P", "额定容量V").
_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff])\s*([A-Za-z]{1,2})$")
_COMPARISON = re.compile(r"[≤≥<>＜＞～~]")


def qualified_condition(label: str, header: str, rules: Rules) -> str:
    """``label`` (a row's class, as printed) with what its column's ``header`` says it measures:
    "1.5" under "标称截面积/mm²" -> "标称截面积1.5 mm²"."""
    text = squeeze_spaces(label.replace("\n", ""))
    head = split_label(header, rules.values.unit_words) if header else None
    if (
        head is None
        or not head.name
        or not _NUMBER.search(clean_text(text))
        or _names_rows(header, rules.tables)
    ):
        return text
    name, unit = head.name, head.unit
    symbol = m.group(1) if (m := _SYMBOL.search(name)) else None
    if symbol and _COMPARISON.search(text) and symbol in text:
        return _with_units(text, unit)  # "400＜P≤600" under "额定功率P/W": the symbol names it
    if _COMPARISON.search(text) or not _bare_quantity(text):
        return text  # "V≤1.0 L", "≥2.5": a class stated whole, or words
    quantity = name[: m.start()].rstrip() if symbol and m else name
    return f"{quantity}{text}" if _has_unit(text) or not unit else f"{quantity}{text} {unit}"


def _names_rows(header: str, vocab: TableVocab) -> bool:
    """A header saying only that the rows are items or kinds (项目, 类别, 品种): nothing to add."""
    key = re.sub(r"\s+", "", clean_text(header))
    return vocab.is_("label", key) or vocab.is_("item", key) or vocab.is_("category", key)


def _bare_quantity(text: str) -> bool:
    """A number, with or without a unit ("1.5", "45 ℃", "2.5 mm"), and nothing else."""
    m = _NUMBER.match(clean_text(text).strip())
    if m is None:
        return False
    return m.end() == len(clean_text(text).strip()) or _has_unit(text)


def _has_unit(text: str) -> bool:
    folded = clean_text(text).strip()
    m = _NUMBER.match(folded)
    rest = folded[m.end() :].strip() if m else ""
    return bool(rest) and parse_unit(rest) is not None


def _with_units(text: str, unit: str | None) -> str:
    """Each number of a comparison followed by ``unit`` ("400＜P≤600" -> "400 W＜P≤600 W")."""
    if not unit or _has_unit_after_numbers(text):
        return text
    return _NUMBER.sub(lambda m: f"{m.group(0)} {unit}", text)


def _has_unit_after_numbers(text: str) -> bool:
    """A comparison printing its unit ("1.0 L＜V≤1.5 L"): a unit's word after one of its numbers."""
    folded = clean_text(text)
    for m in _NUMBER.finditer(folded):
        word = _COMPARISON.split(folded[m.end() :].strip(), maxsplit=1)[0].strip()
        if word and parse_unit(word) is not None:
            return True
    return False
