"""A trained text classifier as one more classifier component ("textcat.v1").

The model is a spaCy pipeline saved under ``models/textcat/`` by
``python -m std_extract.classify.train``: ``spacy.blank("zh")`` with character segmentation
(a product phrase is a handful of characters, and character n-grams carry over to words the
lexicon never saw) and one ``textcat`` pipe with exclusive classes, one label per 小类.  It reads
the product phrases of the title and the scope and votes for its most probable classes; the
aggregator weighs those votes with the rules' votes.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file

import spacy
from spacy.language import Language

from std_extract.classify.component import ProductComponent, SignalDoc, Vote, register
from std_extract.classify.rules import Resources
from std_extract.record import Evidence
from std_extract.resources import models_dir

MODEL_DIR = "textcat"  # trained on the annotations' train split: the measurement build's
TEXTCAT_ALL_DIR = "textcat_all"  # trained on every annotation row (train --annotations all; not shipped)


def model_available(path: str = MODEL_DIR) -> bool:
    return (models_dir() / path / "config.cfg").is_file()


@cache
def load_textcat(path: str = MODEL_DIR) -> Language:
    """The shipped textcat pipeline, loaded once (never downloaded)."""
    with as_file(models_dir() / path) as folder:
        return spacy.load(folder)


class TextcatVoter(ProductComponent):
    """Votes for the classes the trained model finds most probable for each product phrase."""

    name = "textcat"

    def __init__(
        self, resources: Resources, nlp: Language, weight: float = 0.6, top: int = 5, min_prob: float = 0.05
    ):
        self.resources, self.nlp = resources, nlp
        self.weight, self.top, self.min_prob = weight, top, min_prob

    def predict(self, text: str) -> list[tuple[str, float]]:
        return self.ranked(self.nlp(text).cats)

    def ranked(self, cats: dict[str, float]) -> list[tuple[str, float]]:
        """The ``top`` most probable classes of a phrase's ``cats``, those above ``min_prob``."""
        ranked = sorted(cats.items(), key=lambda kv: -kv[1])[: self.top]
        return [(code, prob) for code, prob in ranked if prob >= self.min_prob]

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        """All product phrases of a standard through the model at once (``nlp.pipe``), each once.

        A standard has about three (title, scope sentences); one batch costs about half of three
        single calls (the same probabilities: measured equal on 90 names), and a title repeated
        by the scope is read once.
        """
        items = [(item.signal.product, item) for item in docs if item.signal.product]
        phrases = list(dict.fromkeys(product for product, _ in items))
        cats = dict(zip(phrases, (doc.cats for doc in self.nlp.pipe(phrases)), strict=True))
        return [vote for product, item in items for vote in self._votes_for(product, item, cats[product])]

    def _votes(self, product: str, item: SignalDoc) -> list[Vote]:
        return self._votes_for(product, item, self.nlp(product).cats)

    def _votes_for(self, product: str, item: SignalDoc, cats: dict[str, float]) -> list[Vote]:
        signal = item.signal
        base = self.resources.source_weights.get(signal.source, 0.0) * self.weight
        return [
            Vote(
                code=code,
                weight=base * prob,
                component=self.name,
                evidence=Evidence(
                    term=product, source=signal.source, clause=signal.clause, text=f"textcat 模型 {prob:.2f}"
                ),
            )
            for code, prob in self.ranked(cats)
        ]


@cache
def load_textcat_from(folder: str) -> Language:
    """A textcat pipeline from a folder outside the package (training, evaluation)."""
    return spacy.load(folder)


@register("textcat.v1")
def make_textcat_voter(
    resources: Resources, path: str = MODEL_DIR, model_path: str | None = None, **settings: float
) -> TextcatVoter:
    nlp = load_textcat_from(model_path) if model_path else load_textcat(path)
    return TextcatVoter(resources, nlp, **settings)  # type: ignore[arg-type]
