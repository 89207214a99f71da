"""The authoring kit of corpus/luatex: national standards (GB food-safety standards and GB/T product
standards) laid out the way GB/T 1.1-2020 lays them out, typeset by LuaLaTeX (scripts/print_luatex.py).

The model is the hand-written sets' shared one (std_extract_synth.authoring) with the TeX kit's table
styles and formulas (std_extract_synth.texkit.TexDoc).  Every printed value that is an indicator is a
:class:`V`: its text is printed after a zref label and its gold records travel with it; the print script
reads the absolute page of every label from the .aux file.  The clause and table a V sits in are filled
in from the block it is placed in.  Tables are full-grid by default (``style="grid"``), as the national
standards print them; a table's notes and footnotes sit inside its frame.  Nothing here reads the
extractor: the records are the author's reading of the text, following corpus/luatex/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Text, basis_cells
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.texkit import FOOD, SAMR, TexDoc, common_front, references

__all__ = ["C", "Doc", "FOOD", "R", "SAMR", "Text", "V", "basis_cells", "common_front", "references", "plan"]


def plan(n: int, c: int) -> str:
    """The sampling plan of a microbiological limit, as the conditions carry it."""
    return f"n={n},c={c}"


@dataclass
class Doc(TexDoc):
    """TexDoc whose tables are full-grid unless told otherwise, notes and footnotes inside the frame."""

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
        style: str = "grid",
    ) -> None:
        super().table(
            number, caption, rows, head, widths, unit_line, notes, footnotes, font, cont, inside, style
        )
