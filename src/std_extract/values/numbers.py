"""Numbers as printed in Chinese standards, to floats.

Handles full-width digits and the private-use decimal point (through textnorm.clean_text),
a space the text layer put inside a number ("50 .0"), simple fractions ("1/5"),
scientific notation in its printed forms ("1×10⁻⁵", "1×10-5" where the superscript was lost,
"1.0E-5", "10⁻⁶"), GB/T 1.1 digit grouping by spaces ("10 000"), and Chinese numerals
("零点四五", "十五", "二〇二四", "百分之九十五").  cn2an converts a numeral run once it is cut out
of the text; it is not given whole sentences, because its ``transform`` reads "零点四五千瓦时"
as the numeral "零点四五千" and fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from std_extract.textnorm import SUPERSCRIPTS, clean_text

CJK_DIGITS = "零〇一二两三四五六七八九"
CJK_MAGNITUDES = "十百千万亿"
# 千 before these characters is the SI prefix kilo, not a thousand: 三千瓦 is 3 kW, and
# 零点四五千瓦时 is 0.45 kWh.  One entry a character.
KILO_PREFIXED = {
    "瓦": "千瓦 kilowatt",
    "克": "千克 kilogram",
    "米": "千米 kilometre",
    "帕": "千帕 kilopascal",
    "焦": "千焦 kilojoule",
    "卡": "千卡 kilocalorie",
    "赫": "千赫 kilohertz",
    "伏": "千伏 kilovolt",
    "牛": "千牛 kilonewton",
    "欧": "千欧 kiloohm",
}

_SUP_DIGITS = "".join(SUPERSCRIPTS)
_EXPONENT = r"[-+⁻⁺]?\s?[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]+"
_ARABIC = re.compile(
    r"(?<![\d.])"
    # thousands grouped by a space (GB/T 1.1) or a comma ("1,000"; not a chemical's locants "1,2-")
    r"(?P<mantissa>\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.])|\d{1,3}(?:,\d{3})+(?![\d.,-])"
    # decimals grouped by threes after the point ("0.000 3", GB/T 1.1-2020 9.3.3: a space every three digits)
    r"|\d+\.\d{3}(?:[ \u2009\u202f\u00a0]\d{3})*[ \u2009\u202f\u00a0]\d{1,3}(?![\d.])"
    r"|\d+(?:[ \t]*\.\d+)?|\.\d+)(?!\d*\.\d)"  # "7.3.4" is a clause number, "2024.01.01" a date
    r"(?:\s*[×xX*]\s*10\s*(?:\^|\*\*)?\s*(?P<exp>" + _EXPONENT + r")"
    r"|[eE](?P<exp_e>[-+]?\d+)(?![A-Za-z]))?"
    # not a locant of a chemical name: "2,4-二硝基苯酚", "5-羟甲基糠醛", "2,3,7,8-T4CDD", "3-MCPD" name a
    # compound, they bound nothing
    r"(?![\d,]*-[\u4e00-\u9fffA-Za-z])"
)
# A simple fraction ("不超过1/5", "2/3"): one digit over a small denominator, with no unit after it
# ("450/750 V" is a pair of ratings) and no slash or digit around it (dates, "0/25g" plans).
_FRACTION = re.compile(
    r"(?<![\d./])(?P<num>[1-9])\s*/\s*(?P<den>[1-9]\d?|100)(?![\d./])(?!\s*[A-Za-zμµΩ℃°%‰])"
)
# "五分之一" (one fifth); 百分之 is a percentage, read by _CJK_NUMBER.
_CJK_FRACTION = re.compile(
    rf"(?P<den>[{CJK_DIGITS}{CJK_MAGNITUDES}]+)分之(?P<num>[{CJK_DIGITS}{CJK_MAGNITUDES}]+)"
)
# 10⁻⁶ alone: the power of ten printed as a superscript.
_POWER_OF_TEN = re.compile(r"(?<![\d.])10(?P<exp>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_CJK_NUMBER = re.compile(
    rf"(?P<percent>百分之)?(?P<int>[{CJK_DIGITS}{CJK_MAGNITUDES}]+)(?:点(?P<frac>[{CJK_DIGITS}]+))?"
)


@dataclass(frozen=True)
class NumberMatch:
    """One number found in a text, with its span in that text."""

    start: int
    end: int
    value: float
    text: str  # as printed
    percent: bool = False  # 百分之五: the value is in percent
    chinese: bool = False  # written in Chinese numerals


def _exponent_value(printed: str) -> int:
    """ "⁻⁵", "-5", "- 5" -> -5."""
    digits = "".join(SUPERSCRIPTS.get(c, c) for c in printed if not c.isspace())
    return int(digits)


def _arabic_value(match: re.Match[str]) -> float:
    mantissa = re.sub(r"[\s,]", "", match.group("mantissa"))
    exponent = match.group("exp") or match.group("exp_e")
    # Through the decimal string, so 2.5×10⁻³ is exactly 0.0025 (not 2.5 * 10**-3 = 0.0025000000000000005).
    return float(f"{mantissa}e{_exponent_value(exponent)}") if exponent else float(mantissa)


def chinese_numeral_value(text: str) -> float | None:
    """The value of a Chinese numeral run ("零点四五" -> 0.45, "二〇二四" -> 2024), else None."""
    body = text.removeprefix("百分之")
    if not body or any(c not in CJK_DIGITS + CJK_MAGNITUDES + "点" for c in body):
        return None
    try:
        value = cn2an.cn2an(body, "smart")
    except Exception:  # cn2an raises ValueError and its own types for malformed runs
        return None
    return float(value)


def _trim_kilo(text: str, start: int, end: int) -> int:
    """Give back a final 千 that is the kilo prefix of the following unit (三千瓦 -> 三)."""
    if end - start > 1 and text[end - 1] == "千" and end < len(text) and text[end] in KILO_PREFIXED:
        return end - 1
    return end


def _chinese_matches(text: str) -> list[NumberMatch]:
    found = []
    for match in _CJK_NUMBER.finditer(text):
        end = match.end() if match.group("frac") else _trim_kilo(text, match.start(), match.end())
        printed = text[match.start() : end]
        value = chinese_numeral_value(printed)
        if value is not None:
            percent = bool(match.group("percent"))
            found.append(NumberMatch(match.start(), end, value, printed, percent, chinese=True))
    return found


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` (clean it with textnorm.clean_text first), in order.

    Signs are not read here: whether "-" before a number is a minus or a range dash depends on
    what precedes it, which the requirement parser decides.
    """
    found = [NumberMatch(m.start(), m.end(), _arabic_value(m), m.group()) for m in _ARABIC.finditer(text)]
    for match in _POWER_OF_TEN.finditer(text):
        if any(n.start < match.start() < n.end for n in found):
            continue  # the 10⁻⁵ of 1×10⁻⁵, already read with its mantissa
        value = float(f"1e{_exponent_value(match.group('exp'))}")
        found = [n for n in found if n.start != match.start()]
        found.append(NumberMatch(match.start(), match.end(), value, match.group()))
    for match in _FRACTION.finditer(text):
        num, den = int(match.group("num")), int(match.group("den"))
        if num < den:
            found = [n for n in found if not match.start() <= n.start < match.end()]
            found.append(NumberMatch(match.start(), match.end(), num / den, match.group()))
    fractions = _chinese_fractions(text)
    spans = [(f.start, f.end) for f in fractions]
    found.extend(n for n in _chinese_matches(text) if not any(a <= n.start < b for a, b in spans))
    found.extend(fractions)
    return sorted(found, key=lambda n: n.start)


def _chinese_fractions(text: str) -> list[NumberMatch]:
    """ "五分之一" -> 0.2 ("百分之五" stays a percentage)."""
    found = []
    for match in _CJK_FRACTION.finditer(text):
        if match.group("den") == "百":
            continue
        den, num = chinese_numeral_value(match.group("den")), chinese_numeral_value(match.group("num"))
        if den and num is not None:
            found.append(NumberMatch(match.start(), match.end(), num / den, match.group()))
    return found


def parse_number(text: str) -> float | None:
    """The value of a text that is one number and nothing else ("０.４５", "1×10⁻⁵", "十五",
    "-18", "95%" -> 95.0: a percentage keeps its printed number, the unit is carried apart)."""
    cleaned = clean_text(text).strip()
    sign = -1.0 if cleaned.startswith("-") else 1.0
    cleaned = cleaned.lstrip("+-").strip().removesuffix("%").strip()
    numbers = find_numbers(cleaned)
    if len(numbers) != 1 or numbers[0].start != 0 or numbers[0].end != len(cleaned):
        return None
    return sign * numbers[0].value


SUPERSCRIPT_DIGITS = _SUP_DIGITS  # re-exported for the requirement scanner
