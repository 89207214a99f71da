"""Nearest annotation names by character n-grams (TF-IDF), as classifier components.

The official annotations of GB/T 4754-2017 (``models/gbt4754/annotation_names.csv``, train
split only, see :mod:`std_extract.classify.annotations`) name tens of thousands of products and
activities under their 小类.  A product phrase is compared with every such name, with the
lexicon's terms and with the 小类 names, by the cosine of their character n-gram TF-IDF vectors;
the classes of the nearest names get votes, and the evidence of each vote is the name it rests on
("注释 3546: 陶瓷生产专用设备"), so a reviewer reads why.

Why character n-grams and not words or an embedding: names are short, new products are
compounds of known pieces (特种陶瓷成套制造设备 shares 陶瓷…设备 with the annotation's
陶瓷生产专用设备), jieba cuts unseen compounds unpredictably, and no embedding that ships with a
package and needs no download knows Chinese industrial vocabulary.  The phrase is padded with
``^`` and ``$``, so n-grams at its end (``机$``, ``设备$``) carry the head of a head-final
Chinese noun phrase.  The index is an inverted index in three flat numpy arrays, so a query
costs a bincount over the postings of its n-grams: well under a millisecond.

Two components read the index:

* ``retrieval.v1`` votes for the classes of the nearest names;
* ``redirect.v1`` reads the annotations' exclusions ("不包括…，列入XXXX"): when the phrase is
  close to an excluded name, the class that excluded it gets a negative vote (the near miss
  between siblings), while the retrieval votes for the class the annotation sends it to.

Making, trading, repairing and renting one product share its n-grams, so a name of a trade
class (批发, 零售, 修理, 租赁) counts ``trade_mismatch`` of its similarity for a phrase that
names no such activity, and the other way round.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from std_extract import warmcache
from std_extract.classify.annotations import NAMES_FILE, AnnotationName, load_annotation_names
from std_extract.classify.component import ProductComponent, SignalDoc, Vote, register
from std_extract.classify.product_terms import Lexicon
from std_extract.classify.rules import Resources
from std_extract.classify.table import AreaTable
from std_extract.record import Evidence
from std_extract.textnorm import compact

MAX_QUERY = 24  # characters of a product phrase compared, from its end (the head is at the end)
# Words that make a name one of trading, repairing or renting (not making) the product it names,
# by activity; a name with none of them takes the activity of its class's division.
ACTIVITY_WORDS = {
    "wholesale": re.compile(r"批发|进出口|代理|经纪"),
    "retail": re.compile(r"零售|专卖|商店|门店|销售"),
    "repair": re.compile(r"修理|维修|检修|保养|段修|修补"),
    "rental": re.compile(r"租赁|出租"),
}
ACTIVITY_DIVISIONS = {"51": "wholesale", "52": "retail", "71": "rental", "81": "repair", "43": "repair"}
# "…批发和进出口", "…专门零售服务": taken off both sides before comparing, so the n-grams compare products.
ACTIVITY_RUN = re.compile(
    r"(?:[和及与、]?(?:批发|进出口|零售|专门零售|专卖|销售|修理|维修|检修|保养|租赁|出租|代理|经纪)"
    r"(?:服务|活动|业)?)+"
)


def activity_of(text: str, code: str = "") -> str:
    """The activity a name is about: the last activity word's, else its division's, else making."""
    found = [(m.end(), kind) for kind, pattern in ACTIVITY_WORDS.items() for m in pattern.finditer(text)]
    if found:
        return max(found)[1]
    return ACTIVITY_DIVISIONS.get(code[:2], "make") if code else "make"


# A bracketed note that ends a name ("…成套装备(具有在线检测…功能)", "…焊锡粉(用于…芯片)").
TRAILING_NOTE = re.compile(r"[(（][^()（）]{4,}[)）]$")


def product_core(text: str) -> str:
    """A name without its activity words ("电视机批发和进出口" -> "电视机") and a trailing note.

    The name itself when nothing is left.
    """
    core = TRAILING_NOTE.sub("", ACTIVITY_RUN.sub("", text))
    return core if len(core) >= 2 else text


@dataclass(frozen=True)
class IndexedName:
    """A name in the index: its text, its 小类, where it comes from, and for exclusions the class it
    leaves."""

    text: str
    code: str
    origin: str  # "annotation", "exclusion", "lexicon", "class_name"
    item: str = ""  # the annotation row's head (evidence)
    from_code: str = ""  # exclusion: the class the annotation says it does not belong to

    @property
    def label(self) -> str:
        """Where the name comes from, for a reviewer: "注释 3546 包括：陶瓷生产专用设备"."""
        if self.origin == "annotation":
            listed = f"：{self.text}" if self.text != self.item else ""
            return f"注释 {self.code} 包括：{self.item}{listed}"
        if self.origin == "exclusion":
            return f"注释 {self.from_code} 不包括，列入 {self.code}：{self.text}"
        return f"{'产品词表' if self.origin == 'lexicon' else '类目名称'} {self.code}：{self.text}"


def ngrams(text: str, sizes: tuple[int, ...] = (1, 2, 3), suffixes: int = 6) -> dict[str, float]:
    """Character n-grams of ``^text$`` with counts, and the text's last 1..``suffixes`` characters.

    The padding marks the two ends; the suffix features ("S:设备", "S:生产设备") make the head of
    a head-final phrase count for more than any other part of it.
    """
    padded = f"^{text}$"
    grams: dict[str, float] = defaultdict(float)
    for n in sizes:
        for i in range(len(padded) - n + 1):
            gram = padded[i : i + n]
            if gram not in ("^", "$"):
                grams[gram] += 1.0
    for size in range(1, min(suffixes, len(text)) + 1):
        grams["S:" + text[-size:]] += 1.0
    return grams


@dataclass(frozen=True)
class Postings:
    """The inverted index of many vectors, as three flat arrays (a compressed sparse column
    matrix): the rows holding n-gram ``column[g]`` and its weight in each are
    ``rows[start[c]:start[c + 1]]`` and ``values[...]``, rows in ascending order.

    Flat arrays, not an array pair per n-gram: built by one sort instead of hundreds of thousands
    of small arrays (seconds of a run's start-up), and shared by forked workers as a few blocks.
    """

    column: dict[str, int]
    start: np.ndarray  # int64, len(column) + 1
    rows: np.ndarray  # int32
    values: np.ndarray  # float32

    def __contains__(self, gram: str) -> bool:
        return gram in self.column

    def __getitem__(self, gram: str) -> tuple[np.ndarray, np.ndarray]:
        c = self.column[gram]
        a, b = self.start[c], self.start[c + 1]
        return self.rows[a:b], self.values[a:b]


def _normalised(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {g: v / norm for g, v in vector.items()}


# The index is built with whole-array operations, in the same floating-point operations, in the same
# order, as the per-name dictionaries it replaced (a second's start-up instead of several): each
# sum of a row's squares, and of a class's weights, is accumulated one term at a time in the names'
# order by ``np.add.at`` (unbuffered, index by index), exactly as Python's ``sum`` and ``+=`` did,
# and each logarithm is Python's ``math.log``.


def _postings(column: dict[str, int], cols: np.ndarray, rows: np.ndarray, values: np.ndarray) -> Postings:
    """The inverted index of the entries (n-gram ``cols``, ``rows``, ``values``), ``rows``
    ascending within an n-gram when they are in the entries."""
    by_column = np.argsort(cols, kind="stable")
    start = np.zeros(len(column) + 1, dtype=np.int64)
    np.cumsum(np.bincount(cols, minlength=len(column)), out=start[1:])
    return Postings(column, start, rows[by_column].astype(np.int32), values[by_column].astype(np.float32))


def _unit_rows(rows: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """``values`` divided by the Euclidean norm of their row (1 for a row of zeros)."""
    squares = np.zeros(size)
    np.add.at(squares, rows, values * values)
    norms = np.sqrt(squares)
    norms[norms == 0.0] = 1.0
    return values / norms[rows]


def _of_each(values: np.ndarray, function) -> np.ndarray:
    """``function`` (a Python float function) of every value, computed once per distinct value."""
    distinct, where = np.unique(values, return_inverse=True)
    return np.array([function(v) for v in distinct.tolist()], dtype=np.float64)[where]


def _similarities(vector: dict[str, float], postings: Postings, size: int) -> np.ndarray:
    """Cosine of a query vector with every row of ``postings`` (a bincount over its n-grams' postings)."""
    grams = [g for g in vector if g in postings]
    if not grams:
        return np.zeros(size)
    found = [postings[g] for g in grams]
    rows = np.concatenate([r for r, _ in found])
    values = np.concatenate([v * vector[g] for g, (_, v) in zip(grams, found, strict=True)])
    return np.bincount(rows, weights=values, minlength=size)


class NgramIndex:
    """TF-IDF over character n-grams of many short names, searched by an inverted index.

    Besides one vector a name, each class has a centroid (the normalised sum of its names'
    vectors): what its names have in common, which a name of the class not yet seen shares.
    """

    def __init__(self, names: list[IndexedName], sizes: tuple[int, ...] = (1, 2, 3)):
        self.names, self.sizes = names, sizes
        self._build()

    def _build(self) -> None:
        names, sizes = self.names, self.sizes
        counts = [ngrams(product_core(n.text), sizes) for n in names]
        column: dict[str, int] = {}  # n-gram -> column, in order of first appearance
        cols = np.fromiter((column.setdefault(g, len(column)) for c in counts for g in c), dtype=np.int64)
        tf = np.fromiter((f for c in counts for f in c.values()), dtype=np.float64)
        rows = np.repeat(np.arange(len(names), dtype=np.int64), [len(c) for c in counts])
        total = len(names)
        df = np.bincount(cols, minlength=len(column)).astype(np.float64)
        idf = _of_each(df, lambda d: math.log((1 + total) / (1 + d)) + 1.0)
        self.idf = dict(zip(column, idf.tolist(), strict=True))
        values = _unit_rows(rows, _of_each(tf, lambda c: 1.0 + math.log(c)) * idf[cols], total)
        self.postings = _postings(column, cols, rows, values)
        self.classes = sorted({n.code for n in names})
        row = {code: i for i, code in enumerate(self.classes)}
        class_of = np.array([row[n.code] for n in names], dtype=np.int64)[rows]
        self.class_postings = _postings(column, *_centroids(cols, class_of, values, len(column)))

    @classmethod
    def cached(cls, names: list[IndexedName], sizes: tuple[int, ...] = (1, 2, 3)) -> NgramIndex:
        """The index of ``names``, read from the warm cache (:mod:`std_extract.warmcache`) when it
        holds the index of these very names, built by this very code; else built (about a second
        of a process's start-up) and kept there.  The same index either way, array for array."""
        code = warmcache.source_of(sys.modules[__name__])
        # The names' texts and codes as packed arrays: as exact as their JSON, a tenth of its time.
        fields = [
            array.tobytes()
            for strings in ([n.text for n in names], [n.code for n in names])
            for array in warmcache.pack_strings(strings).values()
        ]
        key = warmcache.digest([b"ngram-index", repr(sizes).encode(), code, *fields])
        index = cls.__new__(cls)
        index.names, index.sizes = names, sizes
        index._restore(warmcache.cached_arrays("ngram-index", key, lambda: cls(names, sizes)._arrays()))
        return index

    def _arrays(self) -> warmcache.Arrays:
        column = list(self.postings.column)
        return {
            **{f"gram_{k}": v for k, v in warmcache.pack_strings(column).items()},
            **{f"class_{k}": v for k, v in warmcache.pack_strings(self.classes).items()},
            "idf": np.array([self.idf[g] for g in column], dtype=np.float64),
            **{f"names_{k}": getattr(self.postings, k) for k in ("start", "rows", "values")},
            **{f"classes_{k}": getattr(self.class_postings, k) for k in ("start", "rows", "values")},
        }

    def _restore(self, arrays: warmcache.Arrays) -> None:
        grams = warmcache.unpack_strings(arrays["gram_chars"], arrays["gram_ends"])
        column = {g: i for i, g in enumerate(grams)}
        self.idf = dict(zip(grams, arrays["idf"].tolist(), strict=True))
        self.postings = Postings(column, *(arrays[f"names_{k}"] for k in ("start", "rows", "values")))
        self.classes = warmcache.unpack_strings(arrays["class_chars"], arrays["class_ends"])
        self.class_postings = Postings(column, *(arrays[f"classes_{k}"] for k in ("start", "rows", "values")))

    def weigh(self, grams: dict[str, float]) -> dict[str, float]:
        """Counts to a unit TF-IDF vector (sublinear term frequency; unknown n-grams dropped)."""
        return _normalised({g: (1.0 + math.log(c)) * self.idf[g] for g, c in grams.items() if g in self.idf})

    def query_vector(self, text: str) -> dict[str, float]:
        return self.weigh(ngrams(text, self.sizes))

    def nearest(self, text: str, k: int = 30) -> list[tuple[int, float]]:
        """The ``k`` most similar names (index, similarity), best first."""
        sims = _similarities(self.query_vector(text), self.postings, len(self.names))
        if len(sims) <= k:
            top = np.argsort(-sims)
        else:
            part = np.argpartition(-sims, k)[:k]
            top = part[np.argsort(-sims[part])]
        return [(int(i), float(sims[i])) for i in top if sims[i] > 0]

    def class_similarities(self, text: str, k: int) -> dict[str, float]:
        """The ``k`` classes whose centroids are most similar to ``text``."""
        sims = _similarities(self.query_vector(text), self.class_postings, len(self.classes))
        top = np.argpartition(-sims, k)[:k] if len(sims) > k else np.arange(len(sims))
        return {self.classes[i]: float(sims[i]) for i in top if sims[i] > 0}


def _centroids(
    cols: np.ndarray, class_of: np.ndarray, values: np.ndarray, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each class's centroid as entries (n-gram, class, value): the sum of its names' unit vectors,
    made a unit vector, classes ascending within an n-gram."""
    keys, first, where = np.unique(class_of * width + cols, return_index=True, return_inverse=True)
    sums = np.zeros(len(keys))
    np.add.at(sums, where, values)  # name by name, as each class's dictionary summed them
    classes, grams = keys // width, keys % width
    by_appearance = np.argsort(first)  # a class's n-grams in the order its dictionary held them
    squares = np.zeros(int(classes.max()) + 1 if len(classes) else 0)
    np.add.at(squares, classes[by_appearance], (sums * sums)[by_appearance])
    norms = np.sqrt(squares)
    norms[norms == 0.0] = 1.0
    return grams, classes, sums / norms[classes]


def index_names(
    annotations: tuple[AnnotationName, ...], lexicon: Lexicon, table: AreaTable
) -> list[IndexedName]:
    """Annotation names (include and exclusion targets), lexicon terms and 小类 names, once each."""
    names: dict[tuple[str, str], IndexedName] = {}
    for a in annotations:
        if a.kind == "include":
            names.setdefault((compact(a.name), a.code), IndexedName(a.name, a.code, "annotation", a.item))
        elif a.code:
            key = (compact(a.name), a.code)
            names.setdefault(key, IndexedName(a.name, a.code, "exclusion", a.item, a.from_code))
    for term in lexicon.terms.values():
        if term.kind != "class_stem":
            origin = "lexicon" if term.kind == "lexicon" else "class_name"
            for code in term.codes:
                names.setdefault((compact(term.text), code), IndexedName(term.text, code, origin))
    for area in table.at_level("class"):
        names.setdefault((compact(area.name), area.code), IndexedName(area.name, area.code, "class_name"))
    return list(names.values())


def exclusions(annotations: tuple[AnnotationName, ...]) -> list[IndexedName]:
    """Every excluded name with the class that excludes it (a target or not)."""
    seen: dict[tuple[str, str], IndexedName] = {}
    for a in annotations:
        if a.kind == "exclude":
            seen.setdefault(
                (compact(a.name), a.from_code), IndexedName(a.name, a.code, "exclusion", a.item, a.from_code)
            )
    return list(seen.values())


_INDEXES: dict[tuple[int, str], NgramIndex] = {}


def shared_index(resources: Resources, names_file: str = NAMES_FILE) -> NgramIndex:
    """One index per lexicon object and names file: variants of a classifier built while tuning
    share it."""
    key = (id(resources.lexicon), names_file)
    if key not in _INDEXES:
        names = index_names(load_annotation_names(names_file), resources.lexicon, resources.table)
        _INDEXES[key] = NgramIndex.cached(names)
    return _INDEXES[key]


class Retrieval(ProductComponent):
    """Votes for the classes of the annotation names, terms and class names nearest a product phrase.

    A class's score is the similarity of its nearest name, plus ``second`` times that of its
    second nearest (two names of one class agreeing), plus ``centroid`` times the similarity of
    the class's centroid.  A name (or class) about another activity than the phrase (making vs
    wholesale, retail, repair, rental) counts ``trade_mismatch`` of its similarity.
    """

    name = "retrieval"

    def __init__(
        self,
        resources: Resources,
        weight: float = 1.0,
        k: int = 30,
        top: int = 5,
        floor: float = 0.3,
        power: float = 1.0,
        trade_mismatch: float = 0.5,
        second: float = 0.3,
        centroid: float = 1.0,
        names: str = NAMES_FILE,
    ):
        self.resources, self.weight, self.k, self.top = resources, weight, k, top
        self.floor, self.power, self.trade_mismatch = floor, power, trade_mismatch
        self.second, self.centroid = second, centroid
        self.index = shared_index(resources, names)
        self.activities = [activity_of(n.text, n.code) for n in self.index.names]
        self.class_activity = {a.code: activity_of(a.name, a.code) for a in resources.table.at_level("class")}

    def classes(self, phrase: str) -> list[tuple[str, float, list[IndexedName]]]:
        """(小类, score, the names behind it), best first."""
        phrase = compact(phrase)[-MAX_QUERY:]
        activity, core = activity_of(phrase), product_core(phrase)
        hits: dict[str, list[tuple[float, IndexedName]]] = defaultdict(list)
        for index, sim in self.index.nearest(core, self.k):
            factor = 1.0 if self.activities[index] == activity else self.trade_mismatch
            hits[self.index.names[index].code].append((sim * factor, self.index.names[index]))
        centroids = self.index.class_similarities(core, self.top) if self.centroid else {}
        ranked = []
        for code in hits.keys() | centroids.keys():
            near = sorted(hits.get(code, []), key=lambda h: -h[0])
            score = sum(w * s for w, (s, _) in zip((1.0, self.second), near, strict=False))
            factor = 1.0 if self.class_activity.get(code) == activity else self.trade_mismatch
            score += self.centroid * factor * centroids.get(code, 0.0)
            ranked.append((code, score, [n for _, n in near[:3]]))
        ranked.sort(key=lambda r: (-r[1], r[0]))
        return ranked[: self.top]

    def _votes(self, phrase: str, item: SignalDoc) -> list[Vote]:
        signal = item.signal
        base = self.resources.source_weights.get(signal.source, 0.0) * self.weight
        votes = []
        for code, score, names in self.classes(phrase):
            if score <= self.floor:
                continue
            weight = (
                base * ((score - self.floor) / (1.0 + self.second + self.centroid - self.floor)) ** self.power
            )
            # term: the nearest name; text: where that name comes from (the annotation row, the
            # lexicon or the table), which is what a reviewer checks.
            term = names[0].text if names else phrase
            label = names[0].label if names else f"类{code}注释名称的共同字串 (n-gram)"
            evidence = Evidence(term=term, source=signal.source, clause=signal.clause, text=label)
            votes.append(Vote(code=code, weight=weight, component=self.name, evidence=evidence))
        return votes


class Redirect(ProductComponent):
    """The annotations' exclusions: a phrase close to a name a class excludes counts against that class."""

    name = "redirect"

    def __init__(
        self, resources: Resources, weight: float = 0.5, min_similarity: float = 0.7, names: str = NAMES_FILE
    ):
        self.resources, self.weight, self.min_similarity = resources, weight, min_similarity
        self.names = exclusions(load_annotation_names(names))
        self.index = NgramIndex(self.names) if self.names else None

    def reads(self, item: SignalDoc) -> bool:
        return self.index is not None

    def _votes(self, phrase: str, item: SignalDoc) -> list[Vote]:
        assert self.index is not None
        signal = item.signal
        base = self.resources.source_weights.get(signal.source, 0.0) * self.weight
        votes = []
        for index, sim in self.index.nearest(compact(phrase)[-MAX_QUERY:], 5):
            if sim < self.min_similarity:
                break
            name = self.index.names[index]
            evidence = Evidence(term=name.text, source=signal.source, clause=signal.clause, text=name.label)
            votes.append(
                Vote(code=name.from_code, weight=-base * sim, component=self.name, evidence=evidence)
            )
        return votes


@register("retrieval.v1")
def make_retrieval(resources: Resources, **settings: float | str) -> Retrieval:
    return Retrieval(resources, **settings)  # type: ignore[arg-type]


@register("redirect.v1")
def make_redirect(resources: Resources, **settings: float | str) -> Redirect:
    return Redirect(resources, **settings)  # type: ignore[arg-type]
