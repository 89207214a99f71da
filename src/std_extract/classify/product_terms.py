"""Product terms and the 小类 they belong to.

Two kinds of term:

* the product lexicon, ``models/product_lexicon.csv`` (term,code,note): product and service
  words as standards print them (电冰箱 -> 3851, 大米 -> 1311), written by hand;
* terms derived from the class names of the table: the full name (快递服务 -> 6020) and its stem
  with the activity word removed (白酒制造 -> 白酒, 酱油、食醋及类似制品制造 -> 酱油, 食醋).

A lexicon term outranks a derived term with the same spelling: the lexicon is the deliberate
choice (稻谷 is a product of 0111 稻谷种植 there, while the stem of 1311 稻谷加工 is 稻谷 too).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from std_extract.classify.table import AreaTable, load_table
from std_extract.errors import RuleFileError
from std_extract.resources import models_dir
from std_extract.textnorm import compact

LEXICON_FILE = "product_lexicon.csv"
TermKind = Literal["lexicon", "class_name", "class_stem"]

# Activity words that end a class name; what is left is the product ("白酒制造" -> "白酒").
# Longer forms first.  Services keep their 服务 ("快递服务" stays whole as the class name).
ACTIVITY_SUFFIX = re.compile(
    r"(?:及其制品|及制品)?(?:开采洗选|开采|采选|洗选|种植|饲养|养殖|捕捞|采集|加工|制造|生产和供应|生产|"
    r"批发|零售|修理与维护|修理|维护|租赁|出版|服务|业)$"
)
# Names whose stem says nothing about a product.
GENERIC_STEM = re.compile(r"^(?:其他|其它)|^(?:专用|通用|日用|相关|配套)$")
# Stems too broad to name a product on their own ("配件" from 汽车零部件及配件制造).
GENERIC_WORDS = frozenset(
    "系统 配件 零配件 零部件 元件 器件 器材 设备 辅助设备 专用设备 供应 投资 制品 产品 用品 材料 原料 "
    "装置 机械 仪器 服务 活动 管理 工程 技术 其他 食品 安全 类似品 器具 辅机 海水 内陆 辅助性活动 "
    "碎屑加工处理 试验发展".split()
)
# Divisions whose stems would steal a product from its maker: 51 批发, 52 零售, 71 租赁, 81 修理.
# Their full class names stay terms ("汽车租赁"), their stems ("汽车") do not.
NO_STEM_DIVISIONS = frozenset({"51", "52", "71", "81"})
BRACKETS = re.compile(r"[（）()]")
# "酱油、食醋及类似制品" splits into its listed products.
NAME_SPLIT = re.compile(r"[、，,]|及|和|与")


class Term(BaseModel):
    """A word that, found in a standard, votes for a class."""

    model_config = ConfigDict(frozen=True)

    text: str
    codes: tuple[str, ...]  # usually one 小类; a few words are shared by several
    kind: TermKind
    note: str = ""


class Lexicon(BaseModel):
    """All terms, keyed by their compact spelling."""

    terms: dict[str, Term]

    def get(self, text: str) -> Term | None:
        return self.terms.get(compact(text))

    def __len__(self) -> int:
        return len(self.terms)


def class_name_terms(table: AreaTable) -> list[Term]:
    """Terms derived from the 小类 names: each full name, and the product stems in it."""
    stems: dict[str, set[str]] = defaultdict(set)
    terms = [Term(text=a.name, codes=(a.code,), kind="class_name") for a in table.at_level("class")]
    for area in table.at_level("class"):
        if area.code[:2] in NO_STEM_DIVISIONS:
            continue
        for stem in _stems(area.name):
            stems[stem].add(area.code)
    terms += [Term(text=s, codes=tuple(sorted(c)), kind="class_stem") for s, c in stems.items()]
    return terms


def _stems(name: str) -> list[str]:
    if GENERIC_STEM.search(name):
        return []
    base = ACTIVITY_SUFFIX.sub("", name)
    parts = [p for p in NAME_SPLIT.split(base) if p]
    stems = [base, *parts] if len(parts) > 1 else [base]
    return [
        s
        for s in dict.fromkeys(stems)
        if len(s) >= 2
        and s != name
        and s not in GENERIC_WORDS
        and not GENERIC_STEM.search(s)
        and not BRACKETS.search(s)
    ]


def read_lexicon_rows(text: str, where: str = LEXICON_FILE) -> list[Term]:
    """Parse product_lexicon.csv text; rows with an unknown code are an error naming the line."""
    table = load_table()
    grouped: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, str] = {}
    spelling: dict[str, str] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        term, code = (row.get("term") or "").strip(), (row.get("code") or "").strip()
        area = table.get(code)
        if not term or area is None or area.level != "class":
            raise RuleFileError(
                f"models/{where}", f"line {line}", f"bad term or 小类 code: {term!r} {code!r}"
            )
        key = compact(term)
        spelling.setdefault(key, term)
        if area.code not in grouped[key]:
            grouped[key].append(area.code)
        notes.setdefault(key, (row.get("note") or "").strip())
    return [Term(text=spelling[k], codes=tuple(c), kind="lexicon", note=notes[k]) for k, c in grouped.items()]


def build_lexicon(lexicon_terms: list[Term], table: AreaTable) -> Lexicon:
    """Lexicon terms first; derived terms only where the lexicon has no such word."""
    terms: dict[str, Term] = {}
    for term in [*lexicon_terms, *class_name_terms(table)]:
        terms.setdefault(compact(term.text), term)
    return Lexicon(terms=terms)


@cache
def load_lexicon() -> Lexicon:
    """The shipped product lexicon plus the table's derived terms, read once."""
    path = models_dir() / LEXICON_FILE
    rows = read_lexicon_rows(path.read_text(encoding="utf-8")) if path.is_file() else []
    return build_lexicon(rows, load_table())
