"""How a requirement is worded: comparator symbols and words, numbers, full width, 汉字 numerals.

DOMAIN.md: 不大于/不超过/不高于/以下 mean ≤, 不小于/不低于/不少于/以上 mean ≥ (以上 and 以下
include the number), 小于/低于 mean <, 大于/高于/超过 mean >.
"""

from __future__ import annotations

import random

from std_extract_synth.model import Level, Spec

SYMBOL = {"<=": "≤", ">=": "≥", "<": "<", ">": ">"}

# Inline clause templates per comparator: {n} name, {v} value, {u} unit (with its leading space).
INLINE = {
    "<=": (
        "{n}应不大于{v}{u}。",
        "{n}不应超过{v}{u}。",
        "{n}应不高于{v}{u}。",
        "{n}应在{v}{u}以下。",
        "{n}：≤{v}{u}。",
        "{n}应≤{v}{u}。",
    ),
    ">=": (
        "{n}应不小于{v}{u}。",
        "{n}不应低于{v}{u}。",
        "{n}应不少于{v}{u}。",
        "{n}应达到{v}{u}以上。",
        "{n}：≥{v}{u}。",
        "{n}应≥{v}{u}。",
    ),
    "<": ("{n}应小于{v}{u}。", "{n}应低于{v}{u}。"),
    ">": ("{n}应大于{v}{u}。", "{n}应高于{v}{u}。"),
    "range": (
        "{n}应为{v}～{w}{u}。",
        "{n}应在{v}{u}～{w}{u}之间。",
        "{n}：{v}～{w}{u}。",
        "{n}应在{v}至{w}{u}之间。",
    ),
    "tolerance": ("{n}应为（{v}±{t}）{u}。", "{n}：{v}{u}±{t}{u}。"),
    "=": ("{n}应为{v}{u}。", "{n}应达到{v}{u}。"),
    "not_detected": ("{n}不得检出。", "{n}：不得检出。"),
    "reference": ("{n}应符合{r}的规定。", "{n}：应符合{r}的规定。"),
    "qualitative": ("{n}：{r}。", "{n}{r}。"),
}

_FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%"}
_CN_DIGITS = "〇一二三四五六七八九"


def fmt(value: float, dec: int) -> str:
    """A number as printed with ``dec`` decimals."""
    return f"{value:.{dec}f}"


def to_fullwidth(text: str) -> str:
    """Digits, the decimal point and % in full width (a text-layer trap seen in real files)."""
    return "".join(_FULLWIDTH.get(c, c) for c in text)


def cn_numeral(n: int) -> str:
    """An integer 1..99 in 汉字 (30 -> 三十, 12 -> 十二, 2 -> 二)."""
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[ones] if ones else "")


def unit_gap(unit: str | None) -> str:
    """Latin units follow the number after a space; %, ℃ and Chinese units do not."""
    if not unit:
        return ""
    first = unit[0]
    if first in "%℃°‰×/" or "\u4e00" <= first <= "\u9fff":
        return unit
    return " " + unit


class Numbers:
    """Number printing for one document (ASCII or full width)."""

    def __init__(self, fullwidth: bool) -> None:
        self.fullwidth = fullwidth

    def num(self, value: float, dec: int) -> str:
        text = fmt(value, dec)
        return to_fullwidth(text) if self.fullwidth else text

    def val(self, spec: Spec, value: float) -> str:
        """A spec's value as printed; ``sci`` values as a×10^n with a real superscript."""
        if spec.sci:
            mantissa = value / 10**spec.sci
            head = f"{mantissa:g}"
            head = to_fullwidth(head) if self.fullwidth else head
            return f"{head}×10^{{{spec.sci}}}"
        return self.num(value, spec.dec)

    def cell(self, spec: Spec, level: Level, with_symbol: bool = True) -> str:
        """The requirement as printed in a table cell: "≤0.45", "6.5～8.5", "52.0±1.0", "不得检出"."""
        if spec.cmp in SYMBOL:
            bare = self.val(spec, level.value)  # type: ignore[arg-type]
            return SYMBOL[spec.cmp] + bare if with_symbol else bare
        if spec.cmp == "=":
            return self.val(spec, level.value)  # type: ignore[arg-type]
        if spec.cmp == "range":
            return self.num(level.value, spec.dec) + "～" + self.num(level.value_max, spec.dec)  # type: ignore[arg-type]
        if spec.cmp == "tolerance":
            return self.num(level.value, spec.dec) + "±" + self.num(level.tolerance, spec.dec)  # type: ignore[arg-type]
        if spec.cmp == "not_detected":
            return "不得检出"
        if spec.cmp == "reference":
            return f"应符合{level.text}的规定"
        return level.text or ""

    def inline(self, spec: Spec, level: Level, rng: random.Random, cn: bool) -> tuple[str, str | None, int]:
        """A clause sentence stating the requirement, the unit as printed in it, and the offset of
        the value (where the layout records the page)."""
        templates = INLINE[spec.cmp]
        unit = spec.unit
        value = level.value
        name = f"{spec.parent}（{spec.name}）" if spec.parent else spec.name
        if cn and spec.unit_cn and value is not None and float(value).is_integer() and 0 < value < 100:
            v_text, unit = cn_numeral(int(value)), spec.unit_cn
            templates = tuple(
                t for t in templates if "≤" not in t and "≥" not in t
            )  # "≥四十八小时" is never written
            template = rng.choice(templates)
        else:
            template = rng.choice(templates)
            v_text = self.val(spec, value) if value is not None else ""
        w_text = self.num(level.value_max, spec.dec) if level.value_max is not None else ""
        t_text = self.num(level.tolerance, spec.dec) if level.tolerance is not None else ""
        u_text = unit_gap(unit)
        if spec.cmp == "tolerance":
            u_text = unit or ""
        text = template.format(n=name, v=v_text, w=w_text, t=t_text, u=u_text, r=level.text or "")
        if spec.cond:
            text = f"{spec.cond}，{text}"
        if spec.foot:
            text = text[:-1] + f"（{spec.foot}）。"
        printed_unit = unit if spec.cmp not in ("not_detected", "reference", "qualitative") else None
        start = text.find(name) + len(name)
        found = text.find(v_text, start) if v_text else -1
        return text, printed_unit, found if found >= 0 else start
