"""The official annotations of GB/T 4754-2017 as classifier data, and their fixed split.

《2017年国民经济行业分类注释》 (National Bureau of Statistics) lists under each 小类 the products
and activities it includes (◇ 包括…) and those it sends elsewhere (◆ 不包括…，列入XXXX).  A
sample of those rows is kept outside the repository (``../shared/gbt4754-notes/items.tsv``,
columns ``item, code, kind, from_code``).  This module

* cuts each row into names: a head-and-list row ("彩色电视机：显像管彩色电视机、液晶电视机…")
  gives its head and every listed name, a plain list ("电工钢板、电工钢带") each name;
* assigns each row to one split, ``train`` / ``dev`` / ``test``, by a seeded hash of its head
  name, so a name repeated in several rows never sits on both sides (:func:`split_of`);
* writes the *train* rows only, as names with their 小类, to
  ``models/gbt4754/annotation_names.csv`` (:func:`build`): the knowledge of the measurement
  build, and the training data of the linear models and the textcat;
* writes every row's names to ``models/gbt4754/annotation_names_all.csv`` (:func:`build_all`),
  which the shipped classifier's retrieval and redirect components read.

``dev`` chooses weights and thresholds; ``test`` is only measured, always with the train-only
build (:func:`std_extract.classify.classifier.measurement_config`).

    python -m std_extract.classify.annotations build [ITEMS.tsv]
    python -m std_extract.classify.annotations stats [ITEMS.tsv]
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from std_extract.classify.table import load_table
from std_extract.errors import RuleFileError
from std_extract.resources import models_dir
from std_extract.textnorm import compact

NAMES_FILE = "gbt4754/annotation_names.csv"  # the train split: the measurement build
ALL_NAMES_FILE = "gbt4754/annotation_names_all.csv"  # every row: the shipped build's knowledge
SOURCE = "《2017年国民经济行业分类注释》(国家统计局), sample rows of ../shared/gbt4754-notes/items.tsv"
SPLIT_SEED = "gbt4754-notes-2026-12-05"
TEST_SHARE, DEV_SHARE = 0.30, 0.10  # the rest (0.60) is train
Split = Literal["train", "dev", "test"]
Kind = Literal["include", "exclude"]

# Qualifiers that are not part of a name: "水泥混凝土瓦（部分）", a trailing 等 / 等等.
PARTIAL = re.compile(r"[(（](?:部分|含部分|不含.*?)[)）]")
TRAILING = re.compile(r"(?:等等|等|之类)$")
# "…，分别列入4872（水力发电工程施工）…" / "…，列入相应行业": the redirect clause of an exclude row.
REDIRECT = re.compile(r"[，,；;]?\s*(?:分别|均|应|按照?[^，,]{0,12})?(?:列入|归入|纳入).*$")
LIST_SEPARATORS = "、，,；;"
MAX_NAME = 30  # longer pieces are descriptions, not names


@dataclass(frozen=True)
class Item:
    """One annotation row."""

    item: str
    code: str  # include: its 小类; exclude: where it goes ("" when the annotation names none)
    kind: Kind
    from_code: str = ""  # exclude: the 小类 it does not belong to

    @property
    def head(self) -> str:
        """The row's own name: the head of a head-and-list row, else the whole row, cleaned."""
        text = self.item.split("：", 1)[0] if "：" in self.item else self.item
        return clean_name(REDIRECT.sub("", text) if self.kind == "exclude" else text)

    @property
    def targets(self) -> tuple[str, ...]:
        """The 4-digit 小类 the row names (several for "4872|4871")."""
        return tuple(c for c in self.code.split("|") if len(c) == 4 and c.isdigit())


def clean_name(text: str) -> str:
    text = PARTIAL.sub("", compact(text))
    return TRAILING.sub("", text).strip("：:，,、；;。 ")


def split_list(text: str) -> list[str]:
    """Names of a list, cut at 、，； outside brackets ("切丝机（加工水果、蔬菜用）" stays whole)."""
    names: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and 1 or 0
        if ch in LIST_SEPARATORS and depth <= 0:
            names.append("".join(current))
            current, depth = [], 0
        else:
            current.append(ch)
    names.append("".join(current))
    return [n for n in (clean_name(n) for n in names) if 2 <= len(n) <= MAX_NAME]


def item_names(item: Item) -> list[str]:
    """Every name a row gives: its head, then the names it lists."""
    if item.kind == "exclude":
        body = REDIRECT.sub("", compact(item.item))
        names = [clean_name(body)] if len(clean_name(body)) <= MAX_NAME else []
        return list(dict.fromkeys(n for n in [*names, *split_list(body)] if len(n) >= 2))
    if "：" in item.item:
        head, listed = item.item.split("：", 1)
        names = [clean_name(head), *split_list(listed)]
    else:  # a plain list: "越野、山地、场地等运动摩托车" shares its head, so short pieces go
        names = [clean_name(item.item), *(n for n in split_list(item.item) if len(n) >= 3)]
    return list(dict.fromkeys(n for n in names if len(n) >= 2 and len(n) <= 60))


def split_key(item: Item) -> str:
    """What the split hashes: the row's head name, so repeated names share a split."""
    return item.head or compact(item.item)


def split_of(item: Item) -> Split:
    """train / dev / test by a seeded hash of :func:`split_key` (stable across runs and machines)."""
    digest = hashlib.sha256(f"{SPLIT_SEED}:{split_key(item)}".encode()).digest()
    share = int.from_bytes(digest[:8], "big") / 2**64
    return "test" if share < TEST_SHARE else "dev" if share < TEST_SHARE + DEV_SHARE else "train"


def default_items_path() -> Path:
    """``../shared/gbt4754-notes/items.tsv`` beside the repository checkout."""
    return Path(__file__).resolve().parents[4] / "shared" / "gbt4754-notes" / "items.tsv"


def read_items(path: Path | None = None) -> list[Item]:
    """The rows of items.tsv; a malformed row is an error naming the line."""
    path = path or default_items_path()
    items = []
    with path.open(encoding="utf-8") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            kind = (row.get("kind") or "").strip()
            if kind not in ("include", "exclude") or not (row.get("item") or "").strip():
                raise RuleFileError(str(path), f"line {line}", f"bad annotation row: {row!r}")
            items.append(
                Item(
                    item=row["item"].strip(),
                    code=(row.get("code") or "").strip(),
                    kind=kind,  # type: ignore[arg-type]
                    from_code=(row.get("from_code") or "").strip(),
                )
            )
    return items


def items_in(split: Split, path: Path | None = None) -> list[Item]:
    return [item for item in read_items(path) if split_of(item) == split]


@dataclass(frozen=True)
class AnnotationName:
    """A name of the shipped annotation data: include -> its 小类; exclude -> not ``from_code``."""

    name: str
    code: str  # include: the 小类; exclude: the redirect target ("" when none or not a 小类)
    kind: Kind
    from_code: str
    item: str  # the row's head, for evidence


def to_names(items: list[Item]) -> list[AnnotationName]:
    """The names of ``items`` with codes checked against the table (other rows are skipped)."""
    table = load_table()
    rows: dict[tuple[str, str, str, str], AnnotationName] = {}
    for item in items:
        codes = item.targets if item.kind == "include" else (item.targets or ("",))
        if item.kind == "include" and not codes:
            continue
        if item.kind == "exclude" and (len(item.from_code) != 4 or item.from_code not in table):
            continue
        for code in codes:
            if code and (code not in table or table[code].level != "class"):
                continue
            for name in item_names(item):
                key = (name, code, item.kind, item.from_code)
                rows.setdefault(key, AnnotationName(name, code, item.kind, item.from_code, item.head))
    return list(rows.values())


def write_names(names: list[AnnotationName]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "code", "kind", "from_code", "item"])
    for n in sorted(names, key=lambda n: (n.code or n.from_code, n.kind, n.item, n.name)):
        writer.writerow([n.name, n.code, n.kind, n.from_code, n.item])
    return out.getvalue()


def build(path: Path | None = None, out: Path | None = None) -> tuple[Path, int]:
    """Write the train rows' names to models/gbt4754/annotation_names.csv.

    A name that a dev or test row also gives (a head, or a listed name: 继电器 is listed under one
    class and heads a row of another) is left out, so no measured name is in the shipped data.
    """
    items = read_items(path)
    kept = {compact(n) for i in items if split_of(i) != "train" for n in item_names(i)}
    train = [i for i in items if split_of(i) == "train"]
    names = [n for n in to_names(train) if compact(n.name) not in kept]
    out = out or Path(__file__).resolve().parents[3] / "models" / Path(NAMES_FILE)
    out.write_text(write_names(names), encoding="utf-8")
    return out, len(names)


def build_all(path: Path | None = None, out: Path | None = None) -> tuple[Path, int]:
    """Write the names of every row, all three splits, to models/gbt4754/annotation_names_all.csv.

    The shipped classifier's retrieval reads this file (more of the annotations known: names the
    project never saw are nearer one of them); every figure on the annotation splits is measured
    with the train-only file instead (:func:`std_extract.classify.classifier.measurement_config`).
    """
    names = to_names(read_items(path))
    out = out or Path(__file__).resolve().parents[3] / "models" / Path(ALL_NAMES_FILE)
    out.write_text(write_names(names), encoding="utf-8")
    return out, len(names)


@cache
def load_annotation_names(file: str = NAMES_FILE) -> tuple[AnnotationName, ...]:
    """The annotation names of ``file`` (the train split by default); empty when it is absent."""
    path = models_dir().joinpath(*file.split("/"))
    if not path.is_file():
        return ()
    rows = []
    for line, row in enumerate(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))), start=2):
        kind = row.get("kind")
        if kind not in ("include", "exclude") or not row.get("name"):
            raise RuleFileError(f"models/{file}", f"line {line}", f"bad row: {row!r}")
        rows.append(AnnotationName(row["name"], row["code"], kind, row["from_code"], row["item"]))  # type: ignore[arg-type]
    return tuple(rows)


def evaluation_queries(split: Split, path: Path | None = None, listed: bool = False) -> list[tuple[str, str]]:
    """(name, gold 小类) to measure on: each include row's head (``listed``: one listed name per row).

    Rows naming one 小类 only.  A listed name is chosen by a seeded hash, one per head-and-list row.
    """
    return row_queries(items_in(split, path), listed)


def row_queries(items: list[Item], listed: bool = False) -> list[tuple[str, str]]:
    """:func:`evaluation_queries` of any rows (classify/crossfit.py asks it of the train split's folds)."""
    queries = []
    for item in items:
        if item.kind != "include" or len(item.targets) != 1:
            continue
        if not listed:
            if item.head:
                queries.append((item.head, item.targets[0]))
            continue
        names = item_names(item)[1:] if "：" in item.item else []
        names = [n for n in names if not n.startswith(("其他", "其它"))]
        if names:
            digest = hashlib.sha256(f"{SPLIT_SEED}:listed:{item.item}".encode()).digest()
            queries.append((names[digest[0] % len(names)], item.targets[0]))
    return queries


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "stats"
    path = Path(argv[1]) if len(argv) > 1 else None
    if command == "build":
        out, count = build(path)
        print(f"wrote {count} names of the train split to {out}")
        out, count = build_all(path)
        print(f"wrote {count} names of every split to {out}")
        return
    items = read_items(path)
    counts = Counter((split_of(i), i.kind) for i in items)
    for (split, kind), n in sorted(counts.items()):
        print(f"{split:5s} {kind:7s} {n:5d}")


if __name__ == "__main__":
    main(sys.argv[1:])
