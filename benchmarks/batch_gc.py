"""Memory of a batch run's own process: with the collector paused (std_extract.batch.heap) and not,
and against the code of another commit or checkout, for one or more batch sizes.

    python benchmarks/batch_gc.py [--copies 5] [--corpus corpus/generated] [--jobs 2] [--limit N] [--json]
    python benchmarks/batch_gc.py --copies 3,6 --variants shipped,shipped@7ca519c
    python benchmarks/batch_gc.py --copies 2,4 --variants shipped --baseline OTHER/src

A local batch (``run_batch``) pauses CPython's cyclic collector in its own process while the models
load and the records come in, and freezes the loaded objects before the workers fork
(:mod:`std_extract.batch.heap`, :mod:`std_extract.batch.pool`): collections would walk millions of
long-lived objects for nothing.  The price is that cyclic garbage made in that process meanwhile is
not freed until the pause ends: if the records phase made any, it would grow with the number of
records on a long batch.  This benchmark measures whether it does, and what the pause saves.

The bundled corpus is repeated ``--copies`` times (each copy's sha256 made distinct, so nothing is
served from a cache) and each variant runs ``run_batch`` over it in a fresh interpreter with a fresh
output folder, one after the other in the same invocation:

* ``shipped``: the code as it is;
* ``not_paused``: ``collector_paused`` replaced by a context that leaves the collector as it is
  (CPython's default thresholds; the freeze before the fork stays).

``--variants shipped,not_paused,shipped,not_paused`` runs each twice, in turns.  A variant written
``NAME@REV`` runs with the package of commit REV (its ``src/``, rule data and models, taken with
``git archive`` into the temporary folder) instead of this checkout's: ``shipped@7ca519c`` is the
batch run before its records were spooled to disk (batch.spool).  ``--baseline OTHER/src`` adds
the variant ``baseline``: ``shipped`` with the package in that folder (another checkout's ``src/``,
say an older commit's worktree), run in turns with the others.  ``--copies 3,6`` runs every
variant for each size (N and 2N documents): what the process holds per document shows as the
difference between them.

Printed for each: the run's own process's resident memory once the first record is in (models
loaded), the highest while the records came in (sampled after every record), and the growth between
the two per 100 records; the cyclic garbage still there when the last record is in (the objects a
``gc.collect()`` then frees; that probe runs in every variant, so the reduce step starts alike); the
highest resident memory during the reduce step (``reduce max``: sampled every 10 ms by a thread,
from the last record in until the run returns: corrections, tables, rankings, reports); the peak
of the whole process (VmHWM: loading and the reduce step included, so it cannot fall below what
loading the models takes); and the process's CPU seconds.  Then, for each size, the ratios of each
variant to the first, from the same invocation, and for each variant the growth per 100 documents
between the smallest and the largest size (of the records phase's maximum, of the reduce step's
and of the peak), with its ratio to the first variant's.  Memory figures
barely depend on the machine's load; CPU seconds do (a loaded machine stretches them): compare them
only within one invocation.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VARIANTS = ("shipped", "not_paused")
MIB = 1024 * 1024


def make_folder(corpus: Path, copies: int, target: Path, limit: int = 0) -> int:
    """The corpus's PDFs ``copies`` times under ``target`` (a trailing PDF comment per copy)."""
    pdfs = sorted(corpus.glob("*.pdf"))[: limit or None]
    for n in range(copies):
        for pdf in pdfs:
            out = target / f"copy{n}" / pdf.name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(pdf.read_bytes() + f"\n% copy {n}\n".encode())
    return copies * len(pdfs)


def resident() -> int:
    """This process's resident set size in bytes (/proc/self/statm)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def high_water_mark() -> int:
    """This process's peak resident set size in bytes (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


class ReduceSampler:
    """The highest resident memory from :meth:`start` (the last record is in) until :meth:`stop`."""

    def __init__(self, every: float = 0.01):
        self.every, self.highest = every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive():
            self.highest = resident()
            self._thread.start()

    def stop(self) -> int:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        return max(self.highest, resident())

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            self.highest = max(self.highest, resident())


def run_variant(variant: str, folder: Path, out: Path, jobs: int) -> dict[str, Any]:
    """One batch in this process (the child's side): the figures of its own process."""
    import std_extract.batch.pool as pool
    import std_extract.batch.run as run
    from std_extract.batch.run import BatchProgress

    if variant == "not_paused":
        run.collector_paused = pool.collector_paused = contextlib.nullcontext  # type: ignore[assignment]
    figures: dict[str, Any] = {"variant": variant, "loaded": 0, "records_max": 0}
    reduce = ReduceSampler()

    def on_progress(progress: BatchProgress) -> None:
        if progress.done == progress.cached:  # before the first record
            return
        rss = resident()
        figures["loaded"] = figures["loaded"] or rss
        figures["records_max"] = max(figures["records_max"], rss)
        if progress.done == progress.total:
            figures["garbage_objects"] = gc.collect()
            figures["after_collect"] = resident()
            reduce.start()

    summary = run.run_batch(folder, out, jobs=jobs, on_progress=on_progress)
    figures["reduce_max"] = reduce.stop()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures.update(
        documents=summary.processed,
        peak=high_water_mark(),
        cpu_s=round(usage.ru_utime + usage.ru_stime, 1),
        frozen=gc.get_freeze_count(),
    )
    return figures


def measure(
    variant: str, folder: Path, out: Path, jobs: int, work: Path, baseline: Path | None = None
) -> dict[str, Any]:
    """One variant in a fresh interpreter (its own start-up, its own peak), writing to ``out`` (a
    new folder: its record cache must serve nothing); ``NAME@REV`` imports the package of REV."""
    name, _, rev = variant.partition("@")
    env = dict(os.environ)
    if rev:
        env["PYTHONPATH"] = str(package_of(rev, work))
    if name == "baseline" and baseline is not None:  # shipped, with the package of --baseline
        name, env["PYTHONPATH"] = "shipped", str(baseline)
    command = [sys.executable, __file__, "--child", name, "--folder", str(folder), "--out", str(out)]
    done = subprocess.run([*command, "--jobs", str(jobs)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{variant}: exited {done.returncode}\n{done.stderr[-3000:]}")
    return {**json.loads(done.stdout.splitlines()[-1]), "variant": variant}


def package_of(rev: str, work: Path) -> Path:
    """The ``src/`` folder of commit ``rev`` of this repository, under ``work`` (once), with the
    rule data and models its package links to (``src/std_extract/extractors -> ../../extractors``)."""
    target = work / f"src-{rev}"
    if not target.exists():
        target.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev, "src", "extractors", "models"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target / "src"


def report(results: list[dict[str, Any]]) -> list[str]:
    lines = []
    for r in results:
        growth = (r["records_max"] - r["loaded"]) / MIB / r["documents"] * 100
        lines.append(
            f"{r['variant']:17s} {r['documents']:4d} docs  loaded {r['loaded'] / MIB:7.1f} MiB  "
            f"records max {r['records_max'] / MIB:7.1f} MiB (+{growth:5.2f} MiB/100 docs)  "
            f"garbage {r['garbage_objects']:8d} objects  reduce max {r['reduce_max'] / MIB:7.1f} MiB  "
            f"peak {r['peak'] / MIB:7.1f} MiB  "
            f"cpu {r['cpu_s']:6.1f} s"
        )
    for size in sorted({r["documents"] for r in results}):
        same = [r for r in results if r["documents"] == size]
        base = same[0]
        for r in same[1:]:
            keys = ("records_max", "reduce_max", "peak", "cpu_s")
            ratios = [f"{k} {r[k] / base[k]:.3f}" for k in keys if base[k]]
            lines.append(f"{size} docs, {r['variant']} / {base['variant']}: " + ", ".join(ratios))
    growth = {}
    for variant in dict.fromkeys(r["variant"] for r in results):
        runs = sorted((r for r in results if r["variant"] == variant), key=lambda r: r["documents"])
        small, large = runs[0], runs[-1]
        if large["documents"] > small["documents"]:
            per = 100 / (large["documents"] - small["documents"]) / MIB
            growth[variant] = {k: (large[k] - small[k]) * per for k in ("records_max", "reduce_max", "peak")}
            per_100 = ", ".join(f"{k} {v:+.2f}" for k, v in growth[variant].items())
            lines.append(
                f"{variant}: {small['documents']} -> {large['documents']} docs, MiB per 100 docs: {per_100}"
            )
    first = next(iter(growth), None)
    for variant, figures in list(growth.items())[1:]:
        ratios = [
            f"{k} {figures[k] / growth[first][k]:.3f}"  # type: ignore[index]
            for k in ("reduce_max", "peak")
            if growth[first][k] > 0  # type: ignore[index]
        ]
        lines.append(f"growth per 100 docs, {variant} / {first}: " + ", ".join(ratios))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "generated")
    parser.add_argument("--copies", default="5", help="copies of the corpus; several sizes: 3,6")
    parser.add_argument("--limit", type=int, default=0, help="at most N PDFs of the corpus per copy")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--variants", default=",".join(VARIANTS), help="NAME or NAME@REV, comma-separated")
    parser.add_argument("--baseline", type=Path, help="another checkout's src/: the variant 'baseline'")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_variant(args.child, args.folder, args.out, args.jobs)))
        return
    sizes = [int(c) for c in args.copies.split(",")]
    variants = args.variants.split(",")
    baseline = args.baseline.resolve() if args.baseline is not None else None
    if baseline is not None and "baseline" not in variants:
        variants.append("baseline")
    with tempfile.TemporaryDirectory(prefix="batch-gc-") as tmp:
        work = Path(tmp)
        load = f"load {' '.join(f'{v:.1f}' for v in os.getloadavg())}"
        print(f"copies {sizes} of {args.corpus.name}, {args.jobs} jobs; {load}", flush=True)
        results = []
        for copies in sizes:
            folder = work / f"in{copies}"
            count = make_folder(args.corpus, copies, folder, args.limit)
            for n, variant in enumerate(variants):
                started = time.perf_counter()
                out = work / f"out{copies}-{n}-{variant.replace('@', '-')}"
                results.append(measure(variant, folder, out, args.jobs, work, baseline))
                results[-1]["wall_s"] = round(time.perf_counter() - started, 1)
                print(f"  {count} documents, {variant}: {results[-1]['wall_s']} s", flush=True)
    load = f"load {' '.join(f'{v:.1f}' for v in os.getloadavg())}"
    print(json.dumps(results, indent=1) if args.json else "\n".join([*report(results), load]))


if __name__ == "__main__":
    main()
