"""The authoring kit of corpus/docx: enterprise (Q/), group (T/) and local (DB/T) standards written the way
an enterprise's standards engineer writes them in Microsoft Word, built here in Python and written as a
.docx with python-docx, then printed to PDF by LibreOffice (scripts/print_docx.py).

What differs from corpus/national-office's kit (the same route, another layout family): the clause
numbers are not typed.  Headings and numbered clauses carry Word's multilevel list numbering
(numbering.xml, ``1`` / ``1.1`` / ``1.1.1``), so the printer generates the numbers; the kit counts the
levels the same way to give every value its clause.  Lists ``a)``, ``b)`` are Word numbering too,
restarted for each list.  The cover is a table (ICS / CCS and the kind mark in its first row, 备案号,
the kind line, number, title, dates); footnotes are Word footnotes (``Doc.fn`` returns a mark that the
printer turns into a footnote reference with its text at the page foot); header rows of tables repeat
on every page (Word's "repeat as header row"), which is why a value may not sit in a header row.

The model is the hand-written sets' shared one (std_extract_synth.authoring).  Every printed value that
is an indicator is a :class:`V` printed inside a Word bookmark; LibreOffice exports each bookmark as a PDF
named destination, from which the printer reads the value's page.  Markup inside text: ``<sup>…</sup>``,
``<sub>…</sub>``, ``<b>…</b>``.  Nothing here reads the extractor: the records are the author's reading of
the text, following the conventions in corpus/docx/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from std_extract_synth.authoring import Block, StandardDoc, Text
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R

__all__ = ["C", "Doc", "Fn", "R", "Text", "V", "ql", "qm", "grades", "merged"]

LADDER = ("优等品", "一等品", "合格品")


@dataclass
class Fn:
    """A Word footnote: the reference mark goes where this stands, ``footnote`` (its text) to the page
    foot."""

    footnote: str


@dataclass
class Doc(StandardDoc):
    """A Q/, T/ or DB/T standard.  ``mark`` is the cover's kind mark (``Q/320582 WXC``, ``T/CCIA``,
    ``DB32/T``); ``kindline`` the line under it (``无锡…有限公司企业标准``); ``face`` the body face
    (``serif``: Noto Serif CJK SC, ``sans``: Noto Sans CJK SC); ``folio`` ``count`` (第 N 页 共 M 页
    over the body) or ``plain`` (roman in the 前言, arabic in the body); ``drafters`` the 前言's
    tab-aligned lines (label, text)."""

    mark: str = ""
    kindline: str = ""
    face: str = "serif"
    folio: str = "count"
    drafters: list[tuple[str, str]] = field(default_factory=list)
    _levels: list[int] = field(default_factory=lambda: [0, 0, 0, 0])

    def kind_line(self) -> str:
        return self.kindline

    # ---- automatically numbered headings and clauses -----------------------------------------
    def _next(self, level: int) -> str:
        self._levels[level - 1] += 1
        for i in range(level, len(self._levels)):
            self._levels[i] = 0
        return ".".join(str(n) for n in self._levels[:level])

    def h(self, title: str, level: int = 1) -> None:  # type: ignore[override]
        """A heading numbered by Word at ``level`` (1: ``4``, 2: ``4.2``, 3: ``4.2.1``)."""
        number = self._next(level)
        self._clause, self._table = number, None
        self.body.append(Block("heading", {"number": number, "title": title, "level": level}))

    def cl(self, level: int, *text: Text) -> None:  # type: ignore[override]
        """A numbered clause without a title, numbered by Word at ``level``."""
        number = self._next(level)
        self._clause, self._table = number, None
        self._claim(list(text))
        self.body.append(Block("para", {"number": number, "level": level, "text": list(text)}))

    def items(self, *items: Sequence[Text], style: str = "letter") -> None:
        """A list numbered by Word (``a)``, ``b)`` … or ``1)``, ``2)`` …), restarted here."""
        self.body.append(Block("listrestart", {"style": style}))
        for item in items:
            self._claim(list(item))
            self.body.append(Block("item", {"style": style, "text": list(item)}))

    def table(  # type: ignore[override]
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
        """A Word table whose first ``head`` rows repeat on every page it runs onto; a value in one of
        them would be printed (and marked) twice, so it is refused."""
        for row in rows[:head]:
            if _has_value(row):
                raise ValueError(f"表{number}: a value in a repeated header row")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside)


def _has_value(content: Any) -> bool:
    if isinstance(content, V):
        return True
    if isinstance(content, C):
        return _has_value(content.content)
    if isinstance(content, list | tuple):
        return any(_has_value(part) for part in content)
    return False


def ql(name: str, text: str, *cond: str, grade: str | None = None) -> V:
    """A qualitative requirement printed as ``text``."""
    return V(text, R(name, "qualitative", text=text, cond=cond, grade=grade))


def qm(name: str, text: str, grades_: Sequence[str], *cond: str, cs: int | None = None) -> Any:
    """A qualitative requirement merged across grade columns: one record per grade."""
    value = V(text, *[R(name, "qualitative", text=text, cond=cond, grade=g) for g in grades_])
    return C(value, cs=cs or len(grades_))


def _number(text: str) -> float:
    match = re.search(r"[-−]?\d+(?:\.\d+)?", re.sub(r"<[^>]+>", "", text).replace(" ", ""))
    if not match:
        raise ValueError(text)
    return float(match[0].replace("−", "-"))


def grades(name: str, cmp: str, texts: Sequence[str], unit: str | None, *cond: str, ladder=LADDER) -> list:
    """One cell per grade: ``texts`` as printed, each a value of ``name`` with its grade."""
    return [
        V(t, R(name, cmp, _number(t), unit, grade=g, cond=cond)) for t, g in zip(texts, ladder, strict=True)
    ]


def merged(name: str, cmp: str, text: str, unit: str | None, grades_: Sequence[str], *cond: str) -> C:
    """A value merged across grade columns: one record per grade it spans."""
    value = V(text, *[R(name, cmp, _number(text), unit, grade=g, cond=cond) for g in grades_])
    return C(value, cs=len(grades_))
