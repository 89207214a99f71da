"""What surrounds a table on the page: its caption above, its notes below, the sentence that
introduces it ("……应符合表1的规定").  GB/T 1.1-2020 8.6: the caption "表 1 标题" sits above the
table, 注 and footnotes (a, b ...) below it, and "续表" or "表 1（续）" heads a continuation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from std_extract.document import BBox, Page, TextLine
from std_extract.textnorm import clean_text

CAPTION = re.compile(
    r"^\s*(续\s*)?附?表\s*(?P<number>[A-Z]\s*\.\s*\d+|\d+(?:\s*[.\-]\s*\d+)?)(?![\d.])\s*(?P<rest>.*)$"
)
# "表2（续）", "续表 3", "附表A.1 目标物的检出限和测定下限（续表）" (HJ 713)
CONTINUED = re.compile(r"^[(（]\s*续\s*表?\s*\d*\s*[)）]|^续|[(（]\s*续\s*表?\s*\d*\s*[)）]\s*$")
UNIT = re.compile(r"\s*单\s*位\s*[:：].*$")
NOTE_START = re.compile(
    r"^\s*(注\s*\d*\s*[:：]|注\s*\d+\s|注\s*[:：]?\s*\S)|^\s*[a-z]\s*$|^\s*[a-z]\s?[^\sa-z(]"
    r"|^\s*[∗*]\s*[\u4e00-\u9fff]"  # an asterisk footnote ("∗ 该限量为临时限量", GB 2763)
)
CAPTION_REACH = 3  # lines above a table searched for its caption
INTRO_REACH = 6  # lines above the caption searched for the sentence that cites the table
NOTE_GAP = 1.6  # a vertical gap of this many line heights ends the notes
HEADING_REACH = 12  # lines above the caption searched for the clause headings it sits under
HEADING_LINE = re.compile(r"^\s*((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3}){1,5})\s*(?=[\u4e00-\u9fff])(.*)$")
LATIN_GLOSS = re.compile(r"\s*[(（][A-Za-z0-9 ,.'\-]+[)）]\s*$")  # an English name after a Chinese one
TITLE_MAX = 25  # a heading's title is short; longer text after a number is a clause without title
LEADING_NUMBER = re.compile(r"^\s*([A-Z]\.)?\d+(\.\d+)*\s+")  # "4.2 感官要求：应符合表1的规定。"


@dataclass
class Caption:
    text: str  # as printed
    number: str  # "1", "A.1"
    title: str
    continued: bool
    line: TextLine


# Titles a caption may be alone with, which a sentence citing the table also opens with: "表1 要求" is the
# requirement table's caption (GB/T 1.1-2020 style), "表1要求的…" a sentence.
_TITLE_WORDS = frozenset({"要求", "规定"})


def parse_caption(line: TextLine) -> Caption | None:
    """The caption a line prints, or None: "表1 理化指标", "表 A.1 ……", "表2（续）", "续表 3"."""
    clean = clean_text(line.text).strip()
    match = CAPTION.match(clean)
    if match is None or len(clean) > 60:
        return None
    number = re.sub(r"\s+", "", match.group("number"))
    rest = match.group("rest").strip()
    continued = bool(match.group(1)) or bool(CONTINUED.search(rest))
    rest = CONTINUED.sub("", rest).strip()
    citing = rest.startswith(("中", "的", "所", "规定", "要求", "和", "、", ",", "，", "。"))
    if citing and rest not in _TITLE_WORDS:
        return None  # a sentence citing the table ("表1中的……", "表1要求的…"), not a caption
    title = UNIT.sub("", rest).strip()
    return Caption(
        text=line.text.strip(),
        number=number,
        title=re.sub(r"\s+", " ", title),
        continued=continued,
        line=line,
    )


def caption_above(page: Page, bbox: BBox, used: set[int]) -> Caption | None:
    """The caption among the lines just above a table box (the nearest first)."""
    above = [i for i, ln in enumerate(page.lines) if ln.bbox[3] <= bbox[1] + 2 and i not in used]
    for index in reversed(above[-CAPTION_REACH:]):
        caption = parse_caption(page.lines[index])
        if caption is not None:
            return caption
    return None


# The unit of a table's values printed on a line of its own between the caption and the grid, set
# right (GB/T 1.1-2020 8.4.5: "单位为毫克每千克", "单位：mg/L").
UNIT_LINE = re.compile(r"^\s*单\s*位\s*(?:为|[:：])\s*(?P<unit>\S.{0,29})$")


def unit_line_above(page: Page, bbox: BBox, used: set[int]) -> tuple[int, str] | None:
    """(line index, unit as printed) of a unit line among the lines just above a table box."""
    above = [i for i, ln in enumerate(page.lines) if ln.bbox[3] <= bbox[1] + 2 and i not in used]
    for index in reversed(above[-CAPTION_REACH:]):
        m = UNIT_LINE.match(clean_text(page.lines[index].text))
        if m:
            return index, m.group("unit").strip()
        if parse_caption(page.lines[index]) is not None:
            return None  # the caption: no unit line between it and the grid
    return None


SUBJECT_REACH = 7  # lines of a subject block between a caption and its grid (GB 2760: name, CNS号, 功能)
SUBJECT_INDENT = 20.0  # points a subject line may start right of the grid's left edge (or 5 left of it)
SUBJECT_GAP = 2.5  # line heights between the lines of a subject block


@dataclass
class Subject:
    """The block of lines a table sits under that says what its rows are about (GB 2760 表A.1: the
    additive's name, "CNS号 04.005  INS号 —", "功能 抗氧化剂" between "表A.1（续）" and each
    additive's grid), with the caption above it when one is there."""

    lines: list[str]
    line_ids: list[int]  # the block's lines and its caption's, by index on the page
    caption: Caption | None


def subject_above(page: Page, bbox: BBox, used: set[int]) -> Subject | None:
    """The subject block just above a ruled grid: short lines that start at the grid's left edge,
    are no sentence, clause heading, note or unit line, and are set close together, up to a
    caption or anything else (``used``: the lines of the page's tables).  None when there is no
    such line (the caption right above the grid)."""
    above = [i for i, ln in enumerate(page.lines) if ln.bbox[3] <= bbox[1] + 2]
    ids: list[int] = []
    bottom = bbox[1]
    for index in reversed(above[-(SUBJECT_REACH + 1) :]):
        line = page.lines[index]
        if index in used:
            break  # a line of another table
        height = max(line.bbox[3] - line.bbox[1], 1.0)
        if bottom - line.bbox[3] > SUBJECT_GAP * height:
            break
        caption = parse_caption(line)
        if caption is not None:
            return _subject(page, ids, caption, index)
        if not _subject_line(line, bbox) or len(ids) == SUBJECT_REACH:
            break
        ids.insert(0, index)
        bottom = line.bbox[1]
    return _subject(page, ids, None)


# A subject block whose first line is its code or function line: its name was printed at the foot
# of the page before (GB 2760-2024 p.74/75: "磷酸及磷酸盐…" over the page break, "CNS号 01.106,…" here).
NAMELESS_SUBJECT = re.compile(r"^\s*(?:CNS|INS|功能)")


def subject_overleaf(page: Page, used: set[int], below: float, x0: float) -> list[str]:
    """The lines closing ``page`` under its last table (``below``: that table's bottom) that open
    the subject block of a table on the next page: the first block of subject lines there, set
    close together, before the page's footnotes."""
    lines: list[str] = []
    bottom: float | None = None
    for index, line in enumerate(page.lines):
        if index in used or line.bbox[1] < below:
            continue
        height = max(line.bbox[3] - line.bbox[1], 1.0)
        if bottom is not None and line.bbox[1] - bottom > SUBJECT_GAP * height:
            break
        if not _subject_line(line, (x0, line.bbox[1], x0, line.bbox[3])):
            break
        lines.append(line.text.strip())
        bottom = line.bbox[3]
    return lines


def _subject(page: Page, ids: list[int], caption: Caption | None, caption_id: int = -1) -> Subject | None:
    if not ids:
        return None
    taken = [*ids, caption_id] if caption is not None else ids
    return Subject([page.lines[i].text.strip() for i in ids], taken, caption)


def _subject_line(line: TextLine, bbox: BBox) -> bool:
    text = clean_text(line.text).strip()
    gloss = not re.search(r"[\u4e00-\u9fff]", text)  # the English name's second line, set in its column
    starts_at_edge = gloss or bbox[0] - 5 <= line.bbox[0] <= bbox[0] + SUBJECT_INDENT
    sentence = re.search(r"[。；;：:]$", text) or "。" in text
    marked = NOTE_START.match(text) or UNIT.match(text) or _numbered(text) or HEADING_LINE.match(text)
    return bool(text) and starts_at_edge and len(text) <= 120 and not sentence and not marked


def notes_below(page: Page, bbox: BBox, used: set[int]) -> tuple[list[str], list[int]]:
    """注 and footnote lines printed under a table; a marker printed alone ("ａ") joins its text."""
    notes: list[str] = []
    taken: list[int] = []
    prev_bottom = bbox[3]
    note_x0: float | None = None
    for index, line in enumerate(page.lines):
        if line.bbox[1] < bbox[3] - 2 or index in used:
            continue
        height = max(line.bbox[3] - line.bbox[1], 1.0)
        if line.bbox[1] - prev_bottom > NOTE_GAP * height or parse_caption(line):
            break
        text = line.text.strip()
        if re.fullmatch(r"[_\-—－ ]{5,}", clean_text(text)):
            break  # the rule over the page footer, drawn as underscores
        starts = NOTE_START.match(clean_text(text))
        if starts and not _numbered(text):
            notes.append(text)
            note_x0 = line.bbox[0]
        elif notes and note_x0 is not None and line.bbox[0] >= note_x0 - 2 and not _numbered(text):
            notes[-1] = _join(notes[-1], text)
        else:
            break
        taken.append(index)
        prev_bottom = line.bbox[3]
    return _merge_markers(notes), taken


def split_notes(text: str) -> list[str]:
    """A block of notes printed in one cell -> one string per 注 or footnote (a, b ...)."""
    notes: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if not notes or NOTE_START.match(clean_text(line)):
            notes.append(line)
        else:
            notes[-1] = _join(notes[-1], line)
    return _merge_markers(notes)


def _merge_markers(notes: list[str]) -> list[str]:
    merged: list[str] = []
    for note in notes:
        if merged and re.fullmatch(r"[a-z]", clean_text(merged[-1])):
            merged[-1] = f"{merged[-1]} {note}"
        else:
            merged.append(note)
    return merged


def _numbered(text: str) -> bool:
    return re.match(r"^\d+(\.\d+)*\s+\S", clean_text(text)) is not None


def _join(left: str, right: str) -> str:
    return left + right if re.search(r"[\u4e00-\u9fff，、（]$", left) else f"{left} {right}"


def table_mention(number: str) -> re.Pattern:
    """ "表{number}" cited in running text ("应符合表1的规定", "见表 A.1"), not 表10 for 表1."""
    return re.compile(r"表\s*" + re.escape(number).replace(r"\.", r"\s*\.\s*") + r"(?![\d.])")


def citing_sentence(text: str, number: str) -> str | None:
    """The sentence of a clause's text that cites "表{number}", or None."""
    mention = table_mention(number)
    clean = clean_text(text).replace("\n", "")
    return _sentence_with(clean, mention) if mention.search(clean) else None


def intro_sentence(pages: list[Page], page_index: int, line_index: int, number: str) -> str | None:
    """The sentence citing "表{number}" in the lines just before a caption, joined on one line."""
    mention = table_mention(number)
    lines = _lines_before(pages, page_index, line_index, INTRO_REACH)
    for k in range(len(lines) - 1, -1, -1):
        if mention.search(clean_text(lines[k].text)):
            start = k
            while start > 0 and k - start < 3 and not _sentence_break(lines[start - 1], lines[start]):
                start -= 1
            end = k
            while end + 1 < len(lines) and not lines[end].text.rstrip().endswith("。") and end - k < 3:
                end += 1
            text = "".join(ln.text.strip() for ln in lines[start : end + 1])
            lead = LEADING_NUMBER.match(clean_text(text))
            return _sentence_with(text[lead.end() :] if lead else text, mention)
    return None


def _sentence_break(before: TextLine, line: TextLine) -> bool:
    """True when ``line`` starts a sentence: the line before ends one, or either is a heading."""
    return before.text.rstrip().endswith(("。", "：", ":")) or _numbered(before.text) or _numbered(line.text)


def _sentence_with(text: str, mention: re.Pattern) -> str:
    sentences = re.findall(r"[^。]*。?", text)
    for sentence in sentences:
        if mention.search(clean_text(sentence)):
            return sentence.strip()
    return text.strip()


def _lines_before(pages: list[Page], page_index: int, line_index: int, count: int) -> list[TextLine]:
    lines = pages[page_index].lines[max(0, line_index - count) : line_index]
    if len(lines) < count and page_index > 0:
        lines = pages[page_index - 1].lines[-(count - len(lines)) :] + lines
    return lines


def intro_headings(pages: list[Page], page_index: int, line_index: int) -> list[str]:
    """Titles of the numbered clauses a caption sits under, outermost first: the nearest heading
    above it and that heading's parents printed above it (GB 2763: "4.35 苯噻酰草胺(mefenacet)" over
    "4.35.4 最大残留限量：应符合表35的规定" gives ["苯噻酰草胺(mefenacet)", "最大残留限量"]).  A table
    whose rows are food categories names its indicator there when its caption does not."""
    chain: list[str] = []
    child: str | None = None
    for line in reversed(_lines_before(pages, page_index, line_index, HEADING_REACH)):
        if parse_caption(line) is not None:
            break  # the lines of another table's caption and rows
        clean = clean_text(line.text)
        match = HEADING_LINE.match(clean)
        if match is None or child is not None and not child.startswith(match.group(1) + "."):
            continue
        child = match.group(1)
        printed = line.text if len(line.text) == len(clean) else clean  # the title as printed
        title = _heading_title(printed[match.start(2) :])
        if title:
            chain.insert(0, title)
    return chain


def _heading_title(rest: str) -> str:
    """The title of a numbered clause from the text after its number: up to a colon ("最大残留
    限量：应符合……"), or the whole text when short and not a sentence; "" for a clause without title."""
    rest = rest.strip()
    colon = re.search(r"[：:]", rest)
    if colon and 0 < colon.start() <= TITLE_MAX:
        return rest[: colon.start()].strip()
    core = LATIN_GLOSS.sub("", rest)  # "霜霉威和霜霉威盐酸盐(propamocarb and …)": the gloss is no sentence
    if len(core) > TITLE_MAX or re.search(r"[。；;，,]", clean_text(core)):
        return ""
    return re.sub(r"\s+", " ", rest)
