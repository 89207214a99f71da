"""Fuzzing the parser: byte-mutated copies of real and generated PDFs never make ``parse_pdf`` raise
or hang; each comes back as a document with a status and, where it failed, error items.

The default run mutates a few hundred files (seeded, so a failure names a reproducible case); the
``slow`` run mutates many more and reads every page.  A mutated file that raises or passes the
time limit is kept in the test's tmp folder and named in the failure.
"""

from __future__ import annotations

import random
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from corpora import ACCEPTANCE, GENERATED, real_corpus_path
from reportlab.lib import pdfencrypt

from std_extract.parse import ParseOptions, parse_pdf

from .pdfmaker import enterprise_standard, make_image_pdf, make_pdf, zero_page_pdf

REAL_MAX_BYTES = 400_000  # small real files keep the default run near a minute
SECONDS_PER_FILE = 60  # a hang, not a speed budget: a mutated page parses in well under a second
# Tokens the PDF syntax turns on; swapping them breaks structure in ways random bytes rarely do.
TOKENS = [
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"<<",
    b">>",
    b"[",
    b"]",
    b" R",
    b"/Type",
    b"/Page",
    b"/Pages",
    b"/Kids",
    b"/Count",
    b"/Length",
    b"/Filter",
    b"/Encrypt",
    b"/Root",
    b"xref",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"/FlateDecode",
    b"-1",
    b"0",
    b"99999999",
]


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 24)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def _token(data: bytearray, rng: random.Random) -> None:
    old = rng.choice(TOKENS)
    at = data.find(old, rng.randrange(len(data)))
    if at >= 0:
        data[at : at + len(old)] = rng.choice(TOKENS)


def _cut(data: bytearray, rng: random.Random) -> None:
    del data[rng.randrange(1, len(data)) :]


def _splice(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    if rng.random() < 0.5:
        del data[start:end]
    else:
        data[start:start] = data[start:end]


def _overwrite(data: bytearray, rng: random.Random) -> None:
    start = rng.randrange(len(data))
    size = min(len(data) - start, rng.randint(1, 512))
    data[start : start + size] = rng.randbytes(size)


MUTATIONS: list[Callable[[bytearray, random.Random], None]] = [
    _flip,
    _flip,
    _token,
    _token,
    _cut,
    _splice,
    _overwrite,
]


def mutated(original: bytes, rng: random.Random) -> bytes:
    data = bytearray(original)
    for _ in range(rng.randint(1, 3)):
        rng.choice(MUTATIONS)(data, rng)
        if not data:
            data = bytearray(original[:1])
    return bytes(data)


def seed_files(folder: Path, real_corpus: Path | None, generated: int) -> list[Path]:
    """The files to mutate: generated corpus, small made-up PDFs (encrypted ones too), small real ones."""
    folder.mkdir(exist_ok=True)
    files = sorted(GENERATED.glob("*.pdf"))[:generated]
    owner = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=0)
    user = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret")
    files += [
        enterprise_standard(folder / "standard.pdf"),
        make_pdf(folder / "owner.pdf", [[(60, 100, 12, "可以阅读")]] * 2, encrypt=owner),
        make_pdf(folder / "locked.pdf", [[(60, 100, 12, "保密文件")]], encrypt=user),
        make_pdf(folder / "plain.pdf", [[(60, 100, 12, "≤ 0.45 kWh/24h")]], compress=False),
        make_image_pdf(folder / "scan.pdf", pages=1),
        zero_page_pdf(folder / "zero.pdf"),
    ]
    if real_corpus is not None:
        real = sorted((real_corpus / "pdfs").glob("*.pdf"))
        files += [p for p in real if p.stem not in ACCEPTANCE and p.stat().st_size <= REAL_MAX_BYTES]
    return files


@contextmanager
def time_limit(seconds: int, what: str) -> Iterator[None]:
    def expired(_signum, _frame):
        raise TimeoutError(f"{what}: still parsing after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fuzz(sources: list[Path], out: Path, count: int, seed: int, options: ParseOptions) -> list[str]:
    """Parse ``count`` mutated files; the failures, each naming its kept file."""
    rng = random.Random(seed)
    failures = []
    originals = {p: p.read_bytes() for p in sources}
    for number in range(count):
        source = rng.choice(sources)
        path = out / f"{number:04d}-{source.stem}.pdf"
        path.write_bytes(mutated(originals[source], rng))
        try:
            with time_limit(SECONDS_PER_FILE, path.name):
                document = parse_pdf(path, options)
        except Exception as exc:  # noqa: BLE001 - what this test looks for
            failures.append(f"{path}: {type(exc).__name__}: {exc}"[:300])
            continue
        assert document.status in {"ok", "partial", "failed"}
        assert document.status != "failed" or document.errors, path
        path.unlink()
    return failures


def test_fuzz_parse_pdf_mutated_files_never_raise_or_hang(tmp_path):
    sources = seed_files(tmp_path / "seeds", real_corpus_path(), generated=12)
    out = tmp_path / "mutated"
    out.mkdir()
    # 120 files keep the default run near half a minute; the slow sweep below parses 2,000.
    failures = fuzz(sources, out, count=120, seed=20261205, options=ParseOptions(first_pages=2))
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_fuzz_parse_pdf_many_mutated_files_every_page(tmp_path):
    sources = seed_files(tmp_path / "seeds", real_corpus_path(), generated=103)
    out = tmp_path / "mutated"
    out.mkdir()
    failures = fuzz(sources, out, count=2000, seed=16, options=ParseOptions())
    assert not failures, "\n".join(failures)
