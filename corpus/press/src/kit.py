"""The authoring kit of corpus/press (corpus/typeset2's kit, with group standards (kind T, the cover mark
``T/CAS``) and the transport sector's JT/T added; printed by scripts/print_press.py in another house
style).  corpus/typeset2's docstring follows.

The authoring kit of corpus/typeset2: a standard is built in Python as a list of blocks (cover, 前言,
numbered clauses, tables, formulas, 附录) and typeset by XeLaTeX with ctex (scripts/print_typeset.py), the
way a standards publisher sets a national standard: three-line (booktabs) and full-grid tables, multirow
header cells, tables running onto the next page under a 续表 caption with their header repeated
(longtable), footnotes with superscript letters under a table, formulas set by TeX's math.

The model is the hand-written sets' shared one (std_extract_synth.authoring).  Every printed value that
is an indicator is a :class:`V`: its text is printed after a zref label and its gold records travel with
it; the print script reads the absolute page of every label from the .aux file.  The clause and table a
V sits in are filled in from the block it is placed in.

What this kit adds to the shared model: :meth:`Doc.table` takes ``style`` ("three" for a booktabs
three-line table, "grid" for a full-grid table); :meth:`Doc.math` is a displayed formula in TeX math;
``<m>…</m>`` inside text is inline TeX math (never inside a V).  Markup otherwise as the shared model:
``<sup>``, ``<sub>``, ``<b>``.  Nothing here reads the extractor: the records are the author's reading of
the text, following the conventions in corpus/typeset2/README.md (batch 1's kit, with the sector
issuers added).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import KIND_LINE, Block, StandardDoc, Text, basis_cells
from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R

__all__ = [
    "C",
    "Doc",
    "FOOD",
    "MIIT",
    "MOFCOM",
    "MOT",
    "CAS",
    "R",
    "SAMR",
    "Text",
    "V",
    "basis_cells",
    "fw",
    "common_front",
    "references",
]

# The issuers of the two families of national standards on the cover.
SAMR = ["国家市场监督管理总局", "国家标准化管理委员会"]
FOOD = ["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"]
# Sector standards: light industry, textiles, chemicals, building materials; internal trade.
MIIT = ["中华人民共和国工业和信息化部"]
MOFCOM = ["中华人民共和国商务部"]
MOT = ["中华人民共和国交通运输部"]
CAS = ["中国标准化协会"]
# Kind lines this set adds to the shared model's.
MORE_KIND_LINES = {"T": "团\u3000体\u3000标\u3000准", "JT/T": "中华人民共和国交通运输行业标准"}


@dataclass
class Doc(StandardDoc):
    """StandardDoc with the typesetter's table styles and TeX formulas; ``mark`` is the cover's kind
    mark where it is not the kind (a group standard prints its association's code, ``T/CAS``)."""

    mark: str | None = None

    def kind_line(self) -> str:
        return MORE_KIND_LINES.get(self.kind) or KIND_LINE[self.kind]

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
        inside: bool = False,
        style: str = "three",
    ) -> None:
        """As the shared model's table; ``style`` "three" (booktabs: top, mid and bottom rules) or
        "grid" (every cell ruled).  ``widths`` in mm.  Values may not sit in the ``head`` rows (they
        repeat on every page the table runs onto)."""
        if style not in ("three", "grid"):
            raise ValueError(f"table style {style!r}")
        for row in rows[:head]:
            for cell in row:
                content = cell.content if isinstance(cell, C) else cell
                if isinstance(content, V) or (
                    isinstance(content, list) and any(isinstance(x, V) for x in content)
                ):
                    raise ValueError(f"表{number}: a value in a header row")
        super().table(number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside)
        self.body[-1].data["style"] = style

    def math(self, tex: str, number: str | None = None) -> None:
        """A displayed formula in TeX math, numbered "（1）" at the right margin."""
        self.body.append(Block("math", {"tex": tex, "number": number}))

    def where(self, *lines: str) -> None:
        """The 式中： list under a formula: each line "<m>c</m>——…"."""
        self.p("式中：", indent=False)
        for line in lines:
            self.p(line, indent=False)


def common_front(
    d: Doc, replaced: str | None, proposer: str, committee: str, changes: Sequence[str] = ()
) -> None:
    """The 前言 of a GB/T 1.1-2020 standard: drafting rule, replaced edition and its changes, patents,
    proposer and committee."""
    paras: list[Text] = [
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
    ]
    if replaced:
        paras.append(f"本文件代替{replaced}，与{replaced}相比，除结构调整和编辑性改动外，主要技术变化如下：")
        paras.extend(changes)
    paras.append("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    paras.append(f"本文件由{proposer}提出。")
    paras.append(f"本文件由{committee}归口。")
    d.preface(*paras)


def references(d: Doc, number: str, *refs: str) -> None:
    """Chapter 2 规范性引用文件 with its standard sentence and the list."""
    d.h(number, "规范性引用文件")
    d.p(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期"
        "对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
    )
    for ref in refs:
        d.p(ref, indent=False)


_FULL = {
    ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%/()+-"
}


def fw(text: str) -> str:
    """``text`` with its digits, Latin letters, ``.``, ``%``, ``/``, brackets and signs in full width, as
    the Standards Press prints clause text in some standards (``０．０５ ｍｇ／ｋｇ``, ``≤１２％``); markup
    (``<sup>``) is left as it is."""
    parts = re.split(r"(<[^>]+>)", text)
    return "".join(p if p.startswith("<") else p.translate(_FULL) for p in parts)
