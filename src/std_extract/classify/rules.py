"""Rule components: the lexicon PhraseMatcher, fuzzy term matching, cover codes, enterprise words.

Each is a :class:`~std_extract.classify.component.Component`: it reads the tokenised signals and
returns votes with evidence.  Weights are products of a few named factors, set in
``models/classify/classifier.toml``:

* the source: the title names the product more surely than one mention deep in the body;
* the kind of term: a lexicon word is a deliberate choice, a stem cut from a class name less so;
* for a product phrase, the position: Chinese noun phrases are head-final, so the term that ends
  the phrase is the product ("电冰箱用压缩机" is a compressor), and a term that covers more of the
  phrase says more about it.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from std_extract.classify.component import ProductComponent, SignalDoc, Vote, register
from std_extract.classify.nlp import orth_patterns
from std_extract.classify.product_terms import Lexicon, Term
from std_extract.classify.table import AreaTable
from std_extract.record import Evidence
from std_extract.resources import models_dir

SNIPPET_CHARS = 24  # characters of context on each side of a body match
MAX_PHRASE = 60  # product phrases longer than this are not scanned character by character
MAX_TERM = 16  # the longest term looked up in that scan
MAX_FUZZY = 16  # characters of a product phrase (from its end) compared by the fuzzy matcher
# Words that say nothing about which product a phrase names; a near match resting only on them
# is an accident ("服务器" ~ "团体膳食服务", "云服务" ~ "客户联络中心服务").
GENERIC_RUN = re.compile(
    r"服务|规范|技术|管理|系统|设备|装置|产品|用品|制品|材料|器材|工程|中心|机构|设施|项目|活动|要求|通用"
)


@dataclass(frozen=True)
class Resources:
    """What the components share: the tokeniser, the lexicon, the table, the source weights."""

    nlp: Language
    lexicon: Lexicon
    table: AreaTable
    source_weights: dict[str, float]
    kind_weights: dict[str, float]

    def knows_a_term(self, doc: Doc | None) -> bool:
        """Whether a product phrase holds a term of the lexicon (jieba cuts every term as one token)."""
        return doc is not None and any(len(t.text) >= 2 and self.lexicon.get(t.text) for t in doc)


def snippet(text: str, start: int, end: int, chars: int = SNIPPET_CHARS) -> str:
    """``text[start:end]`` with some context, on one line."""
    left, right = max(0, start - chars), min(len(text), end + chars)
    return " ".join(text[left:right].split())


# Words that may follow the head of a product phrase without being the product: a service of X
# ("健康保险|服务", "居家保洁|服务"), X run or operated ("长输管道|运行", "烟气脱硫|运营"), and an
# abbreviation in brackets ("泡沫塑料|(EPS)").
TAIL_WORDS = re.compile(r"(?:服务质量|服务|运营|运行|经营|作业|分割)+$|\s*[(（][A-Za-z0-9\-+/ ·]+[)）]$")


def tail_head_ends(text: str) -> set[int]:
    """Positions in ``text`` where a head may end before trailing :data:`TAIL_WORDS`."""
    ends: set[int] = set()
    stripped = text.rstrip()
    while True:
        match = TAIL_WORDS.search(stripped)
        if not match or match.start() == 0:
            return ends
        stripped = stripped[: match.start()].rstrip()
        ends.add(len(stripped))


NON_HEAD_COVERAGE_FLOOR = 0.5  # coverage of a term before the head: 0.5 + 0.5 * its share


class LexiconMatcher:
    """Finds lexicon terms token by token with spaCy's PhraseMatcher."""

    name = "lexicon"

    def __init__(
        self,
        resources: Resources,
        head_bonus: float = 1.0,
        non_head: float = 0.6,
        shared: float = 0.8,
        substring: float = 0.7,
        segment_head: float | None = None,
        tail_heads: bool = False,
        coverage_floor: float = 0.5,
    ):
        self.resources, self.tail_heads = resources, tail_heads
        self.coverage_floor = coverage_floor
        self.head_bonus, self.non_head, self.shared, self.substring = head_bonus, non_head, shared, substring
        self.segment_head = segment_head
        self.by_text = {term.text: term for term in resources.lexicon.terms.values()}
        self.matcher = PhraseMatcher(resources.nlp.vocab, attr="ORTH")
        self.terms: list[Term] = list(resources.lexicon.terms.values())
        patterns = orth_patterns(resources.nlp, [term.text for term in self.terms])
        for index, pattern in enumerate(patterns):
            self.matcher.add(str(index), [pattern])  # type: ignore[list-item]
        self._term_of = {resources.nlp.vocab.strings[str(i)]: t for i, t in enumerate(self.terms)}

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        votes: list[Vote] = []
        for item in docs:
            if item.product_doc is not None:
                votes += self._product_votes(item)
            elif item.doc is not None:
                votes += self._text_votes(item)
        return votes

    def _matches(self, doc: Doc) -> list[tuple[Term, int, int]]:
        """(term, start char, end char) of every match."""
        found = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            found.append((self._term_of[match_id], span.start_char, span.end_char))
        return found

    def _base_weight(self, term: Term, source: str) -> float:
        weight = self.resources.source_weights.get(source, 0.0) * self.resources.kind_weights[term.kind]
        return weight * (self.shared if len(term.codes) > 1 else 1.0)

    def _product_votes(self, item: SignalDoc) -> list[Vote]:
        doc, signal = item.product_doc, item.signal
        assert doc is not None
        text = doc.text  # Doc.text joins every token: compute it once
        length, head_end = max(len(text), 1), len(text.rstrip())
        head_ends = {head_end}
        if self.tail_heads:
            head_ends |= tail_head_ends(text)
        votes = []
        matches = [(term, start, end, 1.0) for term, start, end in self._matches(doc)]
        matches += self._substring_matches(text, matches)
        # "化学试剂 盐酸": a title of two elements names the series before the space and the item
        # after it; with ``segment_head`` a term ending the first element counts that much.
        segment_ends = {i for i, ch in enumerate(text) if ch == " "} if self.segment_head else set()
        for term, start, end, factor in matches:
            floor = NON_HEAD_COVERAGE_FLOOR
            if end >= head_end or end in head_ends:
                position = self.head_bonus
                # A head term with modifiers before it says less about the product than one naming
                # the whole phrase (改装|客车: 客车 is 3611, the modifier makes it 3630).  A term
                # before the head keeps the old floor: the words after it (…用钢, …排放限值及测量方法)
                # are no modifier of it.
                floor = self.coverage_floor
            elif end in segment_ends:
                position = max(self.segment_head or 0.0, self.non_head)
            else:
                position = self.non_head
            coverage = floor + (1.0 - floor) * (end - start) / length
            weight = self._base_weight(term, signal.source) * position * coverage * factor
            evidence = Evidence(
                term=term.text, source=signal.source, clause=signal.clause, text=signal.text[:120]
            )
            votes += [Vote(code=c, weight=weight, component=self.name, evidence=evidence) for c in term.codes]
        return votes

    def _substring_matches(
        self, text: str, matches: list[tuple[Term, int, int, float]]
    ) -> list[tuple[Term, int, int, float]]:
        """Terms that cross jieba's token boundaries ("电梯|维修保养" hides 电梯维修).

        Only in short product phrases, only terms of three or more characters (two-character
        strings across a boundary are mostly accidents: 压|榨菜|籽油, 通|信用), and never a term
        inside a longer token-aligned match; they count ``self.substring`` of a token match.
        """
        if len(text) > MAX_PHRASE or not self.substring:
            return []
        spans = [(start, end) for _, start, end, _ in matches]
        found = []
        for start in range(len(text)):
            for end in range(start + 3, min(len(text), start + MAX_TERM) + 1):
                term = self.by_text.get(text[start:end])
                if term and not any(s <= start and end <= e for s, e in spans):
                    found.append((term, start, end, self.substring))
        return found

    def _text_votes(self, item: SignalDoc) -> list[Vote]:
        doc, signal = item.doc, item.signal
        assert doc is not None
        counts: dict[str, int] = defaultdict(int)
        first: dict[str, tuple[Term, int, int]] = {}
        for term, start, end in self._matches(doc):
            counts[term.text] += 1
            first.setdefault(term.text, (term, start, end))
        votes = []
        text = doc.text  # Doc.text joins every token: compute it once
        for key, (term, start, end) in first.items():
            repeat = min(1.0, 0.5 + 0.25 * math.log2(counts[key]))
            weight = self._base_weight(term, signal.source) * repeat
            evidence = Evidence(
                term=term.text, source=signal.source, clause=signal.clause, text=snippet(text, start, end)
            )
            votes += [Vote(code=c, weight=weight, component=self.name, evidence=evidence) for c in term.codes]
        return votes


class FuzzyMatcher(ProductComponent):
    """Near matches of a product phrase to terms and class names (rapidfuzz).

    Catches what exact matching misses: a product printed with a variant character or a few
    extra words.  Only product phrases (title, scope) are compared; body text is too long.
    """

    name = "fuzzy"

    def __init__(
        self,
        resources: Resources,
        cutoff: float = 70.0,
        weight: float = 0.6,
        limit: int = 8,
        partial: bool = True,
        non_head: float = 1.0,
        coverage: bool = False,
        strip_generic: bool = False,
    ):
        self.resources, self.partial = resources, partial
        self.cutoff, self.weight, self.limit = cutoff, weight, limit
        self.non_head, self.coverage, self.strip_generic = non_head, coverage, strip_generic
        self.terms = [t for t in resources.lexicon.terms.values() if len(t.text) >= 2]
        self.choices = [t.text for t in self.terms]
        self.bigrams: dict[str, list[int]] = defaultdict(list)
        for index, text in enumerate(self.choices):
            for key in {text[k : k + 2] for k in range(len(text) - 1)}:
                self.bigrams[key].append(index)

    def reads(self, item: SignalDoc) -> bool:
        return item.product_doc is not None

    def similar(self, phrase: str) -> dict[int, float]:
        """Term index -> similarity 0-100: the better of whole-string and (discounted) partial.

        Only the last ``MAX_FUZZY`` characters are compared: the head of a Chinese noun phrase is
        at its end, and partial matching costs grow with the product of the lengths.
        """
        phrase = phrase[-MAX_FUZZY:]
        scores: dict[int, float] = {}
        hits = process.extract(
            phrase, self.choices, scorer=fuzz.ratio, limit=self.limit, score_cutoff=self.cutoff
        )
        for _, score, index in hits:
            scores[index] = score
        if self.partial:
            scores |= self._partial(phrase, scores)
        return {i: s for i, s in scores.items() if s >= self.cutoff}

    def _partial(self, phrase: str, scores: dict[int, float]) -> dict[int, float]:
        """partial_ratio, discounted by 0.9, against the terms sharing a character bigram with ``phrase``.

        A term that shares no two adjacent characters with the phrase can hardly reach the
        cutoff, and the bigram index cuts the comparisons from all terms to a few hundred.
        """
        subset = sorted({i for k in range(len(phrase) - 1) for i in self.bigrams.get(phrase[k : k + 2], ())})
        choices = [self.choices[i] for i in subset]
        hits = process.extract(
            phrase, choices, scorer=fuzz.partial_ratio, limit=self.limit, score_cutoff=self.cutoff
        )
        found = {}
        for _, score, position in hits:
            index = subset[position]
            if score * 0.9 > scores.get(index, 0.0):
                found[index] = score * 0.9
        return found

    def placement(self, phrase: str, term: str) -> float | None:
        """How much a near match of ``term`` in ``phrase`` says about the product, or None.

        The part of the phrase the term aligns with matters as it does for exact matches: a term
        aligned with the end of the phrase names the product (Chinese noun phrases are
        head-final), one aligned further left is a modifier ("聚乙烯" in "聚乙烯管材") and counts
        ``non_head``; with ``coverage`` a term aligned with the end of the phrase but only a small
        part of it counts less (a head with modifiers; a term further left keeps its weight, as the
        words after it are no modifier of it).  With ``strip_generic`` a match that rests only on
        generic words ("服务器" and "膳食服务" share only 服务) is no match.
        """
        phrase = phrase[-MAX_FUZZY:]
        factor = 1.0
        if self.strip_generic:
            core_term, core_phrase = GENERIC_RUN.sub("", term), GENERIC_RUN.sub("", phrase)
            if len(core_term) < 1 or fuzz.partial_ratio(core_term, core_phrase) < self.cutoff:
                return None
        if self.non_head < 1.0 or self.coverage:
            span = fuzz.partial_ratio_alignment(phrase, term)
            start, end = (span.src_start, span.src_end) if span else (0, len(phrase))
            before_head = end < len(phrase.rstrip()) - 1
            if before_head:
                factor *= self.non_head
            if self.coverage and not before_head:  # a head with modifiers, as for exact matches
                factor *= 0.5 + 0.5 * (end - start) / max(len(phrase), 1)
        return factor

    def _votes(self, phrase: str, item: SignalDoc) -> list[Vote]:
        signal = item.signal
        source_weight = self.resources.source_weights.get(signal.source, 0.0)
        votes = []
        for index, score in self.similar(phrase).items():
            term = self.terms[index]
            factor = self.placement(phrase, term.text)
            if factor is None:
                continue
            closeness = (score - self.cutoff) / (100.0 - self.cutoff)
            weight = source_weight * self.resources.kind_weights[term.kind] * self.weight * closeness * factor
            evidence = Evidence(term=term.text, source=signal.source, clause=signal.clause, text=phrase)
            votes += [Vote(code=c, weight=weight, component=self.name, evidence=evidence) for c in term.codes]
        return votes


def load_cover_codes() -> dict[str, dict[str, list[str]]]:
    """models/classify/cover_codes.toml: ccs, ics and enterprise word tables."""
    return tomllib.loads((models_dir() / "classify" / "cover_codes.toml").read_text(encoding="utf-8"))


class CoverCodes:
    """CCS and ICS codes from the cover, and words in the enterprise's name, as weak votes."""

    name = "cover_codes"

    def __init__(self, resources: Resources):
        self.resources = resources
        data = load_cover_codes()
        self.ccs, self.ics, self.enterprise = data["ccs"], data["ics"], data["enterprise"]

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        votes: list[Vote] = []
        for item in docs:
            signal = item.signal
            if signal.source == "ccs":
                votes += self._votes(signal.source, signal.text, *self._ccs(signal.text))
            elif signal.source == "ics":
                votes += self._votes(signal.source, signal.text, *self._ics(signal.text))
            elif signal.source == "enterprise":
                for word, codes in self.enterprise.items():
                    if word in signal.text:
                        votes += self._votes(signal.source, signal.text, word, codes)
        return votes

    def _ccs(self, code: str) -> tuple[str, list[str]]:
        """The most specific key: "Y61", then "Y6", then "Y"."""
        code = code.replace(" ", "").upper()
        for key in (code[:3], code[:2], code[:1]):
            if key in self.ccs:
                return key, self.ccs[key]
        return code, []

    def _ics(self, code: str) -> tuple[str, list[str]]:
        """The most specific key: "97.040.30", then "97.040", then "97"."""
        parts = code.strip().split(".")
        for size in range(len(parts), 0, -1):
            key = ".".join(parts[:size])
            if key in self.ics:
                return key, self.ics[key]
        return code, []

    def _votes(self, source: str, text: str, key: str, codes: list[str]) -> list[Vote]:
        weight = self.resources.source_weights.get(source, 0.0)
        evidence = Evidence(term=key, source=source, text=text)
        return [Vote(code=c, weight=weight, component=self.name, evidence=evidence) for c in codes]


class ActivityWords:
    """An activity word in the product phrase (维修, 租赁, 零售, 施工…) moves the class to that trade.

    See models/classify/activities.toml.  The prior goes to the areas of the last activity word;
    candidates are the classes under those areas whose names are closest (rapidfuzz) to what is
    left of the phrase once the activity word and 服务 are taken out.

    With ``mapped`` the product named in the rest of the phrase is carried over to the trade: the
    lexicon term that ends last there ("白酒" in "白酒批发") has a 小类 (1512 白酒制造), and the
    class of the trade whose name is closest to that 小类's, 中类's or 大类's name (5127 酒、饮料及
    茶叶批发) is proposed.  The table's names do the mapping: 铁路货车 + 段修 -> 4341 铁路运输设备
    修理, 手机 + 维修 -> 8122 通讯设备修理.

    An activity word inside a longer term of the phrase ("出租汽车", "施工升降机", "批发市场") is
    part of a name, not an activity.
    """

    name = "activity"

    def __init__(
        self,
        resources: Resources,
        prior: float = 0.3,
        candidate: float = 0.5,
        cutoff: float = 50.0,
        mapped: float = 0.0,
        mapped_cutoff: float = 60.0,
        inside_terms: bool = False,
    ):
        self.resources, self.prior, self.candidate, self.cutoff = resources, prior, candidate, cutoff
        self.mapped, self.mapped_cutoff, self.inside_terms = mapped, mapped_cutoff, inside_terms
        path = models_dir() / "classify" / "activities.toml"
        self.words: dict[str, list[str]] = tomllib.loads(path.read_text(encoding="utf-8"))["activities"]
        self._classes: dict[str, list[str]] = {}
        self._trade: dict[tuple[str, str], tuple[str, float] | None] = {}
        self.by_text = {
            t.text: t for t in resources.lexicon.terms.values() if t.kind in ("lexicon", "class_name")
        }

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        votes: list[Vote] = []
        for item in docs:
            product = item.signal.product
            hit = self.last_activity(product) if product else None
            if hit:
                votes += self._votes(product, hit, item)  # type: ignore[arg-type]
        return votes

    def last_activity(self, phrase: str) -> str | None:
        """The activity word that ends latest in ``phrase`` (the longer one on a tie)."""
        found = []
        for word in self.words:
            start = phrase.rfind(word)
            while start >= 0 and self.inside_terms and self._inside_term(phrase, start, start + len(word)):
                start = phrase.rfind(word, 0, start)
            if start >= 0:
                found.append((start + len(word), len(word), word))
        return max(found)[2] if found else None

    def _inside_term(self, phrase: str, start: int, end: int) -> bool:
        """Whether a term covers ``phrase[start:end]`` and goes on past it ("出租|汽车").

        A term that ends with the activity word ("手机维修") names that activity and leaves it be.
        """
        for left in range(max(0, end - MAX_TERM), start + 1):
            for right in range(end + 1, min(len(phrase), left + MAX_TERM) + 1):
                if phrase[left:right] in self.by_text:
                    return True
        return False

    def classes_under(self, area: str) -> list[str]:
        if area not in self._classes:
            self._classes[area] = [a.name for a in self.resources.table.descendants(area)]
        return self._classes[area]

    def product_code(self, rest: str) -> str | None:
        """The 小类 of the lexicon term that ends last in ``rest`` (the longest on a tie)."""
        best: tuple[int, int, str] | None = None
        for start in range(len(rest)):
            for end in range(start + 2, min(len(rest), start + MAX_TERM) + 1):
                term = self.by_text.get(rest[start:end])
                if term and len(term.codes) == 1 and (best is None or (end, end - start) > best[:2]):
                    best = (end, end - start, term.codes[0])
        return best[2] if best else None

    def trade_class(self, code: str, area: str) -> tuple[str, float] | None:
        """The class under ``area`` whose name is closest to the names on ``code``'s path."""
        key = (code, area)
        if key not in self._trade and area in {a.code for a in self.resources.table.path(code)}:
            self._trade[key] = (code, 100.0)  # the product's own trade ("集中供热…运行维护")
        if key not in self._trade:
            table = self.resources.table
            names = {a.code: _core(a.name) for a in table.descendants(area, "class")}
            best: tuple[float, str] | None = None
            for rank, node in enumerate(reversed(table.path(code)[1:])):  # 小类, 中类, 大类
                own = _core(node.name)
                for cls, name in names.items():
                    score = fuzz.partial_ratio(own, name) * (1.0 - 0.05 * rank)
                    if best is None or score > best[0]:
                        best = (score, cls)
            self._trade[key] = (best[1], best[0]) if best and best[0] >= self.mapped_cutoff else None
        return self._trade[key]

    def _votes(self, phrase: str, word: str, item: SignalDoc) -> list[Vote]:
        signal = item.signal
        base = self.resources.source_weights.get(signal.source, 0.0)
        # The activity rule (activities.toml) says so, not a term of the lexicon.
        evidence = Evidence(
            term=word, source=signal.source, clause=signal.clause, text=f"活动词 {word} ({signal.text[:60]})"
        )
        votes = [
            Vote(code=a, weight=base * self.prior, component=self.name, evidence=evidence)
            for a in self.words[word]
        ]
        rest = phrase.replace(word, "").replace("服务", "")
        if len(rest) < 2:
            return votes
        by_name = {a.name: a.code for a in self.resources.table.at_level("class")}
        for area in self.words[word]:
            names = self.classes_under(area)
            for name, score, _ in process.extract(
                rest, names, scorer=fuzz.partial_ratio, limit=2, score_cutoff=self.cutoff
            ):
                weight = base * self.candidate * (score - self.cutoff) / (100.0 - self.cutoff)
                votes.append(Vote(code=by_name[name], weight=weight, component=self.name, evidence=evidence))
        product = self.product_code(phrase[: phrase.rfind(word)]) if self.mapped else None
        for area in self.words[word] if product else ():
            found = self.trade_class(product, area)  # type: ignore[arg-type]
            if found:
                cls, score = found
                weight = base * self.mapped * (score - self.mapped_cutoff) / (100.0 - self.mapped_cutoff)
                votes.append(Vote(code=cls, weight=weight, component=self.name, evidence=evidence))
        return votes


# Activity words that end a class name, taken off before names are compared across trades.
_CORE_SUFFIX = re.compile(
    r"(?:制造业?|加工|生产和供应|生产|种植|饲养|养殖|开采洗选|开采|采选|修理与维护|修理|维护|批发|零售|出租|"
    r"租赁|工程建筑|建筑|施工|业)$"
)


def _core(name: str) -> str:
    """ "汽柴油车整车制造" -> "汽柴油车整车", "铁路运输设备修理" -> "铁路运输设备"."""
    previous = None
    while previous != name:
        previous, name = name, _CORE_SUFFIX.sub("", name)
    return name


class Compounds:
    """Material + form: "聚乙烯…管材" is a plastic pipe, "铝合金…型材" rolled aluminium.

    See models/classify/compounds.toml.  When the product phrase's last token is a head word of a
    group (a trailing 系统 aside) and a modifier of that group is a token before it (modifiers of
    two or more characters may also sit inside a token), the head's class gets one vote.
    """

    name = "compounds"

    def __init__(self, resources: Resources, weight: float = 1.0):
        self.resources, self.weight = resources, weight
        path = models_dir() / "classify" / "compounds.toml"
        self.groups: list[dict] = tomllib.loads(path.read_text(encoding="utf-8"))["groups"]

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        votes: list[Vote] = []
        for item in docs:
            if item.product_doc is None:
                continue
            tokens = [t.text for t in item.product_doc if not t.is_space]
            found = self.match(tokens)
            if found:
                code, term = found
                signal = item.signal
                weight = self.resources.source_weights.get(signal.source, 0.0) * self.weight
                evidence = Evidence(
                    term=term, source=signal.source, clause=signal.clause, text=signal.text[:120]
                )
                votes.append(Vote(code=code, weight=weight, component=self.name, evidence=evidence))
        return votes

    def match(self, tokens: list[str]) -> tuple[str, str] | None:
        """(小类, "modifier…head") for the longest head with the modifier nearest to it."""
        while tokens and tokens[-1] in ("系统", "(", ")", "（", "）"):
            tokens = tokens[:-1]
        if len(tokens) < 2:
            return None
        last = tokens[-1]
        best: tuple[int, int, str, str] | None = None
        for group in self.groups:
            for head, code in group["codes"].items():
                if not (last == head or (len(head) >= 2 and last.endswith(head))):
                    continue
                before = tokens[:-1] if last == head else [*tokens[:-1], last[: -len(head)]]
                modifier = self._nearest(group["modifiers"], before)
                if modifier is None:
                    continue
                position, mod = modifier
                if code == "@":
                    code = group.get("by_modifier", {}).get(mod)
                    if code is None:
                        continue
                key = (len(head), position)
                if best is None or key > best[:2]:
                    best = (*key, code, f"{mod}…{head}")
        return (best[2], best[3]) if best else None

    @staticmethod
    def _nearest(modifiers: list[str], tokens: list[str]) -> tuple[int, str] | None:
        found: tuple[int, int, str] | None = None
        for index, token in enumerate(tokens):
            for mod in modifiers:
                if token == mod or (len(mod) >= 2 and mod in token):
                    key = (index, len(mod))
                    if found is None or key > found[:2]:
                        found = (*key, mod)
        return (found[0], found[2]) if found else None


@register("compounds.v1")
def make_compounds(resources: Resources, **settings: float) -> Compounds:
    return Compounds(resources, **settings)


@register("activity_words.v1")
def make_activity_words(resources: Resources, **settings: Any) -> ActivityWords:
    return ActivityWords(resources, **settings)


@register("lexicon_matcher.v1")
def make_lexicon_matcher(resources: Resources, **settings: Any) -> LexiconMatcher:
    return LexiconMatcher(resources, **settings)


@register("fuzzy_matcher.v1")
def make_fuzzy_matcher(resources: Resources, **settings: float) -> FuzzyMatcher:
    return FuzzyMatcher(resources, **settings)  # type: ignore[arg-type]


@register("cover_codes.v1")
def make_cover_codes(resources: Resources) -> CoverCodes:
    return CoverCodes(resources)
