"""Reading row labels and column headers: the name, the unit and the comparator printed in them.

Requirement tables put units and comparators in labels as often as in cells (DOMAIN.md, Tables):
"垩白度/% ≤", "脂肪/(g/100g) ≥", "指标/(mg/kg)", "限值（mg/L）", "水分，%".  A label is split into
the indicator name and those decorations here, once, for tables and clauses alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from std_extract.textnorm import clean_text, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.extract.tablevocab import TableVocab

# A comparator sign printed at the end of a label ("垩白度/% ≤"), or its negated word after a space, a
# unit or its bracket ("灰分/% 不大于", "能效系数（L/kWh）" over "不小于": a header row of words, not signs).
_TRAILING_SIGN = re.compile(
    r"\s*([≤≥<>＜＞≦≧⩽⩾]|(?<=[\s/）)\]］%A-Za-z])不(?:大于|小于|超过|低于|高于|少于|多于))\s*$"
)
_SIGN_TO_COMPARATOR = {
    "≤": "<=",
    "≦": "<=",
    "⩽": "<=",
    "≥": ">=",
    "≧": ">=",
    "⩾": ">=",
    "<": "<",
    "＜": "<",
    ">": ">",
    "＞": ">",
    "不大于": "<=",
    "不超过": "<=",
    "不高于": "<=",
    "不多于": "<=",
    "不小于": ">=",
    "不低于": ">=",
    "不少于": ">=",
}
_SEPARATOR = re.compile(r"\s*[/／,，]\s*")
# A unit set off from a Chinese name by a space alone ("铅 mg/kg", "水分 %", "温度 ℃"): only units
# printing a slash, a percent or a degree, which no name ends with ("维生素 A" keeps its letter).
_SPACED_UNIT = re.compile(
    r"(?<=[\u4e00-\u9fff）)])\s+([A-Za-zμ]*(?:[A-Za-zμ0-9·]+/[A-Za-zμ0-9·()]+|[%‰℃]))\s*$"
)
_LEADING_FOOTNOTE = re.compile(r"^\s*([a-e])(?:\s*\n\s*|(?=[\u4e00-\u9fff]))")
_LONE_MARKER = re.compile(r"^\s*[a-e]\s*$")
# Two-letter element symbols: "钡（Ba）", "铅（Pb）" name the element, they are not units (barye,
# petabarn).  One-letter symbols stay units ("拉力（N）").
_ELEMENT_SYMBOL = re.compile(
    r"^(?:He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Zr|Nb|Mo|Ru|"
    r"Rh|Pd|Ag|Cd|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Nd|Sm|Eu|Gd|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|Po|Rn|Ra|Th|U|Pu)$"
)
# "其中：小碎米含量" - a sub-item of the row above ("—10%蒸发温度" under 馏程 too); not a minus sign before a
# grade's number ("-25号", a coolant's grade by its freezing point: the number and 号 are the whole label).
_SUB_ITEM = re.compile(r"^\s*(?:其\s*中\s*[:：]?|[-—–]\s*(?!\d+\s*号\s*$))")
# Footnote markers glued to a label: "菌落总数a", "铅b" (a letter after Chinese or a bracket).
_FOOTNOTE_MARKER = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*([a-e])\s*$")


_UNIT_MARKER = re.compile(r"(?<=[A-Z0-9)）%])([a-e])$")
# A marker raised after the name and before its bracketed basis or sieve ("粒度a（180 μm筛余物）",
# "铅a（以Pb计）"): a lowercase letter between an ideograph and an opening bracket is no part of a name.
_INNER_FOOTNOTE = re.compile(r"(?<=[\u4e00-\u9fff])([a-e])(?=\s*[（(])")


@dataclass(frozen=True)
class Label:
    """A label split into its parts; ``text`` keeps the label as printed."""

    text: str
    name: str
    unit: str | None = None
    comparator: str | None = None
    footnotes: tuple[str, ...] = ()


def split_label(text: str, unit_words: tuple[str, ...]) -> Label:
    """Split "垩白度/% ≤" into name 垩白度, unit %, comparator <=.  ``unit_words``: the Chinese unit
    words of the rule set (``rules.values.unit_words``, extractors/units.toml), which tell "保质期/天"
    (a unit) from "碎米/小碎米" (a sub-item)."""
    printed = text
    comparator, unit, footnotes = None, None, []
    # A raised footnote marker printed before the name lands first in the text layer ("a\n色泽").
    if m := _LEADING_FOOTNOTE.match(text):
        footnotes.append(m.group(1))
        text = text[m.end() :]
    lines = text.split("\n")
    if len(lines) > 2:  # a raised marker set on a line of its own inside a wrapped label
        footnotes += [ln.strip() for ln in lines[1:-1] if _LONE_MARKER.match(ln)]
        text = "\n".join(
            ln for k, ln in enumerate(lines) if k in (0, len(lines) - 1) or not _LONE_MARKER.match(ln)
        )
    rest = squeeze_spaces(text.replace("\n", ""))
    # Decorations are found on the width-folded text (clean_text keeps every position), so a unit
    # printed full width ("（ｍｇ∕Ｌ）", issue 12 class 1) is read like a half-width one; the name
    # keeps its printed form and the unit is given half width (enterprise-dev gold convention).
    for _ in range(3):  # the decorations may come in any order: "≤ /%", "/% ≤", "a"
        changed = False
        if m := _TRAILING_SIGN.search(clean_text(rest)):
            comparator, rest, changed = _SIGN_TO_COMPARATOR[m.group(1)], rest[: m.start()], True
        if m := _FOOTNOTE_MARKER.search(clean_text(rest)):
            footnotes.append(m.group(1))
            rest, changed = rest[: m.start()], True
        if unit is None and (found := _unit_suffix(clean_text(rest), unit_words)):
            unit, rest, changed = _repair_unit(found[0]), rest[: found[1]], True
            if m := _UNIT_MARKER.search(unit):  # "NTUb": a footnote marker set after the unit
                if not _parses(unit) and _parses(unit[: m.start()]):
                    unit = unit[: m.start()]
                    footnotes.append(m.group(1))
        if not changed:
            break
    name = _clean_name(rest)
    if m := _INNER_FOOTNOTE.search(name):
        footnotes.append(m.group(1))
        name = name[: m.start()] + name[m.end() :]
    if unit is not None and (m := _QUANTITY_SYMBOL.search(name)) and not _diameter_symbol(name, m, unit):
        name = name[: m.start()]  # "铁（Fe）w/%": the symbol of the quantity the unit measures
    return Label(printed, name, unit, comparator, tuple(footnotes))


# The symbol of the quantity set between a name and its unit (GB 3102.8 and the GB/T 1.1 model tables:
# "铁（Fe）w/%", "水不溶物 w/%", "二氧化硅（SiO2）w/%", "乙醇φ/%", "密度ρ/(g/cm³)"): mass fraction w, volume
# fraction φ, density or mass concentration ρ.  A lone letter after an ideograph or a closing bracket: a
# letter that ends a Latin word stays ("TVOC", "pH", "模数M" has no unit).
_LENGTH_UNIT = re.compile(r"^(?:mm|cm|m|μm|um|nm|km)$")
# A name that itself names a length, before φ as its symbol ("直径φ/mm", "外径φ/mm").
_NAMES_A_LENGTH = re.compile(r"(?:直径|外径|内径|口径|粒径|孔径)$")


def _diameter_symbol(name: str, m: re.Match, unit: str) -> bool:
    """φ over a length unit after an object ("钢筋φ/mm", "灯丝φ/mm"): the object's diameter, whose
    name the symbol is; kept, unless the name already names the length ("直径φ/mm")."""
    return (
        m.group().strip() == "φ"
        and bool(_LENGTH_UNIT.match(unit.strip()))
        and not _NAMES_A_LENGTH.search(name[: m.start()])
    )


_QUANTITY_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[wｗφρ]$")


def _unit_suffix(text: str, unit_words: tuple[str, ...]) -> tuple[str, int] | None:
    """The unit printed at the end of a label and where it starts: after the first "/" (or "，")
    whose remainder reads as a unit ("耗电量/(kWh/24h)", "噪声/dB(A)", "单位功效用水量/[L/(cycle·kg)]"),
    else a bracketed unit at the very end ("限值（mg/L）"), else one set off by a space alone
    ("铅 mg/kg", "水分 %": not "铅 mg" over "kg")."""
    if (m := _SPACED_UNIT.search(text)) and _parses(m.group(1)):
        return m.group(1), m.start()
    for m in _SEPARATOR.finditer(text):
        if not _balanced(text[: m.start()]):
            continue  # a slash inside brackets ("限值（mg/L）") separates nothing
        candidate = _unwrap(text[m.end() :].strip())
        if candidate and _balanced(candidate) and _looks_like_unit(candidate, unit_words):
            return candidate, m.start()
    if (
        (bracket := _trailing_bracket(text))
        and _looks_like_unit(bracket[0], unit_words)
        and bracket[1] > 0
        and not _ELEMENT_SYMBOL.match(bracket[0])
        and (_parses(bracket[0]) or _per_counted_thing(bracket[0]))
    ):
        return bracket
    return None


_OPENER = {")": "(", "]": "["}
# A bracket opening with a number or a comparator holds a value or a range with its unit, a class of
# the quantity ("粒度[(0.9～1.6) mm]", "筛余[<0.9 mm]", "透光率[(380～780) nm]"): a condition, no unit.
# In a unit a number follows the solidus; only a power of ten or a reciprocal opens one ("(10⁻⁶/℃)",
# "(×10-6/K)", "(1/K)").  Checked where the bracket is square or holds brackets, the shapes the
# balanced reading added: a plain round bracket reads as it always did.
_OPENS_WITH_A_VALUE = re.compile(r"^\(?\s*(?:[<>≤≥≦≧⩽⩾~～±]|(?!×?10(?:[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]|-\d)|1/)[×\d.])")


def _holds_a_value(inner: str, closer: str) -> bool:
    return (closer == "]" or "(" in inner) and _OPENS_WITH_A_VALUE.match(inner) is not None


def _trailing_bracket(text: str) -> tuple[str, int] | None:
    """The bracket closing a label, its content and where it opens ("限值(mg/L)" -> mg/L).  A unit that
    holds round brackets is set in square ones (GB/T 1.1-2020 9.3.2: "噪声[dB(A)]", "耗电量[kWh/(24h)]"),
    so the group closes at its balanced opener, not at the first bracket inside it.  Width-folded text
    (［ ］ and （ ） read as [ ] and ( ))."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in _OPENER:
        return None
    depth = 0
    for k in range(len(stripped) - 1, -1, -1):
        depth += stripped[k] in ")]"
        depth -= stripped[k] in "(["
        if depth == 0:
            inner = stripped[k + 1 : -1].strip()
            if stripped[k] != _OPENER[stripped[-1]] or not inner or _holds_a_value(inner, stripped[-1]):
                return None
            return inner, len(stripped[:k].rstrip())
    return None


# Text-layer traps in printed units (DOMAIN.md): "°T" encoded as "º" + Greek capital tau.
_UNIT_GLYPHS = str.maketrans(
    {
        "º": "°",  # MASCULINE ORDINAL INDICATOR drawn as a degree sign
        "Τ": "T",  # GREEK CAPITAL LETTER TAU drawn as a Latin T (°T, Thorner degrees)
    }
)


def _repair_unit(unit: str) -> str:
    return squeeze_spaces(unit.translate(_UNIT_GLYPHS))


# Nutrient units of an equivalent (GB 14880, infant formula tables): "μg RE", "mg α-TE", "μg DFE".
_EQUIVALENT = re.compile(r"\s*(?:RE|RAE|α-TE|DFE|NE)$")


def _parses(unit: str) -> bool:
    """A bracketed abbreviation ("全年能源消耗效率（APF）", "（TVOC）") is part of the name, not a unit;
    a mass unit of an equivalent ("维生素A（μg RE）") is a unit."""
    from std_extract.values.units import parse_unit

    return parse_unit(_EQUIVALENT.sub("", unit.strip()) or unit) is not None


# A unit per a thing counted in Chinese ("mg/餐", "g/份", "粒/袋"): per meal, per serving, as the slash
# form "/(g/餐)" already reads; in brackets too ("钠（ｍｇ/餐）", GB/T 1.1 allows either).
_PER_COUNTED = re.compile(r"^(.+?)\s*/\s*[\u4e00-\u9fff]{1,2}$")


def _per_counted_thing(unit: str) -> bool:
    m = _PER_COUNTED.match(clean_text(unit).strip())
    return m is not None and _parses(m.group(1))


def _unwrap(unit: str) -> str:
    """ "(mg/kg)" -> "mg/kg", "[L/(cycle·kg)]" -> "L/(cycle·kg)"; "dB(A)" stays."""
    pairs = {"(": ")", "（": "）", "[": "]", "［": "］"}
    while len(unit) >= 2 and unit[0] in pairs and unit[-1] == pairs[unit[0]] and _balanced(unit[1:-1]):
        unit = unit[1:-1].strip()
    return unit


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char in "(（[［"
        depth -= char in ")）]］"
        if depth < 0:
            return False
    return depth == 0


def _looks_like_unit(candidate: str | None, unit_words: tuple[str, ...]) -> bool:
    """Units are short and not Chinese prose ("以Pb计" is a basis, not a unit; "其中：小碎米" a name)."""
    if not candidate:
        return False
    candidate = candidate.strip()
    if "或" in candidate:  # either of two units ("MPN/100 mL或CFU/100 mL", GB 5749)
        parts = candidate.split("或")
        return len(parts) == 2 and all(
            _looks_like_unit(part, unit_words) and "或" not in part for part in parts
        )
    if len(candidate) > 18 or "计" in candidate or "：" in candidate:
        return False
    han = [c for c in candidate if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return bool(re.search(r"[A-Za-zμµ%‰℃°Ωº³²·]", candidate))
    return _cjk_unit(unit_words).fullmatch(candidate) is not None or ("/" in candidate and len(han) <= 2)


@lru_cache(maxsize=8)  # one pattern per rule set in use: keyed on its words, no shipped default
def _cjk_unit(unit_words: tuple[str, ...]) -> re.Pattern[str]:
    """Chinese units printed after a label's slash ("品尝评分值/分 ≥", "保质期/天", "果面缺陷/处"):
    the rule set's unit words, alone or per something ("次/日")."""
    words = "|".join(re.escape(w) for w in sorted(unit_words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{words})(?:/[\u4e00-\u9fffA-Za-z]+)?")


def _clean_name(name: str) -> str:
    name = _SUB_ITEM.sub("", name)
    return squeeze_spaces(name).strip(" ：:，,、/")


def is_sub_item(text: str) -> bool:
    """True for "其中：小碎米含量" style labels, which belong under the row above."""
    return bool(_SUB_ITEM.match(text.strip()))


def grade_of(header: str, vocab: TableVocab) -> str | None:
    """The grade a column header names, or None ("一级" -> "一级", "1 级" -> "1级"); the header
    forms are [grades].headers of the rule set's table vocabulary."""
    leaf = squeeze_spaces(clean_text(header)).replace(" ", "")
    return leaf if vocab.grade_header.match(leaf) else None


def header_grade(header: str, vocab: TableVocab, unit_words: tuple[str, ...]) -> str | None:
    """The grade a column header names, its unit or sign printed after it or not ("优等品/%",
    "一级（%）", "合格品 ≤": the grade's values are in that unit, the grade is still the column's)."""
    if grade := grade_of(header, vocab):
        return grade
    label = split_label(header, unit_words)
    return label.name if (label.unit or label.comparator) and is_ladder_grade(label.name, vocab) else None


# A level's name under a header saying grades follow: a short word, no number, unit or sign.
_LEVEL_NAME = re.compile(r"[\u4e00-\u9fffA-Za-zⅠ-Ⅻ]{1,6}")


def level_under_parent(parts: list[str], k: int, vocab: TableVocab) -> str | None:
    """``parts[k]`` of a header path as a grade when the part over it says grades follow
    (tables.toml columns.grade_parent: "等级" over 白金宿 | 金宿 | 银宿): a standard dividing into
    levels it names itself, whatever the names."""
    if k <= 0 or k >= len(parts):
        return None
    above = squeeze_spaces(clean_text(parts[k - 1])).replace(" ", "")
    here = squeeze_spaces(clean_text(parts[k])).replace(" ", "")
    return here if vocab.is_("grade_parent", above) and _LEVEL_NAME.fullmatch(here) else None


def is_ladder_grade(name: str, vocab: TableVocab) -> bool:
    """A grade of one of the rule set's ladders ([grades].ladders: 优等品, 一级, 1级, A级, Ⅰ类…), not
    only a header shaped like one: a quantity ending in 级 (声压级, 声功率级, 粒级) matches the headers'
    catch-all pattern and, printing its unit, is that quantity ("声功率级/dB(A)")."""
    key = squeeze_spaces(clean_text(name)).replace(" ", "")
    return any(key in ladder for ladder in vocab.grade_ladders)
