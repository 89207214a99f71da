"""The authoring kit of corpus/mupdf: a standard is built in Python on the hand-written sets' shared model
(std_extract_synth.authoring: cover fields, 前言, numbered clauses, list items, tables with spans) and laid
out by **MuPDF's HTML engine** (PyMuPDF ``Story``, scripts/print_mupdf.py), a route no earlier set used, in
the look of a small firm's word-processor standard: a 微软雅黑-like sans body (or a 宋体-like serif for the
group and local standards), Word tables with a shaded header row, tables with no rules at all (columns held
by tab stops, the header a shaded band), a table typed with spaces in a monospaced face, lists numbered
``a）`` / ``（1）`` / ``①`` / ``1、``, text boxes, and numbering that skips where the writer forgot a clause.

Every printed value that is an indicator is a :class:`V` carrying its gold records; the printer wraps it in
an element with an id and reads its page from MuPDF's element positions.  Markup inside text: ``<sup>``,
``<sub>``, ``<b>``, ``<br/>``.  Nothing here reads the extractor: the records are the author's reading of
the text, following the conventions in corpus/mupdf/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import Block, StandardDoc, Text
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R

__all__ = ["C", "Doc", "R", "Text", "V", "fw", "ql", "qm"]

STYLES = ("grid", "band", "bare", "spaced")


@dataclass
class Doc(StandardDoc):
    """StandardDoc with this printer's cover, faces and table styles.  ``mark`` is the cover's kind mark
    (``Q/HNLX``, ``T/CAPM``, ``DB45``); ``region`` the kind line of a local standard; ``face`` "hei" (the
    sans body) or "song" (the serif body); ``folio`` "count" (``第 N 页 共 M 页`` over every physical page),
    "plain" (roman in the 前言, the body from 1) or "dash" (``- N -`` from the 前言 on)."""

    mark: str | None = None
    region: str | None = None
    face: str = "hei"
    folio: str = "count"

    def kind_line(self) -> str:
        if self.kind.startswith("DB"):
            return self.region or "地方标准"
        if self.kind == "Q":
            return self.issuers[0] + "企业标准"
        if self.kind == "T":
            return "团　体　标　准"
        return super().kind_line()

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
        style: str = "grid",
    ) -> None:
        """As the shared model's table; ``style`` "grid" (a Word table: single rules round every cell, the
        header row shaded), "band" (no rules, the header a shaded band), "bare" (no rules, no shading:
        columns held by tab stops) or "spaced" (typed with spaces in a monospaced face; no spans); ``widths``
        in per cent of the text width.  Notes and footnotes go under the table in the note face."""
        if style not in STYLES:
            raise ValueError(f"table style {style!r}")
        if style == "spaced" and any(isinstance(c, C) and (c.cs > 1 or c.rs > 1) for r in rows for c in r):
            raise ValueError(f"表{number}: a spaced table has no spans")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, False, False)
        self.body[-1].data.update(style=style)

    def box(self, *text: Text, title: str | None = None) -> None:
        """A text box: a framed paragraph (a 特别提示 or a list of commitments) in the body's flow."""
        self._claim(list(text))
        self.body.append(Block("box", {"text": list(text), "title": title}))


def ql(name: str, text: str, *cond: str, grade: str | None = None) -> V:
    """A qualitative cell or phrase: its printed text is the value_text."""
    return V(text, R(name, "qualitative", text=text, cond=cond, grade=grade))


def qm(name: str, text: str, grades, *cond: str) -> V:
    """A qualitative cell merged across grade columns: one record per grade it covers."""
    return V(text, *[R(name, "qualitative", text=text, cond=cond, grade=g) for g in grades])


_FULL = {
    ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%/()+-:"
}


def fw(text: str) -> str:
    """``text`` with digits, Latin letters, ``.``, ``%``, ``/``, ``:``, brackets and signs in full width, as a
    clause typed with a full-width input method; markup is left as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
