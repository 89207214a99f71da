"""Pages per second of ``parse_pdf`` and of the whole pipeline against bare pdfplumber ``extract_text``.

    python benchmarks/parse_speed.py                 # a representative subset of ../shared/corpus-real
    python benchmarks/parse_speed.py --all           # all but the acceptance set's; the subset's figures too
    python benchmarks/parse_speed.py FILE.pdf ...    # given files
    python benchmarks/parse_speed.py --backend pdfplumber   # the parser on its reference backend
    python benchmarks/parse_speed.py --json
    python benchmarks/parse_speed.py --no-profile    # skip the profiled pass

Three readers run in the same process over the same files, file by file (baseline first):
pdfplumber ``extract_text`` of every page (reading the text at all), ``parse_pdf`` (lines with
char boxes, repairs, tables, clause tree, metadata) and the full pipeline (parse, extract,
normalise, confidence, classify: ``parse_pdf`` then ``process_document``).  Ratios are speeds
against ``extract_text`` measured in the same run, so they hold on a loaded machine where the
absolute figures do not.  With ``--all`` the subset's figures are summed from the same run's
rows and printed too.  Pages whose text layer fails the check are read by OCR (GB/T 19266-2008's
eight pages carry a bad OCR layer over a scan), which ``extract_text`` never does: their time is
printed apart.  Then one more pass of the full pipeline runs under cProfile, and the functions
that take the most time (own time, and time including callees) are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import time
from pathlib import Path

import pdfplumber
from realcorpus import REAL, real_pdfs

from std_extract.parse import ParseOptions, parse_pdf
from std_extract.pipeline import process_document, warm_up

REPO = Path(__file__).resolve().parent.parent
# Small and large, ruled and three-line tables, CJK font traps, and one 204-page file.
SUBSET = [
    "DB32_T_1580-2019.pdf",
    "GB_19645-2010.pdf",
    "GB_19302-2025.pdf",
    "GB_2762-2022.pdf",
    "GB_T_13594-2025.pdf",
    "HJ_702-2014.pdf",
    "HJ_1025-2019.pdf",
    "HJ_77.3-2008.pdf",
    "GB_5085.3-2007.pdf",
]


def extract_text_seconds(path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of pdfplumber extract_text over every page, and the page count."""
    wall, cpu = time.perf_counter(), time.process_time()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        pages = len(pdf.pages)
    return time.perf_counter() - wall, time.process_time() - cpu, pages


def parse_seconds(path: Path, options: ParseOptions) -> tuple[float, float, str, int]:
    """Wall and CPU seconds of parse_pdf, the document's status and its pages read by OCR."""
    wall, cpu = time.perf_counter(), time.process_time()
    document = parse_pdf(path, options)
    seconds = time.perf_counter() - wall, time.process_time() - cpu
    return *seconds, document.status, sum(page.text_source == "ocr" for page in document.pages)


def pipeline_seconds(path: Path, options: ParseOptions) -> tuple[float, float]:
    """Wall and CPU seconds of the whole pipeline: parse, extract, normalise, confidence, classify."""
    wall, cpu = time.perf_counter(), time.process_time()
    process_document(parse_pdf(path, options))
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(files: list[Path], options: ParseOptions) -> list[dict]:
    """One row of timings per file, the three readers run file by file."""
    # One untimed run of each reader first: imports, models, regex compilation and font caches are
    # paid once per process, and a batch pays them once for thousands of files.
    warm_up()
    extract_text_seconds(files[0])
    pipeline_seconds(files[0], options)
    rows = []
    for path in files:
        base, base_cpu, pages = extract_text_seconds(path)
        parse, parse_cpu, status, ocr_pages = parse_seconds(path, options)
        full, full_cpu = pipeline_seconds(path, options)
        rows.append(
            {
                "file": path.name,
                "pages": pages,
                "ocr_pages": ocr_pages,
                "extract_text_s": round(base, 3),
                "parse_s": round(parse, 3),
                "pipeline_s": round(full, 3),
                "extract_text_cpu_s": round(base_cpu, 3),
                "parse_cpu_s": round(parse_cpu, 3),
                "pipeline_cpu_s": round(full_cpu, 3),
                "status": status,
            }
        )
    return rows


def summarise(rows: list[dict], backend: str) -> dict:
    """Pages per second of each reader over ``rows``, and the speeds against extract_text."""
    pages = sum(r["pages"] for r in rows)
    result: dict = {"files": len(rows), "pages": pages, "backend": backend}
    result["ocr_pages"] = sum(r["ocr_pages"] for r in rows)
    base, base_cpu = _total(rows, "extract_text_s"), _total(rows, "extract_text_cpu_s")
    result["extract_text_pages_per_s"] = _rate(pages, base)
    for name in ("parse", "pipeline"):
        wall, cpu = _total(rows, f"{name}_s"), _total(rows, f"{name}_cpu_s")
        result[f"{name}_pages_per_s"] = _rate(pages, wall)
        # speed against extract_text: above 1 is faster than reading the text with pdfplumber
        result[f"{name}_speed_vs_extract_text"] = round(base / wall, 2) if wall else None
        # CPU time is steadier than wall time on a shared machine (OCR's threads count in it too)
        result[f"{name}_cpu_speed_vs_extract_text"] = round(base_cpu / cpu, 2) if cpu else None
    typeset = [r for r in rows if not r["ocr_pages"]]
    if len(typeset) < len(rows):  # the same speeds without the files that had pages read by OCR
        result["without_ocr"] = summarise(typeset, backend) if typeset else None
    return result


def environment() -> dict:
    return {
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "python": platform.python_version(),
        "load_average": [round(v, 1) for v in os.getloadavg()],
    }


def _total(rows: list[dict], key: str) -> float:
    return sum(r[key] for r in rows)


def _rate(pages: int, seconds: float) -> float | None:
    return round(pages / seconds, 2) if seconds else None


def profile(files: list[Path], options: ParseOptions, top: int = 25) -> str:
    """The full pipeline over ``files`` under cProfile: the top functions by own and by total time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files:
        process_document(parse_pdf(path, options))
    profiler.disable()
    out = io.StringIO()
    for key, title in (("tottime", "own time"), ("cumulative", "time with callees")):
        out.write(f"--- profile of the full pipeline: top {top} functions by {title} ---\n")
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats(key).print_stats(top)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="PDFs to measure (default: a subset of the real corpus)"
    )
    parser.add_argument(
        "--all", action="store_true", help="every PDF in ../shared/corpus-real/pdfs but the acceptance set's"
    )
    parser.add_argument("--corpus", type=Path, default=REAL, help="folder of the default files")
    parser.add_argument("--backend", choices=["pypdfium2", "pdfplumber"], default=ParseOptions().backend)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled pass")
    parser.add_argument("--top", type=int, default=25, help="functions listed in the profile")
    args = parser.parse_args()
    if args.files:
        files = args.files
    elif args.all:
        files = real_pdfs(args.corpus)
    else:
        files = [args.corpus / name for name in SUBSET if (args.corpus / name).is_file()]
    if not files:
        raise SystemExit(f"no PDFs to measure (looked in {args.corpus})")
    options = ParseOptions(backend=args.backend)
    load_before = [round(v, 1) for v in os.getloadavg()]
    rows = measure(files, options)
    result = {"per_file": rows, "all": summarise(rows, options.backend), "load_average_before": load_before}
    subset = [r for r in rows if r["file"] in SUBSET]
    if args.all and subset:
        result["subset"] = summarise(subset, options.backend)
    result.update(environment())
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print(result)
    if not args.no_profile:
        print(profile(files, options, args.top))


def _print(result: dict) -> None:
    for row in result["per_file"]:
        ocr = f"  {row['ocr_pages']} p OCR" if row["ocr_pages"] else ""
        print(f"{row['file']:28} {row['pages']:4d} p  extract_text {row['extract_text_s']:7.2f} s"
              f"  parse {row['parse_s']:7.2f} s  pipeline {row['pipeline_s']:7.2f} s"
              f"  (CPU {row['extract_text_cpu_s']:.2f}/{row['parse_cpu_s']:.2f}/{row['pipeline_cpu_s']:.2f})"
              f"  {row['status']}{ocr}")  # fmt: skip
    for key, title in (("all", "all files"), ("subset", "the subset")):
        if key in result:
            _print_summary(result[key], title)
    print(f"  load average {result['load_average_before']} before, {result['load_average']} after; "
          f"max RSS {result['max_rss_mb']} MB")  # fmt: skip


def _print_summary(summary: dict, title: str, indent: str = "") -> None:
    print(f"{indent}{title}: {summary['files']} files, {summary['pages']} pages "
          f"({summary['ocr_pages']} read by OCR), parse backend {summary['backend']}:")  # fmt: skip
    print(f"{indent}  pdfplumber extract_text  {summary['extract_text_pages_per_s']:8} pages/s   1.00x")
    for name, label in (("parse", "parse_pdf"), ("pipeline", "full pipeline")):
        print(f"{indent}  {label:24} {summary[f'{name}_pages_per_s']:8} pages/s   "
              f"{summary[f'{name}_speed_vs_extract_text']}x wall, "
              f"{summary[f'{name}_cpu_speed_vs_extract_text']}x CPU")  # fmt: skip
    if summary.get("without_ocr"):
        _print_summary(summary["without_ocr"], f"{title} without the files OCR read", indent + "  ")


if __name__ == "__main__":
    main()
