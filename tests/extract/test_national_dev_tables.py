"""Table interpretation on pages of corpus/national's DEV split (national-standard-style documents
typeset with ReportLab, full-grid tables; the test split of corpus/national/split.csv is never read
here), one test per failure class found there."""

from __future__ import annotations

from corpora import NATIONAL, dev_page_record

from std_extract.record import DocumentRecord


def _record(stem: str, page: int) -> DocumentRecord:
    return dev_page_record(NATIONAL, stem, (page,))


def _table_values(stem: str, page: int) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, tuple(i.conditions))
        for i in _record(stem, page).indicators
        if i.table
    ]


def test_national_dev_caption_names_residue_limits_by_animal_and_tissue():  # 动物种类 | 靶组织 | 残留限量
    found = _table_values("nat_vetdrug_01", 3)
    assert found[0] == ("阿莫西林", "<=", 50.0, "μg/kg", ("所有食品动物/肌肉", "产蛋期禁用"))
    assert {name for name, *_ in found} == {"阿莫西林"}


def test_national_dev_item_column_before_where_it_holds():  # 兽药名称 | 残留标志物 | 动物种类 | 靶组织
    found = _table_values("nat_vetdrug_01", 6)
    assert [(n, c) for n, c, *_ in found][:2] == [("氯丙嗪", "not_detected"), ("地西泮", "not_detected")]


def test_national_dev_header_over_an_empty_slot_and_a_centred_group():  # 表1 项目 unmerged, 表2 复原乳酸度
    sensory = _table_values("nat_milkpowder_01", 3)
    assert [(n, cond) for n, _, _, _, cond in sensory][:2] == [("色泽", ("乳粉",)), ("色泽", ("调制乳粉",))]
    physical = _table_values("nat_milkpowder_01", 4)
    assert ("复原乳酸度/牛乳", "<=", 18.0, "°T", ("乳粉",)) in physical


def test_national_dev_units_either_way_and_marked():  # "(MPN/100 mL或CFU/100 mL)", "NTUᵇ"
    found = _table_values("nat_drinkwater_01", 4)
    assert found[0][:2] == ("总大肠菌群", "not_detected")
    assert [u for n, _, _, u, _ in found if n.startswith("浑浊度")] == ["NTU", "NTU"]


def test_national_dev_informative_annex_table_binds_no_one():  # 附录A（资料性）参考指标及限值
    assert _table_values("nat_drinkwater_01", 6) == []


def test_national_dev_unit_line_and_ages_under_quantities():  # "单位为百分数" / "单位为兆帕", 3 d | 28 d
    found = _table_values("nat_cement_01", 4)
    assert ("不溶物", "<=", 0.75, "%", ("硅酸盐水泥/P·Ⅰ",)) in found
    assert ("抗压强度", ">=", 17.0, "MPa", ("42.5", "3 d")) in found


def test_national_dev_letter_grades_of_a_product_and_section_groups():  # A级污泥产物; 感官指标 beside 外观
    sludge = {(i.name, i.unit, i.grade) for i in _record("nat_sludge_01", 3).indicators if i.table}
    assert ("总镉（以Cd计）", "mg/kg", "A级污泥产物") in sludge
    cream = _table_values("nat_skincream_01", 4)
    assert [v for n, _, v, _, _ in cream if n == "菌落总数"] == [1000.0, 500.0]


def test_national_dev_unit_line_basis_and_substance_sections():  # "单位为毫克每千克（干基）"; 有害物质限量
    sludge = [i for i in _record("nat_sludge_01", 3).indicators if i.name == "矿物油"]
    assert [(i.value, i.unit, i.grade, i.conditions) for i in sludge] == [
        (500.0, "mg/kg", "A级污泥产物", ["干基"]),
        (3000.0, "mg/kg", "B级污泥产物", ["干基"]),
    ]
    cream = _table_values("nat_skincream_01", 4)
    assert ("铅", "<=", 10.0, "mg/kg", ()) in cream  # not 有害物质限量/铅: the group names a section
    assert not [n for n, *_ in cream if n.startswith("有害物质限量")]


def test_national_dev_footnote_states_another_value():  # "≤5.0ᵃ" / "a 如果…合格，则…允许放宽至6.0%"
    cement = _table_values("nat_cement_01", 4)
    relaxed = [(v, cond[-1]) for n, c, v, u, cond in cement if n == "氧化镁" and c == "<="]
    assert relaxed.count((6.0, "如果水泥压蒸安定性合格")) == 3  # P·Ⅰ, P·Ⅱ, P·O
    cereal = _table_values("nat_infantcereal_01", 3)
    assert ("蛋白质", ">=", 0.8, "g", ("每100 kJ", "添加高蛋白质食物的产品")) in [
        (n, c, v, u, tuple(sorted(cond))) for n, c, v, u, cond in cereal
    ]


def test_national_dev_column_measuring_a_quantity_of_its_own():  # 表2 与水接触时间/min beside residuals
    found = _table_values("nat_drinkwater_01", 5)
    contact = [(n, c, v, u, cond[0]) for n, c, v, u, cond in found if n == "与水接触时间"]
    assert contact == [
        ("与水接触时间", ">=", 30.0, "min", "游离氯"),
        ("与水接触时间", ">=", 120.0, "min", "总氯"),
        ("与水接触时间", ">=", 12.0, "min", "臭氧"),
        ("与水接触时间", ">=", 30.0, "min", "二氧化氯"),
    ]
    assert ("游离氯", "<=", 2.0, "mg/L") in [f[:4] for f in found]
