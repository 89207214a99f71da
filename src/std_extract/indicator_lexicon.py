"""The canonical indicator lexicon (extractors/indicators.toml): printed names to stable ids.

``default_lexicon().match("垩白度/% ≤")`` -> LexiconMatch("chalkiness", "垩白度", 100.0).

A printed name is first stripped of what is not part of a name (the unit "/%" or "/(mg/kg)",
comparators "≤", footnote markers "a", list markers "1)", "其中："), then looked up exactly among
the names and synonyms (also without qualifiers such as "(以Pb计)", then without printed forms
that do not change the name: "电源线的长度", "硝酸盐的质量分数", "效率 η"), and only then fuzzily
(rapidfuzz ratio) with two guards that keep unknown names unmatched rather than wrongly matched:
short keys (铅, 汞) match only exactly, and the digits, Latin letters and Chinese numerals of
the two names must agree (黄曲霉毒素G1 is not B1; 三氯甲烷 is not 四氯化碳).  When one name
has several meanings (铅 in food, mg/kg, and in leachate, mg/L), the caller's categories and the
printed unit decide (a unit that is the indicator's own beats one that merely converts to it);
otherwise the indicator listed first.  Indicators of a context category ([matching]
context_categories, e.g. "leachate") are never chosen for a printed unit they cannot take unless
the caller asks for that context: 总铅 in mg/kg is the lead of a paint, not of a leachate.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from rapidfuzz import fuzz, process

from std_extract.errors import RuleFileError
from std_extract.rulefile import RuleSource, default_source, read_toml, validate
from std_extract.textnorm import clean_text, compact
from std_extract.values.comparators import comparator_table
from std_extract.values.units import convert, parse_unit, rewrite_unit, same_unit, unit_table

INDICATORS_FILE = "indicators.toml"
Direction = Literal["lower", "higher", "target", "none"]


class IndicatorSpec(BaseModel):
    """One canonical indicator."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    synonyms: list[str] = Field(default_factory=list)
    dimension: str
    unit: str  # "" for qualitative indicators
    direction: Direction
    category: list[str] = Field(min_length=1)
    equivalent_units: list[str] = Field(default_factory=list)
    # [low, high] in the canonical unit: a limit outside it was misread (a percentage above 100, a
    # pH above 14); the confidence stage lowers its confidence.  Only where the bounds are knowable.
    plausible: tuple[float, float] | None = None
    # A generic name one family uses (清洁度, 耐久性能, 定量): chosen only when the printed unit can
    # be its own or none is printed, so another product's 清洁度 in mg stays unmatched.
    strict_unit: bool = False
    # A heading that names a group of requirements (污染物限量, 致病菌, 电气安全), each with its own
    # limit: a number read on it belongs to one of its members (a table's rows read under the heading),
    # so normalisation flags it (group_value).
    group: bool = False

    @field_validator("plausible")
    @classmethod
    def _plausible_ordered(cls, value: tuple[float, float] | None) -> tuple[float, float] | None:
        if value is not None and value[0] > value[1]:
            raise ValueError(f"plausible range {list(value)} has its low bound above its high bound")
        return value

    def is_plausible(self, value: float) -> bool:
        """Whether a value in the canonical unit lies in the plausible range (True without one)."""
        return self.plausible is None or self.plausible[0] <= value <= self.plausible[1]


class MatchingSpec(BaseModel):
    """[matching] in indicators.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float = Field(default=85, ge=0, le=100)
    short_key: int = Field(default=2, ge=0)
    # Indicators in these categories match only in their context (the caller's categories) or
    # when the printed unit fits them (or no unit is printed).
    context_categories: list[str] = Field(default_factory=list)
    # Words that put a document's values in a context category when printed in its title or in a
    # table's caption or introduction ("浸出": a leachate's limits; "环境空气": an outdoor air's).
    context_words: dict[str, list[str]] = Field(default_factory=dict)


class LexiconSpec(BaseModel):
    """indicators.toml, validated."""

    model_config = ConfigDict(extra="forbid")

    matching: MatchingSpec = Field(default_factory=MatchingSpec)
    indicator: list[IndicatorSpec] = Field(min_length=1)


class LexiconMatch(BaseModel):
    """A printed name matched to a canonical indicator."""

    model_config = ConfigDict(frozen=True)

    canonical_id: str
    canonical_name: str
    score: float  # 0-100; 100 for an exact name or synonym
    matched: str  # the lexicon name or synonym that matched


@dataclass(frozen=True)
class NormalizedValue:
    """A limit in its indicator's canonical unit (a nutrient given per energy: per 100 kJ, see
    :func:`energy_basis`)."""

    value_normalized: float | None
    value_max_normalized: float | None
    unit_normalized: str | None
    flags: tuple[str, ...] = ()  # "unit_unknown", "unit_mismatch", "unit_missing", "group_value"


# --- name keys ---------------------------------------------------------------------------------

# Footnote markers and list markers around a printed name.  Not a small letter after 维生素 or 叶绿素, a
# vitamin's or a pigment's own (维生素c, 叶绿素a); after another 素 it is a footnote (硫胺素a, 生物素c).
_TRAILING_MARKS = re.compile(
    r"(?:(?<=[\u4e00-\u9fff)])(?<!维生素)(?<!叶绿素)[a-e]|[ᵃᵇᶜᵈᵉ*※△▲#]|(?<=[\u4e00-\u9fff)])\d\))$"
)
_LEADING_MARKS = re.compile(r"^(?:其中[:：]?|\(?\d{1,2}[.、)）]|\(?[a-z][)）]|[—\-·•△▲※*]+)\s*")
# A footnote letter between a name and its bracketed qualifier ("酸价a（以脂肪计）", "过氧化值b（以脂肪计）"):
# small a-e after a hanzi; a name's own letter is a capital (维生素A（以视黄醇计）) or bracketed (苯并(a)芘).
# Not after 素: enterprise standards print a vitamin's or a pigment's own letter small
# (维生素c（以抗坏血酸计）, 叶绿素a（…）).
_INNER_MARK = re.compile(r"(?<=[\u4e00-\u9fff])(?<!素)[a-e](?=\()")
# A footnote letter after a vitamin's own capital letter and digits ("维生素Dc", "维生素B12a（…）"): no
# vitamin's name ends in a small letter after a capital one (a small letter alone, 维生素c, is the name's).
_VITAMIN_MARK = re.compile(r"(维生素[A-Z][0-9₀-₉]{0,2})[a-e](?=\(|$)")
_QUALIFIER = re.compile(r"\(以[^()]*计\)")
# A bracket with more of the name after it (a substituent or a locant: 二(2-乙基己基)酯, 苯并(a)芘).
_INNER_BRACKET = re.compile(r"\([^()]*\)(?=[^()\s])")
_PARENTHETICAL = re.compile(r"\([^()]*\)")
# A locant or a substituent in a bracket inside a chemical name, part of what it names: the ring
# fusion letters of a polycyclic aromatic (苯并(a)芘, 苯并(e)芘, 二苯并(a,h)蒽, 茚并(1,2,3-cd)芘) and a
# numbered substituent (二(2-乙基己基)酯).  Dropped, one compound becomes another (苯并芘 is read as
# 苯并(a)芘): a bare key keeps them, unlike a gloss (甲醛(hcho)释放量) or a qualifier (总铅(以pb计)).
_LOCANT = re.compile(r"\((?:[a-zα-ω](?:,[a-zα-ω])*|\d+(?:,\d+)*-[^()]+)\)")
# Digits, Latin letters and Chinese numerals: two names that differ in these are different things.
# So are two names that differ in a character naming a class of compound or its oxidation state
# (乙二醇 is no 乙二醇醚, an ether; 总酸 no 总酯; 挥发酸 no 挥发酚; 亚硝酸钠 no 硝酸钠): one character
# apart, they are within the fuzzy threshold of each other, yet name another substance.
_SIGNATURE = re.compile(r"[0-9a-z零〇一二两三四五六七八九十酸酯醚醇醛酮酚胺酰烷烯炔腈亚]")


def name_key(text: str) -> str:
    """The comparable form of a name: textnorm.compact, then NFKC (B₁ -> b1; safe here because a
    name key is never shown), case-folded, [ ] as ( )."""
    key = unicodedata.normalize("NFKC", compact(text)).casefold()
    key = key.replace("[", "(").replace("]", ")").replace("【", "(").replace("】", ")")
    return re.sub(r"\s+", "", key)  # NFKC can produce spaces (U+00A0 and kin)


@cache
def _trailing_words() -> re.Pattern[str]:
    """Comparator symbols and words that end a row label ("垩白度/% ≤", "蛋白质 不低于")."""
    table = comparator_table()
    words = sorted({clean_text(w) for w in [*table.prefix, *table.header]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.IGNORECASE)


def _strip_unit_suffix(text: str) -> str:
    """ "垩白度/%" -> "垩白度", "耗电量/(kWh/24h)" -> "耗电量": cut at the first "/" before a unit."""
    for match in re.finditer("/", text):
        rest = text[match.end() :].strip()
        if rest and parse_unit(rest) is not None:
            return text[: match.start()]
    return text


def strip_name(printed: str) -> str:
    """A printed row label or subject without unit, comparator, footnote or list markers."""
    text = clean_text(printed).strip()
    previous = None
    while text != previous:
        previous = text
        text = _LEADING_MARKS.sub("", text).strip()
        text = _trailing_words().sub("", text).strip()
        text = _TRAILING_MARKS.sub("", text).strip()
        text = _INNER_MARK.sub("", text)
        text = _VITAMIN_MARK.sub(r"\1", text)
        text = _strip_unit_suffix(text).strip()
        text = text.rstrip("/:：,，").strip()
    return text


def _bare(key: str) -> str:
    """A key without its parentheticals, but for a locant or a substituent inside the name (_LOCANT)."""

    def drop(match: re.Match[str]) -> str:
        inside = match.end() < len(key) and key[match.end()] not in "( "
        return match.group() if inside and _LOCANT.fullmatch(match.group()) else ""

    return _PARENTHETICAL.sub(drop, key)


def name_variants(printed: str) -> list[str]:
    """Keys to look a name up by, most specific first: as stripped, without "(以Pb计)",
    without any parenthetical, then a sum of elements in one order (:func:`element_sum_key`)."""
    key = name_key(strip_name(printed))
    variants = [key, _QUALIFIER.sub("", key)]
    bare = _bare(key)
    if bare:
        variants.append(bare)
        variants.append(element_sum_key(bare) or "")
    return list(dict.fromkeys(v for v in variants if v))


# A sum of elements named as one indicator: emission standards list the elements with 、 and "及其化合物"
# (铊、镉、铅、砷及其化合物, basis 以Tl+Cd+Pb+As计), co-processing standards join them with ＋ and
# weights (铊＋镉＋铅＋15×砷), effluent standards total two (钍、铀总量).  The same elements in another
# order or with another joiner are the same sum; a weight is part of it (15×砷 is not 砷).
_SUM_ELEMENTS = "汞镉铅砷铬铜锌镍锡锑钡铍铊钴钼钒锰铁铝硒银钍铀钚镭"
_SUM_ITEM = rf"(?:\d+(?:\.\d+)?[×x*]?)?[{_SUM_ELEMENTS}]"
_ELEMENT_SUM = re.compile(
    rf"^(?P<items>{_SUM_ITEM}(?:[+、,和与及]{_SUM_ITEM})+)(?P<tail>及其化合物|化合物|总量|总和|之和|的总量|的总和)?$"
)


def element_sum_key(key: str) -> str | None:
    """ "铊、镉、铅、砷及其化合物" and "镉+铊+砷+铅" -> "Σ砷+镉+铅+铊" (its elements sorted, weights kept,
    "及其化合物" kept apart from a plain total); None for a key that is no sum of two elements or more."""
    match = _ELEMENT_SUM.match(key)
    if match is None:
        return None
    items = [re.sub(r"[×x*]", "", item) for item in re.split(r"[+、,和与及]", match.group("items"))]
    if len(set(items)) < 2:
        return None
    compounds = "化合物" if "化合物" in (match.group("tail") or "") else ""
    return "Σ" + "+".join(sorted(items)) + compounds


# Printed forms of a name that do not change what it names, tried only when the name as printed
# (and without its qualifiers) is not in the lexicon, and never by exact(), so a clause's reading of
# which words are a name stays as the lexicon spells them:
# - 的 between two characters of a name ("电源线的长度" is 电源线长度, "插棒的拔出力");
# - a content suffix after a substance (GB/T 1.1 prints "X的质量分数", product standards "X含量",
#   residue limits "X残留量", emission limits "X排放浓度", grain and nut standards "X的比例" for a
#   share of kernels): "硝酸盐的质量分数" is 硝酸盐, "霉变粒的比例" is 霉变粒;
# - a quantity symbol in Greek letters after the name ("效率 η", "能效指数η"), as GB/T 1.1 tables
#   print them.  Latin symbols are not cut: "维生素B1" is not 维生素;
# - a staff role opening a staff indicator's name ("母婴护理员持证上岗率" is 持证上岗率);
# - 元素 between an element and its content ("氟元素含量" is 氟含量: raw materials and fuels).
_ELEMENT_WORD = re.compile(r"(?<=[\u4e00-\u9fff])元素(?=(?:的?质量分数|的?含量)$)")
_INNER_DE = re.compile(r"(?<=[\u4e00-\u9fff)])的(?=[\u4e00-\u9fff(])")
_CONTENT_SUFFIX = re.compile(r"(?:的?质量分数|的?含量|的?残留量|的?质量浓度|的?排放浓度|的?浓度)$")
_SHARE_SUFFIX = re.compile(r"的比例$")
# An oxide basis in a bracket (钾（K2O）, 磷（以P2O5计）) names another quantity than the element:
# such a name is looked up with its bracket only.
_OXIDE_BASIS = re.compile(
    r"\((?:以)?(?:k2o|p2o5|mgo|cao|sio2|na2o|fe2o3|al2o3|b2o3|zno|mno|tio2|cuo)(?:计)?\)"
)


def _element_on_oxide_basis(key: str) -> bool:
    """Whether a key names an element on an oxide basis (钾(k2o), 磷(以p2o5计)), not the oxide itself
    restating its formula (氧化钙(cao), 二氧化硅(sio2): a chemical product's composition by oxides)."""
    return bool(_OXIDE_BASIS.search(key)) and "氧化" not in _PARENTHETICAL.sub("", key)


_GREEK_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff)])[α-ωΑ-Ω][a-z0-9]{0,2}$")
# A staff role opening the name of a staff indicator (母婴护理员持证上岗率, 服务人员持证上岗率): whose
# rate it is, as 人员持证上岗率 is.  The shortest opening ending in 员, 人员 or 师, before at least three
# characters; what follows must itself be a listed name (员工满意度, 教师资格 keep theirs).
_ROLE_OPENING = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:人员|员|师)(?=[\u4e00-\u9fff]{3})")


def loose_variants(key: str) -> list[str]:
    """Keys of :func:`name_variants` with the printed forms above undone: "的" dropped, then a
    content suffix read as 含量 before it is cut ("铁(Fe)的质量分数" is first 铁(Fe)含量, the
    id a product standard's X含量 names, and only then 铁), or a Greek quantity symbol cut
    ("铝的残留量" -> 铝: a one-character key matches only exactly, as every short key does), or a
    staff role opening it cut ("母婴护理员持证上岗率" -> 持证上岗率), or 元素 before a content dropped
    ("氟元素含量" -> 氟含量)."""
    out: list[str] = []
    for form in dict.fromkeys([key, _INNER_DE.sub("", key), _ELEMENT_WORD.sub("", key)]):
        out.append(form)
        stem = _CONTENT_SUFFIX.sub("", form)
        if stem != form and stem:
            out.extend([stem + "含量", stem])
        out.append(_GREEK_SYMBOL.sub("", form))
        out.append(_ROLE_OPENING.sub("", form))
    return [v for v in dict.fromkeys(out) if v and v != key]


def share_variants(key: str) -> list[str]:
    """ "霉变粒的比例" -> 霉变粒: grain and nut standards' share of kernels; read so only for an
    indicator that is itself a share of the sample (see :meth:`IndicatorLexicon.match`)."""
    stem = _SHARE_SUFFIX.sub("", key)
    if stem == key or not stem:
        return []
    return list(dict.fromkeys([stem, _INNER_DE.sub("", stem)]))


def _signature(key: str) -> str:
    return "".join(_SIGNATURE.findall(key))


# Characters that name a substituent, a position, an isomer or an element in a chemical name: one put
# for another makes another substance (邻苯二甲酸二丁酯 is no 二辛酯, 对硝基氯苯 no 间硝基氯苯, 2,4-二氯苯酚
# no 二溴苯酚, α-六六六 no β-六六六), within the fuzzy threshold of each other in a long name.  Added
# or dropped they may only restate the class (乙二醇甲醚 is a glycol ether, 乙二醇醚): only a replacement
# counts.
_SUBSTITUENTS = frozenset(
    "甲乙丙丁戊己庚辛壬癸"  # alkyl chains
    "邻间对顺反正异仲叔αβγδε"  # positions and isomers
    "氟氯溴碘"  # halogens
    "铅镉汞砷铬铜锌镍锡锑钡铍铊钴钼钒锰铁铝钙镁钠钾硒银"  # elements
)


# Elements and halogens: added or dropped, unlike an alkyl chain restating a class, one names another
# substance ("元素含量" is no 氯元素含量, 乙烯 no 氯乙烯).
_ELEMENT_CHARACTERS = frozenset("氟氯溴碘铅镉汞砷铬铜锌镍锡锑钡铍铊钴钼钒锰铁铝钙镁钠钾硒银")


def _replaces_a_substituent(key: str, choice: str) -> bool:
    """Whether turning ``key`` into ``choice`` replaces a character of :data:`_SUBSTITUENTS`, or adds or
    drops one of :data:`_ELEMENT_CHARACTERS`."""
    opcodes = SequenceMatcher(None, key, choice, autojunk=False).get_opcodes()
    replaced = [key[i1:i2] + choice[j1:j2] for tag, i1, i2, j1, j2 in opcodes if tag == "replace"]
    changed = [key[i1:i2] + choice[j1:j2] for tag, i1, i2, j1, j2 in opcodes if tag in ("insert", "delete")]
    return any(_SUBSTITUENTS & set(text) for text in replaced) or any(
        _ELEMENT_CHARACTERS & set(text) for text in changed
    )


# --- the lexicon -------------------------------------------------------------------------------


class IndicatorLexicon:
    """Canonical indicators, indexed by the keys of their names and synonyms."""

    def __init__(self, spec: LexiconSpec):
        self.matching = spec.matching
        self._specs = {s.id: s for s in spec.indicator}
        self._order = {s.id: k for k, s in enumerate(spec.indicator)}
        self._keys: dict[str, list[tuple[str, str]]] = {}  # key -> [(id, matched text)]
        for indicator in spec.indicator:
            for printed in [indicator.name, *indicator.synonyms]:
                keys = name_variants(printed)
                for key in keys[:1] if keys and _element_on_oxide_basis(keys[0]) else keys:
                    entries = self._keys.setdefault(key, [])
                    if all(entry_id != indicator.id for entry_id, _ in entries):
                        entries.append((indicator.id, printed))
        self._choices = list(self._keys)

    def __len__(self) -> int:
        return len(self._specs)

    def __iter__(self) -> Iterator[IndicatorSpec]:
        return iter(self._specs.values())

    def get(self, canonical_id: str) -> IndicatorSpec | None:
        """The indicator with this id, or None."""
        return self._specs.get(canonical_id)

    def contexts(self, texts: Iterable[str | None]) -> set[str]:
        """The context categories ([matching] context_words) that words of ``texts`` (a document's
        title, a table's caption and introduction) put values in: "浸出" -> {"leachate"}."""
        joined = compact(" ".join(t for t in texts if t))
        return {
            category
            for category, words in self.matching.context_words.items()
            if any(compact(word) in joined for word in words)
        }

    def exact(self, printed_name: str) -> list[IndicatorSpec]:
        """The indicators a name or synonym spells exactly (after :func:`name_key`), no fuzzy
        matching: cheap enough to try on every prefix of a sentence."""
        return [self._specs[canonical_id] for canonical_id, _ in self._keys.get(name_key(printed_name), ())]

    def match(
        self, printed_name: str, *, categories: Iterable[str] | None = None, unit: str | None = None
    ) -> LexiconMatch | None:
        """The canonical indicator a printed name means, or None when nothing is close enough.

        ``categories`` (e.g. {"hazardous_waste"}) and ``unit`` (as printed, e.g. "mg/L") decide
        between indicators that share a name.
        """
        wanted = set(categories or ())
        strict = name_variants(printed_name)
        if strict and _element_on_oxide_basis(strict[0]):
            strict = strict[:1]
        loose = [v for key in strict for v in dict.fromkeys(loose_variants(key)) if v not in strict]
        shares = [v for key in strict for v in share_variants(key) if v not in strict and v not in loose]
        overruled: list[tuple[float, tuple[str, str]]] = []
        # a hit outside the caller's categories waits for a later key that reaches one inside them:
        # "铅(Pb)" spells a water's 铅 exactly, yet in a leaching context its bare 铅 is the leachate's
        outside: LexiconMatch | None = None
        for key in [*strict, *loose, *shares]:
            exact = [(100.0, entry) for entry in self._keys.get(key, ())]
            exact = [c for c in exact if self._eligible(c[1][0], wanted, unit)]
            if key in loose or key in shares:
                exact = [c for c in exact if self._loose_fit(c[1][0], wanted, unit)]
            if key in shares:
                exact = [c for c in exact if self._is_share(c[1][0])]
            if exact and self._ambiguous(key):
                allowed = [c for c in exact if not self._unit_overrules(c[1][0], wanted, unit)]
                overruled = overruled or ([] if allowed else exact)
                if not allowed and _names_the_quantity(key):
                    # the bracket names the quantity (铬（Ⅵ）, 硬度（HV）): not its bare key's ids
                    return self._kept(overruled, wanted, unit)
                exact = allowed
            if exact and (not wanted or any(self._in_context(c[1][0], wanted, unit) for c in exact)):
                return self._best(exact, wanted, unit)
            if exact and outside is None:
                outside = self._best(exact, wanted, unit)
        if outside is not None:
            return outside
        # fuzzily only as printed: a loose key is shorter ("糖的含量" -> 糖含量) and would come
        # within the threshold of another name (乳糖含量) that the printed one is not; nor to a
        # loose form itself, which the unit check above has refused ("铜的含量" in mg/L is no 铜含量)
        refused = set(loose) | set(shares)
        # nor from a key that lost a bracket inside the name: 邻苯二甲酸二(2-乙基己基)酯 without its
        # substituent is 邻苯二甲酸二酯, an insertion short of any other ester (二丁酯)
        lost = _PARENTHETICAL.sub("", strict[0]) if strict and _INNER_BRACKET.search(strict[0]) else None
        candidates = [c for key in strict if key != lost for c in self._fuzzy(key, refused)]
        candidates = [c for c in candidates if self._eligible(c[1][0], wanted, unit)]
        # a name only near another is no evidence against a printed unit: 尺寸偏差率 in % is not
        # 尺寸偏差 in mm
        candidates = [c for c in candidates if not self._unit_overrules(c[1][0], wanted, unit)]
        if not candidates:
            # no id the printed unit allows, exactly or by nearness (氨（以N计） in mg/L is 氨氮's): the
            # name keeps the one it spells, and normalisation flags the unit that does not convert (水分
            # ≤ 12 min is a test condition's minutes read as the limit: evidence the confidence stage reads)
            return self._kept(overruled, wanted, unit)
        top = max(score for score, _ in candidates)
        return self._best([c for c in candidates if c[0] >= top - 0.5], wanted, unit)

    def _in_context(self, canonical_id: str, wanted: set[str], unit: str | None) -> bool:
        """Whether an indicator is of the caller's categories.  A context category the document's words
        gave (leachate, ambient_air) holds only where the printed unit does not refuse the id: a waste
        standard about leaching also limits a waste's 铅 by mass (mg/kg), no leachate's mg/L."""
        spec = self._specs[canonical_id]
        shared = wanted & set(spec.category)
        if not shared:
            return False
        return bool(shared - set(self.matching.context_categories)) or not _unit_refuses(spec, unit)

    def _eligible(self, canonical_id: str, wanted: set[str], unit: str | None) -> bool:
        """Whether an indicator may be chosen at all: one of a context category (leachate) only
        when the caller asks for its context, or when the printed unit fits it (converts, in the same
        medium and kind of fraction) or is absent or unreadable."""
        spec = self._specs[canonical_id]
        if spec.strict_unit and spec.unit and _strict_refuses(spec, unit):
            return False
        context = set(self.matching.context_categories) & set(spec.category)
        if not context or wanted & set(spec.category):
            return True
        if not unit or not unit.strip() or parse_unit(unit) is None:
            return True
        # converting is not enough across media: 氟化物 in μg/m³ is an air's, never a leachate's mg/L
        return not _unit_refuses(spec, unit)

    def _ambiguous(self, key: str) -> bool:
        """Whether a key names too little to overrule a printed unit: a short one (硬度, 密度, Ra, 铅:
        every family has a hardness, a density, a lead content), also once its brackets are dropped
        (铅(Pb)), or one the lexicon lists under several ids.  Among the ids such a key reaches, those
        the printed unit refuses (:func:`_dimension_refuses`) give way to those it allows: 硬度 in mg/L
        is a water's hardness, never a paint film's pencil hardness, Ra in μm a surface's roughness,
        never a lamp's colour rendering index, and 臭氧 in mg/L a water's, not an air's, though mg/L
        converts to mg/m³."""
        bare = _PARENTHETICAL.sub("", key) or key
        return len(bare) <= self.matching.short_key or len(self._keys.get(key, ())) > 1

    def _kept(
        self, overruled: list[tuple[float, tuple[str, str]]], wanted: set[str], unit: str | None
    ) -> LexiconMatch | None:
        """The id a name keeps when the printed unit allows none of its ids: one the unit does not
        convert to at all where there is one, so normalisation flags it (unit_mismatch), rather than
        one it would convert to across a medium or a kind of fraction (总汞 in mg/m³ is no water's
        mg/L); where every id converts, the best of them (纯度 in %(体积分数) is still a purity, 密度 in
        g/mL a density: a density is per volume of the material, neither an air's nor a water's)."""
        kept = [c for c in overruled if _unit_fit(self._specs[c[1][0]], unit) == 0]
        return self._best(kept or overruled, wanted, unit) if overruled else None

    def _unit_overrules(self, canonical_id: str, wanted: set[str], unit: str | None) -> bool:
        """Whether the printed unit refuses an indicator a weak key reached (:func:`_dimension_refuses`),
        unless the caller asks for the indicator's own category, which decides."""
        spec = self._specs[canonical_id]
        return not (wanted & set(spec.category)) and _dimension_refuses(spec, unit)

    def _loose_fit(self, canonical_id: str, wanted: set[str], unit: str | None) -> bool:
        """Whether a name reached only through :func:`loose_variants` may be this indicator: a
        printed unit must convert to its unit ("汞的排放浓度" in mg/m³ is a stack's mercury, no
        food's, and "总磷的质量分数" in % no water's mg/L), and an indicator of a context category
        (leachate) is reached this way only in the caller's context: "铬的浓度" in mg/L is a
        wastewater's, and GB 5085.3 prints its leachate names whole."""
        spec = self._specs[canonical_id]
        if set(self.matching.context_categories) & set(spec.category):
            return bool(wanted & set(spec.category))
        return not _unit_refuses(spec, unit)

    def _is_share(self, canonical_id: str) -> bool:
        """An indicator that is a share of the sample in %: 霉变粒, 碎米 (not 蛋白质 in g/100 g, not
        酒精度, a volume fraction)."""
        spec = self._specs[canonical_id]
        return spec.unit == "%" and spec.dimension in ("mass_fraction", "percent")

    def _fuzzy(
        self, key: str, refused: frozenset[str] | set[str] = frozenset()
    ) -> list[tuple[float, tuple[str, str]]]:
        if len(key) <= self.matching.short_key or element_sum_key(_PARENTHETICAL.sub("", key) or key):
            return []  # a sum of elements is that sum only: one element more or less is another
        found = process.extract(
            key, self._choices, scorer=fuzz.ratio, score_cutoff=self.matching.threshold, limit=10
        )
        signature = _signature(key)
        out: list[tuple[float, tuple[str, str]]] = []
        for choice, score, _ in found:
            if len(choice) <= self.matching.short_key or _signature(choice) != signature or choice in refused:
                continue
            if choice.startswith("Σ") or element_sum_key(_PARENTHETICAL.sub("", choice) or choice):
                continue
            if _replaces_a_substituent(key, choice):
                continue
            # X数 counts X: no share of X by nearness (虫蛀粒数 in 粒 is no 虫蛀粒 in %)
            if choice != key and (key == choice + "数" or choice == key + "数"):
                continue
            # 总X is not X by nearness (总磷 of a water, 磷 of a food): where it is, it is listed (总汞)
            if choice != key and choice.removeprefix("总") == key.removeprefix("总"):
                continue
            out.extend((float(score), entry) for entry in self._keys[choice])
        return out

    def _best(
        self, candidates: list[tuple[float, tuple[str, str]]], wanted: set[str], unit: str | None
    ) -> LexiconMatch:
        context = set(self.matching.context_categories)

        def rank(candidate: tuple[float, tuple[str, str]]) -> tuple[bool, int, bool, float, int]:
            score, (canonical_id, _) = candidate
            spec = self._specs[canonical_id]
            in_category = self._in_context(canonical_id, wanted, unit)
            # an id of a context category (a leachate's) out of its context only where no other fits
            # as well: 氟化物 in mg/L of an effluent table is a water's, though a leachate's is mg/L too
            general = in_category or not (context & set(spec.category))
            return (in_category, _unit_fit(spec, unit), general, score, -self._order[canonical_id])

        score, (canonical_id, matched) = max(candidates, key=rank)
        spec = self._specs[canonical_id]
        return LexiconMatch(
            canonical_id=spec.id, canonical_name=spec.name, score=round(score, 1), matched=matched
        )


def _unit_refuses(spec: IndicatorSpec, unit: str | None) -> bool:
    """Whether a readable printed unit cannot be the indicator's: it does not convert to it, or one
    is per litre of a liquid and the other per m³ of air (mg/L converts to mg/m³, yet a water's 苯浓度
    is no indoor air's 苯释放量).  An absent or unreadable unit refuses nothing."""
    if not unit or not unit.strip() or parse_unit(unit) is None:
        return False
    if _unit_fit(spec, unit) == 0 or {"air", "liquid"} <= {_medium(unit), _medium(spec.unit)}:
        return True
    kind = _fraction_kind(unit)
    return kind is not None and _FRACTION_REFUSED[kind] == spec.dimension


# A share printed as a volume fraction is no mass fraction, nor the reverse, though % converts to
# either: 甲醇 in %(V/V) is a fuel ethanol's, not a disinfectant's mg/g.
_VOLUME_MARK = re.compile(r"v/v|vol|体积分数|体积比", re.IGNORECASE)
_MASS_MARK = re.compile(r"m/m|w/w|质量分数|质量比", re.IGNORECASE)
_FRACTION_REFUSED = {"volume": "mass_fraction", "mass": "volume_fraction"}


def _fraction_kind(unit: str) -> str | None:
    """ "volume" for a unit marked as a volume fraction (%(V/V), %vol, %(体积分数)), "mass" for one
    marked as a mass fraction (%(m/m), %(质量分数)), else None."""
    if _VOLUME_MARK.search(unit):
        return "volume"
    return "mass" if _MASS_MARK.search(unit) else None


def _dimension_refuses(spec: IndicatorSpec, unit: str | None) -> bool:
    """:func:`_unit_refuses`, save for a unit that is the canonical unit's numerator, alone or per an
    amount of energy: a nutrient table prints 钙 in mg with the basis (每100 kJ) in its column header,
    which the reader keeps as a condition, or in the unit itself (mg/100 kJ, μg/100 kcal: infant formula
    standards give nutrients per energy, not per mass; the value stays unconverted).
    A qualitative indicator refuses nothing (a pencil scale's H reads as henry)."""
    if not spec.unit or not _unit_refuses(spec, unit):
        return False
    return not (_numerator_alone(spec, unit) or _per_energy(spec, unit))


def _numerator_alone(spec: IndicatorSpec, unit: str | None) -> bool:
    """Whether a printed unit is the canonical unit's numerator (mg of mg/(100*g))."""
    numerator = _NUMERATOR.match(spec.unit)
    return numerator is not None and bool(unit) and convert(1.0, unit or "", numerator.group(1)) is not None


def _per_energy(spec: IndicatorSpec, unit: str | None) -> bool:
    """Whether a printed unit is the canonical unit's numerator per an amount of energy (mg/100 kJ,
    μg/100 kcal) for a content by mass (a nutrient's)."""
    numerator = _NUMERATOR.match(spec.unit)
    if numerator is None or not unit or spec.dimension != "mass_fraction":
        return False  # a concentration per litre is never given per energy: 氟 in μg/100 kJ is no water's
    return convert(1.0, unit, numerator.group(1) + "/kJ") is not None


def _strict_refuses(spec: IndicatorSpec, unit: str | None) -> bool:
    """:func:`_unit_refuses` for a strict_unit indicator, save for a nutrient's basis printed apart (per
    energy, or the numerator alone with the basis in a header: 氯 in mg/100 kJ or in mg): a mass per
    area's numerator alone (定量 in g, a package's amount) still refuses."""
    if not _unit_refuses(spec, unit) or _per_energy(spec, unit):
        return False
    return not (_PER_100_G.search(spec.unit) and _numerator_alone(spec, unit))


# A canonical unit per 100 g: a nutrient's (mg/(100*g), g/(100*g)).
_PER_100_G = re.compile(r"/\(100\*g\)$")


# A bracket that names the quantity itself, neither a basis (以Pb计) nor what is measured (an element,
# a formula with a digit: Pb, O3, Al2O3): a valence (铬（Ⅵ）), a hardness scale (硬度（HV）).  Keys are
# case-folded (name_key), so the symbols are too.
_BRACKET = re.compile(r"\(([^()]+)\)")
_ELEMENTS = frozenset(
    "h he li be b c n o f ne na mg al si p s cl ar k ca sc ti v cr mn fe co ni cu zn ga ge as se br kr "
    "rb sr y zr nb mo tc ru rh pd ag cd in sn sb te i xe cs ba la ce pr nd pm sm eu gd tb dy ho er tm yb "
    "lu hf ta w re os ir pt au hg tl pb bi po at rn fr ra ac th pa u np pu".split()
)


def _names_the_quantity(key: str) -> bool:
    """Whether a key's bracket names the quantity itself (铬(vi), 硬度(hv): a valence, a hardness scale),
    being neither a basis (以Pb计) nor what is measured (an element symbol, a formula with a digit)."""
    return any(
        not (inner.startswith("以") or inner in _ELEMENTS or re.search(r"\d", inner))
        for inner in _BRACKET.findall(key)
    )


# The numerator of a canonical unit: "mg" of "mg/(100*g)", "CFU" of "CFU/g".
_NUMERATOR = re.compile(r"^([^/()]+)/")


def _unit_fit(spec: IndicatorSpec, unit: str | None) -> int:
    """How well a printed unit fits an indicator: 2 its own unit (or an equivalent_units entry),
    1 a unit that converts to it (mg/L for mg/m³), 0 none or no unit."""
    if not unit or not spec.unit:
        return 0
    if _is_equivalent(spec, unit) or same_unit(unit, spec.unit):
        return 2
    return 1 if convert(1.0, unit, spec.unit) is not None else 0


def _medium(unit: str) -> str | None:
    """What a concentration is per: "air" (per m³), "liquid" (per L or mL), or None."""
    parsed = parse_unit(unit)
    if parsed is None:
        return None
    if re.search(r"m\*\*3", parsed.expression):
        return "air"
    return "liquid" if re.search(r"(?<![A-Za-z])m?L(?![A-Za-z])", parsed.expression) else None


def _is_equivalent(spec: IndicatorSpec, unit: str) -> bool:
    written = rewrite_unit(unit)
    return written is not None and written in {rewrite_unit(u) for u in spec.equivalent_units}


# --- loading -----------------------------------------------------------------------------------


def _field(index: int, spec: IndicatorSpec, name: str) -> str:
    return f"indicator[{index}](id={spec.id}).{name}"


def _check_indicator(index: int, spec: IndicatorSpec, label: str) -> None:
    """The dimension exists in units.toml and the unit is of that dimension."""
    dimensions = unit_table().dimensions
    if spec.dimension not in dimensions:
        raise RuleFileError(label, _field(index, spec, "dimension"), f"unknown dimension {spec.dimension!r}")
    reference = dimensions[spec.dimension]
    if not reference:
        if spec.unit:
            raise RuleFileError(
                label, _field(index, spec, "unit"), f"{spec.dimension} indicators have no unit"
            )
        if spec.plausible is not None:
            problem = f"{spec.dimension} indicators have no number, so no plausible range"
            raise RuleFileError(label, _field(index, spec, "plausible"), problem)
        return
    if parse_unit(spec.unit) is None:
        raise RuleFileError(label, _field(index, spec, "unit"), f"{spec.unit!r} is not a known unit")
    if convert(1.0, spec.unit, reference) is None:
        problem = f"{spec.unit!r} is not of dimension {spec.dimension} ({reference})"
        raise RuleFileError(label, _field(index, spec, "unit"), problem)
    for unit in spec.equivalent_units:
        if parse_unit(unit) is None:
            raise RuleFileError(
                label, _field(index, spec, "equivalent_units"), f"{unit!r} is not a known unit"
            )


def _check_ids(spec: LexiconSpec, label: str) -> None:
    seen: dict[str, int] = {}
    for index, indicator in enumerate(spec.indicator):
        if indicator.id in seen:
            problem = f"duplicate id (first at indicator[{seen[indicator.id]}])"
            raise RuleFileError(label, _field(index, indicator, "id"), problem)
        seen[indicator.id] = index


def load_lexicon(source: RuleSource | None = None) -> IndicatorLexicon:
    """Load and check indicators.toml (the shipped one unless ``source`` is given)."""
    src, label = default_source(INDICATORS_FILE) if source is None else (source, str(source))
    spec = validate(LexiconSpec, read_toml(src, label), label)
    _check_ids(spec, label)
    for index, indicator in enumerate(spec.indicator):
        _check_indicator(index, indicator, label)
    return IndicatorLexicon(spec)


@cache
def default_lexicon() -> IndicatorLexicon:
    """The shipped lexicon, loaded once."""
    return load_lexicon()


# --- values --------------------------------------------------------------------------------------

# Dimensions whose values may be printed without a unit: pH, indices, grades ("3-4" under 色牢度).
UNITLESS_DIMENSIONS = frozenset({"dimensionless", "grade"})


def normalize_value(
    spec: IndicatorSpec, value: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """``value`` (printed in ``unit``) in the indicator's canonical unit: (value_normalized,
    unit_normalized), or (None, None) when it cannot be expressed there."""
    result = normalize_limit(spec, value, None, unit)
    return result.value_normalized, result.unit_normalized


def normalize_limit(
    spec: IndicatorSpec, value: float | None, value_max: float | None, unit: str | None
) -> NormalizedValue:
    """A limit (or a range) in the indicator's canonical unit, with a flag saying why not."""
    if value is None and value_max is None:
        return NormalizedValue(None, None, None)
    if spec.group:
        return NormalizedValue(None, None, None, ("group_value",))
    if spec.dimension == "qualitative":
        return NormalizedValue(None, None, None)
    if not unit or not unit.strip():
        if spec.dimension in UNITLESS_DIMENSIONS:
            return NormalizedValue(value, value_max, spec.unit)
        return NormalizedValue(None, None, None, ("unit_missing",))
    if _is_equivalent(spec, unit):
        return NormalizedValue(value, value_max, spec.unit)
    if parse_unit(unit) is None:
        return NormalizedValue(None, None, None, ("unit_unknown",))
    difference = spec.dimension == "temperature_difference"
    target = spec.unit if convert(1.0, unit, spec.unit) is not None else energy_basis(spec, unit) or spec.unit
    low = None if value is None else convert(value, unit, target, difference=difference)
    high = None if value_max is None else convert(value_max, unit, target, difference=difference)
    if (value is not None and low is None) or (value_max is not None and high is None):
        return NormalizedValue(None, None, None, ("unit_mismatch",))
    return NormalizedValue(low, high, target)


def energy_basis(spec: IndicatorSpec, unit: str | None) -> str | None:
    """The unit a content by mass given per an amount of energy is normalised into: its canonical
    numerator per 100 kJ (mg/100 kcal -> mg/(100*kJ)), never its per-mass unit, which no energy converts
    to; None for a unit that is not per energy (:func:`_per_energy`).  Infant formulae, foods for special
    medical purposes and sports foods give nutrients per 100 kJ and per 100 kcal: both land on one basis,
    which a plan per 100 g does not take (rank.units leaves such a value out, unconvertible)."""
    if not _per_energy(spec, unit):
        return None
    numerator = _NUMERATOR.match(spec.unit)
    return None if numerator is None else numerator.group(1) + "/(100*kJ)"
