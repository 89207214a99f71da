"""Mechanical checks of hand-written gold against the PDF it describes, without the extractor.

Gold is written by people, and people mistype: a 0.05 that the PDF prints as 0.5, a value put on the
wrong page, a PDF reprinted after its gold was written.  These checks read only the gold file and
pdfplumber's text layer of the PDF, so they can run on any set, held-out ones included::

    problems = check_gold_folder(Path("corpus/national"), require_printed=True)
    problems = check_gold_file(Path("my-gold/Q_ABC_001-2024.gold.json"))

A gold is checked for: it validates against the evaluator's :class:`~std_extract.evaluate.gold.Gold`
model; its PDF is found and its sha256 is the recorded one (recorded at all, when ``require_sha256``);
it has indicators, none with an empty name, each on a page the PDF (and the gold's page sample) has;
and every number of every record is printed on its page.  A folder is checked for stems that occur
once and, when it has a ``split.csv``, for a split that lists each gold's stem once.

"Printed on its page" is checked in one of two ways:

* with a **printed-elements file** (``<set>/src/printed/<stem>.json``, written by the print scripts
  of the hand-written sets, scripts/print_*.py): for each element
  of the source that prints values, its printed text (superscripts as ``^x``, a neighbouring cell
  holding one of its numbers after ``|``), its page and its records.  Each record's numbers must be
  numbers of the element's text, each digit run of that text must be in the page's text layer, and the
  gold's records must be the elements' records, page for page (a gold edited without a reprint fails);
* without one (gold written by hand against a PDF, as for corpus/real-dev): each record's numbers
  must be among the numbers of its page's text layer (``page_numbers``, which undoes what text layers
  do to numbers: cells side by side, 9 000, wrapped lines, flattened superscripts).  This is looser
  (the number may be printed elsewhere on the page) but still catches a mistyped digit or a wrong
  page; the dev gold of corpus/real-dev and ../shared/enterprise-dev passes it (a slow test).

Problems are returned as data (:class:`GoldProblem`); nothing here prints or raises on bad gold.  The
module sits in the package, not in scripts/, because an agency labelling its own standards for
``std-extract eval`` needs the same check: ``std-extract check-gold DIR`` runs it.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import cn2an
import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException
from pydantic import BaseModel, ConfigDict, ValidationError

from std_extract.digest import file_sha256
from std_extract.evaluate.gbt4754 import parent_table
from std_extract.evaluate.gold import GOLD_SUFFIX, Gold, GoldIndicator, find_gold_files, resolve_pdf
from std_extract.textnorm import repair_private_use

logging.getLogger("pdfminer").setLevel(
    logging.ERROR
)  # as parse/backends/plumber.py: it warns on every odd font
PRINTED_DIR = Path("src") / "printed"  # beside the gold: <set>/src/printed/<stem>.json
SPLIT_FILE = "split.csv"
NUMBER_FIELDS = ("value", "value_max", "tolerance")
_RELATIVE = 1e-9  # two floats are the same printed number within this relative difference

# a×10^b, 10^b, or a plain decimal; ^ marks a superscript in the printed text
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)[×x]10\^(-?\d+)|10\^(-?\d+)|(\d+(?:\.\d+)?)")
_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])")  # 9 000, 1 250
_FLAT_POWER = re.compile(r"(?:(\d+(?:\.\d+)?)[×x])?(?<!\d)10(-?\d{1,2})(?![\d.])")  # 5×104 is 5×10^4
# "1.0×10" with its superscript exponent on another line of the text layer (GB 19302 1.0×10⁶)
_LOST_POWER = re.compile(r"(\d+(?:\.\d+)?)[×x]10(?![\d.^])")
_EXPONENTS = range(-12, 13)
_WRAPPED = re.compile(r"(?<![\d.])(\d+)\n(\d+(?:\.\d+)?)(?![\d.])")
_CN_NUMERAL = re.compile(r"[零一二两三四五六七八九十百千]+")
# Chinese numerals inside unit words are not numbers: 千瓦 is kW, 千克 kg (not 1000)
_CN_UNITS = {"千瓦": "kW", "千克": "kg"}
_SIGNS = "-±"  # a number after these is also printed negative (−5, ±10% = -10..10)


@dataclass(frozen=True)
class GoldProblem:
    """One thing wrong with a gold file: which document, which page (when known), what."""

    stem: str
    message: str
    page: int | None = None

    def __str__(self) -> str:
        where = f"{self.stem} p{self.page}" if self.page is not None else self.stem
        return f"{where}: {self.message}"


class PrintedElement(BaseModel):
    """One element of a hand-written source that prints values, as the print script saw it."""

    model_config = ConfigDict(extra="forbid")

    text: str  # as printed; superscripts as ^x; "|" then a neighbouring cell holding a number
    page: int  # 1-based page of the PDF it was drawn on
    records: list[GoldIndicator]  # the gold records it carries (without their page)


# ---- numbers in printed text -------------------------------------------------------------------
def fold(text: str) -> str:
    """Printed text made comparable, without whitespace (see ``_normalize``)."""
    return re.sub(r"\s+", "", _normalize(text))


def _normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), known private-use punctuation to what it draws
    (a decimal point in GB 2763's text layer), U+2212 minus as '-'."""
    return unicodedata.normalize("NFKC", repair_private_use(text)).replace("\u2212", "-")


def printed_numbers(text: str) -> set[float]:
    """The numbers a printed string shows: decimals, a×10^b, 10^b, Chinese numerals (五年, 三十),
    and the negative of a number printed after a minus or ±."""
    folded = fold(text)
    numbers: set[float] = set()
    for match in _NUMBER.finditer(folded):
        if match[1] is not None:
            number = float(match[1]) * 10.0 ** int(match[2])
        elif match[3] is not None:
            number = 10.0 ** int(match[3])
        else:
            number = float(match[4])
        numbers.add(number)
        if match.start() and folded[match.start() - 1] in _SIGNS:
            numbers.add(-number)
    words = folded
    for word, unit in _CN_UNITS.items():
        words = words.replace(word, unit)
    for match in _CN_NUMERAL.finditer(words):
        try:
            numbers.add(float(cn2an.cn2an(match[0], "smart")))
        except ValueError:  # a run cn2an does not read as one number (十十)
            continue
    return numbers


def shows_number(numbers: Iterable[float], number: float) -> bool:
    """Whether ``number`` is one of ``numbers`` (to float precision)."""
    return any(abs(number - shown) <= _RELATIVE * max(1.0, abs(shown)) for shown in numbers)


def digit_runs(text: str) -> list[str]:
    """The digit runs (``12``, ``0.5``) of a printed string, as they should appear in a text layer."""
    return _DIGIT_RUN.findall(fold(text).replace("^", ""))


class PageTexts:
    """pdfplumber's text of the pages of an open PDF, by 1-based page number, each extracted on first
    use (the gold of a 300-page standard that samples five pages reads five)."""

    def __init__(self, pdf: pdfplumber.PDF) -> None:
        self._pdf = pdf
        self._texts: dict[int, str] = {}
        self._folded: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._pdf.pages)

    def __getitem__(self, page: int) -> str:
        if page not in self._texts:
            self._texts[page] = self._pdf.pages[page - 1].extract_text() or ""
        return self._texts[page]

    def folded(self, page: int) -> str:
        """The page's text through :func:`fold`, for finding a digit run as printed."""
        if page not in self._folded:
            self._folded[page] = fold(self[page])
        return self._folded[page]


def page_numbers(text: str) -> set[float]:
    """The numbers of a page's text layer, read word by word (table cells side by side, ``6.5 7.0``,
    are two numbers), plus what a text layer flattens: digits grouped by threes with a space
    (``9 000``, GB/T 1.1-2020 9.2), a number wrapped at the end of a line, and superscript exponents
    run into their base (``5×104``, ``1×109``) or moved to another line (``1.0×10``: 1.0×10^k, any k)."""
    text = _normalize(text)
    numbers = {number for word in text.split() for number in printed_numbers(word)}
    for match in _GROUPED.finditer(text):  # "1 000 104" may be 1000 and a neighbouring cell's 104
        groups = match[0].split(" ")
        numbers.update(float("".join(groups[:end])) for end in range(2, len(groups) + 1))
    for match in _WRAPPED.finditer(text):  # a number wrapped onto the next line ("１５" / "０ ℃")
        numbers.add(float(match[1] + match[2]))
    for match in _FLAT_POWER.finditer(text):
        numbers.add(float(match[1] or 1) * 10.0 ** int(match[2]))
    for match in _LOST_POWER.finditer(text):  # any exponent: the digits before it are still checked
        numbers.update(float(match[1]) * 10.0**exponent for exponent in _EXPONENTS)
    return numbers


# ---- printed-elements files --------------------------------------------------------------------
def printed_path_for(gold_path: Path) -> Path:
    """Where the print scripts write a gold's printed elements: ``<set>/src/printed/<stem>.json``."""
    return gold_path.parent / PRINTED_DIR / (gold_path.name.removesuffix(GOLD_SUFFIX) + ".json")


def read_printed(path: Path) -> list[PrintedElement]:
    """A printed-elements file (a JSON list of :class:`PrintedElement`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [PrintedElement.model_validate(element) for element in data]


def write_printed(path: Path, elements: Sequence[dict]) -> None:
    """Write a printed-elements file in the committed layout (one key a line, UTF-8 as is)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(list(elements), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def write_gold(path: Path, gold: dict) -> None:
    """Write a gold file in the committed layout (indent 1, UTF-8 as is)."""
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---- the checks --------------------------------------------------------------------------------
def check_gold_file(
    gold_path: Path,
    *,
    printed_path: Path | None = None,
    require_printed: bool = False,
    require_sha256: bool = False,
) -> list[GoldProblem]:
    """Every problem of one gold file (empty when it is sound).

    ``printed_path`` defaults to :func:`printed_path_for` when that file exists; ``require_printed``
    makes its absence a problem (the hand-written sets always have one), ``require_sha256`` a gold
    without a recorded sha256.
    """
    stem = gold_path.name.removesuffix(GOLD_SUFFIX)
    try:
        gold = Gold.model_validate_json(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValidationError) as error:
        return [GoldProblem(stem, f"the gold does not load: {error}")]
    pdf_path, reason = resolve_pdf(gold_path, gold)
    problems = _document_problems(stem, gold, require_sha256)
    if pdf_path is None:
        return [*problems, GoldProblem(stem, reason or f"{gold.file} not found")]
    if gold.sha256 and gold.sha256 != file_sha256(pdf_path):
        problems.append(GoldProblem(stem, f"sha256 of {gold.file} differs from the gold's"))
    printed_path = printed_path or printed_path_for(gold_path)
    try:
        elements = read_printed(printed_path) if printed_path.is_file() else None
    except (ValueError, ValidationError) as error:  # json's JSONDecodeError is a ValueError
        return [*problems, GoldProblem(stem, f"{printed_path} does not load: {error}")]
    if elements is None and require_printed:
        problems.append(GoldProblem(stem, f"no printed-elements file {printed_path}"))
    try:
        with pdfplumber.open(pdf_path) as pdf:
            return problems + _text_problems(stem, gold, elements, PageTexts(pdf))
    except PdfminerException as error:
        return [*problems, GoldProblem(stem, f"{gold.file} does not open as a PDF: {error}")]


def _text_problems(
    stem: str, gold: Gold, elements: list[PrintedElement] | None, texts: PageTexts
) -> list[GoldProblem]:
    problems = _page_problems(stem, gold, len(texts))
    if elements is None:
        return problems + _page_number_problems(stem, gold, texts)
    return problems + _printed_problems(stem, gold, elements, texts)


def check_gold_folder(
    folder: Path,
    *,
    stems: Iterable[str] | None = None,
    require_printed: bool = False,
    require_sha256: bool = False,
) -> list[GoldProblem]:
    """Every problem of the gold files under ``folder`` (only ``stems`` when given) and of the set:
    a stem that occurs twice, a ``split.csv`` that does not list each stem once."""
    paths = find_gold_files(folder)
    problems = _set_problems(folder, paths)
    wanted = set(stems) if stems is not None else None
    if wanted is not None:
        found = {path.name.removesuffix(GOLD_SUFFIX) for path in paths}
        problems += [GoldProblem(stem, f"no gold file under {folder}") for stem in sorted(wanted - found)]
    for path in paths:
        if wanted is None or path.name.removesuffix(GOLD_SUFFIX) in wanted:
            problems += check_gold_file(path, require_printed=require_printed, require_sha256=require_sha256)
    return problems


def _document_problems(stem: str, gold: Gold, require_sha256: bool) -> list[GoldProblem]:
    problems = []
    if require_sha256 and not gold.sha256:
        problems.append(GoldProblem(stem, "no sha256 of the PDF recorded"))
    if not gold.indicators:
        problems.append(GoldProblem(stem, "no indicators"))
    if any(not indicator.name.strip() for indicator in gold.indicators):
        problems.append(GoldProblem(stem, "an empty name"))
    code = gold.class_code
    if code is not None and (len(code) != 4 or code not in parent_table()):
        # a 中类 written as a 小类 ("1820": 182 splits into 1821 and 1829) scores every answer wrong
        problems.append(GoldProblem(stem, f"classification {code} is no 小类 of GB/T 4754-2017"))
    return problems


def _page_problems(stem: str, gold: Gold, page_count: int) -> list[GoldProblem]:
    """Indicators on a page the PDF does not have, or outside the gold's page sample."""
    allowed = set(gold.page_numbers or range(1, page_count + 1)) & set(range(1, page_count + 1))
    return [
        GoldProblem(stem, f"{indicator.name}: page {indicator.page} is not one of the PDF's checked pages")
        for indicator in gold.indicators
        if indicator.page is not None and indicator.page not in allowed
    ]


def _printed_problems(
    stem: str, gold: Gold, elements: list[PrintedElement], texts: PageTexts
) -> list[GoldProblem]:
    problems = []
    for element in elements:
        problems += _element_problems(stem, element, texts)
    flat = [
        record.model_copy(update={"page": element.page}) for element in elements for record in element.records
    ]
    if flat != gold.indicators:
        problems.append(
            GoldProblem(stem, "the gold's records differ from the printed elements' records (reprint)")
        )
    return problems


def _element_problems(stem: str, element: PrintedElement, texts: PageTexts) -> list[GoldProblem]:
    """A record number the element does not print; a digit run of the element not on its page."""
    text, page = element.text, element.page
    shown = printed_numbers(text)
    problems = [
        GoldProblem(stem, f"{record.name} {key}={number} not in printed {text!r}", page)
        for record in element.records
        for key, number in _numbers(record)
        if not shows_number(shown, number)
    ]
    if not 1 <= page <= len(texts):
        return [*problems, GoldProblem(stem, f"{text!r} printed on a page the PDF does not have", page)]
    problems += [
        GoldProblem(stem, f"{run!r} of {text!r} not in the page's text layer", page)
        for run in digit_runs(text)
        if run not in texts.folded(page)
    ]
    return problems


def _page_number_problems(stem: str, gold: Gold, texts: PageTexts) -> list[GoldProblem]:
    """Without printed elements: a record number that is not a number of its page's text layer."""
    shown: dict[int, set[float]] = {}
    problems = []
    for indicator in gold.indicators:
        page = indicator.page
        if page is None or not 1 <= page <= len(texts):
            continue
        if page not in shown:
            shown[page] = page_numbers(texts[page])
        problems += [
            GoldProblem(stem, f"{indicator.name} {key}={number} not printed on its page", page)
            for key, number in _numbers(indicator)
            if not shows_number(shown[page], number)
        ]
    return problems


def _numbers(record: GoldIndicator) -> list[tuple[str, float]]:
    return [(key, number) for key in NUMBER_FIELDS if (number := getattr(record, key)) is not None]


def _set_problems(folder: Path, paths: list[Path]) -> list[GoldProblem]:
    stems = [path.name.removesuffix(GOLD_SUFFIX) for path in paths]
    problems = [
        GoldProblem(stem, f"{count} gold files under {folder} have this stem")
        for stem, count in sorted(Counter(stems).items())
        if count > 1
    ]
    split_path = folder / SPLIT_FILE
    if split_path.is_file():
        problems += _split_problems(split_path, set(stems))
    return problems


def _split_problems(split_path: Path, stems: set[str]) -> list[GoldProblem]:
    """Each gold in exactly one split row, no row without a gold (read_split keeps the last row)."""
    with split_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and not {"stem", "split"} <= set(rows[0]):
        return [GoldProblem(split_path.name, "a split file needs the columns stem and split")]
    listed = Counter(row["stem"].strip() for row in rows)
    problems = [
        GoldProblem(stem, f"listed {count} times in {split_path.name}")
        for stem, count in listed.items()
        if count > 1
    ]
    problems += [GoldProblem(stem, f"not in {split_path.name}") for stem in sorted(stems - set(listed))]
    problems += [
        GoldProblem(stem, f"in {split_path.name} but has no gold file")
        for stem in sorted(set(listed) - stems)
    ]
    return problems
