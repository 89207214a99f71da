"""An authoring kit for the national set: a document is built in Python as a list of typeset blocks
(cover, 前言, numbered clauses, tables, 附录) and printed with ReportLab in the layout of a national
standard (A4, 宋体 body, 黑体 headings, the number as running header, roman folios in the front
matter), a route unlike corpus/written's browser print.

Every printed value that is an indicator is a :class:`V`: its text is printed and its gold records
travel with it.  When the PDF is drawn, each V fires a ReportLab ``onDraw`` callback that records
the page it landed on, so the page of each record is the page the value is printed on, not a
guess.  The clause and table a V sits in are filled in from the block it is placed in.

Nothing here reads the extractor: the records are the author's reading of the text, following the
conventions in corpus/national/README.md.
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
    """Printed text (ReportLab paragraph markup) carrying gold records.  ``also``: the printed
    text of a neighbouring cell holding a number of these records (the maximum of a
    最小值/最大值 pair), for the mechanical check."""

    def __init__(self, text: str, *records: dict, also: str = ""):
        self.text = text
        self.records = list(records)
        self.also = also
        self.label: int | None = None


@dataclass
class C:
    """A table cell: content, column and row span, alignment (c, l, r)."""

    content: Text
    cs: int = 1
    rs: int = 1
    align: str = "c"


@dataclass
class Block:
    kind: str  # title, heading, para, table, annex, note, pagebreak
    data: dict = field(default_factory=dict)


KIND_LINE = {
    "GB": "中华人民共和国国家标准",
    "GB/T": "中华人民共和国国家标准",
    "HJ": "中华人民共和国国家生态环境标准",
    "NY": "中华人民共和国农业行业标准",
    "NY/T": "中华人民共和国农业行业标准",
    "QB/T": "中华人民共和国轻工行业标准",
    "SB/T": "中华人民共和国国内贸易行业标准",
}


def plain_number(number: str) -> str:
    return re.sub(r"[—－–]", "-", number)


@dataclass
class Doc:
    stem: str
    category: str
    code: str | None  # GB/T 4754-2017 小类, None when the standard is about no one product
    kind: str  # GB, GB/T, HJ, NY, QB/T, SB/T
    number: str  # as printed: "GB 19644—2025"
    title: list[str]  # cover title lines, e.g. ["食品安全国家标准", "乳粉和调制乳粉"]
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
    _target: str = "body"

    # ---- gold head -------------------------------------------------------------------------
    def gold_head(self) -> dict:
        return {
            "category": self.category,
            "standard": {
                "number": plain_number(self.number),
                "kind": self.kind,
                "title": " ".join(t.replace("\u3000", " ") for t in self.title),
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

    # ---- building ----------------------------------------------------------------------------
    def _add(self, block: Block) -> None:
        (self.front if self._target == "front" else self.body).append(block)

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

    def preface(self, *paras: Text) -> None:
        """前言 paragraphs (no values are annotated there)."""
        self._target = "front"
        for para in paras:
            self._add(Block("para", {"text": para, "indent": True}))
        self._target = "body"

    def h(self, number: str, title: str) -> None:
        """A chapter or clause heading: "4　技术要求", "4.2　理化指标"."""
        self._clause = number
        self._table = None
        self._add(Block("heading", {"number": number, "title": title}))

    def cl(self, number: str, *text: Text) -> None:
        """A numbered clause without title: "4.1.1　原料应符合…"."""
        self._clause = number
        self._table = None
        self._claim(list(text))
        self._add(Block("para", {"number": number, "text": list(text)}))

    def p(self, *text: Text, indent: bool = True) -> None:
        self._claim(list(text))
        self._add(Block("para", {"text": list(text), "indent": indent}))

    def item(self, mark: str, *text: Text) -> None:
        """A list item: "a)　…" or "——…"."""
        self._claim(list(text))
        self._add(Block("item", {"mark": mark, "text": list(text)}))

    def table(
        self,
        number: str,
        caption: str,
        rows: list[Any],
        head: int = 1,
        widths: list[float] | None = None,
        unit_line: str | None = None,
        notes: Sequence[Text] = (),
        footnotes: Sequence[Text] = (),
        font: float = 9,
        cont: bool = True,
    ) -> None:
        """A table: ``rows`` of cells (str, V, list, or :class:`C` with spans); ``head`` header
        rows are repeated under a "表N（续）" caption when the table runs onto the next page."""
        self._table = number
        self._claim(rows)
        self._claim(list(notes))
        self._claim(list(footnotes))
        self._add(
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
                    "font": font,
                    "cont": cont,
                },
            )
        )
        self._table = None

    def annex(self, letter: str, nature: str, title: str) -> None:
        """附录X (规范性|资料性) on a new page."""
        self._clause = letter
        self._table = None
        self._add(Block("annex", {"letter": letter, "nature": nature, "title": title}))

    def pagebreak(self) -> None:
        self._add(Block("pagebreak"))


def cells(texts: list[str], name: str, cmp: str, unit: str | None, conds: list[list[str]], grade=None):
    """One V per printed text, each with its own conditions (a row under variant columns);
    a text of "—" or "N.S." stays plain."""
    out: list[Text] = []
    for text, cond in zip(texts, conds, strict=True):
        plain = re.sub(r"<[^>]+>", "", text)
        if plain in ("—", "－", "-", "N.S.", "/") or cond is None:
            out.append(text)
        else:
            number = _number(plain)
            out.append(V(text, R(name, cmp, number, unit, grade, cond)))
    return out


def _number(text: str) -> float:
    match = re.search(r"\d+(?:\.\d+)?", text)
    if not match:
        raise ValueError(f"no number in {text!r}")
    return float(match[0])


def basis_cells(name: str, unit: str | None, pairs: list[tuple[str, str, str]], extra=()) -> list[Text]:
    """最小值 | 最大值 cells for each basis: ``pairs`` of (basis, min text, max text); "N.S." opens a
    side.  Both sides give one ``range`` (the V on the minimum, the maximum as ``also``)."""
    out: list[Text] = []
    for basis, low, high in pairs:
        cond = [basis, *extra]
        if low != "N.S." and high != "N.S.":
            rec = R(name, "range", _number(low), unit, cond=cond, vmax=_number(high))
            out += [V(low, rec, also=high), high]
        elif low != "N.S.":
            out += [V(low, R(name, ">=", _number(low), unit, cond=cond)), high]
        elif high != "N.S.":
            out += [low, V(high, R(name, "<=", _number(high), unit, cond=cond))]
        else:
            out += [low, high]
    return out
