"""A linear classifier over character n-grams ("linear.v1"): one weight per n-gram and 小类.

The retrieval component (:mod:`std_extract.classify.retrieval`) votes for the classes of the
names nearest a phrase; this one learns, over the same training names, which n-grams tell one
class from its neighbours (a linear SVM, one-vs-rest over all 1,381 小类).  Where the nearest
name is misleading (特种陶瓷成套制造设备 is nearest 特种陶瓷制品 by its characters) the learned
weights of 设备$ and 成套 still point to the machinery classes.

Features are those of :func:`std_extract.classify.retrieval.ngrams` (1-3 character n-grams of
``^phrase$`` and its last 1-5 characters), TF-IDF weighted with sublinear term frequency and
unit length, as scikit-learn's ``TfidfVectorizer`` computes them.  The model is trained offline
by ``python -m std_extract.classify.linear train`` (needs scikit-learn: ``pip install
.[train]``) on the same phrases as the textcat (:func:`std_extract.classify.train.training_pairs`:
the tune half of the product names, the lexicon, the 小类 names and the train split of the
official annotations), and saved as plain numpy arrays in ``models/linear/model.npz``: the
n-gram vocabulary, its idf, the class codes and the weights as a sparse matrix with weights under
``PRUNE`` set to zero (annotation dev 小类 top-1 0.601 -> 0.592 at 0.05, a tenth of the size).
Reading it needs numpy and scipy only, and a phrase costs a sparse row times a sparse matrix.

Two builds (models/README.md): ``model.npz`` and ``group.npz`` learn the annotations' train split
and are what every figure on the annotation dev and test splits is measured with;
``model_all.npz`` and ``group_all.npz`` (``train --annotations all``) learn every row of
items.tsv and are what the shipped classifier reads, as its retrieval reads every row.
"""

from __future__ import annotations

import argparse
import math
import sys
from functools import cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from std_extract.classify.component import ProductComponent, SignalDoc, Vote, register
from std_extract.classify.retrieval import MAX_QUERY, ngrams
from std_extract.classify.rules import Resources
from std_extract.record import Evidence
from std_extract.resources import models_dir
from std_extract.textnorm import compact

MODEL_FILE = "linear/model.npz"
# The models of the shipped build (every annotation row) -> those of the measurement build.
MEASUREMENT_MODELS = {"linear/model_all.npz": MODEL_FILE, "linear/group_all.npz": "linear/group.npz"}
SIZES = (1, 2, 3)
SUFFIXES = 5
PRUNE = 0.05  # weights smaller than this (absolute) are dropped from the shipped matrix
C = 0.5  # the SVM's regularisation (annotation dev 小类 top-1: C 0.5 0.617)


def features(text: str) -> dict[str, float]:
    """The n-gram counts of a phrase (compact spelling, the last ``MAX_QUERY`` characters)."""
    return ngrams(compact(text)[-MAX_QUERY:], SIZES, SUFFIXES)


def _analyzer(text: str) -> list[str]:
    """:func:`features` as the list scikit-learn's vectoriser counts (training only)."""
    return [gram for gram, count in features(text).items() for _ in range(int(count))]


class LinearModel:
    """The trained weights: scores of every 小类 for a phrase, and the n-grams behind a score."""

    def __init__(self, vocabulary: np.ndarray, idf: np.ndarray, classes: np.ndarray, weights, bias):
        self.column = {gram: i for i, gram in enumerate(vocabulary.tolist())}  # str, not np.str_: 3x faster
        self.vocabulary, self.idf = vocabulary, idf
        self.classes = [str(c) for c in classes]
        self.class_index = {code: j for j, code in enumerate(self.classes)}
        self.weights: sp.csr_matrix = weights  # n-grams x classes
        self.bias: np.ndarray = bias

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            weights = sp.csr_matrix(
                (data["data"], data["indices"], data["indptr"]), shape=tuple(data["shape"])
            )
            return cls(data["vocabulary"], data["idf"], data["classes"], weights, data["bias"])

    def save(self, path: Path) -> None:
        w = self.weights
        np.savez_compressed(
            path,
            vocabulary=self.vocabulary,
            idf=self.idf,
            classes=np.asarray(self.classes),
            data=w.data.astype(np.float32),
            indices=w.indices,
            indptr=w.indptr,
            shape=np.asarray(w.shape),
            bias=self.bias.astype(np.float32),
        )

    def vector(self, text: str) -> dict[int, float]:
        """Column -> unit TF-IDF weight of the phrase's known n-grams."""
        raw = {
            self.column[g]: (1.0 + math.log(c)) * float(self.idf[self.column[g]])
            for g, c in features(text).items()
            if g in self.column
        }
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {col: v / norm for col, v in raw.items()}

    def scores(self, text: str) -> np.ndarray:
        """The decision value of every class (``self.classes`` order)."""
        vector = self.vector(text)
        if not vector:
            return self.bias.copy()
        cols = np.fromiter(vector, dtype=np.int64)
        values = np.fromiter(vector.values(), dtype=np.float64)
        return np.asarray(self.weights[cols].T @ values).ravel() + self.bias

    def reasons(self, text: str, code: str, limit: int = 3) -> list[str]:
        """The n-grams of ``text`` that count most for ``code`` ("设备$", "陶瓷")."""
        return self.explain(text, [code], limit)[code]

    def explain(self, text: str, codes: list[str], limit: int = 3) -> dict[str, list[str]]:
        """:meth:`reasons` for several classes, reading the phrase's rows of the matrix once.

        Slicing a sparse matrix costs tens of microseconds a call whatever its size: one slice for
        the five classes a phrase votes for instead of five (a parsed standard's linear votes
        4.4 -> 2 ms).  The products are float32, as they were cell by cell, so the order of equal
        weights (and the evidence) is unchanged.
        """
        vector = self.vector(text)
        if not vector or not codes:
            return {code: [] for code in codes}
        cols = np.fromiter(vector, dtype=np.int64)
        block = self.weights[cols][:, [self.class_index[c] for c in codes]].toarray()
        values = np.fromiter(vector.values(), dtype=np.float64).astype(np.float32)
        grams = [str(self.vocabulary[col]) for col in cols]
        explained = {}
        for k, code in enumerate(codes):
            parts = sorted(zip((values * block[:, k]).tolist(), grams, strict=True), reverse=True)
            explained[code] = [_readable(g) for value, g in parts[:limit] if value > 0]
        return explained


def _readable(gram: str) -> str:
    """ "S:设备" (a suffix feature) -> "…设备"; the padding stays as ^ and $."""
    return "…" + gram[2:] if gram.startswith("S:") else gram


@cache
def load_linear_model(path: str = MODEL_FILE) -> LinearModel | None:
    """The shipped model, loaded once; None when the file is absent."""
    file = Path(str(models_dir().joinpath(*path.split("/"))))
    return LinearModel.load(file) if file.is_file() else None


class LinearVoter(ProductComponent):
    """Votes ``weight * (score - floor)`` for the ``top`` classes scoring above ``floor``.

    A second opinion where the lexicon knows the product: when the phrase holds a lexicon term,
    the votes count ``known_term`` of their weight (the lexicon is the deliberate choice).
    """

    name = "linear"

    def __init__(
        self,
        resources: Resources,
        model: LinearModel,
        weight: float = 1.0,
        top: int = 5,
        floor: float = -1.5,
        known_term: float = 1.0,
        name: str = "linear",
        label: str = "线性模型",
    ):
        self.name, self.label = name, label
        self.resources, self.model = resources, model
        self.weight, self.top, self.floor, self.known_term = weight, top, floor, known_term

    def predict(self, text: str) -> list[tuple[str, float]]:
        """The ``top`` classes and their decision values, best first."""
        scores = self.model.scores(text)
        top = np.argpartition(-scores, self.top)[: self.top]
        ranked = sorted(top, key=lambda i: -scores[i])
        return [(self.model.classes[i], float(scores[i])) for i in ranked]

    def knows_a_term(self, item: SignalDoc) -> bool:
        """Whether the product phrase holds a term of the lexicon (jieba cuts every term as one token)."""
        return self.resources.knows_a_term(item.product_doc)

    def _votes(self, product: str, item: SignalDoc) -> list[Vote]:
        signal = item.signal
        base = self.resources.source_weights.get(signal.source, 0.0) * self.weight
        if self.known_term != 1.0 and self.knows_a_term(item):
            base *= self.known_term
        if base <= 0:  # known_term 0: no vote where the lexicon knows the product
            return []
        ranked = [(code, score) for code, score in self.predict(product) if score > self.floor]
        reasons = self.model.explain(product, [code for code, _ in ranked])
        votes = []
        for code, score in ranked:
            grams = "、".join(reasons[code])
            text = f"{self.label} {score:+.2f}" + (f"（{grams}）" if grams else "")
            evidence = Evidence(term=product, source=signal.source, clause=signal.clause, text=text)
            votes.append(
                Vote(code=code, weight=base * (score - self.floor), component=self.name, evidence=evidence)
            )
        return votes


@register("linear.v1")
def make_linear_voter(resources: Resources, path: str = MODEL_FILE, **settings: float) -> LinearVoter:
    model = load_linear_model(path)
    if model is None:
        raise FileNotFoundError(f"models/{path} is missing: python -m std_extract.classify.linear train")
    return LinearVoter(resources, model, **settings)  # type: ignore[arg-type]


GROUP_MODEL_FILE = "linear/group.npz"


def train(
    out: Path | None = None,
    c: float = C,
    prune: float = PRUNE,
    level: str = "class",
    annotations: str = "train",
    names_file: str | None = None,
) -> tuple[Path, int, int]:
    """Fit the SVM on the textcat's training phrases and save it (scikit-learn needed here only).

    ``level="group"`` learns the 中类 (the first three digits) instead of the 小类: what the
    classes of a group share (设备$ in 35x), a back-off when the 小类 itself is unsure.
    ``annotations="all"`` learns every annotation row (the shipped build's ``*_all.npz``);
    ``names_file`` (under models/) any other annotation names file (classify/crossfit.py's folds).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from std_extract.classify.annotations import ALL_NAMES_FILE, NAMES_FILE
    from std_extract.classify.train import training_pairs

    names_file = names_file or (ALL_NAMES_FILE if annotations == "all" else NAMES_FILE)
    pairs = training_pairs(names_file=names_file)
    vectoriser = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True)
    matrix = vectoriser.fit_transform([text for text, _ in pairs])
    labels = [code[:3] if level == "group" else code for _, code in pairs]
    svm = LinearSVC(C=c, random_state=0).fit(matrix, labels)
    weights = svm.coef_.T.astype(np.float32)
    weights[np.abs(weights) < prune] = 0.0
    vocabulary = vectoriser.get_feature_names_out().astype(str)
    model = LinearModel(
        vocabulary, vectoriser.idf_, svm.classes_.astype(str), sp.csr_matrix(weights), svm.intercept_
    )
    default = GROUP_MODEL_FILE if level == "group" else MODEL_FILE
    if annotations == "all":
        default = next(shipped for shipped, measured in MEASUREMENT_MODELS.items() if measured == default)
    out = out or Path(__file__).resolve().parents[3] / "models" / Path(default)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    return out, len(pairs), model.weights.nnz


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m std_extract.classify.linear")
    parser.add_argument("command", choices=("train",))
    parser.add_argument("--level", choices=("class", "group"), default="class")
    parser.add_argument(
        "--annotations",
        choices=("train", "all"),
        default="train",
        help="annotation names learned: the train split (the measurement build's model) or every"
        " row of items.tsv (the shipped build's *_all.npz)",
    )
    args = parser.parse_args(argv)
    out, examples, nnz = train(level=args.level, annotations=args.annotations)
    print(f"trained on {examples} phrases; {nnz} weights saved to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
