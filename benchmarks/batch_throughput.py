"""Throughput of ``std-extract run`` over at least 500 documents, with 1 job and with all cores,
against bare pdfplumber text extraction of the same files.

    python benchmarks/batch_throughput.py [--copies 5] [--corpus corpus/generated] [--jobs 1,2] [--rounds 1]
        [--no-bare] [--baseline OTHER/src] [--json]
    python benchmarks/batch_throughput.py --engine dask [--copies 1] [--workers 1,2]

Each ``std-extract run --jobs N`` runs as its own process, as a user runs it, so every run pays
its own start-up (imports, rule data, models) and nothing loaded by one run serves the next.
Printed per run: wall seconds, documents/s and pages/s, and its CPU seconds split in two: the run's
own process (``serial``: start-up, handing out files and collecting records, the reduce step:
rankings, reports, output files) and its workers (``workers``: reading the documents, rendering the
reports' page images), CPU seconds per document, and the speed-up of N jobs over the first in wall
time (``speedup_N_jobs_wall``) beside the one projected from CPU time (``projected_speedup_N_jobs``:
each run's serial CPU plus its workers' CPU split evenly over its jobs), which a loaded machine
stretches far less than the wall clock.  Before them: the fixed cost of a run, ``std-extract run``
over a single document (start-up, one document, the outputs), once with an empty warm cache
(:mod:`std_extract.warmcache`, a folder of its own for the benchmark) and once with it filled, as
every later run finds it; the start-up in a fresh interpreter (``start_up``: the CLI's imports and
each step of ``warm_up``, rule data and models, in CPU seconds); and at the end the start-up's
profile (``start_up_profile``: the functions with the most CPU seconds of their own, cProfile).
``--baseline OTHER/src`` runs another checkout's code (an older commit's worktree) in turns with
this one, every figure of it prefixed ``baseline_``: before and after, under the same load.
``--rounds R`` runs the job counts R times in
turns (1, 2, 1, 2, ...) and keeps each one's fastest wall time: on a shared machine a burst of
someone else's work then spoils one round, not the ratio.  The load average is printed before and
after: a wall-clock ratio means something only on an otherwise idle machine.

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
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from std_extract.batch import run_batch
from std_extract.batch.run import BatchSummary, default_jobs

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


def timed_run(folder: Path, out: Path, jobs: int) -> tuple[float, BatchSummary]:
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
            assert engine.client is not None  # connected on entering
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


def _rates(name: str, seconds: float, summary: BatchSummary, cpu: float) -> dict[str, float]:
    """Wall-clock rates, and worker CPU seconds per page: the per-core cost, which a loaded machine
    stretches far less than the wall clock."""
    return {
        f"{name}_docs_per_s": round(summary.processed / seconds, 2),
        f"{name}_pages_per_s": round(summary.pages / seconds, 2),
        f"{name}_worker_cpu_s_per_page": round(cpu / summary.pages, 3),
    }


# A fresh interpreter's start-up as ``std-extract run`` pays it before its workers fork: the CLI's
# imports, then each step of warm_up (CPU seconds), with the wall and CPU seconds of the whole.
START_UP = """
import json, time
t, w = time.process_time(), time.perf_counter()
import std_extract.cli.run_cmd
imports = time.process_time() - t
from std_extract.pipeline import warm_up
steps = warm_up() or {}
print(json.dumps({"wall": time.perf_counter() - w, "cpu": time.process_time() - t,
                  "steps": {"cli imports": imports, **steps}}))
"""
# The same start-up under cProfile: the functions with the most CPU seconds of their own (cProfile
# slows Python code down two or three times, C code far less: read it for the order, not the sums).
START_UP_PROFILE = """
import cProfile, pstats, time
profile = cProfile.Profile(time.process_time)
profile.enable()
import std_extract.cli.run_cmd
from std_extract.pipeline import warm_up
warm_up()
profile.disable()
stats = pstats.Stats(profile).stats
top = sorted(stats.items(), key=lambda kv: -kv[1][2])[:TOP]
for (file, line, name), (_, calls, own, cumulative, _) in top:
    where = file.split("site-packages/")[-1].split("/src/")[-1]
    print(f"{own:.2f}\t{calls}\t{where}:{line}({name})")
"""
# ``python -m std_extract ARGS`` that writes, as it exits, the CPU seconds of its own process and of
# its children (the pool's workers, shut down and waited for by then) to the file named by CPU_FILE.
RUN_CLI = """
import atexit, json, os, resource, runpy, sys

def report():
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    with open(os.environ["CPU_FILE"], "w") as handle:
        json.dump([own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime], handle)

atexit.register(report)
sys.argv = ["std-extract", *sys.argv[1:]]
runpy.run_module("std_extract", run_name="__main__")
"""


@dataclass
class Run:
    """One ``std-extract run``: wall seconds, CPU seconds of its own process and of its workers."""

    wall: float
    serial: float
    workers: float

    @property
    def cpu(self) -> float:
        return self.serial + self.workers

    def projected(self, jobs: int) -> float:
        """Wall seconds on ``jobs`` idle cores: its own process serial, its workers' CPU split evenly."""
        return self.serial + self.workers / jobs


def cli_run(folder: Path, out: Path, jobs: int, env: dict[str, str] | None = None) -> Run:
    """``std-extract run --jobs N`` as its own process (``env``: its environment, default ours)."""
    cpu_file = out.with_name(out.name + ".cpu.json")
    arguments = ["run", str(folder), "--out", str(out), "--jobs", str(jobs)]
    command = [sys.executable, "-c", RUN_CLI, *arguments]
    start = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env={**(env or os.environ), "CPU_FILE": str(cpu_file)}
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: some files failed, which the corpus may hold
        raise SystemExit(
            f"std-extract {' '.join(arguments)} exited {done.returncode}:\n{done.stderr[-2000:]}"
        )
    serial, workers = json.loads(cpu_file.read_text())
    return Run(seconds, serial, workers)


def start_up(env: dict[str, str] | None = None) -> dict:
    """A fresh interpreter's start-up: wall and CPU seconds, CPU seconds of each step."""
    done = subprocess.run(
        [sys.executable, "-c", START_UP], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(done.stdout.splitlines()[-1])


def start_up_profile(top: int = 12, env: dict[str, str] | None = None) -> list[str]:
    """The ``top`` functions of a fresh start-up by CPU seconds of their own (cProfile)."""
    script = START_UP_PROFILE.replace("TOP", str(top))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    return done.stdout.splitlines()


def environment(source: Path | None, warm_cache: Path) -> dict[str, str]:
    """The runs' environment: the package from ``source`` (a checkout's src folder; None: the one
    imported here) and the warm cache in ``warm_cache``, so the user's own cache plays no part."""
    env = {**os.environ, "STD_EXTRACT_CACHE_DIR": str(warm_cache)}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


def load_average() -> str:
    return " ".join(f"{v:.1f}" for v in os.getloadavg())


def local_runs(
    files: list[Path],
    folder: Path,
    work: Path,
    jobs: list[int],
    rounds: int = 1,
    bare: bool = True,
    baseline: Path | None = None,
) -> dict[str, object]:
    """Every figure of a local run; with ``baseline`` (another checkout's src folder) its runs too,
    in turns with this code's, each under its own prefix ``baseline_``."""
    n = len(files)
    pages = sum(_pages(path) for path in files)
    result: dict[str, object] = {"documents": n, "pages": pages, "load_average_before": load_average()}
    if bare:
        seconds = bare_pdfplumber(files)
        result["bare_pdfplumber_docs_per_s"] = round(n / seconds, 2)
    single = work / "single"
    single.mkdir()
    shutil.copy(files[0], single / files[0].name)
    codes = {"": environment(None, work / "warm-cache")}
    if baseline is not None:
        codes["baseline_"] = environment(baseline, work / "warm-cache-baseline")
    fixed: dict[str, Run] = {}
    for prefix, env in codes.items():
        cold = cli_run(single, work / f"{prefix}out-single-cold", 1, env)  # fills the warm cache
        fixed[prefix] = cli_run(single, work / f"{prefix}out-single", 1, env)
        result[f"{prefix}fixed_cost_of_a_run_cold_cache_cpu_s"] = round(cold.cpu, 2)
        result[f"{prefix}fixed_cost_of_a_run_wall_s"] = round(fixed[prefix].wall, 2)
        result[f"{prefix}fixed_cost_of_a_run_cpu_s"] = round(fixed[prefix].cpu, 2)
        result.update(_start_up_figures(prefix, start_up(env)))
    runs: dict[tuple[str, int], Run] = {}
    for round_ in range(rounds):
        for count in jobs:
            for prefix, env in codes.items():
                run = cli_run(folder, work / f"{prefix}out{count}-{round_}", count, env)
                if (prefix, count) not in runs or run.wall < runs[prefix, count].wall:
                    runs[prefix, count] = run
    for (prefix, count), run in runs.items():
        result.update(_run_figures(f"{prefix}run_{count}_jobs", run, n, pages, fixed[prefix].cpu))
        if bare and not prefix:
            result[f"ratio_to_bare_pdfplumber_{count}_jobs"] = round(seconds / run.wall, 3)
    first, *others = jobs
    for prefix in codes:
        for count in others:
            one, more = runs[prefix, first], runs[prefix, count]
            result[f"{prefix}speedup_{count}_jobs_wall"] = round(one.wall / more.wall, 2)
            result[f"{prefix}projected_speedup_{count}_jobs"] = round(
                one.projected(first) / more.projected(count), 2
            )
    rerun = cli_run(folder, work / f"out{jobs[-1]}-0", jobs[-1], codes[""])
    result["rerun_seconds_all_cached"] = round(rerun.wall, 2)
    result["start_up_profile"] = ["own CPU s\tcalls\tfunction", *start_up_profile(env=codes[""])]
    result["load_average_after"] = load_average()
    return result


def _start_up_figures(prefix: str, measured: dict) -> dict[str, object]:
    figures: dict[str, object] = {
        f"{prefix}start_up_wall_s": round(measured["wall"], 2),
        f"{prefix}start_up_cpu_s": round(measured["cpu"], 2),
    }
    for name, cpu in measured["steps"].items():
        figures[f"{prefix}start_up_cpu_s {name}"] = round(cpu, 2)
    return figures


def _run_figures(name: str, run: Run, n: int, pages: int, fixed_cpu: float) -> dict[str, float]:
    jobs = int(name.rsplit("_", 2)[-2])
    return {
        f"{name}_wall_s": round(run.wall, 2),
        f"{name}_docs_per_s": round(n / run.wall, 2),
        f"{name}_pages_per_s": round(pages / run.wall, 2),
        f"{name}_cpu_s_serial": round(run.serial, 2),
        f"{name}_cpu_s_workers": round(run.workers, 2),
        f"{name}_cpu_s_per_document": round((run.cpu - fixed_cpu) / max(n - 1, 1), 4),
        f"{name}_projected_wall_s": round(run.projected(jobs), 2),
    }


def _pages(path: Path) -> int:
    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "generated")
    parser.add_argument("--copies", type=int, default=None, help="default 5 (local), 1 (--engine dask)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--jobs", default=f"1,{default_jobs()}", help="local: the --jobs of each run")
    parser.add_argument("--workers", default="1,2", help="--engine dask: LocalCluster sizes to measure")
    parser.add_argument(
        "--rounds", type=int, default=1, help="local: run the job counts this many times in turns"
    )
    parser.add_argument("--no-bare", action="store_true", help="local: leave out bare pdfplumber extraction")
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="local: the src folder of another checkout (an older commit), run in turns with this one",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    copies = args.copies or (1 if args.engine == "dask" else 5)
    work = Path(tempfile.mkdtemp(prefix="std-extract-bench-"))
    try:
        files = make_folder(args.corpus, copies, work / "in")
        if args.engine == "dask":
            workers = [int(n) for n in args.workers.split(",")]
            result = engines_compared(work / "in", work, workers)
        else:
            jobs = [int(n) for n in args.jobs.split(",")]
            result = local_runs(
                files, work / "in", work, jobs, args.rounds, bare=not args.no_bare, baseline=args.baseline
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _print(result, args.json)


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            if isinstance(value, list):
                print(key)
                for line in value:
                    print(f"    {line}")
            else:
                print(f"{key:44} {value}")


if __name__ == "__main__":
    main()
