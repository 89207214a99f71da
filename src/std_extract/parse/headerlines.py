"""Header lines -> header cells: a header cell's text wraps over several printed lines, and a unit
may stand on a line (or a ruled row) of its own under the name (DOMAIN.md, Tables: "制动距离" over
"m", "试验速度" over "km/h").

Two small stages used by the ruled and the text table readers alike:

- :func:`is_unit_text` / :func:`is_unit_row`: a text, or a row of header cells, that is only units;
- :func:`join_header_lines`: the printed lines of one header cell -> one text, a unit joined with
  "/" so that the label reader (extract/labels.py) finds it ("制动距离/m"), wrapped words joined
  as the line break left them ("绝缘厚度规" + "定值/mm" -> "绝缘厚度规定值/mm").
"""

from __future__ import annotations

import re

from std_extract.parse.layout import is_cjk
from std_extract.textnorm import clean_text

_UNIT_SHAPE = re.compile(r"^[(（\[［]?[^\s\d≤≥<>＜＞～~]\S{0,14}$")
_BRACKETS = "()（）[]［］"
_SPACE_AFTER_NUMBER = re.compile(r"(?<=\d)\s+(?=[A-Za-zμ])")


def is_unit_text(text: str) -> bool:
    """A short text that parses as a unit and nothing else ("mm", "(Ω/km)", "km/h", "%")."""
    text = clean_text(text).strip()
    # GB/T 1.1 sets a space between a number and its unit, inside a unit too ("kJ/100 g", "MPN/100 mL")
    shape = _SPACE_AFTER_NUMBER.sub("", text)
    if not text or not _UNIT_SHAPE.match(shape):
        return False
    from std_extract.values.units import parse_unit

    bare = _unwrapped(text)
    if sum(is_cjk(c) for c in bare) > 1:
        return False  # Chinese words are names, even where units.toml knows them (分, 次 alone pass)
    return bool(bare) and parse_unit(bare) is not None


def _unwrapped(text: str) -> str:
    """A unit without the brackets wrapped round it ("(Ω/km)" -> "Ω/km"); a bracket opening a unit
    that closes before its end is the unit's own ("(m³/min)/W", the air delivery per watt of a fan's
    能效值 column: GB 12021.9 prints it so), kept."""
    while len(text) >= 2 and text[0] in "(（[［" and _closes_last(text):
        text = text[1:-1].strip()
    return text


def _closes_last(text: str) -> bool:
    """The bracket opening ``text`` is closed by its last char."""
    depth = 0
    for k, char in enumerate(text):
        depth += (char in "(（[［") - (char in ")）]］")
        if depth == 0:
            return k == len(text) - 1
    return False


# A unit line may carry the values' comparator after each unit ("min ≤", "% ≥", "W·h ≤").
UNIT_SIGN = re.compile(r"\s*[≤≥<>＜＞]$")


def is_unit_row(texts: list[str]) -> bool:
    """A header row holding only units (at least two of them), each maybe followed by a comparator:
    the unit line under the names."""
    filled = [t for t in texts if t.strip()]
    return len(filled) >= 2 and all(is_unit_text(UNIT_SIGN.sub("", clean_text(t).strip())) for t in filled)


def join_header_lines(lines: list[str]) -> str:
    """The printed lines of one header cell as one text: "/" before a unit line, else unwrapped."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if not out:
            out = line
        elif (
            is_unit_text(UNIT_SIGN.sub("", line))
            and not out.endswith("/")
            and not line.startswith(("/", "／"))
        ):
            out += "/" + line
        elif is_cjk(out[-1]) or is_cjk(line[0]) or out[-1] in "/（(":
            out += line
        else:
            out += " " + line
    return out
