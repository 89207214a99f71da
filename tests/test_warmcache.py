"""The warm cache (std_extract.warmcache): start-up state read back is the state built, and
nothing wrong with the cache folder stops a process or changes its state."""

from __future__ import annotations

import jieba
import numpy as np
import pytest
from spacy.matcher import PhraseMatcher

from std_extract import warmcache
from std_extract.classify.annotations import load_annotation_names
from std_extract.classify.nlp import make_nlp, make_segmenter, orth_patterns, token_cuts
from std_extract.classify.product_terms import load_lexicon
from std_extract.classify.retrieval import IndexedName, NgramIndex, index_names
from std_extract.classify.table import load_table
from std_extract.jiebadict import default_dictionary, tokenizer_with_words
from std_extract.values.units import build_registry, rewrite_unit, unit_table


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "warm"
    monkeypatch.setenv(warmcache.CACHE_ENV, str(folder))
    return folder


@pytest.fixture(scope="module")
def names() -> list[IndexedName]:
    """The shipped index's names, every fifth (a second to build instead of five)."""
    return index_names(load_annotation_names(), load_lexicon(), load_table())[::5]


def _same_index(a: NgramIndex, b: NgramIndex) -> None:
    assert list(a.idf.items()) == list(b.idf.items())
    assert a.classes == b.classes
    for x, y in ((a.postings, b.postings), (a.class_postings, b.class_postings)):
        assert list(x.column.items()) == list(y.column.items())
        for field in ("start", "rows", "values"):
            u, v = getattr(x, field), getattr(y, field)
            assert u.dtype == v.dtype and np.array_equal(u, v), field


def test_warmcache_index_read_back_is_the_index_built(cache_folder, names):
    built = NgramIndex(names)
    first = NgramIndex.cached(names)  # builds and writes
    assert len(list(cache_folder.glob("ngram-index-*.npz"))) == 1
    second = NgramIndex.cached(names)  # reads
    _same_index(first, built)
    _same_index(second, built)
    assert second.nearest("电动自行车用锂离子蓄电池", 10) == built.nearest("电动自行车用锂离子蓄电池", 10)


def test_warmcache_other_names_are_another_file(cache_folder, names):
    NgramIndex.cached(names[:500])
    NgramIndex.cached(names[:400])
    assert len(list(cache_folder.glob("ngram-index-*.npz"))) == 2


def test_warmcache_corrupt_file_is_built_again_and_replaced(cache_folder):
    calls = []

    def build():
        calls.append(1)
        return {"x": np.arange(5)}

    warmcache.cached_arrays("test", "k", build)
    path = cache_folder / "test-k.npz"
    path.write_bytes(path.read_bytes()[:40])  # cut short, as by a full disk
    assert warmcache.cached_arrays("test", "k", build)["x"].tolist() == [0, 1, 2, 3, 4]
    assert warmcache.cached_arrays("test", "k", build)["x"].tolist() == [0, 1, 2, 3, 4]
    assert len(calls) == 2  # built again once, then read


def test_warmcache_unwritable_folder_and_off_still_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(warmcache.CACHE_ENV, str(blocker / "warm"))
    assert warmcache.cached_arrays("test", "k", lambda: {"x": np.ones(2)})["x"].tolist() == [1.0, 1.0]
    monkeypatch.setenv(warmcache.CACHE_ENV, "off")
    assert warmcache.cache_dir() is None
    assert warmcache.cached_arrays("test", "k", lambda: {"x": np.zeros(1)})["x"].tolist() == [0.0]


def test_warmcache_keeps_a_few_files_of_a_kind(cache_folder):
    for key in "abcdef":
        warmcache.cached_arrays("test", key, lambda: {"x": np.ones(1)})
    assert len(list(cache_folder.glob("test-*.npz"))) == warmcache.KEEP
    assert (cache_folder / "test-f.npz").is_file()


def test_warmcache_strings_survive_packing():
    strings = ["", "设备$", "S:生产设备", "a\x00", "\x00", "𠀀 two", "℃", ""]
    assert warmcache.unpack_strings(**_renamed(warmcache.pack_strings(strings))) == strings
    assert warmcache.unpack_strings(**_renamed(warmcache.pack_strings([]))) == []


def _renamed(arrays):
    return {"chars": arrays["chars"], "ends": arrays["ends"]}


def test_warmcache_digest_tells_parts_apart():
    assert warmcache.digest([b"ab", b"c"]) != warmcache.digest([b"a", b"bc"])
    assert warmcache.digest([b"ab", b"c"]) == warmcache.digest([b"ab", b"c"])


def test_warmcache_segmenter_and_cuts_are_those_built(cache_folder):
    """The classifier's jieba state and its lexicon's tokens, from the cache, are those computed."""
    terms = [term.text for term in load_lexicon().terms.values()][::4]
    fresh = tokenizer_with_words()
    for word in terms:
        if len(word) > 1 and not word.isspace():
            fresh.add_word(word)
    for _ in range(2):  # built and written, then read
        segmenter = make_segmenter(terms)
        assert segmenter.total == fresh.total and segmenter.FREQ == fresh.FREQ
    nlp = make_nlp(terms)
    made = [nlp.make_doc(text) for text in terms]
    for _ in range(2):
        assert token_cuts(nlp, terms) == [[t.text for t in doc] for doc in made]
    assert len([*cache_folder.glob("jieba-words-*.npz"), *cache_folder.glob("jieba-cuts-*.npz")]) == 2


def test_warmcache_matcher_of_orth_patterns_is_the_matcher_of_docs(cache_folder):
    """The lexicon matcher's patterns given as ORTH ids find what pattern Docs find."""
    terms = [term.text for term in load_lexicon().terms.values()]
    nlp = make_nlp(terms)
    of_docs, of_ids = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="ORTH")
    for index, (text, pattern) in enumerate(zip(terms, orth_patterns(nlp, terms), strict=True)):
        of_docs.add(str(index), [nlp.make_doc(text)])
        of_ids.add(str(index), [pattern])
    texts = [*terms[::50], "本标准规定了电动自行车用锂离子蓄电池的技术要求", "家用电冰箱 耗电量 限定值"]
    for text in texts:
        doc = nlp.make_doc(text)
        assert of_ids(doc) == of_docs(doc)
    assert sum(len(of_ids(nlp.make_doc(text))) for text in texts) > len(texts)


def test_warmcache_pint_registry_from_its_cache_reads_units_the_same(cache_folder, monkeypatch):
    probes = ["mg/kg", "kWh/24h", "dB(A)", "mg/m³", "℃", "r/min", "g/100g", "μS/cm", "CFU/g", "mmol/L"]

    def read(registry):
        expressions = [rewrite_unit(printed) for printed in probes]
        return [str(registry.parse_expression(expression).to_base_units()) for expression in expressions]

    cached = [read(build_registry(unit_table())) for _ in range(2)]  # parsed and kept, then read
    assert any((cache_folder / "pint").iterdir())
    monkeypatch.setenv(warmcache.CACHE_ENV, "off")
    assert cached[0] == cached[1] == read(build_registry(unit_table()))


def test_warmcache_jieba_dictionary_is_jiebas(cache_folder):
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for _ in range(2):  # built and written, then read
        default_dictionary.cache_clear()
        frequencies, total = default_dictionary()
        assert total == tokenizer.total
        assert list(frequencies.items()) == list(tokenizer.FREQ.items())
    default_dictionary.cache_clear()
    assert len(list(cache_folder.glob("jieba-dictionary-*.npz"))) == 1
