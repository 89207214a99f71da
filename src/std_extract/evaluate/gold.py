"""Gold annotations (``corpus/GOLD_FORMAT.md``) and where to find the PDF each one describes.

Two layouts are supported:

* generated corpus: ``corpus/<set>/<stem>.pdf`` beside ``<stem>.gold.json``, ``file`` is the PDF's name;
* real-dev: ``corpus/real-dev/<stem>.gold.json`` names a file under ``../shared/corpus-real`` (outside
  the repository, never copied in) by a path relative to that folder, with its sha256.

A gold whose PDF cannot be found, or whose PDF's sha256 differs from the recorded one, is returned
as a :class:`GoldEntry` with a ``skip_reason`` instead of raising: an evaluation run reports it and
goes on.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from std_extract.digest import file_sha256
from std_extract.record import Comparator, StandardInfo

GOLD_SUFFIX = ".gold.json"
# Overrides the search for ../shared/corpus-real (e.g. a CI runner that mounts it elsewhere).
CORPUS_REAL_ENV = "STD_EXTRACT_CORPUS_REAL"
_SHARED_CORPUS = ("shared", "corpus-real")


class GoldIndicator(BaseModel):
    """One annotated indicator; the field names are those of :class:`std_extract.record.Indicator`."""

    model_config = ConfigDict(extra="forbid")

    name: str
    canonical_id: str | None = None
    comparator: Comparator
    value: float | None = None
    value_max: float | None = None
    tolerance: float | None = None
    value_text: str | None = None
    unit: str | None = None
    grade: str | None = None
    conditions: list[str] = Field(default_factory=list)
    clause: str | None = None
    table: str | None = None
    page: int | None = None


class GoldClassification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str | None = None  # GB/T 4754-2017 小类 (4 digits)


def _page_span(spec: int | str) -> tuple[int, int]:
    """``7`` or ``"34-36"`` as (first, last), 1-based; ValueError on anything else."""
    if isinstance(spec, int):
        first = last = spec
    else:
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", spec)
        if not match:
            raise ValueError(f"page {spec!r} is neither a number nor a range like '34-36'")
        first = int(match[1])
        last = int(match[2] or match[1])
    if first < 1 or last < first:
        raise ValueError(f"page {spec!r}: pages are 1-based and a range runs upward")
    return first, last


class Gold(BaseModel):
    """One gold file.

    ``pages`` restricts a gold to a sample of a long document (GB 2760, GB 2763: hundreds of pages
    of tables): a list of 1-based page numbers or ranges (``[1, "34-36", 120]``).  The evaluator
    then parses and scores only those pages; ``None`` means the whole document.
    """

    model_config = ConfigDict(extra="forbid")

    gold_version: int = 1
    file: str
    sha256: str | None = None
    category: str | None = None
    pages: list[int | str] | None = None
    standard: StandardInfo = Field(default_factory=StandardInfo)
    classification: GoldClassification | None = None
    indicators: list[GoldIndicator] = Field(default_factory=list)

    @field_validator("pages")
    @classmethod
    def _pages_are_numbers_or_ranges(cls, pages: list[int | str] | None) -> list[int | str] | None:
        if pages is not None:
            if not pages:
                raise ValueError("pages is empty: leave it out to evaluate the whole document")
            for spec in pages:
                _page_span(spec)
        return pages

    @property
    def class_code(self) -> str | None:
        return self.classification.code if self.classification else None

    @property
    def page_numbers(self) -> list[int] | None:
        """The sampled pages as sorted 1-based numbers, or ``None`` for the whole document."""
        if self.pages is None:
            return None
        numbers: set[int] = set()
        for spec in self.pages:
            first, last = _page_span(spec)
            numbers.update(range(first, last + 1))
        return sorted(numbers)


class GoldEntry(BaseModel):
    """A gold file with the PDF it describes resolved (or the reason it cannot be evaluated)."""

    gold_path: Path
    gold: Gold
    pdf_path: Path | None = None
    skip_reason: str | None = None

    @property
    def stem(self) -> str:
        return self.gold_path.name.removesuffix(GOLD_SUFFIX)


def read_gold(path: Path) -> Gold:
    """Parse and validate one gold file (a pydantic ValidationError names the bad field)."""
    return Gold.model_validate_json(path.read_text(encoding="utf-8"))


def corpus_real_roots(gold_dir: Path) -> list[Path]:
    """Folders that may hold ``../shared/corpus-real``, nearest first.

    The repository root is not known from inside an installed package, so every ancestor of the
    gold file's folder is tried as the folder whose sibling is ``shared/`` (the repo root is one of
    them: ``<root>/corpus/real-dev``).  ``$STD_EXTRACT_CORPUS_REAL`` comes first when set.
    """
    roots = []
    if os.environ.get(CORPUS_REAL_ENV):
        roots.append(Path(os.environ[CORPUS_REAL_ENV]))
    for ancestor in [gold_dir.resolve(), *gold_dir.resolve().parents]:
        roots.append(ancestor.parent.joinpath(*_SHARED_CORPUS))
    return list(dict.fromkeys(roots))


def resolve_pdf(gold_path: Path, gold: Gold) -> tuple[Path | None, str | None]:
    """The PDF a gold describes, or ``(None, reason)``; the reason names every path tried.

    A gold's ``file`` is looked for beside the gold (the hand-written and generated sets), then
    under each shared/corpus-real folder found (:func:`corpus_real_roots`: the real standards).
    """
    beside = gold_path.parent / gold.file
    if beside.is_file():
        return beside, None
    present = [root for root in corpus_real_roots(gold_path.parent) if root.is_dir()]
    for root in present:
        candidate = root / gold.file
        if candidate.is_file():
            return candidate, None
    return None, _missing_pdf_reason(gold_path.parent, gold.file, [beside, *(r / gold.file for r in present)])


def _missing_pdf_reason(gold_dir: Path, file: str, tried: list[Path]) -> str:
    reason = f"{file} not found: not at {', nor at '.join(map(str, tried))}"
    if len(tried) == 1:  # looked for beside the gold only: say why no shared folder was searched
        shared = "/".join(_SHARED_CORPUS)
        reason += f"; no {shared} folder beside {gold_dir.resolve()} or any folder above it"
    configured = os.environ.get(CORPUS_REAL_ENV)
    if configured and not Path(configured).is_dir():
        reason += f"; ${CORPUS_REAL_ENV} is {configured}, which is not a folder"
    return reason


def load_entry(gold_path: Path, *, check_sha256: bool = True) -> GoldEntry:
    """Read a gold file and resolve its PDF; a missing or changed PDF becomes ``skip_reason``."""
    gold = read_gold(gold_path)
    pdf, reason = resolve_pdf(gold_path, gold)
    if pdf is not None and check_sha256 and gold.sha256 and file_sha256(pdf) != gold.sha256:
        pdf, reason = None, f"{gold.file}: sha256 differs from the gold's; the gold no longer describes it"
    return GoldEntry(gold_path=gold_path, gold=gold, pdf_path=pdf, skip_reason=reason)


def find_gold_files(corpus_dir: Path) -> list[Path]:
    """Every ``*.gold.json`` under ``corpus_dir`` (recursively), sorted."""
    return sorted(corpus_dir.rglob(f"*{GOLD_SUFFIX}"))


def read_split(path: Path) -> dict[str, str]:
    """A split file (``stem,product,split`` CSV, corpus/enterprise-dev/split.csv): stem -> split name.

    Raises ValueError naming the file when it has no ``stem`` and ``split`` columns.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if rows and not {"stem", "split"} <= set(rows[0]):
        raise ValueError(f"{path}: a split file needs the columns stem and split")
    return {row["stem"].strip(): row["split"].strip() for row in rows}


def load_corpus(
    corpus_dir: Path, *, limit: int | None = None, only: set[str] | None = None
) -> list[GoldEntry]:
    """Gold entries of a corpus folder, only the stems in ``only`` when given, the first ``limit``
    of them when given.  Gold files left out are not read at all (a held-out split stays unopened)."""
    paths = find_gold_files(corpus_dir)
    if only is not None:
        paths = [path for path in paths if path.name.removesuffix(GOLD_SUFFIX) in only]
    if limit is not None:
        paths = paths[:limit]
    return [load_entry(path) for path in paths]
