"""Requirement clauses: one spec group to blocks (a table or numbered clauses) plus its gold.

This is where the variety the extractor is measured against is made.  A group is written in one
of several *styles* (see :data:`NUMERIC_STYLES`): units in their own column, in the row label
("垩白度/%"), in the cell ("≤30 min") or in the column header ("限量/(mg/kg)", where a bare
number means ≤); comparators in the cell or at the end of the row label ("水分/%  ≤"); grade
columns under a merged "指标" header; two-level row labels; footnotes a, b attaching
conditions; or clause sentences worded with 不大于 / 不低于 / 以上 / 以下.  The gold is written
from the same levels the text is printed from.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from std_extract_synth.levels import graded_levels, spec_level
from std_extract_synth.model import (
    Cell,
    GoldIndicator,
    Group,
    Level,
    MicroSpec,
    Para,
    Row,
    Spec,
    Table,
)
from std_extract_synth.wording import SYMBOL, Numbers, unit_gap

NUMERIC_STYLES = ("unit_col", "label_unit", "label_cmp", "cell_unit", "header_unit", "inline")
GRADED_STYLES = ("label_cmp", "label_unit", "unit_col")
FOOT_MARKS = "abcdefgh"


@dataclass
class DocStyle:
    """Choices that hold for one whole document (a drafter's house style)."""

    numbers: Numbers
    ruling: str  # default ruling of its tables
    cont_style: str
    method_col: bool
    cn_numerals: bool
    value_header: str  # "指标" or "要求"


@dataclass
class Entry:
    """One row to print: a spec and its level per grade (one level when ungraded)."""

    spec: Spec
    levels: list[Level]


@dataclass
class Written:
    blocks: list[Any] = field(default_factory=list)
    gold: list[GoldIndicator] = field(default_factory=list)


def unit_suffix(unit: str | None) -> str:
    """GB/T 1.1 quantity/unit form: "/%", "/mm", "/(mg/kg)" (parentheses around compound units)."""
    if not unit:
        return ""
    if "/" in unit and "(" in unit:
        return f"/[{unit}]"  # "/[kWh/(cycle·kg)]"
    return f"/({unit})" if any(c in unit for c in "/·") else f"/{unit}"


def gold_name(spec: Spec) -> str:
    return f"{spec.parent}/{spec.name}" if spec.parent else spec.name


def draw_entries(group: Group, profile: str, rng: random.Random, grades: tuple[str, ...]) -> list[Entry]:
    """The enterprise's level for every spec it keeps (optional specs may be left out)."""
    entries = []
    for spec in group.specs:
        if spec.optional and rng.random() < spec.optional:
            continue
        if grades:
            levels = graded_levels(spec, profile, rng)[: len(grades)]
        else:
            levels = [spec_level(spec, profile, rng)]
        entries.append(Entry(spec, levels))
    return _drop_orphan_children(entries)


def _drop_orphan_children(entries: list[Entry]) -> list[Entry]:
    """A "其中：" row never stands alone: keep children only with their first sibling."""
    kept: list[Entry] = []
    for entry in entries:
        parent = entry.spec.parent
        if parent and entry.spec.printed and (not kept or kept[-1].spec.parent != parent):
            continue
        kept.append(entry)
    return kept


class Footnotes:
    """Footnote letters of one table: equal texts share a letter."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, text: str | None) -> str:
        if not text:
            return ""
        if text not in self.texts:
            self.texts.append(text)
        return "^{" + FOOT_MARKS[self.texts.index(text)] + "}"

    def lines(self) -> list[str]:
        return [f"^{{{FOOT_MARKS[i]}}} {t}。" for i, t in enumerate(self.texts)]


def conditions(spec: Spec) -> list[str]:
    return [c for c in (spec.cond, spec.foot) if c]


def gold_for(
    entry: Entry,
    grades: tuple[str, ...],
    unit: str | None,
    clause: str,
    table: str | None,
    anchor: str,
    extra: list[str] | None = None,
) -> list[GoldIndicator]:
    """One gold indicator per grade of an entry."""
    spec = entry.spec
    out = []
    for i, level in enumerate(entry.levels):
        cmp = spec.cmp
        out.append(
            GoldIndicator(
                name=gold_name(spec),
                comparator=cmp,
                value=level.value,
                value_max=level.value_max,
                tolerance=level.tolerance,
                unit=unit if cmp not in ("reference", "qualitative") else None,
                grade=grades[i] if grades else None,
                conditions=conditions(spec) + (extra or []),
                clause=clause,
                table=table,
                anchor=anchor,
            )
        )
    return out


class TableWriter:
    """Builds the table of a numeric or graded group in one style."""

    def __init__(self, style: str, doc: DocStyle, rng: random.Random, grades: tuple[str, ...]) -> None:
        self.style = style
        self.doc = doc
        self.rng = rng
        self.grades = grades
        self.foot = Footnotes()
        self.header_unit: str | None = None
        self.bare_means_le = False

    # -- columns ---------------------------------------------------------------------------
    def layout(self, entries: list[Entry]) -> None:
        self.two_level = any(e.spec.parent for e in entries)
        self.label_cols = 2 if self.two_level else 1
        self.unit_col = self.style == "unit_col"
        self.method_col = self.doc.method_col and any(e.spec.method for e in entries)
        self.seq_col = self.style == "seq"
        self.nval = max(1, len(self.grades))

    def widths(self) -> tuple[float, ...]:
        label = (0.16, 0.2) if self.two_level else (0.32,)
        seq = (0.07,) if self.seq_col else ()
        unit = (0.11,) if self.unit_col else ()
        vals = (0.42 / self.nval,) * self.nval if self.grades else (0.28,)
        method = (0.2,) if self.method_col else ()
        return seq + label + unit + vals + method

    def header(self) -> list[Row]:
        first = 1 if self.seq_col else 0
        col = first + self.label_cols
        span = 2 if self.grades else 1
        row1 = [Cell("项目" if not self.seq_col else "指标名称", first, self.label_cols, span)]
        if self.seq_col:
            row1.insert(0, Cell("序号", 0, 1, span))
        if self.unit_col:
            row1.append(Cell("单位", col, 1, span))
            col += 1
        row1.append(Cell(self.value_header(), col, self.nval, 1))
        rows = [Row(row1)]
        if self.method_col:
            row1.append(Cell(self.rng.choice(("检验方法", "试验方法")), col + self.nval, 1, span))
        if self.grades:
            rows.append(Row([Cell(g, col + i) for i, g in enumerate(self.grades)]))
        return rows

    def value_header(self) -> str:
        if self.header_unit:
            word = "限量" if self.bare_means_le else self.doc.value_header
            return f"{word}{unit_suffix(self.header_unit)}"
        return self.doc.value_header

    # -- cells -----------------------------------------------------------------------------
    @property
    def in_cell(self) -> bool:
        return self.style in ("cell_unit", "seq")

    def cmp_in_label(self, spec: Spec) -> bool:
        return self.style == "label_cmp" and spec.cmp in SYMBOL

    def unit_in_label(self, spec: Spec) -> bool:
        return self.style in ("label_cmp", "label_unit") and spec.cmp not in ("reference", "qualitative")

    def label(self, text: str, spec: Spec, with_unit: bool = True) -> str:
        label = text + self.foot.mark(spec.foot) + self.foot.mark(spec.cond)
        if with_unit and self.unit_in_label(spec):
            label += unit_suffix(spec.unit)
        if self.cmp_in_label(spec):
            label += "  " + SYMBOL[spec.cmp]
        return label

    def value_cell(self, spec: Spec, level: Level) -> str:
        if self.bare_means_le or self.cmp_in_label(spec):
            return self.doc.numbers.cell(spec, level, with_symbol=False)
        text = self.doc.numbers.cell(spec, level)
        if self.in_cell and spec.cmp in ("<=", ">=", "<", ">", "=", "range"):
            text += unit_gap(spec.unit)
        if self.in_cell and spec.cmp == "tolerance" and spec.unit:
            text = f"（{text}）{spec.unit}"
        return text

    def printed_unit(self, spec: Spec) -> str | None:
        if self.header_unit:
            return self.header_unit
        if self.in_cell and spec.cmp == "not_detected":
            return None
        return spec.unit

    # -- rows ------------------------------------------------------------------------------
    def rows(self, entries: list[Entry], anchor) -> tuple[list[Row], list[tuple[Entry, str]]]:
        rows: list[Row] = []
        placed: list[tuple[Entry, str]] = []
        i = 0
        while i < len(entries):
            group = [entries[i]]
            parent = entries[i].spec.parent
            while parent and i + len(group) < len(entries) and entries[i + len(group)].spec.parent == parent:
                group.append(entries[i + len(group)])
            for j, entry in enumerate(group):
                row_anchor = anchor()
                rows.append(Row(self.row_cells(entry, j, len(group), len(rows) + 1), [row_anchor]))
                placed.append((entry, row_anchor))
            i += len(group)
        return rows, placed

    def row_cells(self, entry: Entry, index: int, siblings: int, seq: int) -> list[Cell]:
        spec = entry.spec
        cells: list[Cell] = []
        col = 0
        if self.seq_col:
            cells.append(Cell(self.doc.numbers.num(seq, 0), 0))
            col = 1
        if spec.parent:
            shared_unit = self.parent_unit(spec)
            if index == 0:
                cells.append(Cell(spec.parent + shared_unit, col, 1, siblings))
            cells.append(
                Cell(self.label(spec.printed or spec.name, spec, not shared_unit), col + 1, align="left")
            )
        else:
            cells.append(
                Cell(self.label(spec.printed or spec.name, spec), col, self.label_cols, align="left")
            )
        col += self.label_cols
        if self.unit_col:
            unit = spec.unit if spec.cmp not in ("reference", "qualitative") and spec.unit else "—"
            cells.append(Cell(unit, col))
            col += 1
        cells.extend(self.value_cells(entry, col))
        if self.method_col:
            cells.append(Cell(spec.method or "—", col + self.nval))
        return cells

    def parent_unit(self, spec: Spec) -> str:
        """Children sharing one unit print it once, on the parent ("碎米/%")."""
        parent = spec.parent
        if parent is None or not self.unit_in_label(spec) or self.cmp_in_label(spec):
            return ""
        if not self.shared_units.get(parent):
            return ""
        return unit_suffix(self.shared_units[parent])

    def value_cells(self, entry: Entry, col: int) -> list[Cell]:
        texts = [self.value_cell(entry.spec, level) for level in entry.levels]
        texts += ["—"] * (self.nval - len(texts))
        align = "left" if entry.spec.cmp in ("qualitative", "reference") and len(texts[0]) > 8 else "center"
        if self.nval > 1 and len(set(texts)) == 1 and self.merge_equal:
            return [Cell(texts[0], col, self.nval, align=align)]
        return [Cell(t, col + i, align=align) for i, t in enumerate(texts)]

    def build(
        self, entries: list[Entry], number: str, caption: str, anchor
    ) -> tuple[Table, list[tuple[Entry, str]]]:
        self.layout(entries)
        self.merge_equal = self.rng.random() < 0.7
        self.shared_units = _shared_units(entries)
        self.choose_header_unit(entries)
        rows, placed = self.rows(entries, anchor)
        table = Table(
            number=number,
            caption=caption,
            widths=self.widths(),
            header=self.header(),
            rows=rows,
            ruling=self.doc.ruling,
            footnotes=self.foot.lines(),
            cont_style=self.doc.cont_style,
        )
        return table, placed

    def choose_header_unit(self, entries: list[Entry]) -> None:
        if self.style != "header_unit":
            return
        numeric = _numeric(entries)
        self.header_unit = numeric[0].spec.unit
        self.bare_means_le = all(e.spec.cmp == "<=" for e in numeric) and self.rng.random() < 0.7


def _shared_units(entries: list[Entry]) -> dict[str, str]:
    units: dict[str, set[str | None]] = {}
    for entry in entries:
        if entry.spec.parent:
            units.setdefault(entry.spec.parent, set()).add(entry.spec.unit)
    return {p: next(iter(u)) for p, u in units.items() if len(u) == 1 and next(iter(u))}  # type: ignore[misc]


def _numeric(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if e.spec.cmp in SYMBOL]


def header_unit_ok(entries: list[Entry]) -> bool:
    """A unit in the column header works when every numeric row has that unit; other rows may only
    point to another standard ("应符合GB 2763的规定")."""
    numeric = _numeric(entries)
    units = {e.spec.unit for e in numeric}
    others_ok = all(e.spec.cmp in SYMBOL or e.spec.cmp == "reference" for e in entries)
    return len(numeric) >= 2 and len(units) == 1 and None not in units and others_ok


class RequirementWriter:
    """Writes the requirement groups of one document; numbers tables and anchors."""

    def __init__(self, doc: DocStyle, profile: str, rng: random.Random) -> None:
        self.doc = doc
        self.profile = profile
        self.rng = rng
        self._anchors = 0

    def anchor(self) -> str:
        self._anchors += 1
        return f"a{self._anchors}"

    def entries(self, group: Group) -> tuple[list[Entry], tuple[str, ...]]:
        grades = group.grades
        if grades and len(grades) > 2 and self.rng.random() < 0.3:
            grades = grades[:-1]  # this enterprise makes no lowest grade
        return draw_entries(group, self.profile, self.rng, grades), grades

    def write(
        self, group: Group, clause: str, next_table: Callable[[], str], force_table: bool = False
    ) -> Written:
        """Blocks and gold of ``group`` under ``clause``; ``next_table()`` numbers any table drawn."""
        if group.kind == "micro":
            return self.micro(group, clause, next_table())
        entries, grades = self.entries(group)
        style = self.pick_style(group, entries)
        if style == "inline" and force_table and group.kind != "inline":
            style = "unit_col" if group.kind != "sensory" else "table"
        if style == "inline":
            return self.inline(group, entries, clause)
        if group.kind == "sensory":
            return self.sensory_table(group, entries, clause, next_table())
        return self.table(group, entries, grades, style, clause, next_table())

    def pick_style(self, group: Group, entries: list[Entry]) -> str:
        if group.kind == "inline":
            return "inline"
        if group.kind == "graded":
            return self.rng.choice(GRADED_STYLES)
        if group.kind == "sensory":
            return self.rng.choice(("table", "table", "inline"))
        if not any(e.spec.unit for e in entries):
            return self.rng.choice(("inline", "inline", "cell_unit"))  # references and "应无异味" only
        styles = [s for s in NUMERIC_STYLES if s != "header_unit" or header_unit_ok(entries)]
        if header_unit_ok(entries):
            styles += ["header_unit"] * 3  # give it a fair chance where it applies
        if all(e.spec.unit in ("%", "h", "min", "日", None) for e in entries):
            styles += ["seq", "cell_unit"]  # service indicator tables
        return self.rng.choice(styles)

    # -- tables ----------------------------------------------------------------------------
    def table(
        self,
        group: Group,
        entries: list[Entry],
        grades: tuple[str, ...],
        style: str,
        clause: str,
        number: str,
    ) -> Written:
        writer = TableWriter(style, self.doc, self.rng, grades)
        table, placed = writer.build(entries, number, group.table_title or group.title, self.anchor)
        out = Written([self.lead(group, number), table])
        for entry, row_anchor in placed:
            out.gold += gold_for(entry, grades, writer.printed_unit(entry.spec), clause, number, row_anchor)
        return out

    def lead(self, group: Group, number: str) -> Para:
        text = self.rng.choice(("{t}应符合表{n}的规定。", "{t}应符合表{n}的要求。", "{t}见表{n}。"))
        return Para(text.format(t=group.title, n=number), keep_with_next=True)

    def sensory_table(self, group: Group, entries: list[Entry], clause: str, number: str) -> Written:
        method = self.doc.method_col
        header = [Row([Cell("项目", 0), Cell("要求", 1)] + ([Cell("检验方法", 2)] if method else []))]
        rows, gold = [], []
        for entry in entries:
            anchor = self.anchor()
            spec, level = entry.spec, entry.levels[0]
            cells = [Cell(spec.name, 0), Cell(self.doc.numbers.cell(spec, level), 1, align="left")]
            if method:
                cells.append(Cell(spec.method or "—", 2))
            rows.append(Row(cells, [anchor]))
            gold += gold_for(entry, (), None, clause, number, anchor)
        widths = (0.2, 0.55, 0.25) if method else (0.25, 0.75)
        table = Table(
            number,
            group.table_title or group.title,
            widths,
            header,
            rows,
            ruling=self.doc.ruling,
            cont_style=self.doc.cont_style,
        )
        return Written([self.lead(group, number), table], gold)

    def micro(self, group: Group, clause: str, number: str) -> Written:
        head1 = [
            Cell("项目", 0, 1, 2),
            Cell("采样方案^{a}及限量（若非指定，均以CFU/g(mL)表示）", 1, 4),
            Cell("检验方法", 5, 1, 2),
        ]
        head2 = [Cell(t, 1 + i) for i, t in enumerate(("n", "c", "m", "M"))]
        rows, gold = [], []
        for spec in group.specs:
            anchor = self.anchor()
            texts = (spec.name, str(spec.n), str(spec.c), spec.m, spec.big_m, "GB 4789")
            rows.append(Row([Cell(t, i) for i, t in enumerate(texts)], [anchor]))
            gold += micro_gold(spec, clause, number, anchor)
        table = Table(
            number,
            group.table_title or group.title,
            (0.22, 0.08, 0.08, 0.17, 0.12, 0.33),
            [Row(head1), Row(head2)],
            rows,
            ruling=self.doc.ruling if self.doc.ruling != "none" else "grid",
            footnotes=["^{a} 样品的采样及处理按GB 4789.1和GB 4789.18执行。"],
            cont_style=self.doc.cont_style,
        )
        return Written([self.lead(group, number), table], gold)

    # -- clauses ---------------------------------------------------------------------------
    def inline(self, group: Group, entries: list[Entry], clause: str) -> Written:
        numbered = self.rng.random() < 0.65
        out = Written()
        if not numbered:
            out.blocks.append(Para(f"{group.title}应符合下列要求：", keep_with_next=True))
        for k, entry in enumerate(entries, start=1):
            text, unit, offset = self.doc.numbers.inline(
                entry.spec, entry.levels[0], self.rng, self.doc.cn_numerals
            )
            anchor = self.anchor()
            if numbered:
                para, where = Para(text, [(anchor, offset)], hang=f"{clause}.{k}"), f"{clause}.{k}"
            else:
                last = k == len(entries)
                para = Para(text[:-1] + ("。" if last else "；"), [(anchor, offset)], hang=f"{chr(96 + k)})")
                where = clause
            out.blocks.append(para)
            out.gold += gold_for(entry, (), unit, where, None, anchor)
        return out


def micro_gold(spec: MicroSpec, clause: str, table: str, anchor: str) -> list[GoldIndicator]:
    """m and M are both upper limits; "0/25g(mL)" with c=0 means not detected in 25 g (DOMAIN.md)."""
    plan = f"n={spec.n},c={spec.c}"
    if "/" in spec.m:
        return [
            GoldIndicator(
                spec.name, "not_detected", None, None, None, None, None, [plan, spec.m], clause, table, anchor
            )
        ]
    out = []
    for limit in (spec.m, spec.big_m):
        if limit.replace(".", "").isdigit():
            out.append(
                GoldIndicator(
                    spec.name, "<=", float(limit), None, None, spec.unit, None, [plan], clause, table, anchor
                )
            )
    return out
