"""Uploaded PDFs on disk, content-addressed: ``BLOBS/ab/abcdef....pdf`` by sha256.

An upload is streamed to a temporary file in the blob folder while its sha256 and size are
computed (so a file over the limit is refused without being held in memory), checked, and then
renamed into place: a rename on one file system is atomic, so a blob is either whole or absent,
and the same bytes uploaded twice land on the same name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from std_extract.api.errors import ApiError

CHUNK = 1 << 20
HEAD_BYTES = 1024  # as the parser: "%PDF-" may follow some junk, but within the first KiB
PDF_MAGIC = b"%PDF-"
ENCRYPT_KEY = b"/Encrypt"  # the trailer (or xref stream) key of an encrypted PDF
_UNSAFE_NAME = re.compile(r"[\x00-\x1f/\\]")
# Bytes, not characters: a file system name holds 255 bytes, and 100 Chinese characters are 300
# in UTF-8 (the job links the upload under this name).  200 leaves room for the suffix.
MAX_NAME_BYTES = 200


@dataclass
class StagedUpload:
    """One uploaded file written to a temporary file and measured."""

    filename: str
    temp_path: Path
    sha256: str
    size_bytes: int

    def discard(self) -> None:
        self.temp_path.unlink(missing_ok=True)


class BlobStore:
    """The folder of uploaded PDFs."""

    def __init__(self, root: Path):
        self.root = root
        (root / "tmp").mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.pdf"

    def stage(self, stream: BinaryIO, filename: str | None, max_bytes: int) -> StagedUpload:
        """Copy an upload to a temporary file, hashing as it goes; 413 past ``max_bytes``."""
        name = safe_filename(filename)
        digest, size = hashlib.sha256(), 0
        handle = tempfile.NamedTemporaryFile(dir=self.root / "tmp", suffix=".part", delete=False)
        staged = StagedUpload(name, Path(handle.name), "", 0)
        with handle:
            for block in iter(lambda: stream.read(CHUNK), b""):
                size += len(block)
                if size > max_bytes:
                    handle.close()
                    staged.discard()
                    raise ApiError(
                        413,
                        "too_large",
                        f"{name}: over the limit of {max_bytes} bytes",
                        {"filename": name, "max_bytes": max_bytes},
                    )
                digest.update(block)
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())  # durable before a job row points at it
        staged.sha256, staged.size_bytes = digest.hexdigest(), size
        return staged

    def keep(self, staged: StagedUpload) -> Path:
        """Move a checked upload into place (the same bytes again just replace the same name)."""
        target = self.path(staged.sha256)
        target.parent.mkdir(exist_ok=True)
        os.replace(staged.temp_path, target)
        return target


def check_pdf(staged: StagedUpload) -> None:
    """Refuse what the parser would refuse, before queueing it: not a PDF (415), encrypted (422)."""
    with staged.temp_path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if staged.size_bytes == 0 or PDF_MAGIC not in head:
        raise ApiError(
            415,
            "not_pdf",
            f"{staged.filename}: not a PDF (it starts with {head[:16]!r})",
            {"filename": staged.filename},
        )
    if _mentions_encrypt(staged.temp_path) and needs_password(staged.temp_path):
        raise ApiError(
            422,
            "encrypted",
            f"{staged.filename}: the PDF is encrypted and needs a password to open",
            {"filename": staged.filename},
        )


def _mentions_encrypt(path: Path) -> bool:
    """A cheap scan: only files that name /Encrypt are opened (blocks overlap by the key length)."""
    tail = b""
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            if ENCRYPT_KEY in tail + block:
                return True
            tail = block[-len(ENCRYPT_KEY) :]
    return False


def needs_password(path: Path) -> bool:
    """Whether pdfium refuses to open the file without a password (the parser's own test).

    A PDF encrypted with an owner password only opens without one and is processed normally.
    """
    import pypdfium2 as pdfium

    try:
        pdfium.PdfDocument(str(path)).close()
    except pdfium.PdfiumError as exc:
        return "password" in str(exc).lower()
    return False


def safe_filename(filename: str | None) -> str:
    """The upload's base name without path parts or control characters (it names the record)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = name.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate cannot name a file
    name = _UNSAFE_NAME.sub("_", name).strip().lstrip(".")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        if dot and len(ext) <= 10:
            name = _cut_to_bytes(stem, MAX_NAME_BYTES - len(ext.encode()) - 1) + dot + ext
        else:
            name = _cut_to_bytes(name, MAX_NAME_BYTES)
    return name or "upload.pdf"


def _cut_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits in ``limit`` bytes (whole characters)."""
    data = text.encode("utf-8")[:limit]
    return data.decode("utf-8", "ignore").strip()
