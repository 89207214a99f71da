"""Plain data types of the synthetic-standard generator.

Three layers, each built from the one before and never from the PDF:

* :class:`Spec` / :class:`Group` / :class:`Category` -- what a product or service standard of one
  category requires, with the national floor (catalog data);
* :class:`Level` -- the value one enterprise's standard sets for one spec;
* blocks (:class:`Heading`, :class:`Para`, :class:`Table`) with *anchors*, and
  :class:`GoldIndicator` records pointing at those anchors.  The layout stage reports the page
  each anchor lands on, which is how the gold gets its page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Comparators whose value moves with an enterprise's strictness.
NUMERIC_COMPARATORS = ("<=", ">=", "<", ">", "=", "range", "tolerance")


@dataclass(frozen=True)
class Spec:
    """One requirement of a category, with the national floor it is measured against.

    ``floor`` is a number for <=, >=, <, >; ``(lo, hi)`` for a range; ``(value, tol)`` for a
    tolerance; the referenced standard for ``reference``; the requirement text for
    ``qualitative``; unused for ``not_detected``.  ``grades`` replaces ``floor`` in graded groups
    (one floor per grade, best grade first).  ``step`` is one notch of strictness.
    """

    name: str
    unit: str | None
    cmp: str
    floor: Any = None
    step: float = 0.0
    dec: int = 1
    grades: tuple[Any, ...] | None = None
    parent: str | None = None  # two-level row label: parent/name
    printed: str | None = None  # the label as printed when it differs from name ("其中：小碎米")
    method: str = ""  # test method cited in a 检验方法 column
    optional: float = 0.0  # probability that an enterprise leaves the item out
    foot: str | None = None  # footnote text attached as a condition
    cond: str | None = None  # inline condition ("环境温度25℃时")
    unit_cn: str | None = None  # unit spelt in Chinese, used with Chinese numerals ("分钟")
    lower_better: bool | None = None  # overrides the direction implied by cmp
    cap: float | None = None  # a scale's best value (色牢度 5 级, 功率因数 0.99)
    sci: int = 0  # print as a×10^sci (乳酸菌数 1×10⁶ CFU/g)


@dataclass(frozen=True)
class MicroSpec:
    """A microbiological sampling-plan row: n, c, m, M (GB 4789 style)."""

    name: str
    n: int
    c: int
    m: str  # "1", "100", "0/25g(mL)"
    big_m: str  # "5", "—"
    unit: str | None


@dataclass(frozen=True)
class Group:
    """A requirement clause (感官要求, 理化指标 ...) rendered as one table or a run of clauses."""

    title: str
    kind: str  # "sensory", "numeric", "graded", "micro"
    specs: tuple[Any, ...]
    grades: tuple[str, ...] = ()
    table_title: str | None = None
    annex_ok: bool = False  # may be moved to a normative annex


@dataclass(frozen=True)
class Category:
    """A product or service category and everything needed to write one of its standards."""

    key: str
    service: bool
    titles: tuple[tuple[str, ...], ...]  # title variants, each one or two lines
    title_en: tuple[str, ...]
    ics: str
    ccs: str
    business: str  # word in enterprise names: 粮油, 电器 ...
    product: str  # product noun in the scope sentence
    scope_tail: str  # "以稻谷为原料，经清理、砻谷、碾米等工序加工而成"
    terms: tuple[tuple[str, str, str], ...]  # (term, English, definition)
    refs: tuple[str, ...]
    groups: tuple[Group, ...]
    methods: tuple[tuple[str, str], ...]  # (clause title, text with test parameters)
    lot_rule: str
    sample_rule: str
    marking: tuple[str, ...]
    t_bodies: tuple[tuple[str, str], ...]  # (code, body name)
    q_suffix_s: bool = False  # food enterprise numbers like "Q/ABC 0001S—2024"
    count: int = 5


@dataclass
class Level:
    """The value one standard sets for a spec (already rounded as printed)."""

    value: float | None = None
    value_max: float | None = None
    tolerance: float | None = None
    text: str | None = None  # reference standard or qualitative requirement


@dataclass
class Run:
    """A piece of a text line: plain, or superscript (footnote marks, exponents)."""

    text: str
    sup: bool = False


@dataclass
class Heading:
    number: str
    text: str
    level: int  # 1 chapter, 2 clause
    toc: bool = False


@dataclass
class Para:
    text: str  # may contain "^{..}" superscript markup
    anchors: list[tuple[str, int]] = field(default_factory=list)  # (anchor id, char offset)
    indent: bool = True
    hang: str | None = None  # hanging label (list item "a)"), drawn left of the text
    size: float | None = None
    align: str = "left"
    keep_with_next: bool = False


@dataclass
class Cell:
    text: str
    col: int
    colspan: int = 1
    rowspan: int = 1
    align: str = "center"


@dataclass
class Row:
    cells: list[Cell]
    anchors: list[str] = field(default_factory=list)


@dataclass
class Table:
    number: str  # "1", "A.1"
    caption: str
    widths: tuple[float, ...]
    header: list[Row]
    rows: list[Row]
    ruling: str = "grid"  # grid, three_line, none
    footnotes: list[str] = field(default_factory=list)  # "^{a} text" lines
    cont_style: str = "续表{n}"  # or "表{n}（续）"


@dataclass
class PageBreak:
    pass


@dataclass
class GoldIndicator:
    name: str
    comparator: str
    value: float | None
    value_max: float | None
    tolerance: float | None
    unit: str | None
    grade: str | None
    conditions: list[str]
    clause: str | None
    table: str | None
    anchor: str

    def as_json(self, page: int) -> dict[str, Any]:
        return {
            "name": self.name,
            "comparator": self.comparator,
            "value": self.value,
            "value_max": self.value_max,
            "tolerance": self.tolerance,
            "unit": self.unit,
            "grade": self.grade,
            "conditions": list(self.conditions),
            "clause": self.clause,
            "table": self.table,
            "page": page,
        }


@dataclass
class Meta:
    number: str  # as printed, with the em dash
    kind: str  # "Q" or "T"
    prefix: str  # "Q/320115JHLY" or "T/CAS"
    title_lines: tuple[str, ...]
    title_en: str | None
    enterprise: str  # issuing enterprise or body (cover foot)
    issued: str
    effective: str
    replaces: list[str]
    ics: str
    ccs: str
    record_no: str | None = None  # 备案号


@dataclass
class SynthDoc:
    """A composed standard: cover metadata, front matter, body blocks and gold."""

    stem: str
    category: Category
    meta: Meta
    foreword: list[Any]
    body: list[Any]
    gold: list[GoldIndicator]
    font: str  # "wqy-zenhei" or "STSong-Light"
    toc: list[tuple[str, str]] = field(default_factory=list)  # filled at layout
