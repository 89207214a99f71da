"""Row labels and column headers split into name, unit, comparator and footnote markers."""

import pytest

from std_extract.extract.labels import grade_of, is_sub_item, split_label
from std_extract.rules import default_rules

UNITS = default_rules().values.unit_words  # the shipped rules' Chinese unit words (extractors/units.toml)


@pytest.mark.parametrize(
    ("printed", "name", "unit", "comparator"),
    [
        ("垩白度/% ≤", "垩白度", "%", "<="),  # DB32/T 1580 style
        ("总大肠菌群/(MPN/100 mL或CFU/100 mL)", "总大肠菌群", "MPN/100 mL或CFU/100 mL", None),  # either unit
        ("浑浊度（散射浑浊度单位）/NTUb", "浑浊度（散射浑浊度单位）", "NTU", None),  # a marker after the unit
        ("一般显色指数Ra", "一般显色指数Ra", None, None),  # a symbol's small letter is no footnote marker
        ("其中：小碎米含量/% ≤", "小碎米含量", "%", "<="),
        ("直链淀粉含量/ %", "直链淀粉含量", "%", None),
        ("脂肪/(g/100g) ≥", "脂肪", "g/100g", ">="),
        ("指标/(mg/kg)", "指标", "mg/kg", None),
        ("限值（mg/L）", "限值", "mg/L", None),
        ("水分，%", "水分", "%", None),
        ("品尝评分值/分 ≥", "品尝评分值", "分", ">="),
        ("总汞（以Hg计）/(mg/kg) ≤", "总汞（以Hg计）", "mg/kg", "<="),
        ("耗电量/(kWh/24h)", "耗电量", "kWh/24h", None),
        ("甲醛释放量/(mg/m³)", "甲醛释放量", "mg/m³", None),
        ("铅(以Pb计)", "铅(以Pb计)", None, None),  # a basis in brackets is not a unit
        ("加工精度", "加工精度", None, None),
        ("果面缺陷/处", "果面缺陷", "处", None),  # a Chinese unit word of extractors/units.toml
        ("每包张数/张 ≥", "每包张数", "张", ">="),
        ("线性热膨胀系数/(10⁻⁶/℃)≤", "线性热膨胀系数", "10⁻⁶/℃", "<="),
    ],
)
def test_labels_split_label(printed, name, unit, comparator):
    label = split_label(printed, UNITS)
    assert (label.name, label.unit, label.comparator) == (name, unit, comparator)
    assert label.text == printed  # the printed form is never lost


def test_labels_footnote_marker_is_split_off():
    assert split_label("菌落总数a", UNITS).footnotes == ("a",)
    assert split_label("菌落总数a", UNITS).name == "菌落总数"
    # raised between the name and its bracketed basis or sieve (pt_sodaash_01 表1)
    label = split_label("粒度a（180 μm筛余物）w/% ≥", UNITS)
    assert (label.name, label.unit, label.footnotes) == ("粒度（180 μm筛余物）", "%", ("a",))
    assert split_label("铅b(以Pb计)", UNITS).name == "铅(以Pb计)"
    # negative twins: a capital letter of a name, a letter inside a bracket or after one, stays
    assert split_label("维生素A（以视黄醇计）", UNITS).name == "维生素A（以视黄醇计）"
    assert split_label("苯并[a]芘（BaP）", UNITS).name == "苯并[a]芘（BaP）"
    assert split_label("DEHP（邻苯二甲酸二(2-乙基)己酯）", UNITS).name.startswith("DEHP（")


def test_labels_chinese_units_are_the_rule_sets():
    # the unit words reach the label reader as an argument: a rule set without 处 reads no unit in
    # "果面缺陷/处", so two rule sets split the same label each their own way
    assert split_label("果面缺陷/处", UNITS).unit == "处"
    assert split_label("果面缺陷/处", ()).unit is None
    assert split_label("果面缺陷/处", ("处",)).name == "果面缺陷"


def test_labels_sub_item():
    assert is_sub_item("其中：小碎米含量/% ≤")
    assert not is_sub_item("碎米")


@pytest.mark.parametrize(
    ("header", "grade"),
    [
        ("优等品", "优等品"),
        ("一等品", "一等品"),
        ("合格品", "合格品"),
        ("特级", "特级"),
        ("二级", "二级"),
        ("1 级", "1级"),
        ("３级", "3级"),
        ("指标", None),
        ("检验方法", None),
        ("发酵乳", None),
    ],
)
def test_labels_grade_of(header, grade):
    assert grade_of(header, default_rules().tables) == grade


@pytest.mark.parametrize(
    ("printed", "name", "unit"),
    [
        ("铅 mg/kg", "铅", "mg/kg"),  # not "铅 mg" over "kg"
        ("水分 %", "水分", "%"),
        ("温度 ℃", "温度", "℃"),
        ("菌落总数 CFU/g", "菌落总数", "CFU/g"),
        # negative twins: a letter after a space is part of the name, a slash between names a sub-item
        ("维生素 A", "维生素 A", None),
        ("碎米/小碎米", "碎米/小碎米", None),
    ],
)
def test_labels_unit_set_off_by_a_space(printed, name, unit):
    label = split_label(printed, UNITS)
    assert (label.name, label.unit) == (name, unit)


@pytest.mark.parametrize(
    ("printed", "name", "unit"),
    [
        # GB/T 1.1: a unit holding round brackets is set in square ones, full or half width
        ("噪声［dB(A)］", "噪声", "dB(A)"),
        ("声功率级 [dB(A)] ≤", "声功率级", "dB(A)"),
        ("耗电量［kWh/(24h)］", "耗电量", "kWh/(24h)"),
        ("单位功效用水量[L/(cycle·kg)]", "单位功效用水量", "L/(cycle·kg)"),
        ("撕破强力［N］", "撕破强力", "N"),
        ("噪声（dB(A)）", "噪声", "dB(A)"),
        ("总糖(以葡萄糖计)(g/100g)", "总糖(以葡萄糖计)", "g/100g"),  # only the last group is the unit
        # negative twins: a bracket that is no unit stays in the name
        ("项目［一级］", "项目［一级］", None),
        ("铬（Ⅵ）", "铬（Ⅵ）", None),
        ("钡（Ba）", "钡（Ba）", None),
        ("苯并(a)芘", "苯并(a)芘", None),
        ("铅(以Pb计)[备注]", "铅(以Pb计)[备注]", None),
        ("限值(mg/L]", "限值(mg/L]", None),  # brackets of two kinds close nothing
        # second reading: a bracket opening with a number or a comparator holds a class of the
        # quantity (a size band, a wavelength band), no unit; a power of ten still opens a unit
        ("粒度[(0.9～1.6) mm]", "粒度[(0.9～1.6) mm]", None),
        ("筛余[(0.5～1.0) mm]", "筛余[(0.5～1.0) mm]", None),
        ("粒度[<0.9 mm]", "粒度[<0.9 mm]", None),
        ("透光率[(380～780) nm]", "透光率[(380～780) nm]", None),
        ("大肠菌群[MPN/(100 mL)]", "大肠菌群", "MPN/(100 mL)"),
        ("导热系数[W/(m·K)]", "导热系数", "W/(m·K)"),
        ("线性热膨胀系数(10⁻⁶/℃)", "线性热膨胀系数", "10⁻⁶/℃"),
    ],
)
def test_labels_unit_in_a_bracket_with_brackets_inside(printed, name, unit):
    label = split_label(printed, UNITS)
    assert (label.name, label.unit) == (name, unit)


def test_labels_quantity_symbol_before_the_unit_is_no_part_of_the_name():
    # GB 3102.8's symbols between a name and its unit (w mass fraction, φ volume fraction, ρ density)
    assert _split("铁（Fe）w/% ≤")[:3] == ("铁（Fe）", "%", "<=")
    assert _split("二氧化硅（SiO2）w/%")[:2] == ("二氧化硅（SiO2）", "%")
    assert _split("乙醇φ/%")[:2] == ("乙醇", "%")
    assert _split("密度ρ/(g/cm³)")[:2] == ("密度", "g/cm³")


def test_labels_quantity_symbol_negative_twins():
    assert _split("模数M")[:2] == ("模数M", None)  # a symbol with no unit after it is the name's
    assert _split("TVOC/(mg/m³)")[:2] == ("TVOC", "mg/m³")  # a Latin word keeps its last letter
    assert _split("维生素E/(mg/100 g)")[:2] == ("维生素E", "mg/100 g")
    assert _split("铅（Pb）/(mg/kg)")[:2] == ("铅（Pb）", "mg/kg")
    # φ over a length after an object is its diameter, the name it has (second reader's probe)
    assert _split("钢筋φ/mm")[:2] == ("钢筋φ", "mm")
    assert _split("灯丝φ/mm ≤") == ("灯丝φ", "mm", "<=")
    assert _split("直径φ/mm")[:2] == ("直径", "mm")  # a name that names the length keeps it alone


def _split(printed: str) -> tuple:
    label = split_label(printed, UNITS)
    return label.name, label.unit, label.comparator
