"""Quality-control tables of environmental method standards (HJ) that bind outside the 质量保证和质量控制
chapter.

A GC-MS method checks its mass spectrometer before calibrating: "BFB关键离子丰度应满足表1中规定的标准"
under 7.2.1 仪器性能检查 (HJ 643, HJ 713, and the DFTPP tables of the semivolatile methods), the table
"表1 BFB关键离子丰度标准" listing each ion's abundance as a share of another's ("质量 | 离子丰度标准" over
"50 | 质量95的15%～40%").  The table sits in the 分析步骤 chapter, not the quality-control one, and its
caption holds method words (离子), yet the sentence that brings it in makes each row an acceptance criterion
a laboratory's run must meet (corpus/real-dev README, session 16: tuning checks are counted).

Read by extract/tables.py: :func:`is_tuning_check` makes such a table a requirement table wherever it sits
in the body; :func:`criterion_name` names its values by the quantity the header judges ("离子丰度标准" ->
离子丰度).  A table of ions for quantification ("表2 定量离子和辅助离子", brought in by "见表2") binds
nothing.

The same methods bind one column of an annex's data tables from the quality-control chapter: "校准曲线中
部分目标物的最小相对响应因子应大于等于附表A中规定的限值" (HJ 643 11.2.1) makes the 相对最小响应因子 column
of 附表A.1-A.3 a limit per compound, while the detection limits beside it stay method data
(:func:`bound_column`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from std_extract.document import Clause, Table
    from std_extract.extract.tablevocab import TableVocab
    from std_extract.values.comparators import Comparators

# An annex clause number ("A", "B.2"): an annex's tables are bound, if at all, by the annex's own rules.
_ANNEX = re.compile(r"^[A-Z](?:\.|$)")


def is_tuning_check(table: Table, vocab: TableVocab) -> bool:
    """A table of an instrument's tuning criteria (its caption holds a [captions].tuning word and no
    other method word) that its introducing sentence requires ("应满足表1中规定的标准"), in the body."""
    caption = re.sub(r"\s+", "", (table.caption or "") + (table.title or ""))
    tuning = vocab.spec.captions.tuning
    if not table.number or not any(w in caption for w in tuning) or _ANNEX.match(table.clause or ""):
        return False
    rest = caption
    for word in tuning:
        rest = rest.replace(word, "")
    if vocab.not_requirement_caption.search(rest):
        return False  # "离子丰度" beside 色谱条件, 校准: a method table that also names abundances
    intro = re.sub(r"\s+", "", table.intro_text or "")
    number = re.escape(table.number) + r"(?![\d.])"
    return any(re.search(re.escape(w) + number, intro) for w in vocab.spec.captions.requirement_intro)


# "离子丰度标准": the criteria for 离子丰度.  Only after a quantity's name of two characters or more.
_CRITERIA = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:标准|评价标准|控制标准)$")


def criterion_name(name: str) -> str:
    """The quantity a tuning table's criteria column judges: "离子丰度标准" -> "离子丰度"."""
    return _CRITERIA.sub("", name)


# A quality-control clause making one column of an annex's tables a limit: "校准曲线中部分目标物的
# 最小相对响应因子应大于等于附表A中规定的限值" (HJ 643 11.2.1, the EPA 8260-style minimum response
# factors): the subject, the comparator word, the table or the annex's tables, "规定的限值".
# The comparator word is one of the rule set's prefix comparators (extractors/comparators.toml).
_COLUMN_BOUND = (
    r"(?P<subject>[\u4e00-\u9fffA-Za-z]{{2,40}}?)\s*(?:均|都)?应\s*(?P<word>{words})\s*"
    r"(?:附表|表)\s*(?P<annex>[A-Z])(?:\s*\.\s*(?P<number>\d+))?\s*中?\s*(?:所)?规定的(?:限值|数值|值)"
)


@lru_cache(maxsize=4)  # one pattern per comparator vocabulary in use
def _column_bound(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_COLUMN_BOUND.format(words="|".join(re.escape(w) for w in words)))


@dataclass(frozen=True)
class BoundColumn:
    """One column of an annex table that a quality-control clause makes a limit."""

    column: int
    quantity: str  # the clause's name for it ("最小相对响应因子")
    word: str  # its comparator word ("大于等于")
    clause: str | None  # the binding clause's number


def bound_column(table: Table, chapters: list[Clause], comparators: Comparators) -> BoundColumn | None:
    """The column of ``table`` (in an annex) that a clause of the requirement ``chapters`` binds with
    "…应大于等于附表A中规定的限值"; None when no clause binds one of its columns.  The clause and the
    column header may order the quantity's modifiers differently (最小相对响应因子 | 相对最小响应因子)."""
    if not table.number or not _ANNEX.match(table.clause or "") or not table.rows:
        return None
    words = tuple(sorted(comparators.table.prefix, key=len, reverse=True))
    for clause in (c for chapter in chapters for c in chapter.walk()):
        for m in _column_bound(words).finditer(re.sub(r"\s+", "", clause.text or "")):
            if not _names_table(m, table.number):
                continue
            quantity = m.group("subject").rsplit("的", 1)[-1]
            if (j := _column_of(table, quantity)) is not None:
                return BoundColumn(j, quantity, m.group("word"), clause.number)
    return None


def _names_table(m: re.Match, number: str) -> bool:
    """ "附表A" names every table of annex A; "附表A.2" that one."""
    if m.group("number"):
        return number == f"{m.group('annex')}.{m.group('number')}"
    return number.startswith(m.group("annex") + ".")


def _column_of(table: Table, quantity: str) -> int | None:
    """The column headed by the quantity, its characters in any order (相对最小响应因子)."""
    from std_extract.extract.tables import header_leaf

    width = max(len(r) for r in table.rows)
    for j in range(1, width):
        leaf = re.sub(r"\s+", "", header_leaf(table, j))
        if len(quantity) >= 3 and sorted(leaf) == sorted(quantity):
            return j
    return None


def bound_column_table(table: Table, bound: BoundColumn) -> Table:
    """The table cut down to its row labels and the bound column: the columns of method data beside it
    (检出限, 测定下限, the English names) are no limits."""
    labels = [j for j in range(bound.column) if _label_column(table, j)]
    keep = [*labels[-1:], bound.column]
    # a row printing nothing in the column states no limit there; kept, its lone label would read as a
    # category over the rows below it (HJ 643 附表A.1 row 16)
    limited = [row for row in table.rows if bound.column < len(row) and row[bound.column].text.strip()]
    rows = [
        [c.model_copy(update={"col": k}) for k, j in enumerate(keep) for c in row[j : j + 1]]
        for row in limited
    ]
    return table.model_copy(
        update={
            "header_rows": [[r[j] for j in keep if j < len(r)] for r in table.header_rows],
            "columns": [table.columns[j] for j in keep if j < len(table.columns)],
            "rows": rows,
        }
    )


def _label_column(table: Table, j: int) -> bool:
    """A column of names in Chinese (化合物名称), not the running number or the English name."""
    texts = [r[j].text for r in table.rows if j < len(r) and r[j].text.strip()]
    return bool(texts) and sum(bool(re.search(r"[\u4e00-\u9fff]", t)) for t in texts) > len(texts) / 2


# The matrix an annex table is for, named before its method words ("固体废物水浸出液测定方法的检出限…"): a
# condition of each value it holds (HJ 643 附表A.1-A.3: one table per matrix).
_MATRIX = re.compile(r"^([\u4e00-\u9fff]{2,12}?)(?:测定)?方法的")


def table_matrix(table: Table) -> str | None:
    """ "固体废物水浸出液" of "附表A.2 固体废物水浸出液测定方法的检出限和测定下限"."""
    m = _MATRIX.match(re.sub(r"\s+", "", table.title or ""))
    return m.group(1) if m else None
