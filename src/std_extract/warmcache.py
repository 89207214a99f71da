"""Start-up state that is slow to build and quick to read, kept on disk between runs.

Some of what a process loads before its first document is derived from the shipped data by seconds
of Python (the classifier's n-gram index over the GB/T 4754 annotation names, the segmentation of
the product lexicon).  Every ``std-extract`` command paid that again; here it is built once and
kept as arrays in the user's cache folder (platformdirs: ``~/.cache/std-extract/warm`` on Linux),
under a name that is the digest of everything it is built from: the inputs themselves and the
source of the code that builds it.  Changed data or code gives another name, so a stale file is
never read; it is removed once newer files of its kind have replaced it.

Only numpy arrays are stored here (``.npz``, read with ``allow_pickle=False``): such a file holds
numbers and strings, never code.  pint keeps its own cache of parsed unit definitions in the
``pint`` subfolder (:func:`std_extract.values.units.build_registry`; pint's format, pickles), as
safe as the rest of the user's cache folder.  Anything wrong with the cache (no such folder, read-only,
a truncated or foreign file) costs only the time to build the state again: the state is the same
either way, and nothing here raises for it.

``STD_EXTRACT_CACHE_DIR`` names another folder (a shared one for a cluster's workers, a fresh one
for a test); ``STD_EXTRACT_CACHE_DIR=off`` builds everything in memory every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from std_extract import __version__

logger = logging.getLogger(__name__)

CACHE_ENV = "STD_EXTRACT_CACHE_DIR"
FORMAT = b"std-extract warm cache 1"
KEEP = 3  # files kept per kind: the newest, and a few others (another install, a rolled-back release)

Arrays = dict[str, np.ndarray]


def cache_dir() -> Path | None:
    """The folder of the warm cache, or None when it is switched off."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() in ("off", "0", "none"):
        return None
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("std-extract")) / "warm"


def digest(parts: Iterable[bytes]) -> str:
    """The name of a state built from ``parts`` (each part length-prefixed, so no two lists of
    parts give the same digest), with this release and the cache format."""
    hasher = hashlib.sha256()
    for part in (FORMAT, __version__.encode(), *parts):
        hasher.update(len(part).to_bytes(8, "little"))
        hasher.update(part)
    return hasher.hexdigest()[:32]


def source_of(*modules: object) -> bytes:
    """The source text of modules (their ``__file__``), to key a state on the code that builds it;
    empty where a module has no readable file (then the release number alone keys it)."""
    texts = []
    for module in modules:
        try:
            texts.append(Path(module.__file__).read_bytes())  # type: ignore[attr-defined]
        except (AttributeError, OSError, TypeError):
            texts.append(b"")
    return b"\0".join(texts)


def cached_arrays(kind: str, key: str, build: Callable[[], Arrays]) -> Arrays:
    """The arrays ``build()`` makes, read from the cache file of ``kind`` and ``key`` when there,
    else built and written there for the next process."""
    folder = cache_dir()
    path = folder / f"{kind}-{key}.npz" if folder is not None else None
    if path is not None:
        arrays = _read(path)
        if arrays is not None:
            return arrays
    arrays = build()
    if path is not None:
        _write(path, arrays)
    return arrays


def _read(path: Path) -> Arrays | None:
    try:
        with np.load(path, allow_pickle=False) as stored:
            return {name: stored[name] for name in stored.files}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        logger.debug("warm cache %s unreadable, building again: %s", path, exc)
        return None


def _write(path: Path, arrays: Arrays) -> None:
    """Write atomically (a reader sees the whole file or none), then drop old files of the kind."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            np.savez(handle, allow_pickle=False, **arrays)
        os.replace(tmp, path)
    except OSError as exc:  # read-only or full: the next process builds it again
        logger.debug("warm cache %s not written: %s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return
    _prune(path)


def _prune(newest: Path) -> None:
    kind = newest.name.rsplit("-", 1)[0]
    try:
        others = sorted(
            (p for p in newest.parent.glob(f"{kind}-*.npz") if p != newest),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in others[KEEP - 1 :]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruned it first
        return


def pack_strings(strings: list[str]) -> Arrays:
    """Strings as two arrays (their characters as code points, and where each ends), which
    ``np.load`` reads without pickle; any character, NUL included, survives."""
    text = "".join(strings)
    return {
        "chars": np.frombuffer(text.encode("utf-32-le"), dtype="<u4"),
        "ends": np.cumsum(np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))),
    }


def unpack_strings(chars: np.ndarray, ends: np.ndarray) -> list[str]:
    """The strings :func:`pack_strings` packed."""
    if not len(ends):
        return []
    text = chars.astype("<u4").tobytes().decode("utf-32-le")
    starts = [0, *ends[:-1].tolist()]
    return [text[a:b] for a, b in zip(starts, ends.tolist(), strict=True)]
