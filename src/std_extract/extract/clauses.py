"""Requirement clauses to indicators.

A requirement sentence names its subject and then the limit: "耗电量应不大于0.45 kWh/24h",
"pH值≥12.5，或者≤2.0", "在55℃条件下，对20号钢材的腐蚀速率≥6.35mm/a", "铅不得检出",
"污染物限量应符合GB 2762的规定", "应无异味", "整车质量应当小于或等于55kg", "燃烧类别为V-0".
A sentence is cut into comma pieces; a piece with a name and a limit starts an indicator, a piece
with a limit and no name ("或者≤2.0") continues the one before.  The subject is what stands before
the limit and its modal word (应, 应当, 须, 必须, 不应, 不得: comparators.toml [modal]), kept
whole ("冷冻室在断电后温度由-18 ℃升至-9 ℃的时间", flagged ``clause_long_subject`` when longer than
12 characters); what stands before it in the sentence ("在55℃条件下") becomes a condition.  With
no subject in the sentence, the clause title names the indicator ("4.3 耗电量 / 应不大于…").
Recommendations (宜, 建议) and calculations ("分别乘以能量系数17 kJ/g", "再除以4", a title "按式（1）
计算"), conditions of a test, of storage or of transport ("试验温度为23 ℃±2 ℃", "产品应贮存在温度不高于
30 ℃的库房内": clauses.toml [subjects] condition_openers/condition_heads, [sentences] handling_verbs)
are no indicators.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from std_extract.document import BBox, Clause, ParsedDocument, TextLine
from std_extract.extract.clausewords import ClauseWords, statistic_interval
from std_extract.extract.commitments import Commitment
from std_extract.extract.ids import indicator_id
from std_extract.extract.labels import split_label
from std_extract.extract.requirements import (
    Limit,
    is_test_procedure,
    limits_in,
    mask_standard_numbers,
    requirement_start,
    rules_or_default,
    states_a_comparison,
    subject_after_run_in_colon,
    words_after_modal,
)
from std_extract.extract.scope import is_calculation, is_input_subject
from std_extract.jiebadict import default_tokenizer
from std_extract.record import Comparator, Indicator, Provenance
from std_extract.textnorm import compact, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.rules import Rules

# Sentences end at 。；; and where a list item starts on a new line ("要求如下：\na) 浑浊度…").
# A line opening with a list mark ends the sentence before, unless the line before ends with 式: "按式\n（1）
# 计算" wraps a formula's number, no list item.
_SENTENCE_END = re.compile(
    r"[。；;]|[：:]\s*\n|(?<!式)\n(?=\s*(?:[a-z][)）]|\d{1,2}[)）]|\d{1,2}、(?!\d)|[（(]\d{1,2}[)）]|——|—))"
)
# A comma between two digits is part of a name or a number ("2,4-二硝基苯酚", "1,000"), no piece break.
_PIECE_SEP = re.compile(r"，|(?<!\d),|,(?!\d)")
# A control limit written with symbols ("应控制在p±3s内": the mean plus or minus three standard
# deviations of the laboratory's own results): computed, no printed bound; "s" is no second.
_SYMBOLIC_LIMIT = re.compile(r"(?<![A-Za-z\d.])[A-Za-z]\u0304?\s*±\s*\d*\s*[A-Za-zσ](?![A-Za-z])")
# Three numbers or more side by side, apart only by spaces, are table cells, not a sentence.
_CELL = r"[≤≥<>]?\d[\d.×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*|—"
_ROW_OF_NUMBERS = re.compile(rf"(?<!\S)(?:{_CELL})(?:[ \t]+(?:{_CELL})){{2,}}(?!\S)")
# A displayed formula: leaders and an equation number ("zMALS ≥0.75× ……………(B.1)").
_DISPLAY_FORMULA = re.compile(r"[.…·]{3,}\s*[（(][A-Z]?\.?\d+[)）]")
# A symbol of a formula explained after 式中： (GB/T 1.1-2020 9.6.5): "E——产品的能量，单位为千焦每100克
# （kJ/100 g）", "Ci——食品中第i种放射性核素的实测浓度": a definition, its unit line no value.
_SYMBOL_DEFINITION = re.compile(
    r"^\s*[A-Za-zα-ωΑ-Ω][A-Za-z0-9α-ωΑ-Ω′'_ᵢⱼₙ₀-₉]{0,5}\s*(?:——|—|－－|--)(?!\s*\d)"
)
# The name after the last 的 of a subject is the indicator ("成品电线的不延燃性能" names 不延燃性能,
# "对20号钢材的腐蚀速率" 腐蚀速率) unless it is a bare head noun that names nothing alone: then the
# subject is kept whole ("冷冻室在断电后温度由-18 ℃升至-9 ℃的时间").
BARE_HEAD = 2  # characters
# A condition that opens a subject: "额定电压以下时电流不超过5 A", "在20 ℃下电阻应不大于5 Ω".
_SUBJECT_CONDITION = re.compile(
    r"^(?P<condition>.{1,24}?(?:条件下|情况下|状态下|环境中|以下时|以上时|时(?![间长段刻效])|[\d℃]\s*下))(?P<rest>[\u4e00-\u9fffA-Za-z].*)$"
)
SUBJECT_MAX = 40  # a longer "subject" is prose, not a name
# States listed with 、 ("不破损、不变形"): a description, not a subject.
_STATES = re.compile(r"(?:[不无未][\u4e00-\u9fff]{1,3}、)+(?:[不无未][\u4e00-\u9fff]{1,3})?")
LONG_SUBJECT = 12  # characters; a longer subject is flagged clause_long_subject (COORDINATION.md)


@dataclass
class ClauseText:
    """A clause's body text with a map from each character back to (line, char index)."""

    text: str
    origin: list[tuple[TextLine, int]]
    # each character's offset in the text with every line break kept, which the indicator ids were
    # made of before wrapped lines were joined (:func:`clause_text`): ids stay what they were
    offsets: list[int] | None = None

    def locator(self, start: int) -> int:
        """The offset of ``text[start]`` that names a value in its id."""
        return self.offsets[start] if self.offsets is not None and start < len(self.offsets) else start

    def provenance(self, start: int, end: int, clause: str | None) -> list[Provenance]:
        """One provenance per page for text[start:end] (a sentence may cross a page break)."""
        pages, boxes = self._boxes
        pages, boxes = pages[start:end], boxes[start:end]
        source = self.text[start:end]
        found = []
        for page in np.unique(pages).tolist():  # sorted
            mine = boxes[pages == page]
            bbox = (*mine[:, :2].min(axis=0).tolist(), *mine[:, 2:].max(axis=0).tolist())
            found.append(Provenance(page=page, bbox=bbox, source_text=source, clause=clause))
        return found

    @cached_property
    def _boxes(self) -> tuple[np.ndarray, np.ndarray]:
        """The page and box of each character, as arrays: a clause of GB 2763 holds thousands of
        characters and gives hundreds of values, each of whose provenance unites a span of them."""
        pages = np.fromiter((line.page for line, _ in self.origin), np.int64, len(self.origin))
        boxes = np.array(
            [line.char_bboxes[i] if i < len(line.char_bboxes) else line.bbox for line, i in self.origin],
            dtype=np.float64,
        ).reshape(len(self.origin), 4)
        return pages, boxes


def _table_regions(document: ParsedDocument) -> dict[int, list[BBox]]:
    regions: dict[int, list[BBox]] = {}
    for table in document.tables:
        for page, box in table.bboxes:
            regions.setdefault(page, []).append(box)
    return regions


def _inside(box: BBox, regions: list[BBox]) -> bool:
    """A line whose middle lies in a table's area belongs to the table, not to the clause text."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(r[0] - 1 <= x <= r[2] + 1 and r[1] - 1 <= y <= r[3] + 1 for r in regions)


def clause_text(clause: Clause, document: ParsedDocument) -> ClauseText:
    """Join the clause's own lines (not its children's, nor table rows) without the heading.

    A line that runs to the clause's right edge and breaks between two ideographs was wrapped by the
    typesetter, not ended: it joins the next line with no break, so a word cut by the wrap ("不少" /
    "于16学时", "48 h内响" / "应") reads whole.  Other lines end with a line break."""
    regions = _table_regions(document)
    lines = [
        document.page(page).lines[index]
        for n, (page, index) in enumerate(clause.line_refs)
        if n == 0 or not _inside(document.page(page).lines[index].bbox, regions.get(page, []))
    ]
    right = {line.page: max(x.bbox[2] for x in lines if x.page == line.page) for line in lines}
    text, origin, offsets, raw = [], [], [], 0
    for n, line in enumerate(lines):
        start = _heading_end(line.text, clause) if n == 0 else 0
        for i in range(start, len(line.text)):
            text.append(line.text[i])
            origin.append((line, i))
            offsets.append(raw)
            raw += 1
        raw += 1
        following = lines[n + 1] if n + 1 < len(lines) else None
        if following is not None and _wrapped(line, following, right[line.page]):
            continue
        text.append("\n")
        origin.append((line, max(len(line.text) - 1, 0)))
        offsets.append(raw - 1)
    return ClauseText("".join(text), origin, offsets)


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _wrapped(line: TextLine, following: TextLine, right: float) -> bool:
    """The line was wrapped inside a sentence: it reaches the right edge (within two characters) and
    ends and the next line (on this page or the next) starts with an ideograph."""
    if not line.text or not following.text.strip():
        return False
    size = line.bbox[3] - line.bbox[1]
    if line.bbox[2] < right - 2 * size:
        return False
    return bool(_IDEOGRAPH.fullmatch(line.text[-1]) and _IDEOGRAPH.fullmatch(following.text.lstrip()[:1]))


def _heading_end(line: str, clause: Clause) -> int:
    """Where the heading ("4.3 耗电量") ends on the clause's first line."""
    if clause.number and line.lstrip().startswith(clause.number):
        head = line.find(clause.number) + len(clause.number)
        title = clause.title.strip()
        rest = line[head:]
        if title and rest.strip().startswith(title):
            return head + rest.find(title) + len(title)
        return head
    return 0


def clause_to_indicators(
    clause: Clause, document: ParsedDocument, rules: Rules | None = None
) -> list[Indicator]:
    """The indicators the clause's own sentences state (``rules``: the shipped ones when None)."""
    rules = rules_or_default(rules)
    body = clause_text(clause, document)
    words = rules.clauses
    out: list[Indicator] = []
    if compact(clause.title) in words.descriptive_labels:
        return out  # "4.1.2 ADI：…", "4.1.3 残留标志物：…": the substance described, no requirement
    carried: tuple[str, str | None] | None = None  # the name (and unit) bounded last by the sentence before
    label_goes_on: str | None = None  # a run-in label whose list goes on past a semicolon
    label_graded: str | None = None  # one whose list goes on if the next sentence opens with grades
    for s_start, s_end in _spans(body.text, _SENTENCE_END):
        sentence, carried_in, carried = body.text[s_start:s_end], carried, None
        if words.descriptive_label.match(sentence):
            continue
        # a pointer to a table ("应符合表1的规定"), a caption, a displayed formula: no indicator
        if words.caption.match(sentence) or words.note.match(sentence):
            continue  # a note (注：) is informative (GB/T 1.1-2020 9.5): no requirement
        if (pointer := words.table_pointer.search(sentence)) is not None:
            # "…应符合表2的规定，其他指标应符合GB 37488的规定": a requirement of its own after the pointer
            after = _after_pointer(sentence, pointer.end(), words, s_start)
            if after is None:
                continue
            s_start, sentence = after, body.text[after:s_end]
        if (namely := words.restatement.search(sentence)) is not None and sentence[namely.end() :].strip():
            s_start, sentence = s_start + namely.end(), sentence[namely.end() :]  # "…的规定值，即：…"
        if (items := words.items_colon.search(sentence)) is not None and sentence[items.end() :].strip():
            s_start, sentence = s_start + items.end(), sentence[items.end() :]  # the items after the colon
        elif (colon := re.match(r"\s*[：:]", sentence)) and words.introduces_items.search(clause.title):
            # "2.1 有机物应符合下列要求：二氯乙烷含量…": the heading took the words that introduce the items
            s_start, sentence = s_start + colon.end(), sentence[colon.end() :]
        if _DISPLAY_FORMULA.search(sentence) or _SYMBOL_DEFINITION.match(sentence):
            continue  # a displayed formula; "E——产品的能量，单位为千焦每100克（kJ/100 g）" after 式中：
        if _ROW_OF_NUMBERS.search(sentence):
            continue  # the cells of a table the layout did not find ("5 2 10⁴ 5×10⁴")
        # a list mark ("a）", "（1）", "①", "——") opens no subject and holds no number
        lead = words.lead.match(sentence)
        start = s_start + (lead.end() if lead else 0)
        listed = lead is not None and not re.match(r"\s*\d+\.\d", sentence)
        # the label's list goes on with a bound ("…；湿态不大于9 m"), not with a value or a statement
        # (a list item of its own, "b）…", starts afresh)
        if label_goes_on is None and label_graded is not None and _opens_with_grades(sentence, rules):
            label_goes_on = label_graded  # "表面疵点：优等品不允许有破洞；一等品和合格品每只不超过1处"
        parts_go_on = (
            label_goes_on is not None
            and lead is None
            and bool(words.compared_inside.search(compact(sentence)))
        )
        headed = clause.model_copy(update={"title": label_goes_on}) if parts_go_on else clause
        label_goes_on = label_graded = None
        on_object = None
        if (run_in := _run_in_heading(body.text[start:s_end], clause, rules)) is not None:
            if not _names_quantity(run_in[0], rules) and _names_own_quantity(
                body.text[start + run_in[1] + 1 : s_end], rules
            ):
                # "室内机：噪声不大于40 dB(A)": the sentence names its quantity, the label what it is measured
                # on (a condition), unless it names a kind of requirement ("物理性能：拉伸强度…")
                on_object = None if compact(run_in[0]).endswith(_KIND_LABELS) else run_in[0]
                start, run_in = start + run_in[1] + 1, None
            else:
                # "断裂强力：纵向和横向分别不小于20 N和10 N" under "4.4 膜布要求": the label heads the
                # sentence as a clause's heading would, the colon then opens it; a unit it is counted
                # over ("同一件产品上的釉面缺陷总数：…") is a condition, as in a subject
                taken_over, label = _unit_owner(run_in[0], words)
                on_object = taken_over or None
                printed = re.sub(r"\s+", "", run_in[0])  # clean_text maps one character to one: as printed
                headed = clause.model_copy(
                    update={"title": printed[-len(compact(label)) :] if taken_over else run_in[0]}
                )
                if body.text[s_end : s_end + 1] in ("；", ";"):
                    label_goes_on = run_in[0]  # "噪声：…时，不大于60 dB(A)；…时，不大于65 dB(A)"
        found = _sentence_to_indicators(
            body,
            start + (run_in[1] if run_in else 0),
            s_end,
            headed,
            document,
            rules,
            listed,
            carried_in,
            start,
            parts_go_on and run_in is None,
        )
        if on_object:
            found = [
                i
                if on_object in i.conditions
                else i.model_copy(update={"conditions": [on_object, *i.conditions]})
                for i in found
            ]
        if label_goes_on and not _bounds_by_parts(found, label_goes_on):
            # "标签：应符合GB 7718的规定；保质期…": the label bounded nothing by a part; it goes on only
            # for grades listing their own bounds after the semicolon
            label_goes_on, label_graded = None, label_goes_on
        elif label_goes_on is None and body.text[s_end : s_end + 1] in ("；", ";"):
            label_graded = _graded_label(body.text[start:s_end], rules)  # "表面疵点：优等品不允许有破洞；"
        out.extend(found)
        # "…应不小于20 MPa；其中纵向不小于25 MPa": the name bounded last carries over to the next sentence
        # of the clause, for a part of it (其中…) to be read as a condition of it
        carried = (found[-1].name, found[-1].unit) if found else None
    return out


# 但 opening a subject that names its own quantity after it ("但出厂时菌落总数不得超过…"): a conjunction.
_CONCESSIVE_OPENING = re.compile(r"^(?:但是|但)(?=[\u4e00-\u9fffA-Za-z]{2})")


# A run-in label opening a sentence of a clause's body: a name (with its basis and unit) and a colon.
_SENTENCE_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff][^：:，,；;。\n]{0,23}?)\s*(?=[：:])")


_KIND_LABELS = ("性能", "要求", "指标", "特性", "参数")  # "物理性能：…": a kind of requirement, no object
# A subject ending in one of these names a quantity ("水温", "照度", "噪声" is in the lexicon).
_QUANTITY_ENDINGS = ("温", "度", "量", "率", "值", "力", "压", "时间")


def _names_own_quantity(rest: str, rules: Rules) -> bool:
    """The sentence after a run-in label names its own quantity before its bound ("噪声不大于40 dB(A)",
    "水温不高于10 ℃"): a single name, no owner (的) and no list, that is a quantity, or a recovery
    with what it is computed on ("2-氟联苯的回收率": [subjects].owned_statistics)."""
    at = requirement_start(rest, rules)
    if not at:
        return False
    subject = compact(rules.clauses.lead.sub("", rest[:at])).removesuffix("应")
    if subject and rules.clauses.owned_statistic.match(subject):
        return True  # "替代物：2-氟联苯的回收率应在…": the recovery of a substance, the label its kind
    if not subject or not _IDEOGRAPHS.fullmatch(subject) or "的" in subject or _LIST_JOINS.search(subject):
        return False
    return _names_quantity(subject, rules) or subject.endswith(_QUANTITY_ENDINGS)


_SETTING_LABELS = ("条件", "环境")  # "试验条件：环境温度为23 ℃±2 ℃": the test's setting, no requirement


def _run_in_heading(sentence: str, clause: Clause, rules: Rules) -> tuple[str, int] | None:
    """(label, where its colon is) when ``sentence`` opens with a run-in label that states no
    requirement itself and a requirement follows the colon ("温升：绕组应不大于75 K，外壳…",
    "制动距离：干态不大于7 m，湿态…"): the label heads the sentence as the clause's own heading would.
    None for words that introduce names or items ("技术要求如下：") and a label the heading already is."""
    found = _SENTENCE_LABEL.match(sentence)
    if found is None:
        return None
    label, words = found["label"].strip(), rules.clauses
    rest = sentence[found.end() + 1 :]
    key = compact(label)
    if (
        key == compact(clause.title)
        # a period, a state, a grade or a test's setting conditions the sentence, it names nothing:
        # "冬季：不低于18 ℃", "试验条件：…", "一等品：水分…"
        or key in words.spec.conditions.periods
        or words.condition.search(key)
        or rules.tables.grade_header.fullmatch(key)
        or key.endswith(_SETTING_LABELS)
        or re.search(r"\d", _BRACKETS.sub("", label))  # "当日16:00前…": a time of day, no label
        or words.introduces_names(label)
        or words.introduces_items.search(label)
        or requirement_start(label, rules) is not None
        or requirement_start(rest, rules) is None
        or not re.search(r"\d", rest)
    ):
        return None
    first = _PIECE_SEP.split(rest, 1)[0]
    runs_first = _is_condition(first, words) or words.condition.search(compact(first))
    if runs_first and not _bounded_when(first, words):
        return None  # "跌落：带包装的恒温壶从800 mm高度自由跌落后，…": the label names the test run first
    return label, found.end()


def _after_pointer(sentence: str, at: int, words: ClauseWords, offset: int) -> int | None:
    """Where the pieces after a table pointer start (``offset`` added), when they state a
    requirement with a shall word of their own; else None (the sentence is the table's)."""
    comma = _PIECE_SEP.search(sentence, at)
    if comma is None:
        return None
    rest = squeeze_spaces(sentence[comma.end() :].replace("\n", ""))
    if words.table_pointer.search(rest) or words.inner_modal(rest) is None:
        return None
    return offset + comma.end()


def _spans(text: str, separator: re.Pattern) -> list[tuple[int, int]]:
    spans, start = [], 0
    enclosed = _enclosed(text)
    for m in separator.finditer(text):
        if enclosed[m.start()]:
            continue  # "总碱量（Na2O+0.658K2O，按折固含量计）…": a comma inside brackets parts nothing
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _limited_quantity(name: str, rules: Rules) -> str:
    """The quantity a name ending in a limit noun bounds ("铅的限量值" -> 铅): only when what stands before
    the noun names a quantity and no kind of limit ("报警限值", "测量上限" keep theirs)."""
    words = rules.clauses
    quantity = words.limited_quantity(name)
    if quantity == name or quantity.endswith(words.limit_qualifiers) or not _names_quantity(quantity, rules):
        return name
    return quantity


def _bounds_by_parts(found: list[Indicator], label: str) -> bool:
    """The sentence of a run-in label bounds a value of the label by a part or a state ("制动距离：干态不大于
    7 m", "噪声：…时，不大于60 dB(A)"): its list may go on past the semicolon; a reference or a state
    ("标签：应符合GB 7718的规定") heads nothing after it."""
    return bool(found) and all(
        i.name == label and i.value is not None and i.comparator in _ORDERED for i in found
    )


_ORDERED = frozenset({"<=", ">=", "<", ">", "range", "tolerance"})


def _enclosed(text: str) -> list[bool]:
    """Per character: inside round brackets that close later in ``text`` (an unclosed bracket of a broken
    line encloses nothing)."""
    depth, depths = 0, []
    for c in text:
        depth += c in "（("
        depths.append(depth)
        depth = max(depth - (c in "）)"), 0)
    closes_by = [0] * (len(text) + 1)  # the least depth from each position on
    closes_by[len(text)] = depth
    for k in range(len(text) - 1, -1, -1):
        closes_by[k] = min(depths[k] - (text[k] in "）)"), closes_by[k + 1])
    return [depths[k] > 0 and closes_by[k] < depths[k] for k in range(len(text))]


@dataclass
class _Pending:
    name: str
    start: int
    end: int
    limit_text_start: int
    conditions: list[str]
    from_title: bool = False
    stated: str | None = None  # the limit restated (a commitment's interval), else the printed text
    outcome: bool = False  # a state the product must not show ("应不起火、不爆炸"): named by a title too
    grade: str | None = None  # "特级≥0.80", "≥1.60 g/100 mL（特级）"
    unit: str | None = None  # printed in the label ("氨基酸态氮（以氮计）/(g/100 mL)：特级≥0.80")
    grades: tuple[str, ...] = ()  # listed before 分别, one for each value ("特级、一级和二级…分别不超过…")


_LIST_MARK = r"\s*(?:[a-z][)）]|\d{1,2}[)）])?\s*"  # "a) ", "1) " before a list item's subject
_PROCEDURE_SUBJECT = re.compile(
    rf"^{_LIST_MARK}(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{{0,11}}?)\s*"
    r"(?:应|须)?\s*(?:[：:]\s*|(?=[-－（(\d０-９]))"
)


def _qualitative(
    body: ClauseText, clause: Clause, document, name: str, start: int, end: int, requirement: str
) -> Indicator:
    """One qualitative requirement named ``name``, printed from ``start`` to ``end`` of the body."""
    return Indicator(
        id=indicator_id(
            document.source.sha256, f"clause:{clause.number}:{body.locator(start)}:0", name, None
        ),
        name=name,
        comparator="qualitative",
        value_text=squeeze_spaces(requirement.replace("\n", "")).strip("。；;"),
        clause=clause.number,
        provenance=body.provenance(start, end, clause.number),
    )


def _procedure_indicator(
    body: ClauseText, s_start: int, s_end: int, clause: Clause, document, rules: Rules
) -> Indicator | None:
    """ "耐热：（40±1）℃保持24 h，恢复至室温后无油水分离现象" (see :func:`is_test_procedure`);
    the subject is the word before the procedure, or the clause title ("4.3.2 耐热：…")."""
    sentence = body.text[s_start:s_end]
    if not is_test_procedure(sentence.replace("\n", ""), rules):
        return None
    subject = _PROCEDURE_SUBJECT.match(sentence)
    words = rules.clauses
    if subject is not None and (
        words.step_opening.match(subject["name"]) or words.step_verb.search(subject["name"])
    ):
        subject = None  # "在带电部件与外壳之间施加1500 V…": a step, not a name; the title names it
    if subject is not None:
        name, start, opens = (
            split_label(subject.group("name"), rules.values.unit_words).name,
            s_start + subject.start("name"),
            subject.end(),
        )
    elif (bare := re.match(r"^\s*[：:]?\s*", sentence)) and (name := _title_name(clause, rules)):
        start, opens = s_start + bare.end(), bare.end()
    else:
        return None
    return _qualitative(body, clause, document, name, start, s_end, body.text[s_start + opens : s_end])


_DESCRIPTION = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff、]{0,11}")


def _named_state(
    body: ClauseText, s_start: int, s_end: int, clause: Clause, document, rules: Rules
) -> Indicator | None:
    """A sensory requirement printed as name + state with no requirement word ("果面洁净，无病虫害、
    无机械伤", "a) 外观均匀一致（…）"): the name must be a qualitative indicator of the lexicon,
    spelt exactly, and the state a short description without numbers."""
    sentence = body.text[s_start:s_end]
    first = _PIECE_SEP.split(sentence, 1)[0]
    at = requirement_start(first, rules)
    if (at is not None and not _is_negation(first, at, rules)) or re.search(r"\d", first):
        return None  # "凝露室内机…不应滴下" is still a named state: a negation names nothing
    lead = re.match(_LIST_MARK, first)
    assert lead is not None  # the list mark is optional: the pattern matches every string
    text = first[lead.end() :]
    lexicon = rules.lexicon
    for length in range(min(8, len(text) - 1), 1, -1):
        name, rest = text[:length], text[length:]
        if not any(spec.dimension == "qualitative" for spec in lexicon.exact(name)):
            continue
        if not _DESCRIPTION.match(rest) or rest.startswith(("的", "和", "及", "与", "类", "等")):
            return None  # "石棉类废物", "石棉等": a kind of thing named after it, no state
        if not _word_ends(text, length):
            return None  # "安全帽的所有部件不应有锐边": 安全 is no word of its own here
        start = s_start + lead.end()
        return _qualitative(body, clause, document, name, start, s_end, body.text[start + length : s_end])
    return None


def _sentence_to_indicators(
    body: ClauseText,
    s_start: int,
    s_end: int,
    clause: Clause,
    document,
    rules: Rules,
    listed: bool = False,
    carried: tuple[str, str | None] | None = None,
    label_start: int | None = None,
    parts_go_on: bool = False,
) -> list[Indicator]:
    """The indicators of the sentence ``body.text[s_start:s_end]``; ``carried``: the name the sentence
    before bounded last and its unit, for a part of it opening this one ("其中纵向…"); ``label_start``:
    where the run-in label heading the sentence starts, before ``s_start`` (its provenance starts there);
    ``parts_go_on``: the sentence goes on with the list of a run-in label ending the one before with a
    semicolon ("温升：绕组应不大于75 K；外壳应不大于60 K"), a part it names is a part of the label's."""
    opening = s_start if label_start is None else label_start  # a labelled procedure or state reads its label
    if (procedure := _procedure_indicator(body, opening, s_end, clause, document, rules)) is not None:
        return [procedure]
    if (state := _named_state(body, opening, s_end, clause, document, rules)) is not None:
        return [state]
    words = rules.clauses
    pending: list[_Pending] = []
    leading: list[str] = []
    pieces = _spans(body.text[s_start:s_end], _PIECE_SEP)
    tested = _ends_in_outcome(body.text[s_start:s_end], pieces, rules)
    shall_at = [
        words.inner_modal(squeeze_spaces(body.text[s_start + a : s_start + b])) is not None for a, b in pieces
    ]
    # a later piece's shall word or bound word ("…，溶液pH值不大于10.5"): the requirement a sample step
    # is run for
    bound_at = [
        shall or words.compared_inside.search(compact(body.text[s_start + a : s_start + b])) is not None
        for shall, (a, b) in zip(shall_at, pieces, strict=True)
    ]
    handled = False  # a step of handling the sample ran before ("离心10 min，转速为4000 r/min")
    conditions_only = False  # after "试验温度为23 ℃±2 ℃": "相对湿度为45%～75%" is the test's too
    parts_of_heading = parts_go_on  # the heading's quantity is bounded part by part ("温升：绕组…，外壳…")
    negated = 0  # where a part's outcome ends ("壶体不应破裂"), read as no indicator of its own
    formula_of = ""  # the quantity a formula of the sentence computes ("能效指数按式（1）计算")
    applies_to: list[str] = []  # the products named before the requirement ("带电源线的吸尘器，…")
    recommended = (
        False  # the piece before recommended ("宜…"): a piece after it with no modal goes on with it
    )
    for n, (a, b) in enumerate(pieces):
        a, b = a + s_start, b + s_start
        piece, previous = body.text[a:b], body.text[s_start:a]
        if _BASIS_PIECE.fullmatch(compact(words.lead.sub("", piece))):
            leading.append(compact(words.lead.sub("", piece)))  # "按质量计，…": the basis of the bounds after
            continue
        at = requirement_start(piece, rules)
        heading_part = False
        if at is not None and (own := _subject_after_heading(piece, at, clause, rules)) is not None:
            at = own  # "4.5 尘满指示：集尘容器的有效容积不小于0.5 L": the sentence names what is bounded
            heading_part = True  # unless that is no quantity ("温升：绕组不大于75 K"): see below
        after_name = _condition_after_name(piece, at, rules) if at is not None else None
        if after_name is not None:  # "绝缘电阻在潮湿试验后应不低于2 MΩ": the limit after the condition
            at = after_name[2] + (requirement_start(piece[after_name[2] :], rules) or 0)
        step = _sample_step(piece, words) and any(bound_at[n + 1 :])
        if (
            at is not None
            and not bound_at[n]
            and ((handled and _step_setting(piece, at, words)) or _handling_step(piece, at, words))
        ):
            # "于150 ℃加热30 min", "离心10 min，转速为4000 r/min": a step of a procedure and its settings
            handled = True
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            continue
        if (tested and n < len(pieces) - 1 or conditions_only or step) and words.inner_modal(
            squeeze_spaces(piece)
        ) is None:
            # "将充满电的电池在20 ℃±5 ℃下短路10 min，电池应不起火、不爆炸": the numbers before the
            # outcome run the test (a procedure step has no shall word), they bound nothing
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            continue
        if at is None and (states := _STATE_LIST.search(piece)) is not None:
            at = states.start("states")  # "电池不起火、不爆炸": outcomes listed with no shall word
        if at is None:
            at = words.commitments.time_limit_at(piece)  # "水电急修15 min内到达现场"
        if at is None and (cycle := words.commitments.cycle.match(words.lead.sub("", piece))):
            if _recommends(cycle.group("owner") or "", words):
                recommended = True
                continue  # "连住客人床上用品宜每3天更换一次": a recommended cycle, nothing else to read
            at = 0  # "每15 d进行一次维护保养"
        events = [c for c in leading if words.condition.search(c) or words.commitments.event.search(c)]
        if recommended and words.inner_modal(squeeze_spaces(piece)) is None and _goes_on(piece, rules):
            continue  # "…宜每日1次～2次，每次10 min～15 min": the recommendation goes on (no subject)
        recommended = False
        if (
            at is not None
            and not _recommends(piece[:at], words)
            and (commitment := _commitment(piece, at, words, events)) is not None
        ):
            events = [words.commitments.event_from(e) for e in events]
            conditions = events + [c for c in commitment.conditions if c not in events]
            name = commitment.name
            cycle = words.commitments.cycle.match(words.lead.sub("", piece))
            if cycle and not cycle.group("owner") and previous:
                name = _shall_owner(previous, words) + name  # "电梯应由…维护保养，每15 d进行一次维护保养"
            pending.append(_Pending(name, a, b, a + at, conditions, stated=commitment.stated))
            leading = []
            continue  # "水电急修15 min内到达现场", "库存盘点每月不少于一次": a service commitment
        if (excess := _height_excess(piece, pending, words)) is not None:
            # "排气筒高度还应高出最高建筑物3 m以上": 排气筒高出最高建筑物的高度, at least 3 m
            name, value_at, stated = excess
            conditions = [c for c in leading if words.condition.search(c) or words.if_word.match(c)]
            pending.append(_Pending(name, a, b, a + value_at, conditions, stated=stated))
            leading = []
            continue
        if words.frequency.search(piece):
            continue  # "每分析一批（最多20个）样品，应至少做10%的平行样": a QC frequency, not a limit
        if words.otherwise.match(piece):
            continue  # "否则该批样品无效": what follows a failed check, no requirement
        if words.no_bound.search(squeeze_spaces(piece.replace("\n", ""))):
            continue  # "能效等级分为3级", "结果修约到0.1%": a division or a rounding rule, no bound
        if is_calculation(piece, rules.scope):
            if (formula := _COMPUTED_BY.match(compact(words.lead.sub("", piece)))) is not None:
                formula_of = formula["name"]  # "…之比的总和按式（1）计算，其值不大于1": the value of 总和
            continue  # "分别乘以能量系数17 kJ/g", "再除以4": a calculation, not a limit
        if words.points_inside.search(piece):
            continue  # "应满足6.3.3.5规定的条件", "应满足公式(B.1)": stated elsewhere in the document
        if at is not None and _APPLIES_TO.match(mask_standard_numbers(piece, rules)[at:]):
            # "额定容量不大于2.5 L的电热水壶，其烧水时间…": the products the clause applies to
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            continue
        if at is not None and n < len(pieces) - 1 and _names_products(piece[at:], document, words):
            # "电源线长度：带电源线的吸尘器，电源线的长度不小于5.0 m": the products the clause holds for
            if not _names_product(compact(piece[at:]).strip("：:"), document, words):
                applies_to.append(compact(piece[at:]).strip("：:"))
            continue  # the title's product itself ("吸入功率：吸尘器，…") restricts nothing
        if at is not None and words.label.search(squeeze_spaces(piece[:at].replace("\n", ""))):
            continue  # "应在包装上标明：…保质期12个月": what the label prints, not a requirement on it
        if at is not None and words.handling.search(squeeze_spaces(piece[:at].replace("\n", ""))):
            continue  # "产品应贮存在温度不高于30 ℃的库房内": how the product is kept, not a property
        if at is None or _is_condition(piece, words) or words.if_word.match(piece):
            # "2.1 字符高度：净含量≤50 mL时，…": the heading's colon opens the condition, no part of it
            leading.append(squeeze_spaces(piece.replace("\n", "")).lstrip("：:").strip())
            continue
        if _recommends(piece[:at], words):
            recommended = True
            continue  # "温度宜不超过30 ℃": a recommendation, not a requirement
        if (share := _off_grade_share(piece[:at], clause, rules)) is not None:
            # "特级、一级和二级允许不符合该等级要求的产品分别不超过3%、5%和10%" under "4.5 容许度"
            name, listed_grades = share
            conditions = [c for c in leading if words.condition.search(c) or _BASIS_PIECE.fullmatch(c)]
            pending.append(_Pending(name, a, b, a + at, conditions, grades=listed_grades))
            leading = []
            continue
        if (absent := _absent_objects(piece, at, document, rules)) is not None:
            # "食用植物油中不得检出矿物油（检出限为0.01%）": what must be absent is named after the bound
            absent_names, absent_in = absent
            events = [c for c in leading if words.condition.search(c) or words.if_word.match(c)]
            for name in absent_names:
                pending.append(
                    _Pending(name, a, b, a + at, [*events, *absent_in, *applies_to], stated="不得检出")
                )
            leading, applies_to = [], []
            continue
        if _POINT_IN_TIME.search(piece[at:]):
            continue  # "开始服务时间应不早于8:00", "…不晚于次月5日": a clock time or a date, no amount
        requirement = compact(words.modal_head.sub("", piece[at:].replace("\n", ""))).rstrip("。；;")
        if requirement in words.empty_requirements or _SYMBOLIC_LIMIT.search(piece):
            continue  # "而加标平行符合要求", "应控制在p±3s内": nothing printed to check against
        if words.calibration_count.search(piece[at:]) or words.step_subject.match(words.lead.sub("", piece)):
            continue  # "至少需5个浓度系列": how the method is run; "将浸提剂按照…": a step
        opening = 0
        if (bounded := _bounded_product(piece[:at], document, words)) is not None:
            # "额定电流大于10 A的热水器所用电源软线的导体标称截面积": which products it holds for, a condition
            applies_to.append(squeeze_spaces(bounded[0].replace("\n", "")).strip())
            opening = bounded[1]
        prefix_condition, prefix = _split_subject_condition(piece[opening:at], words)
        if after_name is not None:
            # the name before 在, and the quantity after the condition and 的 ("烟气…的停留时间")
            prefix_condition, prefix = None, piece[: after_name[0]] + piece[after_name[1] + 1 : after_name[2]]
        if prefix_condition:
            leading.append(prefix_condition)
        taken_over, prefix = _unit_owner(prefix, words)  # "每个服务网点的专职维修人员": per service point
        matrix, prefix = _matrix_in_subject(prefix, document, rules)
        raw = _subject_text(
            prefix,
            words,
            lambda name: _known(name, rules),
            lambda owner: _names_whole_product(owner, document, words),
        )
        grade = None
        if (graded := _GRADED.match(raw)) and rules.tables.grade_header.match(compact(graded["grade"])):
            raw, grade = graded["name"], compact(graded["grade"])  # "…/(g/100 mL)：特级≥0.80"
        label = split_label(raw, rules.values.unit_words) if raw else None
        subject, label_unit = (label.name, label.unit) if label else ("", None)
        if "的" in subject and _names_product(subject.rsplit("的", 1)[0], document, words):
            subject = subject.rsplit("的", 1)[1]  # "恒温壶的安全要求": the product owns it
        elif "的" in subject and _owner_length(
            compact(subject.rsplit("的", 1)[0]), document, words, part=True
        ) == len(compact(subject.rsplit("的", 1)[0])):
            subject = subject.rsplit("的", 1)[1]  # "污泥产物的种子发芽指数": a part of the product owns it
        possessive = words.possessive.match(words.lead.sub("", prefix)) is not None
        conditions_here_owner = ""
        if formula_of and possessive and compact(subject) in _VALUE_OF:
            subject = _subject_text(formula_of, words, lambda name: _known(name, rules))  # 其值: its value
        elif formula_of and possessive and words.statistic.fullmatch(subject):
            subject = formula_of + subject  # "吸水率按式（1）计算，其平均值…": 吸水率平均值
        elif subject and leading and words.possessive.match(words.lead.sub("", prefix)):
            owner = _owner(leading[-1])  # "…的绳索，其自由长度": 绳索自由长度
            if _known(_BRACKETS.sub("", compact(subject)), rules):
                # "用于生产薯片的马铃薯原料，其还原糖含量…": a quantity of the lexicon, its owner a condition
                if not _names_product(owner, document, words):
                    conditions_here_owner = owner
            else:
                subject = ("" if _names_product(owner, document, words) else owner) + subject
        if (concessive := _CONCESSIVE_OPENING.match(compact(subject))) is not None:
            subject = compact(subject)[concessive.end() :]  # "但出厂时菌落总数不得超过…": 但 names nothing
            when = re.match(r"(?P<when>[\u4e00-\u9fff]{2,6}时)(?P<rest>.{2,})$", subject)
            if when and _known(_BRACKETS.sub("", when["rest"]), rules):
                subject, conditions_here_owner = when["rest"], when["when"]  # 出厂时, a condition
        if words.concessive.match(compact(subject)) and leading:
            # "农村地区的上门服务时间由双方约定，但不得超过72 h": the subject of the piece before
            agreed = words.agreed_by.split(leading[-1], 1)[0]
            subject = (
                _subject_text(agreed, words, lambda name: _known(name, rules))
                if agreed != leading[-1]
                else ""
            )
        subject, conditions_here = _subject_period(subject, words)
        if conditions_here_owner:
            conditions_here.insert(0, conditions_here_owner)
        # the last named by the heading (or, going on past a semicolon, nothing named yet)
        headed = pending[-1].name == _title_name(clause, rules) if pending else parts_go_on
        part = (heading_part or (parts_of_heading and headed)) and bool(subject)
        if (
            part
            and not _names_quantity(subject, rules)
            and not _owned_property(subject)
            and not rules.tables.grade_header.match(compact(subject))
            and not _grade_list(subject, rules)
            and _graded_basis(compact(subject), rules) is None
        ):
            # "温升：电动机绕组应不大于75 K，外壳应不大于60 K": a part under the heading's quantity; the
            # product itself ("水分：成品不大于12%") restricts nothing
            if not _names_product(subject, document, words):
                conditions_here.insert(0, subject)
            subject = "" if heading_part or not pending else pending[-1].name
            parts_of_heading = True
        if after_name is not None:
            condition = squeeze_spaces(piece[after_name[0] : after_name[1]].replace("\n", ""))
            inside = re.fullmatch(r"在(.+)中", compact(condition))
            if not (inside and _names_product(inside[1], document, words)):
                conditions_here.insert(0, condition)  # "残留溶剂在成品中…": the product itself, no condition
            if subject and pending and not _names_quantity(subject, rules):
                # "温升应不大于60 K，其中手柄在连续工作时应不大于30 K": a part of the product, not a name
                conditions_here.insert(0, words.subject_noise.sub("", subject))
                subject = pending[-1].name
        before_name, before_unit = (
            (pending[-1].name, _first_unit(body.text[pending[-1].limit_text_start : pending[-1].end], rules))
            if pending
            else carried or ("", None)
        )
        if subject and before_name and words.part_opener.match(compact(words.lead.sub("", prefix))):
            part_name = words.part_opener.sub("", compact(subject))
            own_unit = _first_unit(piece[at:], rules)
            if (
                len(part_name) > 1  # "其中氮不低于8%": an element is a quantity of its own
                and not _names_quantity(part_name, rules)
                and part_name[-1] not in before_name  # 乳蛋白质 of 蛋白质含量, 乙酸 of 总酸: a kind of it
                and (before_unit is None or own_unit is None or before_unit == own_unit)
            ):
                # "拉伸强度应不小于20 MPa，其中纵向不小于25 MPa": a part of the quantity bounded before
                conditions_here.insert(0, part_name)
                subject = before_name
        if matrix:
            conditions_here.insert(0, matrix)
        if taken_over:
            conditions_here.insert(0, taken_over)
        if compact(subject) in words.method_subjects:
            continue  # "检验按GB 4789.40执行": the test method, no requirement
        if subject.strip() in words.plan_symbols:
            continue  # "…应不得检出（n=3，c=0，m=0/10 g）": the plan of the requirement before
        if compared := _compared_pair(subject, words):
            # "样品中内标的保留时间与…校准曲线中内标的保留时间偏差": 内标保留时间偏差
            subject, between = compared
            conditions_here += [between] if between else []
        elif computed := words.statistic_of(subject):
            # "平行样测定结果相对偏差": 相对偏差, computed on 平行样测定结果
            subject = computed["statistic"]
            conditions_here.append(computed["on"].strip().removesuffix("的"))
            if computed.re is words.owned_statistic and _run_in_kind(body.text, clause, rules):
                conditions_here.insert(
                    0, compact(clause.title)
                )  # "9.6 替代物：2-氟联苯的回收率…": which recovery
        emitted = any(w in prefix for w in words.spec.subjects.emitters)  # 近耳玩具发出的…: kept whole
        if not emitted and (variant := _product_variant(subject, document, words)) is not None:
            conditions_here.insert(
                0, variant
            )  # "硅酸盐水泥初凝", "特殊型安全帽质量": the variant a condition
            subject = subject[len(variant) :]
        elif (owned := _product_owner(subject, document, words)) is not None:
            subject, owned_by = owned  # "电动机额定功率因数": 额定功率因数; "口罩材料原发性刺激记分"
            conditions_here[:0] = owned_by
        if _runs_the_test(piece, subject, any(shall_at[n + 1 :]) and not shall_at[n], document, words):
            # "电池在25 ℃±5 ℃下以0.5C充放电，循环300次后容量保持率应不低于80%": the product run through
            # the test with no shall word and no bound, before the requirement
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            continue
        lead_grades: tuple[str, ...] = ()
        if (graded_basis := _graded_basis(compact(subject), rules)) is not None and (
            graded_basis[2] or (pending and parts_of_heading) or _title_name(clause, rules)
        ):
            # "一等品和合格品每只不超过1处", "白金宿每3间客房配备服务人员不少于1名": the grades bounded, the
            # unit counted over a condition, the rest (after a verb of providing) the name
            lead_grades, basis, subject = graded_basis
            conditions_here.append(basis)
            if not subject and pending and parts_of_heading:
                subject = pending[-1].name
        if (every := words.commitments.period_end.search(compact(subject))) is not None:
            # "营业时间每周不少于6 d，每日不少于8 h": the period is a condition of the name before it
            conditions_here.append(every.group())
            subject = compact(subject)[: every.start()] or (pending[-1].name if pending else "")
            if not subject:
                continue  # "每年至少进行一次体检": a period names nothing
        elif (every := words.commitments.period_start.match(compact(subject))) is not None:
            conditions_here.append(every.group())  # "每年在岗培训不少于16学时": 在岗培训, every year
            subject = compact(subject)[every.end() :]
        elif words.commitments.period_only.fullmatch(compact(subject)):
            continue  # "每次不少于30 min", "每件不少于500 g": a count or a sampled unit names nothing
        subject = words.leading_verb.sub("", subject)  # "每年接受在岗培训": 在岗培训
        subject = _BASIS_CONTENT.sub(r"\g<basis>", subject)  # "铅（以Pb计）含量": 铅（以Pb计）
        subject, event = _event_in_subject(subject, words)
        if event:
            conditions_here.append(event)  # "到达后实施救援的时间": 实施救援的时间, once arrived
        listed_grades = _grade_list(subject, rules)
        if listed_grades:  # "色差：优等品不低于4级；一等品和合格品不低于3级": each grade listed bounded
            subject = pending[-1].name if pending else ""
        elif subject and rules.tables.grade_header.match(compact(subject)):
            # "…，一级≥0.70": the name before; "4.2 氨基酸态氮 / 特级≥0.80": the title
            subject, grade = (pending[-1].name if pending else ""), compact(subject)
        elif len(lead_grades) == 1:
            grade = lead_grades[0]
        elif lead_grades:
            listed_grades = lead_grades
        if words.condition_subject.match(compact(subject)):
            conditions_only = True  # "试验温度为23 ℃±2 ℃", "贮存温度5 ℃～35 ℃": a condition, no indicator
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            continue
        if pending and words.statistic.fullmatch(subject):
            subject = words.statistic.sub("", pending[-1].name).strip() + subject  # 吸水率…，单个值
        if not subject and conditions_here and pending:
            subject = pending[-1].name  # "…冬季不低于18℃，夏季不高于28℃"
        if (led := _LIMIT_CONDITION.match(piece[at:])) is not None:
            # "破坏强度：厚度≥7.5 mm时不小于1300 N，厚度<7.5 mm时不小于700 N"
            condition = led.group("condition").strip()
            if not re.match(r"[\u4e00-\u9fff]", condition):  # the subject is the condition's quantity
                condition, subject = subject + condition, pending[-1].name if pending else ""
            conditions_here.append(squeeze_spaces(condition))
            at += led.end()
        outcome = _is_outcome(piece, at, rules)
        if outcome and _names_product(subject, document, words):
            subject = ""  # "电池应不起火": the product itself; the test or the clause names it
        elif outcome and subject and _is_negation(piece, at, rules):
            leading.append(squeeze_spaces(piece.replace("\n", "")))
            negated = negated or b
            continue  # "绝缘应不击穿": a part's outcome in a test, no indicator of its own
        if not subject and pending and (_continues(piece) or (outcome and _named(pending[-1]))):
            pending[-1].end = b  # "具有该品种应有的形态，不破损、不变形": one requirement
            continue
        if not subject and leading and (expressed := _EXPRESSED_AS.match(leading[-1])) is not None:
            # "硅酸盐水泥的细度以比表面积表示，应不低于300 m²/kg": 比表面积, for 硅酸盐水泥
            subject = expressed["measure"]
            conditions_here += [expressed["owner"]] if expressed["owner"] else []
            leading = leading[:-1]
        test = _test_name(leading, words) if outcome and not subject else ""
        name = subject or test or ("" if outcome and listed else _title_name(clause, rules))
        conditions = [
            c
            for c in leading
            if (words.condition.search(c) or words.if_word.match(c) or _BASIS_PIECE.fullmatch(c))
            and not (test and test in c)
        ]
        conditions += applies_to + conditions_here
        applies_to = []
        # "4.3.2 可分解致癌芳香胺染料：禁用" names its requirement by the heading and a colon.
        titled = not subject and (bool(test) or piece.lstrip().startswith(("：", ":")))
        if not subject and not test and name:
            # "4.2 氨基酸态氮/(g/100 mL)：…"
            label_unit = split_label(squeeze_spaces(clause.title), rules.values.unit_words).unit
        unit = label_unit or (pending[-1].unit if grade and pending and name == pending[-1].name else None)
        pending.append(
            _Pending(
                name,
                label_start if label_start is not None and a == s_start else a,
                b,
                a + at,
                conditions,
                from_title=not subject and not titled,
                outcome=outcome,
                grade=grade,
                unit=unit,
                grades=listed_grades,
            )
        )
        leading = []
    out: list[Indicator] = []
    for p in pending:
        if not p.name:
            continue
        if compact(p.name) in words.actors and not words.compared_inside.search(
            compact(body.text[p.start : p.end])
        ):
            continue  # "服务机构应为服务人员购买意外伤害保险": who acts, an obligation, no quantity
        out.extend(statistic_interval(i, words) for i in _to_indicators(body, p, clause, document, rules))
    if not out and negated and (labelled := _labelled_outcome(body, s_start, s_end, clause, document, rules)):
        out.append(labelled)
    return out


def _labelled_outcome(
    body: ClauseText, s_start: int, s_end: int, clause: Clause, document, rules: Rules
) -> Indicator | None:
    """ "跌落：带包装的恒温壶从800 mm高度自由跌落后，壶体不应破裂、功能正常": a test run on the product
    and the states its parts must not show, under a run-in label that names the requirement."""
    words = rules.clauses
    sentence = words.lead.sub("", squeeze_spaces(body.text[s_start:s_end].replace("\n", "")))
    found = _RUN_IN_LABEL.match(sentence)
    # the label, or the clause title when the heading took it ("4.5.3 跌落：…")
    label = found["label"] if found else (_title_name(clause, rules) if sentence[:1] in "：:" else "")
    if not label or words.introduces_names(label) or len(label) > 6:
        return None
    opens = body.text.find("：", s_start, s_end)
    opens = opens if opens >= 0 else body.text.find(":", s_start, s_end)
    start = s_start + len(body.text[s_start:s_end]) - len(body.text[s_start:s_end].lstrip())
    return _qualitative(body, clause, document, label, start, s_end, body.text[opens + 1 : s_end])


def _goes_on(piece: str, rules: Rules) -> bool:
    """The piece bounds no subject of its own ("每次10 min～15 min", "每次不少于30 min"): it continues the
    piece before; "相对湿度不大于75%", "每次沐浴时间不超过10 min" name their own."""
    at = requirement_start(piece, rules)
    if at is None:
        return True
    before = re.sub(r"^每[次日周月年天餐件]", "", compact(rules.clauses.lead.sub("", piece[:at])))
    return _IDEOGRAPH.search(before) is None


def _sample_step(piece: str, words: ClauseWords) -> bool:
    """The piece is a step of handling the sample ("取样品100 g", "加水200 mL", "煮沸5 min后"): it opens with
    a word of [subjects].step_openers and states no bound of its own."""
    text = compact(words.lead.sub("", piece))
    tokens = default_tokenizer().lcut(text, HMM=False)
    return bool(tokens) and tokens[0] in words.step_openers and words.compared_inside.search(text) is None


def _handling_step(piece: str, at: int, words: ClauseWords) -> bool:
    """The words before the piece's number end in a verb of handling the sample ([subjects].handling_verbs:
    "于150 ℃加热30 min", "用水稀释至50 mL"), so the piece is a step of a procedure; the caller has checked
    it holds no shall word and no bound."""
    return words.handling_verb.search(compact(words.lead.sub("", piece[:at]))) is not None


def _step_setting(piece: str, at: int, words: ClauseWords) -> bool:
    """After a step, a piece naming nothing or a setting of the step ([subjects].step_settings: "转速为4000
    r/min", "温度为105 ℃") is the step's; one naming a quantity of the product ("吸水率为3%～5%") is read."""
    subject = compact(words.modal_head.sub("", words.lead.sub("", piece[:at])))
    return not subject or words.step_setting.fullmatch(subject) is not None


def _ends_in_outcome(sentence: str, pieces: list[tuple[int, int]], rules: Rules) -> bool:
    """The sentence ends in a state the product must not show after a test run before it ("…短路10 min，
    电池应不起火、不爆炸"), with a shall word."""
    if len(pieces) < 2:
        return False
    last = sentence[pieces[-1][0] : pieces[-1][1]]
    at = requirement_start(last, rules)
    shall = rules.clauses.inner_modal(squeeze_spaces(last)) is not None
    return at is not None and shall and _is_outcome(last, at, rules)


# A bound on a value, its unit, 的 and a noun ending the piece: the products or parts the clause is about.
_APPLIES_TO = re.compile(
    r"^\s*[^\d，,。；;]{0,6}?[-+]?\d[\d.]*\s*[A-Za-zμ%℃°²³/]{0,6}\s*的[\u4e00-\u9fff]{1,12}\s*[。；;]?\s*$"
)


# The products a clause holds for, named alone after a run-in heading: "带电源线的吸尘器", "湿式吸尘器".
_PRODUCTS_NAMED = re.compile(r"^[：:]?(?:[\u4e00-\u9fff]{1,12}的)?(?P<product>[\u4e00-\u9fff]{2,12})$")


def _names_products(text: str, document, words: ClauseWords) -> bool:
    """``text`` (a piece's requirement, a comma piece before another) only names a kind of the product
    ("带电源线的吸尘器": the product after 的, or a phrase ending in the product's name)."""
    named = _PRODUCTS_NAMED.match(compact(text))
    if named is None or words.inner_modal(named.group()) is not None:
        return False
    product = named["product"]
    return any(_names_product(product[i:], document, words) for i in range(len(product) - 1))


# A subject naming a grade after a colon: "氨基酸态氮（以氮计）/(g/100 mL)：特级" (the grade checked
# against the grade words of tables.toml [grades]).
_GRADED = re.compile(r"^(?P<name>.+?)\s*[：:]\s*(?P<grade>[^：:，,]{1,6})$")


def _runs_the_test(piece: str, subject: str, shall_later: bool, document, words: ClauseWords) -> bool:
    """A procedure step before the requirement of its sentence: no shall word in the piece but one
    later, no bound printed (≤, 不大于), and no subject but the product ("电池在25 ℃±5 ℃下以0.5C充放电",
    "电池充满电后在20 ℃±5 ℃下储存28 d")."""
    if not shall_later or words.bounds.search(squeeze_spaces(piece)) or not re.search(r"\d", piece):
        return False  # a step runs the test with numbers (temperatures, currents, durations)
    # "在室温（20±5）℃下", "向杯内注满（95±1）℃的热水": a preposition opens the step
    return not subject or _names_product(subject, document, words) or bool(words.step_opening.match(subject))


# Outcomes listed with no shall word: "不起火、不爆炸", "无破损、无变形" at the end of a piece.
_STATE_LIST = re.compile(r"(?P<states>(?:[不无未][\u4e00-\u9fff]{1,3}、)+[不无未][\u4e00-\u9fff]{1,3})\s*$")


def _is_outcome(piece: str, at: int, rules: Rules) -> bool:
    """The requirement is a state the product must not show ("应不起火", "不得漏液", "不起火、不爆炸")."""
    rest = mask_standard_numbers(piece, rules)[at:]
    if rules.clauses.comparator_phrase.match(rest):
        return False  # "应不大于", "不得检出": a comparator, not a state
    return bool(rules.clauses.outcome.match(rest) or _STATE_LIST.match(rest.strip()))


# A condition on another quantity before the limit: "厚度≥7.5 mm时不小于1300 N" (厚度≥7.5 mm时).
_LIMIT_CONDITION = re.compile(
    r"^\s*(?P<condition>[\u4e00-\u9fff]{0,8}\s*[≤≥<>＜＞]\s*\d[\d.]*\s*[^\s，,\d≤≥<>＜＞]{0,6}?\s*时)"
    r"(?=\s*(?:应)?\s*[≤≥<>＜＞不大小低高])"
)


def _subject_period(subject: str, words: ClauseWords) -> tuple[str, list[str]]:
    """ "居室温度冬季" -> ("居室温度", ["冬季"]): a period ending a subject is a condition; so is a period or
    a state of the test opening one whose rest names a quantity ([subjects].quantity_heads): "冷态绝缘电阻"
    -> ("绝缘电阻", ["冷态"])."""
    if subject in words.spec.conditions.periods:
        return "", [subject]
    if (head := words.period_head.match(subject)) and subject.endswith(words.quantity_heads):
        return subject[head.end() :], [head["period"]]
    found = words.period_tail.search(subject)
    return (subject[: found.start()], [found.group("period")]) if found else (subject, [])


def _named(p: _Pending) -> bool:
    """The indicator has a name of its own or states an outcome ("滋味和气味：具有…"), not a method."""
    return p.outcome or not p.from_title


def _is_negation(piece: str, at: int, rules: Rules) -> bool:
    """The requirement opens only with a negated state ("应不击穿", "不起火、不爆炸")."""
    rest = mask_standard_numbers(piece, rules)[at:]
    if rules.clauses.comparator_phrase.match(rest):
        return False
    return bool(rules.clauses.negated_state.match(rest) or _STATE_LIST.match(rest.strip()))


def _names_product(subject: str, document, words: ClauseWords) -> bool:
    """The subject is the product the standard is about ("产品", "电池" in 锂离子电池, or the short
    name the scope gives it: "恒温电热水壶（以下简称恒温壶）")."""
    key = compact(subject)
    if not key or key in words.product_words:
        return bool(key)
    title = compact(document.metadata.title or "")
    whole = next((w for w in words.whole_product if key.endswith(w) and len(key) > len(w) + 1), None)
    if whole and _names_product(key[: -len(whole)], document, words):
        return True  # "牙刷整机": the product as a whole (else the title decides: "空调机组" is the product)
    return len(key) >= 2 and (title.endswith(key) or key in _short_names(document))


VARIANT_REST = 2  # characters: the quantity left after a product variant ("初凝", "质量")


def _product_variant(subject: str, document, words: ClauseWords) -> str | None:
    """A kind of the product opening the subject, named by a modifier and the title's head noun
    ("硅酸盐水泥初凝" in 通用硅酸盐水泥, "特殊型安全帽质量" in ABS塑料安全帽, "普通硅酸盐水泥和
    矿渣硅酸盐水泥初凝"): the variant, or None.  The head noun is the title's last two to four
    ideographs."""
    title = compact(document.metadata.title or "")
    key = compact(subject)
    if key != subject or "的" in key or title.endswith(tuple(words.spec.titles.generic_heads)):
        return None  # a service or a document kind ("家政服务", "…规范") has no product variants
    for n in (4, 3, 2):
        noun = title[-n:]
        if len(noun) < n or not _IDEOGRAPHS.fullmatch(noun):
            continue
        at = key.rfind(noun)
        if at > 0 and len(key) - at - n >= VARIANT_REST and _IDEOGRAPHS.fullmatch(key[: at + n]):
            return key[: at + n]
    return None


_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
# After the product's name, what cannot open a quantity's name: a preposition or conjunction
# ("口罩中", "口罩与…").
_NOT_AFTER_OWNER = re.compile(r"^[中内上下外的和及与或、在对]")
OWNED_NAME = 3  # characters at least in the quantity named after the product
# An event of the product before the quantity: "离开火焰后续燃时间" (续燃时间, once it left the flame).
_EVENT_THEN_NAME = re.compile(r"^(?P<event>[\u4e00-\u9fff]{2,8}?后)(?P<name>[\u4e00-\u9fff]{2}.*)$")


def _product_owners(document) -> tuple[str, ...]:
    """The product's names a subject may open with: the endings of the title's product phrase at a
    word boundary (医用外科口罩 -> 医用外科口罩, 外科口罩, 口罩), longest first, without those made only
    of a document kind's head (服务, 规范: [titles].generic_heads are no product)."""
    from std_extract.classify.signals import title_product  # the product phrase the classifier reads

    phrase = compact(title_product(document.metadata.title or "")).split(" ")[-1]
    if not _IDEOGRAPHS.fullmatch(phrase or "-"):
        return ()
    tokens = default_tokenizer().lcut(phrase, HMM=False)
    endings = ["".join(tokens[i:]) for i in range(len(tokens))]
    return tuple(e for e in endings if len(e) >= 2)


def _owner_length(key: str, document, words: ClauseWords, *, part: bool = False) -> int:
    """How many characters at the start of ``key`` name the product (and one of its parts after it:
    "口罩材料", "污泥产物"; required with ``part``); 0 when it does not open with the product's name
    followed by a word of two characters or more ("口罩|材料", not "口罩|带长度": 口罩带 is a part of
    its own, the name's own word)."""
    generic = set(words.spec.titles.generic_heads)
    for owner in (*_product_owners(document), *_named_products(key, words)):
        if owner in generic or not key.startswith(owner) or not _word_starts(key, len(owner)):
            continue
        after = key[len(owner) :]
        kind = next((w for w in words.product_parts if after.startswith(w)), "")
        if part and not kind:
            continue
        return len(owner) + len(kind)
    return 0


# The product words that end a phrase naming the product; a sample (样品, 试样) is what a method tests:
# "固体废物加标样品回收率" names the spiked sample's recovery (HJ 950), not a quantity of the product.
PRODUCT_HEADS = ("产品", "成品")


def _named_products(key: str, words: ClauseWords) -> tuple[str, ...]:
    """The product named by a phrase ending in a product word at the start of ``key``
    ("单件定量包装产品净含量负偏差": 单件定量包装产品), longest first."""
    found, start = [], 0
    for token in default_tokenizer().lcut(key, HMM=False):
        start += len(token)
        if token in PRODUCT_HEADS and token in words.product_words and start > len(token):
            found.append(key[:start])
    return tuple(reversed(found))


def _word_starts(key: str, at: int) -> bool:
    """A word of two characters or more starts at ``at`` of ``key`` (jieba's words)."""
    start = 0
    for token in default_tokenizer().lcut(key, HMM=False):
        if start == at:
            return len(token) >= 2
        start += len(token)
    return False


def _product_owner(subject: str, document, words: ClauseWords) -> tuple[str, list[str]] | None:
    """ "电动机额定功率因数" -> ("额定功率因数", []); "口罩材料原发性刺激记分" -> ("原发性刺激记分",
    ["口罩材料"]); "口罩离开火焰后续燃时间" -> ("续燃时间", ["口罩离开火焰后"]): a subject opening
    with the product's name (:func:`_product_owners`) names the quantity after it; a part of the
    product ([subjects].product_parts) or an event of it ("…后") before the quantity is a condition."""
    key = compact(subject)
    if key != subject or "的" in key or not _IDEOGRAPHS.fullmatch(key):
        return None
    at = _owner_length(key, document, words)
    rest = key[at:]
    if not at or len(rest) < OWNED_NAME or _NOT_AFTER_OWNER.match(rest):
        return None
    condition = key[:at] if any(key[:at].endswith(w) for w in words.product_parts) else ""
    if (event := _EVENT_THEN_NAME.match(rest)) is not None:
        return event["name"], [key[:at] + event["event"]]
    return rest, [condition] if condition else []


_SHORT_NAME = re.compile(r"以下简称\s*[“\"「]?(?P<name>[\u4e00-\u9fff]{1,8}?)[”\"」]?\s*[)）]")


_SHORT_NAMES: dict[int, tuple[object, frozenset[str]]] = {}  # the last documents read, by id


def _short_names(document) -> frozenset[str]:
    """The short names a document gives its product ("（以下简称恒温壶）"), from its first pages;
    kept for the last few documents (the document itself is held, so its id is not reused)."""
    held = _SHORT_NAMES.get(id(document))
    if held is not None and held[0] is document:
        return held[1]
    texts = (line.text for page in document.pages[:4] for line in page.lines)
    found = frozenset(m["name"] for text in texts for m in _SHORT_NAME.finditer(text))
    if len(_SHORT_NAMES) >= 4:
        _SHORT_NAMES.clear()
    _SHORT_NAMES[id(document)] = (document, found)
    return found


def _test_name(leading: list[str], words: ClauseWords) -> str:
    """The test a condition names ("按GB 6675.2进行跌落试验后" -> 跌落试验), which names the outcome
    after it."""
    for piece in reversed(leading):
        if (found := words.test_run.search(piece)) is not None:
            return found.group("test")
    return ""


def _commitment(piece: str, at: int, words: ClauseWords, events: list[str]) -> Commitment | None:
    """A time limit, frequency or interval of a service (:mod:`std_extract.extract.commitments`);
    ``events``: the events printed before it in the sentence."""
    if _recommends(piece[:at], words):
        return None
    subject = words.lead.sub("", squeeze_spaces(piece[:at].replace("\n", "")))
    event = events[-1] if events else ""
    return words.commitments.read(subject, squeeze_spaces(piece[at:].replace("\n", "")), event)


_OWNER = re.compile(r"[\u4e00-\u9fff]{1,8}$")


def _shall_owner(piece: str, words: ClauseWords) -> str:
    """The subject of the piece before, up to its shall word ("电梯应由具有资质的单位维护保养" -> 电梯),
    when it is a short noun; else nothing."""
    text = words.lead.sub("", squeeze_spaces(piece))
    cut = min((i for w in words.shall if (i := text.find(w)) > 0), default=-1)
    return text[:cut] if cut > 0 and _OWNER.fullmatch(text[:cut]) else ""


def _owner(piece: str) -> str:
    """The noun a possessive (其) refers to: the head of the piece before, after its last 的
    ("供18个月以下儿童使用的玩具上的绳索" -> 绳索); nothing when the piece is no noun phrase."""
    head = piece.rsplit("的", 1)[-1].strip()
    return head if "的" in piece and _OWNER.fullmatch(head) else ""


def _is_condition(piece: str, words: ClauseWords) -> bool:
    """ "在55℃条件下", "环境温度25℃时": a test state that qualifies the limit after it."""
    text = squeeze_spaces(piece.replace("\n", ""))
    if "应" in text or not words.condition.search(text):
        return False
    return not words.bounds.search(text) or _bounded_when(text, words)


def _bounded_when(piece: str, words: ClauseWords) -> bool:
    """ "水温＞12 ℃时", "净含量≤50 mL时": a bound ending in 时 picks out when the limit after it holds (a
    state of the product or its medium, no test run and no requirement)."""
    text = squeeze_spaces(piece.replace("\n", ""))
    # the bound's unit before 时 (mL, ℃, %): "不少于两小时", "不迟于18时" bound an hour, no condition
    unit_before = re.search(r"[^\d\s\u4e00-\u9fff]\s*时$", text) is not None
    return unit_before and "应" not in text and words.bounds.search(text) is not None


def _continues(piece: str) -> bool:
    """ "或者≤2.0", "且≥5" continue the indicator before them."""
    return bool(re.match(r"^\s*(?:或者?|或|且|并且|而且)?\s*(?:应)?\s*[≤≥<>＜＞不小大低高]", piece))


def _recommends(prefix: str, words: ClauseWords) -> bool:
    """The words before the limit end in a recommendation (宜, 不宜, 建议: comparators.toml [modal])."""
    should = words.should
    text = squeeze_spaces(prefix.replace("\n", ""))
    # a word of two characters or more (建议, 推荐) recommends wherever it stands before the limit,
    # unless it opens an amount another quantity is measured in ("每日推荐摄入量中咖啡因的含量");
    # 宜 only at the end (适宜温度 is a name)
    return bool(should) and (
        text.endswith(should)
        # 宜 a word of its own inside ("抚触宜每日1次～2次"), not in 适宜, 便宜
        or any(t in should and "宜" in t for t in default_tokenizer().lcut(compact(text), HMM=False))
        or any(
            len(w) > 1 and not _RECOMMENDED_AMOUNT.match(text, at + len(w))
            for w in should
            for at in _occurrences(text, w)
        )
    )


# A quantity computed by a formula of the document ("能效指数按式（1）计算", "…之比的总和按公式（2）计算"); a
# subject that is only its value after 其 ("其值不大于1") names that quantity.
_COMPUTED_BY = re.compile(
    r"^(?P<name>[\u4e00-\u9fffA-Za-z（）()]{2,40}?)(?:应|可)?(?:按|由|用)(?:公式|下式|式)\s*"
    r"(?:[（(]\s*[A-Z]?\.?\d+\s*[)）])?(?:进行)?计算(?:得出|得到)?$"
)
_VALUE_OF = frozenset({"值", "数值", "计算值", "计算结果", "结果"})


# The amount a word of recommendation names, as the matrix of another quantity ("推荐摄入量中咖啡因的
# 含量"); a recommended amount bounded itself ("建议用量不超过5 g/kg") stays a recommendation.
_RECOMMENDED_AMOUNT = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:量|值)(?:中|里|的)[\u4e00-\u9fff]")


def _occurrences(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


# A condition printed between the name and its limit (GB/T 1.1 phrasing: "绝缘电阻在潮湿试验后应不低于2 MΩ",
# "泄漏电流在额定电压下不得大于0.75 mA", "压缩机运转率在环境温度为32 ℃时应不大于70%"): 在 opens it, one of
# these words closes it, and the shall word or the comparator follows at once.
_CONDITION_CLOSE = re.compile(r"条件下|情况下|状态下|过程中|期间|以上|以下|下|时|后|内|中")
_LIMIT_OPENS = re.compile(
    r"\s*(?:应|须|必须|不得|不应|[≤≥<>＜＞]|不[大小低高超少多]|小于|大于|低于|高于|超过)"
)
# the name before 在: an element ("铅在饮用水中") or more, no punctuation, no number (a condition's)
_NAME_BEFORE_CONDITION = re.compile(r"[\u4e00-\u9fffA-Za-z（(][\u4e00-\u9fffA-Za-z（）()]{0,23}")
_CONNECTIVES = frozenset("但而且并或和及则都均也还仍亦再另即")
CONDITION_AFTER_NAME = 30  # characters at most between 在 and the word closing the condition


# the quantity after a condition and 的, before the limit: "（在该温度以上）的停留时间"
_OWNED_AFTER_CONDITION = re.compile(
    r"的(?P<quantity>[\u4e00-\u9fff]{2,8}?)"
    r"(?=\s*(?:应|须|必须|不应|不得|不宜|不[大小低高超少多短长]|[≤≥<>＜＞]))"  # 不均匀度, 不确定度 are names
)


def _condition_after_name(piece: str, at: int, rules: Rules) -> tuple[int, int, int] | None:
    """Where a condition printed after the name starts (at its 在) and ends, and where the name goes on
    to (the end of the condition, or of a quantity after it and 的: "烟气在该温度以上的停留时间" is
    烟气停留时间), when the limit follows at once and no requirement word comes before it; None
    otherwise.  在 must be a word of its own ("存在", "所在", "现在" are not) and the name before it a name
    ("接听电话应在铃响三声内应答": the 在 follows the shall word, it belongs to the requirement)."""
    lead = rules.clauses.lead.match(piece)
    start = lead.end() if lead else 0
    opens = piece.find("在", start)
    if opens < 0 or opens > at or not _NAME_BEFORE_CONDITION.fullmatch(piece[start:opens].strip()):
        return None
    name = piece[start:opens].strip()
    if name in _CONNECTIVES or name.endswith(("但", "而")):
        return None  # "但在动物性食品中不得检出": a conjunction, no name
    if rules.clauses.inner_modal(name) is not None or not _word_at(piece[start:], opens - start, "在"):
        return None
    for close in _CONDITION_CLOSE.finditer(piece, opens + 2, opens + 1 + CONDITION_AFTER_NAME):
        rest = piece[close.end() :]
        if "，" in piece[opens : close.end()] or "," in piece[opens : close.end()]:
            return None
        if _LIMIT_OPENS.match(rest) and requirement_start(rest, rules) is not None:
            return opens, close.end(), close.end()
        # "烟气在该温度以上的停留时间应不少于2 s": the quantity after the condition and 的
        if (
            (owned := _OWNED_AFTER_CONDITION.match(rest))
            and _LIMIT_OPENS.match(rest[owned.end() :])
            and "的" not in piece[opens : close.end()]  # "在样品中的保留时间与…中": no condition, a reading
        ):
            return opens, close.end(), close.end() + owned.end()
    return None


# Words ending in 中 that name no place of the quantity: "其中小碎米含量", "集中空调".
_NOT_MATRIX = frozenset(
    {"其中", "集中", "之中", "居中", "适中", "命中", "正中", "当中", "从中", "空中", "途中"}
)
_MATRIX_OPENERS = re.compile(r"^(?:但|而|且|并)?\s*在?")
# a matrix is a noun phrase of ideographs (food, water, a tissue, "皮+脂", "家禽（产蛋期禁用）的肌肉"), opened
# by no preposition
_MATRIX = re.compile(r"(?![对按经以由从用于将])[\u4e00-\u9fff][\u4e00-\u9fff（）()+＋、]*")


def _matrix_in_subject(prefix: str, document, rules: Rules) -> tuple[str, str]:
    """ "强化食品中营养素的实际含量" -> ("", "营养素的实际含量"); "饮用水中溴酸盐" -> ("饮用水", "溴酸盐");
    "肝中" -> ("肝", ""): the matrix a quantity is measured in (food, water, a tissue) opens the subject
    and ends in 中, a word of its own (jieba); it is a condition, or nothing when it names the
    product.  With nothing after it, the piece continues the name before ("…肌肉中X的残留量应不超过500
    μg/kg，肝中应不超过3000 μg/kg").  A name of the lexicon stays whole ("容器中状态")."""
    words = rules.clauses
    text = words.lead.sub("", squeeze_spaces(prefix.replace("\n", "")))
    key = compact(text).strip("：:")
    if not key or rules.lexicon.exact(key) or "中" not in key:
        return "", prefix
    start = 0
    for token in default_tokenizer().lcut(key, HMM=False):
        start += len(token)
        if token == "中" or (len(token) == 2 and token.endswith("中") and token not in _NOT_MATRIX):
            break
    else:
        return "", prefix
    matrix = _MATRIX_OPENERS.sub("", key[: start - 1])
    rest = key[start:]
    if not _MATRIX.fullmatch(matrix) or words.inner_modal(matrix) is not None or (rest and len(rest) < 2):
        return "", prefix  # "对GB/T 699中规定的20号钢材": a document cited, a preposition: no matrix
    media = (*words.matrix_heads, *words.product_words, *words.product_parts)  # the product, its parts
    product = _names_product(re.sub(r"^[该本此]", "", matrix), document, words)  # "该产品中…", "涂料中…"
    if "在" in matrix[1:] or not (matrix.endswith(media) or product):
        return "", prefix  # "铅在饮用水中" (the name before 在), "试验中", "本标准中": no medium
    if rest.startswith(("的", "和", "及", "与", "或", "、")):
        return "", prefix  # "试验中的…": 中 inside the name
    if product and _one_of_several(matrix, document):
        return matrix, rest  # "面包中…" in 糕点、面包: one of the products the standard covers
    return ("" if product else matrix), rest


# The basis of the bounds after it, a piece of its own ("按质量计，…", "以干基计，…").
_BASIS_PIECE = re.compile(r"(?:按|以)[\u4e00-\u9fffA-Za-z0-9]{1,8}计")
# The share of a lot that may miss its grade or size (容许度, GB/T 1.1 grading standards of produce): the
# grades listed, then what is counted, the items not meeting the grade ("不符合该等级要求的果粒").
_OFF_GRADE = re.compile(
    r"^(?P<listed>.+?)(?:允许|可有)?(?P<counted>不(?:符合|满足)[\u4e00-\u9fff]{1,12}?的[\u4e00-\u9fff]{1,8}?)"
    r"(?:应当|应|须)?分别$"
)

# Grades listed before the quantity they each bound ("一级和二级产品的水分分别不大于12%和14%").
_GRADES_OWNING = re.compile(r"^(?P<listed>[^的]+?)的(?P<name>[^的]{2,20}?)(?:应当|应|须)?分别$")


def _off_grade_share(prefix: str, clause: Clause, rules: Rules) -> tuple[str, tuple[str, ...]] | None:
    """(the name, the grades) of "特级、一级和二级允许不符合该等级要求的产品分别…" or "特优、…和乙级枸杞干果中
    不符合…的果粒分别…": each grade listed bounds the share of items not meeting it (the product after the
    last grade says what is graded); the clause's title names that share (容许度), else what is counted."""
    key = compact(rules.clauses.lead.sub("", prefix))
    found = _OFF_GRADE.match(key) or _GRADES_OWNING.match(key)
    if found is None:
        return None
    parts = _joined_names(found["listed"].removesuffix("中"), rules.clauses, _LIST_JOINS)
    ladder = rules.tables.grade_header
    last = next((parts[-1][:k] for k in range(4, 0, -1) if ladder.fullmatch(parts[-1][:k])), None)
    if len(parts) < 2 or last is None or not all(ladder.fullmatch(x) for x in parts[:-1]):
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff]{0,8}", graded := parts[-1][len(last) :]) or "中" in graded:
        # after the last grade only what is graded ("乙级枸杞干果"), no quantity ("Ⅱ类产品中五氧化二磷")
        return None
    if "name" in found.groupdict():  # "一级和二级产品的水分分别…": the quantity after 的
        return found["name"], (*parts[:-1], last)
    return (_title_name(clause, rules) or found["counted"]), (*parts[:-1], last)


# A bound of absence with what must be absent after it ("不得检出矿物油", "不应检出沙门氏菌、志贺氏菌"), then
# perhaps the method's detection limit in brackets, which bounds nothing ("（检出限为0.01%）").
_ABSENT_OBJECT = re.compile(
    r"^(?:应|须|必须)?(?:不得|不应|不能|不可|严禁)检出(?P<names>[\u4e00-\u9fffA-Za-z][^，,；;。（(]{0,29}?)"
    r"(?:[（(][^（）()]*(?:检出限|定量限|检测限)[^（）()]*[)）])?[。；;]?$"
)


# A bound on a rating picking out which products a requirement holds for, then the product and what of it
# is bounded ("额定电流大于10 A的热水器所用电源软线的…", "额定功率不大于2 kW的器具的…").
_BOUNDED_PRODUCT = re.compile(
    r"^\s*(?P<which>[\u4e00-\u9fff]{2,10}\s*(?:不大于|不小于|大于|小于|超过|低于|高于|[≤≥<>＜＞])\s*[-+]?\d[\d.]*"
    r"\s*[A-Za-zμ%℃°²³/]{0,6}\s*(?:以上|以下)?)的(?P<tail>[\u4e00-\u9fff].*)$"
)
_PRODUCT_THEN = re.compile(r"所用的|所用|的")  # "…的热水器所用电源软线…", "…的电动机的效率"


def _bounded_product(prefix: str, document, words: ClauseWords) -> tuple[str, int] | None:
    """ "额定电流大于10 A的热水器所用电源软线的导体标称截面积" -> ("额定电流大于10 A的热水器", where 电源软线
    starts);
    "额定微波输出功率不大于800 W的微波炉效率": the products a bound on another quantity picks out (a
    condition) and where the quantity's own name starts after the product's (with 的, 所用 or nothing
    between); None when no whole product (the title's, its short name, 器具…) follows the bound."""
    bounded = _BOUNDED_PRODUCT.match(prefix)
    if bounded is None:
        return None
    tail, at = bounded["tail"], bounded.start("tail")
    for end in range(min(len(tail) - 2, 10), 0, -1):  # the longest product first
        joint = _PRODUCT_THEN.match(tail, end)
        rest = end + (joint.end() - end if joint else 0)
        if len(tail) - rest >= 2 and _names_whole_product(tail[:end], document, words):
            return f"{bounded['which']}的{tail[:end]}", at + rest
    return None


def _absent_objects(piece: str, at: int, document, rules: Rules) -> tuple[list[str], list[str]] | None:
    """(the names that must not be detected, the matrix as a condition) when the requirement at ``at``
    names them after 不得检出 and what is before it is at most a matrix ("食用植物油中", "产品中": the product
    itself, no condition); None otherwise ("矿物油不得检出" names it before, as usual)."""
    found = _ABSENT_OBJECT.match(compact(piece[at:].replace("\n", "")))
    if found is None:
        return None
    matrix, rest = _matrix_in_subject(piece[:at], document, rules)
    before = compact(rules.clauses.lead.sub("", rest)).strip("：:")
    if before and not _names_product(before, document, rules.clauses):
        return None  # "沙门氏菌在产品中不得检出…": a subject of its own before the bound
    names = [x for x in _joined_names(found["names"], rules.clauses, _LIST_JOINS) if x]
    return names, [matrix] if matrix else []


def _one_of_several(product: str, document) -> bool:
    """The title lists several products and ``product`` is one of them ("面包" in 糕点、面包)."""
    title = compact(document.metadata.title or "")
    return f"{product}、" in title or f"、{product}" in title


def _subject_after_heading(piece: str, at: int, clause: Clause, rules: Rules) -> int | None:
    """Where the bound starts when the piece opens with the colon after the clause's heading and names
    its own subject before a bound with a number (:func:`subject_after_run_in_colon`); None when the
    subject is the heading's quantity qualified ("质量：普通型安全帽质量不应超过430 g" keeps 质量)."""
    head = re.match(r"\s*[：:]", piece)
    if head is None or at != head.end():
        return None
    later = subject_after_run_in_colon(mask_standard_numbers(piece, rules), head, rules.clauses)
    if later is None:
        return None
    title = compact(split_label(squeeze_spaces(clause.title), rules.values.unit_words).name)
    if title and compact(piece[head.end() : later.start()]).endswith(title):
        return None
    return later.start()


def _names_quantity(name: str, rules: Rules) -> bool:
    """The name is a quantity: an indicator of the lexicon, or ending in a quantity's head word
    ([subjects].quantity_heads: 电阻, 温升, 含量…)."""
    key = compact(name)
    bare = _BRACKETS.sub("", key)  # "铅(以Pb计)": the basis in brackets names no other quantity
    if _known(key, rules) or (bare and _known(bare, rules)):
        return True
    return key.endswith(rules.clauses.quantity_heads)


def _owned_property(subject: str) -> bool:
    """The subject names a property of its owner ("粒状产品的粒径", "维修部位的保修期"): a quantity, never a
    part of the product under the heading's quantity (a part is printed bare: "温升：绕组应不大于75 K")."""
    owner, _, prop = compact(subject).rpartition("的")
    return bool(owner) and len(prop) >= 2


def _word_at(text: str, at: int, word: str) -> bool:
    """jieba reads ``word`` as a word of its own at ``at`` of ``text``."""
    start = 0
    for token in default_tokenizer().lcut(text, HMM=False):
        if start == at:
            return token == word
        start += len(token)
    return False


def _first_unit(text: str, rules: Rules) -> str | None:
    """The unit of the first limit printed in ``text`` (None when it prints none)."""
    return next(
        (x.unit for x in limits_in(text, default_comparator=None, unit_hint=None, rules=rules) if x.unit),
        None,
    )


def _word_ends(text: str, at: int) -> bool:
    """jieba ends a word at ``at`` of ``text``."""
    end = 0
    for token in default_tokenizer().lcut(text, HMM=False):
        end += len(token)
        if end >= at:
            return end == at
    return end == at


# A rated or limiting operating point a quantity is measured at, opening a subject with no number
# ("额定流量时的扬程偏差", "额定电压下的输入功率", "最大负载时温升"): a condition.
_RATED_POINT = re.compile(r"在?(?:额定|最大|最小|最高|最低)[\u4e00-\u9fff]{1,6}?(?:时|下)")


def _split_subject_condition(prefix: str, words: ClauseWords) -> tuple[str | None, str]:
    """ "在20 ℃下电阻" -> ("在20 ℃下", "电阻"): a condition opening the subject."""
    text = squeeze_spaces(prefix.replace("\n", ""))
    if _owned_list(text):
        return None, prefix  # "25 ℃时的黏度和40 ℃时的黏度分别…": each name its own condition, read later
    found = _SUBJECT_CONDITION.match(words.lead.sub("", text))
    if found is None or not (
        re.search(r"\d|以[上下]", found.group("condition"))
        or _RATED_POINT.fullmatch(found.group("condition"))
    ):
        return _event_opening(words.lead.sub("", text)) or (None, prefix)
    condition, rest = found.group("condition"), found.group("rest")
    if _RATED_POINT.fullmatch(condition):
        rest = rest.removeprefix("的")  # "额定流量时的扬程偏差": 扬程偏差 at the rated flow
    if (at := condition.find("在")) > 0:  # "电池在1C放电条件下的容量": the owner stays in the subject
        condition, rest = condition[at:], condition[:at] + rest
    return condition, rest


def _unit_owner(prefix: str, words: ClauseWords) -> tuple[str, str]:
    """ "每个服务网点的专职维修人员" -> ("每个服务网点", "专职维修人员"); "同一批产品的表观密度的极差" ->
    ("同一批产品", "表观密度的极差"): an owner opening with a word of [subjects].unit_owners and a
    classifier ([subjects].unit_classifiers) is the unit the quantity is taken over, a condition;
    ("", prefix) for any other subject."""
    text = compact(words.lead.sub("", squeeze_spaces(prefix.replace("\n", ""))))
    if (opener := words.unit_owner.match(text)) is None or "的" not in text:
        return "", prefix
    owner, _, name = text.rpartition("的")
    if compact(words.modal_tail.sub("", name)) in words.relational_heads and "的" in owner:
        owner, _, head = owner.rpartition("的")
        name = f"{head}的{name}"
    if len(owner) <= opener.end() or len(compact(words.modal_tail.sub("", name))) < 2:
        return "", prefix
    return owner, name


def _event_opening(text: str) -> tuple[str, str] | None:
    """ "出厂时产品的游离水的质量分数" -> ("出厂时", "产品的游离水的质量分数"): an act of two characters or
    more and 时 (a word of its own: not 时间, 时限) opening the subject is when the quantity is taken, a
    condition; None when the subject opens with none or nothing of two characters follows."""
    tokens = default_tokenizer().lcut(compact(text), HMM=False)
    if len(tokens) < 3 or tokens[1] != "时" or len(tokens[0]) < 2 or not _IDEOGRAPHS.fullmatch(tokens[0]):
        return None
    rest = "".join(tokens[2:])
    return (tokens[0] + "时", rest) if len(rest) >= 2 and not rest.startswith("的") else None


KNOWN_TAIL = 4  # characters: a name ending in a known indicator this long is one ("实验室内相对标准偏差")


def _known(name: str, rules: Rules) -> bool:
    """The name is an indicator of the lexicon, or ends with one of KNOWN_TAIL characters or more."""
    return any(rules.lexicon.exact(name[i:]) for i in range(0, max(len(name) - KNOWN_TAIL + 1, 1)))


def _owner_names_nothing(before: str, words: ClauseWords) -> bool:
    """The words before the last 的 of a subject add nothing to its name: they name the product
    ("成品电线的", "产品的"), open with a preposition, a condition ("对20号钢材的"), or hold the
    reference of a relative quantity ("每块砖的平均尺寸相对于工作尺寸的允许偏差")."""
    text = compact(before)
    if words.step_opening.match(text) or "相对于" in text or "对于" in text:
        return True
    # "所标示的保质期", "所测得的…": 所 and a verb, the thing acted on names it (所在地区 stays)
    if text.startswith("所") and default_tokenizer().lcut(text, HMM=False)[:1] == ["所"] and len(text) <= 4:
        return True
    if any(text == actor + verb for actor in words.actors for verb in words.actor_verbs):
        return True  # "服务机构签约的专职服务人员": who engaged them names nothing of the quantity
    if text.endswith(("下", "时", "后", "中")):
        return True  # "工作温度下的泄漏电流": a state of the test, not an owner
    return any(text.startswith(w) or text.endswith(w) for w in words.product_words)


def _names_whole_product(owner: str, document, words: ClauseWords) -> bool:
    """The owner names the product as a whole ("器具", "整机", "设备": [subjects].whole_product; the title's
    product, its short name, a kind of it ending in the product's name: 湿式吸尘器 in 家用真空吸尘器 性能
    要求, or a short form of it: 空调器 in 房间空气调节器, its characters in order and its last), not a
    part of it."""
    key = compact(owner).lstrip("：:")
    if key in words.whole_product or _names_product(key, document, words):
        return True
    owners = _product_owners(document)  # the title's product phrase and its endings, longest first
    title = owners[0] if owners else compact(document.metadata.title or "")
    if len(key) < 2 or not title or key[-1] != title[-1]:
        return False
    if any(len(o) >= 2 and key.endswith(o) for o in owners):
        return True  # a kind of the product: "湿式吸尘器" in 家用真空吸尘器 性能要求
    found = 0
    for character in title:
        found += found < len(key) and character == key[found]
    return found == len(key)


def _names_a_part(owner: str, words: ClauseWords) -> bool:
    """The words before 的 name a part of the product, a noun phrase ("缝边", "维修部位", "下颏带",
    "集尘容器"): it says what is measured, and stays in the name even before a known indicator.  An
    owner holding a preposition, an event, a list or a kind ("电动机在空载时测得", "浴室用壁扇":
    [subjects].owner_clause_words), opening with 每 ("每根口罩带…") or naming who acts ("服务商") is no
    part; nor is what a QC statistic is computed on ("校准曲线的相关系数": qc_statistics)."""
    text = compact(owner).lstrip("：:")  # the colon of a run-in heading before the subject
    if (
        not _IDEOGRAPHS.fullmatch(text)
        or text.startswith(words.owner_not_part_openings)
        or text in words.actors
    ):
        return False
    return not any(t in words.owner_clause_words for t in default_tokenizer().lcut(text, HMM=False))


# A run-in label opening a sentence: a short name and a colon ("跌落：", "温度显示误差：").
_RUN_IN_LABEL = re.compile(
    r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9})\s*[：:](?P<rest>.*[^\s：:].*)$"
)


def _subject_text(
    prefix: str,
    words: ClauseWords,
    known: Callable[[str], bool] | None = None,
    whole: Callable[[str], bool] | None = None,
) -> str:
    """The indicator named before the limit, kept whole, without its modal word and copula, as
    printed with its unit ("氨基酸态氮（以氮计）/(g/100 mL)": split_label takes the unit off).
    ``known``: whether a name is an indicator of the lexicon (the name after a 的 then stands alone);
    ``whole``: whether an owner names the product as a whole (no part of it: "器具的泄漏电流")."""
    text = squeeze_spaces(prefix.replace("\n", ""))
    text = words.lead.sub("", text)
    after_heading = text.startswith(("：", ":"))  # after a run-in heading ("保修：维修部位的保修期")
    stripped = words.modal_tail.sub("", text)
    # "冷水和热水管道的工作压力均为…": names listed before 均 keep their head, each is bounded
    quantified = any(q in text[len(stripped) :] for q in words.spec.subjects.quantifiers)
    text = stripped
    colon = re.search(r"[：:]", text)
    if colon and text[colon.end() :].strip() and words.introduces_names(text[: colon.start()]):
        text = words.lead.sub(
            "", text[colon.end() :].strip()
        )  # "技术要求如下：含水量": named after the colon
    if (run_in := _RUN_IN_LABEL.match(text)) and not words.introduces_names(run_in["label"]):
        described = run_in["rest"].strip()
        if "的" in described or compact(described).endswith(compact(run_in["label"])):
            # "温度显示误差：显示水温与实测水温之差的绝对值", "质量：普通型安全帽质量": the label names it
            text = run_in["label"]
    if text.count("的") > 1 and (noise := words.subject_noise.match(text)) and noise.group().endswith("的"):
        text = text[noise.end() :]  # "产品的游离水的质量分数": the product owns what owns the quantity
    if (
        "的" in text
        and not (quantified and _lists_owners(text.rsplit("的", 1)[0], words))
        and not _owned_list(text)
    ):
        before, after = text.rsplit("的", 1)
        if after.strip() in words.acts:
            text = before  # "食品添加剂的使用应符合…": the word after 的 is the act
        elif len(compact(after)) > BARE_HEAD and compact(after) not in words.relational_heads:
            emitter = words.emitter.match(before.split("的", 1)[0].strip())
            if emitter:
                text = emitter.group("owner") + after  # 近耳玩具发出的…的A计权等效声压级
            elif words.statistic_of(compact(text)):
                pass  # "校准曲线的相关系数": the statistic, computed on its owner (a condition, read later)
            elif _owner_names_nothing(before, words) or (
                known is not None
                and known(compact(after))
                and (
                    not (after_heading and _names_a_part(before, words))
                    or (whole is not None and whole(before))
                )
            ):
                # "成品电线的不延燃性能", "对20号钢材的腐蚀速率"; "校准曲线的相关系数", "电动机在空载时测得的
                # A计权声功率级": a known indicator after an owner that is no part of the product
                text = after
            # else the owner says what is measured: "每名维保人员负责维保的电梯数量", "客人离店后遗留物品的
            # 保管期限" (电梯数量 and 保管期限 alone are no indicator of the lexicon)
    if compact(text) in words.product_words:
        return ""  # "产品应无结晶": the product itself, no indicator
    if words.not_a_name_title.fullmatch(compact(text)):
        return ""  # "要求：不大于12%" under "4.2 水分": the clause title names it
    text = words.subject_noise.sub("", text).strip(" ：:")
    if _STATES.fullmatch(text):
        return ""  # "不破损、不变形、无粘连": a list of states, no name
    text = words.adverbs.sub("", text)  # adverbs before the verb ("采样过程严格按照…")
    text = words.promise.sub("", text)  # "生产企业承诺整机保修期": the promiser names nothing
    if words.modal_preposition.search(text):
        return ""
    if inner := words.inner_modal(text):
        text = text[: inner.start()]  # "煮饭后米饭应熟透、无夹生": the name ends at the modal
    # an owned list's states before 的 ("试验后的") are each name's own, not a condition of the sentence
    checked = "和".join(x.rpartition("的")[2] for x in _LIST_JOINS.split(text)) if _owned_list(text) else text
    if len(text) > SUBJECT_MAX or words.condition.search(checked) or not _balanced(text):
        return ""  # prose, a condition or a cut bracket names no indicator
    if words.frequency.search(text):
        return ""  # a frequency ("每批样品…", "至少做…") names no indicator
    if words.consequence.search(text):
        return ""  # "…，则判定该固体废物是…": the consequence of a decision rule, not a subject
    return text


# "硅酸盐水泥的细度以比表面积表示": the property (细度) is measured as another quantity (比表面积), which
# names the limit after it; what owns the property is a condition (GB 175 5.2.4).
_EXPRESSED_AS = re.compile(
    r"^(?:(?P<owner>[\u4e00-\u9fff]{2,12}?)的)?[\u4e00-\u9fff]{1,6}以\s*(?P<measure>[^，,；;]{2,16}?)\s*表示$"
)
# "铅（以Pb计）含量": the basis names what is measured, 含量 adds nothing (a table prints 铅（以Pb计）).
_BASIS_CONTENT = re.compile(r"(?P<basis>[（(]以[^（）()]{1,12}计[)）])含量$")


def _owned_list(text: str) -> bool:
    """ "工作温度下的泄漏电流和电气强度试验后的泄漏电流分别…": names listed before 分别, each with its own
    owner or state before 的; 分别 pairs each whole name with its value, so no owner is cut off."""
    listed = compact(text)
    if not listed.endswith("分别"):
        return False
    parts = _LIST_JOINS.split(_BRACKETS.sub("", listed[: -len("分别")]))
    return len(parts) >= 2 and all("的" in x for x in parts)


def _measured_at_each(name: str, printed: str, count: int) -> tuple[list[str], list[str]] | None:
    """ "25 ℃时的黏度和40 ℃时的黏度分别" with two values -> (["黏度", "黏度"], ["25 ℃时", "40 ℃时"]): one
    quantity listed under numeric conditions (a number names no quantity), each a condition of its value;
    None for any other list (owners that are words stay in the names: "冷态的绝缘电阻")."""
    if count < 2 or not _owned_list(name) or not _RESPECTIVE_LIMITS.search(compact(printed)):
        return None
    parts = [x.strip() for x in _LIST_JOINS.split(name.strip().removesuffix("分别").strip())]
    owned = [x.rpartition("的") for x in parts]
    heads = {compact(head) for _, _, head in owned}
    if len(parts) != count or len(heads) != 1 or not all(re.search(r"\d", owner) for owner, _, _ in owned):
        return None
    return [owned[0][2].strip()] * count, [squeeze_spaces(owner) for owner, _, _ in owned]


def _event_in_subject(subject: str, words: ClauseWords) -> tuple[str, str]:
    """ "草坪修剪后高度" -> ("草坪高度", "修剪后"): an act of two characters or more and a word of
    [conditions].endings inside a subject is the event after which the quantity is measured, a
    condition.  A subject with a number or a preposition (在) stays whole ("冷冻室在断电后温度由-18 ℃
    升至-9 ℃的时间"), as does an event of one character ("客人离店后遗留物品": 离 + 店)."""
    if not any(end in subject for end in words.event_ends) or re.search(r"[\d在]", subject):
        return subject, ""
    if _owned_list(subject):
        return subject, ""  # each name listed before 分别 keeps its own state
    if not _IDEOGRAPHS.fullmatch(subject.replace("的", "")):
        return subject, ""
    tokens = default_tokenizer().lcut(subject, HMM=False)
    for n, token in enumerate(tokens[1:-1], 1):
        act, rest = tokens[n - 1], "".join(tokens[n + 1 :])
        if token in words.event_ends and len(act) >= 2 and len(compact(rest)) >= 2:
            if n == 2 and tokens[0] in words.event_verbs:  # "达到稳定后…": the verb opens the event
                return rest, "".join(tokens[:n]) + token
            return "".join(tokens[: n - 1]) + rest, act + token
    return subject, ""


def _height_excess(piece: str, pending: list[_Pending], words: ClauseWords) -> tuple[str, int, str] | None:
    """ "排气筒高度还应高出最高建筑物3 m以上" -> ("排气筒高出最高建筑物的高度", where 3 m is, "≥3 m"): how far
    a height must exceed something else ([subjects].height_excess_verbs), a quantity of its own, at least
    the number; the owner before the verb without its 高度 (the name bounded before when none is
    printed: "…不低于15 m，且应高出…"); None for any other piece, for a negated verb ("不应高于") and for
    a comparator word without 以上 after the number ("应高于地面1.8 m")."""
    found = words.height_excess.match(squeeze_spaces(piece.replace("\n", "")))
    if found is None or found["owner"].rstrip().endswith(("不", "未", "无")):
        return None  # "插座高度不应高于地面1.8 m": a ceiling, read as any bound (review of 40baf56)
    if found["verb"] in words.comparing_excess_verbs and not found["above"]:
        return None  # "应高于地面1.8 m": 高于 is a comparator word; only "…1.8 m以上" states an excess
    owner = words.subject_noise.sub("", compact(words.lead.sub("", found["owner"])))
    owner = owner or (pending[-1].name if pending else "")
    owner = owner.removesuffix("高度").removesuffix("的")
    if len(owner) < 2:
        return None
    value_at = piece.find(found["value"].split()[0], piece.find(found["verb"]))
    return (
        f"{owner}{found['verb']}{squeeze_spaces(found['object'])}的高度",
        value_at,
        f"≥{compact(found['value'])}",
    )


def _compared_pair(subject: str, words: ClauseWords) -> tuple[str, str] | None:
    """ "样品中内标的保留时间与最近一次校准曲线中内标的保留时间偏差" -> ("内标保留时间偏差", "样品与最近一次
    校准曲线"): a difference between two readings of one quantity ([subjects].difference_heads) is named by
    the words both readings end in, from a word's start (without 的), and the head; what each is read
    on, before 的 or 中, is a condition ("" when one of them is the quantity alone).  None when the
    readings share no word of two characters ("其测定结果与标准值的相对误差": the statistic's own rule
    names it) or no owner stands before the shared words ("出水温度与设定温度的偏差" stays whole)."""
    pair = words.compared_pair.match(compact(subject))
    if pair is None:
        return None
    a, b = pair["a"], pair["b"]
    shared = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
    while shared and not (_token_start(a, len(a) - len(shared)) and _token_start(b, len(b) - len(shared))):
        shared = shared[1:]  # "…中内标的保留时间": from a word's start in both
    shared = shared.lstrip("的之中")
    if len(shared.replace("的", "")) < 2:
        return None
    printed = [x[: len(x) - len(shared)] for x in (a, b)]
    if not all(not x or x.endswith(("的", "中")) for x in printed):
        return None  # "出水温度与设定温度的偏差": one compound word each, no owner of a shared quantity
    owners = [x.rstrip("的之中") for x in printed]
    between = "与".join(owners) if all(owners) else ""
    return shared.replace("的", "") + pair["head"], between


def _run_in_kind(text: str, clause: Clause, rules: Rules) -> bool:
    """The clause's heading is run in before a colon and names no quantity ("9.6 替代物：…"): it says of
    what kind the recoveries of its sentences are."""
    title = compact(clause.title)
    return bool(title) and text.lstrip().startswith(("：", ":")) and not _names_quantity(title, rules)


# A unit a quantity is counted over, opening what follows the grades of a subject: 每, a number or none, a
# classifier and the thing counted ("每只", "每3间客房", "每100 m²"), up to a verb of providing or the end.
_COUNTED_OVER = re.compile(r"每\s*\d*(?:\.\d+)?\s*[\u4e00-\u9fffA-Za-z²³]{1,6}?")
# The unit alone, when a quantity's name follows it ("每平方米疵点", "每只袜子的重量", "每件重量偏差"): 每, a
# number or none, a measure word or a classifier, and the thing counted before 的.
_COUNTED_UNIT = re.compile(
    r"每\s*\d*(?:\.\d+)?\s*(?:平方米|立方米|百米|千米|米|m²|m³|m|千克|公斤|kg|[只件个台套双间户人名批袋瓶箱盒包块条张片根])"
    r"(?:[\u4e00-\u9fff]{1,4}的)?"
)


def _opens_with_grades(sentence: str, rules: Rules) -> bool:
    """The sentence opens with grades of a ladder ("一等品和合格品每只…", "合格品不低于3级")."""
    key = compact(sentence)
    return any(key.startswith(g) for ladder in rules.tables.grade_ladders for g in ladder if len(g) > 1)


def _graded_label(sentence: str, rules: Rules) -> str | None:
    """The run-in label of a sentence whose requirement opens with a grade ("表面疵点：优等品不允许有破洞、
    漏针"): the next sentence's grades ("一等品和合格品每只不超过1处") bound the same quantity."""
    found = _SENTENCE_LABEL.match(sentence)
    if found is None or not _opens_with_grades(sentence[found.end() + 1 :], rules):
        return None
    return found["label"].strip()


def _graded_basis(subject: str, rules: Rules) -> tuple[tuple[str, ...], str, str] | None:
    """The grades opening a subject, the unit counted over after them and what is provided after a verb
    of providing ([subjects].actor_verbs): "一等品和合格品每只" -> (("一等品", "合格品"), "每只", "");
    "白金宿每3间客房配备服务人员" -> (("白金宿",), "每3间客房", "服务人员"); "每50户配备保洁员" ->
    ((), "每50户", "保洁员").  Grades are of a ladder ([grades].ladders, with one the document declares).
    None for any other subject, and for a unit alone with no grade before it ("每只": [commitments])."""
    grades: tuple[str, ...] = ()
    cut = 0
    for end in range(len(subject) - 1, 1, -1):
        listed = tuple(x for x in _LIST_JOINS.split(subject[:end]) if x)
        if listed and all(any(g in ladder for ladder in rules.tables.grade_ladders) for g in listed):
            grades, cut = listed, end
            break
    verbs = "|".join(map(re.escape, rules.clauses.spec.subjects.actor_verbs))
    rest = subject[cut:]
    counted = re.fullmatch(rf"({_COUNTED_OVER.pattern})(?:(?:{verbs})(?P<name>[\u4e00-\u9fff].*))", rest)
    if counted is not None:  # "白金宿每3间客房配备服务人员", "每50户配备保洁员"
        return grades, counted[1], counted["name"]
    if not grades:
        return None
    if (unit := _COUNTED_UNIT.match(rest)) is not None:  # "一等品每平方米疵点", "一等品和合格品每只"
        return grades, unit.group().removesuffix("的"), rest[unit.end() :]
    return None


def _grade_list(subject: str, rules: Rules) -> tuple[str, ...]:
    """ "一等品和合格品" -> ("一等品", "合格品"): grades listed as a subject (the grade words of tables.toml
    [grades]), each bounded by the value after them; () for any other subject."""
    parts = [x for x in _LIST_JOINS.split(compact(subject)) if x]
    if len(parts) < 2 or not all(rules.tables.grade_header.fullmatch(x) for x in parts):
        return ()
    return tuple(parts)


def _token_start(key: str, at: int) -> bool:
    """A word of jieba's starts at ``at`` of ``key`` (or ``at`` is its end)."""
    start = 0
    for token in default_tokenizer().lcut(key, HMM=False):
        if start >= at:
            return start == at
        start += len(token)
    return start == at


def _subject_flags(p: _Pending) -> list[str]:
    """clause_long_subject: a subject of more than LONG_SUBJECT characters, read from the sentence."""
    return ["clause_long_subject"] if not p.from_title and len(compact(p.name)) > LONG_SUBJECT else []


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _title_name(clause: Clause, rules: Rules) -> str:
    title = squeeze_spaces(clause.title)
    if not title or rules.clauses.not_a_name_title.search(title) or rules.clauses.no_bound.search(title):
        return ""  # "4.1 环境空气功能区分为二类：…": a heading that divides into classes names nothing
    return split_label(title, rules.values.unit_words).name


# A ratio "1∶4" (RATIO U+2236, or a colon between two numbers that is no time of day).
_RATIO = re.compile(
    r"(?<![\d.:：])(?P<a>\d+(?:\.\d+)?)\s*[∶:：]\s*(?P<b>\d+(?:\.\d+)?)(?![\d.:：])(?!\s*前|\s*后)"
)
_BRACKETED = re.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[)）]")
_LEADING_WORD = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z0-9ⅠⅡⅢⅣⅤ]{1,5}?)\s*(?=[≤≥<>＜＞]|不[大小低高少超])")


def _printed_grades(limit_text: str, rules: Rules) -> tuple[list[str], str]:
    """The grades printed with the values, in order, and the text without them: in brackets after a
    value ("≥1.60 g/100 mL（特级），≥1.40 g/100 mL（一级）") or before it ("特级≥0.80"); the grade
    words are those of tables.toml [grades]."""
    grades: list[str] = []
    if (lead := _LEADING_WORD.match(limit_text)) and rules.tables.grade_header.match(compact(lead[1])):
        return [compact(lead[1])], limit_text[lead.end() :]
    for found in _BRACKETED.finditer(limit_text):
        if rules.tables.grade_header.match(compact(found[1])):
            grades.append(compact(found[1]))
    if grades:
        limit_text = _BRACKETED.sub(
            lambda m: "" if rules.tables.grade_header.match(compact(m[1])) else m[0], limit_text
        )
    return grades, limit_text


# Three values or more listed with 、 ("45 ℃、60 ℃、80 ℃、90 ℃"): the settings a product offers.
_ENUMERATION = re.compile(r"\d[\d.]*\s*[^\d、，,；;]{0,4}、\s*\d[\d.]*\s*[^\d、，,；;]{0,4}、\s*\d")
_VALUED = frozenset({"<=", ">=", "<", ">", "=", "range", "tolerance"})
_TRAILING_NOTE = re.compile(r"[（(]([^（）()]{4,})[)）]\s*$")
# A reference records another document; "应符合附录A" points inside this one (its table is read).
_NAMES_A_DOCUMENT = re.compile(r"[A-Z]{1,5}(?:/[A-Z])?\s*\d")


# "按500 MPN/mL执行": a limit applied as a value (after a name ending in 限值 or 限量)
_LIMIT_GIVEN = re.compile(r"^\s*按\s*(?P<value>[^，,；;按]*\d[^，,；;]*?)\s*执行\s*[。；;]?\s*$")
_LIMIT_HEAD = re.compile(r"(?:指标)?(?:限值|限量)$")


# 分别 ("respectively") pairs the names joined with 和/、/及/与 with the values listed in the same order.
_RESPECTIVELY = re.compile(r"分别\s*$")
_NAME_JOINS = re.compile(r"[和、及与]")
# The joins of a list alone: 与 also relates two things inside one name ("网罩与扇叶的距离").
_LIST_JOINS = re.compile(r"[和、及]")
# 分别 then the bound, a modal before it or a negated one inside it ("分别不应大于", "分别不得超过").
_RESPECTIVE_LIMITS = re.compile(
    r"分别\s*(?:应当|应|须|必须|不应|不得|不宜|不能|不可)?\s*"
    r"(?:[≤≥<>＜＞]|不[大小低高超少多]|小于|大于|低于|高于|超过|少于|多于|为)"
)


_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")
# A grade, class or numbered sample listed before a quantity ("A级和B级产品", "优等品和一等品",
# "1号和2号试样"): what is graded, not what owns the quantity.
_CLASS_ITEM = re.compile(
    r"^(?:[A-Za-z0-9ⅠⅡⅢⅣⅤ一二三四五六七八九十]+\s*[级类型号等]|.*(?:品|产品|项目|试样|样品)$)"
)


def _lists_owners(listed: str, words: ClauseWords) -> bool:
    """``listed`` (the words before 的) joins the names that own the quantity after it ("铅、镉",
    "冷水和热水管道"), not grades, classes, kinds of product or numbered samples ("A级和B级产品",
    "优等品和一等品", "新建和改建项目")."""
    if not _NAME_JOINS.search(_BRACKETS.sub("", listed)):
        return False
    return not any(_CLASS_ITEM.match(compact(x)) for x in _joined_names(listed, words) if x)


# A group word before the list of its members in brackets: "致病菌（沙门氏菌、金黄色葡萄球菌）".
_GROUP_LIST = re.compile(r"^(?P<group>[^（）()、和及与]+)[（(](?P<items>[^（）()]+)[)）]$")


def _joined_names(name: str, words: ClauseWords, joins: re.Pattern = _NAME_JOINS) -> list[str]:
    """ "铅、汞和砷" -> ["铅", "汞", "砷"]: the names joined with 、/和/及/与 (``joins``), a joining
    character inside a word of [subjects].not_joins ("饱和脂肪酸", "之和") left alone."""
    masked = _BRACKETS.sub(lambda m: "\0" * len(m.group()), name)  # "重金属（以Pb计）、砷（以As计）"
    for word in words.not_joins:
        masked = masked.replace(word, "\0" * len(word))
    parts, start = [], 0
    for m in joins.finditer(masked):
        parts.append(name[start : m.start()].strip())
        start = m.end()
    return [*parts, name[start:].strip()]


def _shared_head(parts: list[str], rules: Rules) -> list[str]:
    """ "冷藏室和冷冻室温度" -> ["冷藏室温度", "冷冻室温度"], "经、纬向断裂强力" -> ["经向断裂强力", "纬向断裂
    强力"]: what follows the counterpart of a name in the last name is printed once for each name that is
    no quantity of its own."""
    last = parts[-1]
    return [
        x if _names_quantity(x, rules) else x + _after_counterpart(x, last, rules) for x in parts[:-1]
    ] + [last]


def _after_counterpart(name: str, last: str, rules: Rules) -> str:
    """The words of ``last`` after the counterpart of ``name`` (as long as it): "纵向" in "横向拉伸强度" is
    "横向", so "拉伸强度"; a counterpart ends with the name's last character (冷藏室/冷冻室, 冷水/热水) or
    both are one character of a pair (经/纬, 纵/横); else "" (the names share nothing)."""
    size = len(name)
    if len(last) <= size + 1:
        return ""
    counterpart = last[:size]
    pairs = rules.clauses.pair_characters
    if counterpart[-1] == name[-1] or (size == 1 and name in pairs and counterpart in pairs):
        return last[size:]
    return ""


def _respective_names(name: str, printed: str, count: int, rules: Rules) -> list[str] | None:
    """ "拉伸强度和断裂伸长率" with "分别不小于10 MPa和150%" -> ["拉伸强度", "断裂伸长率"];
    "冷藏室和冷冻室温度" -> ["冷藏室温度", "冷冻室温度"] (the head printed once, after the last):
    the names 分别 pairs with the ``count`` values, or None when ``printed`` (the subject and the
    limit) says no 分别 before the bound or the counts differ."""
    if (
        count < 2
        or not _RESPECTIVE_LIMITS.search(printed)
        or compact(name).endswith(rules.clauses.whole_heads)
    ):
        return None
    name = _RESPECTIVELY.sub("", name).strip()
    parts = _joined_names(name, rules.clauses)
    if len(parts) != count:  # "网罩的格栅间距和网罩与扇叶的距离": 与 inside the second name
        parts = _joined_names(name, rules.clauses, _LIST_JOINS)
    if len(parts) != count or not all(parts):
        return None
    listed, _, head = name.rpartition("的")
    if listed and "的" not in listed and _NAME_JOINS.search(listed) and not _NAME_JOINS.search(head):
        # "可溶性铅、镉、六价铬和汞的含量分别…": each name with the head after 的
        parts = _shared_modifier(_joined_names(listed, rules.clauses))
        return [f"{x}的{head.strip()}" for x in parts] if len(parts) == count else None
    owner, _, first = parts[0].rpartition("的")
    if owner and first and not any("的" in x for x in parts[1:]):
        # "镁棒的直径和长度分别不小于20 mm和200 mm": the owner of the first name owns each
        return [parts[0], *(f"{owner}的{x}" for x in parts[1:])]
    return _shared_head(parts, rules)


_SHARED_COMPARATORS = frozenset({"<=", ">=", "<", ">", "=", "range", "tolerance", "not_detected"})


def _respective_conditions(
    conditions: list[str], printed: str, count: int, rules: Rules
) -> tuple[list[str], list[str]] | None:
    """ "纵向和横向分别" (the parts under a heading's quantity, read as one condition) with "分别不小于20 N和
    10 N" -> the other conditions and ["纵向", "横向"], one part for each of the ``count`` values; None when
    no condition lists that many parts before 分别."""
    if count < 2 or not _RESPECTIVE_LIMITS.search(printed):
        return None
    printed = compact(printed)
    for n, condition in enumerate(conditions):
        listed = compact(condition).removesuffix("分别")
        if not listed or not re.search(re.escape(listed) + r"(?:应当|应|须|必须)?分别", printed):
            continue
        parts = _joined_names(listed, rules.clauses, _LIST_JOINS)
        if len(parts) == count and all(parts):
            return conditions[:n] + conditions[n + 1 :], parts
    return None


def _shared_names(name: str, printed: str, limits: list[Limit], rules: Rules) -> list[str] | None:
    """ "铅、镉的含量" with "均不得超过0.1 mg/kg" -> ["铅含量", "镉含量"]; "铅、汞、砷均应不大于…" -> ["铅",
    "汞", "砷"]: each name listed before 均 (or 都) and a bound is bounded by it alone (the head after
    的, or after the last name, shared); None when the subject lists no names, when no quantifier
    stands before the bound, or when the limits are qualitative ("色泽、滋味均应正常" is one state)."""
    if not limits or any(x.comparator not in _SHARED_COMPARATORS for x in limits):
        return None
    if not rules.clauses.shared_bound.search(compact(printed)):
        return None
    if compact(name).endswith(rules.clauses.whole_heads):
        return None  # "甲苯与二甲苯之和均不大于20%": one quantity over the names
    if (group := _GROUP_LIST.match(compact(name))) is not None:
        # "致病菌（沙门氏菌、金黄色葡萄球菌）均不得检出": the members the brackets list
        name = group["items"]
    listed, _, head = name.rpartition("的")
    shared_head = bool(listed) and "的" not in listed and _lists_owners(listed, rules.clauses)
    parts = _joined_names(listed if shared_head else name, rules.clauses)
    if len(parts) < 2 or not all(parts) or any(re.search(r"\d", x) for x in parts):
        return None
    parts = _shared_modifier(parts)
    if shared_head:
        # "铅、镉的含量": 铅的含量, 镉的含量; "冷水和热水管道的工作压力": 冷水管道的…, 热水管道的…
        parts = [x + _after_counterpart(x, parts[-1], rules) for x in parts[:-1]] + [parts[-1]]
        return [f"{x}的{head.strip()}" for x in parts]
    return _shared_head(parts, rules)


# A modifier of a property opening the first name of a list ("可溶性铅、镉、六价铬和汞的含量"): it holds
# for every name listed.
_MODIFIER = re.compile(r"^(?P<modifier>[\u4e00-\u9fff]{1,3}性)(?=[\u4e00-\u9fff])")


def _shared_modifier(parts: list[str]) -> list[str]:
    """ "可溶性铅", "镉", "六价铬" -> "可溶性铅", "可溶性镉", "可溶性六价铬": a modifier ending in 性
    before the first name is given to the names after it that print none."""
    found = _MODIFIER.match(parts[0])
    if found is None:
        return parts
    modifier = found["modifier"]
    return [parts[0], *(x if x.startswith(modifier) or "性" in x else modifier + x for x in parts[1:])]


def _with_comparator(limit: Limit, comparator: Comparator) -> Limit:
    """The value listed after the first of 分别 takes its comparator ("…和150%": >= too)."""
    return limit if limit.comparator != "=" else dataclasses.replace(limit, comparator=comparator)


def _with_name(p: _Pending, name: str) -> _Pending:
    return _Pending(**{**p.__dict__, "name": name})


def _merged(conditions: list[str], bracketed: list[str], limit: Limit) -> list[str]:
    """The sentence's conditions, then the one bracketed after this value, then the limit's own."""
    out = list(conditions)
    for condition in [*bracketed, *limit.conditions]:
        if condition not in out:
            out.append(condition)
    return out


# A condition on another quantity bracketed right after a value: "（额定功率不大于4 kW）", "（直径≥2 mm）".
_VALUE_THEN_BRACKET = re.compile(r"[\d%A-Za-zμ℃°²³)）]\s*[（(](?P<condition>[^（）()]{2,30})[)）]")


def _bracketed_conditions(limit_text: str, words: ClauseWords) -> list[tuple[str, list[str]]] | None:
    """ "不低于0.76（额定功率不大于4 kW）或不低于0.82（额定功率大于4 kW）": each value with the condition
    bracketed after it, which bounds another quantity (a comparator inside the brackets), as
    ``[(text, [condition]), …]``; None when no bracket after a value states such a condition."""
    found = [
        m
        for m in _VALUE_THEN_BRACKET.finditer(limit_text)
        if words.compared_inside.search(m["condition"]) and re.search(r"\d", m["condition"])
    ]
    if not found:
        return None
    parts, start = [], 0
    for m in found:
        parts.append((limit_text[start : m.start("condition") - 1], [squeeze_spaces(m["condition"])]))
        start = m.end()
    rest = limit_text[start:]
    if re.search(r"\d", rest):
        parts.append((rest, []))
    return parts


# A point in time after a comparator of time ("不早于8:00", "不晚于次月5日", "不迟于每月10日"): a clock time
# or a calendar date, which bounds when, not how long (review of 7df4b49); "不晚于2 h" is a duration, read.
_POINT_IN_TIME = re.compile(
    r"[早晚迟]于\s*(?:\d{1,2}\s*[:：]\s*\d{2}|(?:次|每|当|本|上|下)?[年月周]?\s*\d{1,2}\s*[月日号](?:\s*\d{1,2}\s*[日号])?)"
)


# A bracket after a value saying whether the bound itself is included: "60 ℃以上（含60 ℃）", "3 h以内
# （不含3 h）", "（含本数）", "（不含）".  By Chinese legal convention 以上 and 以下 include the number
# (DOMAIN.md); the bracket restates that or makes the bound strict, it is no condition of the limit.
_INCLUSION = re.compile(
    r"\s*[（(]\s*(?P<not>不)?(?:包含|包括|含)\s*(?:本数|本值|[-+]?\d[^（）()]{0,12})?\s*[)）]\s*$"
)
_STRICT: dict[str, Comparator] = {"<=": "<", ">=": ">"}


def _inclusion_note(limit_text: str) -> tuple[str, bool | None]:
    """The limit without a bracket of inclusion at its end, and whether it includes the bound (None
    when no such bracket is printed)."""
    found = _INCLUSION.search(limit_text.rstrip("。；;，, "))
    if found is None:
        return limit_text, None
    return limit_text.rstrip("。；;，, ")[: found.start()], not found["not"]


def _reached(limit: Limit, name: str, rules: Rules) -> Comparator:
    """The comparator of a value printed after 达到 ([subjects].floor_copulas): ≥, but = for 100%
    (no rate lies above it), = for a quantity the lexicon bounds from above or to a target (噪声,
    含水率: "达到65 dB(A)" is no minimum; second reading) and qualitative for a grade ("1级": which end
    of its scale is best is the scale's)."""
    unit = compact(limit.unit or "")
    if unit.endswith("级"):
        return "qualitative"
    if unit == "%" and limit.value == 100:
        return "="
    found = rules.lexicon.match(name, unit=limit.unit)
    spec = rules.lexicon.get(found.canonical_id) if found else None
    return "=" if spec is not None and spec.direction in ("lower", "target") else ">="


def _designation(name: str, heads: tuple[str, ...]) -> bool:
    """The name is a designation ("电线型号"), or holds one and its copula before a code the number
    reading cut ("产品型号为XD-")."""
    return bool(heads) and (name.endswith(heads) or any(f"{h}为" in name or f"{h}是" in name for h in heads))


def _to_indicators(body: ClauseText, p: _Pending, clause: Clause, document, rules: Rules) -> list[Indicator]:
    # (a name holds no bound: "…之差的绝对值" named before "不大于3 ℃" is bounded, not computed)
    if rules.clauses.condition_subject.match(compact(p.name)) or rules.scope.calculation.search(p.name):
        return []  # "试验温度为23 ℃±2 ℃", "贮存温度…", "按式（1）计算：…": a condition or a formula
    if _designation(compact(p.name), rules.clauses.designation):
        return []  # "电线型号为60227 IEC 53", "产品型号为XD-2000": a designation, not a quantity
    if compact(p.name).endswith(tuple(rules.clauses.spec.sentences.label_verbs)):
        return []  # "8.2 应在包装上标明：…保质期12个月" (a heading): the label's content
    respective = _RESPECTIVE_LIMITS.search(compact(body.text[p.start : p.end]))
    if _ENUMERATION.search(body.text[p.limit_text_start : p.end]) and (
        respective is None or respective.group().endswith("为")
    ):
        # "应至少设有45 ℃、60 ℃、80 ℃、90 ℃四个恒温档位", "再现性限R分别为…": settings or results listed, no
        # bound (分别 and a comparator pair bounds: "…分别不超过5%、5%、8%和10%")
        return []
    limit_text = p.stated or body.text[p.limit_text_start : p.end].replace("\n", "")
    conditions, words, bound = list(p.conditions), rules.clauses, None
    if (given := _LIMIT_GIVEN.match(limit_text)) and compact(p.name).endswith(words.bound_heads["<="]):
        # "菌落总数指标限值按500 MPN/mL执行" (GB 5749 4.4): the limit is the value the sentence applies,
        # a maximum (限值); the name is what it limits
        limit_text, bound = given["value"], "<="
        p = _with_name(p, _LIMIT_HEAD.sub("", p.name) or p.name)
    grades, limit_text = _printed_grades(limit_text, rules)
    limit_text, inclusive = _inclusion_note(limit_text)
    parts = _bracketed_conditions(limit_text, words)
    if parts is None:
        # A note in brackets after the value ("…不大于20 mg/kg（深色产品允许降低半级）") is a condition.
        if (
            (note := _TRAILING_NOTE.search(limit_text))
            and limit_text[: note.start()].strip(" ：:，,")
            and not limit_text[: note.start()].rstrip().endswith("/")  # "10 g/(m²·24h)": the unit's own
        ):
            conditions.append(squeeze_spaces(note.group(1)))
            limit_text = limit_text[: note.start()]
        parts = [(limit_text, [])]
    out = []
    limits, own_conditions = [], []
    for part, bracketed in parts:
        for limit in limits_in(part, default_comparator=None, unit_hint=None, rules=rules):
            limits.append(limit)
            own_conditions.append(bracketed)
    if p.outcome or rules.clauses.cited_grade.match(mask_standard_numbers(limit_text, rules).strip()):
        # "应达到GB/T 9286规定的1级及以上": a class of the cited standard's scale, not the number 1;
        # "不应产生…小零件": a state holds no number (零件 is no 0)
        limits = [Limit("qualitative", value_text=squeeze_spaces(words_after_modal(limit_text, rules)))]
    if len(limits) == 2 and (ratio := _RATIO.search(limit_text)) is not None:
        # "护理员与失能老人的配比应不低于1∶4": one ratio, 1/4, not the numbers 1 and 4
        a, b = float(ratio.group("a")), float(ratio.group("b"))
        comparator = limits[0].comparator if limits[0].comparator != "=" else "="
        limits = [
            Limit(comparator, value=round(a / b, 6) if b else None, value_text=ratio.group(), flags=["ratio"])
        ]
    if inclusive is False:  # "60 ℃以下（不含60 ℃）": the bound itself is out
        limits = [dataclasses.replace(x, comparator=_STRICT.get(x.comparator, x.comparator)) for x in limits]
    if p.grades and len(p.grades) == len(limits) and not grades:
        # "特级、一级和二级…分别不超过3%、5%和10%": each grade listed its value, one comparator
        grades = list(p.grades)
        limits = [limits[0], *(_with_comparator(x, limits[0].comparator) for x in limits[1:])]
    elif len(p.grades) > 1 and len(limits) == 1 and not grades:
        # "一等品和合格品不低于3级": the one bound holds for each grade listed
        grades, limits = list(p.grades), limits * len(p.grades)
        own_conditions = own_conditions * len(p.grades)
    printed = body.text[p.start : p.limit_text_start] + limit_text  # the subject as printed, then the limit
    names = None
    if (measured_at := _measured_at_each(p.name, printed, len(limits))) is not None:
        # "25 ℃时的黏度和40 ℃时的黏度分别不小于…": one quantity, each value at its own condition
        names, at_each = measured_at
        own_conditions += [[] for _ in range(len(limits) - len(own_conditions))]
        own_conditions = [[c, *own] for c, own in zip(at_each, own_conditions[: len(at_each)], strict=True)]
    else:
        names = _respective_names(p.name, printed, len(limits), rules)
    if names:  # "拉伸强度和断裂伸长率应分别不小于10 MPa和150%": each name its value, one comparator
        # unless a value prints its own ("分别不大于12 mm和不小于20 mm")
        limits = [
            limits[0],
            *(x if x.comparator != "=" else _with_comparator(x, limits[0].comparator) for x in limits[1:]),
        ]
    elif (spread := _respective_conditions(conditions, printed, len(limits), rules)) is not None:
        # "断裂强力：纵向和横向分别不小于20 N和10 N": the heading's quantity, each part listed its value;
        # "电气性能：泄漏电流和接地电阻分别…": quantities listed under a heading naming their kind
        conditions, each_part = spread
        if all(_names_quantity(x, rules) for x in each_part):
            names = each_part
        else:
            own_conditions += [[] for _ in range(len(limits) - len(own_conditions))]
            own_conditions = [
                [part, *own] for part, own in zip(each_part, own_conditions[: len(each_part)], strict=True)
            ]
        limits = [limits[0], *(_with_comparator(x, limits[0].comparator) for x in limits[1:])]
    elif shared := _shared_names(p.name, printed, limits, rules):
        # "铅、镉的含量均不得超过0.1 mg/kg": every name listed is bounded by each limit
        names = [n for n in shared for _ in limits]
        limits = [x for _ in shared for x in limits]
    for k, limit in enumerate(limits):
        if names:
            p = _with_name(p, names[k])
        area = words.area_owner.match(compact(p.name))
        if area is not None:  # "城区的上门服务时间": 上门服务时间 in 城区
            p = _with_name(p, area["name"])
            own_conditions += [[] for _ in range(k + 1 - len(own_conditions))]
            own_conditions[k] = [area["area"], *own_conditions[k]]
        grade = grades[k] if len(grades) == len(limits) else (grades[0] if len(grades) == 1 else p.grade)
        if limit.comparator == "reference" and not _NAMES_A_DOCUMENT.search(limit.value_text or ""):
            continue  # "应符合相应国家标准的规定" names no document: no requirement to record
        if limit.comparator in ("reference", "qualitative") and is_input_subject(p.name, rules.scope):
            continue  # "原料应符合GB 2715的规定": a requirement on an input, not on the product
        introduces = rules.clauses.introduces_items.search(limit.value_text or "")
        if limit.comparator == "qualitative" and introduces:
            continue  # "应符合下列要求：" introduces the items below
        if limit.comparator == "qualitative" and rules.clauses.method.match(limit_text):
            continue  # "适宜人群按产品标准要求标示": how something is done, no property
        if limit.comparator == "qualitative" and states_a_comparison(limit_text, rules):
            continue  # "须低于方法的检测限": a comparison with no printed number
        if limit.comparator == "qualitative" and (
            (p.from_title and not p.outcome) or "formula_or_unparsed" in limit.flags
        ):
            continue  # a free-text sentence, not a named requirement
        comparator = limit.comparator
        if comparator == "=" and words.floor.match(limit_text):
            # "业主满意度应达到90%": a value to reach, a minimum; a grade reached is a class of its scale
            comparator = _reached(limit, p.name, rules)
            if comparator == "qualitative":
                limit = Limit("qualitative", value_text=squeeze_spaces(words_after_modal(limit_text, rules)))
        if comparator == "=":  # "一般投诉处理时限为24 h": a time limit is a maximum
            comparator = next(
                (c for c, heads in words.bound_heads.items() if heads and p.name.endswith(heads)), "="
            )
            if bound:
                comparator = "<="
        # "铅的限量值为0.2 mg/kg": the limit of 铅
        name = _limited_quantity(p.name, rules) if limit.value is not None else p.name
        locator = f"clause:{clause.number}:{body.locator(p.start)}:{k}"
        out.append(
            Indicator(
                id=indicator_id(document.source.sha256, locator, name, None),
                name=name,
                comparator=comparator,
                value=limit.value,
                value_max=limit.value_max,
                tolerance=limit.tolerance,
                value_text=limit.value_text,
                unit=limit.unit or (p.unit if limit.comparator in _VALUED else None),
                grade=grade,
                conditions=_merged(conditions, own_conditions[k] if k < len(own_conditions) else [], limit),
                clause=clause.number,
                flags=list(limit.flags) + _subject_flags(p),
                provenance=body.provenance(p.start, p.end, clause.number),
            )
        )
    return out
