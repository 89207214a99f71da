"""Table interpretation on pages of corpus/national-office's DEV split (national and sector standards
printed from a word processor: Word tables with merged cells, header rows repeated on every page, no
续表; the test split of its split.csv is never read here), one test per failure class found there."""

from __future__ import annotations

from corpora import NATIONAL_OFFICE, dev_page_record

from std_extract.record import DocumentRecord


def _record(stem: str, pages: tuple[int, ...]) -> DocumentRecord:
    return dev_page_record(NATIONAL_OFFICE, stem, pages)


def _table_values(stem: str, *pages: int, table: str | None = None) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, tuple(i.conditions))
        for i in _record(stem, pages).indicators
        if i.table and (table is None or i.table == table)
    ]


def test_national_office_dev_variant_under_a_grade_is_a_condition():  # 效率 η/% > 1级 > 2极 | 4极 | 6极
    found = _table_values("off_motor_01", 3)
    assert len(found) == 90  # 10 power classes x 3 grades x 3 pole numbers
    name, comparator, value, _, unit, grade, conditions = found[0]
    assert (comparator, value, unit, grade, conditions[-1]) == (">=", 86.3, "%", "1级", "2极")
    assert {f[0] for f in found} == {name} and "极" not in name  # one quantity, the poles are conditions
    assert found[-1][2] == 91.2 and found[-1][5] == "3级" and found[-1][6][-1] == "6极"


def test_national_office_dev_grades_divided_dated_rows_and_halves():  # GB 18918-style 表1, 表3
    found = _table_values("off_wwtp_01", 3, 4)
    assert ("化学需氧量（COD）", "<=", 50.0, None, "mg/L", "一级标准/A标准", ()) in found
    assert ("化学需氧量（COD）", "<=", 100.0, None, "mg/L", "二级标准", ()) in found
    phosphorus = [(f[2], f[5], f[6]) for f in found if f[0] == "总磷（以P计）"]
    assert phosphorus[0] == (1.0, "一级标准/A标准", ("2005年12月31日前建设的",))
    # the second date's row starts the next page: the merged 总磷 cell prints nothing there
    assert phosphorus[4] == (0.5, "一级标准/A标准", ("2006年1月1日起建设的",))
    listed = [(f[0], f[2]) for f in found if f[0] in {"总镍", "有机磷农药（以P计）", "对-二甲苯"}]
    assert listed == [("总镍", 0.05), ("有机磷农药（以P计）", 0.5), ("对-二甲苯", 0.4)]  # both halves


def test_national_office_dev_condition_column_beside_the_limits():  # GB 3095-style 平均时间
    found = _table_values("off_airquality_01", 3)
    sulphur = [(f[2], f[5], f[6]) for f in found if f[0] == "二氧化硫（SO2）"]
    assert sulphur == [
        (20.0, "一级", ("年平均",)),
        (60.0, "二级", ("年平均",)),
        (50.0, "一级", ("24小时平均",)),
        (150.0, "二级", ("24小时平均",)),
        (150.0, "一级", ("1小时平均",)),
        (500.0, "二级", ("1小时平均",)),
    ]
    assert not [f for f in found if f[4] == "小时"]  # "24小时平均" is no limit


def test_national_office_dev_substance_column_over_foods_in_a_binding_annex():  # GB 14880-style 表A.1
    found = _table_values("off_fortify_01", 3, 4, 5)
    assert found[0] == ("维生素A", "range", 600.0, 1000.0, "μg/kg", None, ("调制乳",))
    assert {f[0] for f in found} == {"维生素A", "维生素D", "钙", "铁", "锌", "维生素C"}
    vitamin_c = [(f[2], f[6]) for f in found if f[0] == "维生素C"]  # on the next page, its cell empty
    assert len(vitamin_c) == 6 and vitamin_c[-1] == (250.0, ("果蔬汁（浆）类饮料",))


def test_national_office_dev_element_list_in_halves():  # 元素 | SML | 元素 | SML
    found = _table_values("off_fcmplastic_01", 3, 4, table="3")
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [
        ("钡", "<=", 1.0, "mg/kg"),
        ("钴", "<=", 0.05, "mg/kg"),
        ("铜", "<=", 5.0, "mg/kg"),
        ("铁", "<=", 48.0, "mg/kg"),
        ("锂", "<=", 0.6, "mg/kg"),
        ("锰", "<=", 0.6, "mg/kg"),
        ("锌", "<=", 25.0, "mg/kg"),
        ("铝", "<=", 1.0, "mg/kg"),
    ]


def test_national_office_dev_migration_limits_by_resin():  # 附录A 树脂名称 | 限制物质 | SML | QM | 其他要求
    found = _table_values("off_fcmplastic_01", 5, table="A.1")
    assert ("锑", "<=", 0.04, None, "mg/kg", None) in [f[:6] for f in found]
    assert {f[6][0] for f in found if f[0] in {"双酚A", "苯酚"}} == {"聚碳酸酯（PC）"}
    # 其他要求 ("以Sb计", "不得用于婴幼儿专用制品") is no value
    assert all(f[1] != "qualitative" for f in found if f[0] in {"乙二醇", "锑", "双酚A"})


def test_national_office_dev_grade_before_the_quantity_and_dimensionless_rows():  # motor 表2, wwtp 表1/表4
    motor = _table_values("off_motor_01", 3, 4, table="2")
    assert [f[:6] for f in motor[:2]] == [
        ("效率", ">=", 75.0, None, "%", "2级"),
        ("效率", ">=", 72.1, None, "%", "3级"),
    ]
    wwtp = _table_values("off_wwtp_01", 3, 4)
    units = {f[0]: f[4] for f in wwtp}
    assert (units["pH"], units["色度（稀释倍数）"], units["臭气浓度"], units["悬浮物（SS）"]) == (
        None,
        None,
        None,
        "mg/L",
    )


def test_national_office_dev_kinds_over_grades_and_variants_printing_units():  # peroxide 表1, plastic A.1
    # "27.5%" | "35%" | "50%" over 优等品 | 一等品 | 合格品: the kind (a concentration) restricts each grade
    found = _table_values("off_peroxide_01", 3, table="1")
    assert found and all(len(f[6]) == 1 and f[6][0] in {"27.5%", "35%", "50%"} and f[5] for f in found)
    # "SML /（mg/kg）": the variant is SML, its unit the value's
    resins = _table_values("off_fcmplastic_01", 5, table="A.1")
    assert {f[6][-1] for f in resins if f[0] == "氯乙烯"} == {"SML", "QM"}
