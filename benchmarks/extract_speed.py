"""Documents and pages per second of ``extract`` (parse + extract + normalise, no classification),
and the share of time spent parsing vs extracting.

    python benchmarks/extract_speed.py [--corpus corpus/generated] [--real] [--limit N] [--json]

``--real`` adds the text-layer PDFs of ../shared/corpus-real (skipped when absent); the 200-440
page national standards dominate that figure, so it is reported separately.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

from realcorpus import REAL, real_pdfs

from std_extract.extract import document_to_indicators
from std_extract.extract.canonical import normalise_indicators, warm_up
from std_extract.parse import parse_pdf

REPO = Path(__file__).resolve().parent.parent


def measure(files: list[Path]) -> dict:
    warm_up()
    parse_s = extract_s = 0.0
    pages = indicators = 0
    for path in files:
        t0 = time.perf_counter()
        document = parse_pdf(path)
        t1 = time.perf_counter()
        found = normalise_indicators(document_to_indicators(document))
        t2 = time.perf_counter()
        parse_s += t1 - t0
        extract_s += t2 - t1
        pages += document.source.pages
        indicators += len(found)
    total = parse_s + extract_s
    return {
        "documents": len(files),
        "pages": pages,
        "indicators": indicators,
        "seconds": round(total, 2),
        "documents_per_second": round(len(files) / total, 2),
        "pages_per_second": round(pages / total, 2),
        "parse_share": round(parse_s / total, 3),
        "extract_share": round(extract_s / total, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "generated")
    parser.add_argument(
        "--real", action="store_true", help="also measure ../shared/corpus-real/pdfs (not the acceptance set)"
    )
    parser.add_argument("--limit", type=int, default=0, help="at most N files per set")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sets = {"generated": sorted(args.corpus.glob("*.pdf"))}
    if args.real and REAL.is_dir():
        sets["real"] = real_pdfs(REAL)
    results: dict[str, Any] = {"machine": f"{platform.machine()} {platform.python_version()}"}
    for name, files in sets.items():
        results[name] = measure(files[: args.limit] if args.limit else files)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for name, r in results.items():
        if name == "machine":
            continue
        print(
            f"{name:10} {r['documents']:4d} docs {r['pages']:5d} pages in {r['seconds']:7.1f} s: "
            f"{r['documents_per_second']:6.2f} docs/s {r['pages_per_second']:7.2f} pages/s; "
            f"parse {r['parse_share']:.0%} / extract {r['extract_share']:.0%}"
        )


if __name__ == "__main__":
    main()
