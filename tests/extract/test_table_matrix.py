"""The table-variant matrix: the ways a requirement table is written, crossed, each combination
read from a page built by hand (tests/parse/tablepages.py) through the table stages and compared
with the indicators it states.  A combination that fails is a failure class of the reader, not
of one document (issue 12: rules that generalise).

The dimensions: ruling (full grid, three-line, unruled), orientation (indicators down the rows, or
across the columns with grades or capacity classes down the rows), grade columns, header shape
(flat, a group header over the value columns), where the unit is printed (in the label as "/%",
"/(mg/kg)", "(mg/kg)", full width "（ｍｇ／ｋｇ）", a unit column, the value header, a header row
of its own, the caption), where the comparator is (the cell, the label, a limit header "限量", the
introducing clause) and one extra each (a "—" cell, a footnote marker, a category row, a test
method column, the table continued overleaf under "表1（续）").  The full cross-product is some
5,000 tables; every pair of values is covered by allpairspy's pairwise selection (all pairs of
the seven dimensions in a few dozen tables), which keeps the run to seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pytest
from allpairspy import AllPairs
from parse.tablepages import Sheet, Span, sheet_page

from std_extract.document import ParsedDocument, Source
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.model import PageScan
from std_extract.parse.tables import pages_to_tables


@dataclass(frozen=True)
class Item:
    """An indicator the table states: its name, unit, comparator and a value per grade or class."""

    name: str
    unit: str
    comparator: str
    values: tuple[float, float, float]


MIXED = (
    Item("水分", "%", "<=", (12.0, 13.0, 14.0)),
    Item("蛋白质", "g/100g", ">=", (10.0, 9.0, 8.0)),
    Item("铅", "mg/kg", "<=", (0.1, 0.2, 0.3)),
)
SHARED = (  # one unit and one direction: the unit and the comparator can be said once for the table
    Item("铅", "mg/kg", "<=", (0.1, 0.2, 0.3)),
    Item("总砷", "mg/kg", "<=", (0.5, 0.6, 0.7)),
    Item("镉", "mg/kg", "<=", (0.05, 0.1, 0.2)),
)
PH = Item("pH", "", "range", (6.5, 6.5, 6.5))  # printed "6.5～8.5" in every grade
COLOUR = Item("色泽", "", "qualitative", (0.0, 0.0, 0.0))  # printed "乳白色"
GRADES = {
    "none": None,
    "quality": ("优等品", "一等品", "合格品"),
    "roman": ("Ⅰ级", "Ⅱ级", "Ⅲ级"),
    "letters": ("AA级", "A级", "B级"),  # eggs
    "special": ("特级", "一级", "二级"),  # soy sauce, tea
    "use": ("商用级", "家用Ⅰ级", "家用Ⅱ级"),  # laminate flooring (GB/T 18102): use classes as grades
    "classes": ("厚度≥7.5 mm", "5 mm≤厚度＜7.5 mm", "厚度＜5 mm"),  # value columns by product class
}
CLASSES = ("V≤300", "300＜V≤450", "V＞450")
# The classes as conditions: each number with the unit of the label column's header ("容积V/L").
CLASSES_STATED = ("V≤300 L", "300 L＜V≤450 L", "V＞450 L")
SIGN = {"<=": "≤", ">=": "≥"}
FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz/0123456789%"})
NOTE = "以干基计"

DIMENSIONS = {
    "ruling": ["grid", "three_line", "unruled"],
    "orientation": ["rows", "transposed"],
    "grades": list(GRADES),
    "header": ["flat", "grouped"],
    "unit": ["label_slash", "label_paren", "label_fullwidth", "unit_column", "header", "header_row", "cell"],
    "comparator": ["cell", "cell_word", "cell_suffix", "label", "header", "clause"],
    "extra": ["none", "dash", "footnote", "category", "method", "continued", "range_row", "qualitative_row"],
    "typography": ["plain", "spaced_header", "wrapped_label", "wrapped_header", "full_width_digits"],
    "align": ["left", "centred"],
}


@dataclass(frozen=True)
class Variant:
    ruling: str
    orientation: str
    grades: str
    header: str
    unit: str
    comparator: str
    extra: str
    typography: str
    align: str

    @property
    def items(self) -> tuple[Item, ...]:
        shared = self.unit in ("header", "header_row") or self.comparator in ("header", "clause")
        extra = {"range_row": (PH,), "qualitative_row": (COLOUR,)}.get(self.extra, ())
        return (SHARED if shared else MIXED) + extra

    @property
    def id(self) -> str:
        return "-".join(getattr(self, name) for name in DIMENSIONS)


def _valid(values: list[str]) -> bool:
    """Combinations a standard would not print (allpairspy calls this on partial rows too)."""
    v = dict(zip(DIMENSIONS, values, strict=False))
    rows, graded = v.get("orientation") == "rows", v.get("grades", "none") != "none"
    flat_grades = rows and graded and v.get("header") == "flat"
    never = (
        rows and v.get("header") == "grouped" and not graded,  # nothing to group
        flat_grades and (v.get("unit") in ("header", "header_row") or v.get("comparator") == "header"),
        rows and graded and v.get("unit") == "header_row",
        not rows and v.get("unit") == "unit_column",  # indicators across: each header has its unit
        not rows and v.get("comparator") == "header",  # the column header is the label
        not rows and v.get("extra") in ("category", "method"),
        not rows and v.get("grades") == "classes",  # the classes are the rows already
        v.get("unit") == "cell" and v.get("comparator") in ("label", "header", "clause"),
        v.get("extra") in ("range_row", "qualitative_row") and v.get("comparator") in ("header", "clause"),
        v.get("extra") in ("range_row", "qualitative_row") and v.get("unit") in ("header", "header_row"),
    )
    return not any(never)


VARIANTS = [Variant(*row) for row in AllPairs(list(DIMENSIONS.values()), filter_func=_valid)]


def _unit_text(item: Item, v: Variant) -> str:
    unit = item.unit
    if not unit:
        return ""
    return {
        "label_slash": "/%" if unit == "%" else f"/({unit})",
        "label_paren": f"({unit})",
        "label_fullwidth": f"（{unit.translate(FULL_WIDTH)}）",
    }.get(v.unit, "")


def _label(item: Item, v: Variant, first: bool) -> str:
    """The item's label as printed: name, footnote marker, unit, comparator."""
    marker = "a" if v.extra == "footnote" and first else ""
    sign = f" {SIGN[item.comparator]}" if v.comparator == "label" and item.comparator in SIGN else ""
    name = item.name
    if v.typography == "wrapped_label" and first:
        name = {"水分": "水分（105 ℃\n干燥失重）", "铅": "铅（以Pb\n计）"}[name]
    unit = _unit_text(item, v)
    if v.typography == "wrapped_header" and v.orientation == "transposed" and unit:
        unit = "\n" + unit  # the column is narrower than name and unit: the unit wraps
    return f"{name}{marker}{unit}{sign}"


def _name(item: Item, v: Variant, first: bool) -> str:
    if v.typography == "wrapped_label" and first:
        return {"水分": "水分（105 ℃干燥失重）", "铅": "铅（以Pb计）"}[item.name]
    return item.name


WORDS = {"<=": "不大于", ">=": "不小于"}


def _value(item: Item, v: Variant, k: int, dash: bool) -> str:
    if dash:
        return "—"
    if item.comparator == "qualitative":
        return "乳白色"
    if item.comparator == "range":
        printed = "6.5～8.5"
        return (
            printed.translate(FULL_WIDTH).replace(".", "．")
            if v.typography == "full_width_digits"
            else printed
        )
    number = f"{item.values[k]:g}" if item.values[k] != int(item.values[k]) else f"{item.values[k]:.1f}"
    if v.typography == "full_width_digits":
        number = number.translate(FULL_WIDTH).replace(".", "．")
    unit = item.unit if v.unit == "cell" else ""
    if v.comparator == "cell":
        return f"{SIGN[item.comparator]}{number}{unit}"
    if v.comparator == "cell_word":
        return f"{WORDS[item.comparator]}{number}{unit}"
    if v.comparator == "cell_suffix":  # DOMAIN.md: 以上 and 以下 include the number
        return f"{number}{unit}{'以下' if item.comparator == '<=' else '以上'}"
    return number + unit


def _dashed(v: Variant, item_index: int, k: int, last: int) -> bool:
    return v.extra == "dash" and item_index == 1 and k == last


def _rows_sheet(v: Variant) -> Sheet:
    """Indicators down the rows: 项目 | [单位] | values (one per grade) | [检验方法]."""
    grades = GRADES[v.grades]
    two = v.header == "grouped" or v.unit == "header_row"
    value_word = "限量" if v.comparator == "header" else "指标"
    if v.typography == "wrapped_header":
        value_word = "最大\n限量" if v.comparator == "header" else "技术\n指标"
    if v.unit == "header":
        value_word += "/(mg/kg)"
    header = [Span("项　目" if v.typography == "spaced_header" else "项目", 0, 0, rows=2 if two else 1)]
    col = 1
    if v.unit == "unit_column":
        header.append(Span("单位", 0, col, rows=2 if two else 1))
        col += 1
    if grades and v.header == "grouped":
        header.append(Span(value_word, 0, col, cols=len(grades)))
        header += [Span(g, 1, col + k) for k, g in enumerate(grades)]
        col += len(grades)
    elif grades:
        header += [Span(g, 0, col + k) for k, g in enumerate(grades)]
        col += len(grades)
    elif v.unit == "header_row":
        header += [Span(value_word, 0, col), Span("mg/kg", 1, col)]
        col += 1
    else:
        header.append(Span(value_word, 0, col, rows=2 if two else 1))
        col += 1
    if v.extra == "method":
        header.append(Span("检验方法", 0, col, rows=2 if two else 1))
    body = [["理化指标"] + [""] * (col - 1 + (v.extra == "method"))] if v.extra == "category" else []
    n = len(grades) if grades else 1
    for i, item in enumerate(v.items):
        row = [_label(item, v, i == 0)]
        if v.unit == "unit_column":
            row.append(item.unit or "—")
        row += [_value(item, v, k, _dashed(v, i, k, n - 1)) for k in range(n)]
        if v.extra == "method":
            row.append(f"GB 5009.{i + 3}")
        body.append(row)
    return Sheet(header, body, header_rows=2 if two else 1, centred=v.align == "centred", **_around(v))


def _transposed_sheet(v: Variant) -> Sheet:
    """Indicators across the columns, grades or capacity classes down the rows."""
    grades = GRADES[v.grades]
    rows = grades or CLASSES
    depth = 1 + (v.header == "grouped") + (v.unit == "header_row")
    label = "等级" if grades else "容积V/L"
    header = [Span("等 级" if v.typography == "spaced_header" and grades else label, 0, 0, rows=depth)]
    top = 0
    if v.header == "grouped":
        header.append(Span("理化指标", 0, 1, cols=len(v.items)))
        top = 1
    for i, item in enumerate(v.items):
        header.append(Span(_label(item, v, i == 0), top, 1 + i))
        if v.unit == "header_row":
            header.append(Span(item.unit, top + 1, 1 + i))
    body = [
        [label, *(_value(item, v, k, _dashed(v, i, k, len(rows) - 1)) for i, item in enumerate(v.items))]
        for k, label in enumerate(rows)
    ]
    return Sheet(header, body, header_rows=depth, centred=v.align == "centred", **_around(v))


def _around(v: Variant) -> dict:
    caption = "表1 技术指标"
    if v.unit == "header" and v.orientation == "transposed":
        caption += " 单位：mg/kg"
    above = ["4.2 理化指标", "各项指标均应不超过表1的规定。"] if v.comparator == "clause" else []
    notes = [f"a {NOTE}。"] if v.extra == "footnote" else []
    return {"caption": caption, "above": above, "notes": notes}


def expected(v: Variant) -> list[tuple]:
    grades = GRADES[v.grades]
    out = []
    for i, item in enumerate(v.items):
        note = [NOTE] if v.extra == "footnote" and i == 0 else []
        if v.orientation == "rows" and v.grades == "classes":
            slots = [(k, None, [g]) for k, g in enumerate(grades)]
        elif v.orientation == "rows":
            slots = [(k, g, []) for k, g in enumerate(grades)] if grades else [(0, None, [])]
        else:
            slots = (
                [(k, g, []) for k, g in enumerate(grades)]
                if grades
                else [(k, None, [c]) for k, c in enumerate(CLASSES_STATED)]
            )
        last = len(slots) - 1
        for k, grade, conditions in slots:
            if _dashed(v, i, k, last):
                continue
            found = (_name(item, v, i == 0), item.comparator, item.values[k], None, item.unit, grade)
            if item is PH:
                found = ("pH", "range", 6.5, 8.5, None, grade)
            elif item is COLOUR:
                found = ("色泽", "qualitative", None, None, None, grade)
            out.append(_key((*found, tuple(conditions + note))))
    return sorted(out, key=repr)


def _pages(v: Variant) -> list[PageScan]:
    sheet = _rows_sheet(v) if v.orientation == "rows" else _transposed_sheet(v)
    if v.extra != "continued":
        return [sheet_page(sheet, v.ruling)]
    cut = 2
    first = Sheet(
        sheet.header, sheet.body[:cut], sheet.caption, [], sheet.above, sheet.header_rows, sheet.centred
    )
    rest = Sheet(
        sheet.header, sheet.body[cut:], "表1（续）", sheet.notes, [], sheet.header_rows, sheet.centred
    )
    return [sheet_page(first, v.ruling, 3, top=640.0), sheet_page(rest, v.ruling, 4, top=60.0)]


_EXPRESSED_AS = re.compile(r"[（(]以[^（）()]{1,12}计[)）]|^以[^（）()]{1,12}计$")


def _key(found: tuple) -> tuple:
    """Spaces in names aside, and a basis "（以Pb计）" in the name or in the conditions alike (the
    reader keeps a row label's basis in the name, a column header's in the conditions; the gold
    and the evaluation's name matching accept both)."""
    name, *rest, conditions = found
    kept = tuple(c for c in conditions if not _EXPRESSED_AS.search(c))
    return (_EXPRESSED_AS.sub("", name).replace(" ", ""), *rest, kept)


@cache
def read(v: Variant) -> tuple[int, list[tuple]]:
    tables, _ = pages_to_tables(_pages(v))
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    found = [
        _key((i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions)))
        for table in tables
        for i in table_to_indicators(table, document)
    ]
    return len(tables), sorted(found, key=repr)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.id)
def test_table_matrix_reads_every_variant(variant: Variant):
    count, found = read(variant)
    assert count == 1
    assert found == expected(variant)


# Shapes with a structure of their own (DOMAIN.md, Tables), each drawn with every ruling: the
# sheet, and the indicators it states (name, comparator, value, value_max, unit, grade, conditions).
def _head(*rows: list[tuple[str, int, int]]) -> list[Span]:
    """Header spans from (text, cols, rows) per printed row, placed left to right past the
    cells spanning down from above."""
    spans: list[Span] = []
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        col = 0
        for text, cols, down in row:
            while (r, col) in taken:
                col += 1
            spans.append(Span(text, r, col, rows=down, cols=cols))
            taken |= {(r + i, col + j) for i in range(down) for j in range(cols)}
            col += cols
    return spans


NUTRIENTS = Sheet(  # GB 10767-style per-basis minimum/maximum columns, "N.S." for no maximum
    _head(
        [("营养素", 1, 2), ("每100 kJ", 2, 1), ("每100 kcal", 2, 1), ("检验方法", 1, 2)],
        [("最小值", 1, 1), ("最大值", 1, 1), ("最小值", 1, 1), ("最大值", 1, 1)],
    ),
    [
        ["蛋白质/g", "0.45", "0.70", "1.88", "2.93", "GB 5009.5"],
        ["脂肪/g", "1.05", "1.40", "4.40", "5.86", "GB 5009.6"],
        ["亚油酸/mg", "70", "N.S.", "300", "N.S.", "GB 5009.168"],
    ],
    caption="表2 蛋白质和脂肪指标",
    header_rows=2,
)
NUTRIENTS_FOUND = [
    ("蛋白质", "range", 0.45, 0.7, "g", None, ("每100 kJ",)),
    ("蛋白质", "range", 1.88, 2.93, "g", None, ("每100 kcal",)),
    ("脂肪", "range", 1.05, 1.4, "g", None, ("每100 kJ",)),
    ("脂肪", "range", 4.4, 5.86, "g", None, ("每100 kcal",)),
    ("亚油酸", ">=", 70.0, None, "mg", None, ("每100 kJ",)),
    ("亚油酸", ">=", 300.0, None, "mg", None, ("每100 kcal",)),
]
PLAN = Sheet(  # GB 29921-style sampling plan: n and c are no limits, m and M two ceilings
    _head(
        [("项目", 1, 2), ("采样方案及限量（若非指定，均以CFU/g表示）", 4, 1), ("检验方法", 1, 2)],
        [("n", 1, 1), ("c", 1, 1), ("m", 1, 1), ("M", 1, 1)],
    ),
    [
        ["菌落总数", "5", "2", "50000", "100000", "GB 4789.2"],
        ["大肠菌群", "5", "2", "10", "100", "GB 4789.3"],
    ],
    caption="表3 微生物限量",
    header_rows=2,
)
PLAN_FOUND = [
    ("菌落总数", "<=", 50000.0, None, "CFU/g", None, ("n=5,c=2",)),
    ("菌落总数", "<=", 100000.0, None, "CFU/g", None, ("n=5,c=2",)),
    ("大肠菌群", "<=", 10.0, None, "CFU/g", None, ("n=5,c=2",)),
    ("大肠菌群", "<=", 100.0, None, "CFU/g", None, ("n=5,c=2",)),
]
CATEGORIES = Sheet(  # GB 2761-style: the indicator named by the caption, the rows are foods
    _head([("食品类别（名称）", 1, 1), ("限量/(μg/kg)", 1, 1)]),
    [
        ["玉米、玉米面（渣、片）及玉米制品", "20"],
        ["稻谷、糙米、大米", "10"],
        ["小麦、大麦、其他谷物", "5.0"],
    ],
    caption="表1 食品中黄曲霉毒素B1限量指标",
)
CATEGORIES_FOUND = [
    ("黄曲霉毒素B1", "<=", 20.0, None, "μg/kg", None, ("玉米、玉米面（渣、片）及玉米制品",)),
    ("黄曲霉毒素B1", "<=", 10.0, None, "μg/kg", None, ("稻谷、糙米、大米",)),
    ("黄曲霉毒素B1", "<=", 5.0, None, "μg/kg", None, ("小麦、大麦、其他谷物",)),
]
SUB_ITEMS = Sheet(  # rice-style 其中 rows and a value printed once across the grades
    _head([("项目", 1, 2), ("指标", 3, 1)], [("一级", 1, 1), ("二级", 1, 1), ("三级", 1, 1)]),
    [
        ["碎米/%", "≤10.0", "≤12.5", "≤15.0"],
        ["其中：小碎米/%", "≤1.0", "≤1.5", "≤2.0"],
        ["水分/%", "≤14.5", "≤14.5", "≤14.5"],
    ],
    caption="表1 质量指标",
    header_rows=2,
)
SUB_ITEMS_FOUND = [
    (name, "<=", value, None, "%", grade, ())
    for name, values in (
        ("碎米", (10.0, 12.5, 15.0)),
        ("碎米/小碎米", (1.0, 1.5, 2.0)),
        ("水分", (14.5,) * 3),
    )
    for value, grade in zip(values, ("一级", "二级", "三级"), strict=True)
]
STACKED = Sheet(  # sub-lines of a label that are conditions (a grid stacks them in one cell)
    _head([("项目", 1, 1), ("指标", 1, 1)]),
    [
        ["色度/度 ≤", "5"],
        ["溴酸盐/(mg/L)\n臭氧消毒工艺\n其他消毒工艺", "\n≤0.01\n不得检出"],
        ["浑浊度 ≤", "1"],  # back at the indent, no unit of its own: the quantity above has ended
        ["蛋白质/(g/100g)\n    牛乳 ≥\n    羊乳 ≥", "\n2.9\n2.8"],  # sub-items set indented
    ],
    caption="表2 理化指标",
)
STACKED_FOUND = [
    ("色度", "<=", 5.0, None, "度", None, ()),
    ("溴酸盐", "<=", 0.01, None, "mg/L", None, ("臭氧消毒工艺",)),
    ("溴酸盐", "not_detected", None, None, None, None, ("其他消毒工艺",)),
    ("浑浊度", "<=", 1.0, None, None, None, ()),
    ("蛋白质/牛乳", ">=", 2.9, None, "g/100g", None, ()),
    ("蛋白质/羊乳", ">=", 2.8, None, "g/100g", None, ()),
]
LEACHATE = (
    Sheet(  # GB 5085-style: a running number, items with their basis, the limit and its unit in the header
        _head([("序号", 1, 1), ("危害成分项目", 1, 1), ("浸出液中危害成分浓度限值/(mg/L)", 1, 1)]),
        [
            ["", "无机元素及化合物", ""],
            ["1", "铜（以总铜计）", "100"],
            ["2", "镉（不包括烷基镉）", "1"],
            ["", "有机农药类", ""],
            ["3", "滴滴涕", "0.1"],
        ],
        caption="表1 浸出毒性鉴别标准值",
    )
)
LEACHATE_FOUND = [
    ("铜", "<=", 100.0, None, "mg/L", None, ()),
    ("镉（不包括烷基镉）", "<=", 1.0, None, "mg/L", None, ()),
    ("滴滴涕", "<=", 0.1, None, "mg/L", None, ()),
]
PLAN_CATEGORY = Sheet(  # GB 29921-style: food category and pathogen columns before the plan
    _head(
        [("食品类别", 1, 2), ("致病菌指标", 1, 2), ("采样方案及限量", 4, 1)],
        [("n", 1, 1), ("c", 1, 1), ("m", 1, 1), ("M", 1, 1)],
    ),
    [
        ["乳制品", "金黄色葡萄球菌", "5", "1", "100 CFU/g", "1000 CFU/g"],
        ["肉制品", "单核细胞增生李斯特氏菌", "5", "0", "100 CFU/g", "—"],
    ],
    caption="表1 食品中致病菌限量",
    header_rows=2,
)
PLAN_CATEGORY_FOUND = [
    ("金黄色葡萄球菌", "<=", 100.0, None, "CFU/g", None, ("乳制品", "n=5,c=1")),
    ("金黄色葡萄球菌", "<=", 1000.0, None, "CFU/g", None, ("乳制品", "n=5,c=1")),
    ("单核细胞增生李斯特氏菌", "<=", 100.0, None, "CFU/g", None, ("肉制品", "n=5,c=0")),
]
CLASS_BY_GRADE = Sheet(  # GB 21456-style: power classes down, energy grades across under one name
    _head([("额定功率P/W", 1, 2), ("热效率/% ≥", 3, 1)], [("1级", 1, 1), ("2级", 1, 1), ("3级", 1, 1)]),
    [["P≤1000", "90", "86", "82"], ["P＞1000", "88", "84", "80"]],
    caption="表1 能效等级指标",
    header_rows=2,
)
CLASS_BY_GRADE_FOUND = [
    ("热效率", ">=", value, None, "%", grade, (power,))
    for power, values in (("P≤1000 W", (90.0, 86.0, 82.0)), ("P＞1000 W", (88.0, 84.0, 80.0)))
    for value, grade in zip(values, ("1级", "2级", "3级"), strict=True)
]
VARIANT_COLUMNS = Sheet(  # GB 19302-style: one value column per product variant under 指标
    _head([("项目", 1, 2), ("指标", 2, 1)], [("发酵乳", 1, 1), ("风味发酵乳", 1, 1)]),
    [["脂肪/(g/100g) ≥", "3.1", "2.5"], ["蛋白质/(g/100g) ≥", "2.9", "2.3"]],
    caption="表2 理化指标",
    header_rows=2,
)
VARIANT_COLUMNS_FOUND = [
    (name, ">=", value, None, "g/100g", None, (variant,))
    for name, values in (("脂肪", (3.1, 2.5)), ("蛋白质", (2.9, 2.3)))
    for value, variant in zip(values, ("发酵乳", "风味发酵乳"), strict=True)
]
UNIT_SIGN_ROW = Sheet(  # a ruled unit row whose units carry the comparator, classes down the rows
    _head(
        [("额定容量V", 1, 2), ("烧水时间", 1, 1), ("热效率", 1, 1), ("保温能耗", 1, 1)],
        [("min ≤", 1, 1), ("% ≥", 1, 1), ("W·h ≤", 1, 1)],
    ),
    [["V≤1.0 L", "5.0", "85", "30"], ["1.0 L＜V≤1.5 L", "6.5", "86", "40"]],
    caption="表1 烧水性能和能效",
    header_rows=2,
)
UNIT_SIGN_ROW_FOUND = [
    (name, comparator, value, None, unit, None, (capacity,))
    for capacity, values in (("V≤1.0 L", (5.0, 85.0, 30.0)), ("1.0 L＜V≤1.5 L", (6.5, 86.0, 40.0)))
    for (name, comparator, unit), value in zip(
        (("烧水时间", "<=", "min"), ("热效率", ">=", "%"), ("保温能耗", "<=", "W·h")), values, strict=True
    )
]
CLASS_ROWS_CAPTION = Sheet(  # classes of a condition down the rows, a bare 指标: the caption names it
    _head([("设定温度", 1, 1), ("指标", 1, 1)]),
    [["45 ℃", "±2 ℃"], ["90 ℃", "±3 ℃"]],
    caption="表2 恒温温度允许偏差",
)
CLASS_ROWS_CAPTION_FOUND = [
    ("恒温温度允许偏差", "tolerance", None, None, "℃", None, ("设定温度45 ℃",)),  # the quantity stated
    ("恒温温度允许偏差", "tolerance", None, None, "℃", None, ("设定温度90 ℃",)),
]
SERVICE_TIMES = Sheet(  # service standards: a time limit column, values led by what they hold for
    _head([("序号", 1, 1), ("服务项目", 1, 1), ("服务时限", 1, 1)]),
    [
        ["1", "入住登记", "≤3 min"],
        ["2", "客房送餐", "早餐≤20 min\n正餐≤35 min"],
        ["3", "洗衣服务", "普通洗衣：24 h\n快洗：4 h"],
    ],
    caption="表1 服务时限",
)
SERVICE_TIMES_FOUND = [
    ("入住登记", "<=", 3.0, None, "min", None, ()),
    ("客房送餐", "<=", 20.0, None, "min", None, ("早餐",)),
    ("客房送餐", "<=", 35.0, None, "min", None, ("正餐",)),
    ("洗衣服务", "<=", 24.0, None, "h", None, ("普通洗衣",)),
    ("洗衣服务", "<=", 4.0, None, "h", None, ("快洗",)),
]
DEVIATIONS = Sheet(  # GB 4706.1-style deviations allowed each way by its own amount, two signed numbers
    _head([("项目", 1, 1), ("要求", 1, 1)]),
    [["输入功率偏差", "+5%，－10%"], ["额定电流偏差/%", "＋10 －5"], ["容量偏差/%", "+3 -3"]],
    caption="表1 电气性能",
)
DEVIATIONS_FOUND = [
    ("输入功率偏差", "range", -10.0, 5.0, "%", None, ()),
    ("额定电流偏差", "range", -5.0, 10.0, "%", None, ()),
    ("容量偏差", "tolerance", None, None, "%", None, ()),
]
PERIODS = Sheet(  # service standards: a period's limit written as a frequency, the caption naming it
    _head([("维保类别", 1, 1), ("要求", 1, 1)]),
    [["半月维保", "每15日不少于1次"], ["季度维保", "每90日不少于1次"], ["年度维保", "每年不少于1次"]],
    caption="表1 维护保养周期",
)
PERIODS_FOUND = [
    ("维护保养周期", "<=", 15.0, None, "日", None, ("半月维保",)),
    ("维护保养周期", "<=", 90.0, None, "日", None, ("季度维保",)),
    ("维护保养周期", "<=", 1.0, None, "年", None, ("年度维保",)),
]
RESIDUES = Sheet(  # GB 31650-style: where a bare limit holds (animal, tissue), the caption names it
    _head([("动物种类", 1, 1), ("靶组织", 1, 1), ("残留限量/(μg/kg)", 1, 1)]),
    [["牛、羊", "肌肉", "100"], ["牛、羊", "肝", "300"], ["家禽", "肾", "300"]],
    caption="表2 动物性食品中恩诺沙星最大残留限量",
)
RESIDUES_FOUND = [
    ("恩诺沙星", "<=", value, None, "μg/kg", None, (where,))
    for where, value in (("牛、羊/肌肉", 100.0), ("牛、羊/肝", 300.0), ("家禽/肾", 300.0))
]
NOT_DETECTED_DRUGS = Sheet(  # the item's name first, then where its limit holds: conditions
    _head([("兽药名称", 1, 1), ("动物种类", 1, 1), ("靶组织", 1, 1), ("限量要求", 1, 1)]),
    [
        ["氯丙嗪", "所有食品动物", "所有可食组织", "不得检出"],
        ["甲硝唑", "所有食品动物", "所有可食组织", "不得检出"],
    ],
    caption="表5 不得在动物性食品中检出的兽药",
)
NOT_DETECTED_DRUGS_FOUND = [
    (name, "not_detected", None, None, None, None, ("所有食品动物/所有可食组织",))
    for name in ("氯丙嗪", "甲硝唑")
]
UNIT_LINE = Sheet(  # GB/T 1.1-2020 8.4.5: the unit spelt out on a line of its own above the table
    _head([("品种", 1, 1), ("代号", 1, 1), ("不溶物", 1, 1), ("烧失量", 1, 1)]),
    [["硅酸盐水泥", "P·Ⅰ", "≤0.75", "≤3.0"], ["普通硅酸盐水泥", "P·O", "—", "≤5.0"]],
    caption="表2 化学指标",
    unit_line="单位为百分数",
)
UNIT_LINE_FOUND = [
    ("不溶物", "<=", 0.75, None, "%", None, ("硅酸盐水泥/P·Ⅰ",)),
    ("烧失量", "<=", 3.0, None, "%", None, ("硅酸盐水泥/P·Ⅰ",)),
    ("烧失量", "<=", 5.0, None, "%", None, ("普通硅酸盐水泥/P·O",)),
]
AGES = Sheet(  # classes down the rows, each quantity split by the age it is tested at (GB 175 强度)
    _head(
        [("强度等级", 1, 2), ("抗压强度", 2, 1), ("抗折强度", 2, 1)],
        [("3 d", 1, 1), ("28 d", 1, 1), ("3 d", 1, 1), ("28 d", 1, 1)],
    ),
    [["42.5", "≥17.0", "≥42.5", "≥3.5", "≥6.5"], ["52.5", "≥22.0", "≥52.5", "≥4.0", "≥7.0"]],
    caption="表3 强度",
    header_rows=2,
    unit_line="单位为兆帕",
)
AGES_FOUND = [
    (name, ">=", value, None, "MPa", None, (cls, age))
    for cls, values in (("42.5", (17.0, 42.5, 3.5, 6.5)), ("52.5", (22.0, 52.5, 4.0, 7.0)))
    for (name, age), value in zip(
        [(name, age) for name in ("抗压强度", "抗折强度") for age in ("3 d", "28 d")], values, strict=True
    )
]
PRODUCT_GRADES = Sheet(  # letter grades of a kind of product as the value columns (GB 4284-style)
    _head([("控制项目", 1, 1), ("A级污泥产物", 1, 1), ("B级污泥产物", 1, 1)]),
    [["总镉（以Cd计）", "3", "15"], ["矿物油", "500", "3000"]],
    caption="表1 污染物浓度限值",
    unit_line="单位为毫克每千克（干基）",
)
PRODUCT_GRADES_FOUND = [  # the basis bracketed after the unit line's unit: a condition
    (name, "<=", value, None, "mg/kg", grade, ("干基",))
    for name, values in (("总镉（以Cd计）", (3.0, 15.0)), ("矿物油", (500.0, 3000.0)))
    for value, grade in zip(values, ("A级污泥产物", "B级污泥产物"), strict=True)
]
SECTION_GROUPS = Sheet(  # a group column naming sections of the table (QB/T cosmetics), values led or not
    _head([("项目", 2, 1), ("要求", 1, 1)]),
    [
        ["感官指标", "外观", "膏体细腻"],
        ["微生物指标", "菌落总数/(CFU/g)", "≤1 000\n眼部用产品≤500"],  # the general limit, then the exception
        ["卫生指标", "铅/(mg/kg)", "≤10"],
        ["有害物质限量", "汞/(mg/kg)", "≤1"],  # the limits of a family of substances: a section too
    ],
    caption="表1 技术要求",
)
SECTION_GROUPS_FOUND = [
    ("外观", "qualitative", None, None, None, None, ()),
    ("菌落总数", "<=", 1000.0, None, "CFU/g", None, ()),
    ("菌落总数", "<=", 500.0, None, "CFU/g", None, ("眼部用产品",)),
    ("铅", "<=", 10.0, None, "mg/kg", None, ()),
    ("汞", "<=", 1.0, None, "mg/kg", None, ()),
]
ROW_SIGNS = Sheet(  # every label prints ≤ but one, whose stacked processes print bare values (dev_water_02)
    _head([("项目", 1, 1), ("指标", 1, 1)]),
    [
        ["色度/度 ≤", "15"],
        ["溴酸盐/(mg/L)\n臭氧消毒工艺\n其他消毒工艺", "\n0.01\n不得检出"],
        ["浑浊度/NTU ≤", "1"],
    ],
    caption="表2 感官性状和一般化学指标",
)
ROW_SIGNS_FOUND = [
    ("色度", "<=", 15.0, None, "度", None, ()),
    ("溴酸盐", "<=", 0.01, None, "mg/L", None, ("臭氧消毒工艺",)),
    ("溴酸盐", "not_detected", None, None, None, None, ("其他消毒工艺",)),
    ("浑浊度", "<=", 1.0, None, "NTU", None, ()),
]
BOUNDS = Sheet(  # a range written as two bounds joined by 且, one of them strict (GB 175 组分)
    _head([("品种", 1, 1), ("代号", 1, 1), ("熟料＋石膏/%", 1, 1)]),
    [["硅酸盐水泥", "P·Ⅱ", "≥95"], ["普通硅酸盐水泥", "P·O", "≥80且＜95"]],
    caption="表1 组分",
)
BOUNDS_FOUND = [
    ("熟料＋石膏", ">=", 95.0, None, "%", None, ("硅酸盐水泥/P·Ⅱ",)),
    ("熟料＋石膏", "range", 80.0, 95.0, "%", None, ("普通硅酸盐水泥/P·O",)),
]
SHAPES = {
    "one_sign_for_the_table": (ROW_SIGNS, ROW_SIGNS_FOUND),
    "bounds_joined_by_and": (BOUNDS, BOUNDS_FOUND),
    "section_groups": (SECTION_GROUPS, SECTION_GROUPS_FOUND),
    "unit_line_above": (UNIT_LINE, UNIT_LINE_FOUND),
    "ages_under_quantities": (AGES, AGES_FOUND),
    "product_grades": (PRODUCT_GRADES, PRODUCT_GRADES_FOUND),
    "residues_where_the_limit_holds": (RESIDUES, RESIDUES_FOUND),
    "items_then_where_they_hold": (NOT_DETECTED_DRUGS, NOT_DETECTED_DRUGS_FOUND),
    "periods_as_frequencies": (PERIODS, PERIODS_FOUND),
    "signed_deviations": (DEVIATIONS, DEVIATIONS_FOUND),
    "service_time_limits": (SERVICE_TIMES, SERVICE_TIMES_FOUND),
    "unit_row_with_signs": (UNIT_SIGN_ROW, UNIT_SIGN_ROW_FOUND),
    "class_rows_named_by_caption": (CLASS_ROWS_CAPTION, CLASS_ROWS_CAPTION_FOUND),
    "classes_by_grade": (CLASS_BY_GRADE, CLASS_BY_GRADE_FOUND),
    "variant_columns": (VARIANT_COLUMNS, VARIANT_COLUMNS_FOUND),
    "leachate_limits": (LEACHATE, LEACHATE_FOUND),
    "sampling_plan_by_category": (PLAN_CATEGORY, PLAN_CATEGORY_FOUND),
    "stacked_conditions": (STACKED, STACKED_FOUND),
    "per_basis_min_max": (NUTRIENTS, NUTRIENTS_FOUND),
    "sampling_plan": (PLAN, PLAN_FOUND),
    "caption_names_categories": (CATEGORIES, CATEGORIES_FOUND),
    "sub_items_grades": (SUB_ITEMS, SUB_ITEMS_FOUND),
}


def read_sheet(sheet: Sheet, ruling: str) -> tuple[int, list[tuple]]:
    tables, _ = pages_to_tables([sheet_page(sheet, ruling)])
    document = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    found = [
        _key((i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions)))
        for table in tables
        for i in table_to_indicators(table, document)
    ]
    return len(tables), sorted(found, key=repr)


@pytest.mark.parametrize("ruling", DIMENSIONS["ruling"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_table_matrix_reads_every_shape(shape: str, ruling: str):
    sheet, stated = SHAPES[shape]
    count, found = read_sheet(sheet, ruling)
    assert count == 1
    assert found == sorted(map(_key, stated), key=repr)


@pytest.mark.parametrize("ruling", ["grid", "three_line"])  # an unruled table has no edge to hang it under
@pytest.mark.parametrize("shape", list(SHAPES))
def test_table_matrix_reads_every_shape_captioned_below(shape: str, ruling: str):
    """Every shape read the same with its caption set under the table and its notes (ConTeXt's and
    LaTeX's floats): the caption still names the table (parse/captionside.py)."""
    sheet, stated = SHAPES[shape]
    below = replace(sheet, caption_below=True)
    tables, _ = pages_to_tables([sheet_page(below, ruling)])
    assert [t.caption for t in tables] == [sheet.caption]
    assert read_sheet(below, ruling) == read_sheet(sheet, ruling)


GROUPED_ITEMS = Sheet(  # word-processor tables: a group's label set on its first item's line, an em apart
    _head([("项目", 1, 1), ("单位", 1, 1), ("指标", 1, 1)]),
    [
        ["室内环境", "", ""],  # a section of the table: no part of the names below it
        ["  甲醛", "mg/m³", "≤0.08"],
        ["公共用品用具", "", ""],
        ["  杯具  细菌总数", "CFU/cm²", "≤5"],
        ["            大肠菌群", "—", "不得检出"],  # indented past the group's line: the group's item
        ["  床上卧具  细菌总数", "CFU/25 cm²", "≤200"],
    ],
    caption="表2 卫生指标",
)
GROUPED_ITEMS_FOUND = [
    ("甲醛", "<=", 0.08, None, "mg/m³", None, ()),
    ("杯具/细菌总数", "<=", 5.0, None, "CFU/cm²", None, ()),
    ("杯具/大肠菌群", "not_detected", None, None, None, None, ()),
    ("床上卧具/细菌总数", "<=", 200.0, None, "CFU/25 cm²", None, ()),
]


@pytest.mark.parametrize("ruling", ["three_line", "unruled"])  # a grid rules the group a cell of its own
def test_table_matrix_group_label_on_its_first_items_line(ruling: str):
    count, found = read_sheet(GROUPED_ITEMS, ruling)
    assert count == 1
    assert found == sorted(map(_key, GROUPED_ITEMS_FOUND), key=repr)


PLAN_GROUPS = Sheet(  # GB 29921-style in a three-line or unruled table: each category printed once, on
    _head(  # its first pathogen's line; the pathogens below it are its rows, not wrapped lines
        [("食品类别", 1, 2), ("致病菌指标", 1, 2), ("采样方案及限量", 4, 1)],
        [("n", 1, 1), ("c", 1, 1), ("m", 1, 1), ("M", 1, 1)],
    ),
    [
        ["乳制品", "沙门氏菌", "5", "0", "0/25 g", "—"],
        ["", "金黄色葡萄球菌", "5", "1", "100 CFU/g", "1000 CFU/g"],
        ["即食果蔬", "大肠埃希氏菌O157:H7", "5", "0", "0/25 g", "—"],
    ],
    caption="表1 食品中致病菌限量",
    header_rows=2,
)
PLAN_GROUPS_FOUND = [
    ("沙门氏菌", "not_detected", None, None, None, None, ("乳制品", "n=5,c=0")),
    ("金黄色葡萄球菌", "<=", 100.0, None, "CFU/g", None, ("乳制品", "n=5,c=1")),
    ("金黄色葡萄球菌", "<=", 1000.0, None, "CFU/g", None, ("乳制品", "n=5,c=1")),
    ("大肠埃希氏菌O157:H7", "not_detected", None, None, None, None, ("即食果蔬", "n=5,c=0")),
]


@pytest.mark.parametrize("ruling", ["three_line", "unruled"])  # a grid merges the category's cells
def test_table_matrix_category_printed_once_over_its_rows(ruling: str):
    count, found = read_sheet(PLAN_GROUPS, ruling)
    assert count == 1
    assert found == sorted(map(_key, PLAN_GROUPS_FOUND), key=repr)


SENSORY_VARIANTS = Sheet(  # a header cell left unmerged over an empty slot ("项目" over nothing) in a grid
    _head(
        [("项目", 1, 1), ("要求", 2, 1), ("检验方法", 1, 2)],
        [("", 1, 1), ("乳粉", 1, 1), ("调制乳粉", 1, 1)],
    ),
    [["色泽", "乳黄色", "应有的色泽", "目测"], ["水分/(%) ≤", "5.0", "5.0", "GB 5009.3"]],
    caption="表1 感官要求",
    header_rows=2,
)
SENSORY_VARIANTS_FOUND = [
    ("色泽", "qualitative", None, None, None, None, ("乳粉",)),
    ("色泽", "qualitative", None, None, None, None, ("调制乳粉",)),
    ("水分", "<=", 5.0, None, "%", None, ("乳粉",)),
    ("水分", "<=", 5.0, None, "%", None, ("调制乳粉",)),
]
CENTRED_GROUP = Sheet(  # a ruled table's centred labels: the items of a group set flush left under it
    _head([("项目", 1, 1), ("指标", 1, 1)]),
    [
        ["      水分/(%) ≤", "5.0"],
        ["    复原乳酸度/(°T)", ""],
        ["牛乳 ≤", "18"],
        ["羊乳", "7～14"],
        ["     杂质度 ≤", "16"],
    ],
    caption="表2 理化指标",
)
CENTRED_GROUP_FOUND = [
    ("水分", "<=", 5.0, None, "%", None, ()),
    ("复原乳酸度/牛乳", "<=", 18.0, None, "°T", None, ()),
    ("复原乳酸度/羊乳", "range", 7.0, 14.0, "°T", None, ()),
    ("杂质度", "<=", 16.0, None, None, None, ()),
]


def test_table_matrix_empty_header_slot_under_an_unmerged_header_cell():
    count, found = read_sheet(SENSORY_VARIANTS, "grid")
    assert count == 1
    assert found == sorted(map(_key, SENSORY_VARIANTS_FOUND), key=repr)


def test_table_matrix_items_flush_left_under_a_centred_group_in_a_grid():
    count, found = read_sheet(CENTRED_GROUP, "grid")
    assert count == 1
    assert found == sorted(map(_key, CENTRED_GROUP_FOUND), key=repr)


# Session 11: GB tables as a standards publisher sets them, boxed or three-line (each read the same way).
KINDS_WITH_UNIT_ROW = Sheet(  # QB/T appliance-style: kinds down the rows, a unit row under the names
    _head(
        [("刀头类型", 1, 2), ("剃须时间", 1, 1), ("噪声", 1, 1), ("温升", 1, 1)],
        [("s", 1, 1), ("dB(A)", 1, 1), ("K", 1, 1)],  # the A-weighted decibel keeps its bracket
    ),
    [["往复式", "≤120", "≤70", "≤25"], ["旋转式", "≤150", "≤65", "≤25"]],
    caption="表2 性能要求",
    header_rows=2,
)
KINDS_WITH_UNIT_ROW_FOUND = [
    (name, "<=", value, None, unit, None, (kind,))
    for kind, values in (("往复式", (120.0, 70.0, 25.0)), ("旋转式", (150.0, 65.0, 25.0)))
    for (name, unit), value in zip((("剃须时间", "s"), ("噪声", "dB(A)"), ("温升", "K")), values, strict=True)
]
NOTED_MINIMA = Sheet(  # GB 2759-style: bare numbers, a note saying which rows are minima
    _head([("项目", 1, 2), ("指标", 2, 1)], [("全乳脂", 1, 1), ("植脂", 1, 1)]),
    [
        ["脂肪/(g/100 g)", "8.0", "5.0"],
        ["蛋白质/(g/100 g)", "2.5", "2.2"],
        ["膨胀率/%", "10～140", "10～140"],
    ],
    caption="表2 理化指标",
    header_rows=2,
    notes=["注：表中脂肪和蛋白质指标为最小值；膨胀率不适用于软质冰淇淋。"],
)
NOTED_MINIMA_FOUND = [
    *(
        (name, ">=", value, None, "g/100 g", None, (kind,))
        for name, values in (("脂肪", (8.0, 5.0)), ("蛋白质", (2.5, 2.2)))
        for value, kind in zip(values, ("全乳脂", "植脂"), strict=True)
    ),
    ("膨胀率", "range", 10.0, 140.0, "%", None, ("全乳脂",)),
    ("膨胀率", "range", 10.0, 140.0, "%", None, ("植脂",)),
]
ROW_UNIT_FOOTNOTE = Sheet(  # GB 14882-style: one row marked to a footnote giving its unit
    _head([("食品类别", 1, 1), ("氚", 1, 1), ("锶-90", 1, 1)]),
    [["大米", "2.1×10⁵", "96"], ["鲜乳a", "8.8×10⁴", "40"]],
    caption="表1 食品中放射性核素限量",
    unit_line="单位为贝可每千克",
    notes=["a 鲜乳的单位为贝可每升（Bq/L）。"],
)
ROW_UNIT_FOOTNOTE_FOUND = [
    ("氚", "<=", 210000.0, None, "Bq/kg", None, ("大米",)),
    ("锶-90", "<=", 96.0, None, "Bq/kg", None, ("大米",)),
    ("氚", "<=", 88000.0, None, "Bq/L", None, ("鲜乳",)),
    ("锶-90", "<=", 40.0, None, "Bq/L", None, ("鲜乳",)),
]
CONDITIONS_UNDER_ONE_LABEL_HEADER = Sheet(  # class 4 as GB sets it: "项目" over the item and its conditions,
    _head([("项目", 2, 1), ("指标", 1, 1)]),  # the item printed once (a grid merges it down its rows)
    [["制动距离/m", "干态", "≤4.0"], ["", "湿态", "≤8.0"], ["手闸力/N", "", "≤180"]],
    caption="表2 制动性能",
    merged=[Span("制动距离/m", 0, 0, 2, 1)],
)
CONDITIONS_UNDER_ONE_LABEL_HEADER_FOUND = [
    ("制动距离", "<=", 4.0, None, "m", None, ("干态",)),
    ("制动距离", "<=", 8.0, None, "m", None, ("湿态",)),
    ("手闸力", "<=", 180.0, None, "N", None, ()),
]
PUBLISHER_SHAPES = {
    "conditions_under_one_label_header": (
        CONDITIONS_UNDER_ONE_LABEL_HEADER,
        CONDITIONS_UNDER_ONE_LABEL_HEADER_FOUND,
    ),
    "kinds_with_a_unit_row": (KINDS_WITH_UNIT_ROW, KINDS_WITH_UNIT_ROW_FOUND),
    "note_names_the_minima": (NOTED_MINIMA, NOTED_MINIMA_FOUND),
    "footnote_gives_a_row_its_unit": (ROW_UNIT_FOOTNOTE, ROW_UNIT_FOOTNOTE_FOUND),
}


@pytest.mark.parametrize("ruling", DIMENSIONS["ruling"])
@pytest.mark.parametrize("shape", list(PUBLISHER_SHAPES))
def test_table_matrix_reads_every_publisher_shape(shape: str, ruling: str):
    sheet, stated = PUBLISHER_SHAPES[shape]
    count, found = read_sheet(sheet, ruling)
    assert count == 1
    assert found == sorted(map(_key, stated), key=repr)


CATEGORY_ROWS_BY_CAPTION = Sheet(  # GB 2762-style: category rows over indented foods, the caption naming
    _head([("食品类别（名称）", 1, 1), ("限量/(mg/kg)", 1, 1)]),  # the indicator; a grid merges them across
    [
        ["谷物及其制品", ""],
        ["  大米", "0.2"],
        ["  小麦粉", "0.1"],
        ["薯类", "0.1"],  # back at the category's indent, a value of its own: the group has ended
        ["蔬菜及其制品", ""],
        ["  叶菜蔬菜", "0.3"],
    ],
    caption="表1 食品中镉限量指标",
    merged=[Span("谷物及其制品", 0, 0, 1, 2), Span("蔬菜及其制品", 4, 0, 1, 2)],
)
CATEGORY_ROWS_BY_CAPTION_FOUND = [
    ("镉", "<=", 0.2, None, "mg/kg", None, ("谷物及其制品/大米",)),
    ("镉", "<=", 0.1, None, "mg/kg", None, ("谷物及其制品/小麦粉",)),
    ("镉", "<=", 0.1, None, "mg/kg", None, ("薯类",)),
    ("镉", "<=", 0.3, None, "mg/kg", None, ("蔬菜及其制品/叶菜蔬菜",)),
]


@pytest.mark.parametrize("ruling", ["grid", "three_line"])  # unruled, the first category joins the header
def test_table_matrix_category_rows_of_a_caption_named_table(ruling: str):
    count, found = read_sheet(CATEGORY_ROWS_BY_CAPTION, ruling)
    assert count == 1
    assert found == sorted(
        map(_key, CATEGORY_ROWS_BY_CAPTION_FOUND), key=repr
    )  # no value of the category rows


SECTION_ROW_BY_CAPTION = Sheet(  # twin: a row naming a section of the table ("感官要求" fits no food) and
    _head([("食品类别（名称）", 1, 1), ("限量/(mg/kg)", 1, 1)]),  # an empty row at the foods' indent
    [["理化指标", ""], ["  大米", "0.2"], ["小麦粉", ""], ["小麦", "0.1"]],
    caption="表1 食品中镉限量指标",
)


@pytest.mark.parametrize("ruling", ["grid", "three_line"])
def test_table_matrix_category_rows_of_a_caption_named_table_negative_twin(ruling: str):
    count, found = read_sheet(SECTION_ROW_BY_CAPTION, ruling)
    assert count == 1
    assert sorted(f[6] for f in found) == [("大米",), ("小麦",)]  # a section; a group closed at once
