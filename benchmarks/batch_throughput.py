"""Throughput of ``std-extract run`` over at least 500 documents, with 1 job and with all cores,
against bare pdfplumber text extraction of the same files.

    python benchmarks/batch_throughput.py [--copies 5] [--corpus corpus/generated] [--json]

The bundled corpus (103 PDFs) is repeated ``--copies`` times under distinct names; each copy gets
one changed byte in a trailing comment so its sha256 differs and the cache cannot serve it.  Also
measures a re-run over the unchanged folder (all from cache: no parsing work).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import pdfplumber

from std_extract.batch import run_batch
from std_extract.batch.run import default_jobs

REPO = Path(__file__).resolve().parent.parent


def make_folder(corpus: Path, copies: int, target: Path) -> list[Path]:
    files = []
    for n in range(copies):
        for pdf in sorted(corpus.glob("*.pdf")):
            out = target / f"copy{n}" / pdf.name
            out.parent.mkdir(parents=True, exist_ok=True)
            # A PDF comment after %%EOF changes the hash, not the document.
            out.write_bytes(pdf.read_bytes() + f"\n% copy {n}\n".encode())
            files.append(out)
    return files


def bare_pdfplumber(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
    return time.perf_counter() - start


def timed_run(folder: Path, out: Path, jobs: int) -> tuple[float, object]:
    start = time.perf_counter()
    summary = run_batch(folder, out, jobs=jobs)
    return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "generated")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="std-extract-bench-"))
    try:
        files = make_folder(args.corpus, args.copies, work / "in")
        n = len(files)
        bare = bare_pdfplumber(files)
        one, _ = timed_run(work / "in", work / "out1", 1)
        cores = default_jobs()
        many, summary = timed_run(work / "in", work / "outN", cores)
        rerun, again = timed_run(work / "in", work / "outN", cores)
        result = {
            "documents": n,
            "pages": summary.pages,
            "bare_pdfplumber_docs_per_s": round(n / bare, 2),
            "run_1_job_docs_per_s": round(n / one, 2),
            f"run_{cores}_jobs_docs_per_s": round(n / many, 2),
            "speedup_all_cores": round(one / many, 2),
            "ratio_to_bare_pdfplumber_1_job": round(bare / one, 3),
            f"ratio_to_bare_pdfplumber_{cores}_jobs": round(bare / many, 3),
            "rerun_seconds_all_cached": round(rerun, 2),
            "rerun_processed": again.processed,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:36} {value}")


if __name__ == "__main__":
    main()
