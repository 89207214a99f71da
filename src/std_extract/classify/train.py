"""Train the textcat model of models/textcat/ and compare it with the rules.

    python -m std_extract.classify.train [--epochs 12] [--seed 0] [--out models/textcat] [--splits tune]
    python -m std_extract.classify.train --annotations all --splits tune   # models/textcat_all

Training data: the *tune* half of corpus/classification/product_names.csv, every product
lexicon term, every 小类 name of the table, and every name of the train split of the official
annotations (models/gbt4754/annotation_names.csv: included names under their class, excluded
names under the class they are sent to), the model the measurement build reads; with
``--annotations all`` every row of items.tsv instead (models/gbt4754/annotation_names_all.csv),
into models/textcat_all/ (tried for the shipped build, not shipped: models/README.md "Two builds"),
each reduced to its product phrase the way a title is at run time
(:func:`~std_extract.classify.signals.title_product`).  Held-out names are never trained on: a
lexicon term that equals a held-out name (after width folding) is left out,
so the held-out numbers measure generalisation.

The pipeline is ``spacy.blank("zh")`` segmenting by character, with a ``textcat`` pipe
(spacy.TextCatReduce.v1 over a hashed character embedding and a window encoder: character
n-grams in effect, the last character kept apart because Chinese product phrases are
head-final).  It is a few MB.  After training the script prints held-out top-1/top-3 per level
for the rules alone, the model alone and both together; models/classify/classifier.toml turns
the model on only where it helps.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch

from std_extract.classify.accuracy import evaluate_names, format_report, load_names, score_results
from std_extract.classify.annotations import ALL_NAMES_FILE, NAMES_FILE, load_annotation_names
from std_extract.classify.classifier import Classifier, load_config
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.signals import title_product
from std_extract.classify.table import load_table
from std_extract.textnorm import compact

TEXTCAT_MODEL: dict[str, Any] = {
    "@architectures": "spacy.TextCatReduce.v1",
    "exclusive_classes": True,
    "use_reduce_first": False,
    "use_reduce_last": True,
    "use_reduce_max": True,
    "use_reduce_mean": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "rows": [6000],
            "attrs": ["NORM"],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    },
}


def training_pairs(
    names: list[tuple[str, str]] | None = None,
    exclude: set[str] | None = None,
    annotations: bool = True,
    names_file: str = NAMES_FILE,
) -> list[tuple[str, str]]:
    """(product phrase, 小类) to train on: tune names, lexicon terms, class names, annotation names.

    ``names`` replaces the tune half (cross-validation folds); names in ``exclude`` (compact
    spelling) are kept out of the lexicon part as held-out names always are.  ``names_file`` is
    the annotation names learned: the train split (the measurement build's models) or
    ``ALL_NAMES_FILE``, every row of items.tsv (the shipped build's, models/README.md "Two builds").
    """
    heldout = {compact(name) for name, _ in load_names("heldout")} | (exclude or set())
    pairs = list(load_names("tune") if names is None else names)
    for term in load_lexicon().terms.values():
        if term.kind == "lexicon" and compact(term.text) not in heldout:
            pairs += [(term.text, code) for code in term.codes]
    pairs += [(a.name, a.code) for a in load_table().at_level("class")]
    if annotations:
        # The train split of the official annotations (models/gbt4754/annotation_names.csv): every
        # name a class includes, and every excluded name under the class the annotation sends it to.
        pairs += [
            (n.name, n.code)
            for n in load_annotation_names(names_file)
            if n.code and compact(n.name) not in heldout
        ]
    return [(title_product(text), code) for text, code in pairs if title_product(text)]


def make_pipeline(labels: list[str]) -> Language:
    nlp = spacy.blank("zh")  # the default Chinese segmenter is "char"
    textcat = nlp.add_pipe("textcat", config={"model": TEXTCAT_MODEL, "threshold": 0.0})
    for label in labels:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def train(pairs: list[tuple[str, str]], epochs: int, seed: int) -> Language:
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    labels = sorted({code for _, code in pairs})
    nlp = make_pipeline(labels)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {code: 1.0}}) for text, code in pairs]
    optimizer = nlp.initialize(lambda: examples[:200])
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        if epoch % 5 == 4 or epoch == epochs - 1:
            print(f"  epoch {epoch + 1:3d}  loss {losses['textcat']:.3f}", flush=True)
    return nlp


def variant(components: list[str], model_dir: Path | None = None, weight: float | None = None) -> Classifier:
    """The shipped classifier with only ``components`` (and the model read from ``model_dir``)."""
    config = load_config()
    specs = dict(config["components"])
    specs.setdefault("textcat", {"factory": "textcat.v1"})
    if model_dir is not None:
        specs["textcat"] = {**specs["textcat"], "enabled": True, "model_path": str(model_dir)}
    if weight is not None:
        specs["textcat"] = {**specs["textcat"], "weight": weight}
    config["components"] = {name: {**spec, "enabled": name in components} for name, spec in specs.items()}
    return Classifier(config, load_table(), load_lexicon())


def compare(model_dir: Path, splits: tuple[str, ...] = ("tune", "heldout")) -> dict[str, Any]:
    """Top-k per level for rules, model and both, on each split."""
    rules = [name for name in load_config()["components"] if name != "textcat"]
    variants = {"rules": rules, "textcat": ["textcat"], "rules+textcat": [*rules, "textcat"]}
    results: dict[str, Any] = {}
    for label, components in variants.items():
        classifier = variant(components, model_dir)
        for split in splits:
            report = evaluate_names(split, classify=classifier.classify_text)
            report["split"] = f"{split} / {label}"
            results[f"{split}/{label}"] = report
            print(format_report(report), flush=True)
    return results


def tune_folds(seed: int = 0) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The tune half split in two at random (fixed seed): fold A to train, fold B to tune on."""
    names = load_names("tune")
    random.Random(seed).shuffle(names)
    return names[: len(names) // 2], names[len(names) // 2 :]


def cross_validate(epochs: int, seed: int, weights: tuple[float, ...] = (0.3, 0.6, 0.9, 1.2, 1.5)) -> None:
    """Choose the model's vote weight without touching the held-out half.

    Trains on fold A of the tune half (plus lexicon and class names, fold B's names excluded),
    then measures rules, model and rules+model at several weights on fold B.
    """
    fold_a, fold_b = tune_folds(seed)
    pairs = training_pairs(fold_a, exclude={compact(n) for n, _ in fold_b})
    folder = Path(tempfile.mkdtemp(prefix="textcat_cv_"))
    train(pairs, epochs, seed).to_disk(folder)
    rules = [name for name in load_config()["components"] if name != "textcat"]
    runs: dict[str, tuple[list[str], float | None]] = {"rules": (rules, None), "textcat": (["textcat"], None)}
    runs |= {f"rules+textcat@{w}": ([*rules, "textcat"], w) for w in weights}
    for label, (components, weight) in runs.items():
        classifier = variant(components, folder, weight)
        report = score_results(((g, classifier.classify_text(n)) for n, g in fold_b), load_table())
        report["split"] = f"tune fold B / {label}"
        print(format_report(report), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Train models/textcat and compare with the rules.")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--compare", action="store_true", help="only compare rules / model / both")
    parser.add_argument(
        "--cv", action="store_true", help="only cross-validate the vote weight on the tune half"
    )
    parser.add_argument(
        "--splits",
        default="tune,heldout",
        help="splits compared after training (--splits tune retrains without measuring held-out)",
    )
    parser.add_argument(
        "--annotations",
        choices=("train", "all"),
        default="train",
        help="annotation names learned: the train split (models/textcat, the measurement build's) or"
        " every row of items.tsv (models/textcat_all, for the shipped build)",
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    folder = "textcat_all" if args.annotations == "all" else "textcat"
    args.out = args.out or Path(__file__).resolve().parents[3] / "models" / folder
    if args.cv:
        cross_validate(args.epochs, args.seed)
        return
    splits = tuple(s for s in args.splits.split(",") if s)
    if args.compare:
        write_comparison(args.out, compare(args.out, splits))
        return
    pairs = training_pairs(names_file=ALL_NAMES_FILE if args.annotations == "all" else NAMES_FILE)
    print(f"training on {len(pairs)} phrases, {len({c for _, c in pairs})} classes", flush=True)
    start = time.perf_counter()
    nlp = train(pairs, args.epochs, args.seed)
    nlp.meta.update(
        {
            "name": "gbt4754_textcat",
            "version": "1.0.0",
            "description": "GB/T 4754-2017 小类 of a product phrase (std_extract.classify.train)",
            "std_extract": {
                "examples": len(pairs),
                "epochs": args.epochs,
                "seed": args.seed,
                "annotations": args.annotations,
            },
        }
    )
    nlp.to_disk(args.out)
    print(f"saved {args.out} after {time.perf_counter() - start:.0f} s", flush=True)
    write_comparison(args.out, compare(args.out, splits))


def write_comparison(folder: Path, results: dict[str, Any]) -> None:
    """Keep the numbers beside the model (evaluation.json)."""
    levels = ("section", "division", "group", "class")
    summary = {key: {level: report[level] for level in levels} for key, report in results.items()}
    text = json.dumps(summary, ensure_ascii=False, indent=1)
    (folder / "evaluation.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
