"""Character accuracy of page text against a hand transcription (``corpus/ocr/<stem>.p<N>.txt``).

Accuracy is ``1 - edits / len(gold)``, the edits being the Levenshtein distance between the two
texts in reading order, as ISRI's OCR evaluation counts them.  Both sides are first put in one
form, so that only misread characters count, not typographic choices that mean the same:

* NFKC (full-width forms, "，" and ","), then dashes (— – － ‐) as "-", tildes (～ ~ 〜) as "～",
  and "°C" as "℃";
* all white space removed: OCR and the page layout place spaces by measured gaps, a transcriber
  by eye, and Chinese text has none between words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

FOLD = str.maketrans({"—": "-", "–": "-", "－": "-", "‐": "-", "~": "～", "〜": "～", "∼": "～"})


@dataclass(frozen=True, slots=True)
class PageAccuracy:
    """The accuracy of one page's text."""

    stem: str
    page: int
    gold_chars: int
    edits: int

    @property
    def accuracy(self) -> float:
        return max(0.0, 1.0 - self.edits / max(self.gold_chars, 1))


def fold(text: str) -> str:
    """The form both texts are compared in (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(FOLD)
    text = text.replace("°C", "℃").replace("ºC", "℃")
    return re.sub(r"\s+", "", text)


def char_accuracy(found: str, gold: str, stem: str = "", page: int = 0) -> PageAccuracy:
    """Edits between the found text and the transcription, after ``fold``."""
    expected, got = fold(gold), fold(found)
    return PageAccuracy(stem, page, len(expected), Levenshtein.distance(got, expected))


def transcriptions(folder: Path) -> list[tuple[str, int, Path]]:
    """The transcribed pages of a folder: (file stem, 1-based page, path), from ``<stem>.p<N>.txt``."""
    pages = []
    for path in sorted(folder.glob("*.p*.txt")):
        match = re.fullmatch(r"(.+)\.p(\d+)\.txt", path.name)
        if match:
            pages.append((match.group(1), int(match.group(2)), path))
    return pages


def total_accuracy(pages: list[PageAccuracy]) -> float:
    """Accuracy over all pages together (edits over all gold characters)."""
    chars = sum(p.gold_chars for p in pages)
    return max(0.0, 1.0 - sum(p.edits for p in pages) / max(chars, 1))
