"""What a batch run reads: the PDFs below a folder, every entry named like a PDF that is not one,
and the check that the input and output folders are not the same place.

Nothing is skipped silently: a symbolic-link loop, a dangling link, a FIFO or a folder named
``*.pdf``, and a sub-folder that cannot be listed, each become a line of errors.jsonl.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

OUTPUT_MARKERS = ("documents.jsonl", "errors.jsonl", "rankings.json")


class BatchInputError(ValueError):
    """The run cannot start on these folders (a message naming them and the cause)."""


@dataclass(frozen=True, order=True)
class SkippedEntry:
    """An entry named like a PDF that is not a readable file, or a folder that cannot be listed."""

    path: str
    message: str


def find_inputs(folder: Path) -> tuple[list[Path], list[SkippedEntry]]:
    """Every regular file named *.pdf (any case) below ``folder``, and every entry skipped, sorted.
    Symbolic links to files are followed; links to folders are not descended (as ``rglob``)."""
    pdfs: list[Path] = []
    skipped: list[SkippedEntry] = []

    def unreadable(exc: OSError) -> None:
        skipped.append(SkippedEntry(str(exc.filename), f"{exc.filename}: folder not read ({exc.strerror})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        for name in [*dirs, *files]:
            if not name.lower().endswith(".pdf"):
                continue
            path = Path(root) / name
            problem = _not_a_pdf_file(path)
            if problem is None:
                pdfs.append(path)
            else:
                skipped.append(SkippedEntry(str(path), f"{path}: {problem}; skipped"))
    return sorted(pdfs), sorted(skipped)


def _not_a_pdf_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a PDF file, or None for a regular file."""
    try:
        mode = path.stat().st_mode  # follows links
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop"
        if path.is_symlink():
            return f"a dangling symbolic link (to {os.readlink(path)})"
        return f"cannot be read ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        inside = "not followed: a link" if path.is_symlink() else "the PDFs inside it are read"
        return f"a folder named like a PDF ({inside})"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    return "not a regular file (a socket or a device)"


def check_folders(input_dir: Path, out_dir: Path) -> None:
    """Refuse a run whose input is an output folder or whose output is an input folder.

    A run over its own outputs (``std-extract run out -o out``) finds no PDFs and would rewrite
    documents.jsonl empty; an output folder holding PDFs would mix them with the outputs.
    """
    source, target = input_dir.resolve(), out_dir.resolve()
    if source == target or target in source.parents:
        raise BatchInputError(
            f"{input_dir} is (inside) the output folder {out_dir}: give a folder of PDFs and a separate -o"
        )
    markers = [name for name in OUTPUT_MARKERS if (source / name).is_file()]
    if markers:
        raise BatchInputError(
            f"{input_dir} is the output folder of a run (it holds {', '.join(markers)}); "
            "give the folder of PDFs as input"
        )
    if target.is_dir() and any(p.suffix.lower() == ".pdf" for p in target.iterdir()):
        raise BatchInputError(f"{out_dir} holds PDFs: the output folder must not be an input folder")
