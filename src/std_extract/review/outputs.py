"""Read a batch run's OUT_DIR for the workbench: an index over documents.jsonl and rankings.

documents.jsonl can hold 100,000 records, so the index keeps only a short summary and the byte
offset of each line; a document is parsed again when it is opened.  Rankings are optional:
``OUT_DIR/<plan>/below_floor.csv`` marks values below a plan's floor and
``OUT_DIR/<plan>/rankings.json`` says which documents a plan took in.
"""

from __future__ import annotations

import csv
import json
import logging
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from std_extract.record import DocumentRecord, Indicator

log = logging.getLogger(__name__)

DOCUMENTS_FILE = "documents.jsonl"
TAIL_BYTES = 4096  # compared on each look to tell an append from a rewrite
LOW_MATCH = 85.0  # rapidfuzz score under which a name -> canonical match is checked by hand


@dataclass
class DocumentSummary:
    sha256: str
    offset: int
    path: str
    number: str | None
    title: str | None
    status: str
    class_code: str | None
    class_name: str | None
    class_needs_review: bool
    indicators: int
    needs_review: set[str] = field(default_factory=set)  # indicator ids
    plans: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)  # indicator id -> confidence (schema 1.2.0)
    enterprise: str | None = None
    searchable: str = ""  # indicator names for the queue's search, folded (see search_key)
    errors: list[str] = field(default_factory=list)  # error codes, for the queue's tooltip


def search_key(text: str | None) -> str:
    """Text folded for searching: full-width to half-width (NFKC), case and spaces ignored, every
    dash a hyphen, so "gb/t19645－2010" finds "GB/T 19645—2010"."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(_DASHES.get(c, c) for c in folded if not c.isspace())


_DASHES = dict.fromkeys("—–―‐‑‒−－", "-")


def review_reasons(indicator: Indicator, below_floor: bool = False) -> list[str]:
    """Why a value needs a reviewer's look (empty when it does not)."""
    reasons = []
    if indicator.needs_review:
        reasons.append("low_confidence")
    if indicator.canonical_id is None:
        reasons.append("no_canonical")
    elif indicator.match_score is not None and indicator.match_score < LOW_MATCH:
        reasons.append("low_match")
    if below_floor:
        reasons.append("below_floor")
    reasons += [f"flag:{f}" for f in indicator.flags]
    return reasons


class OutputIndex:
    """Summaries of every record in OUT_DIR, re-read when documents.jsonl changes."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.path = out_dir / DOCUMENTS_FILE
        self._stamp: tuple[float, int] | None = None
        self._ranking_stamps: tuple[tuple[str, float, int], ...] = ()
        self._indexed = 0  # bytes of documents.jsonl indexed: whole lines only
        self._tail = b""  # the last bytes indexed: an append keeps them, a rewrite does not
        self._cache: OrderedDict[str, DocumentRecord] = OrderedDict()
        self.summaries: dict[str, DocumentSummary] = {}
        self.values: dict[str, list[tuple[float, str]]] = {}  # canonical id -> (value, sha)
        self.below: set[tuple[str, str]] = set()  # (sha, canonical id)
        self._plan_members: dict[str, list[str]] = {}
        self._lock = threading.RLock()  # the app serves requests from a thread pool
        self.refresh()

    def refresh(self) -> None:
        """Re-index when the file changed since the last look (a batch re-run)."""
        with self._lock:
            self._refresh()

    def _refresh(self) -> None:
        stat = self.path.stat() if self.path.exists() else None
        stamp = (stat.st_mtime, stat.st_size) if stat else (0.0, 0)
        ranking_stamps = _stamps(self.out_dir)
        if stamp == self._stamp and ranking_stamps == self._ranking_stamps:
            return
        indexed = self._indexed
        # A batch that is still running appends records: index only the new lines, so a reviewer
        # working during a long run does not re-read the whole file after every document.
        appended = (
            stat is not None
            and ranking_stamps == self._ranking_stamps
            and stat.st_size > indexed > 0
            and self._tail_unchanged(indexed)
        )
        self._stamp, self._ranking_stamps = stamp, ranking_stamps
        if not appended:
            self._cache.clear()
            self.below = read_below_floor(self.out_dir)
            self._plan_members = read_plan_members(self.out_dir)
            self.summaries, self.values = {}, {}
            indexed = 0
        self._indexed = self._index(self._plan_members, start=indexed) if stat is not None else 0

    def _tail_unchanged(self, indexed: int) -> bool:
        with self.path.open("rb") as handle:
            handle.seek(indexed - len(self._tail))
            return handle.read(len(self._tail)) == self._tail

    def _index(self, plan_members: dict[str, list[str]], start: int = 0) -> int:
        """Index the whole lines from byte ``start`` on; returns where they end."""
        from std_extract.review.specs import plans_for_class

        with self.path.open("rb") as handle:
            handle.seek(start)
            offset = start
            for line in handle:
                if line.strip():
                    try:
                        record = DocumentRecord.model_validate_json(line)
                    except ValueError:
                        if line.endswith(b"\n"):
                            raise
                        break  # a line the batch is still writing: indexed at the next look
                    summary = self._summarise(record, offset)
                    summary.plans = plan_members.get(summary.sha256) or plans_for_class(summary.class_code)
                    self.summaries.setdefault(summary.sha256, summary)
                offset += len(line)
            handle.seek(max(offset - TAIL_BYTES, 0))
            self._tail = handle.read(min(offset, TAIL_BYTES))
        return offset

    def _summarise(self, record: DocumentRecord, offset: int) -> DocumentSummary:
        sha, cls = record.source.sha256, record.classification
        needs = set()
        for ind in record.indicators:
            if review_reasons(ind, self.is_below_floor(sha, ind)):
                needs.add(ind.id)
            if ind.canonical_id and ind.value_normalized is not None and ind.review_state != "rejected":
                self.values.setdefault(ind.canonical_id, []).append((ind.value_normalized, sha))
        return DocumentSummary(
            sha256=sha,
            offset=offset,
            path=record.source.path,
            number=record.standard.number,
            title=record.standard.title,
            status=record.status,
            class_code=cls.code if cls else None,
            class_name=cls.name if cls else None,
            class_needs_review=cls is None or cls.needs_review,
            indicators=len(record.indicators),
            needs_review=needs,
            confidence={i.id: i.confidence for i in record.indicators if i.confidence is not None},
            enterprise=record.standard.enterprise,
            searchable="\n".join(
                sorted({search_key(n) for i in record.indicators for n in (i.name, i.canonical_name) if n})
            ),
            errors=[e.code.value for e in record.errors],
        )

    def is_below_floor(self, sha: str, indicator: Indicator) -> bool:
        return indicator.canonical_id is not None and (sha, indicator.canonical_id) in self.below

    def record(self, sha: str) -> DocumentRecord | None:
        """The record of a document, parsed from its line (a few kept in memory)."""
        with self._lock:
            self._refresh()
            if sha in self._cache:
                self._cache.move_to_end(sha)
                return self._cache[sha]
            summary = self.summaries.get(sha)
            if summary is None:
                return None
            with self.path.open("rb") as handle:
                handle.seek(summary.offset)
                record = DocumentRecord.model_validate_json(handle.readline())
            self._cache[sha] = record
            while len(self._cache) > 32:
                self._cache.popitem(last=False)
            return record

    def others(self, canonical_id: str, sha: str) -> list[float]:
        """Normalised values of the same indicator in other documents."""
        return [v for v, s in self.values.get(canonical_id, []) if s != sha]


def _stamps(out_dir: Path) -> tuple[tuple[str, float, int], ...]:
    """(name, mtime, size) of the ranking files the index reads beside documents.jsonl."""
    paths = sorted([*out_dir.glob("*/below_floor.csv"), *out_dir.glob("*/rankings.json")])
    return tuple((str(p), st.st_mtime, st.st_size) for p in paths for st in [p.stat()])


def read_below_floor(out_dir: Path) -> set[tuple[str, str]]:
    """(sha256, canonical indicator id) pairs listed in any ``<plan>/below_floor.csv``."""
    found: set[tuple[str, str]] = set()
    for path in sorted(out_dir.glob("*/below_floor.csv")):
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    if row.get("sha256") and row.get("indicator"):
                        found.add((row["sha256"], row["indicator"]))
        except (OSError, csv.Error, UnicodeDecodeError):
            log.warning("review: cannot read %s", path)
    return found


def read_plan_members(out_dir: Path) -> dict[str, list[str]]:
    """sha256 -> plan ids, from each ``<plan>/rankings.json`` (its ``standards`` list)."""
    members: dict[str, list[str]] = {}
    for path in sorted(out_dir.glob("*/rankings.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            plan_id = data["plan"]["id"]
            for item in data.get("standards", []):
                members.setdefault(item["standard"]["sha256"], []).append(plan_id)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("review: cannot read %s", path)
    return members
