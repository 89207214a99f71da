"""One interface for every classifier component, rules and models alike.

As spaCy's SpanRuler and SpanCategorizer both write ``doc.spans``, every component here reads
the same input, a list of :class:`SignalDoc` (a signal and its tokens), and returns
:class:`Vote` s: "this code, this much, because of this evidence".  The aggregator turns the
votes of all components into one :class:`~std_extract.record.Classification`.  A component is
built by a factory registered under a versioned name (``"lexicon_matcher.v1"``) from the
``[components.*]`` tables of ``models/classify/classifier.toml``; new behaviour is a new
version, not a flag inside the old one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc

from std_extract.classify.signals import Signal
from std_extract.record import Evidence


@dataclass(frozen=True)
class SignalDoc:
    """A signal with its text tokenised once, shared by all components."""

    signal: Signal
    doc: Doc | None  # None for cover codes
    product_doc: Doc | None = None  # the product phrase (title/scope), when there is one


class Vote(BaseModel):
    """A component's vote for a code of the table (any level) with its evidence."""

    model_config = ConfigDict(frozen=True)

    code: str
    weight: float
    component: str
    evidence: Evidence


class Component(Protocol):
    """What every classifier component is: a name and a call from signals to votes."""

    name: str

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]: ...


class ProductComponent:
    """The base of the components that read only the product phrase of a signal (the product a
    title or scope names, or a product name given alone): each phrase is voted on by ``_votes``."""

    name: str

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        votes: list[Vote] = []
        for item in docs:
            product = item.signal.product
            if product and self.reads(item):
                votes += self._votes(product, item)
        return votes

    def reads(self, item: SignalDoc) -> bool:
        """Whether this component votes on the item's product phrase (all of them by default)."""
        return True

    def _votes(self, phrase: str, item: SignalDoc) -> list[Vote]:
        raise NotImplementedError


ComponentFactory = Callable[..., Component]
_REGISTRY: dict[str, ComponentFactory] = {}


def register(name: str) -> Callable[[ComponentFactory], ComponentFactory]:
    """Register a component factory under a versioned name ("fuzzy_matcher.v1")."""

    def decorator(factory: ComponentFactory) -> ComponentFactory:
        _REGISTRY[name] = factory
        return factory

    return decorator


def make_component(factory: str, **settings: Any) -> Component:
    """Build a registered component from its config table."""
    if factory not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        raise KeyError(f"unknown classifier component {factory!r} (known: {known})")
    return _REGISTRY[factory](**settings)
