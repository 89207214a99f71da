"""Requirement tables to indicators.

The shapes handled (DOMAIN.md, Tables): 项目|指标 and 项目|单位|指标|检验方法 tables; grade columns
(one indicator per grade, a value merged across grades applies to each); units in the cell, the
unit column, the column header ("指标/(mg/kg)") or the row label ("垩白度/% ≤"); comparators in the
cell, the row label, the header ("限量", "最大值") or the caption; two-level row labels
("碎米 / 其中：小碎米含量"); category rows; footnote markers resolved to conditions; 最小值/最大值
column pairs (ranges); microbiological n/c/m/M sampling plans (m and M as two ceilings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from std_extract.document import Clause, ParsedDocument, Table, TableCell
from std_extract.extract.clausewords import statistic_interval
from std_extract.extract.ids import indicator_id
from std_extract.extract.labels import (
    Label,
    grade_of,
    header_grade,
    is_ladder_grade,
    is_sub_item,
    level_under_parent,
    split_label,
)
from std_extract.extract.requirements import Limit, limits_in, rules_or_default, word_comparator
from std_extract.extract.scope import requirement_chapters
from std_extract.extract.stated import StatedComparators, stated_comparators
from std_extract.extract.tableconditions import qualified_condition
from std_extract.extract.tablehalves import unfold_halves
from std_extract.extract.tableheads import (
    BASIS,
    bounded_heads,
    caption_name,
    caption_over_conditions,
    category_rows,
    is_transposed,
    read_head,
)
from std_extract.extract.tablelines import qualified_lines
from std_extract.extract.tablenotes import alternative_value, bound_for, note_unit, noted_bounds, noted_units
from std_extract.extract.tableqc import (
    BoundColumn,
    bound_column,
    bound_column_table,
    criterion_name,
    is_tuning_check,
    table_matrix,
)
from std_extract.extract.tablespans import centred_spans
from std_extract.extract.tablevocab import TableVocab
from std_extract.parse.headerlines import join_header_lines
from std_extract.parse.layout import is_cjk
from std_extract.record import Comparator, Indicator, Provenance
from std_extract.textnorm import clean_text, compact, open_brackets, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.rules import Rules
    from std_extract.values.comparators import Comparators


# Comparators that carry a value, and so a unit.
_VALUED = {"<=", ">=", "<", ">", "=", "range", "tolerance"}


@dataclass
class ColumnRoles:
    """What each column of a table holds, and the rules that told (its cells are read with them)."""

    rules: Rules = field(repr=False)
    label: list[int] = field(default_factory=list)
    value: list[int] = field(default_factory=list)
    unit: int | None = None
    method: int | None = None
    note: int | None = None  # 备注: its text restricts the row's values (read in category tables)
    category: list[int] = field(default_factory=list)  # 食品类别 beside an item column: conditions
    location: list[int] = field(default_factory=list)  # 污染物排放监控位置 after the limits: a place
    plan_n: int | None = None
    plan_c: int | None = None
    sign: int | None = None  # a column of signs alone (≥ | ≤ | —) before the values: each row's direction

    @property
    def vocab(self) -> TableVocab:
        return self.rules.tables

    @property
    def units(self) -> tuple[str, ...]:
        """The rule set's Chinese unit words, which labels are split with."""
        return self.rules.values.unit_words


def header_parts(table: Table, col: int) -> list[str]:
    """The header texts above a column, top to bottom, without the copies merged cells leave.

    Taken from ``header_rows`` rather than by splitting the joined column path on "/", which
    would also split units ("限值（mg/L）").
    """
    parts: list[str] = []
    for header_row in table.header_rows:
        # the cell's lines joined, a unit line with "/" ("烧水时间" over "min ≤"); "限量a" over "μg/kg"
        text = join_header_lines(header_row[col].split("\n")) if col < len(header_row) else ""
        if text and (not parts or compact(parts[-1]) != compact(text)):
            parts.append(text)
    if not parts and col < len(table.columns) and table.columns[col].strip():
        parts.append(squeeze_spaces(table.columns[col].replace("\n", "")))
    return parts


def header_leaf(table: Table, col: int) -> str:
    parts = header_parts(table, col)
    return parts[-1] if parts else ""


def column_roles(table: Table, rules: Rules, title: str | None = None) -> ColumnRoles:
    """Decide what each column holds from its header, falling back to its cells, with the words of
    ``rules`` (``title``: the standard's, which names the product its kinds' columns end with)."""
    roles = ColumnRoles(rules)
    vocab = roles.vocab
    width = max((len(r) for r in table.rows), default=0)
    for j in range(width):
        # Headers are compared without spaces: GB standards space out two-character headers ("项 目").
        leaf = header_leaf(table, j).replace(" ", "")
        whole = "/".join(header_parts(table, j)).replace(" ", "")
        if vocab.is_("index", leaf):
            continue
        if vocab.is_("unit", leaf):
            roles.unit = j
        elif vocab.is_("method", leaf) and not grade_of(leaf, vocab):
            roles.method = j
        elif vocab.is_("note", leaf):
            roles.note = j
        elif roles.value and vocab.is_("schedule", leaf):
            continue  # 频次 after the limits: when the check is run, no requirement
        elif roles.label and not roles.value and vocab.is_("condition", leaf):
            roles.category.append(j)  # 平均时间 beside the limits: the row's condition
        elif roles.value and vocab.is_("location", leaf) and _places_column(table, j, leaf):
            roles.location.append(j)  # 污染物排放监控位置 after the limits: where the row's values hold
        elif leaf in vocab.plan_n:
            roles.plan_n = j
        elif leaf in vocab.plan_c:
            roles.plan_c = j
        elif not roles.value and roles.label and _sign_column(table, j):
            roles.sign = j  # "要求" over ≥ | ≤ | — before the grade columns: each row's sign, no value
        elif _is_value_header(leaf, vocab) or _is_value_header(whole, vocab):
            roles.value.append(j)  # 指标/要求/限值/grade columns hold values, even qualitative ones
        elif not roles.value and (vocab.is_("label", whole) or _mostly_text(table, j)):
            roles.label.append(j)
        elif not roles.value and roles.label and _symbol_classes(table, j, roles):
            roles.label.append(j)  # "额定容量V/L" over "V≤15" | "V＞15": classes of the row, no limits
        else:
            roles.value.append(j)
    if not roles.label and roles.value:  # no header at all: the first column names the rows
        roles.label.append(roles.value.pop(0))
    while not roles.value and len(roles.label) >= 2 and _parameter_column(table, roles.label[-1], vocab):
        # "项目 | 技术参数" over "额定电压/V | 220": a header word of labels (参数, 特性) over the numbers
        # after the row labels heads the values; else the table would state nothing
        roles.value.insert(0, roles.label.pop())
    if not roles.value and len(roles.label) >= 2:
        _kinds_of_the_product(table, roles, title)
    _declared_values_apart(table, roles, vocab)
    _names_column_to_label(table, roles, vocab)
    _category_column_apart(table, roles, vocab)
    _categories_after_items(table, roles, vocab)
    return roles


def _declared_values_apart(table: Table, roles: ColumnRoles, vocab: TableVocab) -> None:
    """Value columns of the declared value ("标示的保证值" over "＜5.0%" | "≥5.0%") before a column of the
    deviation allowed from it ("允许偏差（绝对值）/%" over ±0.3 | ±0.6): each row's band of the declared
    value, the condition its deviation holds at (tables.toml [columns].declared, .deviation)."""
    leaves = {j: header_leaf(table, j).replace(" ", "") for j in roles.value}
    deviations = [j for j, leaf in leaves.items() if vocab.is_("deviation", leaf)]
    declared = [j for j, leaf in leaves.items() if vocab.is_("declared", leaf) and j not in deviations]
    if not deviations or not declared or max(declared) > min(deviations):
        return
    if set(roles.value) != set(declared) | set(deviations):
        return  # "项目 | 标称值 | 指标 | 偏差": a limit column beside them, the nominal no condition of it
    if not all(_band(row[j].text, vocab) for j in declared for row in table.rows if j < len(row)):
        return  # a point nominal ("标称值/mm" over 200) is a value of its own
    for j in declared:
        roles.value.remove(j)
        roles.category.append(j)


# A band of a declared value: a comparison or a range ("＜5.0%", "≥5.0%", "1＜Qn≤10", "50～100").
_BAND = re.compile(r"[≤≥<>＜＞～~]|\d\s*[-—–]\s*\d|以[上下]|以内")


def _band(text: str, vocab: TableVocab) -> bool:
    """A cell holding a band of the declared value, or nothing (a dash: one band for the whole row)."""
    text = clean_text(text).strip()
    return not text or vocab.states_nothing(text) or bool(_BAND.search(text))


def _kinds_of_the_product(table: Table, roles: ColumnRoles, title: str | None) -> None:
    """Columns after an items column ("项目"), each headed by a kind of the standard's product (the header
    ends with the title's product: "贴片面膜" | "膏（泥）状面膜" in 面膜) and holding words (外观, 香气: every
    cell a sensory requirement): the kinds' requirements, value columns (they were taken for more row
    labels, and the table stated nothing).  Only where no column holds values."""
    vocab = roles.vocab
    first = compact(header_leaf(table, roles.label[0]))
    product = compact(clean_text(title or ""))
    if not vocab.is_("item", first) or len(product) < 2:
        return
    kinds: list[int] = []
    for j in reversed(roles.label[1:]):
        leaf = compact(clean_text(header_leaf(table, j)))
        if leaf == first or vocab.is_("label", leaf) or not leaf.endswith(product[-2:]):
            break
        kinds.insert(0, j)
    if kinds and all(_worded_requirements(table, j) for j in kinds):
        roles.label = [j for j in roles.label if j not in kinds]
        roles.value = kinds


# A count or an amount of places (最少监测点位, 监测点位数, 点位/个): a quantity, no place.
_PLACE_COUNT = re.compile(r"最少|最多|数量|个数|数$|/")


def _places_column(table: Table, j: int, leaf: str) -> bool:
    """A column naming places in words ("烟囱或烟道", "周界外浓度最高点"), not counting them: its header
    says no amount (最少监测点位) and no cell is a number (review of 31f9222: a count 1 under 最少监测点位
    was taken for a place)."""
    if _PLACE_COUNT.search(leaf):
        return False
    cells = [squeeze_spaces(row[j].text) for row in table.rows if j < len(row) and row[j].text.strip()]
    return bool(cells) and not any(re.search(r"\d", clean_text(cell)) for cell in cells)


def _places_of(row, j: int, table: Table, roles: ColumnRoles) -> list[str]:
    """The places the row's location columns name for value column j: a top-level column's for every
    value, one under a group header (无组织排放监控浓度限值 > 监控点) for the values under that group only."""
    out = []
    for k in roles.location:
        parent = header_parts(table, k)[:-1]
        if parent and header_parts(table, j)[:-1] != parent:
            continue  # 周界外浓度最高点 holds for the unorganised limit beside it, not the stack's
        text = _cell_text(row, k)
        if text and not roles.vocab.states_nothing(text):
            out.append(_category_lines(text))
    return out


def _worded_requirements(table: Table, j: int) -> bool:
    """Every cell of column j printing something is a sentence of words ("膜布完整、均匀浸润精华液"), none a
    mark (√, ●, —: the checks a test run holds, 检验项目 | 出厂检验 | 型式检验) nor a short word."""
    cells = [compact(clean_text(r[j].text)) for r in table.rows if j < len(r) and r[j].text.strip()]
    return bool(cells) and all(sum(map(is_cjk, text)) >= 4 for text in cells)


def _parameter_column(table: Table, j: int, vocab: TableVocab) -> bool:
    """Column j is headed by a word of [columns].parameter and holds numbers, not words."""
    return vocab.is_("parameter", "/".join(header_parts(table, j))) and not _mostly_text(table, j)


def _symbol_classes(table: Table, j: int, roles: ColumnRoles) -> bool:
    """Column j's header declares a quantity's symbol ("额定容量V/L", "额定输入功率P/W") and every
    line of its cells compares that symbol with a number ("V≤15", "15＜V≤30"): a column of classes."""
    name = split_label(header_leaf(table, j), roles.units).name
    m = re.search(r"(?<=[\u4e00-\u9fff])([A-Za-z])$", name.replace(" ", ""))
    if not m:
        return False
    lines = [
        ln for row in table.rows if j < len(row) for ln in clean_text(row[j].text).split("\n") if ln.strip()
    ]
    lines = [ln for ln in lines if not roles.vocab.states_nothing(ln)]
    symbol = re.escape(m.group(1))
    compared = re.compile(rf"^\s*(?:[\d.\s]+[≤<＜]\s*)?{symbol}\s*[≤≥<>＜＞]\s*[\d.\s]+\s*$")
    return bool(lines) and all(compared.match(ln) for ln in lines)


def _class_lines(row, col: int | None, table: Table, roles: ColumnRoles) -> list[str]:
    """The classes a row stacks in a column of classes (see :func:`_symbol_classes`), each stated
    with its header's unit ("V≤15 L"); [] for one line or another column."""
    text = _cell_text(row, col)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if col is None or len(lines) < 2 or not _symbol_classes(table, col, roles):
        return []
    header = "/".join(header_parts(table, col))
    return [qualified_condition(ln, header, roles.rules) for ln in lines]


def _categories_after_items(table: Table, roles: ColumnRoles, vocab: TableVocab) -> None:
    """Label columns after one headed as items (GB 31650: 兽药名称 | 残留标志物 | 动物种类 | 靶组织 |
    限量要求) say where the item's value holds: the first names the indicator, the others are its
    conditions, as category columns before it are."""
    if len(roles.label) < 2 or roles.category:
        return
    heads = ["/".join(header_parts(table, j)).replace(" ", "") for j in roles.label]
    items_first = _names_items_header(heads[0], vocab) and not any(
        _names_items_header(h, vocab) for h in heads[1:]
    )
    # a column of substances before the foods they are used in (GB 14880 营养强化剂 | 食品类别（名称）
    # | 使用量; GB 2760's 食品添加剂 likewise): whatever its header says, it names the indicator (in a
    # transposed table, 额定功率P/W | 产品类别 | 热效率/%, it is the row's class, the category a condition)
    substance_first = bool(heads[0]) and not vocab.is_("category", heads[0])
    substance_first = substance_first and all(vocab.is_("category", h) for h in heads[1:])
    if not (items_first or substance_first):
        return
    if any(not h or h in heads[0] for h in heads[1:]):
        return  # "项目" over a label and its sub-items (or "项 目" set over two): one label
    roles.category.extend(roles.label[1:])
    del roles.label[1:]


def _names_column_to_label(table: Table, roles: ColumnRoles, vocab: TableVocab) -> None:
    """A value-headed column of names between the label column and the limits is a label column
    (microbiological limits 食品类别 | 致病菌指标 | n | c | m | M: the pathogens are the indicators, not
    qualitative values): its header is more than a value word, its cells are words, and numbers
    (or a sampling plan) follow it."""
    if not roles.label or not roles.value:
        return
    first = roles.value[0]
    leaf = header_leaf(table, first).replace(" ", "")
    if grade_of(leaf, vocab) or vocab.is_("generic_value", leaf) or not _mostly_text(table, first):
        return
    if vocab.is_("minimum", leaf) or vocab.is_("maximum", leaf):
        return  # 最小值 over "N.S." | "1.2" | "N.S.": a bound's column, its words state no bound
    later = [j for j in roles.value[1:] if not _mostly_text(table, j)]
    if roles.plan_n is not None or later:
        roles.label.append(roles.value.pop(0))


def _category_column_apart(table: Table, roles: ColumnRoles, vocab: TableVocab) -> None:
    """Label columns headed as categories (食品类别, 产品类别; one or two levels) before one headed
    as items (致病菌指标, 项目) restrict the row: their text is a condition, not a name."""
    last = "/".join(header_parts(table, roles.label[-1])).replace(" ", "") if roles.label else ""
    if len(roles.label) < 2 or not _names_items_header(last, vocab):
        return
    while len(roles.label) > 1:
        first = "/".join(header_parts(table, roles.label[0])).replace(" ", "")
        if not (vocab.is_("category", first) or vocab.is_("part", first)):
            break
        roles.category.append(roles.label.pop(0))


def _names_items_header(header: str, vocab: TableVocab) -> bool:
    return (vocab.is_("item", header) or header.endswith("指标")) and not vocab.is_("category", header)


def _is_value_header(leaf: str, vocab: TableVocab) -> bool:
    return bool(grade_of(leaf, vocab) or vocab.is_("value", leaf)) and not vocab.is_("not_value", leaf)


_SIGNS_READ = {"≤": "<=", "≥": ">=", "<": "<", ">": ">", "＜": "<", "＞": ">"}
_SIGN_CELL = re.compile(r"[≤≥<>＜＞]|[—–\-－]{1,2}")


def _property_classes_header(table: Table, col: int | None, vocab: TableVocab) -> bool:
    """The rows' header names the classes of a technical property (tables.toml columns.property_class:
    绝缘等级 over B级 | F级, 耐热等级, 防护等级): the rows are conditions, their letters no quality grade
    (能效等级 over 1级 | 2级 stays a ladder of grades)."""
    return col is not None and vocab.is_("property_class", compact("/".join(header_parts(table, col))))


def _sign_column(table: Table, col: int) -> bool:
    """Every printed cell of the column is a comparator sign alone or a dash ("≥" | "≤" | "—"), some a
    sign: a column of the rows' directions (a comparator column headed 要求 or left blank, the values
    in the grade or type columns after it), whatever its header says."""
    cells = [clean_text(r[col].text).strip() for r in table.rows if col < len(r) and r[col].text.strip()]
    signs = [c for c in cells if _SIGN_CELL.fullmatch(c)]
    return bool(cells) and len(signs) == len(cells) and any(c[0] in "≤≥<>＜＞" for c in signs)


def _numbers_alone(table: Table, col: int) -> bool:
    """Every printed cell of the column is a bare number ("1.5", "0.37"): data, not a range or a word."""
    cells = [clean_text(r[col].text).strip() for r in table.rows if col < len(r) and r[col].text.strip()]
    return bool(cells) and all(re.fullmatch(r"\d+(?:\.\d+)?", c) for c in cells)


def _mostly_text(table: Table, col: int) -> bool:
    """A column whose cells are mostly words, not numbers (row labels without a header)."""
    cells = [r[col].text for r in table.rows if col < len(r) and r[col].text.strip()]
    if not cells:
        return False
    numeric = sum(1 for t in cells if re.search(r"\d", clean_text(t)))
    return numeric <= len(cells) / 3


@dataclass
class RowContext:
    """What a row inherits from the rows above it."""

    parent_name: str | None = None  # for "其中：" sub-items
    category: str | None = None  # a category row ("无机元素及化合物")
    category_x: float | None = None  # where its label starts, in a text table (rows under it are indented)
    category_unit: str | None = None  # a category row printing a unit ("溴酸盐/(mg/L)") names a quantity
    group: Label | None = None  # a text table's group label set on its first item's line ("杯具　细菌总数")
    group_x: float | None = None  # where that line starts: rows indented past it are the group's items
    printed_sign: str | None = None  # the one sign every signing row label prints (_printed_direction)
    stated: StatedComparators = field(default_factory=StatedComparators)  # "“率”类指标为不低于…"
    noted: dict[str, str] = field(default_factory=dict)  # "注：表中脂肪…指标为最小值" (noted_bounds)
    noted_units: dict[str, str] = field(default_factory=dict)  # "注：菌落总数、大肠菌群的单位为CFU/g"


def is_requirement_table(table: Table, chapters: list[Clause], rules: Rules | None = None) -> bool:
    """A table inside a requirement chapter (by clause number *and* pages: method annexes restart
    their numbering at 1, so "3.6.1" in 附录 B is not clause 3.6.1 of the body), or, outside any
    clause, one whose caption says it holds limits or whose introducing sentence requires what
    it states ("最大残留限量：应符合表35的规定")."""
    vocab = rules_or_default(rules).tables
    caption = (table.caption or "") + (table.title or "")
    if is_tuning_check(table, vocab):
        return True  # "BFB关键离子丰度应满足表1中规定的标准" under 7.2.1 仪器性能检查 (extract/tableqc.py)
    if bound_column(table, chapters, rules_or_default(rules).comparators) is not None:
        return True  # "…最小相对响应因子应大于等于附表A中规定的限值": one column of an annex's tables
    if (
        caption
        and vocab.not_requirement_caption.search(caption)
        and not _bound_by_its_clause(table, chapters, vocab)
    ):
        return False
    if vocab.division_intro.search(re.sub(r"\s+", "", table.intro_text or "")) and _one_quantitys_ranges(
        table, vocab
    ):
        return False  # "以菌盖直径划分规格，应符合表2的规定": the table defines the sizes, it bounds nothing
    if table.clause and chapters:
        # an informative annex (（资料性）, GB/T 1.1-2020 8.6: 生活饮用水水质参考指标及限值) binds no one,
        # however its title reads
        return any(_within(table, c) for c in chapters if not (c.kind == "annex" and c.normative is False))
    intro = re.sub(r"\s+", "", table.intro_text or "")
    return bool(
        vocab.requirement_caption.search(caption)
        or intro
        and vocab.requirement_intro.search(intro)
        or _has_limit_column(table, vocab)
        and not vocab.not_requirement_caption.search(intro)
    )


def _bound_by_its_clause(table: Table, chapters: list[Clause], vocab: TableVocab) -> bool:
    """A method's table of acceptance ranges ("表2 目标物的基体加标回收率控制范围" under 9 质量保证和质量控制,
    brought in by "目标物的加标回收率应在表2规定的范围内"): its caption's only method words are
    quality-control statistics (tables.toml [captions].acceptance), the sentence that brings it in
    binds it, and its clause is one of the requirement chapters.  A data table of the method (an
    annex's recoveries "见表B.1") is bound by no clause; a sampling or instrument table ("表3 抽样方案",
    "表3 仪器工作条件") is never bound."""
    if not table.number or not table.clause or not chapters:
        return False
    caption = (table.caption or "") + (table.title or "")
    words = {m.group() for m in vocab.not_requirement_caption.finditer(caption)}
    if not words or not words <= set(vocab.spec.captions.acceptance):
        return False
    intro = re.sub(r"\s+", "", table.intro_text or "")
    number = re.escape(table.number) + r"(?![\d.])"
    required = any(re.search(re.escape(w) + number, intro) for w in vocab.spec.captions.requirement_intro)
    ranged = any(  # "…应在表2规定的范围内"; a holding time's "应在表1中…所规定的时间内完成"
        re.search(re.escape(w) + number + r"[^。；;]*规定的[^。；;]*(?:范围|时间内)", intro)
        for w in vocab.spec.captions.acceptance_intro
    )
    if not (required or ranged):
        return False
    return any(_within(table, c) for c in chapters if not (c.kind == "annex" and c.normative is False))


def _one_quantitys_ranges(table: Table, vocab: TableVocab) -> bool:
    """One body row (the quantity the sizes are divided by) under a label header that names no items (规格,
    not 项目): the shape of a table defining sizes."""
    label = header_leaf(table, 0).replace(" ", "") if table.rows else ""
    return len(table.rows) == 1 and not vocab.is_("item", label)


def _has_limit_column(table: Table, vocab: TableVocab) -> bool:
    """A column headed as limits (限量, 最大使用量: tables.toml columns.limit) over rows of
    categories: GB 2760 表A.1 sits in an annex under a bare "表A.1（续）"."""
    width = max((len(r) for r in table.rows), default=0)
    return any(vocab.is_("limit", header_leaf(table, j)) for j in range(width))


def _within(table: Table, chapter: Clause) -> bool:
    number = chapter.number or ""
    in_clause = table.clause == number or (table.clause or "").startswith(number + ".")
    return in_clause and chapter.page_start <= table.pages[0] <= chapter.page_end


def table_to_indicators(
    table: Table, document: ParsedDocument, rules: Rules | None = None
) -> list[Indicator]:
    """All indicators of one requirement table, in row then column order (``rules``: the shipped
    ones when None; every stage below reads its vocabulary and comparators from them)."""
    rules = rules_or_default(rules)  # the table stages below take the one rule set as an argument
    if bound := bound_column(table, requirement_chapters(document, rules.scope), rules.comparators):
        return _bound_column_indicators(table, bound, document, rules)
    return _table_indicators(table, document, rules)


def _bound_column_indicators(table: Table, bound: BoundColumn, document: ParsedDocument, rules: Rules):
    """The one column of an annex table a quality-control clause makes a limit, each row's value under
    the clause's comparator, the table's matrix a condition (extract/tableqc.py)."""
    comparator = word_comparator(bound.word, rules)  # "大于等于" -> ">="
    # the column's header and the table's matrix say which limit of the compound this is
    extra = [
        squeeze_spaces(header_leaf(table, bound.column)).replace(" ", ""),
        *filter(None, [table_matrix(table)]),
    ]
    found = _table_indicators(bound_column_table(table, bound), document, rules)
    return [
        i.model_copy(
            update={"comparator": comparator or i.comparator, "conditions": _joined(extra, i.conditions)}
        )
        for i in found
        if i.value is not None
    ]


def _table_indicators(table: Table, document: ParsedDocument, rules: Rules) -> list[Indicator]:
    table = unfold_halves(table)  # "项目 | 标准值 | 项目 | 标准值": one list in two halves
    roles = column_roles(table, rules, document.metadata.title)
    table = _group_labels_over_page_breaks(table, roles)
    ladder = [j for j in roles.value if _ladder_column(header_leaf(table, j), roles)]
    table = centred_spans(table, roles.value, ladder)  # "≤13.0" centred over four blank grades: one cell
    if not roles.label or not roles.value and roles.plan_n is None:
        return []
    footnotes = _footnotes(table)
    table_default = word_comparator((table.caption or "") + (table.intro_text or ""), rules)
    label_col = roles.label[-1] if roles.label else None
    heads = {j: read_head(header_parts(table, j), rules, roles.plan_n is not None) for j in roles.value}
    heads = bounded_heads(heads, {j for j in heads if _numbers_alone(table, j)})
    roles.value = [j for j in roles.value if j in heads]
    if is_tuning_check(table, roles.vocab):  # "离子丰度标准": the criteria for 离子丰度
        heads = {j: replace(head, name=head.name and criterion_name(head.name)) for j, head in heads.items()}
    if is_transposed(table, label_col, heads, rules):
        if named := caption_over_conditions(table, heads, rules):  # both axes are conditions
            heads = {j: replace(head, name=named, condition=head.name) for j, head in heads.items()}
            flags = ["table_transposed", "name_from_caption"]
            return _across_columns(table, roles, heads, footnotes, table_default, document, flags)
        return _across_columns(table, roles, heads, footnotes, table_default, document)
    if named := caption_name(table, label_col, heads, rules):
        heads = {j: replace(head, name=named) for j, head in heads.items()}
        return _across_columns(table, roles, heads, footnotes, table_default, document, ["name_from_caption"])
    if category_rows(table, label_col, heads, rules):
        return []  # rows of foods under a limit with no name in sight: a category is no indicator
    out: list[Indicator] = []
    context = RowContext(
        stated=stated_comparators(table.intro_text),
        noted=noted_bounds(table.notes, roles.vocab),
        noted_units=noted_units(table.notes, roles.vocab),
    )
    if context.stated.both_ways:
        table_default = None  # the clause bounds rows both ways: no one word holds for the table
    context.printed_sign = _printed_direction(table, roles)
    for row in table.rows:
        for virtual, label_texts, conditions in _unstack(row, roles):
            out.extend(
                _row_to_indicators(
                    virtual,
                    table,
                    roles,
                    context,
                    footnotes,
                    table_default,
                    document,
                    label_texts,
                    conditions,
                )
            )
    return out


# A class named by a code (GB/T 11968 strength classes A3.5, density classes B06; concrete C30; GB 3838
# Ⅰ类 ... Ⅴ类): classes of one ladder, as grades are.  A kind named by a type code (Ⅰ型 | Ⅱ型 | Ⅲ型,
# A型 | B型, 2型) is no ladder: a blank under one type may mean the requirement is not the type's.
_CLASS_CODE = re.compile(r"[A-Z]{1,2}\d+(?:\.\d+)?|[ⅠⅡⅢⅣⅤⅥ]+类?")


def _ladder_column(leaf: str, roles: ColumnRoles) -> bool:
    """A value column headed by a grade or by a class code: one step of a ladder."""
    if header_grade(leaf, roles.vocab, roles.units):
        return True
    return bool(_CLASS_CODE.fullmatch(compact(clean_text(leaf))))


def _group_labels_over_page_breaks(table: Table, roles: ColumnRoles) -> Table:
    """A group label merged down its rows (维生素C beside its foods, 总磷 beside its dates) that a page
    break cuts prints nothing on the next page, where the header rows repeat (a word processor's
    table, no 续表): the first row there, and the rows its empty cell is merged over, take the group
    cell of the row above, as copies of it, when a label after it names the row.  A text table's rows
    overleaf print no merge: each row after the first there that names an item and leaves the group's
    cell blank takes it too."""
    columns = sorted(roles.label + roles.category)
    rows = [list(row) for row in table.rows]
    carried: dict[tuple[int, int], TableCell] = {}  # the empty merged cell -> the group cell it continues
    overleaf: dict[tuple[int, int], TableCell] = {}  # (row, column) -> the group carried onto it
    for i in range(1, len(rows)):
        row, above = rows[i], rows[i - 1]
        for k, j in enumerate(columns[:-1]):
            if j >= len(row) or j >= len(above) or row[j].text.strip():
                continue
            merged = row[j].merged_from
            group = carried.get(merged) if merged is not None else None
            names_item = any(c < len(row) and row[c].text.strip() for c in columns[k + 1 :])
            if group is None and row[0].page != above[0].page and above[j].text.strip():
                if names_item:
                    group = above[j]
                    carried[(row[j].row, j)] = group
            if group is None and merged is None and names_item and table.detection == "text":
                group = overleaf.get((i - 1, j))  # "汞（Hg）" under "铬（Cr）", both overleaf
            if group is not None:
                overleaf[(i, j)] = group
                source = group.merged_from or (group.row, j)
                update = {"text": group.text, "merged_from": source, "text_x0": group.text_x0}
                row[j] = row[j].model_copy(update=update)
    if not carried:
        return table
    return table.model_copy(update={"rows": rows})


def _printed_direction(table: Table, roles: ColumnRoles) -> str | None:
    """The one sign every row label that prints one prints ("色度/度 ≤", "浑浊度/NTU ≤", …): a row
    printing none in such a table holds the same way (dev_water_02 "溴酸盐（ｍｇ／Ｌ）" over its
    processes: ≤ 0.01, not = 0.01).  None when fewer than two rows print a sign or they differ."""
    if not roles.label:
        return None
    signs = [
        split_label(row[roles.label[-1]].text, roles.units).comparator
        for row in table.rows
        if roles.label[-1] < len(row) and row[roles.label[-1]].merged_from is None
    ]
    printed = [sign for sign in signs if sign]
    return printed[0] if len(printed) >= 2 and len(set(printed)) == 1 else None


def _across_columns(table, roles, heads, footnotes, table_default, document, flags=("table_transposed",)):
    """A transposed table: each value column names an indicator, each row a class or condition
    (issue 12 classes 2 and 4), or a table whose caption names the one indicator of its category
    rows (class 6); the row's label goes to the conditions, or to the grade when it names one
    (grade tables set with the grades down the rows).  A row stacking several categories and
    values as lines of one cell (GB 2762: "蔬菜及其制品\n新鲜蔬菜\n叶菜蔬菜" beside "0.1\n0.3") gives
    one indicator per value line (class 7)."""
    out: list[Indicator] = []
    category_col = roles.label[-1] if roles.label else None
    classes_of_a_property = _property_classes_header(table, category_col, roles.vocab)
    line_unit = _caption_unit(table, roles.vocab)
    line_qualifier = _unit_line_qualifier(table) if line_unit else None
    noted = noted_bounds(table.notes, roles.vocab)
    stated = stated_comparators(table.intro_text)
    group: tuple[str, float | None] | None = None  # a category row over the rows indented under it
    set_flush = _labels_set_flush_left(table, roles)
    for row in table.rows:
        labels = [label for label in _label_parts(row, roles) if not roles.vocab.states_nothing(label.text)]
        group, opened = _category_group(row, labels, heads, roles, table, group if set_flush else None)
        group = group if set_flush else None
        if opened:
            continue
        notes = [footnotes[m] for label in labels for m in label.footnotes if m in footnotes]
        row_name = labels[-1].name if labels else None
        row_unit, notes = _unit_notes(notes, roles.vocab, row_name)  # "a 鲜乳的单位为贝可每升（Bq/L）"
        notes += _remarks(_cell_text(row, roles.note), roles.vocab)
        notes = _category_cells(row, roles) + notes  # 区域 | 故障类别 | 到达现场时间/min: both restrict
        paths = _stacked_paths(_cell_text(row, category_col), row, heads)
        if classes := _class_lines(row, category_col, table, roles):
            paths = classes  # "V ≤ 15" / "V＞15" beside 桶式: each line a class, 桶式 restricting all
            notes = [_category_path(labels[:-1])] * (len(labels) > 1) + notes
        for j, head in heads.items():
            if j >= len(row) or not head.name or head.plan is not None:
                continue
            marked = [footnotes[m] for m in head.footnotes if m in footnotes and footnotes[m] not in notes]
            lines = _value_lines(row[j].text, len(paths))
            if classes and len(lines) == 1:
                lines = lines * len(classes)  # one value beside the stacked classes holds for each
            for k, text in enumerate(lines):
                if roles.vocab.states_nothing(text):
                    continue
                condition = paths[k] if paths else _category_path(labels)
                if group is not None and condition:
                    condition = f"{group[0]}/{condition}"  # "谷物及其制品" over an indented "大米"
                # grade rows (特级 | 一级 | 二级), not the classes of a property the rows' header names
                row_grade = None if paths or classes_of_a_property else grade_of(condition, roles.vocab)
                if len(labels) == 1 and not paths and category_col is not None:
                    header = "/".join(header_parts(table, category_col))
                    condition = qualified_condition(condition, header, roles.rules)
                stacked = ["stacked_cell"] if len(lines) > 1 else []
                context = CellContext(
                    name=head.name,
                    unit=row_unit or head.unit or line_unit,
                    comparator=head.comparator
                    or bound_for(head.name, noted)
                    or stated.for_named(head.name or "")
                    or table_default,
                    grade=head.grade or row_grade,
                    conditions=[
                        c
                        for c in [None if row_grade else condition, head.condition, head.basis]
                        + [None if head.unit else line_qualifier, *notes, *marked]
                        if c
                    ],
                    flags=[*flags, *stacked, *(["header_unit"] if head.unit else [])],
                )
                out.extend(
                    _cell_indicators(row[j], j, table, roles, row, context, document, text=text, part=k)
                )
    return out


def _category_group(row, labels: list[Label], heads, roles: ColumnRoles, table: Table, group):
    """The category a row of a transposed or caption-named table falls under, and whether the row
    opens one: a row naming a group of the rows below and stating no value ("谷物及其制品" over an
    indented "大米", "小麦粉"; in a grid its cell merged across the row) opens it; a row set back at
    its indent (or further left) closes it.  A group naming a section of the table is no category."""
    value_cells = [row[j] for j in heads if j < len(row)]
    x = _label_x(row, roles, table)
    if labels and _is_category_row(row, labels, value_cells):
        name = _category_path(labels)
        return (None if roles.vocab.section_group.search(compact(name)) else (name, x)), True
    if group is not None and (x is None or group[1] is None or x < group[1] + _INDENT):
        group = None
    return group, False


_INDENT = 6.0  # points: a row indented under a category starts at least this far right of it (an em: ~10)


def _labels_set_flush_left(table: Table, roles: ColumnRoles) -> bool:
    """The label column's texts start at a few places only (flush left, items indented under their
    categories), not each where its length puts it (centred labels: "乳及乳制品" starts left of "生乳"
    without being its category).  Only then does an indent say a row belongs to the category above."""
    column = roles.label[-1] if roles.label else None
    printed = [row for row in table.rows if _cell_text(row, column)]
    xs = sorted(x for row in printed if (x := _label_x(row, roles, table)) is not None)
    starts: list[float] = []
    for x in xs:
        if not starts or x - starts[-1] > 1.0:
            starts.append(x)
    return 1 <= len(starts) <= 3 and len(starts) < len(xs)


def _unit_notes(notes: list[str], vocab: TableVocab, row: str | None) -> tuple[str | None, list[str]]:
    """The unit a footnote of the row ``row`` gives its values ("a 鲜乳的单位为贝可每升（Bq/L）" under a
    table in Bq/kg), and the row's conditions: its other notes, and what a unit note's bracket
    qualifies the values by ("a 单位为%（体积分数）": 体积分数); a note that only gives the unit is none."""
    unit, conditions = None, []
    for note in notes:
        if (found := note_unit(note, vocab, row)) is None:
            conditions.append(note)
            continue
        unit = unit or found[0]
        conditions += [found[1]] if found[1] else []
    return unit, conditions


def _category_cells(row: list[TableCell], roles: ColumnRoles) -> list[str]:
    """The row's category columns (headed 类别, 品种, …, beside the label column) as conditions: in a
    transposed table they restrict every value of the row as the row's class does."""
    texts = dict.fromkeys(_category_lines(_cell_text(row, j)) for j in roles.category)
    return [text for text in texts if text and not roles.vocab.states_nothing(text)]


_CODE = re.compile(r"^[A-Z]?\d+(?:\s*\.\s*\d+)*$")  # a category's code ("04.01.02.05", GB 2760 食品分类号)


def _category_path(labels: list[Label]) -> str:
    """The row's label cells as one category: a code column and the name beside it as printed
    together ("07.04 焙烤食品馅料"), other label levels joined with "/"."""
    path = ""
    for label in labels:
        text = label.text.replace("\n", "")
        if label.footnotes:  # "偏远地区a": the marker's note is a condition of its own
            text = _MARKER_AFTER.sub("", text)
        joint = " " if _CODE.match(path.rsplit("/", 1)[-1]) and path else "/"
        path = f"{path}{joint}{text}" if path else text
    return path


_BASIS_FIRST = re.compile(r"^(以[^，,；;。]{1,20}计)[，,；;](.+)$")


def _remarks(text: str, vocab: TableVocab) -> list[str]:
    """A 备注 cell as conditions: a leading basis ("以环己基氨基磺酸计，以即饮状态计，……") apart
    from the rest; nothing for an empty or dash cell."""
    text = squeeze_spaces(text.replace("\n", "")).rstrip("。；;")
    if vocab.states_nothing(text):
        return []
    m = _BASIS_FIRST.match(text)
    return [m.group(1), m.group(2)] if m else [text]


_MARKER_AFTER = re.compile(r"(?<=[\u4e00-\u9fff）)\]])[a-e](?=$|[、，,\[（(])")


def _stacked_paths(label_text: str, row, heads) -> list[str]:
    """The category path of each value line of a stacked row: a first line with no value of its
    own is the parent of the others ("蔬菜及其制品" / "新鲜蔬菜"); [] when the row is not stacked or
    its lines do not pair with the values (a category wrapped over two lines)."""
    printed = [_MARKER_AFTER.sub("", ln.strip()) for ln in label_text.split("\n") if ln.strip()]
    lines = _rejoin_wrapped(printed)
    counts = {len(_value_lines(row[j].text, 0)) for j in heads if j < len(row) and row[j].text.strip()}
    if len(counts) != 1:
        return []
    n = counts.pop()
    if n < 2 and len(lines) < 2:
        return []
    parent = _without_exclusions(lines[0]) if lines else ""
    if len(lines) == n + 1:
        return [f"{parent}/{ln}" for ln in lines[1:]]
    if len(lines) == n:
        return [lines[0], *(f"{parent}/{ln}" for ln in lines[1:])]
    return []


def _rejoin_wrapped(lines: list[str]) -> list[str]:
    """Lines of one label wrapped inside a bracket ("熟制坚果与籽类（仅限油炸坚果与籽" / "类）") or
    before it ("聚对苯二甲酸乙二醇酯" / "（PET）") are one line again: a category opens no bracket it
    does not close, and no line of its own starts with one."""
    out: list[str] = []
    for line in lines:
        if out and (open_brackets(out[-1]) > 0 or line[:1] in "（("):
            out[-1] += line
        else:
            out.append(line)
    return out


def _without_exclusions(category: str) -> str:
    """A parent's parenthesised exclusions are left out of its children's paths."""
    return re.sub(r"[（(\[［][^（）()\[\]［］]*除外[)）\]］]$", "", category).strip()


def _value_lines(text: str, expected: int) -> list[str]:
    """A value cell's lines when it stacks one value per category line, else the cell whole.  With
    no category lines to pair with (``expected`` 0), only lines that each read as a value are a
    stack: a requirement wrapped over lines ("背沟有皮，粒面米\n皮基本去净的占\n85%以上") is one."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    stacked = len(lines) == expected or expected == 0 and all(_STACKED_VALUE.search(ln) for ln in lines)
    if len(lines) > 1 and stacked:
        return lines
    return [text] if text.strip() else []


def _notes_joined(lines: list[str], comparators: Comparators, vocab: TableVocab) -> list[str]:
    """A line that is a bracket alone ("（A计权，1 m）" under "≤65") is the note of the value above,
    wrapped in a narrow column: joined to it, its number no value of its own; a bracket stating a
    value of its own ("时为3") stays a line."""
    out: list[str] = []
    for line in lines:
        note = (
            _NOTE_LINE.fullmatch(line.strip())
            and not _states_a_value(line, comparators, vocab)
            and not _UNIT_GLOSS.search(line)
        )
        if out and note and _STACKED_VALUE.search(out[-1]):
            out[-1] += line
        else:
            out.append(line)
    return out


_NOTE_LINE = re.compile(r"[（(][^（）()]*[)）]")
# A bracket stating another value ("（水源与净水技术条件限制时为3）", GB 5749): a line of its own.
_NOTE_VALUE = re.compile(r"为\s*\d")  # "为3": a value stated, though 为 is no comparator of the grammar


def _states_a_value(line: str, comparators: Comparators, vocab: TableVocab) -> bool:
    """An order comparator of extractors/comparators.toml (≤, 不大于, 不得超过 …) or 为 before a number;
    not `=` (a symbol's value inside a note: r=1 m, n=5, k=2) nor a count (最多3处, tables.toml
    [notes].count): review of 8ced879."""
    text = clean_text(line)
    while (found := comparators.last("prefix", text)) is not None:
        order = found.comparator in ("<=", ">=", "<", ">") and found.phrase not in vocab.note_count_words
        if order and re.match(r"\s*\d", text[found.end :]):
            return True
        text = text[: found.start]
    return bool(_NOTE_VALUE.search(clean_text(line)))


# A bracket glossing the unit ("（铂钴色度单位）" under "≤15" in a 色度/度 row): no condition.
_UNIT_GLOSS = re.compile(r"单位\s*[)）]\s*$")


_STACKED_VALUE = re.compile(r"\d|^[—\-/]$")  # a line holding a number, or a dash (none)


@dataclass
class CellContext:
    """What a value cell inherits from its row and its column header."""

    name: str
    unit: str | None
    comparator: str | None
    grade: str | None
    conditions: list[str]
    flags: list[str] = field(default_factory=list)
    method: str | None = None
    plan: str | None = None  # "n=5,c=2" of a sampling-plan row


def _cell_indicators(
    cell, j, table, roles, row, context: CellContext, document, text=None, part=0
) -> list[Indicator]:
    """The limits printed in one value cell (or ``text`` read for it: a 最小值/最大值 pair), as
    indicators of the context's name."""
    out = []
    text = cell.text if text is None else text
    text = "\n".join(
        _notes_joined(text.split("\n"), roles.rules.comparators, roles.vocab)
    )  # "≤65" over "（A计权，1 m）"
    if (lines := qualified_lines(text, roles.vocab)) is not None:
        return _qualified_indicators(cell, j, table, roles, row, context, document, lines, part)
    marked = _marked_notes(text, table)
    text = _signed_pair_as_range(_unmarked(text, table))
    text = _period_of_frequency(text, context.name)
    limits = limits_in(
        text,
        default_comparator=context.comparator,
        unit_hint=context.unit,
        table_cell=True,
        rules=roles.rules,
    )
    limits = _bounds_as_range(limits)
    for k, limit in enumerate(limits):
        slot = f"{k}" if not part else f"{part}.{k}"  # the value line of a stacked cell, then the limit
        locator = f"table:{table.number or table.pages[0]}:r{cell.row}:c{j}:{slot}:{compact(cell.text)}"
        unit = (limit.unit or context.unit or None) if limit.comparator in _VALUED else None
        flags = list(limit.flags) + [
            f for f in context.flags if f != "header_unit" or (unit and not limit.unit)
        ]
        out.append(
            Indicator(
                id=indicator_id(document.source.sha256, locator, context.name, context.grade),
                name=context.name,
                comparator=_whole_share(limit, unit),
                value=limit.value,
                value_max=limit.value_max,
                tolerance=limit.tolerance,
                value_text=limit.value_text,
                unit=unit,
                grade=context.grade,
                conditions=_joined(context.conditions, limit.conditions, marked),
                test_method=context.method,
                clause=table.clause,
                table=table.number,
                flags=flags,
                provenance=_provenance(cell, row, roles, table),
            )
        )
    notes = set(_footnotes(table).values())
    row_notes = [c for c in _joined(context.conditions, marked) if c in notes]
    return out + _footnote_values(out, row_notes, roles, document)


def _qualified_indicators(cell, j, table, roles, row, context: CellContext, document, lines, part):
    """A cell's lines each printed with its grade or its condition (extract/tablelines.py): each line's
    value under the row's context, the line's grade (where the column names none) or condition added."""
    out: list[Indicator] = []
    for k, line in enumerate(lines):
        extra = [line.condition] if line.condition else []
        line_context = replace(
            context, grade=context.grade or line.grade, conditions=[*context.conditions, *extra]
        )
        slot = part if len(lines) == 1 else f"{part}.{k + 1}" if part else k + 1
        out.extend(_cell_indicators(cell, j, table, roles, row, line_context, document, line.text, slot))
    return out


def _footnote_values(
    found: list[Indicator], notes: list[str], roles: ColumnRoles, document
) -> list[Indicator]:
    """The other value a footnote of the row states under a condition of its own ("a 如果…合格，
    则…允许放宽至6.0%"): the same indicator again, the footnote's leading clause its condition in
    place of the footnote (extract/tablenotes.py)."""
    extra = []
    for base, note in ((b, n) for b in found for n in notes):
        basis = next((c for c in base.conditions if BASIS.fullmatch(c)), None)
        if base.value is None or (alt := alternative_value(note, basis, roles.vocab)) is None:
            continue
        comparator = base.comparator if alt.comparator == "same" else alt.comparator
        if comparator not in ("<=", ">=", "<", ">", "="):
            continue  # a range relaxed: which end is not said
        limits = limits_in(
            alt.value_text,
            default_comparator=comparator,
            unit_hint=base.unit,
            table_cell=True,
            rules=roles.rules,
        )
        if len(limits) != 1 or limits[0].value is None or limits[0].value_max is not None:
            continue
        locator = f"{base.id}:note:{compact(note)}"
        extra.append(
            base.model_copy(
                update={
                    "id": indicator_id(document.source.sha256, locator, base.name, base.grade),
                    "comparator": limits[0].comparator,
                    "value": limits[0].value,
                    "value_max": None,
                    "tolerance": None,
                    "value_text": limits[0].value_text,
                    "unit": limits[0].unit or base.unit,
                    "conditions": [*(c for c in base.conditions if c != note), alt.condition],
                    "flags": [*base.flags, "from_footnote"],
                }
            )
        )
    return extra


def _bounds_as_range(limits: list[Limit]) -> list[Limit]:
    """A cell bounding its value both ways with 且 ("≥80且＜95", "＞5且≤20": GB 175 组分) states one
    range, its ends' strictness kept in a flag (the number grammar makes a range of ≥…且≤… only)."""
    if len(limits) != 2 or not all("and_limit" in lim.flags for lim in limits):
        return limits
    low, high = sorted(limits, key=lambda lim: 0 if lim.comparator in (">=", ">") else 1)
    if low.comparator not in (">=", ">") or high.comparator not in ("<=", "<"):
        return limits
    if low.value is None or high.value is None or low.value > high.value:
        return limits
    if low.unit and high.unit and low.unit != high.unit:
        return limits
    text = f"{low.value_text or ''}且{high.value_text or ''}"
    flags = ["and_limit", *(["strict_bound"] if low.comparator == ">" or high.comparator == "<" else [])]
    merged = replace(low, comparator="range", value_max=high.value, unit=low.unit or high.unit)
    conditions = _joined(low.conditions, high.conditions)
    return [replace(merged, value_text=text, flags=flags, conditions=conditions)]


# A deviation allowed each way by its own amount, printed as two signed numbers ("+5%，－10%",
# "＋10\n－5"; GB 4706.1 input power): the range from the negative to the positive one.
_SIGNED_PAIR = re.compile(  # on clean_text's folding: full-width signs and digits are half width
    r"^\s*([+\-−])\s*(\d+(?:\.\d+)?)\s*([^\d\s,、;/+\-−～~±]*)\s*[,、;/\s]?\s*"
    r"([+\-−])\s*(\d+(?:\.\d+)?)\s*([^\d\s,、;/+\-−～~±]*)\s*$"
)


def _signed_pair_as_range(text: str) -> str:
    m = _SIGNED_PAIR.match(clean_text(text))
    if not m or (m.group(1) == "+") == (m.group(4) == "+"):
        return text
    unit = m.group(3) or m.group(6)
    if m.group(3) and m.group(6) and m.group(3) != m.group(6):
        return text
    plus, minus = (m.group(2), m.group(5)) if m.group(1) == "+" else (m.group(5), m.group(2))
    if float(plus) == float(minus):
        return f"±{plus}{unit}"
    return f"-{minus}{unit}～+{plus}{unit}"


# A period's limit written as a frequency: "每15日不少于1次" under 维护保养周期 is a period of at
# most 15 days ("每年至少一次": at most a year).  Only under a name that is a period (周期, 间隔):
# under 频次 the count is the indicator.
_PERIOD_NAME = re.compile(r"(?:周期|间隔)$")
_ONCE_EVERY = re.compile(
    r"^\s*每\s*(\d+(?:\.\d+)?)?\s*(个月|月|日|天|周|年|季度|小时|h|d|min)\s*(?:不少于|至少|≥)\s*[1一]\s*次\s*$"
)


def _period_of_frequency(text: str, name: str) -> str:
    m = _ONCE_EVERY.match(clean_text(text)) if _PERIOD_NAME.search(name) else None
    return f"≤{m.group(1) or 1}{m.group(2)}" if m else text


# A footnote marker after a value: "0.05∗" (GB 2763), "0.3a".
_VALUE_MARKER = re.compile(r"(?<=[\d)）])\s?([∗*])|(?<=\d)([a-e])(?![A-Za-z/])")


def _marked_value_lines(text: str, table: Table) -> list[str]:
    """A cell stacking bare values one a line, a line marked by a footnote the table explains (GB 13271
    二氧化硫 "400" over "550ᵃ", a: 位于广西…的燃煤锅炉执行该限值): each line a value of its own, the
    marked one under its footnote (the lines were read as one number, 400550); else no lines."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_MARKED_VALUE.fullmatch(clean_text(ln)) for ln in lines):
        return []
    return lines if any(_marked_notes(ln, table) for ln in lines) else []


_MARKED_VALUE = re.compile(r"[≤≥<>]?\s*\d+(?:\.\d+)?\s?[a-e∗*]?")


def _marked_notes(text: str, table: Table) -> list[str]:
    """The footnotes a value cell's markers point to ("０.０５∗" under "∗ 该限量为临时限量")."""
    markers = [m.group(1) or m.group(2) for m in _VALUE_MARKER.finditer(clean_text(text))]
    if not markers:
        return []
    notes = _footnotes(table)
    found = [notes.get("∗") or notes.get("*") if m in "∗*" else notes.get(m) for m in markers]
    return [note for note in found if note]


def _unmarked(text: str, table: Table) -> str:
    """A value without the footnote letters after its number that the table's notes explain
    ("2.0d" under "d 不适用于添加豆类的产品" is 2.0, not 2.0 days); a letter no note explains stays
    (it may be a unit: "2 d")."""
    notes = _footnotes(table)
    return _VALUE_MARKER.sub(lambda m: "" if m.group(2) and m.group(2) in notes else m.group(0), text)


def _whole_share(limit: Limit, unit: str | None) -> Comparator:
    """A bare 100 % bounded from below by a stated or default comparator ("率类指标为不低于表中数值"
    over 消防设施完好率 100%) is 100 % exactly: no share exceeds the whole."""
    whole = limit.value == 100 and unit == "%" and "comparator_default" in limit.flags
    return "=" if whole and limit.comparator == ">=" else limit.comparator


def _joined(*lists: list[str]) -> list[str]:
    out: list[str] = []
    for item in (x for items in lists for x in items):
        if item not in out:
            out.append(item)
    return out


Unstacked = tuple[list[TableCell], list[str] | None, list[str]]


def _unstack(row: list[TableCell], roles: ColumnRoles) -> list[Unstacked]:
    """Split a row whose cells stack several sub-rows as lines (GB 19645: "蛋白质/(g/100g)\n牛乳 ≥\n羊乳 ≥"
    beside "2.9\n2.8") into one virtual row per line, labelled parent / sub-label, or labelled by
    the parent with the sub-label as its condition when the sub-label names one ("溴酸盐/(mg/L)" over
    "臭氧消毒工艺" / "其他消毒工艺" beside "≤0.01" / "不得检出": tables.toml [rows] condition)."""
    if not roles.label or roles.label[-1] >= len(row):
        return [(row, None, [])]
    label_lines = [ln for ln in row[roles.label[-1]].text.split("\n") if ln.strip()]
    stacks = {j: [ln for ln in row[j].text.split("\n") if ln.strip()] for j in roles.value if j < len(row)}
    sizes = {len(lines) for lines in stacks.values() if lines}
    if len(sizes) != 1:
        return [(row, None, [])]
    k = sizes.pop()
    values_look_stacked = all(_STACKED_LINE.search(ln.strip()) for lines in stacks.values() for ln in lines)
    if k >= 2 and values_look_stacked and len(label_lines) <= 1:
        return _unstack_conditions(row, roles, stacks, k) or [(row, None, [])]
    if k >= 2 and values_look_stacked and _whole_labels(label_lines, k, roles):
        # rows of a band with no rule between them: line n of every cell is one row (the method
        # column's too, when it stacks as many lines)
        method = roles.method if roles.method is not None and roles.method < len(row) else None
        methods = [ln for ln in row[method].text.split("\n") if ln.strip()] if method is not None else []
        if method is not None and len(methods) == k:
            stacks = {**stacks, method: methods}
        return [(_row_line(row, stacks, n), [label_lines[n].strip()], []) for n in range(k)]
    if k < 2 or len(label_lines) != k + 1 or not values_look_stacked:
        return [(row, None, [])]
    parent = label_lines[0]
    out: list[Unstacked] = []
    for n in range(k):
        virtual = list(row)
        for j, lines in stacks.items():
            if lines:
                virtual[j] = row[j].model_copy(update={"text": lines[n]})
        sub = label_lines[n + 1].strip()
        if roles.vocab.row_condition.search(compact(split_label(sub, roles.units).name)):
            out.append((virtual, [parent], [sub]))
        else:
            out.append((virtual, [parent, sub], []))
    return out


def _row_line(row: list[TableCell], stacks: dict, n: int) -> list[TableCell]:
    virtual = list(row)
    for j, lines in stacks.items():
        if lines:
            virtual[j] = row[j].model_copy(update={"text": lines[n]})
    return virtual


def _whole_labels(label_lines: list[str], k: int, roles: ColumnRoles) -> bool:
    """Whether a label cell of ``k`` lines beside value cells of ``k`` lines prints ``k`` rows: a
    ruled table with rules only between groups of rows sets several rows in one cell band
    ("水分/(g/100 g) ≤" / "酸度/(°T) ≤" beside "14.0" / "12").  Each line must be a whole label, with
    its own unit: a name wrapped over two lines prints its unit once, on the last, and sub-items under a
    parent on the row above print a sign alone ("牛乳 ≥" / "羊乳 ≥" under "蛋白质/(g/100 g)")."""
    if len(label_lines) != k:
        return False
    labels = [split_label(line.strip(), roles.units) for line in label_lines]
    return all(label.unit and label.name for label in labels) and not any(
        _WRAPPED_PHRASE.search(line) for line in label_lines[:-1]
    )


def _unstack_conditions(row: list[TableCell], roles: ColumnRoles, stacks: dict, k: int) -> list[Unstacked]:
    """A row printing one label beside a condition cell and value cells that stack as many lines
    ("室内温度（℃）" | "夏季" / "冬季" | "24～26" / "22～24"): one virtual row per line, each value with
    its line's condition (the two ranges were read as one, "24～2622")."""
    conditions = {
        j: [ln for ln in row[j].text.split("\n") if ln.strip()] for j in roles.category if j < len(row)
    }
    if not conditions or any(len(lines) != k for lines in conditions.values()):
        return []
    if any(_WRAPPED_VALUE.search(ln) for lines in stacks.values() for ln in lines):
        return []  # "0.01～" over "0.05": one range wrapped in a narrow column, no two values
    if any(_WRAPPED_PHRASE.search(ln) for lines in conditions.values() for ln in lines[:-1]):
        return []  # "4%乙酸，22 ℃，" over "24 h浸泡": one condition wrapped, no two
    out: list[Unstacked] = []
    for n in range(k):
        virtual = list(row)
        for j, lines in [*stacks.items(), *conditions.items()]:
            if lines:
                virtual[j] = row[j].model_copy(update={"text": lines[n]})
        out.append((virtual, None, []))
    return out


# A value line wrapped inside one value: ending in a range sign or opening with one or with a bracket note.
_WRAPPED_VALUE = re.compile(r"[～~\-—－–]\s*$|^\s*[～~（(]")
# A condition line wrapped inside one phrase: ending in a comma, an enumeration comma or an open bracket.
_WRAPPED_PHRASE = re.compile(r"[，,、（(]\s*$")


# A line of a stacked value cell: a number, a dash (none), or a printed no-limit ("不得检出").
_STACKED_LINE = re.compile(r"\d|^[—\-/]$|不得检出|未检出|阴性")


def _row_to_indicators(
    row, table, roles, context, footnotes, table_default, document, label_texts=None, conditions=()
) -> list[Indicator]:
    """One body row: its label read into a name, then each value column's cell into indicators."""
    labels = [split_label(t, roles.units) for t in label_texts] if label_texts else _label_parts(row, roles)
    if not labels or _enters_category(row, labels, roles, table, context):
        return []
    if table.detection == "text" and not label_texts:
        labels = _grouped_labels(labels, _label_x(row, roles, table), context, roles.units)
    base = _row_context(row, labels, roles, table, context, footnotes)
    base = _statistic_of_the_row(base, roles.rules)
    if label_texts:
        base.flags.append("stacked_cell")
        base.conditions += list(conditions)
    pairs = _min_max_pairs(table, roles)
    settings = {j: name for j in roles.value if j < len(row) and (name := _setting_column(table, roles, j))}
    for j, name in settings.items():  # "监测时间/h" | "24": the time the row's limits hold over
        if text := squeeze_spaces(row[j].text):
            base.conditions.append(f"{name}{text} {split_label(header_leaf(table, j), roles.units).unit}")
    out: list[Indicator] = []
    for j in roles.value:
        if j < len(row) and j not in pairs["skip"] and j not in settings:
            found = _column_context(row, j, table, roles, base, labels, pairs, context, table_default)
            if found is None:
                continue
            cell_context, text = found
            marked: list[tuple[str | None, str]] = [(None, line) for line in _marked_value_lines(text, table)]
            lines: list[tuple[str | None, str]] = [*_labelled_lines(text)] or marked or [(None, text)]
            for k, (condition, line) in enumerate(lines):
                extra = [condition] if condition else []
                line_context = replace(cell_context, conditions=[*cell_context.conditions, *extra])
                if not condition and (named := _statistic_in_cell(line, roles.rules)):
                    stat, line = named  # "相对偏差≤10%" beside 实验室平行样: the check restricts
                    line_context = replace(
                        line_context, name=stat, conditions=[base.name, *line_context.conditions]
                    )
                part = k + 1 if condition or marked else 0
                out.extend(_cell_indicators(row[j], j, table, roles, row, line_context, document, line, part))
    return [statistic_interval(i, roles.rules.clauses) for i in out]


def _statistic_of_the_row(base: CellContext, rules: Rules) -> CellContext:
    """A row label ending in a quality-control statistic (clauses.toml [subjects].qc_statistics:
    "校准曲线相关系数", HJ quality-control tables) names the statistic; what it is computed on is
    a condition, as in a clause ("校准曲线的相关系数应≥0.999"); "实验室内相对标准偏差" stays whole."""
    m = rules.clauses.statistic_of(base.name or "")
    if not m:
        return base
    on = m["on"].removesuffix("的")
    return replace(base, name=m["statistic"], conditions=[on, *base.conditions])


def _statistic_in_cell(text: str, rules: Rules) -> tuple[str, str] | None:
    """A value cell opening with a quality-control statistic before its bound ("相对偏差≤ 10%",
    "加标回收率85%～115%", "相对误差在±10%以内"): the statistic and the bound; None otherwise."""
    m = rules.clauses.qc_statistic_lead.match(clean_text(text.replace("\n", "")))
    return (m.group(1), m.group(2)) if m else None


# A value line led by what it holds for ("早餐≤20 min", "普通洗衣：24 h"): the words before the
# comparator or the colon, then the value.
_LABELLED_LINE = re.compile(
    r"^\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()、]{0,15}?)\s*(?:[：:]\s*|(?=[≤≥<>＜＞]))(\S.*)$"
)


def _labelled_lines(text: str) -> list[tuple[str, str]]:
    """(condition, value) per line of a value cell whose every line is led by its condition, one
    line with a colon or several lines each led by one ("早餐≤20 min" / "正餐≤35 min": 客房送餐 by
    meal); [] for any other cell (a requirement in words, "铃响3声以内")."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    found = [_LABELLED_LINE.match(clean_text(ln)) for ln in lines]
    if not lines or not all(m and re.search(r"\d", m.group(2)) for m in found[_plain_lead(lines, found) :]):
        return []
    if len(lines) == 1 and not re.search(r"[：:]", lines[0]):
        return []  # "早餐≤20 min" alone: a requirement written in the cell, read whole
    lead = _plain_lead(lines, found)
    return [("", ln) for ln in lines[:lead]] + [(m.group(1), m.group(2)) for m in found[lead:] if m]


def _plain_lead(lines: list[str], found: list) -> int:
    """How many first lines are a bare value before lines led by what they hold for ("≤1 000" over
    "眼部、口唇用产品≤500": the general limit, then the exception); 0 unless such lines follow."""
    k = 0
    while k < len(lines) - 1 and not found[k] and _BARE_VALUE.match(clean_text(lines[k])):
        k += 1
    return k


_BARE_VALUE = re.compile(r"^\s*[≤≥<>]?\s*\d[\d\s.,]*(?:[A-Za-z%‰℃°/μ·0-9 ]*)$")


def _enters_category(row, labels: list[Label], roles: ColumnRoles, table: Table, context: RowContext) -> bool:
    """A category row opens a group (and gives no indicator); a row back at its indent closes it."""
    value_cells = [row[j] for j in roles.value if j < len(row)]
    label_x = _label_x(row, roles, table)
    if _is_category_row(row, labels, value_cells):
        context.category, context.parent_name, context.category_x = labels[-1].name, None, label_x
        context.category_unit = labels[-1].unit
        return True
    if context.category_unit is not None:
        # A quantity's rows ("臭氧消毒工艺" under "溴酸盐/(mg/L)") are its conditions or set indented;
        # a row printing a unit of its own, or another name back at its indent, is the next quantity.
        condition = roles.vocab.row_condition.search(compact(labels[-1].name))
        indented = _set_under(row, label_x, roles, table, context)
        if labels[-1].unit or not (condition or indented):
            context.category = context.category_x = context.category_unit = None
        return False
    if (
        context.category_x is not None
        and label_x is not None
        and _back_at(label_x, context.category_x, table)
        and not is_sub_item(labels[-1].text)  # "其中：金属手柄" set flush under "手柄": still its group
    ):
        context.category = context.category_x = None  # back at the category's indent: its group ended
    return False


# A word space kept between two CJK words of a text table's label (parse/textsegments.WORD_GAP):
# the group's label, then its first item's ("杯具　细菌总数", "冲击吸收性能　传递到头模的力/N").
_GROUP_GAP = re.compile(r"^([\u4e00-\u9fff][^\s/／]*[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff])")


def _grouped_labels(
    labels: list[Label], label_x: float | None, context: RowContext, units: tuple[str, ...]
) -> list[Label]:
    """A text table's label that prints its group before its first item gives [group, item]; the
    rows indented past where that line starts are the group's other items, until a row starts
    there again."""
    first = labels[-1].text.split("\n", 1)
    m = _GROUP_GAP.match(first[0]) if len(labels) == 1 else None
    if m:
        context.group, context.group_x = split_label(m.group(1), units), label_x
        rest = "\n".join([first[0][m.end() :], *first[1:]])
        return [context.group, split_label(rest, units)]
    if context.group is not None and context.group_x is not None and label_x is not None:
        if len(labels) == 1 and label_x > context.group_x + 1 and not is_sub_item(labels[0].text):
            return [context.group, *labels]
        context.group = context.group_x = None
    return labels


def _set_under(row, label_x: float | None, roles: ColumnRoles, table: Table, context: RowContext) -> bool:
    """The row's label is set as an item of the category row above: indented past it, or, in a
    ruled table whose labels are centred, flush left in its cell ("牛乳 ≤" under a centred
    "复原乳酸度/(°T)")."""
    if label_x is None or context.category_x is None:
        return False
    cell = row[roles.label[-1]] if table.detection != "text" and roles.label else None
    if cell is None or context.category_x - cell.bbox[0] < _FLUSH:
        return label_x > context.category_x + 1  # indented past a category set flush left
    return label_x - cell.bbox[0] < _FLUSH  # flush left under a centred one


_FLUSH = 12.0  # points from a ruled cell's left edge within which its text is set flush left


def _back_at(label_x: float, category_x: float, table: Table) -> bool:
    """A label starting where the category's did (text tables: or further left).  In a ruled
    table only at the same place: labels centred in their cells start anywhere left of it."""
    if table.detection == "text":
        return label_x <= category_x + 1
    return abs(label_x - category_x) <= 1


def _row_context(row, labels: list[Label], roles: ColumnRoles, table: Table, context: RowContext, footnotes):
    """What every value of the row shares: name, unit column, label comparator, footnotes, method."""
    unit_cell = _cell_text(row, roles.unit)
    category = "/".join(  # a dash under 条件 states no condition
        _category_lines(text)
        for text in dict.fromkeys(_cell_text(row, j) for j in roles.category)
        if text and not roles.vocab.states_nothing(text)
    )
    conditions = [_category_lines(category)] if category else []
    named = labels
    if len(labels) >= 2 and roles.vocab.row_condition.search(compact(labels[-1].name)):
        named = labels[:-1]  # "总磷（以P计）" | "2005年12月31日前建设的": the plants the value is for
        conditions.append(labels[-1].name)
    elif len(roles.label) >= 2 and _variant_of_a_stated_quantity(
        labels, roles.vocab, _unit_merged_with_label(row, roles, table)
    ):  # a column of its own
        named = labels[:-1]  # "断裂强力/N ≥" | "经向": the direction (test, state) the value is for
        conditions.append(squeeze_spaces(labels[-1].name))
    row_grade = None
    if len(roles.label) >= 2 and len(labels) >= 2 and (level := grade_of(labels[-1].name, roles.vocab)):
        named, row_grade = labels[:-1], level  # "含水率/%" | "一级" / "二级": the row's grade
    name = _row_name(named, context, roles.vocab)
    if (
        context.category
        and len(labels) == 1
        and roles.vocab.product_category.search(compact(context.category))
    ):
        conditions.insert(0, context.category)  # the kind of product the row's values hold for
    if context.category and len(labels) == 1 and roles.vocab.row_condition.search(compact(labels[0].name)):
        name, conditions = context.category, [*conditions, labels[0].name]  # "溴酸盐" under 臭氧消毒工艺
    marked = [footnotes[m] for m in labels[-1].footnotes if m in footnotes]
    if (m := _NUMBERED_MARKER.search(name or "")) and m.group(1) in footnotes:
        name = name[: m.start()]  # "粗纤维1/%" over a page's footnote "1 粗纤维为参考指标…" (Word footnotes)
        marked.append(footnotes[m.group(1)])
    noted_unit, notes = _unit_notes(marked, roles.vocab, labels[-1].name)  # "a 单位为毫克每升": the row's
    # a dash in the unit column: no unit
    unit = (
        context.category_unit
        if not unit_cell
        else None
        if roles.vocab.states_nothing(unit_cell)
        else unit_cell
    )
    return CellContext(
        name=name,
        unit=noted_unit or unit,
        # the sign the row's labels print, the sub-label's first ("断裂强力/N ≥" over 经向 and 纬向), else
        # the row's cell of a column of signs
        comparator=next((label.comparator for label in reversed(labels) if label.comparator), None)
        or _SIGNS_READ.get(clean_text(_cell_text(row, roles.sign))),
        grade=row_grade,
        conditions=[*conditions, *notes],
        flags=["structure_guessed"] if table.detection == "text" else [],
        method=_cell_text(row, roles.method) or None,
        plan=_plan_text(row, roles),
    )


def _unit_merged_with_label(row: list[TableCell], roles: ColumnRoles, table: Table) -> bool:
    """The row's unit cell is merged down the same rows as its first label ("水洗尺寸变化率 | %" over
    经向 and 纬向): the unit column states the quantity's unit, not a sub-label's."""
    first, unit = roles.label[0], roles.unit
    if unit is None or max(first, unit) >= len(row) or not row[unit].text.strip():
        return False
    origins = {(c.merged_from or (c.row, j))[0] for j, c in ((first, row[first]), (unit, row[unit]))}
    if len(origins) != 1:
        return False
    origin = origins.pop()
    return any(len(other) > unit and other[unit].merged_from == (origin, unit) for other in table.rows)


def _variant_of_a_stated_quantity(labels: list[Label], vocab: TableVocab, unit_stated: bool = False) -> bool:
    """A second label column under a quantity its first column states whole, with its unit or sign
    ("断裂强力/N ≥" | "经向" / "纬向", "尺寸偏差率/%" | "长度" / "宽度", "耐摩擦色牢度/级 ≥" | "干摩" /
    "湿摩"; or the unit column's, merged down with it: "水洗尺寸变化率 | %" over 经向): the sub-label
    prints no unit of its own and names the direction, rubbing, assessment, dimension or treatment
    the value is measured in (tables.toml [rows].measured_in), a condition; a statistic or a place
    ("吸水率/%" | "平均值", "游离氯" | "出厂水") stays part of the name."""
    if len(labels) < 2:
        return False
    parent, sub = labels[-2], labels[-1]
    stated = parent.unit or parent.comparator or unit_stated  # the unit in a unit column merged with it
    if not stated or sub.unit or not sub.name or is_sub_item(sub.text):
        return False
    return compact(sub.name) != compact(parent.name) and bool(vocab.measured_in.search(compact(sub.name)))


def _category_lines(text: str) -> str:
    """A category cell's lines as one path ("肉制品\n熟肉制品" -> "肉制品/熟肉制品"), lines wrapped
    inside a bracket joined."""
    return "/".join(_rejoin_wrapped([ln.strip() for ln in text.split("\n") if ln.strip()]))


def _cell_text(row, j: int | None) -> str:
    return row[j].text.strip() if j is not None and j < len(row) else ""


def _column_context(row, j, table, roles, base: CellContext, labels, pairs, context, table_default):
    """The context of the value in column j (from its header path) and the text to read, or None
    when the column gives nothing on this row."""
    parts = header_parts(table, j)
    if len(parts) >= 2 and roles.vocab.states_nothing(parts[-1]):
        parts = parts[:-1]  # "A类" over a leaf "—" (no grade beside B类's 一级 | 二级): A类 heads it
    header, leaf = "/".join(parts), (parts[-1] if parts else "")
    if _CLASS_HEADER.search(clean_text(leaf)):  # "厚度≥7.5 mm" heads a class: its sign is no limit's
        parts = parts[:-1]
        header = "/".join(parts)
    header_label = split_label(parts[-1], roles.units) if parts else Label("", "")
    parent_label = split_label(parts[-2], roles.units) if len(parts) >= 2 else Label("", "")
    # a grade divided into grades ("一级标准" over "A标准", GB 18918) is graded by the path
    grades = [
        g
        for k, part in enumerate(parts)
        if (g := header_grade(part, roles.vocab, roles.units) or level_under_parent(parts, k, roles.vocab))
    ]
    types = _types_over_grades(grades, roles.vocab)  # "Ⅰ类" over 优等品 | 一等品: the type restricts
    grade = "/".join(grades[len(types) :]) or None
    leaf_grade = (
        header_grade(leaf, roles.vocab, roles.units) or level_under_parent(parts, len(parts) - 1, roles.vocab)
        if leaf
        else None
    )
    label_unit = next((label.unit for label in reversed(labels) if label.unit), None)
    # The unit column, where the table has one, is the unit; a bracket in the label may only
    # qualify it ("色度（铂钴色度单位）" beside 度).
    header_unit = header_label.unit or parent_label.unit or _stated_unit(header)
    line_unit = None if header_unit else _caption_unit(table, roles.vocab)
    if line_unit and _excepted_from_unit_line(table, [base.name, *(label.name for label in labels)]):
        line_unit = None  # "单位为毫克每立方米（烟气黑度除外）" beside 烟气黑度: not in that unit
    header_unit = header_unit or line_unit
    # a note naming the row's unit ("注：菌落总数、大肠菌群的单位为CFU/g") is the exception to the table's
    noted_unit = bound_for(base.name, context.noted_units) if context.noted_units else None
    unit = base.unit or label_unit or noted_unit or header_unit
    if unit and _dimensionless(labels, unit, from_table=not base.unit and not label_unit, vocab=roles.vocab):
        unit = None  # pH, "臭气浓度（无量纲）", "色度（稀释倍数）" beside a table's "单位：mg/L"
    default = base.comparator or header_label.comparator or parent_label.comparator
    default = default or bound_for(base.name, context.noted)  # "注：表中脂肪…指标为最小值"
    default = default or word_comparator(header, roles.rules) or context.stated.for_name(base.name)
    default = default or ("<=" if roles.vocab.is_("ceiling", header) else None)  # 服务时限
    default = default or table_default
    cell = row[j]
    plan_spanned = cell.merged_from is not None and roles.plan_n is not None
    # A value printed once across merged grade (or variant) columns holds for each of them: one
    # indicator per column, so like grades compare.  Across the n/c/m/M columns of a sampling plan
    # it is a plain limit (GB 19302: 霉菌 ≤ 30), taken once.
    if plan_spanned and (cell.merged_from[1] in roles.value or j != _first_value_of_span(row, cell, roles)):
        return None
    text = cell.text
    if default is None and context.printed_sign and not re.search(r"[\u4e00-\u9fff]", text):
        default = context.printed_sign  # a bare number in a table whose labels all print one sign
    if j in pairs["min"]:
        text, default = _range_text(row, j, pairs["min"][j], roles.vocab), None
    if not squeeze_spaces(text) or roles.vocab.states_nothing(text):
        return None  # "—", "N.S.", "报告" ([markers].no_requirement): no requirement in this column
    extra = [*base.conditions, *_places_of(row, j, table, roles)]
    own = None if base.plan else _own_quantity(table, roles, j)
    if (
        base.plan
        and leaf in roles.vocab.plan_limits
        and not plan_spanned
        and not _spans_value_columns(row, j, roles)
    ):
        extra.append(base.plan)
        default = "<="
    elif own is not None:
        extra.insert(0, base.name)  # 与水接触时间 of 游离氯: the column names the quantity, the row restricts
    elif _is_variant_column(leaf, leaf_grade, roles):
        # product-variant columns (发酵乳 / 风味发酵乳) restrict, they do not grade; the unit a variant
        # prints ("SML /（mg/kg）", GB 4806) is the value's, not part of the condition
        extra.append(squeeze_spaces(split_label(leaf, roles.units).name) or leaf)
    elif leaf_grade and (kind := _kind_over_grades(parts, roles)):
        extra.append(kind)  # "精制盐" over 优级 | 一级 (GB/T 5461): the kind the grades are of restricts
    extra.extend(types)
    if basis := _basis(header):
        extra.append(basis)
    if unit and unit == line_unit and (qualifier := _unit_line_qualifier(table)):
        extra.append(qualifier)  # "单位为毫克每千克（干基）": every value in that unit is on that basis
    from_header = bool(unit) and not base.unit and not label_unit
    flags = base.flags + (["header_unit"] if from_header else [])
    found = replace(
        base,
        name=own or base.name,
        unit=unit,
        comparator=default,
        grade=grade or base.grade,  # a grade column's, else the row's ("含水率/%" | "一级")
        conditions=extra,
        flags=flags,
    )
    return found, text


# Units of time: a column measured in one beside columns of concentrations measures a quantity of its own.
_TIME_UNITS = frozenset({"s", "min", "h", "d", "秒", "分钟", "小时", "天", "日"})


def _own_quantity(table: Table, roles: ColumnRoles, j: int) -> str | None:
    """The name of a value column that measures a quantity of its own, not the row's: a time
    ("与水接触时间/min") beside columns whose units are all of another kind ("出厂水余量/(mg/L)": the
    disinfectant's residual), GB 5749 表2, its cells printing bounds ("≥30").  None for any other
    column, and for a column of bare times (see :func:`_setting_column`)."""
    name = _time_column(table, roles, j)
    return name if name and not _setting_column(table, roles, j) else None


def _setting_column(table: Table, roles: ColumnRoles, j: int) -> str | None:
    """The name of a time column of bare numbers beside limits of another kind ("浓度限值/(mg/m³)" |
    "监测时间/h" over "0.15" | "24"; "检测周期/d"): it says over which time, or how often, the row's
    limits hold, a condition of them, never a limit of its own (none of its cells prints a bound)."""
    name = _time_column(table, roles, j)
    if not name or split_label(header_leaf(table, j), roles.units).comparator:
        return None  # "采样时间/h ≥" over "24": the header prints the bound
    return name if _bare_numbers(table, j) else None


def _time_column(table: Table, roles: ColumnRoles, j: int) -> str | None:
    units = {k: split_label(header_leaf(table, k), roles.units) for k in roles.value}
    head = units.get(j)
    if head is None or head.unit not in _TIME_UNITS or not head.name:
        return None
    if roles.vocab.is_("generic_value", head.name) or grade_of(head.name, roles.vocab):
        return None
    others = [label.unit for k, label in units.items() if k != j]
    return head.name if others and all(u and u not in _TIME_UNITS for u in others) else None


_BARE_NUMBER = re.compile(r"^\s*\d[\d\s.]*$")


def _bare_numbers(table: Table, j: int) -> bool:
    """Every filled cell of column j is a number alone: no sign, no word, no range."""
    cells = [clean_text(row[j].text) for row in table.rows if j < len(row) and row[j].text.strip()]
    return bool(cells) and all(_BARE_NUMBER.match(text) for text in cells)


def _dimensionless(labels: list[Label], unit: str, from_table: bool, vocab: TableVocab) -> bool:
    """The row's quantity has no unit: the unit says so ("无量纲"), or, for a unit the row does not
    print itself (``from_table``: the unit line's or the column header's), its label does, being pH
    ([columns].named_unit) or bracketing a word of [units].dimensionless ("色度（稀释倍数）")."""
    if vocab.dimensionless.fullmatch(compact(unit)):
        return True
    return from_table and any(
        vocab.is_("named_unit", compact(label.name)) or vocab.dimensionless.search(label.text)
        for label in labels
    )


# A comparison inside a column header ("厚度≥7.5 mm", "5 mm≤厚度＜7.5 mm"): the column holds a class
# of products, a condition of its values; a limit's sign stands alone after the name ("铅 ≤").
_CLASS_HEADER = re.compile(r"[≤≥<>＜＞]\s*\d")


def _label_parts(row: list[TableCell], roles: ColumnRoles) -> list[Label]:
    """The row's label cells, split, without the copies merged cells leave behind."""
    parts: list[Label] = []
    seen: set[str] = set()
    for j in roles.label:
        if j >= len(row):
            continue
        # lines kept: split_label reads a footnote marker set on a line of its own inside a wrapped label
        text = "\n".join(squeeze_spaces(ln) for ln in row[j].text.split("\n") if ln.strip())
        if text and compact(text) not in seen:
            seen.add(compact(text))
            parts.append(split_label(text, roles.units))
    return parts


def _is_category_row(row, labels, value_cells) -> bool:
    """A row that only names a group of the rows below it ("无机元素及化合物")."""
    texts = {compact(c.text) for c in value_cells if c.text.strip()}
    return bool(value_cells) and (not texts or texts == {compact(labels[-1].text)}) and len(labels) == 1


def _label_x(row: list[TableCell], roles: ColumnRoles, table: Table) -> float | None:
    """Where the row's label text starts (a ruled cell's box is the whole cell: its text_x0)."""
    if not roles.label or roles.label[-1] >= len(row):
        return None
    cell = row[roles.label[-1]]
    return cell.bbox[0] if table.detection == "text" else cell.text_x0


def _row_name(labels: list[Label], context: RowContext, vocab: TableVocab) -> str:
    names = [label.name for label in labels if label.name]
    # a group column naming a section of the table ("感官指标", "有害物质限量" spanning its rows) is
    # no parent of the names beside it, as a section's category row is not
    names = [n for n in names[:-1] if not vocab.section_group.search(compact(n))] + names[-1:]
    if len(labels) == 1 and is_sub_item(labels[0].text) and context.parent_name:
        names = [context.parent_name, *names]
    elif not is_sub_item(labels[-1].text):
        context.parent_name = names[0] if names else None
    category = context.category
    if category and len(labels) == 1 and names and not _category_restricts(category, vocab):
        names = [category, *names]  # rows under a category row ("老化前" / "抗张强度")
    return "/".join(names)


def _category_restricts(category: str, vocab: TableVocab) -> bool:
    """A category row that parents no name: a section of the table ("理化指标"), or a kind of product
    ("熟制坚果与籽类食品" over 大肠菌群 and 霉菌 with their sampling plans: [rows].product_category), the
    food or product its rows' limits hold for, a condition of each as a food category column's cell is."""
    key = compact(category)
    return bool(vocab.section_category.search(key) or vocab.product_category.search(key))


def _footnotes(table: Table) -> dict[str, str]:
    """Footnote texts under the table by marker: "a 以干基计" -> {"a": "以干基计"}; a word processor's
    numbered footnote at the page's foot ("1 仅考核婴幼儿用品。", parse/tables.py) by its number."""
    notes: dict[str, str] = {}
    for note in table.notes:
        m = re.match(r"^\s*([a-e∗*]|[1-9](?=\s))\s*[)）.、]?\s*(.+)$", note)
        if m:
            notes[m.group(1)] = squeeze_spaces(m.group(2)).rstrip("。；;.")
    return notes


# A word processor's footnote number raised after a row's name ("粗纤维1/%", "耐唾液色牢度1/级"): only
# read as a marker where a footnote of that number is the table's (a name may end in a digit: 维生素B1).
_NUMBERED_MARKER = re.compile(r"(?<=[\u4e00-\u9fff）)])([1-9])$")


def _plan_text(row, roles: ColumnRoles) -> str | None:
    """The sampling plan "n=5, c=2" of a microbiological row."""
    if roles.plan_n is None or roles.plan_c is None:
        return None
    n_cell, c_cell = row[roles.plan_n], row[roles.plan_c]
    if n_cell.merged_from is not None or c_cell.merged_from is not None:
        return None  # n and c swallowed by a merged cell: there is no plan on this row
    n, c = n_cell.text.strip(), c_cell.text.strip()
    return f"n={n},c={c}" if n and c else None


def _copy_of_value_cell(cell: TableCell, roles: ColumnRoles) -> bool:
    """A cell whose text was copied from a merged neighbour in another value column."""
    return (
        cell.merged_from is not None
        and cell.merged_from[0] == cell.row
        and cell.merged_from[1] in roles.value
    )


def _first_value_of_span(row: list[TableCell], cell: TableCell, roles: ColumnRoles) -> int | None:
    """The first value column holding a copy of the same merged cell."""
    return next((k for k in roles.value if k < len(row) and row[k].merged_from == cell.merged_from), None)


def _spans_value_columns(row: list[TableCell], j: int, roles: ColumnRoles) -> bool:
    """True when the cell at column j is merged across other value columns of its row."""
    return any(k < len(row) and row[k].merged_from == (row[j].row, j) for k in roles.value if k != j)


# A class or type of product named by its code ("A类", "B类", "2型"), never a section of the table (理化类).
_CLASS_NAME = re.compile(r"[A-Z0-9ⅠⅡⅢⅣⅤ]{1,3}[类型]")


def _kind_over_grades(parts: list[str], roles: ColumnRoles) -> str | None:
    """A kind of product printed over its grade columns ("精制盐" over 优级 | 一级 | 二级, "红茶" over
    特级 | 一级): the kind, a condition of the grade's values.  Not a header saying "the values"
    (指标, 技术要求), a section (理化指标), a grade over grades (一级标准 over A标准) or a quantity
    printing its unit or sign (热效率/% over 1级 | 2级)."""
    if len(parts) < 2:
        return None
    label = split_label(parts[-2], roles.units)
    vocab = roles.vocab
    if not label.name or label.unit or label.comparator or header_grade(parts[-2], vocab, roles.units):
        return None
    key = compact(label.name)
    if _CLASS_NAME.fullmatch(key):
        return squeeze_spaces(label.name)  # "B类" over 一级 | 二级: a class of product by its code
    if vocab.is_("generic_value", key) or vocab.section_category.search(key) or vocab.is_("value", key):
        return None
    if vocab.is_("not_kind", key) or roles.rules.lexicon.exact(label.name):
        return None  # "等级" / "规格" / "出厂检验" over grades, or the indicator itself ("耗电量" over 1级)
    return squeeze_spaces(label.name)


def _types_over_grades(grades: list[str], vocab: TableVocab) -> list[str]:
    """The upper grades of a header path that are of another ladder than the grade under them: a type or
    class of product over its quality grades ("Ⅰ类" | "Ⅱ类" over 优等品 | 一等品 | 合格品, HG/T chemicals by
    hydrate; "A型" over 一级 | 二级), each a condition of the values, the grade the last.  A grade divided
    into grades of no ladder or of one ladder (GB 18918 一级标准 over A标准) stays one path."""
    if len(grades) < 2 or not all(is_ladder_grade(g, vocab) for g in grades):
        return []
    last = {k for k, ladder in enumerate(vocab.grade_ladders) if compact(grades[-1]) in ladder}
    types = []
    for grade in grades[:-1]:
        if {k for k, ladder in enumerate(vocab.grade_ladders) if compact(grade) in ladder} & last:
            break
        types.append(grade)
    return types if len(types) == len(grades) - 1 else []


def _is_variant_column(leaf: str, grade: str | None, roles: ColumnRoles) -> bool:
    vocab = roles.vocab
    if grade or len(roles.value) < 2 or leaf in vocab.plan_limits:
        return False
    if vocab.is_("minimum", leaf) or vocab.is_("maximum", leaf):
        return False
    name = split_label(leaf, roles.units).name
    return bool(name) and not vocab.is_("generic_value", name)


def _min_max_pairs(table: Table, roles: ColumnRoles) -> dict:
    """最小值/最大值 columns under one parent read as one range: {min col: max col}."""
    pairs: dict = {"min": {}, "skip": set()}
    for j in roles.value:
        if not roles.vocab.is_("minimum", header_leaf(table, j)):
            continue
        parent = header_parts(table, j)[:-1]
        for k in roles.value:
            if k > j and roles.vocab.is_("maximum", header_leaf(table, k)):
                if header_parts(table, k)[:-1] == parent:
                    pairs["min"][j] = k
                    pairs["skip"].add(k)
                    break
    return pairs


_RATIO_TO_ONE = re.compile(r"^(\d+(?:\.\d+)?)\s*[:∶：]\s*1$")  # "5:1": a ratio read as its first term


def _range_text(row, j: int, k: int, vocab: TableVocab) -> str:
    low, high = row[j].text.strip(), row[k].text.strip() if k < len(row) else ""
    low, high = _RATIO_TO_ONE.sub(r"\1", clean_text(low)), _RATIO_TO_ONE.sub(r"\1", clean_text(high))
    if _open(low, vocab) and _open(high, vocab):
        return ""
    if _open(high, vocab):
        return f"≥{low}"
    if _open(low, vocab):
        return f"≤{high}"
    return f"{low}～{high}"


_TRAILING_MARKER = re.compile(r"(?<=[.\u4e00-\u9fffA-Z—－/])\s*[a-e]$")  # "N.S.d": a footnote marker


def _open(text: str, vocab: TableVocab) -> bool:
    return vocab.states_nothing(_TRAILING_MARKER.sub("", text.strip()))


def _basis(header: str) -> str | None:
    """A per-basis header part ("每100 kJ", "每份（30 g）") that qualifies the value."""
    m = BASIS.search(header)
    return squeeze_spaces(m.group()) if m else None


_STATED_UNIT = re.compile(r"均?以\s*([A-Za-zμ%‰℃°/()（）或·0-9]+?)\s*表示")


def _stated_unit(header: str) -> str | None:
    """ "采样方案及限量(若非指定，均以CFU/g或CFU/mL表示)" states the unit of every value below it."""
    m = _STATED_UNIT.search(header)
    return m.group(1) if m else None


def _caption_unit(table: Table, vocab: TableVocab) -> str | None:
    """The unit the caption states ("表1 …（单位：mg/kg）") or the unit line above the grid
    ("单位为百分数": %)."""
    if table.caption and (m := re.search(r"单位\s*[:：为]\s*([^\s）)]+)", table.caption)):
        return m.group(1)
    if table.unit_line:
        return vocab.unit_symbol(table.unit_line)
    return None


def _unit_line_qualifier(table: Table) -> str | None:
    """What the unit line says of the values besides their unit: the basis bracketed after it
    ("单位为毫克每千克（干基）": 干基, a condition of every value in that unit); a bracket excepting rows
    from the unit ("（烟气黑度除外）", "（pH值除外）") qualifies no value."""
    if not table.unit_line:
        return None
    m = re.search(r"[（(]([^（）()]+)[)）]\s*$", clean_text(table.unit_line))
    if m is None or _EXCEPTED.fullmatch(compact(m.group(1))):
        return None
    return squeeze_spaces(m.group(1))


# "（烟气黑度除外）", "（pH值、色度除外）" after a unit line: the rows it names are not in that unit;
# "（注明者除外）" names none (a row stating its own unit keeps it anyway).
_EXCEPTED = re.compile(r"(.+?)(?:的|者)?除外|除(.+?)(?:的|者)?外")  # "（烟气黑度除外）", "（除pH值外）"
_EXCEPTED_NONE = re.compile(r"(?:另有|特别|特殊)?(?:注明|说明|规定|标注)")


def _excepted_from_unit_line(table: Table, names: list[str]) -> bool:
    """The row, by its name or its label's, is one the unit line excepts ("单位为毫克每立方米（烟气黑度
    除外）" beside 烟气黑度（林格曼黑度，级）: GB 13271's unit line): the item is the whole name or its head
    before a bracket, never a part of another name (（汞除外） over 总汞, 烷基汞; （大肠菌群除外） over
    粪大肠菌群: review of 31f9222)."""
    m = re.search(r"[（(]([^（）()]+)[)）]\s*$", clean_text(table.unit_line or ""))
    if m is None or not (excepted := _EXCEPTED.fullmatch(compact(m.group(1)))):
        return False
    named = excepted.group(1) or excepted.group(2)
    items = [x for x in re.split(r"[、，,和及]", named) if x and not _EXCEPTED_NONE.fullmatch(x)]
    keys = {compact(clean_text(n)) for n in names if n}
    heads = keys | {re.split(r"[（(]", key)[0] for key in keys}
    return any(item in heads for item in items)


def _provenance(cell: TableCell, row, roles: ColumnRoles, table: Table) -> list[Provenance]:
    clause = f"表 {table.number}" if table.number else table.clause
    items = [Provenance(page=cell.page, bbox=cell.bbox, source_text=cell.text, clause=clause)]
    for j in roles.label[-1:]:
        if j < len(row) and row[j].text.strip():
            items.append(
                Provenance(page=row[j].page, bbox=row[j].bbox, source_text=row[j].text, clause=clause)
            )
    return items
