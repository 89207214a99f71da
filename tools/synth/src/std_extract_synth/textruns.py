"""Text runs: "^{…}" superscript markup and glyphs a font lacks, measured in one font.

wqy-zenhei has ² and ³ but not ⁻ or ⁶, so 10⁻⁶ is drawn as "10" with a raised, smaller "-6" --
exactly what a word processor's superscript produces in a real PDF's text layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from std_extract_synth.model import Run

_MARKUP = re.compile(r"\^\{([^}]*)\}")
# Superscript characters drawn as raised digits (² and ³ are real glyphs in both fonts).
EMULATED_SUPERSCRIPTS = {
    "⁻": "-",
    "⁺": "+",
    "⁰": "0",
    "¹": "1",
    "⁴": "4",
    "⁵": "5",
    "⁶": "6",
    "⁷": "7",
    "⁸": "8",
    "⁹": "9",
}
SUP_SCALE = 0.62
SUP_RISE = 0.38


@dataclass
class Atom:
    """An unbreakable piece of text: one CJK character or one ASCII word, with its raw offset."""

    runs: list[Run]
    start: int  # offset in the raw (markup) string
    width: float
    space: bool = False


def parse_runs(text: str) -> list[tuple[Run, int]]:
    """Runs with their raw start offsets; emulated superscript characters become sup runs."""
    out: list[tuple[Run, int]] = []
    pos = 0
    for match in _MARKUP.finditer(text):
        out += _plain_runs(text[pos : match.start()], pos)
        out.append((Run(match.group(1), sup=True), match.start()))
        pos = match.end()
    out += _plain_runs(text[pos:], pos)
    return out


def _plain_runs(text: str, base: int) -> list[tuple[Run, int]]:
    out: list[tuple[Run, int]] = []
    for i, ch in enumerate(text):
        sup = ch in EMULATED_SUPERSCRIPTS
        char = EMULATED_SUPERSCRIPTS.get(ch, ch)
        if out and out[-1][0].sup == sup:
            out[-1][0].text += char
        else:
            out.append((Run(char, sup), base + i))
    return out


def plain_text(text: str) -> str:
    return "".join(r.text for r, _ in parse_runs(text))


class Measurer:
    """Widths of runs in one font."""

    def __init__(self, font: str) -> None:
        self.font = font

    def width(self, runs: list[Run], size: float) -> float:
        return sum(stringWidth(r.text, self.font, size * (SUP_SCALE if r.sup else 1)) for r in runs)

    def atoms(self, text: str, size: float) -> list[Atom]:
        """Split into breakable atoms: CJK characters alone, ASCII runs (numbers, units) whole."""
        atoms: list[Atom] = []
        for run, start in parse_runs(text):
            if run.sup:
                width = self.width([run], size)
                if atoms:  # a superscript sticks to what precedes it
                    last = atoms[-1]
                    atoms[-1] = Atom(last.runs + [run], last.start, last.width + width)
                else:
                    atoms.append(Atom([run], start, width))
                continue
            atoms += self._split(run.text, start, size)
        return atoms

    def _split(self, text: str, base: int, size: float) -> list[Atom]:
        atoms: list[Atom] = []
        for match in re.finditer(r"[ ]+|[\x21-\x7e±×·°μΩ%℃]+|.", text):
            piece = match.group()
            run = Run(piece)
            atoms.append(Atom([run], base + match.start(), self.width([run], size), space=piece.isspace()))
        return atoms


def wrap(atoms: list[Atom], width: float, first_width: float | None = None) -> list[list[Atom]]:
    """Greedy line breaking; closing punctuation never starts a line (it may overhang)."""
    lines: list[list[Atom]] = [[]]
    used = 0.0
    limit = first_width if first_width is not None else width
    for atom in atoms:
        overhang = atom.runs[0].text[:1] in "，。；：、）」》,.;:)%"
        if lines[-1] and used + atom.width > limit + 0.01 and not overhang:
            lines.append([])
            used, limit = 0.0, width
            if atom.space:
                continue
        lines[-1].append(atom)
        used += atom.width
    return lines
