"""Measure the classifier: top-k accuracy per level on labelled names and on the corpus.

``python -m std_extract.classify.accuracy [tune] [heldout] [annotations-dev] [annotations-test]
[documents-dev] [--corpus]`` (``--help``: the options) prints the numbers (annotations-test: the
held-out split of the official annotations, only measured; documents-dev: the dev halves of the
corpus sets, parsed and classified as the pipeline does, :func:`evaluate_documents`).
``--misses`` adds, for annotations-dev, one line per wrong answer with what each component said
(:func:`annotation_misses`), for documents-dev each wrong document; the test split's misses are
never printed (a test half's documents are measured by ``std-extract eval --split test --totals-only``).

Top-k at a level counts a hit when the gold code's ancestor at that level is among the first k
*distinct* ancestors of the ranked 小类 candidates: with candidates 3851, 3852, 3464 the 中类
list is 385, 346, so 中类 top-3 looks at two groups.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from std_extract.classify.classifier import (
    Classifier,
    classify_text,
    load_classifier,
    load_measurement_classifier,
)
from std_extract.classify.component import Vote
from std_extract.classify.signals import Signal, document_to_signals
from std_extract.classify.table import LEVELS, AreaTable, load_table
from std_extract.document import Clause, ParsedDocument, Source, StandardMetadata
from std_extract.record import Classification

NAMES_FILE = Path("classification") / "product_names.csv"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# Thresholds of the review model's estimate (aggregate.review_estimate) for the review curve.
CURVE = (0.5, 0.6, 0.7, 0.8, 0.85, 0.87, 0.9, 0.92)


def corpus_dir() -> Path:
    """The repository's corpus/ folder (evaluation data is not shipped in the wheel)."""
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        if (base / "corpus").is_dir():
            return base / "corpus"
    raise FileNotFoundError("corpus/ not found next to the package or in the current directory")


def load_names(split: str | None = "heldout", path: Path | None = None) -> list[tuple[str, str]]:
    """(name, gold 小类) rows of product_names.csv in ``split`` (all rows when None)."""
    path = path or corpus_dir() / NAMES_FILE
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        (r["name"].strip(), r["code"].strip()) for r in rows if split is None or r["split"].strip() == split
    ]


def ranked_at_level(result: Classification, level: str, table: AreaTable) -> list[str]:
    """The distinct ancestors at ``level`` of the ranked candidates, best first."""
    codes = [table.ancestor(c.code, level) for c in result.candidates]  # type: ignore[arg-type]
    return list(dict.fromkeys(a.code for a in codes if a is not None))


def score_results(
    pairs: Iterable[tuple[str, Classification]],
    table: AreaTable,
    estimates: list[float] | None = None,
    threshold: float | None = None,
) -> dict[str, Any]:
    """Top-1/top-3 accuracy per level, and the numbers behind the needs-review threshold;
    with each result's review estimate (:func:`measure`), the review curve too."""
    pairs = list(pairs)
    report: dict[str, Any] = {"n": len(pairs)}
    for level in LEVELS:
        hits1 = hits3 = 0
        for gold, result in pairs:
            truth = table.ancestor(gold, level).code  # type: ignore[union-attr]
            ranked = ranked_at_level(result, level, table)
            hits1 += ranked[:1] == [truth]
            hits3 += truth in ranked[:3]
        report[level] = {"top1": _ratio(hits1, len(pairs)), "top3": _ratio(hits3, len(pairs))}
    report["no_answer"] = _ratio(sum(r.code is None for _, r in pairs), len(pairs))
    report["thresholds"] = threshold_table(pairs)
    report["review"] = review_figures(pairs)
    if estimates is not None:
        report["review_curve"] = review_curve(pairs, estimates, threshold)
    return report


def review_curve(
    pairs: list[tuple[str, Classification]], estimates: list[float], configured: float | None = None
) -> list[dict[str, float]]:
    """For each threshold of the review model's estimate (:data:`CURVE` and the ``configured`` one of
    ``[aggregate.review]``): share flagged and 小类 accuracy of the rest, what ``needs_review``
    would do at that threshold."""
    rows = []
    for threshold in sorted(set(CURVE) | ({configured} if configured is not None else set())):
        kept = [(g, r) for (g, r), e in zip(pairs, estimates, strict=True) if e >= threshold]
        rows.append(
            {
                "threshold": threshold,
                "flagged": _ratio(len(pairs) - len(kept), len(pairs)),
                "accuracy_kept": _ratio(sum(r.code == g for g, r in kept), len(kept)),
            }
        )
    return rows


def _threshold(classifier: Classifier) -> float | None:
    review = classifier.settings.review
    return review.threshold if review is not None and review.enabled else None


def measure(
    classifier: Classifier, queries: list[tuple[str, str]]
) -> tuple[list[tuple[str, Classification]], list[float] | None]:
    """(gold, result) for each (name, gold) query, and each result's review estimate
    (:func:`std_extract.classify.aggregate.review_estimate`; None without a review model)."""
    from std_extract.classify.aggregate import review_estimate, votes_to_classification
    from std_extract.classify.classifier import product_phrase
    from std_extract.classify.signals import text_to_signals

    settings, pairs, estimates = classifier.settings, [], []
    for name, gold in queries:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, settings.decisive_sources)
        pairs.append(
            (gold, votes_to_classification(votes, classifier.table, settings, classifier.method, phrase))
        )
        estimates.append(review_estimate(votes, classifier.table, settings, phrase))
    if any(e is None for e in estimates):
        return pairs, None
    return pairs, [float(e) for e in estimates]  # type: ignore[arg-type]


def review_figures(pairs: list[tuple[str, Classification]]) -> dict[str, float]:
    """What ``needs_review`` does: share flagged, 小类 accuracy of the unflagged and of the flagged."""
    kept = [(g, r) for g, r in pairs if not r.needs_review]
    flagged = [(g, r) for g, r in pairs if r.needs_review]
    return {
        "flagged": _ratio(len(flagged), len(pairs)),
        "accuracy_kept": _ratio(sum(r.code == g for g, r in kept), len(kept)),
        "accuracy_flagged": _ratio(sum(r.code == g for g, r in flagged), len(flagged)),
    }


def threshold_table(pairs: list[tuple[str, Classification]]) -> list[dict[str, float]]:
    """For each candidate threshold: share flagged for review, 小类 accuracy of the rest and of those."""
    rows = []
    for threshold in THRESHOLDS:
        kept = [(g, r) for g, r in pairs if r.code is not None and r.score >= threshold]
        flagged = [(g, r) for g, r in pairs if r.code is None or r.score < threshold]
        rows.append(
            {
                "threshold": threshold,
                "flagged": _ratio(len(flagged), len(pairs)),
                "accuracy_kept": _ratio(sum(r.code == g for g, r in kept), len(kept)),
                "accuracy_flagged": _ratio(sum(r.code == g for g, r in flagged), len(flagged)),
            }
        )
    return rows


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def evaluate_names(
    split: str = "heldout",
    classify: Callable[[str], Classification] = classify_text,
    path: Path | None = None,
) -> dict[str, Any]:
    """Top-1 and top-3 accuracy at each level (门类/大类/中类/小类) on product_names.csv."""
    names = load_names(split, path)
    if classify is classify_text:  # the shipped classifier: with the review curve
        classifier = load_classifier()
        pairs, estimates = measure(classifier, names)
        report = score_results(pairs, load_table(), estimates, _threshold(classifier))
    else:
        report = score_results(((gold, classify(name)) for name, gold in names), load_table())
    report["split"] = split
    return report


def evaluate_annotations(
    split: str = "test", listed: bool = False, classify: Callable[[str], Classification] | None = None
) -> dict[str, Any]:
    """Top-k per level on the annotation items of ``split`` (dev or test; see classify/annotations.py).

    ``listed``: one listed name per head-and-list row instead of each row's head.  By default
    measured with the train-only build (:func:`load_measurement_classifier`), never with the
    shipped knowledge of every row.  Reads ../shared/gbt4754-notes/items.tsv (FileNotFoundError
    when absent).
    """
    from std_extract.classify.annotations import evaluation_queries

    queries = evaluation_queries(split, listed=listed)  # type: ignore[arg-type]
    if classify is None:  # the measurement build: with the review curve
        classifier = load_measurement_classifier()
        pairs, estimates = measure(classifier, queries)
        report = score_results(pairs, load_table(), estimates, _threshold(classifier))
    else:
        report = score_results(((gold, classify(name)) for name, gold in queries), load_table())
    report["split"] = f"annotations {split}" + (" (listed names)" if listed else " (row heads)")
    return report


def errors_on_names(
    split: str = "tune", classify: Callable[[str], Classification] = classify_text
) -> list[str]:
    """One line per wrong 小类 (for tuning by hand on the tune half)."""
    table = load_table()
    lines = []
    for name, gold in load_names(split):
        result = classify(name)
        if result.code != gold:
            got = f"{result.code} {result.name}" if result.code else "-"
            lines.append(f"{name}\tgold {gold} {table[gold].name}\tgot {got} ({result.score:.2f})")
    return lines


def annotation_misses(
    split: str = "dev", listed: bool = False, classifier: Classifier | None = None, limit: int | None = None
) -> list[str]:
    """One line per wrong 小类 on the annotation ``split`` (dev only), for reading what was known.

    Each line: the name, the gold and the first class, the gold's rank among every class any
    component voted for ("-" when none did), and each component's strongest vote for the gold and
    for the first class.  The test split is refused: its rows are only ever measured, never read
    to fix a miss (models/README.md "The split").
    """
    from std_extract.classify.aggregate import class_scores, votes_to_classification
    from std_extract.classify.annotations import evaluation_queries
    from std_extract.classify.classifier import product_phrase
    from std_extract.classify.signals import text_to_signals

    if split != "dev":
        raise ValueError(f"misses are read on the dev split only, not {split!r}")
    classifier = classifier or load_measurement_classifier()
    table, lines = classifier.table, []
    for name, gold in evaluation_queries("dev", listed=listed)[:limit]:
        signals = text_to_signals(name)
        votes = classifier.votes(signals)
        phrase = product_phrase(signals, classifier.settings.decisive_sources)
        result = votes_to_classification(votes, table, classifier.settings, classifier.method, phrase)
        if result.code == gold:
            continue
        scores, _ = class_scores(votes, table, classifier.settings.prior_only_scale)
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        rank = str(ranked.index(gold) + 1) if gold in scores else "-"
        got = f"{result.code} {result.name}" if result.code else "-"
        lines.append(
            f"{name}\tgold {gold} {table[gold].name} [{_supporters(votes, gold)}]\t"
            f"got {got} [{_supporters(votes, result.code or '')}]\tgold rank {rank}"
        )
    return lines


def _supporters(votes: list[Vote], code: str) -> str:
    """Each component's strongest vote for ``code`` or its 中类: "retrieval 0.53, linear 0.41"."""
    best: dict[str, float] = {}
    for vote in votes:
        if code and vote.code in (code, code[:3]):
            label = vote.component + ("(中类)" if len(vote.code) == 3 else "")
            best[label] = max(best.get(label, float("-inf")), vote.weight)
    return ", ".join(f"{c} {w:.2f}" for c, w in sorted(best.items(), key=lambda i: -i[1]))


def corpus_golds(root: Path | None = None) -> list[tuple[Path, dict[str, Any]]]:
    """(pdf path, gold) for every generated standard with a classification in its gold."""
    root = root or corpus_dir() / "generated"
    pairs = []
    for gold_path in sorted(root.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        code = (gold.get("classification") or {}).get("code")
        if code:
            pairs.append(
                (gold_path.with_name(gold.get("file") or gold_path.name.replace(".gold.json", ".pdf")), gold)
            )
    return pairs


SCOPE_CHAPTER = re.compile(r"(?:^|\n)\s*1\s*范\s*围\s*\n(.*?)(?=\n\s*2\s*\S)", re.S)


def pdf_scope_text(pdf: Path) -> str:
    """The body of chapter 1 范围, read straight from the PDF's text layer (not the TOC line)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages[:4])
    bodies = [m.group(1) for m in SCOPE_CHAPTER.finditer(text) if "..." not in m.group(1)]
    return bodies[0].strip() if bodies else ""


def gold_signals(pdf: Path, gold: dict[str, Any]) -> list[Signal]:
    """The gold's cover (title, codes, enterprise) and the scope text of the PDF, as signals."""
    standard = gold.get("standard") or {}
    document = ParsedDocument(
        source=Source(path=str(pdf), sha256=gold.get("sha256") or "", pages=0),
        metadata=StandardMetadata(
            title=standard.get("title"),
            ics=standard.get("ics") or [],
            ccs=standard.get("ccs") or [],
            enterprise=standard.get("enterprise"),
        ),
        clauses=[
            Clause(
                number="1",
                title="范围",
                kind="chapter",
                level=1,
                text=pdf_scope_text(pdf),
                page_start=1,
                page_end=1,
            )
        ],
    )
    return document_to_signals(document)


def evaluate_corpus(
    root: Path | None = None, mode: str = "parsed", limit: int | None = None
) -> dict[str, Any]:
    """Accuracy per level on the generated corpus.

    ``mode="parsed"`` classifies each PDF as the pipeline does (parse_pdf, then
    classify_document); ``mode="gold"`` classifies the gold's title, cover codes and enterprise
    with the scope chapter read from the PDF's text layer, which measures the classifier alone.
    A PDF that fails to parse counts as a miss in "parsed" mode.
    """
    classifier = load_classifier()
    pairs = []
    for pdf, gold in corpus_golds(root)[:limit]:
        pairs.append((gold["classification"]["code"], _classify_corpus_item(classifier, pdf, gold, mode)))
    report = score_results(pairs, load_table())
    report["split"] = f"corpus ({mode})"
    return report


def _classify_corpus_item(
    classifier: Classifier, pdf: Path, gold: dict[str, Any], mode: str
) -> Classification:
    if mode == "gold":
        return classifier.classify_signals(gold_signals(pdf, gold))
    from std_extract.parse import parse_pdf

    try:
        return classifier.classify_document(parse_pdf(pdf))
    except Exception:  # a parser failure is the parser's to fix; here it is a miss
        return Classification()


# The authored and real sets whose gold gives each document a class (or null: "none fits"), split
# into dev and test halves by corpus/<set>/split.csv; enterprise-dev's gold lives in ../shared.
SHARED_GOLD = {"enterprise-dev": Path("..") / "shared" / "enterprise-dev"}


def dev_documents(root: Path | None = None) -> list[tuple[str, Any]]:
    """(set name, gold entry) of every DEV-split document open for development (its record committed
    as a snapshot) of every set with a split.csv; the test halves' gold files, and those of a set held
    out whole, are never opened (``load_corpus(only=...)``)."""
    from std_extract.evaluate.gold import load_corpus

    root = root or corpus_dir()
    found = []
    for split_file in sorted(root.glob("*/split.csv")):
        folder = split_file.parent
        with split_file.open(encoding="utf-8") as handle:
            dev = {row["stem"] for row in csv.DictReader(handle) if row.get("split") == "dev"}
        # a dev half is open once its records are committed as snapshots (the regression guard's);
        # a set held out whole (a new author's, measured once by the lead) has none and is not read
        dev = {stem for stem in dev if (folder / f"{stem}.record.json").is_file()}
        gold_dir = root.parent / SHARED_GOLD[folder.name] if folder.name in SHARED_GOLD else folder
        if dev and gold_dir.is_dir():
            found += [(folder.name, e) for e in load_corpus(gold_dir, only=dev) if e.pdf_path is not None]
    return found


def evaluate_documents(root: Path | None = None) -> tuple[dict[str, Any], list[str]]:
    """Documents as the pipeline classifies them (parse_pdf, then classify_document), the dev halves
    of every set: the report on those whose gold names a class, and one line per other fact (how
    many whose gold has none were given none, then each wrong answer)."""
    from std_extract.parse import parse_pdf

    classifier, table = load_classifier(), load_table()
    pairs, lines, null_gold, null_agreed = [], [], 0, 0
    for name, entry in dev_documents(root):
        try:
            result = classifier.classify_document(parse_pdf(entry.pdf_path))
        except Exception:  # a parser failure is the parser's to fix; here it is a miss
            result = Classification()
        gold = entry.gold.class_code
        ranked = [c.code for c in result.candidates]
        if gold is None:
            null_gold += 1
            null_agreed += not ranked
            if ranked:
                lines.append(f"  {name}/{entry.stem}  gold none  got {result.code} {ranked[1:3]}")
            continue
        area = table.get(gold)
        if area is None or area.level != "class":  # a gold to mend, not a miss of the classifier
            lines.append(f"  {name}/{entry.stem}  gold {gold} is no 小类 of the table (not counted)")
            continue
        pairs.append((gold, result))
        if result.code != gold:
            lines.append(f"  {name}/{entry.stem}  gold {gold}  got {result.code} {ranked[1:3]}")
    report = score_results(pairs, table)
    report["split"] = "documents (dev halves, gold with a class)"
    return report, [f"documents whose gold has no class: n={null_gold}  given none={null_agreed}", *lines]


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{report['split']}: n={report['n']}  no answer={report['no_answer']:.3f}"]
    for level in LEVELS:
        lines.append(f"  {level:9s} top1={report[level]['top1']:.3f}  top3={report[level]['top3']:.3f}")
    review = report["review"]
    lines.append(
        f"  needs_review: flagged {review['flagged']:.3f}, 小类 accuracy unflagged "
        f"{review['accuracy_kept']:.3f}, flagged {review['accuracy_flagged']:.3f}"
    )
    lines.append("  score threshold: flagged / accuracy kept / accuracy flagged")
    for row in report["thresholds"]:
        lines.append(
            f"    {row['threshold']:.2f}: {row['flagged']:.3f} / {row['accuracy_kept']:.3f} / "
            f"{row['accuracy_flagged']:.3f}"
        )
    if "review_curve" in report:
        lines.append(
            "  review estimate threshold: flagged / accuracy kept (needs_review at [aggregate.review])"
        )
        lines += [
            f"    {row['threshold']:.2f}: {row['flagged']:.3f} / {row['accuracy_kept']:.3f}"
            for row in report["review_curve"]
        ]
    return "\n".join(lines)


SPLITS = ("tune", "heldout", "annotations-dev", "annotations-test", "documents-dev")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m std_extract.classify.accuracy", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "splits", nargs="*", metavar="SPLIT", help=f"{', '.join(SPLITS)} (default: tune heldout)"
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="annotations-dev: each wrong answer, per component; documents-dev: each wrong document",
    )
    parser.add_argument("--errors", action="store_true", help="the wrong answers on the tune names")
    parser.add_argument(
        "--corpus", action="store_true", help="also the labelled corpus (gold and parsed text)"
    )
    return parser


def main(argv: list[str]) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = [split for split in args.splits if split not in SPLITS]
    if unknown:
        parser.error(f"unknown split {', '.join(unknown)} (choose from {', '.join(SPLITS)})")
    for split in args.splits or ["tune", "heldout"]:
        if split.startswith("annotations-"):  # annotations-dev, annotations-test
            for listed in (False, True):
                print(format_report(evaluate_annotations(split.split("-", 1)[1], listed)))
                if args.misses and split == "annotations-dev":
                    print("\n".join(annotation_misses("dev", listed)))
            continue
        if split == "documents-dev":
            report, lines = evaluate_documents()
            print(format_report(report))
            print("\n".join(lines if args.misses else lines[:1]))
            continue
        print(format_report(evaluate_names(split)))
    if args.errors:
        print("\n".join(errors_on_names("tune")))
    if args.corpus:
        print(format_report(evaluate_corpus(mode="gold")))
        print(format_report(evaluate_corpus(mode="parsed")))


if __name__ == "__main__":
    main(sys.argv[1:])
