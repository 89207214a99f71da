"""Symbol repair of OCR lines from their context, each repair kept (``SymbolRepair``).

OCR confuses look-alike characters that change a limit: a degree sign read as an apostrophe
("25'C"), a letter O in a number ("1O.5"), a letter l for a one, the superscript of "m³" read flat,
a range's "～" read as the hanzi 一.  A repair is made only where the context decides it (a unit
after a number, a character between digits), never on a character alone, and every repair keeps
what was read, so the value can say that its text was repaired.

Each rule is one line of ``RULES``: a pattern, the replacement and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from std_extract.document import BBox, SymbolRepair, TextLine, union_bbox


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replacement: str


def _rule(name: str, pattern: str, replacement: str) -> Rule:
    return Rule(name, re.compile(pattern), replacement)


YEAR = r"(?:19|20)\d\d(?!\d)"
RULES = [
    # ℃ read as a degree-like mark and C after a number: 25'C, (20±2)°C (GB/T 1.1 prints ℃)
    _rule("celsius", r"(?<=[\d)）])\s?[°º'’‘\"”`]\s?[CcＣ](?![A-Za-z])", "℃"),
    # ... or as a bare C after a number and before hanzi or punctuation: 在25C条件下 (GB/T 15555.12)
    _rule("celsius_bare", r"(?<=\d)\s?C(?=[\u4e00-\u9fff，。；、,;)）]|$)", "℃"),
    # ± read as the hanzi 土 between numbers: 110土10次/min
    _rule("plus_minus", r"(?<=[\d)）])\s?土\s?(?=\d)", "±"),
    # a diameter's φ read as p before a length: 孔径为 p0.45 μm, 通过 p5 mm 的筛孔
    _rule("diameter", r"(?<![A-Za-z])[pP](?=\d+(?:\.\d+)?\s?(?:μm|mm|cm|m)(?![A-Za-z]))", "φ"),
    # a letter O or o inside a number: 1O.5, 0.O1, O.25 before a decimal point
    _rule("zero", r"(?<=\d)[Oo](?=[\d.])|(?<=\d\.)[Oo]|(?<![A-Za-z])[Oo](?=\.\d)", "0"),
    # a letter l, I or a bar inside a number: 1l.5, 0.l5
    _rule("one", r"(?<=\d)[lI|](?=[\d.])|(?<=\d\.)[lI|]", "1"),
    # a cubic or square metre read flat after a slash or a number: mg/m3, 5 m3/h, cm2
    _rule("cube", r"(?<=[/\d\s（(])([cdk]?m)3(?![\d.])", r"\g<1>³"),
    _rule("square", r"(?<=[/\d\s（(])([cdk]?m)2(?![\d.])", r"\g<1>²"),
    # the dash of a standard number's year read as the hanzi 一: GB/T 22438一2008
    _rule("year_dash", rf"(?<=\d)\s?一\s?(?={YEAR})", "—"),
    # a range's tilde read as the hanzi 一 or a swung dash variant between numbers: 15一19
    _rule("range", r"(?<=\d)\s?[一〜∼]\s?(?=\d)", "～"),
    # comparison signs read as two characters or as their variant forms
    _rule("less_equal", r"<\s?=|≦|⩽", "≤"),
    _rule("greater_equal", r">\s?=|≧|⩾", "≥"),
]


def repair_line(line: TextLine) -> tuple[TextLine, list[SymbolRepair]]:
    """The line with every rule applied in order, and what each changed."""
    text, boxes = line.text, list(line.char_bboxes)
    repairs: list[SymbolRepair] = []
    for rule in RULES:
        text, boxes, made = _apply(rule, text, boxes, line.page)
        repairs += made
    if not repairs:
        return line, []
    repaired = TextLine.model_construct(page=line.page, text=text, bbox=line.bbox, char_bboxes=boxes)
    return repaired, repairs


def repair_lines(lines: list[TextLine]) -> tuple[list[TextLine], list[SymbolRepair]]:
    """Every line of a page repaired; all repairs of the page."""
    out: list[TextLine] = []
    repairs: list[SymbolRepair] = []
    for line in lines:
        fixed, made = repair_line(line)
        out.append(fixed)
        repairs += made
    return out, repairs


def _apply(rule: Rule, text: str, boxes: list[BBox], page: int) -> tuple[str, list[BBox], list[SymbolRepair]]:
    pieces: list[str] = []
    new_boxes: list[BBox] = []
    repairs: list[SymbolRepair] = []
    last = 0
    for match in rule.pattern.finditer(text):
        start, end = match.span()
        replacement = match.expand(rule.replacement)
        span_boxes = boxes[start:end] or boxes[max(start - 1, 0) : start]
        pieces.append(text[last:start])
        new_boxes += boxes[last:start]
        pieces.append(replacement)
        new_boxes += _boxes_for(replacement, span_boxes)
        bbox = union_bbox(span_boxes) if span_boxes else (0.0, 0.0, 0.0, 0.0)
        repairs.append(
            SymbolRepair(page=page, bbox=bbox, read=match.group(0), repaired=replacement, rule=rule.name)
        )
        last = end
    if not repairs:
        return text, boxes, []
    pieces.append(text[last:])
    new_boxes += boxes[last:]
    return "".join(pieces), new_boxes, repairs


def _boxes_for(replacement: str, span_boxes: list[BBox]) -> list[BBox]:
    """Boxes for the replacement: the read characters' own where the lengths agree, else the
    span's box cut into equal widths ("°C" -> "℃" takes both boxes)."""
    if len(span_boxes) == len(replacement):
        return list(span_boxes)
    x0, top, x1, bottom = union_bbox(span_boxes) if span_boxes else (0.0, 0.0, 0.0, 0.0)
    step = (x1 - x0) / len(replacement)
    return [(x0 + k * step, top, x0 + (k + 1) * step, bottom) for k in range(len(replacement))]
