"""The classifier: signals -> tokenised once -> every component votes -> one Classification.

Built once per process from ``models/classify/classifier.toml`` (:func:`load_classifier`); the
spaCy pipeline, the jieba dictionary, the table, the lexicon and any trained model are loaded
then and reused for every document.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from spacy.language import Language

from std_extract.classify.aggregate import AggregateSettings, votes_to_classification
from std_extract.classify.annotations import ALL_NAMES_FILE, NAMES_FILE
from std_extract.classify.component import Component, SignalDoc, Vote, make_component
from std_extract.classify.explain import Explanation, explain_votes
from std_extract.classify.kind import (
    make_standard_kind,  # noqa: F401  (registers standard_kind.v1)
    no_class_reason,
)
from std_extract.classify.linear import (
    MEASUREMENT_MODELS,
    make_linear_voter,  # noqa: F401  (registers linear.v1)
)
from std_extract.classify.nlp import make_nlp
from std_extract.classify.product_terms import Lexicon, load_lexicon
from std_extract.classify.retrieval import make_retrieval  # noqa: F401  (registers retrieval.v1, redirect.v1)
from std_extract.classify.rules import Resources  # importing rules registers its components
from std_extract.classify.signals import SOURCE_RANK, Signal, document_to_signals, text_to_signals
from std_extract.classify.table import AreaTable, load_table
from std_extract.classify.textcat import MODEL_DIR as TEXTCAT_DIR
from std_extract.classify.textcat import (
    TEXTCAT_ALL_DIR,
    make_textcat_voter,  # noqa: F401  (registers textcat.v1)
)
from std_extract.document import ParsedDocument
from std_extract.record import Classification
from std_extract.resources import models_dir

CONFIG_FILE = "classify/classifier.toml"
# The settings of a component that name a file of models/, and each file of the shipped build
# (every annotation row) -> the one the measurement build reads (the train split only).
FILE_SETTINGS = ("names", "path")
MEASUREMENT_FILES = {
    ALL_NAMES_FILE: NAMES_FILE,
    **MEASUREMENT_MODELS,
    TEXTCAT_ALL_DIR: TEXTCAT_DIR,
}
_CODE_SOURCES = frozenset({"ccs", "ics"})


class Classifier:
    """Classifies standards into GB/T 4754-2017 小类 with the configured components."""

    def __init__(
        self, config: dict[str, Any], table: AreaTable, lexicon: Lexicon, nlp: Language | None = None
    ):
        self.config = config
        self.table = table
        self.nlp = nlp or make_nlp(term.text for term in lexicon.terms.values())
        self.resources = Resources(
            nlp=self.nlp,
            lexicon=lexicon,
            table=table,
            source_weights=dict(config["sources"]),
            kind_weights=dict(config["kinds"]),
        )
        self.settings = AggregateSettings(
            **config.get("aggregate", {}), source_weights=dict(config["sources"])
        )
        self.method: str = config.get("method", "rules.v1")
        self.components: list[Component] = [
            make_component(spec["factory"], resources=self.resources, **_settings(spec))
            for spec in config.get("components", {}).values()
            if spec.get("enabled", True)
        ]

    def tokenise(self, signals: list[Signal]) -> list[SignalDoc]:
        """Each signal's text (and product phrase) as a spaCy Doc; cover codes stay text."""
        return [
            SignalDoc(
                signal=s,
                doc=None if s.source in _CODE_SOURCES or s.product else self.nlp(s.text),
                product_doc=self.nlp(s.product) if s.product else None,
            )
            for s in signals
        ]

    def votes(self, signals: list[Signal]) -> list[Vote]:
        docs = self.tokenise(signals)
        return [vote for component in self.components for vote in component(docs)]

    def classify_signals(self, signals: list[Signal]) -> Classification:
        if no_class_reason(signals) is not None:
            return no_class(self.method)
        phrase = product_phrase(signals, self.settings.decisive_sources)
        return votes_to_classification(self.votes(signals), self.table, self.settings, self.method, phrase)

    def classify_text(self, text: str) -> Classification:
        return self.classify_signals(text_to_signals(text))

    def classify_document(self, document: ParsedDocument) -> Classification:
        return self.classify_signals(document_to_signals(document))

    def explain_signals(self, signals: list[Signal]) -> Explanation:
        """The classification of ``signals`` with each candidate's votes and the review estimate."""
        reason = no_class_reason(signals)
        if reason is not None:
            return Explanation(classification=no_class(self.method), no_class=reason)
        phrase = product_phrase(signals, self.settings.decisive_sources)
        return explain_votes(self.votes(signals), self.table, self.settings, self.method, phrase)


def no_class(method: str) -> Classification:
    """The classification of a standard about no one product or service (``kind.no_class_reason``:
    a substance across all foods, an environmental medium's quality or a measurement in it): no
    小类 and no candidate, which is the answer, not a doubt (needs_review false)."""
    return Classification(needs_review=False, method=method)


def product_phrase(signals: list[Signal], sources: tuple[str, ...]) -> str:
    """The product phrase of the strongest title, scope or free-text signal ("" when none)."""
    phrases = [s for s in signals if s.product and s.source in sources]
    if not phrases:
        return ""
    return min(phrases, key=lambda s: SOURCE_RANK[s.source]).product or ""


def _settings(spec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in spec.items() if k not in ("factory", "enabled")}


def load_config() -> dict[str, Any]:
    return tomllib.loads(models_dir().joinpath(*CONFIG_FILE.split("/")).read_text(encoding="utf-8"))


@cache
def load_classifier() -> Classifier:
    """The shipped classifier, built once per process."""
    return Classifier(load_config(), load_table(), load_lexicon())


def measurement_config(config: dict[str, Any]) -> dict[str, Any]:
    """``config`` with every component reading what the annotations' train split taught.

    The shipped classifier knows every annotation row: its retrieval and redirect read
    ``models/gbt4754/annotation_names_all.csv`` and its linear models learned it
    (``linear/*_all.npz``; a textcat learned from it, ``textcat_all/``, where configured); a figure
    on the annotation dev or test split measured with it would count names it holds.  Every such
    figure is measured with this build, whose components read the train-split file and the models
    trained on it (``MEASUREMENT_FILES``).
    """
    components = {name: _measured(spec) for name, spec in config.get("components", {}).items()}
    return {**config, "components": components}


def _measured(spec: dict[str, Any]) -> dict[str, Any]:
    """One component's settings with each shipped file swapped for its train-split counterpart."""
    return {
        key: MEASUREMENT_FILES.get(value, value) if key in FILE_SETTINGS and isinstance(value, str) else value
        for key, value in spec.items()
    }


@cache
def load_measurement_classifier() -> Classifier:
    """The classifier measured on the annotation splits: the shipped one, train-split knowledge only."""
    return Classifier(measurement_config(load_config()), load_table(), load_lexicon())


def classify_text(text: str) -> Classification:
    """Classify free text: a product name, a title, or a standard's whole text."""
    return load_classifier().classify_text(text)


def classify_document(document: ParsedDocument) -> Classification:
    """Classify a parsed standard from its title, scope, body, cover codes and enterprise."""
    return load_classifier().classify_document(document)


def explain_text(text: str) -> Explanation:
    """:func:`classify_text` with the account of it (:mod:`std_extract.classify.explain`)."""
    return load_classifier().explain_signals(text_to_signals(text))


def explain_document(document: ParsedDocument) -> Explanation:
    """:func:`classify_document` with the account of it."""
    return load_classifier().explain_signals(document_to_signals(document))
