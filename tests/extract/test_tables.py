"""Requirement tables to indicators, on tables built by hand (the parser is tested on its own)."""

from std_extract.document import ParsedDocument, Source, Table, TableCell
from std_extract.extract.tables import column_roles, table_to_indicators
from std_extract.rules import default_rules

RULES = default_rules()

BOX = (10.0, 10.0, 20.0, 20.0)


def _table(columns, body, merged=(), **kw) -> Table:
    """Rows of strings; ``merged`` lists (row, col, origin_col) cells copied from a horizontal span."""
    rows = []
    for r, texts in enumerate(body):
        row = []
        for c, text in enumerate(texts):
            origin = next(((r, o) for (mr, mc, o) in merged if (mr, mc) == (r, c)), None)
            row.append(TableCell(row=r, col=c, text=text, page=5, bbox=BOX, merged_from=origin))
        rows.append(row)
    # Header levels are separated by " > " in these tests, so units keep their "/".
    levels = [c.split(" > ") for c in columns]
    depth = max(len(parts) for parts in levels)
    header_rows = [[parts[min(k, len(parts) - 1)] for parts in levels] for k in range(depth)]
    columns = ["/".join(parts) for parts in levels]
    return Table(
        number=kw.pop("number", "1"),
        pages=[5],
        columns=columns,
        header_rows=header_rows,
        rows=rows,
        clause="5.4",
        **kw,
    )


def _doc() -> ParsedDocument:
    return ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=8))


GRADE_TABLE = _table(
    ["等级", "等级", "特级", "一级", "二级"],
    [
        ["碎米", "总量/% ≤", "2.5", "5.0", "7.5"],
        ["碎米", "其中：小碎米含量/% ≤", "0.5", "1.0", "1.5"],
        ["加工精度", "加工精度", "精碾", "精碾", "适碾"],
        ["垩白度/% ≤", "垩白度/% ≤", "3.0", "3.0", "3.0"],
        ["互混率/% ≤", "互混率/% ≤", "3.0", "3.0", "3.0"],
        ["直链淀粉含量/ %", "直链淀粉含量/ %", "13.0～20.0", "13.0～20.0", "13.0～20.0"],
    ],
    merged=[(4, 3, 2), (4, 4, 2), (5, 3, 2), (5, 4, 2)],
)


def test_tables_grade_columns_give_one_indicator_per_grade():
    found = table_to_indicators(GRADE_TABLE, _doc())
    broken = [(i.name, i.grade, i.value) for i in found if i.name == "碎米/总量"]
    assert broken == [("碎米/总量", "特级", 2.5), ("碎米/总量", "一级", 5.0), ("碎米/总量", "二级", 7.5)]
    assert all(i.unit == "%" and i.comparator == "<=" for i in found if i.name.startswith("碎米"))


def test_tables_sub_item_joins_its_parent():
    names = {i.name for i in table_to_indicators(GRADE_TABLE, _doc())}
    assert "碎米/小碎米含量" in names


def test_tables_value_merged_across_grades_holds_for_each_grade():
    found = [i for i in table_to_indicators(GRADE_TABLE, _doc()) if i.name == "互混率"]
    assert [(i.grade, i.comparator, i.value) for i in found] == [
        ("特级", "<=", 3.0),
        ("一级", "<=", 3.0),
        ("二级", "<=", 3.0),
    ]
    ranged = [i for i in table_to_indicators(GRADE_TABLE, _doc()) if i.name == "直链淀粉含量"]
    assert {(i.comparator, i.value, i.value_max, i.unit) for i in ranged} == {("range", 13.0, 20.0, "%")}
    assert len(ranged) == 3


def test_tables_qualitative_cells_keep_their_text():
    found = [i for i in table_to_indicators(GRADE_TABLE, _doc()) if i.name == "加工精度"]
    assert [(i.grade, i.comparator, i.value_text) for i in found] == [
        ("特级", "qualitative", "精碾"),
        ("一级", "qualitative", "精碾"),
        ("二级", "qualitative", "适碾"),
    ]


def test_tables_unit_column_and_method_column():
    table = _table(
        ["项目", "单位", "指标", "检验方法"],
        [["耗电量", "kWh/24h", "≤0.45", "GB/T 8059"], ["噪声", "dB(A)", "≤38", "GB/T 8059"]],
    )
    roles = column_roles(table, RULES)
    assert (roles.label, roles.unit, roles.value, roles.method) == ([0], 1, [2], 3)
    found = table_to_indicators(table, _doc())
    assert [(i.name, i.comparator, i.value, i.unit, i.test_method) for i in found] == [
        ("耗电量", "<=", 0.45, "kWh/24h", "GB/T 8059"),
        ("噪声", "<=", 38.0, "dB(A)", "GB/T 8059"),
    ]


def test_tables_header_unit_and_limit_word_imply_a_maximum():
    table = _table(
        ["序号", "危害成分项目", "浸出液中危害成分浓度限值（mg/L）"], [["1", "铜（以总铜计）", "100"]]
    )
    found = table_to_indicators(table, _doc())
    assert [(i.name, i.comparator, i.value, i.unit) for i in found] == [
        ("铜（以总铜计）", "<=", 100.0, "mg/L")
    ]


def test_tables_footnote_marker_becomes_a_condition():
    table = _table(["项目", "指标"], [["脂肪a/(g/100g) ≥", "3.1"]], notes=["a 仅适用于全脂产品。"])
    [found] = table_to_indicators(table, _doc())
    assert (found.name, found.comparator, found.unit) == ("脂肪", ">=", "g/100g")
    assert found.conditions == ["仅适用于全脂产品"]  # the footnote text, without marker and full stop


def test_tables_sampling_plan_gives_m_and_m_ceilings():
    table = _table(
        ["项目", "采样方案及限量 > n", "采样方案及限量 > c", "采样方案及限量 > m", "采样方案及限量 > M"],
        [["菌落总数", "5", "2", "50000", "100000"]],
    )
    found = table_to_indicators(table, _doc())
    assert [(i.comparator, i.value, i.conditions) for i in found] == [
        ("<=", 50000.0, ["n=5,c=2"]),
        ("<=", 100000.0, ["n=5,c=2"]),
    ]


def test_tables_variant_columns_are_conditions_not_grades():
    table = _table(["项目", "指标 > 发酵乳", "指标 > 风味发酵乳"], [["蛋白质/(g/100g) ≥", "2.9", "2.3"]])
    found = table_to_indicators(table, _doc())
    assert [(i.grade, i.conditions, i.value) for i in found] == [
        (None, ["发酵乳"], 2.9),
        (None, ["风味发酵乳"], 2.3),
    ]


def test_tables_ids_are_stable_and_distinct():
    first = [i.id for i in table_to_indicators(GRADE_TABLE, _doc())]
    second = [i.id for i in table_to_indicators(GRADE_TABLE, _doc())]
    assert first == second and len(set(first)) == len(first)


def test_tables_every_value_has_provenance():
    for indicator in table_to_indicators(GRADE_TABLE, _doc()):
        assert indicator.provenance and indicator.provenance[0].page == 5
