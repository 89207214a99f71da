"""Where a batch reads its PDFs: a local (or shared, mounted) folder, or an fsspec URL.

A cluster's workers must all reach the input, so it lives on shared storage: a file system mounted
at the same path everywhere (NFS, CephFS, Lustre), which is an ordinary path here, or an object
store named by an fsspec URL (``s3://bucket/standards``, ``gs://…``) whose driver (s3fs, gcsfs…)
the user installs on the client and every worker.  ``file://`` URLs are turned into plain paths, so
a run over ``file:///data/in`` writes the same records as a run over ``/data/in``.

The parser reads local files only (pdfplumber and PDFium both want a path), so a worker copies a
remote PDF into a private temporary folder under its own name, parses it there and deletes it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCAL_PROTOCOLS = {"file", "local"}


def is_url(location: str | Path) -> bool:
    """True for a URL of a non-local fsspec file system (``s3://…``, ``simplecache::file://…``)."""
    text = str(location)
    if "://" not in text:
        return False
    protocol = text.split("::", 1)[0].split("://", 1)[0]
    return "::" in text or protocol not in LOCAL_PROTOCOLS


def local_path(location: str | Path) -> Path:
    """A plain path for a path or a ``file://`` URL."""
    text = str(location)
    for prefix in ("file://", "local://"):
        if text.startswith(prefix):
            return Path(text[len(prefix) :])
    return Path(text)


def find_pdfs_url(url: str) -> list[str]:
    """Every *.pdf below an fsspec URL (any case), as full URLs, in a stable order."""
    import fsspec.core

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        raise NotADirectoryError(f"{url}: not a folder")
    found = [p for p in fs.find(root) if p.lower().endswith(".pdf")]
    return sorted(_join_url(url, root, p) for p in found)


def _join_url(url: str, root: str, found: str) -> str:
    """The URL of a file found below ``root``: the input URL with the relative part appended."""
    relative = found[len(root) :].lstrip("/") if found.startswith(root) else found.rsplit("/", 1)[-1]
    return url.rstrip("/") + "/" + relative


def sha256_url(url: str) -> str:
    import fsspec

    from std_extract.digest import stream_sha256

    with fsspec.open(url, "rb") as handle:
        return stream_sha256(handle)


def file_name(location: str | Path) -> str:
    return str(location).rstrip("/").rsplit("/", 1)[-1]


@contextmanager
def local_copy(url: str) -> Iterator[Path]:
    """The file at ``url`` copied into a private temporary folder (under its own name)."""
    import fsspec

    folder = tempfile.mkdtemp(prefix="std-extract-")
    try:
        target = Path(folder) / file_name(url)
        with fsspec.open(url, "rb") as source, target.open("wb") as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def size_of(location: str | Path) -> int:
    if not is_url(location):
        return os.stat(location).st_size
    import fsspec.core

    fs, path = fsspec.core.url_to_fs(str(location))
    return int(fs.size(path))
