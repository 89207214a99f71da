"""Do the two parse backends give the same records?  Runs the whole pipeline on each file twice.

    python scripts/compare_backends.py FILE.pdf ... [--jobs 2] [--tolerance 1.0]

Each file is parsed with the pypdfium2 backend and with the pdfplumber backend, both records go
through the same extraction, normalisation and classification, and the two snapshots (as the
regression guard compares them: numbers exactly, bboxes within ``--tolerance`` points) are
compared.  Prints one line per file: ``same`` or the differing fields.  Comparing backend against
backend reads no output against gold, so it may run on any file.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Literal

from std_extract.evaluate.snapshots import snapshot_differences, snapshot_of
from std_extract.parse import ParseOptions, parse_pdf
from std_extract.pipeline import process_document


def record_snapshot(path: Path, backend: Literal["pypdfium2", "pdfplumber"]) -> dict:
    document = parse_pdf(path, ParseOptions(backend=backend))
    return snapshot_of(process_document(document))


def differences(path: Path, tolerance: float = 1.0, limit: int = 20) -> list[str]:
    """Where the pdfplumber record (expected) and the pypdfium2 record (actual) of ``path`` differ."""
    reference = record_snapshot(path, "pdfplumber")
    candidate = record_snapshot(path, "pypdfium2")
    return snapshot_differences(reference, candidate, tolerance=tolerance, limit=limit)


def _one(args: tuple[Path, float]) -> tuple[str, list[str]]:
    path, tolerance = args
    return path.name, differences(path, tolerance)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--tolerance", type=float, default=1.0, help="bbox tolerance in points")
    parser.add_argument(
        "--counts-only", action="store_true", help="print how many fields differ, not which (held-out files)"
    )
    args = parser.parse_args()
    jobs = [(path, args.tolerance) for path in args.files]
    different = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, found in pool.map(_one, jobs):
            different += bool(found)
            print(name, "same" if not found else f"{len(found)} differences", flush=True)
            for line in [] if args.counts_only else found:
                print("   ", line, flush=True)
    print(f"{len(jobs) - different} of {len(jobs)} files give the same record")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
