"""jieba's dictionary, read once a process and shared by every jieba tokenizer std-extract makes.

jieba's dictionary (some 350,000 words and their prefixes) takes about a second to read, even from
jieba's cache file, and each ``jieba.Tokenizer().initialize()`` reads it again.  The classifier's
tokenizer (with the product lexicon added) and the parser's text-layer check (jieba's own words
only) both start from it; read here once, before a batch forks its workers, neither reads it again,
and a forked worker shares the parent's copy.
"""

from __future__ import annotations

import logging
from functools import cache

import jieba

# jieba logs "Building prefix dict..." on first use; that is start-up noise, not a warning.
jieba.setLogLevel(logging.WARNING)


@cache
def default_dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary (word and prefix -> frequency, total), as ``initialize`` reads it.
    Never changed: tokenizers that add words get copies (:func:`tokenizer_with_words`)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ, tokenizer.total


@cache
def default_tokenizer() -> jieba.Tokenizer:
    """A tokenizer on jieba's own dictionary, for readers that never add words (shared, not copied)."""
    return _tokenizer(*default_dictionary())


def tokenizer_with_words() -> jieba.Tokenizer:
    """A new tokenizer on its own copy of jieba's dictionary, to add words to (``add_word``)."""
    frequencies, total = default_dictionary()
    return _tokenizer(dict(frequencies), total)


def _tokenizer(frequencies: dict[str, int], total: int) -> jieba.Tokenizer:
    """The state ``Tokenizer().initialize()`` leaves, without reading the dictionary."""
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = frequencies, total
    tokenizer.initialized = True
    return tokenizer
