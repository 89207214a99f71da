"""Body lines -> the clause tree (GB/T 1.1: 前言, 引言, 1 范围 ... 4.2.1, 附录 A, A.1 ...).

A numbered line is a heading only if its number follows the previous ones (4.2 after 4.1 or
under 4, not 7.3 in the middle of chapter 4), it starts at the left margin, and it is not a
table-of-contents entry (dot leaders) or a line inside a table.  Everything else is body text of
the innermost open clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from std_extract.document import BBox, Clause, Page, TextLine
from std_extract.textnorm import clean_text

FRONT = {"前言": "foreword", "引言": "introduction", "目次": "toc", "目录": "toc"}
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,5})(?:\s+|(?=[^\d.\s])|$)(.*)$")
ANNEX = re.compile(r"^附\s*录\s*([A-Z])(?![A-Za-z])\s*(.*)$")
ANNEX_CLAUSE = re.compile(r"^([A-Z])\.(\d{1,3}(?:\.\d{1,3}){0,4})(?:\s+|(?=[^\d.\s])|$)(.*)$")
ANNEX_KIND = re.compile(r"^[（(]\s*(规范性|资料性|提示的|标准的)\s*(附录)?\s*[)）]\s*")
LEADERS = re.compile(r"[.·…_]{6,}|(?:\. ){3,}")  # dot leaders of a TOC entry ("……" alone is an ellipsis)
UNIT_START = re.compile(
    r"^(g|mg|kg|μg|ml|mL|L|μl|μL|min|h|s|d|m|cm|mm|nm|℃|°C|%|mol|r/min|MPa|kPa|Pa)(?![A-Za-z])"
)
SENTENCE = re.compile(r"[。；;]")
ENDINGS = "。：:；;！!？?）)」』”\"'"  # a line ending in one of these may be followed by a heading
# A heading title never starts like these; a number in front of them is a cross-reference or a
# list item at the start of a wrapped line ("7.3.3 a）步骤进行", "4.2 的规定").
BAD_TITLE_START = re.compile(r"^([a-z][)）]|[的、，,。.)）%~～]|[中条章][的规中款])")
TITLE_MAX = 40  # a chapter title longer than this is running text with a number in front
CLAUSE_TITLE_MAX = 25  # ... and a clause title longer than this is the text of a clause without title
MARGIN_SLACK = 14.0  # points a heading may start right of the page's left margin
NEXT_GAP = 2  # a number may skip at most one (a heading the text layer lost)
COLUMN_CHARS = 15  # a text column at least this many chars wide, for telling wrapped lines


@dataclass
class _Heading:
    number: str | None
    title: str
    kind: str
    level: int
    text: str = ""  # text printed on the heading line after the title ("4.1 原料要求：生乳应…")
    normative: bool | None = None  # annexes: （规范性） True, （资料性） False, None when not printed


@dataclass
class _State:
    chapter: int = 0
    annex: str | None = None
    last_child: dict[tuple, int] = field(default_factory=dict)  # parent path -> last child number
    in_toc: bool = False
    annex_numbered: bool = False  # the open annex numbers its clauses 1, 2, 3.1 (GB 5085.x), not A.1


def lines_to_clauses(
    pages: list[Page], exclude: dict[int, list[BBox]] | None = None, title: str | None = None
) -> list[Clause]:
    """The clause tree of a document's body lines; ``exclude`` maps pages to table boxes."""
    builder = _TreeBuilder(_compact(title or ""))
    state = _State()
    for page in pages:
        margin, right = _margins(page)
        boxes = (exclude or {}).get(page.number, [])
        builder.page_break(page)
        skip = 0
        prev: TextLine | None = None
        for index, line in enumerate(page.lines):
            if skip:
                skip -= 1
                continue
            if any(_inside(line.bbox, box) for box in boxes):
                continue
            heading = None if _continues(prev, margin, right) else _heading(line, margin, state)
            prev = line
            if heading is None:
                builder.add_text(line, index)
                continue
            skip = _take_title_from_next(heading, page.lines[index + 1 : index + 3])
            builder.open(heading, line, index)
            builder.current.line_refs.extend((page.number, index + 1 + k) for k in range(skip))
    return builder.roots


def _continues(prev: TextLine | None, margin: float, right: float) -> bool:
    """True when ``prev`` is a paragraph line that runs to the right margin without ending its
    sentence: the next line continues it ("……按照" over "7.3.3 a）步骤进行。" is a reference,
    not clause 7.3.3)."""
    if prev is None or not prev.text.strip():
        return False
    size = prev.bbox[3] - prev.bbox[1]
    if right - margin < COLUMN_CHARS * size:
        return False  # no text column to fill (a short page of headings)
    full = prev.bbox[0] <= margin + 3 * size and prev.bbox[2] >= right - 1.5 * size
    return full and prev.text.rstrip()[-1] not in ENDINGS


def _heading(line: TextLine, margin: float, state: _State) -> _Heading | None:
    """The heading a line starts, or None.  Matching runs on the cleaned text; titles are sliced
    from the printed text (cleaning maps one char to one char, so offsets agree)."""
    text = _Printed(line.text)
    compact = _compact(str(text))
    if compact in FRONT and state.chapter == 0 and state.annex is None:
        state.in_toc = FRONT[compact] == "toc"
        return _Heading(None, text.printed.strip(), FRONT[compact], 1)
    if LEADERS.search(str(text)):
        return None  # a table-of-contents entry
    if match := ANNEX.match(str(text)):
        return _annex(text.groups(match), state)
    if state.in_toc:
        return None
    if match := ANNEX_CLAUSE.match(str(text)):
        return _annex_clause(text.groups(match), state, line, margin)
    if (match := NUMBERED.match(str(text))) and (state.annex is None or state.annex_numbered):
        return _numbered(text.groups(match), state, line, margin)
    return None


class _Printed:
    """A line's printed text with its cleaned twin (same length) for matching."""

    def __init__(self, printed: str):
        self.printed = printed
        self.clean = clean_text(printed)

    def __str__(self) -> str:
        return self.clean

    def groups(self, match: re.Match) -> tuple[str, ...]:
        """The match's groups: numbers as cleaned ("３．１" -> "3.1"), the last one as printed."""
        values = [match.group(i) for i in range(1, match.re.groups)]
        return (*values, self.printed[match.start(match.re.groups) : match.end(match.re.groups)])


def _annex(groups: tuple[str, ...], state: _State) -> _Heading | None:
    letter, rest = groups[0], groups[1].strip()
    expected = "A" if state.annex is None else chr(ord(state.annex) + 1)
    if letter != expected or LEADERS.search(rest):
        return None
    state.annex, state.in_toc = letter, False
    # Some annexes are whole methods numbered from 1 again (GB 5085.3 附录A: "1 范围", "3.1 ……"):
    # they may, until the first A.1-style clause shows the annex numbers the usual way.
    state.chapter, state.annex_numbered = 0, True
    state.last_child = {key: n for key, n in state.last_child.items() if key and isinstance(key[0], str)}
    kind = ANNEX_KIND.match(clean_text(rest))
    rest = rest[kind.end() :].strip() if kind else rest
    return _Heading(letter, re.sub(r"\s+", " ", rest), "annex", 1, normative=_normative(kind))


def _normative(kind: re.Match[str] | None) -> bool | None:
    """（规范性）/（标准的） annexes bind; （资料性）/（提示的） ones only inform
    (GB/T 1.1-2020 and the older 1.1-2009 wording)."""
    return None if kind is None else kind.group(1) in ("规范性", "标准的")


def _annex_clause(groups: tuple[str, ...], state: _State, line: TextLine, margin: float) -> _Heading | None:
    letter, digits, rest = groups
    if letter != state.annex or line.bbox[0] > margin + MARGIN_SLACK:
        return None
    parts = tuple(int(p) for p in digits.split("."))
    if not _follows(state, (letter,) + parts[:-1], parts[-1]):
        return None
    title, text = _split_title(rest)
    if title is None:
        return None
    state.last_child[(letter,) + parts[:-1]] = parts[-1]
    state.annex_numbered = False
    return _Heading(f"{letter}.{digits}", title, "annex_clause", 1 + len(parts), text)


def _numbered(groups: tuple[str, ...], state: _State, line: TextLine, margin: float) -> _Heading | None:
    digits, rest = groups
    parts = tuple(int(p) for p in digits.split("."))
    if 0 in parts or UNIT_START.match(clean_text(rest)) or line.bbox[0] > margin + MARGIN_SLACK:
        return None
    if len(parts) == 1:
        title = rest.strip()
        if not (0 < parts[0] - state.chapter <= NEXT_GAP) or not _chapter_title(title):
            return None
        state.chapter, state.in_toc = parts[0], False
        state.last_child[parts] = 0
        if state.annex is not None:  # a chapter of a method annex, under the annex
            return _Heading(digits, re.sub(r"\s+", " ", title), "annex_clause", 2)
        return _Heading(digits, re.sub(r"\s+", " ", title), "chapter", 1)
    if parts[0] != state.chapter or not _follows(state, parts[:-1], parts[-1]):
        return None
    clause_title, text = _split_title(rest)
    if clause_title is None:
        return None
    state.last_child[parts[:-1]] = parts[-1]
    if state.annex is not None:
        return _Heading(digits, clause_title, "annex_clause", len(parts) + 1, text)
    return _Heading(digits, clause_title, "clause", len(parts), text)


def _follows(state: _State, parent: tuple, number: int) -> bool:
    """True when ``parent.number`` continues the numbering: the parent was seen, no big jump."""
    if len(parent) > 1 and state.last_child.get(parent[:-1], 0) < parent[-1]:
        return False  # the parent clause itself was never opened
    last = state.last_child.get(parent, 0)
    return 0 < number - last <= NEXT_GAP


def _chapter_title(title: str) -> bool:
    clean = clean_text(title)
    return (
        0 < len(title) <= TITLE_MAX
        and not SENTENCE.search(clean)
        and not BAD_TITLE_START.match(clean)
        and not clean[0].isdigit()
    )


def _split_title(rest: str) -> tuple[str | None, str]:
    """A numbered clause's title and the text after it; ("", text) for a clause without title.

    ``rest`` is the printed text after the number.  "原料要求：生乳应符合…" has a title and text,
    "采样点和采样方法按照HJ/T298进行。" is a clause without a title (GB/T 1.1 无标题条).
    """
    rest = rest.strip()
    if not rest:
        return "", ""
    if BAD_TITLE_START.match(clean_text(rest)):
        return None, ""
    colon = re.search(r"(?<!\d)[：:]|[：:](?!\d)", rest)  # not the colon of a time ("当日16:00前")
    if colon and 0 < colon.start() <= CLAUSE_TITLE_MAX and not SENTENCE.search(rest[: colon.start()]):
        return rest[: colon.start()].strip(), rest[colon.end() :].strip()
    if len(rest) > CLAUSE_TITLE_MAX or SENTENCE.search(rest) or re.search("[，,]", rest):
        return "", rest
    return re.sub(r"\s+", " ", rest), ""


def _take_title_from_next(heading: _Heading, following: list[TextLine]) -> int:
    """Lines after a heading printed alone that hold its title: "3.1" over the term, "附录A" over
    "（规范性附录）" and the annex title.  Returns how many lines were taken."""
    if heading.title or heading.text or heading.kind in ("foreword", "introduction", "toc"):
        return 0
    taken = 0
    for line in following:
        text = clean_text(line.text).strip()
        if heading.kind == "annex" and (kind := ANNEX_KIND.fullmatch(text)):
            heading.normative = _normative(kind)
            taken += 1
            continue
        if (
            not text
            or len(text) > TITLE_MAX
            or SENTENCE.search(text)
            or NUMBERED.match(text)
            or ANNEX.match(text)
        ):
            return taken if heading.kind == "annex" else 0
        heading.title = re.sub(r"\s+", " ", line.text.strip())
        return taken + 1
    return taken if heading.kind == "annex" else 0


class _TreeBuilder:
    """Keeps the stack of open clauses; text goes to the innermost one."""

    def __init__(self, title: str):
        self.roots: list[Clause] = []
        self.stack: list[Clause] = []
        self.title = title
        self.closed_front = False

    @property
    def current(self) -> Clause:
        return self.stack[-1]

    def page_break(self, page: Page) -> None:
        """The body starts on a new page with the title: that closes 前言/引言 (GB/T 1.1)."""
        if not self.stack or self.stack[0].kind not in ("foreword", "introduction", "toc") or not page.lines:
            return
        first = _compact(clean_text(page.lines[0].text))
        if self.title and first and first in self.title:
            self.stack = []

    def open(self, heading: _Heading, line: TextLine, index: int) -> None:
        clause = Clause.model_construct(
            number=heading.number, title=heading.title, kind=heading.kind, level=heading.level,
            text=heading.text, normative=heading.normative, page_start=line.page, page_end=line.page,
            line_refs=[(line.page, index)], children=[],
        )  # fmt: skip
        while self.stack and self.stack[-1].level >= heading.level:
            self.stack.pop()
        (self.stack[-1].children if self.stack else self.roots).append(clause)
        self.stack.append(clause)

    def add_text(self, line: TextLine, index: int) -> None:
        if not self.stack:
            return
        clause = self.current
        clause.text = f"{clause.text}\n{line.text}" if clause.text else line.text
        clause.line_refs.append((line.page, index))
        for open_clause in self.stack:
            open_clause.page_end = max(open_clause.page_end, line.page)


def _margins(page: Page) -> tuple[float, float]:
    """Left and right margins of the body: the smallest x0 shared by several lines, the largest x1."""
    if not page.lines:
        return 0.0, page.width
    return _common_edge([ln.bbox[0] for ln in page.lines], min), max(ln.bbox[2] for ln in page.lines)


def _common_edge(values: list[float], pick) -> float:
    counts: dict[int, int] = {}
    for x in values:
        counts[int(x) // 4] = counts.get(int(x) // 4, 0) + 1
    common = max(counts.values())
    frequent = [k * 4 for k, n in counts.items() if n >= max(2, common // 3)]
    return pick(frequent) if frequent else pick(values)


def _inside(bbox: BBox, box: BBox) -> bool:
    cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return box[0] - 2 <= cx <= box[2] + 2 and box[1] - 2 <= cy <= box[3] + 2


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
