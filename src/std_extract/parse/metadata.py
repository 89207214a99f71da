"""Cover page -> StandardMetadata: number, title, dates, issuing body, 代替, ICS/CCS, 备案号.

The cover is read as lines in reading order.  Interpretation works on a cleaned copy of each
line (full width folded, dashes and broken encodings repaired) that has exactly one character per
printed character, so a match in the cleaned text is also the span as printed.
"""

from __future__ import annotations

import re

from std_extract.document import Page, StandardMetadata, TextLine
from std_extract.parse.layout import is_cjk
from std_extract.parse.mojibake import repair_letter_runs
from std_extract.stdnum import number_grammar
from std_extract.textnorm import clean_text

COVER_PAGES = 2  # a cover is page 1; some files start with a blank or a notice page

DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)\s*日?\s*(发\s*布|实\s*施|批\s*准)?"
)  # covers before GB/T 1.1-2000 print "1995-03-28批准" where later ones print 发布
ICS = re.compile(
    r"ICS\s*(\d{2}\s*\.\s*\d{3}(?:\s*\.\s*\d{2})?(?:\s*[;；,，]\s*\d{2}\s*\.\s*\d{3}(?:\s*\.\s*\d{2})?)*)"
)
CCS = re.compile(r"CCS\s*([A-Z])\s*(\d{2})")
BARE_CCS = re.compile(r"^\s*([A-Z])\s*(\d{2})\s*$")  # older covers print the CCS code without a label
# "备案号：12345-2024"; sector standards print an em dash (80215—2026), provincial enterprise filings a
# region code first (330381-2026-0157)
FILING = re.compile(r"备\s*案\s*号\s*[:：]?\s*([0-9A-Za-z]+(?:\s*[-－—–]\s*[0-9A-Za-z]+)+)")
FILING_LABEL = re.compile(r"^备\s*案\s*号")
REPLACES = re.compile(r"代\s*替|替\s*代")
# The line naming the kind of standard ("中华人民共和国国家标准", "江苏省地方标准", "团体标准") is not
# part of the title; "食品安全国家标准" is.
KIND_LINE = re.compile(r"^(中华人民共和国\S*标准|\S*[省市区]地方标准|\S*团体标准|\S*企业标准)$")
FRONT_MATTER = re.compile(r"^(?:前言|目次|引言)$")  # headings of the pages after the cover (GB/T 1.1)
NOT_TITLE = re.compile(r"发布稿|本电子版|正式标准文本|^\W*$")
ISSUE_WORDS = re.compile(r"发\s*布|实\s*施")
# A title printed over several lines is its elements (GB/T 1.1: introductory, main, complementary)
# one per line, joined with a space ("食品安全国家标准 发酵乳"), unless a line is a long element
# wrapped at the margin ("…碱熔-离子选择" + "电极法", HJ 999): a line is wrapped when it does not end
# an element and is long or ends with a joining word.
ELEMENT_ENDS = ("标准", "测定", "提取", "方法", "鉴别", "产品", "通则", "规范", "要求", "限量")
JOINING_ENDS = ("及", "和", "与", "的", "、", "-", "—", "/")
WRAPPED_LENGTH = 12  # CJK characters in a title line that fills the title block
MAX_TITLE_LINES = 4
# Typeset English titles keep the font's ligature glyphs in the text layer ("Speciﬁcation", "eﬃciency");
# a title is searched as words, so each is spelt out (not in the body text, where one character per
# glyph is kept for provenance).
LATIN_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
DIGIT_STOPS: dict[str, str | int | None] = {
    chr(0x2488 + i): str(i + 1) for i in range(9)
}  # ⒈..⒐ ("GB/T1926⒍")


def cover_to_metadata(pages: list[Page]) -> StandardMetadata:
    """Metadata from the first pages' lines (the cover)."""
    lines = _cover_lines(pages)
    meta = StandardMetadata()
    if not lines:
        return meta
    cleaned = [_clean(line.text) for line in lines]
    number_at = _find_number(lines, cleaned, meta)
    start = number_at if number_at is not None else 0
    title_end = _find_title(lines, cleaned, start + 1, meta)
    if number_at is not None:
        _title_beside_number(lines, cleaned, number_at, meta)
    _find_dates(cleaned, meta)
    _find_codes(cleaned, meta)
    meta.enterprise = _find_issuer(cleaned, title_end)
    return meta


def _cover_lines(pages: list[Page]) -> list[TextLine]:
    for page in pages[:COVER_PAGES]:
        lines = sorted(_cover_candidates(page), key=lambda ln: (ln.bbox[1], ln.bbox[0]))
        if any(number_grammar().number.search(_clean(ln.text)) for ln in lines):
            return lines
    first = pages[0] if pages else None
    return sorted(first.header + first.lines + first.footer, key=lambda ln: ln.bbox[1]) if first else []


def _cover_candidates(page: Page) -> list[TextLine]:
    """The lines of a page that may be a cover.  A 前言 or 目次 page is not a cover: only its running
    header may carry the number; its text cites other standards ("按照GB/T 1.1—2020…起草")."""
    if any(FRONT_MATTER.match(_compact(line.text)) for line in page.lines):
        return list(page.header)
    return page.header + page.lines + page.footer


def _clean(text: str) -> str:
    """One-to-one cleaning: each output char stands for the printed char at the same index."""
    return repair_letter_runs(clean_text(text)).translate(str.maketrans(DIGIT_STOPS))


def parse_number(text: str) -> tuple[str, str, str, int] | None:
    """(number, prefix, kind, year) of the first standard number in ``text``, normalised."""
    grammar = number_grammar()
    match = grammar.number.search(_clean(text))
    return grammar.normalise(match) if match else None


def _find_number(lines: list[TextLine], cleaned: list[str], meta: StandardMetadata) -> int | None:
    """The first standard number not introduced by 代替; its line index (or the second line's)."""
    for i, text in enumerate(cleaned):
        candidates = [(text, lines[i].text, i)]
        if i + 1 < len(cleaned):  # "GB" over "2763—2021" (GB 2763 covers)
            candidates.append((text + " " + cleaned[i + 1], lines[i].text + " " + lines[i + 1].text, i + 1))
        for joined, printed, last in candidates:
            for match in number_grammar().number.finditer(joined):
                if REPLACES.search(joined[: match.start()]):
                    continue
                meta.number, meta.prefix, meta.kind, meta.year = number_grammar().normalise(match)
                meta.number_as_printed = printed[match.start() : match.end()]
                return last if match.end() > len(text) else i
    return None


def _find_title(lines: list[TextLine], cleaned: list[str], start: int, meta: StandardMetadata) -> int:
    """Chinese title lines after the number (代替 lines skipped), then English ones; the end index."""
    chinese: list[str] = []
    english: list[str] = []
    i = start
    for i in range(start, len(lines)):
        role = _title_role(cleaned[i].strip(), len(chinese), bool(english))
        if role == "stop":
            break
        if role == "english":
            english.append(re.sub(r"\s+", " ", lines[i].text.translate(LATIN_LIGATURES)).strip())
        elif role == "chinese":
            chinese.append(_squeeze_title(lines[i].text))
    else:
        i = len(lines)
    meta.title = join_title_lines(chinese) or None
    meta.title_en = " ".join(english) or None
    return i


def _title_beside_number(
    lines: list[TextLine], cleaned: list[str], number_at: int, meta: StandardMetadata
) -> None:
    """Covers before GB/T 1.1-2000 print the number at the right of the title block, level with
    its lines (GB/T 15555.12-1995: "固体废物 腐蚀性测定" left of the number, "玻璃电极法" below),
    so title lines that sit left of the number and end above it come before the ones after it."""
    number = lines[number_at].bbox
    height = number[3] - number[1]
    before: list[str] = []
    for i in range(number_at - 1, -1, -1):
        box = lines[i].bbox
        if box[2] > number[0] or number[1] - box[3] > 2 * height:
            break
        if _title_role(cleaned[i].strip(), 0, False) != "chinese" or KIND_LINE.search(_compact(cleaned[i])):
            break
        before.insert(0, _squeeze_title(lines[i].text))
    if before:
        meta.title = join_title_lines([*before, *([meta.title] if meta.title else [])])


def _title_role(text: str, chinese_lines: int, have_english: bool) -> str:
    """What a cover line after the number is: "chinese"/"english" title, "skip" or "stop"."""
    if (REPLACES.search(text) or FILING_LABEL.match(text)) and not chinese_lines:
        return "skip"  # 代替 GB 19645—2005; 备案号：80215—2026 printed under the number
    if DATE.search(text) or ISSUE_WORDS.search(text) and len(_compact(text)) <= 4:
        return "stop"  # the dates and 发布 at the foot
    if NOT_TITLE.search(text) or KIND_LINE.search(_compact(text)):
        return "stop" if have_english else "skip"  # （发布稿）, 中华人民共和国国家标准
    if _is_english(text):
        return "english"
    if not have_english and any(is_cjk(c) for c in text) and chinese_lines < MAX_TITLE_LINES:
        return "chinese"
    return "stop"


def _is_english(text: str) -> bool:
    letters = sum(c.isascii() and c.isalpha() for c in text)
    cjk = sum(is_cjk(c) for c in text)
    return letters >= 3 and letters > 2 * cjk


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _squeeze_title(text: str) -> str:
    """Printed title line -> title text: letter-spaced lines ("发 酵 乳") closed up, runs of spaces to one."""
    text = re.sub(r"\s+", " ", text).strip()
    parts = text.split(" ")
    if len(parts) >= 3 and all(len(p) == 1 for p in parts):
        return "".join(parts)
    return text


def join_title_lines(lines: list[str]) -> str:
    """Title lines -> one title: a space between elements ("食品安全国家标准 发酵乳"), none inside
    a wrapped one ("...碱熔-离子选择" + "电极法")."""
    title = ""
    for previous, line in zip([""] + lines, lines, strict=False):
        title = f"{title}{line}" if previous and _wrapped(previous) else f"{title} {line}".strip()
    return title


def _wrapped(line: str) -> bool:
    if line.endswith(ELEMENT_ENDS):
        return False
    return line.endswith(JOINING_ENDS) or sum(is_cjk(c) for c in line) >= WRAPPED_LENGTH


def _find_dates(cleaned: list[str], meta: StandardMetadata) -> None:
    dates: list[tuple[str, str | None]] = []
    for text in cleaned:
        for match in DATE.finditer(text):
            year, month, day, word = match.groups()
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                dates.append((f"{year}-{int(month):02d}-{int(day):02d}", _compact(word or "") or None))
    for iso, word in dates:
        if word in ("发布", "批准") and meta.issued is None:
            meta.issued = iso
        elif word == "实施" and meta.effective is None:
            meta.effective = iso
    unlabelled = [iso for iso, word in dates if word is None]
    if meta.issued is None and unlabelled:
        meta.issued = unlabelled.pop(0)
    if meta.effective is None and unlabelled:
        meta.effective = unlabelled.pop(0)


def _find_codes(cleaned: list[str], meta: StandardMetadata) -> None:
    for i, text in enumerate(cleaned):
        if match := ICS.search(text):
            codes = re.split(r"\s*[;；,，]\s*", re.sub(r"\s*\.\s*", ".", match.group(1)))
            meta.ics.extend(c for c in codes if c not in meta.ics)
        if match := CCS.search(text):
            meta.ccs.append(f"{match.group(1)} {match.group(2)}")
        elif i < 6 and (match := BARE_CCS.match(text)) and not meta.ccs:
            meta.ccs.append(f"{match.group(1)} {match.group(2)}")
        if (match := FILING.search(text)) and meta.filing_number is None:
            meta.filing_number = match.group(1)
        if REPLACES.search(text):
            for found in number_grammar().number.finditer(text):
                number = number_grammar().normalise(found)[0]
                if number != meta.number and number not in meta.replaces:
                    meta.replaces.append(number)


def _find_issuer(cleaned: list[str], start: int) -> str | None:
    """The issuing bodies printed at the foot of the cover, after the dates ("XX有限公司 发布")."""
    after_dates = next((i for i in range(start, len(cleaned)) if DATE.search(cleaned[i])), None)
    if after_dates is None:
        return None
    bodies: list[str] = []
    for text in cleaned[after_dates:]:
        text = DATE.sub(" ", text)
        for part in re.split(r"\s{2,}|发\s*布|实\s*施", text):
            name = _squeeze_title(part.strip())
            name = _compact(name) if _letter_spaced(part) else name
            if sum(is_cjk(c) for c in name) >= 3 and name not in bodies:
                bodies.append(name)
    return "、".join(bodies) or None


def _letter_spaced(text: str) -> bool:
    parts = text.split()
    return len(parts) >= 3 and sum(len(p) == 1 for p in parts) >= len(parts) - 1
