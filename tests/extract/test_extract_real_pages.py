"""Extraction on real standards (../shared/corpus-real): each table shape and clause form on a real
page, provenance on every value, schema-valid records and ids stable across runs."""

from __future__ import annotations

import json

import jsonschema
import pytest

from std_extract.pipeline import process_file
from std_extract.schemas import schema

pytestmark = pytest.mark.real


@pytest.fixture(scope="module")
def records(real_corpus):
    files = ["DB32_T_1580-2019", "GB_19645-2010", "GB_5085.1-2007", "GB_5085.3-2007"]
    return {name: process_file(real_corpus / "pdfs" / f"{name}.pdf", classify=False) for name in files}


def _values(record, name):
    return [
        (i.grade, i.comparator, i.value, i.value_max, i.unit) for i in record.indicators if i.name == name
    ]


def test_extract_real_grade_table_with_units_and_comparators_in_row_labels(records):
    rice = records["DB32_T_1580-2019"]
    assert _values(rice, "垩白度") == [(g, "<=", 3.0, None, "%") for g in ("特级", "一级", "二级")]
    assert _values(rice, "碎米/小碎米含量") == [
        ("特级", "<=", 0.5, None, "%"),
        ("一级", "<=", 1.0, None, "%"),
        ("二级", "<=", 1.5, None, "%"),
    ]
    # printed once across the merged grade cells: holds for each grade
    assert {v[1:] for v in _values(rice, "直链淀粉含量")} == {("range", 13.0, 20.0, "%")}
    assert [i.value_text for i in rice.indicators if i.name == "加工精度"] == ["精碾", "精碾", "适碾"]
    assert not [i for i in rice.indicators if i.name.startswith("土壤")]  # 5.2 种植环境 is not the product
    # "原料应符合GB 2715的规定", "生产过程中添加的水应符合GB 5749的规定": inputs, not the product
    assert not [i for i in rice.indicators if i.name in ("原料", "生产过程", "水")]
    # "…微甜、略有韧性": a bare 有 inside a description opens no requirement
    assert not [i for i in rice.indicators if i.value_text in ("有韧性", "有较好的口感")]


def test_extract_real_decision_rule_consequence_is_no_indicator(records):
    # GB 5085.3 第3章: "…超过表1中所列的浓度限值，则判定该固体废物是具有浸出毒性特征的危险废物"
    waste = records["GB_5085.3-2007"]
    assert not [i for i in waste.indicators if i.name.startswith("则") or "判定" in i.name]


def test_extract_real_stacked_cells_and_sampling_plan(records):
    milk = records["GB_19645-2010"]
    assert _values(milk, "蛋白质/牛乳") == [(None, ">=", 2.9, None, "g/100g")]
    assert _values(milk, "酸度/羊乳") == [(None, "range", 6.0, 13.0, "°T")]  # "ºΤ" in the text layer
    counts = [i for i in milk.indicators if i.name == "菌落总数"]
    assert [(i.comparator, i.value, i.conditions) for i in counts] == [
        ("<=", 50000.0, ["n=5,c=2"]),
        ("<=", 100000.0, ["n=5,c=2"]),
    ]
    assert [i.comparator for i in milk.indicators if i.name == "沙门氏菌"] == ["not_detected"]
    assert all(i.unit == "CFU/g或CFU/mL" for i in counts)  # from "均以CFU/g或CFU/mL表示" in the header


def test_extract_real_or_clause_and_condition(records):
    corrosive = records["GB_5085.1-2007"]
    assert [(i.name, i.comparator, i.value) for i in corrosive.indicators if i.name == "pH值"] == [
        ("pH值", ">=", 12.5),
        ("pH值", "<=", 2.0),
    ]
    [rate] = [i for i in corrosive.indicators if i.name == "腐蚀速率"]
    assert (rate.comparator, rate.value, rate.unit, rate.conditions) == (">=", 6.35, "mm/a", ["在55℃条件下"])
    assert rate.provenance[0].page == 5 and "6.35" in rate.provenance[0].source_text


def test_extract_real_limit_column_over_two_pages(records):
    leachate = records["GB_5085.3-2007"]
    table = [i for i in leachate.indicators if i.table == "1"]
    assert len(table) == 50
    assert {i.provenance[0].page for i in table} == {5, 6}  # the table continues with its header repeated
    limits = [i for i in table if i.comparator != "not_detected"]
    assert all(i.comparator == "<=" and i.unit == "mg/L" for i in limits)  # "限值（mg/L）" in the header
    assert ("铜（以总铜计）", 100.0) in {(i.name, i.value) for i in limits}


def test_extract_real_every_value_has_provenance_and_records_validate(records):
    validator = jsonschema.Draft202012Validator(schema("document"))
    for record in records.values():
        validator.validate(json.loads(record.model_dump_json()))
        for indicator in record.indicators:
            assert indicator.provenance, indicator.name
            for p in indicator.provenance:
                x0, top, x1, bottom = p.bbox
                assert 0 <= x0 <= x1 and 0 <= top <= bottom and p.page >= 1 and p.source_text


def test_extract_real_ids_are_stable_across_runs(records, real_corpus):
    again = process_file(real_corpus / "pdfs" / "DB32_T_1580-2019.pdf", classify=False)
    assert [i.id for i in again.indicators] == [i.id for i in records["DB32_T_1580-2019"].indicators]
    assert len({i.id for i in again.indicators}) == len(again.indicators)


def test_extract_real_pesticide_named_by_the_clause_heading(real_corpus):
    # GB 2763-2021 p.48 (real-dev dev split): "4.36 苯霜灵(benalaxyl)" over "4.36.4 最大残留限量：应符合
    # 表36的规定"; the table's rows are food categories stacked in one cell, its caption only "表36"
    record = process_file(real_corpus / "pdfs" / "GB_2763-2021.pdf", pages=[48], classify=False)
    found = [(i.name, i.value, i.unit, i.conditions) for i in record.indicators if i.table == "36"]
    assert found[:2] == [
        ("苯霜灵", 0.02, "mg/kg", ["蔬菜/洋葱"]),
        ("苯霜灵", 1.0, "mg/kg", ["蔬菜/结球莴苣"]),
    ]
    assert len(found) == 7 and all(i.comparator == "<=" for i in record.indicators)
    marked = [i for i in record.indicators if i.table == "35"]  # "０.０５∗" under "∗ 该限量为临时限量."
    assert [(i.name, i.conditions) for i in marked] == [("苯噻酰草胺", ["谷物/糙米", "该限量为临时限量"])]


def test_extract_real_footnote_marker_in_the_limit_header(real_corpus):
    # GB 2762-2022 p.13 (real-dev dev split) 表11: "限量a" over "μg/kg", the note a under the table
    record = process_file(real_corpus / "pdfs" / "GB_2762-2022.pdf", pages=[13], classify=False)
    found = [(i.name, i.value, i.unit, i.conditions[-1]) for i in record.indicators if i.table == "11"]
    note = "多氯联苯以PCB28、PCB52、PCB101、PCB118、PCB138、PCB153和PCB180总和计"
    assert found == [("多氯联苯", 20.0, "μg/kg", note), ("多氯联苯", 200.0, "μg/kg", note)]


def test_extract_real_additive_named_by_its_subject_block(real_corpus):  # issue 12 class 6
    from std_extract.extract import document_to_indicators
    from std_extract.pipeline import parse

    document = parse(real_corpus / "pdfs" / "GB_2760-2024.pdf", pages=[119])
    found = document_to_indicators(document)
    assert {i.name for i in found} == {"甜蜜素,环己基氨基磺酸钙"}
    assert len(found) == 22  # 23 rows; 11.04 餐桌甜味料 is 按生产需要适量使用 (no numeric maximum)
    assert {(i.comparator, i.unit) for i in found} == {("<=", "g/kg")}
    jam = next(i for i in found if i.conditions[0].startswith("04.01.02.05"))
    assert (jam.value, jam.conditions) == (1.0, ["04.01.02.05 果酱", "以环己基氨基磺酸计"])
    assert all("name_from_caption" in i.flags for i in found)


def test_extract_real_footnote_letter_after_a_value_is_no_unit(real_corpus):  # issue 12 class 5
    # GB 2762-2022 p.12 (real-dev dev split) 表: stacked values "2.0d" / "4.0d" under "d 不适用于添加豆类
    # 的产品": 2.0 mg/kg with the note, not 2.0 days
    record = process_file(real_corpus / "pdfs" / "GB_2762-2022.pdf", pages=[12], classify=False)
    marked = [i for i in record.indicators if "不适用于添加豆类的产品" in i.conditions]
    assert marked and {(i.name, i.unit) for i in marked} == {("亚硝酸盐", "mg/kg")}
    assert sorted({i.value for i in marked}) == [2.0, 4.0]


def test_extract_real_additive_named_over_the_page_break(real_corpus):  # issue 12 class 6, GB 2760
    # GB 2760-2024 pp.74-75 (real-dev dev split): "磷酸及磷酸盐[包括磷酸7),…]" closes p.74 under the
    # last grid; its CNS号, 功能 and grid open p.75
    from std_extract.extract import document_to_indicators
    from std_extract.pipeline import parse

    document = parse(real_corpus / "pdfs" / "GB_2760-2024.pdf", pages=[74, 75])
    found = [i for i in document_to_indicators(document) if i.provenance[0].page == 75]
    assert found and {i.name for i in found} == {"磷酸及磷酸盐"}
