"""The records a batch ranks, kept on disk until each plan is ranked.

The reduce step used to keep every record's ranking form (batch.outputs.ranking_form) in a list
until the rankings were built: 10.6 MiB per 100 documents of the generated corpus (tracemalloc, 206
and 412 documents), the largest part of what the batch run's peak grew with.  Instead each ranking
form goes, as the tables are written, to an unnamed file in the output folder (a
:class:`~std_extract.batch.spool.RecordSpool`), and only its head stays in memory
(:class:`~std_extract.rank.assign.RecordHead`: number, titles, class, hash, path), which is all
that ordering, deduplicating and assigning records to plans read
(:func:`std_extract.rank.engine.plan_ranking`).  A plan's members are then read back for that plan
alone (:meth:`RankingStore.records`), ranked and written, and let go before the next plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from std_extract.batch.spool import RecordSpool
from std_extract.rank.assign import RecordHead
from std_extract.record import DocumentRecord


class RankingStore:
    """The ranked records of a run (failed ones are not ranked: their heads only, for their hashes),
    on disk; ``with RankingStore(folder) as store: ...``."""

    def __init__(self, folder: Path):
        self._spool = RecordSpool(folder, prefix=".ranking-")
        self.heads: list[RecordHead] = []  # the records ranked, in the order added
        self.shas: list[str] = []  # of every record added, failed ones too

    def __enter__(self) -> RankingStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self._spool.__exit__(*exc)

    def add(self, form: DocumentRecord) -> None:
        """Keep a record's ranking form (batch.outputs.ranking_form) if it is to be ranked."""
        self.shas.append(form.source.sha256)
        if form.status == "failed":
            return
        self._spool.add(str(len(self.heads)), form)
        self.heads.append(RecordHead.of(form))

    def records(self, indices: list[int]) -> Iterator[DocumentRecord]:
        """The ranked records at ``indices`` (into :attr:`heads`), read back one at a time in that order."""
        return self._spool.records([str(i) for i in indices])
