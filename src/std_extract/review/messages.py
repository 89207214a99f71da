"""The workbench's message catalogue (``messages.toml``): Chinese by default, English on request.

The reviewers are Chinese, so every page is Chinese unless a reviewer picks English (``?lang=en``,
remembered in a cookie).  Templates and the page script read the same catalogue, so no string is
written twice and a missing translation is caught by a test, not by a reviewer.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LANG_COOKIE = "std_review_lang"
CATALOGUE = Path(__file__).with_name("messages.toml")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """key -> {language -> text}, as written in messages.toml."""
    with CATALOGUE.open("rb") as handle:
        data = tomllib.load(handle)
    return {key: dict(entry) for key, entry in data.items()}


@cache
def messages(language: str) -> dict[str, str]:
    """Every message in ``language`` (an unknown language gets Chinese)."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return {key: entry.get(lang) or entry[DEFAULT_LANGUAGE] for key, entry in catalogue().items()}


def translate(language: str, key: str, **values: object) -> str:
    """The message ``key`` with its ``{name}`` slots filled; the key itself when unknown."""
    text = messages(language).get(key, key)
    return text.format(**values) if values else text


def pick_language(query: str | None, cookie: str | None) -> str:
    """The page language: ``?lang=`` first, then the cookie, then Chinese."""
    for choice in (query, cookie):
        if choice in LANGUAGES:
            return choice  # type: ignore[return-value]
    return DEFAULT_LANGUAGE
