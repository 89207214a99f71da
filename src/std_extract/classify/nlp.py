"""The Chinese spaCy pipeline the classifier tokenises with: ``spacy.blank("zh")`` on jieba.

No pretrained Chinese model is used or downloaded (``zh_core_web_sm`` is never a dependency);
segmentation is jieba's dictionary and HMM, and every product term of the lexicon is added to
the dictionary so a term is cut as one token and the PhraseMatcher can find it.

The terms go into a private :class:`jieba.Tokenizer`, not the module-level default one: other
stages of std-extract also segment with jieba, and product words added for classification must
not change how they cut indicator names.

The private tokenizer starts from a copy of jieba's dictionary read once a process
(:mod:`std_extract.jiebadict`).  spaCy's jieba segmenter would read the dictionary again, into
jieba's global tokenizer, only for it to be replaced by the private one: the pipeline is made with
spaCy's character segmenter and switched to jieba with the private tokenizer, the same tokenizer
state (seconds of a run's start-up under load).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from std_extract import warmcache
from std_extract.importing import absent

with absent("pkg_resources"):  # jieba opens its data files itself (std_extract.importing)
    import jieba
from std_extract.jiebadict import dictionary_digest, tokenizer_with_words


def make_segmenter(words: Iterable[str]) -> jieba.Tokenizer:
    """A private jieba tokenizer with ``words`` added to its dictionary."""
    segmenter = tokenizer_with_words()
    words = [word for word in words if len(word) > 1 and not word.isspace()]
    code = warmcache.source_of(sys.modules[__name__])
    listed = json.dumps(words, ensure_ascii=False).encode()
    key = warmcache.digest([b"segmenter", code, dictionary_digest(), listed])
    frequencies = warmcache.cached_arrays("jieba-words", key, lambda: _frequencies(words))["frequencies"]
    for word, frequency in zip(words, frequencies.tolist(), strict=True):
        segmenter.add_word(word, frequency)
    # The digest names the tokenizer's state, so its cuts can be cached too (make_docs).
    segmenter.warm_key = key  # type: ignore[attr-defined]
    return segmenter


def _frequencies(words: list[str]) -> warmcache.Arrays:
    """The frequency ``add_word`` gives each word, added in turn to jieba's dictionary: its default
    is high enough for the word to be cut as one piece, and cutting the word to compute it is what
    takes time.  Given back to ``add_word``, the tokenizer's state is the same."""
    segmenter = tokenizer_with_words()
    frequencies = []
    for word in words:
        segmenter.add_word(word)
        frequencies.append(segmenter.FREQ[word])
    return {"frequencies": np.array(frequencies, dtype=np.int64)}


def make_nlp(words: Iterable[str] = ()) -> Language:
    """``spacy.blank("zh")`` segmenting with jieba, ``words`` kept whole."""
    nlp = spacy.blank("zh")  # the character segmenter: spaCy does not load jieba's global dictionary
    nlp.tokenizer.segmenter = "jieba"  # type: ignore[union-attr]
    nlp.tokenizer.jieba_seg = make_segmenter(words)  # type: ignore[union-attr]
    return nlp


def token_cuts(nlp: Language, texts: list[str]) -> list[list[str]]:
    """The tokens ``nlp.make_doc`` cuts each text into, read from the warm cache when ``nlp`` was
    made by :func:`make_nlp` (its segmenter's state is then named by a digest): the same tokens."""
    segmenter = getattr(nlp.tokenizer, "jieba_seg", None)
    state = getattr(segmenter, "warm_key", None)
    if state is None:
        return [[token.text for token in nlp.make_doc(text)] for text in texts]
    code = warmcache.source_of(sys.modules[__name__])
    listed = json.dumps(texts, ensure_ascii=False).encode()
    key = warmcache.digest([b"cuts", code, state.encode(), spacy.__version__.encode(), listed])
    cuts = warmcache.cached_arrays("jieba-cuts", key, lambda: _cuts([nlp.make_doc(t) for t in texts]))
    words = warmcache.unpack_strings(cuts["chars"], cuts["ends"])
    ends = np.cumsum(cuts["counts"]).tolist()
    return [words[a:b] for a, b in zip([0, *ends[:-1]], ends, strict=True)]


def orth_patterns(nlp: Language, texts: list[str]) -> list[list[int]]:
    """Each text as a PhraseMatcher pattern on ORTH: the ids of its tokens' strings, which is all
    the matcher keeps of a pattern Doc (spaCy re-adds pickled patterns this way).  Making a Doc
    per term made a lexeme per new token, its attributes computed in Python: most of the
    lexicon matcher's start-up, for ids the strings give directly."""
    strings = nlp.vocab.strings
    return [[strings.add(word) for word in words] for words in token_cuts(nlp, texts)]


def _cuts(docs: list[Doc]) -> warmcache.Arrays:
    return {
        **warmcache.pack_strings([token.text for doc in docs for token in doc]),
        "counts": np.array([len(doc) for doc in docs], dtype=np.int64),
    }
