"""Header tree -> what each column's header path says: indicator name, unit, comparator, grade,
min/max bound, basis, sampling-plan parameter (the "cell roles" a header gives the cells below it).

And the table's orientation: indicators down the rows (项目 | 指标 | 检验方法), or across the
columns (rows are model or capacity classes, 干态/湿态 conditions, 标称截面积 1.5 / 2.5 ...; the
columns are 耗电量, 热效率（％）≥ / 1级 ...).  DOMAIN.md, Tables; issue 12 failure classes 2-4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from std_extract.document import Table
from std_extract.extract.labels import grade_of, is_ladder_grade, level_under_parent, split_label
from std_extract.extract.requirements import word_comparator
from std_extract.extract.tablevocab import TableVocab
from std_extract.parse.headerlines import is_unit_text
from std_extract.parse.layout import is_cjk
from std_extract.textnorm import CLOSING_BRACKETS, OPENING_BRACKETS, clean_text, open_brackets, squeeze_spaces

if TYPE_CHECKING:
    from std_extract.rules import Rules

# The amount a value is given per (a basis column of a nutrient table): 每100 kJ, 每100 g, 每份（30 g）.
BASIS = re.compile(r"每\s*(?:100\s*(?:kJ|kcal|g|mL|千焦|千卡)|份\s*[（(][^）)]*[）)]|份)", re.I)
# Row labels that are classes of a quantity: numbers, ranges and comparisons ("P≤400", "1.5",
# "300＜V≤450", "V＞450").
_CLASS_LABEL = re.compile(r"^\s*[\d.]+\s*$|[≤≥<>＜＞～~]|^\s*\d")


@dataclass(frozen=True)
class ColumnHead:
    """What a column's header path says about the values below it."""

    parts: tuple[str, ...]
    name: str | None = None  # the indicator it names (transposed and condition-row tables)
    unit: str | None = None
    comparator: str | None = None
    grade: str | None = None
    bound: str | None = None  # "min" / "max" of a 最小值/最大值 pair
    basis: str | None = None  # 每100 kJ, 每份（30 g）
    plan: str | None = None  # n, c, m, M
    footnotes: tuple[str, ...] = ()  # markers after a header word ("限量a μg/kg")
    condition: str | None = None  # a sub-header that is a test condition ("3 d", "28 d" under 抗压强度)
    unbounded: bool = False  # a dash in the header's sign row ("—" under 额定流量/m³/h): bounded no way


def _unwrapped(unit: str) -> str:
    """A unit without the brackets wrapped round it ("(g/100g)" -> "g/100g"), a bracket of its own
    kept ("dB(A)": the A-weighted decibel, a unit row of a noise column)."""
    unit = unit.strip()
    while len(unit) >= 2 and unit[0] in "(（" and unit[-1] in ")）" and _closes_at_the_end(unit):
        unit = unit[1:-1].strip()
    return unit


def _closes_at_the_end(text: str) -> bool:
    """The bracket opening ``text`` is closed by its last char ("(mg/kg)", not "(mg/kg)(干基)")."""
    depth = 0
    for k, char in enumerate(text):
        depth += (char in OPENING_BRACKETS) - (char in CLOSING_BRACKETS)
        if depth == 0:
            return k == len(text) - 1
    return False


def read_head(parts: list[str], rules: Rules, plan_table: bool = False) -> ColumnHead:
    """Interpret a header path, top part first.  ``plan_table``: the table has n and c columns,
    so m and M are the plan's limits (elsewhere "m" is a metre); ``rules``: the rule set whose
    table vocabulary and comparators read it."""
    vocab = rules.tables
    names: list[str] = []
    footnotes: tuple[str, ...] = ()
    unit = comparator = grade = bound = basis = plan = condition = None
    unbounded = False
    for k, part in enumerate(parts):
        if _NO_SIGN.match(clean_text(part)):
            # "—" as the last part, where the other columns print ≥ or ≤ (a header row of signs): maybe a
            # parameter (bounded_heads decides); higher up ("—" in a units row, pH's) it says no unit
            unbounded = k == len(parts) - 1
            continue
        if m := _MIN_MAX_NOTE.search(
            part
        ):  # "绝缘电阻最小值/(MΩ·km)（最小值）": a bound noted after the unit
            comparator = ">=" if m.group(1) == "最小值" else "<="
            part = part[: m.start()]
        if m := _EXPRESSED_AS.search(part):  # "限量（以Pb计）": the basis goes to the conditions
            basis = m.group(1)
            part = part[: m.start()] + part[m.end() :]
        if (
            not BASIS.search(part)
            and not is_unit_text(part)  # "kJ/100 g" whole, not "kJ/100" and "g"
            and (m := _TRAILING_UNIT.search(part))
            and not (m.group(1).isspace() and part[: m.start()][-1:].isdigit())  # "能量/kJ/100 g"
            and not _FOOTNOTE.match(m.group(2))
            and not _MARKED_UNIT.match(m.group(2))
            and not _SYMBOL_BEFORE_UNIT.search(part)
            and is_unit_text(m.group(2))
        ):  # "限量 mg/kg", "限量mg/kg"
            unit = clean_text(m.group(2))
            part = part[: m.start(2)].rstrip()
        if m := _SYMBOL_BEFORE_UNIT.search(part):  # "热水输出率μ/%": the unit after the symbol, no part of it
            unit, part = clean_text(m.group(1)), part[: m.start()].rstrip()
        bare = squeeze_spaces(clean_text(part)).replace(" ", "")
        if bare in vocab.plan_n | vocab.plan_c or (plan_table and bare in vocab.plan_limits):
            plan = bare
            continue
        if level := grade_of(part, vocab):
            # a grade divided into grades ("一级标准" over "A标准" | "B标准", GB 18918): the path
            grade = f"{grade}/{level}" if grade else level
            continue
        if grade is None and (level := level_under_parent(parts, k, vocab)):
            grade = level  # "白金宿" under "等级": a level the standard names itself
            continue
        named = [n for n in names if not vocab.section_category.search(n.replace(" ", ""))]
        if (m := _UNIT_THEN_SIGN.match(clean_text(part).strip())) and is_unit_text(m.group(1)):
            unit, comparator = _unwrapped(m.group(1).lstrip("/")), _SIGNS[m.group(2)]  # "min ≤"
            continue
        if is_unit_text(part) and not (vocab.is_("named_unit", part) and not named):  # "pH" names pH
            unit = _unwrapped(clean_text(part).strip().lstrip("/").strip())  # "/(g/100g)" wrapped
            continue
        if names and _TEST_CONDITION.match(clean_text(part)):
            condition = squeeze_spaces(part.strip())  # the age or temperature the value holds at
            continue
        if names and _CLASS_PART.search(clean_text(part)):
            condition = squeeze_spaces(part.strip())  # "P≤800 W" under 效率/%: a class, its sign no limit's
            continue
        label = split_label(part, rules.values.unit_words)
        unit_above = unit  # what the parts above this one printed
        footnotes += label.footnotes
        unit = label.unit or unit
        comparator = label.comparator or comparator
        if (
            (label.unit or label.comparator)
            and is_ladder_grade(label.name, vocab)
            and (level := grade_of(label.name, vocab))
        ):
            grade = f"{grade}/{level}" if grade else level  # "优等品/%": a grade printing its unit
            continue
        if m := BASIS.search(part):
            basis = squeeze_spaces(m.group())
        if _bound_word(label.name, vocab):
            bound = _bound_word(label.name, vocab)
            continue
        if (m := _GRADE_FIRST.match(label.name)) and grade is None and grade_of(m.group(1), vocab):
            grade = m.group(1)  # "2级效率/%" | "3级效率/%": the grade printed before the quantity
            label = replace(label, name=label.name[m.end() :])
        if label.name and not vocab.is_("generic_value", label.name) and not BASIS.fullmatch(label.name):
            if names and grade and unit_above is not None and label.unit is None:
                # under a quantity's grade, a variant the grade is given for ("效率 η/%" > "1级" >
                # "2极" | "4极": GB 18613-style grade tables), no part of the quantity's name. The
                # quantity above printed its unit and the variant prints none: a header under a grade
                # that prints a unit of its own is a quantity ("力学性能" > "优等品" > "拉伸强度/MPa").
                condition = squeeze_spaces(label.name)
            else:
                names.append(label.name)
        comparator = comparator or word_comparator(part, rules)
    # A group header over its columns is the parent of their names ("杂 质" over "总量/%" and
    # "矿物质/%": 杂质/总量, 杂质/矿物质), as nested row labels are (GOLD_FORMAT.md: joined with "/"),
    # unless it only names a section of the table ("理化指标" over 水分 and 灰分), as for category rows.
    names = [n for n in names[:-1] if not _names_a_section(n, vocab)] + names[-1:]
    name = "/".join(_closed_up(n) for n in names) if names else None
    return ColumnHead(
        tuple(parts),
        name,
        unit,
        comparator,
        grade,
        bound,
        basis,
        plan,
        tuple(footnotes),
        condition,
        unbounded,
    )


_NO_SIGN = re.compile(r"^\s*[—–\-－]{1,2}\s*$")


def bounded_heads(heads: dict[int, ColumnHead], plain: set[int]) -> dict[int, ColumnHead]:
    """The heads of the columns that state requirements: in a header with a row of signs ("— | — | ≥"
    under 额定流量 | 额定扬程 | 机组效率, JB/T per-model tables), a column signed "—" over bare numbers
    (``plain``: the columns of numbers alone) holds the model's parameters (its rated data), no limit;
    a "—" over ranges, tolerances or words ("6.5～8.5", "±5", "无") only says no one direction holds,
    and without such a row every column counts."""
    signed = any(_SIGN.match(clean_text(h.parts[-1])) for h in heads.values() if h.parts)
    return {j: h for j, h in heads.items() if not (signed and h.unbounded and j in plain)}


_SIGN = re.compile(r"^\s*[≤≥<>＜＞]\s*$")


# A numbered grade printed before a quantity's name in one header ("2级效率", "1级能效"), the name after it;
# not a grade of product named by 级品 ("一级品率": the share of first-grade products is one quantity).
_GRADE_FIRST = re.compile(r"^([1-5]级|[一二三四五]级)(?!品)(?=[\u4e00-\u9fff]{2})")


def _names_a_section(name: str, vocab: TableVocab) -> bool:
    """A group header naming a section of the table, a qualifier in brackets aside ("组分（质量分数）"
    over 熟料＋石膏 | 混合材料)."""
    bare = re.sub(r"[（(][^（）()]*[)）]$", "", name.replace(" ", ""))
    return bool(vocab.section_category.search(bare))


# A header part under a quantity's name that is a value of a test condition: an age, a duration or
# a temperature ("3 d", "28 d", "20 ℃"; GB 175 抗压强度 over 3 d | 28 d), not a name of its own.
_TEST_CONDITION = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:d|h|min|天|小时|℃|°C|个月|月|年|周)\s*$")


# A class of the product under a quantity's header ("P≤800 W" | "P＞800 W" under "效率/%": a rated-power
# class the grades' values hold for): a symbol or a number with a sign before a number, never a sign alone.
_CLASS_PART = re.compile(r"^\s*(?:[A-Za-z]{1,3}|\d+(?:\.\d+)?\s*[A-Za-z/%]*)\s*[≤≥<>＜＞]\s*\d")


_LETTER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _closed_up(name: str) -> str:
    """A header name set letter-spaced to fill its cell ("杂 质", GB/T 1.1 tables) closed up."""
    return _LETTER_SPACE.sub("", name)


def _bound_word(name: str, vocab: TableVocab) -> str | None:
    """ "min"/"max" when the part is only a 最小值/最大值 word (not "平均外径上限", a name)."""
    spec = vocab.spec.columns
    for bound, words in (("min", spec.minimum), ("max", spec.maximum)):
        if name.replace(" ", "") in {*words.exact, *words.contains, *words.prefix, *words.suffix}:
            return bound
    return None


_EXPRESSED_AS = re.compile(r"\s*[（(]\s*(以[^（）()]{1,12}计)\s*[)）]")
_TRAILING_UNIT = re.compile(r"([\u4e00-\u9fff）)]\s*|\s+)([A-Za-zμµ][^\s\u4e00-\u9fff]*)\s*$")
_UNIT_THEN_SIGN = re.compile(r"^(.+?)\s*([≤≥<>＜＞])$")  # a unit line carrying the comparator
_SIGNS = {"≤": "<=", "≥": ">=", "<": "<", ">": ">", "＜": "<", "＞": ">"}
_FOOTNOTE = re.compile(r"^[a-e]$")  # a footnote marker after a name ("甲基汞a"), not the unit "a" (year)
# A marker between the name and its unit ("水分a/%", "水分a(%)"): split_label reads both.
_MARKED_UNIT = re.compile(r"^[a-e]\s*[/(（]")
# A quantity's symbol printed between its name and its unit ("热水输出率μ/%", "效率 η/%"): a Greek
# letter alone before the slash is no unit ("μ/%" read as micro per cent) and no part of the name (the
# gold of every set names the quantity without its symbol, as the row labels' "内照射指数IRa" is scored).
_SYMBOL_BEFORE_UNIT = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[α-ωΑ-Ω]\s*/\s*(\S+)$")
_MIN_MAX_NOTE = re.compile(r"[（(]\s*(最小值|最大值)\s*[)）]\s*$")


def is_transposed(table: Table, label_col: int | None, heads: dict[int, ColumnHead], rules: Rules) -> bool:
    """Indicators across the columns: value columns headed by indicator names, and a label column
    that holds classes or conditions (its header is not 项目/名称, or its cells are numbers, ranges
    and comparisons)."""
    if label_col is None or not any(h.name and h.plan is None for h in heads.values()):
        return False
    from std_extract.extract.tables import header_parts

    vocab = rules.tables
    label_header = "/".join(header_parts(table, label_col))
    if _grade_rows(table, label_col, vocab):
        return True  # the grades down the rows ("特级", "一级"), the indicators across
    if label_header and _names_items(label_header, vocab):
        return _indicators_across_items(table, label_col, heads, rules)
    return bool(label_header) or _class_rows(table, label_col)


_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")


def _indicators_across_items(
    table: Table, label_col: int, heads: dict[int, ColumnHead], rules: Rules
) -> bool:
    """A table headed 项目 over rows of categories, its value columns each headed by an indicator with its
    unit or sign ("项 目" over 生干坚果与籽类食品 / 核桃仁… beside "酸价（以脂肪计）/(mg/g) ≤" |
    "过氧化值…/(g/100 g) ≤", GB 19300-style): the indicators run across the columns although the header
    says items.  Every named column is an indicator the lexicon knows (its bracketed qualifiers aside)
    printing a unit or a sign, and no row label is one (GB 5749's 游离氯 beside 出厂水中余量/(mg/L) keeps
    its rows)."""
    named = [h for h in heads.values() if h.name and h.plan is None]
    if len(named) < 2 or any(h.grade or h.condition or not (h.unit or h.comparator) for h in named):
        return False
    if not all(_known(h.name or "", rules) for h in named):
        return False
    labels = [
        row[label_col].text for row in table.rows if label_col < len(row) and row[label_col].text.strip()
    ]
    return bool(labels) and not any(
        _known(split_label(t, rules.values.unit_words).name, rules) for t in labels
    )


def _known(name: str, rules: Rules) -> bool:
    bare = _BRACKETS.sub("", name).strip()
    return bool(rules.lexicon.exact(name) or bare and rules.lexicon.exact(bare))


def caption_over_conditions(table: Table, heads: dict[int, ColumnHead], rules: Rules) -> str | None:
    """The indicator a transposed table's caption names when its columns are conditions too (both
    axes conditions: "表2 到达现场时间" over 电梯所在区域 | 困人故障/min | 一般故障/h): the caption
    is an indicator the lexicon knows and no column header is one.  None otherwise."""
    title = squeeze_spaces(table.title or "").replace(" ", "")
    named = [h for h in heads.values() if h.name and h.plan is None]
    if not title or not named or any(h.condition or h.grade for h in named):
        return None
    if not rules.lexicon.exact(title) or any(rules.lexicon.exact(h.name or "") for h in named):
        return None
    if any(_ends_the_caption(h.name or "", title, rules) for h in named):
        return None  # "允许短缺量（Qn的百分比）/%" under "表2 净含量允许短缺量": the column names it
    if any(_same_head_noun(h.name or "", title) for h in named):
        return None  # "袜底长偏差/cm" under "表2 规格尺寸偏差": each column names one kind of the caption's
    return title


HEAD_NOUN = 2  # characters of the head noun a Chinese quantity ends with (偏差, 温升, 含量, 强度)


def _same_head_noun(name: str, title: str) -> bool:
    """A column's name ends with the caption's head noun (袜底长偏差 and 规格尺寸偏差 both end in 偏差):
    the column is a quantity of the caption's kind, no condition of it."""
    bare = _BRACKETS.sub("", name).replace(" ", "")
    tail = title[-HEAD_NOUN:]
    return len(bare) > HEAD_NOUN and len(title) > HEAD_NOUN and bare.endswith(tail) and all(map(is_cjk, tail))


def _ends_the_caption(name: str, title: str, rules: Rules) -> bool:
    """A column's quantity, its bracketed basis aside, that the caption names after its owner, itself an
    indicator the lexicon knows ("允许短缺量" of "净含量允许短缺量", 净含量 the owner): the column names the
    caption's indicator, no condition of it.  A bare generic word ending the caption ("时间" of
    "到达现场时间", "时限" of "投诉处理时限") names nothing: what comes before it is no owner the
    lexicon knows."""
    bare = _BRACKETS.sub("", name).replace(" ", "")
    if len(bare) < 2 or not title.endswith(bare) or title == bare:
        return False
    return bool(rules.lexicon.exact(title[: -len(bare)]))


def _grade_rows(table: Table, col: int, vocab: TableVocab) -> bool:
    """Every row label names a grade of a ladder (tables.toml [grades].headers)."""
    texts = [row[col].text for row in table.rows if col < len(row) and row[col].text.strip()]
    return bool(texts) and all(grade_of(t, vocab) for t in texts)


def _names_items(label_header: str, vocab: TableVocab) -> bool:
    """A label header saying the rows name indicators (项目); "食品类别（名称）" names categories."""
    return vocab.is_("item", label_header) and not vocab.is_("category", label_header)


def _class_rows(table: Table, col: int) -> bool:
    texts = [row[col].text for row in table.rows if col < len(row) and row[col].text.strip()]
    return bool(texts) and sum(bool(_CLASS_LABEL.search(clean_text(t))) for t in texts) * 2 >= len(texts)


# A caption naming the indicator of a table whose rows are categories ("表3 各品种馅料含量",
# "表1 食品中黄曲霉毒素B1限量指标"): the words around the name.
_CAPTION_PREFIX = re.compile(r"^(?:各|不同)?(?:品种|种类|类别|产品|食品|规格|型号)*(?:产品)?(?:中的|的|中)?")
# What the limit is in, before the name ("动物性食品中恩诺沙星", "乳制品中黄曲霉毒素M1"): no part of it.
_CAPTION_WHERE = re.compile(r"^[\u4e00-\u9fff]{1,6}?中(?:的)?(?=[^的])")
_CAPTION_SUFFIX = re.compile(r"(?:的)?(?:限量指标|(?:最大)?(?:残留)?限量|限值|指标|要求|规定)$")


def category_rows(table: Table, label_col: int | None, heads: dict[int, ColumnHead], rules: Rules) -> bool:
    """The rows are categories (the label column is headed 品种/类别/食品类别, not 项目) and no
    value column names an indicator: the name is outside the grid, or nowhere on the pages read
    (a continuation whose first page was not parsed)."""
    if label_col is None or any(h.name or h.plan for h in heads.values()):
        return False
    from std_extract.extract.tables import header_parts

    label_header = "/".join(header_parts(table, label_col))
    vocab = rules.tables
    if not label_header:
        return False
    # categories of products (食品类别), or classes of a condition ("设定温度" over 45 ℃, 60 ℃ beside
    # a bare "指标": 表2 恒温温度允许偏差 names what the values are)
    if vocab.is_("category", label_header) or (
        not _names_items(label_header, vocab) and _value_rows(table, label_col)
    ):
        return True
    # every label column says where, none what (动物种类 | 靶组织 beside a bare 残留限量/(μg/kg)):
    # the rows are categories of the limit the caption names
    labels = ["/".join(header_parts(table, j)) for j in range(label_col + 1)]
    return (
        any(vocab.is_("category", h) for h in labels)
        and not any(_names_items(h, vocab) for h in labels)
        and all(vocab.is_("limit", header_parts(table, j)[-1]) for j in heads if header_parts(table, j))
    )


# A row label that is a value of a condition: a number with at most a short unit ("45 ℃", "1.5"), or
# a comparison with a number ("V≤300", "P＞1000"); not a name ending in a limit's sign ("总量/% ≤").
_CONDITION_VALUE = re.compile(r"^\s*\d[\d.]*\s*[^\d\s]{0,3}\s*$|[≤≥<>＜＞～~]\s*\d")


def _value_rows(table: Table, col: int) -> bool:
    texts = [clean_text(row[col].text) for row in table.rows if col < len(row) and row[col].text.strip()]
    return bool(texts) and all(_CONDITION_VALUE.search(t) for t in texts)


def caption_name(
    table: Table, label_col: int | None, heads: dict[int, ColumnHead], rules: Rules
) -> str | None:
    """The indicator a table names only in its caption or the clause heading above it: the rows
    are categories (the label column is headed 品种/类别/食品类别, not 项目) and no value column
    names an indicator.  The caption first ("表1 食品中铅限量指标" -> 铅), else the innermost
    heading that is more than a limit word (GB 2763: "4.35 苯噻酰草胺(mefenacet)" over "4.35.4
    最大残留限量：应符合表35的规定" -> 苯噻酰草胺)."""
    if not category_rows(table, label_col, heads, rules):
        return None
    vocab = rules.tables
    if table.subject:
        return subject_name(table.subject, vocab)
    if table.title:
        name = _CAPTION_SUFFIX.sub("", _CAPTION_PREFIX.sub("", squeeze_spaces(table.title).replace(" ", "")))
        name = _CAPTION_WHERE.sub("", name) if _CAPTION_WHERE.sub("", name) else name
        name = vocab.caption_owner.sub("", name)  # "熟制坚果与籽类食品的水分限量": 水分
        return name or None  # one character names an element ("铅")
    return intro_name(table.intro_text, vocab) or heading_name(table.headings, vocab)


# The subject of an introducing sentence, before the verb that points to the table.
_POINTS_TO_TABLE = re.compile(
    r"^(?P<subject>[^。；;，,]{1,30}?)\s*[:：]?\s*(?:应符合|应满足|应达到|见|按)\s*表"
)
_LEADING_CLAUSE = re.compile(r"^\s*(?:[A-Z]\.)?\d+(?:\.\d+)*\s*")


def intro_name(intro: str | None, vocab: TableVocab) -> str | None:
    """The indicator an introducing sentence names when the caption has no title ("食品中黄曲霉毒素B1
    限量指标见表1" -> 黄曲霉毒素B1): the limit of something; None when the subject is only a limit word
    ("最大残留限量：应符合表35的规定", tables.toml generic value words) or no limit ("理化指标…")."""
    if not intro:
        return None
    m = _POINTS_TO_TABLE.match(_LEADING_CLAUSE.sub("", clean_text(intro)))
    if m is None:
        return None
    subject = m.group("subject").replace(" ", "")
    if vocab.is_("generic_value", subject) or not _LIMIT_END.search(subject):
        return None  # only a limit of something names it: "理化指标应符合表2" names a section
    name = _CAPTION_SUFFIX.sub("", _CAPTION_PREFIX.sub("", subject))
    return name if name and not vocab.is_("generic_value", name) else None


_LIMIT_END = re.compile(r"(?:限量指标|限量|限值)$")


_GLOSS_START = re.compile(r"\s+(?=[^\u4e00-\u9fff]*$)")  # the English name beside the Chinese one
_WRAPPED = re.compile(r"^[\u4e00-\u9fff（）()，,、\-·]+$")  # a line holding only the rest of a Chinese name
# A footnote marker after a name, raised ("安赛蜜⁴)") or set on the line ("磷酸7)" in GB 2760's
# "磷酸及磷酸盐[包括磷酸7),焦磷酸二氢二钠,…]", where its bracket would close the aside early).
_MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+[)）⁾]?|(?<=[\u4e00-\u9fff])\d{1,2}[)）](?=[,，、\]］）)]|$)")


def subject_name(lines: list[str], vocab: TableVocab) -> str | None:
    """The name a subject block gives its table: the Chinese name of its first line, continued on
    the next lines while a bracket stays open or a line holds only the rest of the name, without
    the English gloss beside it, the asides in brackets (又名, 简称, 包括 …: tables.toml [subject])
    and footnote markers (GB 2760: "甜蜜素（又名环己基氨基磺酸钠），环己基 sodium cyclamate, …" over
    "氨基磺酸钙" -> "甜蜜素，环己基氨基磺酸钙")."""
    name = _GLOSS_START.split(lines[0].strip(), maxsplit=1)[0]
    if re.search(r"\s", name):
        return None  # "CNS号 01.106 INS号 338": the name was on the page before
    for line in lines[1:]:
        part = _GLOSS_START.split(line.strip(), maxsplit=1)[0]
        if not re.search(r"[\u4e00-\u9fff]", part):
            continue  # the English name's second line
        if not (open_brackets(name) > 0 or _WRAPPED.match(part)):
            break
        name += part
    asides = vocab.spec.subject.aside
    name = _without_asides(_MARKER.sub("", name), asides).strip()
    return name if re.search(r"[\u4e00-\u9fff]", name) else None


def _without_asides(name: str, words: list[str]) -> str:
    """``name`` without the bracketed asides that open with one of ``words``, nested brackets and
    all ("爱德万甜（又名N-{N-[3-(3-羟基…)丙基]…}-L-苯丙氨酸-1-甲酯）" -> "爱德万甜")."""
    out, i = [], 0
    while i < len(name):
        if name[i] in OPENING_BRACKETS and name[i + 1 :].startswith(tuple(words)):
            depth, j = 0, i
            while j < len(name):
                depth += (name[j] in OPENING_BRACKETS) - (name[j] in CLOSING_BRACKETS)
                j += 1
                if depth == 0:
                    break
            i = j
            continue
        out.append(name[i])
        i += 1
    return "".join(out)


_LATIN_GLOSS = re.compile(r"\s*[(（][A-Za-z0-9 ,.'\-]+[)）]\s*$")  # "(mefenacet)": the English name


def heading_name(headings: list[str], vocab: TableVocab) -> str | None:
    """The innermost clause heading naming a thing, not a limit or a section ("最大残留限量",
    "污染物限量", "技术要求": tables.toml generic value words and section-category endings)."""
    for title in reversed(headings):
        name = _LATIN_GLOSS.sub("", squeeze_spaces(title)).strip()
        key = name.replace(" ", "")
        if name and not vocab.is_("generic_value", key) and not vocab.section_category.search(key):
            return name
    return None
