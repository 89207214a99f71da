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

from collections.abc import Iterable

import jieba
import spacy
from spacy.language import Language

from std_extract.jiebadict import tokenizer_with_words


def make_segmenter(words: Iterable[str]) -> jieba.Tokenizer:
    """A private jieba tokenizer with ``words`` added to its dictionary."""
    segmenter = tokenizer_with_words()
    for word in words:
        # add_word's default frequency is high enough for the word to be cut as one piece.
        if len(word) > 1 and not word.isspace():
            segmenter.add_word(word)
    return segmenter


def make_nlp(words: Iterable[str] = ()) -> Language:
    """``spacy.blank("zh")`` segmenting with jieba, ``words`` kept whole."""
    nlp = spacy.blank("zh")  # the character segmenter: spaCy does not load jieba's global dictionary
    nlp.tokenizer.segmenter = "jieba"  # type: ignore[union-attr]
    nlp.tokenizer.jieba_seg = make_segmenter(words)  # type: ignore[union-attr]
    return nlp
