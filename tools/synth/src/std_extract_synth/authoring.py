"""The authoring model of the hand-written sets: a standard is written in Python and every printed value
that is an indicator carries its gold records, so what is printed and what is annotated cannot drift.

Four sets are written in this model and typeset four ways, each by a print script of its own:
corpus/national with ReportLab (scripts/print_national.py), corpus/national-office as a .docx printed
by LibreOffice (scripts/print_national_office.py), corpus/typeset by XeLaTeX (scripts/print_typeset.py)
and corpus/written as HTML printed by Chromium (scripts/print_written.py).  What they share is here:

* :func:`gold_record` (``R`` in the sets' kits): one gold record, corpus/GOLD_FORMAT.md field names;
* :class:`Value` (``V``): printed text (in the typesetter's markup) carrying its records;
* :class:`Cell` (``C``): a table cell with its spans and alignment;
* :class:`StandardDoc` (``Doc`` of the two national-style sets): cover fields and a list of
  :class:`Block` (前言, headings, clauses, items, tables, 附录) that fills in the clause and table of
  each value from the block it is placed in (corpus/written builds its HTML directly and shares the
  values, cells and the gold head);
* :func:`standard_head`, :func:`printed_text` and :func:`write_document_gold`: the gold file and the
  printed-elements file of a printed document, in the layout std_extract.evaluate.goldcheck checks.

Which page a value lands on is the typesetter's to find out (ReportLab ``onDraw``, PDF named
destinations, link annotations, TeX labels); everything else of the gold is decided here.  Like the
generator, this is a tool for writing the project's test corpora, not part of the std-extract wheel; the
gold check it writes for (std_extract.evaluate.goldcheck) stays in the library, where agencies check
their own gold.  Nothing here reads the extractor or prints.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from std_extract.digest import file_sha256
from std_extract.evaluate.goldcheck import PRINTED_DIR, write_gold, write_printed

Text = object  # str | Value | Cell | a list of them
GOLD_VERSION = 1
# Inline markup of the typesetters: ReportLab's <super>, <sub>, <b>, <i>, <br/>, <font ...>; the .docx
# writer's <sup>, <sub>, <b>.  A gold record carries none of it.
MARKUP = re.compile(r"</?(?:super|sup|sub|b|i|br|font)\b[^>]*>")
_SUPERSCRIPT = re.compile(r"<(super|sup)>(.*?)</\1>")

# The kind line of a cover, by kind of standard (GB/T 1.1-2020 and the sector standards' covers).
KIND_LINE = {
    "GB": "中华人民共和国国家标准",
    "GB/T": "中华人民共和国国家标准",
    "FZ/T": "中华人民共和国纺织行业标准",
    "HG/T": "中华人民共和国化工行业标准",
    "HJ": "中华人民共和国国家生态环境标准",
    "JC/T": "中华人民共和国建材行业标准",
    "NY": "中华人民共和国农业行业标准",
    "NY/T": "中华人民共和国农业行业标准",
    "QB/T": "中华人民共和国轻工行业标准",
    "SB/T": "中华人民共和国国内贸易行业标准",
    "SN/T": "中华人民共和国出入境检验检疫行业标准",
    "YY": "中华人民共和国医药行业标准",
    "YY/T": "中华人民共和国医药行业标准",
}


# ---- values ------------------------------------------------------------------------------------
def gold_record(
    name: str,
    cmp: str,
    v: float | None = None,
    unit: str | None = None,
    grade: str | None = None,
    cond: Iterable[str] = (),
    vmax: float | None = None,
    tol: float | None = None,
    text: str | None = None,
) -> dict:
    """One gold record (corpus/GOLD_FORMAT.md field names); ``text`` is ``value_text``, left out when
    there is none."""
    record: dict[str, Any] = {"name": name, "comparator": cmp, "value": v, "value_max": vmax}
    record["tolerance"] = tol
    if text is not None:
        record["value_text"] = text
    record.update(unit=unit, grade=grade, conditions=list(cond))
    return record


class Value:
    """Printed text (in the typesetter's markup) carrying gold records.  ``also``: the printed text of
    a neighbouring cell holding a number of these records (the maximum of a 最小值/最大值 pair), for
    the check.  ``label`` numbers the value in its document (:meth:`StandardDoc.values`)."""

    def __init__(self, text: str, *records: dict, also: str = ""):
        self.text = text
        self.records = list(records)
        self.also = also
        self.label: int | None = None

    def __repr__(self) -> str:
        return f"Value({self.text!r}, {len(self.records)} records)"


@dataclass
class Cell:
    """A table cell: content, column span, row span, alignment (c, l, r)."""

    content: Text
    cs: int = 1
    rs: int = 1
    align: str = "c"


def place_cells(rows: list[list]) -> list[tuple[int, int, Cell]]:
    """(row, column, Cell) for every cell of a table written as the cells that START in each row, left
    to right: a cell goes to the first column no row span from above covers. Every printer of a set
    written with this model lays its tables out with it."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            cell = item if isinstance(item, Cell) else Cell(item)
            while (r, c) in taken:
                c += 1
            placed.append((r, c, cell))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    taken.add((r + dr, c + dc))
            c += cell.cs
    return placed


def number_in(text: str) -> float:
    """The first number printed in ``text`` (markup left out)."""
    match = re.search(r"\d+(?:\.\d+)?", MARKUP.sub("", text))
    if not match:
        raise ValueError(f"no number in {text!r}")
    return float(match[0])


def basis_cells(name: str, unit: str | None, pairs: list[tuple[str, str, str]], extra=()) -> list[Text]:
    """最小值 | 最大值 cells for each basis: ``pairs`` of (basis, min text, max text); "N.S." opens a
    side.  Both sides give one ``range`` (the value on the minimum, the maximum as ``also``)."""
    out: list[Text] = []
    for basis, low, high in pairs:
        cond = [basis, *extra]
        if low != "N.S." and high != "N.S.":
            rec = gold_record(name, "range", number_in(low), unit, cond=cond, vmax=number_in(high))
            out += [Value(low, rec, also=high), high]
        elif low != "N.S.":
            out += [Value(low, gold_record(name, ">=", number_in(low), unit, cond=cond)), high]
        elif high != "N.S.":
            out += [low, Value(high, gold_record(name, "<=", number_in(high), unit, cond=cond))]
        else:
            out += [low, high]
    return out


# ---- the block document of the national-style sets ---------------------------------------------
@dataclass
class Block:
    """One typeset block; ``data`` holds what its typesetter reads (see the :class:`StandardDoc`
    method that makes each kind)."""

    kind: str  # heading, para, item, note, formula, table, annex, pagebreak
    data: dict = field(default_factory=dict)


def plain_number(number: str) -> str:
    """A standard number as gold writes it: the dash before the year as a hyphen."""
    return re.sub(r"[—－–]", "-", number)


def standard_head(
    category: str,
    code: str | None,
    *,
    number: str,
    kind: str,
    title: str,
    title_en: str | None,
    enterprise: str,
    issued: str,
    effective: str,
    replaces: Sequence[str] = (),
    ics: str | None = None,
    ccs: str | None = None,
) -> dict:
    """The document part of a gold file: category, the cover's fields, the GB/T 4754-2017 class."""
    return {
        "category": category,
        "standard": {
            "number": plain_number(number),
            "kind": kind,
            "title": title,
            "title_en": title_en,
            "enterprise": enterprise,
            "issued": issued,
            "effective": effective,
            "replaces": [plain_number(r) for r in replaces],
            "ics": [ics] if ics else [],
            "ccs": [ccs] if ccs else [],
        },
        "classification": {"code": code},
    }


@dataclass
class StandardDoc:
    """A national or sector standard as cover fields and blocks, built clause by clause.

    Every :class:`Value` placed in a block gets a label and the clause and table it sits in (the
    latest heading, numbered clause or 附录, and the table being built).
    """

    stem: str
    category: str
    code: str | None  # GB/T 4754-2017 小类, None when the standard is about no one product
    kind: str  # GB, GB/T, HJ, NY, QB/T, ...: a key of KIND_LINE
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
    values: list[Value] = field(default_factory=list)
    _clause: str | None = None
    _table: str | None = None

    def gold_head(self) -> dict:
        title = " ".join(MARKUP.sub("", t).replace("\u3000", " ") for t in self.title)
        return standard_head(
            self.category,
            self.code,
            number=self.number,
            kind=self.kind,
            title=title,
            title_en=self.title_en,
            enterprise="、".join(self.issuers),
            issued=self.issued,
            effective=self.effective,
            replaces=self.replaces,
            ics=self.ics,
            ccs=self.ccs,
        )

    def kind_line(self) -> str:
        return KIND_LINE[self.kind]

    def _claim(self, content: Text) -> None:
        """Give every Value in ``content`` a label and the current clause and table."""
        if isinstance(content, Value):
            content.label = len(self.values)
            for record in content.records:
                record["clause"] = self._clause
                record["table"] = self._table
            self.values.append(content)
        elif isinstance(content, Cell):
            self._claim(content.content)
        elif isinstance(content, list | tuple):
            for part in content:
                self._claim(part)

    # ---- blocks ----------------------------------------------------------------------------
    def preface(self, *paras: Text) -> None:
        """前言 paragraphs (no values are annotated there)."""
        self.front.extend(Block("para", {"text": para}) for para in paras)

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
        font: float = 9,
        cont: bool = True,
        inside: bool = True,
    ) -> None:
        """A table: ``rows`` list the cells that START in each row (str, Value, list, or :class:`Cell`
        with spans).  The first ``head`` rows repeat on every page the table runs onto, under a
        "表N（续）" caption where the typesetter prints one (``cont``).  Notes and footnotes go in a
        last row spanning the table (``inside``) or, where the typesetter allows, under it."""
        self._table = number
        self._claim(rows)
        self._claim(list(notes))
        self._claim(list(footnotes))
        data = {"number": number, "caption": caption, "rows": rows, "head": head, "widths": widths}
        data.update(unit_line=unit_line, notes=list(notes), footnotes=list(footnotes), font=font)
        self.body.append(Block("table", {**data, "cont": cont, "inside": inside}))
        self._table = None


# ---- gold of a printed document ----------------------------------------------------------------
def printed_text(markup: str) -> str:
    """A value's text as the gold check reads it (std_extract.evaluate.goldcheck): superscripts as
    ``^x``, other markup left out, ReportLab's character entities undone."""
    text = MARKUP.sub("", _SUPERSCRIPT.sub(r"^\2", markup))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def value_element(value: Value, page: int) -> dict:
    """The printed element of a value: its printed text (a neighbouring cell after "|"), page and
    records."""
    text = printed_text(value.text) + (f"|{printed_text(value.also)}" if value.also else "")
    return {"text": text, "page": page, "records": value.records}


def write_document_gold(set_dir: Path, pdf: Path, head: dict, elements: Sequence[dict]) -> None:
    """Write ``<set>/<stem>.gold.json`` (the head, then each element's records on its page) and the
    printed-elements file ``<set>/src/printed/<stem>.json`` of a printed PDF.

    ``elements`` are dicts of printed ``text``, ``page`` and ``records`` (:func:`value_element`).
    A record without a clause or table (corpus/written's) gets them as None."""
    indicators = []
    for element in elements:
        for record in element["records"]:
            if MARKUP.search(json.dumps(record, ensure_ascii=False)):
                raise ValueError(f"{pdf.stem}: markup in the gold record {record}")
            where = {"clause": record.get("clause"), "table": record.get("table")}
            indicators.append({**record, **where, "page": element["page"]})
    sha256 = file_sha256(pdf)
    gold = {"gold_version": GOLD_VERSION, "file": pdf.name, "sha256": sha256, **head}
    write_gold(set_dir / f"{pdf.stem}.gold.json", {**gold, "indicators": indicators})
    write_printed(set_dir / PRINTED_DIR / f"{pdf.stem}.json", elements)
