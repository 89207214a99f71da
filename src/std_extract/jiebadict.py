"""jieba's dictionary, read once a process and shared by every jieba tokenizer std-extract makes.

jieba's dictionary (some 350,000 words and their prefixes) takes most of a second to read, even
from jieba's cache file (the warm cache reads it in less than half that), and each
``jieba.Tokenizer().initialize()`` reads it again.  The classifier's tokenizer (with the product
lexicon added) and the parser's text-layer check (jieba's own words only) both start from it; read
here once, before a batch forks its workers, neither reads it again, and a forked worker shares the
parent's copy.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from functools import cache
from pathlib import Path

import numpy as np

from std_extract import warmcache
from std_extract.importing import absent

with absent("pkg_resources"):  # jieba opens its data files itself (std_extract.importing)
    import jieba

# jieba logs "Building prefix dict..." on first use; that is start-up noise, not a warning.
jieba.setLogLevel(logging.WARNING)


@cache
def default_dictionary() -> tuple[dict[str, int], int]:
    """jieba's own dictionary (word and prefix -> frequency, total), as ``initialize`` reads it.
    Never changed: tokenizers that add words get copies (:func:`tokenizer_with_words`).

    Read from the warm cache (:mod:`std_extract.warmcache`) as two arrays, words and frequencies,
    when there: 0.29 s against 0.71 s for jieba's own cache file (marshal), the same dictionary in
    the same order."""
    key = warmcache.digest(
        [b"jieba-dictionary", warmcache.source_of(sys.modules[__name__]), dictionary_digest()]
    )
    arrays = warmcache.cached_arrays("jieba-dictionary", key, _dictionary_arrays)
    words = warmcache.unpack_strings(arrays["chars"], arrays["ends"])
    return dict(zip(words, arrays["frequencies"].tolist(), strict=True)), int(arrays["total"])


def _dictionary_arrays() -> warmcache.Arrays:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return {
        **warmcache.pack_strings(list(tokenizer.FREQ)),
        "frequencies": np.fromiter(tokenizer.FREQ.values(), dtype=np.int64, count=len(tokenizer.FREQ)),
        "total": np.array(tokenizer.total, dtype=np.int64),
    }


@cache
def dictionary_digest() -> bytes:
    """What identifies jieba's dictionary (its version and the dictionary file's bytes), to key
    state derived from it in the warm cache (:mod:`std_extract.warmcache`)."""
    source = jieba.Tokenizer().dictionary  # None: the dictionary that ships with jieba
    path = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME) if source is None else Path(source)
    try:
        return hashlib.sha256(jieba.__version__.encode() + path.read_bytes()).digest()
    except OSError:  # no file to read: a digest of nothing known, never equal to another's
        return os.urandom(32)


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
