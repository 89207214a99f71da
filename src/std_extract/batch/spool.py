"""The records of a run, kept on disk between the workers and the reduce step.

A batch run's own process used to hold every record until the reduce step (rankings, output
files): about 9 MiB per 100 documents (benchmarks/batch_gc.py), 9 GiB for 100,000.  Instead each
record is appended, as it arrives, to an unnamed file in the output folder (never ``/tmp``, which
may be memory), and only its offset is kept; the reduce step reads the records back one at a time,
in input order.  The file has no name on Linux (``tempfile.TemporaryFile``), so nothing is left
behind by a run killed with ``kill -9``.  Resuming is the record cache's job (batch.cache), as
before: the spool only stands in for the list the run held in memory.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from std_extract.record import DocumentRecord


class RecordSpool:
    """Records by input path, on disk; ``with RecordSpool(folder) as spool: ...``."""

    def __init__(self, folder: Path, prefix: str = ".records-"):
        self._file: BinaryIO = tempfile.TemporaryFile(dir=folder, prefix=prefix, suffix=".spool")
        self._where: dict[str, tuple[int, int]] = {}  # path -> (offset, length)
        self._end = 0

    def __enter__(self) -> RecordSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def add(self, path: Path | str, record: DocumentRecord) -> None:
        """Keep ``record`` as the one of ``path`` (a later one for the same path replaces it)."""
        data = record.model_dump_json().encode()
        self._file.seek(self._end)
        self._file.write(data)
        self._where[str(path)] = (self._end, len(data))
        self._end += len(data)

    def __contains__(self, path: Path | str) -> bool:
        return str(path) in self._where

    def __len__(self) -> int:
        return len(self._where)

    def records(self, paths: list[Path] | list[str]) -> Iterator[DocumentRecord]:
        """The records of ``paths`` that the spool holds, in that order, read back one at a time."""
        self._file.flush()
        for path in paths:
            where = self._where.get(str(path))
            if where is None:
                continue
            self._file.seek(where[0])
            yield DocumentRecord.model_validate_json(self._file.read(where[1]))
