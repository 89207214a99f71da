"""How fast is GB/T 4754 classification?  Start-up cost, then per-document time.

    python benchmarks/classify_speed.py [--n 2000] [--generated-only]
    python benchmarks/classify_speed.py --n 300 --generated-only --baseline OLD/src [--rounds 2]

Start-up is measured stage by stage in a fresh process (importing spaCy, building the jieba
dictionary, reading the table and the lexicon, building the PhraseMatcher and any trained
model).  Per-document time is measured over product names, titles with scope text, and parsed
standards built by hand with a body of a few thousand characters: the budget is 50 ms a
document after start-up.

``--baseline OLD/src`` compares with other code in the same run: each round runs this benchmark in a
fresh interpreter on ``OLD/src`` and then on the code this script imports (turn about, so both see
the same load), and the table gives each one's CPU time per classification, the best of the rounds,
and their ratio (``OLD`` is a checkout's ``src`` folder, e.g. ``git archive REV src models extractors
| tar -x -C /tmp/old``; its ``models`` and ``extractors`` links must resolve there).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from std_extract.classify.classifier import Classifier


T = TypeVar("T")


def timed(label: str, action: Callable[[], T], rows: list[tuple[str, float]]) -> T:
    start = time.perf_counter()
    value = action()
    rows.append((label, time.perf_counter() - start))
    return value


def startup() -> tuple[list[tuple[str, float]], Classifier]:
    """Each start-up stage in order, as load_classifier() runs them; returns the classifier."""
    rows: list[tuple[str, float]] = []
    timed("import spacy", lambda: __import__("spacy"), rows)
    timed("import jieba", lambda: __import__("jieba"), rows)
    from std_extract.classify.classifier import Classifier, load_config
    from std_extract.classify.nlp import make_nlp
    from std_extract.classify.product_terms import load_lexicon
    from std_extract.classify.table import load_table

    table = timed("GB/T 4754 table", load_table, rows)
    lexicon = timed("product lexicon + class-name terms", load_lexicon, rows)
    words = [t.text for t in lexicon.terms.values()]
    nlp = timed("spacy.blank('zh') + private jieba dictionary + terms", lambda: make_nlp(words), rows)
    classifier = timed(
        "PhraseMatcher, fuzzy index, cover codes, trained model",
        lambda: Classifier(load_config(), table, lexicon, nlp=nlp),
        rows,
    )
    rows.append((f"  components: {', '.join(c.name for c in classifier.components)}", 0.0))
    return rows, classifier


def sample_inputs(shared_pdfs: bool = True) -> dict[str, list]:
    from std_extract.document import Clause, ParsedDocument, Source, StandardMetadata

    names = [
        "家用电冰箱",
        "大米",
        "浓香型白酒",
        "住宅小区物业服务规范",
        "快递服务",
        "速冻水饺",
        "电动自行车",
        "纯棉T恤衫",
    ]
    try:
        from std_extract.classify.accuracy import load_names

        names = [name for name, _ in load_names(None)] or names
    except (FileNotFoundError, KeyError):
        pass
    body = "本产品的耗电量应不大于0.45 kWh/24h，噪声应不大于40 dB(A)。冷藏室温度应在0℃～10℃之间。" * 400
    titled = [
        f"{n}\n1 范围\n本文件规定了{n}的技术要求、试验方法和检验规则。\n本文件适用于{n}。" for n in names
    ]
    documents = [
        ParsedDocument(
            source=Source(path="bench.pdf", sha256="0" * 64, pages=12),
            metadata=StandardMetadata(
                title=n, ics=["97.040.30"], ccs=["Y 61"], enterprise="某某电器有限公司"
            ),
            clauses=[
                Clause(
                    number="1",
                    title="范围",
                    kind="chapter",
                    level=1,
                    text=f"本文件适用于{n}。",
                    page_start=1,
                    page_end=1,
                ),
                Clause(
                    number="4", title="技术要求", kind="chapter", level=1, text=body, page_start=2, page_end=5
                ),
            ],
        )
        for n in names
    ]
    kinds: dict[str, list[Any]] = {
        "product names": names,
        "title + scope text": titled,
        f"documents ({len(body)} chars body)": documents,
    }
    parsed = parsed_documents(shared_pdfs=shared_pdfs)
    if parsed:
        where = "corpus/generated, corpus-real" if shared_pdfs else "corpus/generated"
        kinds[f"parsed PDFs ({len(parsed)}: {where})"] = parsed
    return kinds


def parsed_documents(limit: int = 40, shared_pdfs: bool = True) -> list:
    """Real parsed standards when the parser and PDFs are at hand (parse time not counted).

    The real standards come through benchmarks/realcorpus.py, which leaves out the acceptance set;
    ``shared_pdfs=False`` (``--generated-only``) leaves out ../shared/corpus-real altogether.
    """
    from pathlib import Path

    try:
        from std_extract.parse import parse_pdf
    except ImportError:
        return []
    root = Path(__file__).resolve().parents[1]
    pdfs = sorted((root / "corpus" / "generated").glob("*.pdf"))[:limit]
    if shared_pdfs:
        from realcorpus import real_pdfs  # the acceptance set left out

        pdfs += real_pdfs()
    documents = []
    for pdf in pdfs:
        try:
            documents.append(parse_pdf(pdf))
        except Exception:  # the parser's failures are not this benchmark's concern
            continue
    return documents


def per_item(classifier, n: int, shared_pdfs: bool = True) -> list[tuple[str, list[float], float]]:
    results = []
    for label, items in sample_inputs(shared_pdfs).items():
        run = (
            classifier.classify_text
            if label.startswith(("product", "title"))
            else classifier.classify_document
        )
        times = []
        cpu_start = time.process_time()
        for i in range(n):
            start = time.perf_counter()
            run(items[i % len(items)])
            times.append(time.perf_counter() - start)
        results.append((label, times, (time.process_time() - cpu_start) / n))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="classifications per input kind")
    parser.add_argument(
        "--generated-only",
        action="store_true",
        help="parsed PDFs of corpus/generated only (not ../shared/corpus-real at all)",
    )
    parser.add_argument("--baseline", type=Path, help="the src folder of other code to compare with")
    parser.add_argument("--rounds", type=int, default=2, help="with --baseline: runs of each, in turns")
    parser.add_argument("--json", action="store_true", help="one JSON line: CPU ms per item by kind")
    args = parser.parse_args()
    if args.baseline is not None:
        compare(args)
        return
    rows, classifier = startup()
    results = per_item(classifier, args.n, shared_pdfs=not args.generated_only)
    if args.json:
        print(json.dumps({label: cpu * 1000 for label, _, cpu in results}, ensure_ascii=False))
        return
    print("start-up")
    for label, seconds in rows:
        print(f"  {label:60s} {seconds * 1000:8.1f} ms" if seconds else f"  {label}")
    print(f"  {'total':60s} {sum(s for _, s in rows) * 1000:8.1f} ms")
    print(f"per classification (n={args.n} each)")
    # Wall-clock times suffer when other processes share the cores; the CPU time of this process
    # per classification (last column) is the steadier figure on a busy machine.
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for label, times, cpu in results:
        ms = sorted(t * 1000 for t in times)
        p95 = ms[int(len(ms) * 0.95) - 1]
        mean, median = statistics.mean(ms), statistics.median(ms)
        wall = f"mean {mean:6.2f} ms  median {median:6.2f}  p95 {p95:6.2f}  max {ms[-1]:6.2f}"
        print(f"  {label:40s} {wall}  cpu {cpu * 1000:6.2f} ms")


def run_json(src: Path, args: argparse.Namespace) -> dict[str, float]:
    """This benchmark's ``--json`` figures for the code in ``src``, in a fresh interpreter."""
    command = [sys.executable, __file__, "--n", str(args.n), "--json"]
    command += ["--generated-only"] if args.generated_only else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(args: argparse.Namespace) -> None:
    """CPU ms per classification of this code and of ``--baseline``, best of ``--rounds`` each."""
    import std_extract

    own = Path(std_extract.__file__).resolve().parents[1]
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "this": []}
    for _ in range(args.rounds):
        for name, src in (("baseline", args.baseline), ("this", own)):
            runs[name].append(run_json(src, args))
    best = {name: {k: min(r[k] for r in rounds) for k in rounds[0]} for name, rounds in runs.items()}
    print(f"CPU ms per classification, best of {args.rounds} (n={args.n})")
    print(f"  this: {own}; baseline: {args.baseline}")
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for label, mine in best["this"].items():
        base = best["baseline"].get(label)
        ratio = f"{mine / base:5.2f}x" if base else "    -"
        print(f"  {label:40s} this {mine:6.2f}  baseline {base or 0:6.2f}  {ratio}")


if __name__ == "__main__":
    if isinstance(sys.stdout, io.TextIOWrapper):  # progress shows through pipes
        sys.stdout.reconfigure(line_buffering=True)
    main()
