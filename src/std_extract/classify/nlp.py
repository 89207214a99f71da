"""The Chinese spaCy pipeline the classifier tokenises with: ``spacy.blank("zh")`` on jieba.

No pretrained Chinese model is used or downloaded (``zh_core_web_sm`` is never a dependency);
segmentation is jieba's dictionary and HMM, and every product term of the lexicon is added to
the dictionary so a term is cut as one token and the PhraseMatcher can find it.

The terms go into a private :class:`jieba.Tokenizer`, not the module-level default one: other
stages of std-extract also segment with jieba, and product words added for classification must
not change how they cut indicator names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import jieba
import spacy
from spacy.language import Language

JIEBA_CONFIG = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}

# jieba logs "Building prefix dict..." on first use; that is start-up noise, not a warning.
jieba.setLogLevel(logging.WARNING)


def make_segmenter(words: Iterable[str]) -> jieba.Tokenizer:
    """A private jieba tokenizer with ``words`` added to its dictionary."""
    segmenter = jieba.Tokenizer()
    segmenter.initialize()
    for word in words:
        # add_word's default frequency is high enough for the word to be cut as one piece.
        if len(word) > 1 and not word.isspace():
            segmenter.add_word(word)
    return segmenter


def make_nlp(words: Iterable[str] = ()) -> Language:
    """``spacy.blank("zh")`` segmenting with jieba, ``words`` kept whole."""
    nlp = spacy.blank("zh", config=JIEBA_CONFIG)
    nlp.tokenizer.jieba_seg = make_segmenter(words)  # type: ignore[union-attr]
    return nlp
