"""The sha256 of a file: the key of a document everywhere (record source, batch cache, gold files,
API ids, review store), so it is computed in one place."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

_BLOCK = 1 << 20  # read 1 MiB at a time: a 200-page standard never sits in memory twice


def file_sha256(path: Path | str) -> str:
    """Hex sha256 of the file's bytes."""
    with Path(path).open("rb") as handle:
        return stream_sha256(handle)


def stream_sha256(handle: BinaryIO) -> str:
    """Hex sha256 of everything left in a binary stream (a local file, or an fsspec file)."""
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(_BLOCK), b""):
        digest.update(block)
    return digest.hexdigest()
