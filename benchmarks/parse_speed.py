"""Pages per second of ``parse_pdf`` against bare pdfplumber ``extract_text`` on the same files.

    python benchmarks/parse_speed.py                 # a representative subset of ../shared/corpus-real
    python benchmarks/parse_speed.py --all           # every text-layer PDF there
    python benchmarks/parse_speed.py FILE.pdf ...    # given files
    python benchmarks/parse_speed.py --json

Both readers run in the same process over the same files, file by file (baseline first), so
the ratio parse / extract_text is what the parser adds to reading the text at all: lines with
char boxes, repairs, tables, clause tree, metadata.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
from pathlib import Path

import pdfplumber

from std_extract.parse import parse_pdf

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "corpus-real" / "pdfs"
# Small and large, ruled and three-line tables, CJK font traps, and one 204-page file.
SUBSET = [
    "DB32_T_1580-2019.pdf",
    "GB_19645-2010.pdf",
    "GB_10767-2021.pdf",
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


def parse_seconds(path: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of parse_pdf, and the document's status."""
    wall, cpu = time.perf_counter(), time.process_time()
    document = parse_pdf(path)
    return time.perf_counter() - wall, time.process_time() - cpu, document.status


def measure(files: list[Path]) -> dict:
    # One untimed run of each reader first: imports, regex compilation and font caches are paid once
    # per process, and a batch pays them once for thousands of files.
    extract_text_seconds(files[0])
    parse_seconds(files[0])
    rows = []
    for path in files:
        base, base_cpu, pages = extract_text_seconds(path)
        parse, parse_cpu, status = parse_seconds(path)
        rows.append(
            {
                "file": path.name,
                "pages": pages,
                "extract_text_s": round(base, 2),
                "parse_s": round(parse, 2),
                "extract_text_cpu_s": round(base_cpu, 2),
                "parse_cpu_s": round(parse_cpu, 2),
                "ratio": round(parse / base, 2) if base else None,
                "status": status,
            }
        )
    pages = sum(r["pages"] for r in rows)
    base = sum(r["extract_text_s"] for r in rows)
    parse = sum(r["parse_s"] for r in rows)
    base_cpu = sum(r["extract_text_cpu_s"] for r in rows)
    parse_cpu = sum(r["parse_cpu_s"] for r in rows)
    return {
        "files": len(rows),
        "pages": pages,
        "extract_text_pages_per_s": round(pages / base, 2) if base else None,
        "parse_pages_per_s": round(pages / parse, 2) if parse else None,
        "ratio": round(parse / base, 2) if base else None,
        # CPU time is steadier than wall time on a shared machine
        "cpu_ratio": round(parse_cpu / base_cpu, 2) if base_cpu else None,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "python": platform.python_version(),
        "per_file": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", type=Path, help="PDFs to measure (default: a subset of the real corpus)"
    )
    parser.add_argument("--all", action="store_true", help="every PDF in ../shared/corpus-real/pdfs")
    parser.add_argument("--corpus", type=Path, default=REAL, help="folder of the default files")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    if args.files:
        files = args.files
    elif args.all:
        files = sorted(args.corpus.glob("*.pdf"))
    else:
        files = [args.corpus / name for name in SUBSET if (args.corpus / name).is_file()]
    if not files:
        raise SystemExit(f"no PDFs to measure (looked in {args.corpus})")
    result = measure(files)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for row in result["per_file"]:
        print(f"{row['file']:28} {row['pages']:4d} p  extract_text {row['extract_text_s']:7.2f} s"
              f"  parse {row['parse_s']:7.2f} s  x{row['ratio']}  {row['status']}")  # fmt: skip
    print(f"{result['files']} files, {result['pages']} pages:")
    print(f"  pdfplumber extract_text {result['extract_text_pages_per_s']} pages/s")
    print(f"  parse_pdf               {result['parse_pages_per_s']} pages/s")
    print(f"  ratio (parse / extract_text time) {result['ratio']} wall, {result['cpu_ratio']} CPU")
    print(f"  max RSS {result['max_rss_mb']} MB")


if __name__ == "__main__":
    main()
