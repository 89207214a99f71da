"""An authoring kit for corpus/national-office: a standard is built in Python as a list of blocks (cover,
前言, numbered clauses, Word tables, 附录) and written as a .docx with python-docx, then printed to PDF by
LibreOffice (scripts/print_national_office.py): the layout family of a word processor, unlike the
ReportLab route of corpus/national and the browser route of corpus/written.

Every printed value that is an indicator is a :class:`V`: its text is printed inside a Word bookmark and
its gold records travel with it.  LibreOffice exports each bookmark as a PDF named destination, so the
print script reads the page each value landed on from the PDF itself, not from a guess.  The clause and
table a V sits in are filled in from the block it is placed in.

Markup inside text: ``<sup>…</sup>`` and ``<sub>…</sub>`` become superscript and subscript runs,
``<b>…</b>`` bold.  Nothing here reads the extractor: the records are the author's reading of the text,
following the conventions in corpus/national-office/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

Text = object  # str | V | list of them


def R(
    name: str,
    cmp: str,
    v: float | None = None,
    unit: str | None = None,
    grade: str | None = None,
    cond: list[str] | tuple[str, ...] = (),
    vmax: float | None = None,
    tol: float | None = None,
    text: str | None = None,
) -> dict:
    """One gold record (corpus/GOLD_FORMAT.md field names); ``text`` is ``value_text``."""
    return {
        "name": name,
        "comparator": cmp,
        "value": v,
        "value_max": vmax,
        "tolerance": tol,
        "value_text": text,
        "unit": unit,
        "grade": grade,
        "conditions": list(cond),
    }


class V:
    """Printed text (markup) carrying gold records."""

    def __init__(self, text: str, *records: dict):
        self.text = text
        self.records = list(records)
        self.label: int | None = None


@dataclass
class C:
    """A table cell: content, column span, row span, alignment (c, l, r)."""

    content: Text
    cs: int = 1
    rs: int = 1
    align: str = "c"


@dataclass
class Block:
    kind: str  # heading, para, item, table, note, formula, annex, pagebreak
    data: dict = field(default_factory=dict)


KIND_LINE = {
    "GB": "中华人民共和国国家标准",
    "GB/T": "中华人民共和国国家标准",
    "HJ": "中华人民共和国国家生态环境标准",
    "NY/T": "中华人民共和国农业行业标准",
    "QB/T": "中华人民共和国轻工行业标准",
    "SN/T": "中华人民共和国出入境检验检疫行业标准",
    "YY": "中华人民共和国医药行业标准",
    "YY/T": "中华人民共和国医药行业标准",
}

SAMR = ["国家市场监督管理总局", "国家标准化管理委员会"]
FOOD = ["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"]


def plain_number(number: str) -> str:
    return re.sub(r"[—－–]", "-", number)


@dataclass
class Doc:
    stem: str
    category: str
    code: str | None  # GB/T 4754-2017 小类, None when the standard is about no one product
    kind: str
    number: str  # as printed: "GB 18613—2026"
    title: list[str]  # cover title lines
    issuers: list[str]
    issued: str
    effective: str
    title_en: str | None = None
    replaces: list[str] = field(default_factory=list)
    ics: str | None = None
    ccs: str | None = None
    filing: str | None = None  # 备案号 (sector standards)
    front: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    values: list[V] = field(default_factory=list)
    _clause: str | None = None
    _table: str | None = None

    def gold_head(self) -> dict:
        return {
            "category": self.category,
            "standard": {
                "number": plain_number(self.number),
                "kind": self.kind,
                "title": " ".join(re.sub(r"</?su[bp]>", "", t).replace("\u3000", " ") for t in self.title),
                "title_en": self.title_en,
                "enterprise": "、".join(self.issuers),
                "issued": self.issued,
                "effective": self.effective,
                "replaces": [plain_number(r) for r in self.replaces],
                "ics": [self.ics] if self.ics else [],
                "ccs": [self.ccs] if self.ccs else [],
            },
            "classification": {"code": self.code},
        }

    def kind_line(self) -> str:
        return KIND_LINE[self.kind]

    def _claim(self, content: Text) -> None:
        """Give every V in ``content`` a label and the current clause and table."""
        if isinstance(content, V):
            content.label = len(self.values)
            for record in content.records:
                record["clause"] = self._clause
                record["table"] = self._table
            self.values.append(content)
        elif isinstance(content, C):
            self._claim(content.content)
        elif isinstance(content, list | tuple):
            for part in content:
                self._claim(part)

    def preface(self, *paras: str) -> None:
        """前言 paragraphs (no values are annotated there)."""
        for para in paras:
            self.front.append(Block("para", {"text": para, "indent": not para.startswith("——")}))

    def h(self, number: str, title: str) -> None:
        """A chapter or clause heading: "4　技术要求", "4.2　理化指标"."""
        self._clause, self._table = number, None
        self.body.append(Block("heading", {"number": number, "title": title}))

    def cl(self, number: str, *text: Text) -> None:
        """A numbered clause without a title: "4.1.1　原料应符合…"."""
        self._clause, self._table = number, None
        self._claim(list(text))
        self.body.append(Block("para", {"number": number, "text": list(text)}))

    def p(self, *text: Text, indent: bool = True) -> None:
        self._claim(list(text))
        self.body.append(Block("para", {"text": list(text), "indent": indent}))

    def item(self, mark: str, *text: Text) -> None:
        """A list item: "a)　…" or "——…"."""
        self._claim(list(text))
        self.body.append(Block("item", {"mark": mark, "text": list(text)}))

    def note(self, *text: Text) -> None:
        """A 注： paragraph in the small size."""
        self._claim(list(text))
        self.body.append(Block("note", {"text": list(text)}))

    def formula(self, text: str, number: str | None = None) -> None:
        self.body.append(Block("formula", {"text": text, "number": number}))

    def pagebreak(self) -> None:
        self.body.append(Block("pagebreak"))

    def annex(self, letter: str, status: str, title: str) -> None:
        """附录 X（规范性|资料性） on a new page."""
        self._clause, self._table = letter, None
        self.body.append(Block("annex", {"letter": letter, "status": status, "title": title}))

    def table(
        self,
        number: str,
        caption: str,
        rows: Sequence[Any],
        head: int = 1,
        widths: Sequence[float] | None = None,
        unit_line: str | None = None,
        notes: Sequence[Any] = (),
        footnotes: Sequence[Any] = (),
        inside: bool = True,
        font: float = 9,
    ) -> None:
        """A Word table: ``rows`` list the cells that START in each row (str, V, list, or :class:`C`
        with spans; slots covered by a span from above are skipped).  The first ``head`` rows repeat
        on every page the table runs onto.  Notes and footnotes go in a last row spanning the table
        (``inside``) or as paragraphs under it."""
        self._table = number
        self._claim(rows)
        self._claim(list(notes))
        self._claim(list(footnotes))
        self.body.append(
            Block(
                "table",
                {
                    "number": number,
                    "caption": caption,
                    "rows": rows,
                    "head": head,
                    "widths": widths,
                    "unit_line": unit_line,
                    "notes": list(notes),
                    "footnotes": list(footnotes),
                    "inside": inside,
                    "font": font,
                },
            )
        )
        self._table = None
