"""The model of the XeLaTeX-printed hand-written sets (corpus/typeset, corpus/typeset2, corpus/press):
the shared authoring model (std_extract_synth.authoring) with a typesetter's table styles and TeX formulas,
set by scripts/print_typeset.py and scripts/print_press.py.  :meth:`TexDoc.table` takes ``style`` ("three"
for a booktabs three-line table, "grid" for a full-grid table); :meth:`TexDoc.math` is a displayed formula
in TeX math; ``<m>…</m>`` inside text is inline TeX math (never inside a value).  Each set's kit
(corpus/<set>/src/kit.py) adds its issuers and house style on top."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from std_extract_synth.authoring import Block, Cell, StandardDoc, Text, Value

# The issuers of the two families of national standards on the cover.
SAMR = ["国家市场监督管理总局", "国家标准化管理委员会"]
FOOD = ["中华人民共和国国家卫生健康委员会", "国家市场监督管理总局"]


class TexDoc(StandardDoc):
    """StandardDoc with the typesetter's table styles and TeX formulas."""

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
                content = cell.content if isinstance(cell, Cell) else cell
                if isinstance(content, Value) or (
                    isinstance(content, list) and any(isinstance(x, Value) for x in content)
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
    d: StandardDoc, replaced: str | None, proposer: str, committee: str, changes: Sequence[str] = ()
) -> None:
    """The 前言 of a GB/T 1.1-2020 standard: drafting rule, replaced edition and its changes, patents,
    proposer and committee (any StandardDoc: corpus/typst's Typst-printed documents use it too)."""
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


def references(d: StandardDoc, number: str, *refs: str) -> None:
    """Chapter 2 规范性引用文件 with its standard sentence and the list."""
    d.h(number, "规范性引用文件")
    d.p(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期"
        "对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
    )
    for ref in refs:
        d.p(ref, indent=False)
