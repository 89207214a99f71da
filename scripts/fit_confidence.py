"""Fit the weights of extractors/confidence.toml on the development data, and show thresholds.

    python scripts/fit_confidence.py                     # parse + extract every development document
    python scripts/fit_confidence.py --reuse             # refit from the features of the last run

Development data only: corpus/generated and the DEV splits of corpus/real-dev and ../shared/enterprise-dev
(corpus/<set>/split.csv); no test-split document is read.  Each output value is labelled
"found" (name, comparator, value, unit and grade match a gold indicator, as `std-extract eval` counts
it) and described by the evidence the confidence stage reads (std_extract.extract.confidence).  A
logistic regression with a small L2 penalty (so evidence seen a few times gets a cautious weight)
gives the log-odds weights; evidence never seen keeps its weight from the file (the priors).  The
script prints the fitted weights and, for the shipped file, per set and threshold, the share of values
flagged and the precision and recall of the unflagged ones.  It changes no file: the weights are
copied into extractors/confidence.toml by hand, rounded, and reviewed like code.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path

import numpy as np

from std_extract.evaluate.gold import load_corpus
from std_extract.evaluate.indicators import IndicatorComparison
from std_extract.extract.confidence import (
    ConfidenceSpec,
    default_confidence_spec,
    document_evidence,
    log_odds,
    value_evidence,
)
from std_extract.indicator_lexicon import default_lexicon
from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions
from std_extract.pipeline import process_document
from std_extract.record import Indicator

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SETS = {
    "generated": REPO / "corpus" / "generated",
    "real-dev": REPO / "corpus" / "real-dev",
    "enterprise-dev": SHARED / "enterprise-dev",
}
FEATURES = Path("confidence-features.jsonl")


def dev_stems(name: str) -> set[str] | None:
    """The dev split of a set with a corpus/<set>/split.csv; None (every document) without one."""
    path = REPO / "corpus" / name / "split.csv"
    if not path.exists():
        return None
    rows = csv.DictReader(path.open(encoding="utf-8"))
    return {row["stem"] for row in rows if row["split"] == "dev"}


def rows_of_set(name: str, folder: Path, spec: ConfidenceSpec) -> list[dict]:
    allowed = dev_stems(name)
    rows: list[dict] = []
    for entry in load_corpus(folder):
        stem = entry.gold_path.name.removesuffix(".gold.json")
        if entry.pdf_path is None or (allowed is not None and stem not in allowed):
            continue
        pages = entry.gold.page_numbers  # a long document's gold covers a sample of its pages
        document = parse_pdf(entry.pdf_path, ParseOptions(pages=pages) if pages else None)
        record = process_document(document, classify=False)
        found = IndicatorComparison(entry.gold.indicators, record.indicators).found_outputs()
        context = document_evidence(document, record.indicators, spec.limits)
        for k, indicator in enumerate(record.indicators):
            evidence = value_evidence(indicator, context, default_lexicon(), spec.limits)
            source = "table" if indicator.table is not None else "clause"
            rows.append(
                {"set": name, "stem": stem, "source": source, "evidence": evidence, "found": k in found}
            )
        rows.append({"set": name, "stem": stem, "gold": len(entry.gold.indicators)})
        print(f"{name} {stem}: {len(record.indicators)} values", flush=True)
    return rows


def fit(rows: list[dict], penalty: float) -> dict[str, float]:
    """Newton's method on the L2-penalised log-likelihood; the two bases are not penalised."""
    values = [r for r in rows if "found" in r]
    names = sorted({n for r in values for n in r["evidence"]})
    columns = ["base:table", "base:clause", *names]
    x = np.zeros((len(values), len(columns)))
    for i, r in enumerate(values):
        x[i, columns.index(f"base:{r['source']}")] = 1.0
        for n, strength in r["evidence"].items():
            x[i, columns.index(n)] = strength
    y = np.array([float(r["found"]) for r in values])
    ridge = np.diag([0.0, 0.0] + [penalty] * len(names))
    w = np.zeros(len(columns))
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (y - p) - ridge @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + ridge + 1e-9 * np.eye(len(columns))
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.max(np.abs(step)) < 1e-6:
            break
    counts = {n: int((x[:, columns.index(n)] > 0).sum()) for n in columns}
    return {n: (round(float(v), 2), counts[n]) for n, v in zip(columns, w, strict=True)}  # type: ignore[misc]


def confidence(row: dict, spec: ConfidenceSpec) -> float:
    probe = Indicator(id="x", name="x", comparator="=", table="1" if row["source"] == "table" else None)
    return 1.0 / (1.0 + math.exp(-log_odds(probe, row["evidence"], spec)))


def threshold_table(rows: list[dict], spec: ConfidenceSpec) -> None:
    print("\nset             threshold  flagged  unflagged-precision  unflagged-recall")
    for name in SETS:
        values = [r for r in rows if r.get("set") == name and "found" in r]
        gold = sum(r["gold"] for r in rows if r.get("set") == name and "gold" in r)
        scored = [(confidence(r, spec), r["found"]) for r in values]
        for t in [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]:
            kept = [f for c, f in scored if c >= t]
            flagged = 1 - len(kept) / len(scored) if scored else 0.0
            precision = sum(kept) / len(kept) if kept else float("nan")
            recall = sum(kept) / gold if gold else float("nan")
            mark = " <- shipped" if t == spec.threshold else ""
            print(f"{name:<15} {t:>9.2f}  {flagged:>6.1%}  {precision:>19.3f}  {recall:>16.3f}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--features", type=Path, default=FEATURES, help="where the labelled evidence is kept")
    parser.add_argument("--reuse", action="store_true", help="refit from --features without parsing")
    parser.add_argument("--penalty", type=float, default=1.0, help="L2 penalty on the evidence weights")
    args = parser.parse_args()
    spec = default_confidence_spec()
    if args.reuse:
        rows = [json.loads(line) for line in args.features.read_text(encoding="utf-8").splitlines()]
    else:
        rows = [
            row for name, folder in SETS.items() if folder.is_dir() for row in rows_of_set(name, folder, spec)
        ]
        args.features.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    print("\nfitted log-odds weights (values seen):")
    for name, (weight, seen) in fit(rows, args.penalty).items():
        print(f"  {name:<32} {weight:>6.2f}  ({seen})")
    threshold_table(rows, spec)


if __name__ == "__main__":
    main()
