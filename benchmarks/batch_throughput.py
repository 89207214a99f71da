"""Throughput of ``std-extract run`` over at least 500 documents, with 1 job and with all cores,
against bare pdfplumber text extraction of the same files.

    python benchmarks/batch_throughput.py [--copies 5] [--corpus corpus/generated] [--json]
    python benchmarks/batch_throughput.py --engine dask [--copies 1] [--workers 1,2]

``--engine dask`` runs the same files through the local engine (1 job, all cores) and through the
dask engine on a LocalCluster of 1 and of 2 worker processes (``--workers``), and prints documents/s
and pages/s of each beside the others.  The cluster is started (workers warmed) before the clock
starts, as a standing cluster would be; its start-up time is printed on its own line.

The bundled corpus (103 PDFs) is repeated ``--copies`` times under distinct names; each copy gets
one changed byte in a trailing comment so its sha256 differs and the cache cannot serve it.  Also
measures a re-run over the unchanged folder (all from cache: no parsing work).
"""

from __future__ import annotations

import argparse
import json
import resource
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


def engines_compared(folder: Path, out: Path, workers: list[int]) -> dict[str, object]:
    """Local engine (1 job, all cores) and dask engine (LocalCluster of N workers) on one folder."""
    from std_extract.batch.dask_engine import DaskEngine

    result: dict[str, object] = {}
    runs = [("local_1_job", 1), (f"local_{default_jobs()}_jobs", default_jobs())]
    for name, jobs in runs:
        cpu = _children_cpu()
        seconds, summary = timed_run(folder, out / name, jobs)
        result.update(_rates(name, seconds, summary, _children_cpu() - cpu))
    for count in workers:
        started = time.perf_counter()
        with DaskEngine(f"local:{count}") as engine:
            engine.client.wait_for_workers(count)
            result[f"dask_{count}_workers_startup_s"] = round(time.perf_counter() - started, 2)
            cpu = _workers_cpu(engine)
            start = time.perf_counter()
            summary = run_batch(folder, out / f"dask{count}", engine=engine)
            seconds = time.perf_counter() - start
            result.update(_rates(f"dask_{count}_workers", seconds, summary, _workers_cpu(engine) - cpu))
    result["documents"], result["pages"] = summary.files, summary.pages
    return result


def _children_cpu() -> float:
    """CPU seconds of finished child processes (the local pool's workers, once the pool is shut)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _workers_cpu(engine) -> float:
    """CPU seconds the dask workers have used so far (they live on between runs)."""
    return sum(engine.client.run(_own_cpu).values())


def _own_cpu() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return times.user + times.system


def _rates(name: str, seconds: float, summary, cpu: float) -> dict[str, float]:
    """Wall-clock rates, and worker CPU seconds per page: the per-core cost, which a loaded machine
    stretches far less than the wall clock."""
    return {
        f"{name}_docs_per_s": round(summary.processed / seconds, 2),
        f"{name}_pages_per_s": round(summary.pages / seconds, 2),
        f"{name}_worker_cpu_s_per_page": round(cpu / summary.pages, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "generated")
    parser.add_argument("--copies", type=int, default=None, help="default 5 (local), 1 (--engine dask)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--workers", default="1,2", help="--engine dask: LocalCluster sizes to measure")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    copies = args.copies or (1 if args.engine == "dask" else 5)
    work = Path(tempfile.mkdtemp(prefix="std-extract-bench-"))
    if args.engine == "dask":
        try:
            make_folder(args.corpus, copies, work / "in")
            workers = [int(n) for n in args.workers.split(",")]
            _print(engines_compared(work / "in", work, workers), args.json)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        files = make_folder(args.corpus, copies, work / "in")
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
    _print(result, args.json)


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:36} {value}")


if __name__ == "__main__":
    main()
