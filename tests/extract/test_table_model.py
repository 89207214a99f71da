"""Table interpretation on tables built by hand, one test per failure class of issue 12: header
paths read into roles (tableheads), orientation, caption names, categories, plans."""

from __future__ import annotations

from std_extract.document import Clause, ParsedDocument, Source, Table, TableCell
from std_extract.extract.scope import requirement_chapters
from std_extract.extract.tableheads import read_head
from std_extract.extract.tables import is_requirement_table, table_to_indicators
from std_extract.rules import default_rules

RULES = default_rules()


def _table(columns: list[str], body: list[list[str]], xs: list[list[float]] | None = None, **kw) -> Table:
    """Header levels separated by " > "; ``xs`` gives each cell's x0 (text tables: indentation)."""
    rows = []
    for r, texts in enumerate(body):
        row = []
        for c, text in enumerate(texts):
            x0 = xs[r][c] if xs else 10.0 + 50 * c
            row.append(TableCell(row=r, col=c, text=text, page=3, bbox=(x0, 10.0 * r, x0 + 40, 10.0 * r + 8)))
        rows.append(row)
    levels = [c.split(" > ") for c in columns]
    depth = max(len(parts) for parts in levels)
    header_rows = [[parts[min(k, len(parts) - 1)] for parts in levels] for k in range(depth)]
    return Table(
        number=kw.pop("number", "1"), pages=[3], columns=["/".join(p) for p in levels],
        header_rows=header_rows,
        rows=rows, clause=kw.pop("clause", "4.2"), **kw,
    )  # fmt: skip


def _doc() -> ParsedDocument:
    return ParsedDocument(source=Source(path="x.pdf", sha256="cd" * 32, pages=4))


def _found(table: Table):
    return [
        (i.name, i.comparator, i.value, i.value_max, i.unit, i.grade, i.conditions)
        for i in table_to_indicators(table, _doc())
    ]


def test_table_model_full_width_unit_in_row_label():  # class 1
    table = _table(
        ["项目", "指标"], [["耗氧量（以Ｏ2计）/(ｍｇ/Ｌ)", "≤1.0"], ["铅（以Pb计）（ｍｇ∕ｋｇ）", "0.3"]]
    )
    found = _found(table)
    assert found[0][:5] == ("耗氧量（以Ｏ2计）", "<=", 1.0, None, "mg/L")  # the name keeps its printed form
    assert found[1][0] == "铅（以Pb计）" and found[1][4] == "mg/kg"


def test_table_model_transposed_capacity_classes():  # class 2
    table = _table(
        ["容积V/L", "耗电量/(kWh/24h) ≤", "噪声/dB(A) ≤"],
        [["V≤300", "0.45", "38"], ["300＜V≤450", "0.55", "40"]],
    )
    found = _found(table)
    assert found == [
        ("耗电量", "<=", 0.45, None, "kWh/24h", None, ["V≤300 L"]),  # the header's unit after each number
        ("噪声", "<=", 38.0, None, "dB(A)", None, ["V≤300 L"]),
        ("耗电量", "<=", 0.55, None, "kWh/24h", None, ["300 L＜V≤450 L"]),
        ("噪声", "<=", 40.0, None, "dB(A)", None, ["300 L＜V≤450 L"]),
    ]
    assert all(
        "table_transposed" in i.flags and "header_unit" in i.flags for i in table_to_indicators(table, _doc())
    )


def test_table_model_unit_on_its_own_header_line():  # class 3
    assert read_head(["试验速度", "km/h"], RULES).unit == "km/h"  # not "h"
    head = read_head(["制动距离", "m"], RULES)
    assert (head.name, head.unit) == ("制动距离", "m")
    table = _table(["标称截面积 > mm²", "绝缘厚度规定值 > mm", "平均外径上限 > mm"], [["1.5", "0.7", "≤3.3"]])
    assert _found(table) == [
        ("绝缘厚度规定值", "=", 0.7, None, "mm", None, ["标称截面积1.5 mm²"]),  # the class stated whole
        ("平均外径上限", "<=", 3.3, None, "mm", None, ["标称截面积1.5 mm²"]),
    ]


def test_table_model_condition_rows_take_the_name_from_the_column():  # class 4
    table = _table(["制动状态", "制动距离/m ≤"], [["干态", "4.0"], ["湿态", "15.0"]])
    assert _found(table) == [
        ("制动距离", "<=", 4.0, None, "m", None, ["干态"]),
        ("制动距离", "<=", 15.0, None, "m", None, ["湿态"]),
    ]


def test_table_model_per_basis_min_max_pairs_and_not_specified():  # class 5
    table = _table(
        ["营养素", "每100 kJ > 最小值", "每100 kJ > 最大值", "每100 kcal > 最小值", "每100 kcal > 最大值"],
        [["蛋白质/g", "0.45", "0.70", "1.88", "2.93"], ["维生素D/μg", "0.25", "N.S.", "1.05", "N.S."]],
    )
    found = _found(table)
    assert ("蛋白质", "range", 0.45, 0.70, "g", None, ["每100 kJ"]) in found
    assert ("蛋白质", "range", 1.88, 2.93, "g", None, ["每100 kcal"]) in found
    assert ("维生素D", ">=", 0.25, None, "μg", None, ["每100 kJ"]) in found  # N.S.: an open upper bound
    assert len(found) == 4
    serving = _table(  # per 100 g and per serving (protein powders): both bases kept
        [
            "项目",
            "单位",
            "每100 g > 最小值",
            "每100 g > 最大值",
            "每份（30 g） > 最小值",
            "每份（30 g） > 最大值",
        ],
        [["能量", "kJ", "1500", "1800", "450", "540"]],
    )
    assert _found(serving) == [
        ("能量", "range", 1500.0, 1800.0, "kJ", None, ["每100 g"]),
        ("能量", "range", 450.0, 540.0, "kJ", None, ["每份（30 g）"]),
    ]


def test_table_model_caption_names_the_indicator_of_category_rows():  # class 6
    table = _table(["品种", "指标/% ≥"], [["猪肉白菜水饺", "50"], ["三鲜水饺", "45"]], title="各品种馅料含量")
    assert _found(table) == [
        ("馅料含量", ">=", 50.0, None, "%", None, ["猪肉白菜水饺"]),
        ("馅料含量", ">=", 45.0, None, "%", None, ["三鲜水饺"]),
    ]
    assert all("name_from_caption" in i.flags for i in table_to_indicators(table, _doc()))
    graded = _table(["等级", "特级", "一级"], [["垩白度/% ≤", "2.0", "3.0"]], title="优质稻谷质量指标")
    assert {i[0] for i in _found(graded)} == {"垩白度"}  # grade rows name their own indicators


def test_table_model_category_rows_parent_indented_rows():  # class 7
    body = [
        ["老化前", ""],
        ["其中：抗张强度/(N/mm²) ≥", "12.5"],
        ["断裂伸长率/% ≥", "125"],
        ["热失重/(mg/cm²) ≤", "2.0"],
    ]
    xs = [[100, 400], [110, 400], [110, 400], [100, 400]]
    table = _table(["项目", "指标"], body, xs=xs, detection="text")
    assert [i[0] for i in _found(table)] == ["老化前/抗张强度", "老化前/断裂伸长率", "热失重"]
    sections = _table(["项目", "指标"], [["理化指标", ""], ["水分/% ≤", "58"]])
    assert [i[0] for i in _found(sections)] == ["水分"]  # a category naming a section is no parent


def test_table_model_parts_of_the_product_name_their_limits():  # 部位 | 温升限值/K (GB 4706.1-style)
    body = [
        ["外壳", "60"],
        ["手柄", ""],
        ["其中：金属手柄", "25"],
        ["非金属手柄", "35"],
        ["底座下表面", "65"],
    ]
    xs = [[100, 400], [100, 400], [100, 400], [125, 400], [100, 400]]  # "其中：" set flush, the next under it
    table = _table(["部位", "温升限值/K"], body, xs=xs, detection="text", title="温升限值")
    assert _found(table) == [
        ("外壳", "<=", 60.0, None, "K", None, []),
        ("手柄/金属手柄", "<=", 25.0, None, "K", None, []),
        ("手柄/非金属手柄", "<=", 35.0, None, "K", None, []),
        ("底座下表面", "<=", 65.0, None, "K", None, []),
    ]  # each part a limit of its own, not conditions of the caption's 温升限值


def test_table_model_stacked_cell_splits_into_sub_rows():  # class 7
    table = _table(["项目", "指标"], [["蛋白质/(g/100g)\n牛乳 ≥\n羊乳 ≥", "2.9\n2.8"]])
    assert [(i[0], i[2]) for i in _found(table)] == [("蛋白质/牛乳", 2.9), ("蛋白质/羊乳", 2.8)]


def test_table_model_sampling_plan_gives_m_and_M_only():  # class 8
    table = _table(
        ["项目", "采样方案及限量 > n", "采样方案及限量 > c", "采样方案及限量 > m", "采样方案及限量 > M"],
        [["菌落总数/(CFU/g)", "5", "2", "10000", "50000"], ["沙门氏菌/(CFU/25g)", "5", "0", "0", "—"]],
    )
    found = _found(table)
    assert [(i[0], i[1], i[2], i[4]) for i in found] == [
        ("菌落总数", "<=", 10000.0, "CFU/g"),
        ("菌落总数", "<=", 50000.0, "CFU/g"),
        ("沙门氏菌", "<=", 0.0, "CFU/25g"),
    ]  # fmt: skip
    assert all("n=5" in " ".join(i[6]) for i in found)


def test_table_model_vocabulary_is_one_data_file():
    vocab = default_rules().tables
    assert (
        vocab.is_("method", "检 验 方 法")
        and vocab.is_("item", "项目")
        and not vocab.is_("item", "额定功率P/W")
    )
    assert vocab.states_nothing("N.S.") and vocab.states_nothing("／") and not vocab.states_nothing("0")
    assert ("1级", "2级", "3级", "4级", "5级") in vocab.grade_ladders


def test_table_model_heading_names_the_indicator_of_category_rows():  # class 6, GB 2763
    table = _table(
        ["食品类别/名称", "最大残留限量,mg/kg"],
        [["谷物\n糙米", "0.05∗"], ["蔬菜\n洋葱\n番茄", "0.02\n0.2"]],
        headings=["苯噻酰草胺(mefenacet)", "最大残留限量"], notes=["∗ 该限量为临时限量。"], caption="表35",
    )  # fmt: skip
    assert _found(table) == [
        ("苯噻酰草胺", "<=", 0.05, None, "mg/kg", None, ["谷物/糙米", "该限量为临时限量"]),
        ("苯噻酰草胺", "<=", 0.02, None, "mg/kg", None, ["蔬菜/洋葱"]),
        ("苯噻酰草胺", "<=", 0.2, None, "mg/kg", None, ["蔬菜/番茄"]),
    ]
    # without a clause, the introducing sentence makes it a requirement table; a method table's does not
    unplaced = table.model_copy(update={"clause": None})
    assert is_requirement_table(
        unplaced.model_copy(update={"intro_text": "最大残留限量：应符合表35的规定。"}), []
    )
    assert not is_requirement_table(unplaced.model_copy(update={"intro_text": "仪器参考条件见表35。"}), [])
    section_only = table.model_copy(update={"headings": ["污染物限量"]})  # a section's title names nothing
    assert "污染物限量" not in {i[0] for i in _found(section_only)}


def test_table_model_ruled_category_closes_at_its_indent():  # class 7, ruled tables
    body = [
        ["老化前", ""],
        ["其中：抗张强度/(N/mm²)", "≥12.5"],
        ["断裂伸长率/%", "≥125"],
        ["热失重/(mg/cm²)", "≤2.0"],
    ]
    table = _table(["项目", "指标"], body)
    for row, x in zip(table.rows, (75.0, 85.0, 103.0, 75.0), strict=True):
        row[0].text_x0 = x  # the cell boxes all start at 10: only the text shows the indent
    assert [i[0] for i in _found(table)] == ["老化前/抗张强度", "老化前/断裂伸长率", "热失重"]
    for row, x in zip(table.rows, (90.0, 80.0, 84.0, 70.0), strict=True):
        row[0].text_x0 = x  # centred labels start anywhere: no indent is read
    assert [i[0] for i in _found(table)] == ["老化前/抗张强度", "老化前/断裂伸长率", "老化前/热失重"]


def test_table_model_footnote_marker_on_a_line_of_a_wrapped_label():
    table = _table(
        ["项目", "限值"],
        [["邻苯二甲酸二正辛酯\na\n（DNOP）总量/%", "0.1"]],
        notes=["a 仅适用于可放入口中的玩具。"],
    )
    assert _found(table) == [
        ("邻苯二甲酸二正辛酯（DNOP）总量", "<=", 0.1, None, "%", None, ["仅适用于可放入口中的玩具"])
    ]


def test_table_model_grades_down_the_rows():  # class 2: a grade table set transposed
    table = _table(["等级", "垩白度/% ≤", "整精米率/% ≥"], [["特级", "2.0", "60"], ["一级", "3.0", "55"]])
    assert _found(table) == [
        ("垩白度", "<=", 2.0, None, "%", "特级", []), ("整精米率", ">=", 60.0, None, "%", "特级", []),
        ("垩白度", "<=", 3.0, None, "%", "一级", []), ("整精米率", ">=", 55.0, None, "%", "一级", []),
    ]  # fmt: skip
    under_item = _table(["项目", "垩白度/% ≤"], [["1级", "2.0"], ["2级", "3.0"]])  # 项目 over the grades
    assert [(i[0], i[5]) for i in _found(under_item)] == [("垩白度", "1级"), ("垩白度", "2级")]


def test_table_model_footnote_marker_in_a_header_over_its_unit_line():  # classes 3 and 6
    table = _table(
        ["食品类别(名称)", "限量a\nμg/kg"], [["水产动物及其制品", "20"]],
        title="食品中多氯联苯限量指标", notes=["a 多氯联苯以PCB28和PCB52总和计。"],
    )  # fmt: skip
    assert _found(table) == [
        ("多氯联苯", "<=", 20.0, None, "μg/kg", None, ["水产动物及其制品", "多氯联苯以PCB28和PCB52总和计"])
    ]


def test_table_model_stated_lower_bound_of_a_whole_share_is_equality():
    intro = "服务质量指标应达到表1的要求，其中“率”类指标为不低于表中数值，时限类指标为不超过表中数值。"
    table = _table(
        ["指标名称", "指标要求"], [["消防设施完好率", "100%"], ["维修及时率", "98%"]], intro_text=intro
    )
    assert [i[:3] for i in _found(table)] == [("消防设施完好率", "=", 100.0), ("维修及时率", ">=", 98.0)]
    printed = _table(["指标名称", "指标要求"], [["合同履约率", "≥100%"]])
    assert [i[:3] for i in _found(printed)] == [("合同履约率", ">=", 100.0)]  # as printed


REMARK = "以环己基氨基磺酸计，以即饮状态计，相应的固体饮料按稀释倍数增加使用量"


def test_table_model_subject_block_names_the_additive_of_category_rows():  # class 6, GB 2760
    table = _table(
        ["食品分类号", "食品名称", "最大使用量/(g/kg)", "备注"],
        [
            ["04.05.02.01", "熟制坚果与籽类（仅限油炸坚果与籽\n类）", "0.2", "以油脂中儿茶素计"],
            ["11.04", "餐桌甜味料", "按生产需要适量使用", ""],
            ["14.0", "饮料类", "0.65", REMARK],
        ],
        subject=["甜蜜素（又名环己基氨基磺酸钠），环己基 sodium cyclamate, calcium cyclamate", "氨基磺酸钙",
                 "CNS号 19.002,19.024 INS号 952(iv)", "功能 甜味剂"],
        caption="表A.1（续）", clause=None,
    )  # fmt: skip
    assert is_requirement_table(table, [])  # 最大使用量 heads limits, in an annex under a bare caption
    assert _found(table) == [
        ("甜蜜素，环己基氨基磺酸钙", "<=", 0.2, None, "g/kg", None,
         ["04.05.02.01 熟制坚果与籽类（仅限油炸坚果与籽类）", "以油脂中儿茶素计"]),
        ("甜蜜素，环己基氨基磺酸钙", "<=", 0.65, None, "g/kg", None,
         ["14.0 饮料类", "以环己基氨基磺酸计", "以即饮状态计，相应的固体饮料按稀释倍数增加使用量"]),
    ]  # fmt: skip
    # 11.04 餐桌甜味料 按生产需要适量使用: quantum satis, no numeric limit, no indicator
    aliased = table.model_copy(update={"subject": ["亮蓝及其铝色淀（包括亮蓝、亮蓝铝色淀） brilliant blue"]})
    assert {i[0] for i in _found(aliased)} == {"亮蓝及其铝色淀"}
    untitled = table.model_copy(update={"subject": [], "title": None, "headings": []})
    assert not is_requirement_table(untitled.model_copy(update={"intro_text": "仪器参考条件见表A.1。"}), [])


def test_table_model_plan_table_with_a_category_and_an_item_column():  # class 8, GB 29921 shape
    plan = "采样方案及限量（若非指定，均以CFU/g表示）"
    table = _table(
        ["食品类别", "致病菌指标", f"{plan} > n", f"{plan} > c", f"{plan} > m", f"{plan} > M", "备注"],
        [
            ["肉制品\n熟肉制品", "沙门氏菌", "5", "0", "0/25g", "—", ""],
            ["肉制品\n熟肉制品", "金黄色葡萄球菌", "5", "1", "100", "1000", ""],
            ["水产制品", "副溶血性弧菌", "5", "1", "100 MPN/g", "1000 MPN/g", ""],
        ],
    )
    found = _found(table)
    assert [(i[0], i[1], i[2], i[4], i[6]) for i in found] == [
        ("沙门氏菌", "not_detected", None, None, ["肉制品/熟肉制品", "n=5,c=0"]),
        ("金黄色葡萄球菌", "<=", 100.0, "CFU/g", ["肉制品/熟肉制品", "n=5,c=1"]),
        ("金黄色葡萄球菌", "<=", 1000.0, "CFU/g", ["肉制品/熟肉制品", "n=5,c=1"]),
        ("副溶血性弧菌", "<=", 100.0, "MPN/g", ["水产制品", "n=5,c=1"]),
        ("副溶血性弧菌", "<=", 1000.0, "MPN/g", ["水产制品", "n=5,c=1"]),
    ]  # n and c are the plan, never limits; the pathogen column names, the food column restricts


def test_table_model_category_rows_without_a_name_give_nothing():  # class 6
    # a continuation whose first page was not read: foods under 限量, no caption, no heading
    table = _table(["食品类别(名称)", "限量(以Cd计)/(mg/kg)"], [["婴幼儿谷类辅助食品", "0.06"]], caption=None)
    assert _found(table) == []


def test_table_model_subject_name_reads_wrapped_names_without_gloss_and_asides():  # class 6
    from std_extract.extract.tableheads import subject_name as read_subject

    def subject_name(lines: list[str]) -> str | None:
        return read_subject(lines, default_rules().tables)

    sweetener = [
        "爱德万甜（又名N-{N-[3-(3-羟基-4-甲氧 advantame (N-[N-[3-(3-hydroxy-4-methoxyphenyl)pro-",
        "基苯基)丙基]-L-α-天冬氨酰}-L-苯丙氨 pyl]-L-α-aspartyl]-L-phenylalanine 1-methylester)",
        "酸-1-甲酯）",
        "CNS号 19.026 INS号 969",
    ]
    assert subject_name(sweetener) == "爱德万甜"  # the aside nests brackets over three lines
    assert subject_name(["安赛蜜（又名乙酰磺胺酸钾）⁴⁾ acesulfame potassium", "CNS号 19.011"]) == "安赛蜜"
    assert subject_name(["ε-聚赖氨酸 ε-polylysine", "CNS号 17.037 INS号 —"]) == "ε-聚赖氨酸"
    assert subject_name(["聚甘油蓖麻醇酸酯（简称“PGPR”） polyglycerol (inter-", "esterified acid)(PGPR)",
                         "CNS号 10.029 INS号 476"]) == "聚甘油蓖麻醇酸酯"  # fmt: skip
    assert subject_name(["CNS号 01.106,15.008 INS号 338", "功能 水分保持剂"]) is None  # its name is overleaf


def test_table_model_nutrient_table_markers_equivalent_units_and_ratios():  # class 5
    basis = ["每100 kJ > 最小值", "每100 kJ > 最大值", "每100 kcal > 最小值", "每100 kcal > 最大值"]
    table = _table(
        ["营养素", *basis, "检验方法"],
        [
            ["维生素A(μg RE)c", "14", "43", "60", "180", "GB 5009.82"],
            ["维生素K(μg)", "1", "N.S.d", "4", "N.S.d", "GB 5009.158"],
            ["亚油酸与α-亚麻酸比值", "5:1", "15:1", "5:1", "15:1", "—"],
        ],
        notes=["c 视黄醇当量。", "d N.S.为没有特别说明。"],
    )
    found = _found(table)
    assert found[:2] == [
        ("维生素A", "range", 14.0, 43.0, "μg RE", None, ["视黄醇当量", "每100 kJ"]),
        ("维生素A", "range", 60.0, 180.0, "μg RE", None, ["视黄醇当量", "每100 kcal"]),
    ]  # a unit of an equivalent, a footnote marker after it
    assert found[2][:5] == ("维生素K", ">=", 1.0, None, "μg")  # "N.S.d": not specified, marker and all
    assert found[4][:5] == ("亚油酸与α-亚麻酸比值", "range", 5.0, 15.0, None)  # 5:1 to 15:1


def test_table_model_plan_under_two_category_levels_and_a_registry_list():  # class 8, GB 5085
    plan = "采样方案及限量（若非指定，均以/25g表示）"
    table = _table(
        ["食品类别 > 大类", "食品类别 > 小类", "致病菌指标", *(f"{plan} > {p}" for p in "ncmM")],
        [["肉制品", "熟肉制品", "沙门氏菌", "5", "0", "0", "—"]],
    )
    expected = ("沙门氏菌", "<=", 0.0, None, "/25g", None, ["肉制品/熟肉制品", "n=5,c=0"])
    assert _found(table) == [expected]  # a bare 0 is "<= 0" as printed; "0/25g" reads not_detected
    listing = _table(["序号", "物质名称", "CAS号"], [["1", "甲醛", "50-00-0"]], title="剧毒物质名录")
    assert _found(listing) == []  # a CAS number is no range


def test_table_model_two_table_vocabularies_side_by_side():
    # the table reader takes its words from the rules it is given, not from a module global
    from dataclasses import replace as replaced

    from std_extract.extract.tablevocab import TableVocab
    from std_extract.rules import default_rules

    shipped = default_rules()
    spec = shipped.tables.spec
    markers = spec.markers.model_copy(update={"no_requirement": [*spec.markers.no_requirement, "暂不要求"]})
    local = replaced(shipped, tables=TableVocab(spec.model_copy(update={"markers": markers})))
    body = [["大米", "0.2"], ["糙米", "暂不要求"]]
    table = _table(["食品类别(名称)", "限量/(mg/kg)"], body, title="食品中镉限量指标")
    assert [i.value_text for i in table_to_indicators(table, _doc(), shipped)][-1] == "暂不要求"
    assert [i.value for i in table_to_indicators(table, _doc(), local)] == [0.2]
    assert default_rules().tables.states_nothing("暂不要求") is False  # the shipped vocabulary is untouched


def test_table_model_introducing_clause_names_the_indicator():  # class 6
    table = _table(
        ["食品类别(名称)", "限量/(μg/kg)"], [["玉米、玉米面(渣、片)及玉米制品", "20"]],
        caption="表1", intro_text="4.1.1 食品中黄曲霉毒素B1限量指标见表1。",
    )  # fmt: skip
    corn = "玉米、玉米面(渣、片)及玉米制品"
    assert _found(table) == [("黄曲霉毒素B1", "<=", 20.0, None, "μg/kg", None, [corn])]
    # a limit word alone, or a section, names nothing: the clause heading does (GB 2763), or no one
    pointer = "最大残留限量：应符合表1的规定。"
    generic = table.model_copy(update={"intro_text": pointer, "headings": ["乙草胺"]})
    assert {i[0] for i in _found(generic)} == {"乙草胺"}
    section = table.model_copy(update={"intro_text": "理化指标应符合表1的规定。"})
    assert _found(section) == []


def test_table_model_a_list_of_names_is_no_requirement_table():
    # GB 2760 表B.2 "允许使用的食品用天然香料名单": 允许 alone would make it one; a list holds no limit
    table = _table(
        ["序号", "编码", "香料中文名称", "香料英文名称", "FEMA编号"],
        [["1", "N001", "丁香叶油", "Clove leaf oil", "2325"]],
        caption="表B.2 允许使用的食品用天然香料名单", title="允许使用的食品用天然香料名单", clause=None,
    )  # fmt: skip
    assert not is_requirement_table(table, [])


def test_table_model_footnote_letter_after_a_value_is_no_unit():  # class 5 (GB 2762 表: "2.0d")
    table = _table(
        ["食品类别（名称）", "限量（以NaNO2计）/(mg/kg)"],
        [["婴幼儿罐装辅助食品", "4.0d"], ["辅食营养补充品", "2.0e"]],
        notes=["d 不适用于添加豆类的产品。"],
        title="食品中亚硝酸盐限量指标",
    )
    found = _found(table)
    assert found[0][:5] == ("亚硝酸盐", "<=", 4.0, None, "mg/kg")
    assert "不适用于添加豆类的产品" in found[0][6]
    assert found[1][4] == "e"  # no note "e": the letter may be a unit, left as printed


def test_table_model_stacked_condition_lines_stay_conditions():  # class 7, dev_water 溴酸盐
    table = _table(["项目", "指标"], [["溴酸盐（ｍｇ／Ｌ）\n臭氧消毒工艺\n其他消毒工艺", "≤0.01\n不得检出"]])
    assert _found(table) == [
        ("溴酸盐", "<=", 0.01, None, "mg/L", None, ["臭氧消毒工艺"]),
        ("溴酸盐", "not_detected", None, None, None, None, ["其他消毒工艺"]),
    ]


def test_table_model_footnote_states_another_value_under_its_condition():
    # the general limit in the grid, an exception in a footnote (GB 175-style 氧化镁, a nutrient's
    # minimum for some products): a second value of the same indicator under the footnote's lead
    cement = _table(
        ["品种", "氧化镁/%", "三氧化硫/%"],
        [["硅酸盐水泥", "≤5.0a", "≤3.5b"]],
        notes=[
            "a 如果水泥压蒸安定性合格，则水泥中氧化镁的含量允许放宽至6.0%。",
            "b 当有更低要求时，由买卖双方确定。",
        ],
    )
    found = _found(cement)
    assert ("氧化镁", "<=", 6.0, None, "%", None, ["硅酸盐水泥", "如果水泥压蒸安定性合格"]) in found
    assert [f[2] for f in found if f[0] == "三氧化硫"] == [3.5]  # a note without a value adds none
    nutrients = _table(
        ["营养成分", "每100 kJ > 最小值", "每100 kJ > 最大值", "每100 kcal > 最小值", "每100 kcal > 最大值"],
        [["蛋白质a/(g)", "0.50", "1.30", "2.09", "5.44"]],
        notes=["a 添加高蛋白质食物的产品，蛋白质的最小值为每100 kJ 0.80 g（每100 kcal 3.35 g）。"],
    )
    extra = [f for f in _found(nutrients) if f[1] == ">="]
    assert extra == [
        ("蛋白质", ">=", 0.8, None, "g", None, ["每100 kJ", "添加高蛋白质食物的产品"]),
        ("蛋白质", ">=", 3.35, None, "g", None, ["每100 kcal", "添加高蛋白质食物的产品"]),
    ]  # each basis takes the amount printed after it


# Tables of a word processor's layout (corpus/national-office, session 9): classes found on its dev split.


def test_table_model_variant_under_a_grade_is_a_condition():  # GB 18613-style: 效率 > 1级 > 2极 | 4极
    table = _table(
        ["额定功率 > PN/kW", "效率/% > 1级 > 2极", "效率/% > 1级 > 4极", "效率/% > 2级 > 2极"],
        [["0.75", "86.3", "88.2", "83.5"]],
        intro_text="各等级电动机在额定输出功率下的实测效率应不低于表1的规定。",
    )
    names = {(f[0], f[5], f[6][-1]) for f in _found(table)}
    assert names == {("效率", "1级", "2极"), ("效率", "1级", "4极"), ("效率", "2级", "2极")}
    assert [f[:5] for f in _found(table)][0] == ("效率", ">=", 86.3, None, "%")
    head = read_head(["效率/%", "1级", "2极"], RULES)
    assert (head.name, head.grade, head.condition) == ("效率", "1级", "2极")


def test_table_model_quantity_under_a_grade_under_a_group_stays_the_name():  # twin of the variant rule
    # A group header over a grade over quantities that print their own units: each column is its quantity
    # (力学性能 > 优等品 > 拉伸强度/MPa), not the group's value with the quantity as a condition.
    table = _table(
        [
            "产品类别 > 产品类别 > 产品类别",
            "力学性能 > 优等品 > 拉伸强度/MPa ≥",
            "力学性能 > 优等品 > 断裂伸长率/% ≥",
        ],
        [["聚乙烯管材", "20", "350"]],
        intro_text="管材的力学性能应符合表1的规定。",
    )
    assert {(f[0], f[2], f[4], f[5]) for f in _found(table)} == {
        ("拉伸强度", 20.0, "MPa", "优等品"),  # 力学性能 names a section of the table
        ("断裂伸长率", 350.0, "%", "优等品"),
    }
    head = read_head(["力学性能", "优等品", "拉伸强度/MPa"], RULES)
    assert (head.name, head.unit, head.grade, head.condition) == ("拉伸强度", "MPa", "优等品", None)


def test_table_model_grade_divided_into_grades():  # GB 18918: 一级标准 over A标准 | B标准
    table = _table(
        ["序号", "基本控制项目", "一级标准 > A标准", "一级标准 > B标准", "二级标准"],
        [["1", "化学需氧量（COD）", "50", "60", "100"]],
        unit_line="mg/L",
        title="基本控制项目最高允许排放浓度（日均值）",
    )
    assert [(f[0], f[2], f[5]) for f in _found(table)] == [
        ("化学需氧量（COD）", 50.0, "一级标准/A标准"),
        ("化学需氧量（COD）", 60.0, "一级标准/B标准"),
        ("化学需氧量（COD）", 100.0, "二级标准"),
    ]
    assert read_head(["一级标准", "A标准"], RULES).grade == "一级标准/A标准"


def test_table_model_condition_column_beside_the_limits():  # GB 3095: 平均时间 between label and limits
    table = _table(
        ["序号", "污染物项目", "平均时间", "浓度限值 > 一级", "浓度限值 > 二级", "单位"],
        [
            ["1", "二氧化硫（SO2）", "年平均", "20", "60", "μg/m³"],
            ["1", "二氧化硫（SO2）", "24小时平均", "50", "150", "μg/m³"],
        ],
    )
    found = _found(table)
    assert [(f[0], f[1], f[2], f[4], f[5], f[6]) for f in found] == [
        ("二氧化硫（SO2）", "<=", 20.0, "μg/m³", "一级", ["年平均"]),
        ("二氧化硫（SO2）", "<=", 60.0, "μg/m³", "二级", ["年平均"]),
        ("二氧化硫（SO2）", "<=", 50.0, "μg/m³", "一级", ["24小时平均"]),  # 24 h is no limit of its own
        ("二氧化硫（SO2）", "<=", 150.0, "μg/m³", "二级", ["24小时平均"]),
    ]


def test_table_model_value_columns_naming_a_time_are_no_condition_columns():  # twin of 平均时间
    # A condition column's header is the condition's kind alone; a quantity whose name holds such a word
    # (高峰时段接通率, 采样时间 with its unit) is a column of values, its cells limits, never conditions.
    table = _table(
        ["服务项目", "高峰时段接通率/% ≥", "采样时间/h ≥"],
        [["热线电话", "85", "24"]],
        intro_text="服务质量应符合表1的规定。",
    )
    found = _found(table)
    assert [(f[1], f[2], f[4]) for f in found] == [(">=", 85.0, "%"), (">=", 24.0, "h")]
    assert not any(c in ("85", "24") for f in found for c in f[6])


def test_table_model_list_in_side_by_side_halves():  # 序号 | 项目 | 标准值 | 序号 | 项目 | 标准值
    table = _table(
        ["序号", "选择控制项目", "标准值", "序号", "选择控制项目", "标准值"],
        [["1", "总镍", "0.05", "3", "马拉硫磷", "1.0"], ["2", "总铍", "0.002", "", "", ""]],
        unit_line="mg/L",
        caption="表3 选择控制项目最高允许排放浓度（日均值）",
    )
    assert [f[:3] for f in _found(table)] == [
        ("总镍", "<=", 0.05),
        ("总铍", "<=", 0.002),
        ("马拉硫磷", "<=", 1.0),  # down the first half, then the second; its empty slot is no row
    ]
    assert {f[4] for f in _found(table)} == {"mg/L"}


def test_table_model_group_label_continued_over_a_page_break():  # a word processor's merged cell, cut
    table = _table(
        ["营养强化剂", "食品类别（名称）", "使用量"],
        [
            ["维生素C", "风味发酵乳", "120 mg/kg～240 mg/kg"],
            ["", "果泥", "50 mg/kg～100 mg/kg"],
            ["", "果蔬汁（浆）类饮料", "250 mg/kg～500 mg/kg"],
        ],
    )
    rows = table.rows
    for r in (1, 2):  # the header repeats on the next page; the merged group cell prints nothing there
        rows[r] = [cell.model_copy(update={"page": 4}) for cell in rows[r]]
    rows[2][0] = rows[2][0].model_copy(update={"merged_from": (1, 0)})
    found = _found(table)
    assert [(f[0], f[1], f[2], f[3], f[4], f[6]) for f in found] == [
        # the substance names the value, the food restricts it
        ("维生素C", "range", 120.0, 240.0, "mg/kg", ["风味发酵乳"]),
        ("维生素C", "range", 50.0, 100.0, "mg/kg", ["果泥"]),
        ("维生素C", "range", 250.0, 500.0, "mg/kg", ["果蔬汁（浆）类饮料"]),
    ]


def test_table_model_dated_sub_label_is_a_condition():  # 总磷 | 2005年12月31日前建设的 (GB 18918)
    table = _table(
        ["基本控制项目", "基本控制项目", "一级标准 > A标准"],
        [["总磷（以P计）", "2005年12月31日前建设的", "1"], ["总磷（以P计）", "2006年1月1日起建设的", "0.5"]],
        unit_line="mg/L",
        title="基本控制项目最高允许排放浓度（日均值）",
    )
    table.rows[1][0] = table.rows[1][0].model_copy(update={"merged_from": (0, 0)})
    assert [(f[0], f[2], f[6]) for f in _found(table)] == [
        ("总磷（以P计）", 1.0, ["2005年12月31日前建设的"]),
        ("总磷（以P计）", 0.5, ["2006年1月1日起建设的"]),
    ]


def test_table_model_annex_saying_where_limits_hold_binds():  # 附录A（规范性）…的使用范围和使用量
    annex = Clause(
        number="A", title="营养强化剂的使用范围和使用量", kind="annex", level=1, normative=True,
        page_start=4, page_end=5,
        children=[
            Clause(
                number="A.1", title="", kind="annex_clause", level=2, page_start=4, page_end=4,
                text="营养强化剂的使用范围和使用量见表A.1。",
            )
        ],
    )  # fmt: skip
    scope = Clause(
        number="1", title="范围", kind="chapter", level=1, page_start=3, page_end=3, text="本标准…"
    )
    document = _doc().model_copy(update={"clauses": [scope, annex]})
    chapters = requirement_chapters(document, RULES.scope)
    assert [c.number for c in chapters] == ["A"]  # 使用范围 names where the limits hold; 1 范围 stays out
    table = _table(["营养强化剂", "食品类别（名称）", "使用量"], [["钙", "调制乳", "250 mg/kg～1000 mg/kg"]])
    table = table.model_copy(update={"number": "A.1", "clause": "A.1", "pages": [4]})
    assert is_requirement_table(table, chapters, RULES)
    assert _found(table) == [("钙", "range", 250.0, 1000.0, "mg/kg", None, ["调制乳"])]


def test_table_model_migration_limits_by_material():  # GB 4806-style: 树脂名称 | 限制物质 | SML | QM
    table = _table(
        ["树脂名称", "限制物质", "SML/（mg/kg）", "QM/（mg/kg）", "其他要求"],
        [
            ["聚对苯二甲酸乙二醇酯\n（PET）", "锑", "0.04", "—", "以Sb计"],
            ["聚碳酸酯（PC）", "双酚A", "0.6", "—", "不得用于婴幼儿专用制品"],
            ["聚氯乙烯（PVC）", "氯乙烯", "—", "1", ""],
        ],
    )
    found = _found(table)
    assert [(f[0], f[1], f[2], f[4], f[6][0]) for f in found] == [
        ("锑", "<=", 0.04, "mg/kg", "聚对苯二甲酸乙二醇酯（PET）"),  # the material restricts, (PET) no line
        ("双酚A", "<=", 0.6, "mg/kg", "聚碳酸酯（PC）"),  # "（PC）" is no unit
        ("氯乙烯", "<=", 1.0, "mg/kg", "聚氯乙烯（PVC）"),  # a migration limit is a maximum
    ]


def test_table_model_dimensionless_rows_take_no_unit_from_the_unit_line():  # 单位：mg/L over pH, 色度
    table = _table(
        ["序号", "控制项目", "一级标准"],
        [
            ["1", "化学需氧量（COD）", "50"],
            ["2", "色度（稀释倍数）", "30"],
            ["3", "pH", "6～9"],
            ["4", "臭气浓度（无量纲）", "10"],
        ],
        unit_line="mg/L",
        caption="表1 最高允许排放浓度",
    )
    assert [(f[0], f[2], f[4]) for f in _found(table)] == [
        ("化学需氧量（COD）", 50.0, "mg/L"),
        ("色度（稀释倍数）", 30.0, None),  # a dilution factor
        ("pH", 6.0, None),
        ("臭气浓度", 10.0, None),  # "无量纲" says it has none
    ]


def test_table_model_grade_printed_before_the_quantity():  # 额定功率/kW | 2级效率/% | 3级效率/%
    table = _table(
        ["额定功率/kW", "2级效率/%", "3级效率/%"],
        [["0.75", "75.0", "72.1"]],
        intro_text="8极电动机在额定输出功率下的效率应不低于表2的规定。",
    )
    assert [f[:6] for f in _found(table)] == [
        ("效率", ">=", 75.0, None, "%", "2级"),
        ("效率", ">=", 72.1, None, "%", "3级"),
    ]


def test_table_model_grade_of_product_in_a_name_is_no_grade_before_it():  # twin: 一级品率 is one quantity
    table = _table(["产品类别", "一级品率/% ≥"], [["釉面砖", "90"]])
    assert [(f[0], f[2], f[5]) for f in _found(table)] == [("一级品率", 90.0, None)]
    assert (read_head(["一级品率/%"], RULES).name, read_head(["2级效率/%"], RULES).grade) == (
        "一级品率",
        "2级",
    )


def test_table_model_column_measuring_a_quantity_of_its_own():  # GB 5749 表2: 与水接触时间 of 游离氯
    table = _table(
        ["指标", "与水接触时间/min", "出厂水和末梢水限值/(mg/L)", "出厂水余量/(mg/L)"],
        [["游离氯", "≥30", "2", "≥0.3"]],
        intro_text="出厂水和末梢水中消毒剂的限值和余量应符合表2的规定。",
    )
    assert [(f[0], f[1], f[2], f[4], f[6][0]) for f in _found(table)] == [
        ("与水接触时间", ">=", 30.0, "min", "游离氯"),  # a time is no amount of chlorine
        ("游离氯", "<=", 2.0, "mg/L", "出厂水和末梢水限值"),  # 限值: a maximum
        ("游离氯", ">=", 0.3, "mg/L", "出厂水余量"),
    ]


def test_table_model_time_column_of_bare_numbers_is_a_condition():  # twin of GB 5749's 与水接触时间 ≥30
    # A time column printing bare numbers beside limits of another kind says over which time (or how
    # often) the row's limits hold: a condition of them, never a limit "= 24 h" of its own.
    table = _table(
        ["项目", "浓度限值/(mg/m³)", "监测时间/h"], [["二氧化硫", "0.15", "24"], ["二氧化氮", "0.08", "1"]]
    )
    assert [(f[0], f[1], f[2], f[4], f[6][0]) for f in _found(table)] == [
        ("二氧化硫", "<=", 0.15, "mg/m³", "监测时间24 h"),
        ("二氧化氮", "<=", 0.08, "mg/m³", "监测时间1 h"),
    ]
    table = _table(["项目", "指标/%", "检测周期/d"], [["合格率", "≥95", "7"]])
    assert _found(table) == [("合格率", ">=", 95.0, None, "%", None, ["检测周期7 d"])]
    # negative twins: cells printing bounds (GB 5749 表2, test above), a header printing the bound
    # ("采样时间/h ≥", test_table_model_value_columns_naming_a_time_are_no_condition_columns), and a
    # table whose value columns are all times (grades in minutes): values, each of its own
    table = _table(["项目", "一级/min", "二级/min"], [["响应时间 ≤", "30", "60"]])
    assert [(f[0], f[2], f[5]) for f in _found(table)] == [
        ("响应时间", 30.0, "一级"),
        ("响应时间", 60.0, "二级"),
    ]


def test_table_model_category_column_of_a_transposed_table_restricts():  # review: substance_first
    # 区域 | 故障类别 | 到达现场时间/min: the value column names the indicator, so both label columns
    # are classes of the row; the category column (类别) is a condition too, never dropped.
    table = _table(
        ["区域", "故障类别", "到达现场时间/min"], [["市区", "困人故障", "≤30"], ["郊区", "困人故障", "≤60"]]
    )
    assert _found(table) == [
        ("到达现场时间", "<=", 30.0, None, "min", None, ["市区", "困人故障"]),
        ("到达现场时间", "<=", 60.0, None, "min", None, ["郊区", "困人故障"]),
    ]
    table = _table(["额定功率P/W", "产品类别", "热效率/%"], [["P≤400", "电饭锅", "≥80"]])
    assert _found(table) == [("热效率", ">=", 80.0, None, "%", None, ["P≤400 W", "电饭锅"])]
    # negative twin: a substance column before its foods under a value word (GB 14880 营养强化剂 |
    # 食品类别（名称） | 使用量) still names the indicator, the food restricting it once
    table = _table(["营养强化剂", "食品类别（名称）", "使用量"], [["钙", "调制乳", "250 mg/kg～1000 mg/kg"]])
    assert _found(table) == [("钙", "range", 250.0, 1000.0, "mg/kg", None, ["调制乳"])]


def test_table_model_grade_header_printing_its_unit():  # "优等品/%", "一级（%）": still the grade
    table = _table(["项目", "优等品/%", "合格品/%"], [["水分 ≤", "12", "14"]])
    assert _found(table) == [
        ("水分", "<=", 12.0, None, "%", "优等品", []),
        ("水分", "<=", 14.0, None, "%", "合格品", []),
    ]
    table = _table(["项目", "一级（%）", "二级（%）"], [["满意率 ≥", "95", "90"]])
    assert [(f[0], f[2], f[4], f[5]) for f in _found(table)] == [
        ("满意率", 95.0, "%", "一级"),
        ("满意率", 90.0, "%", "二级"),
    ]
    # negative twin: a quantity printing its unit under a grade (力学性能 > 优等品 > 拉伸强度/MPa) is no
    # grade, and a header naming a quantity with its unit (水分/%) across the columns is the name
    assert read_head(["优等品", "拉伸强度/MPa"], RULES).grade == "优等品"
    assert read_head(["优等品", "拉伸强度/MPa"], RULES).name == "拉伸强度"
    assert (read_head(["水分/%"], RULES).name, read_head(["水分/%"], RULES).grade) == ("水分", None)
    assert read_head(["一级/min"], RULES).grade == "一级" and read_head(["一级/min"], RULES).unit == "min"


def test_table_model_values_under_a_header_word_of_labels():  # "项目 | 技术参数"
    # 参数 heads a label column ("参数 | 指标"); after the row labels, over numbers, it heads the values
    table = _table(["项目", "技术参数"], [["额定电压/V", "220"], ["功率/W", "≤800"]])
    assert _found(table) == [
        ("额定电压", "=", 220.0, None, "V", None, []),
        ("功率", "<=", 800.0, None, "W", None, []),
    ]
    # negative twin: "参数 | 指标" as before, 参数 the label column
    table = _table(["参数", "指标"], [["额定电压/V", "220"]])
    assert _found(table) == [("额定电压", "=", 220.0, None, "V", None, [])]


def test_table_model_condition_column_headed_condition():  # "项目 | 条件 | 指标"
    table = _table(
        ["项目", "条件", "指标"], [["跌落", "1 m高度", "无破裂"], ["耐压", "0.5 MPa，1 min", "无泄漏"]]
    )
    assert [(f[0], f[1], f[6]) for f in _found(table)] == [
        ("跌落", "qualitative", ["1 m高度"]),  # the test's setting, no "= 0.5 MPa"
        ("耐压", "qualitative", ["0.5 MPa，1 min"]),
    ]
    # negative twin: a column after the limits (允许偏差) stays a column of values
    table = _table(["项目", "指标", "允许偏差"], [["长度/mm", "600", "±0.5"]])
    assert [f[1] for f in _found(table)] == ["=", "tolerance"]


def test_table_model_minimum_column_of_not_specified_cells_is_no_label():  # 最小值 over N.S., N.S.
    # A 最小值 column whose cells are mostly "N.S." is a bound's column, not a column of names beside
    # the labels (as 致病菌指标 before n | c | m | M is: the twin,
    # test_table_model_plan_table_with_a_category_and_an_item_column)
    table = _table(
        ["营养素", "每100 kJ > 最小值", "每100 kJ > 最大值"],
        [["牛磺酸/(mg)", "N.S.", "30"], ["左旋肉碱/(mg)", "1.2", "24"], ["咖啡因/(mg)", "N.S.", "4.8"]],
    )
    assert [(f[0], f[1], f[2], f[3]) for f in _found(table)] == [
        ("牛磺酸", "<=", 30.0, None),
        ("左旋肉碱", "range", 1.2, 24.0),
        ("咖啡因", "<=", 4.8, None),
    ]


def test_table_model_unit_printed_with_a_space_after_its_number():  # "能量" over "kJ/100 g"
    assert read_head(["能量", "kJ/100 g"], RULES).unit == "kJ/100 g"
    assert read_head(["能量/kJ/100 g"], RULES).unit == "kJ/100 g"  # not "kJ/100" and "g"
    # negative twins: a unit after the name set off by a space, a unit word after a CJK name
    assert read_head(["限量 mg/kg"], RULES).unit == "mg/kg" and read_head(["耗电量 kWh"], RULES).unit == "kWh"


def test_table_model_quality_control_table_names_its_statistics():  # HJ 项目 | 控制指标 | 频次
    table = _table(
        ["项目", "控制指标", "频次"],
        [
            ["校准曲线相关系数", "≥ 0.999", "每次分析"],
            ["校准曲线中间点核查", "相对误差在±10%以内", "每批样品1次"],
            ["实验室平行样", "相对偏差≤ 10%", "每批样品10%"],
            ["样品加标", "加标回收率85%～115%", "每批样品10%"],
        ],
    )
    assert [(f[0], f[1], f[2], f[3], f[4], f[6]) for f in _found(table)] == [
        (
            "相关系数",
            ">=",
            0.999,
            None,
            None,
            ["校准曲线"],
        ),  # the statistic; what it is computed on restricts
        ("相对误差", "range", -10.0, 10.0, "%", ["校准曲线中间点核查"]),  # within ±10%: -10..10
        ("相对偏差", "<=", 10.0, None, "%", ["实验室平行样"]),  # the cell names it, the check restricts
        ("加标回收率", "range", 85.0, 115.0, "%", ["样品加标"]),
    ]  # 频次 after the limits: when the check is run, no value
    # negative twins: a statistic saying which kind it is stays whole, a plain cell keeps the row's name,
    # a frequency as the only value column is the requirement (物业服务 项目 | 频次), a lead word that is no
    # statistic is the line's condition ("早餐≤20 min" / "正餐≤35 min")
    table = _table(["项目", "指标"], [["实验室内相对标准偏差/%", "≤ 5"], ["实验室平行样/%", "≤ 10"]])
    assert [(f[0], f[6]) for f in _found(table)] == [("实验室内相对标准偏差", []), ("实验室平行样", [])]
    table = _table(["项目", "频次"], [["楼道清扫", "每日不少于1次"]])
    assert [(f[0], f[1], f[2]) for f in _found(table)] == [("楼道清扫", ">=", 1.0)]
    table = _table(["服务项目", "要求"], [["客房送餐", "早餐≤20 min\n正餐≤35 min"]])
    assert [(f[0], f[2], f[6]) for f in _found(table)] == [
        ("客房送餐", 20.0, ["早餐"]),
        ("客房送餐", 35.0, ["正餐"]),
    ]


def test_table_model_column_of_classes_by_a_declared_symbol():  # 类型 | 额定容量V/L | 吸水率 | 噪声
    # "额定容量V/L" declares the symbol V and its cells compare V with numbers: classes of the row
    # (stated with the unit), each line with the value line beside it; one value beside both holds
    # for each; a dash class states nothing.
    table = _table(
        ["类型", "额定容量V/L", "吸水率/(L/min)", "噪声/dB"],
        [["桶式", "V≤15\nV＞15", "≥ 8\n≥ 12", "≤ 84"], ["立式", "—", "≥ 5", "≤ 80"]],
    )
    assert [(f[0], f[2], f[6]) for f in _found(table)] == [
        ("吸水率", 8.0, ["V≤15 L", "桶式"]),
        ("吸水率", 12.0, ["V＞15 L", "桶式"]),
        ("噪声", 84.0, ["V≤15 L", "桶式"]),
        ("噪声", 84.0, ["V＞15 L", "桶式"]),
        ("吸水率", 5.0, ["立式"]),
        ("噪声", 80.0, ["立式"]),
    ]
    # negative twin: a column naming a quantity with a symbol whose cells are limits stays values
    table = _table(["类型", "额定容量V/L", "噪声/dB"], [["桶式", "≥15", "≤ 84"]])
    assert [(f[0], f[1], f[2]) for f in _found(table)] == [("额定容量", ">=", 15.0), ("噪声", "<=", 84.0)]


def test_table_model_review_twins_of_the_header_shapes():  # second reading of e3f691a
    # a requirement column headed 技术条件 / 验收条件 / 判定条件 holds the requirements (no condition column)
    table = _table(["项目", "技术条件"], [["外观", "表面光滑，无裂纹"], ["硬度/HRC", "≥45"]])
    assert [(f[0], f[1], f[2]) for f in _found(table)] == [
        ("外观", "qualitative", None),
        ("硬度", ">=", 45.0),
    ]
    table = _table(["项目", "验收条件"], [["尺寸偏差/mm", "±0.5"]])
    assert [(f[0], f[1]) for f in _found(table)] == [("尺寸偏差", "tolerance")]
    table = _table(["项目", "判定条件"], [["外观", "无裂纹"], ["水分/%", "≤12"]])
    assert [(f[0], f[1]) for f in _found(table)] == [("外观", "qualitative"), ("水分", "<=")]
    # a quantity ending in 级 that prints its unit or sign is that quantity, no grade (GB 19606-style noise)
    assert (read_head(["声功率级/dB(A)"], RULES).name, read_head(["声功率级/dB(A)"], RULES).grade) == (
        "声功率级",
        None,
    )
    assert read_head(["项目", "声压级 ≤"], RULES).grade is None
    table = _table(["额定功率/W", "声功率级/dB(A)"], [["≤500", "62"]])
    assert [(f[0], f[2], f[4], f[5]) for f in _found(table)] == [("声功率级", 62.0, "dB(A)", None)]
    table = _table(["区域", "等效声级/dB(A)"], [["居住区", "≤55"]])
    assert [(f[0], f[1], f[2], f[5], f[6]) for f in _found(table)] == [
        ("等效声级", "<=", 55.0, None, ["居住区"])
    ]
    # a list of codes or classes after its labels states no limit: only a parameter word heads values
    assert _found(_table(["食品类别", "食品分类号"], [["乳及乳制品", "01.0"], ["调制乳", "01.01"]])) == []
    assert _found(_table(["品种", "强度等级"], [["硅酸盐水泥", "42.5"]])) == []


def test_table_model_frequency_in_hertz_is_no_schedule():  # twin of the 频次 column
    table = _table(["型号", "额定电压/V", "频率"], [["A", "220", "50 Hz"]])
    assert [(f[0], f[2], f[4]) for f in _found(table)] == [("额定电压", 220.0, "V"), ("频率", 50.0, "Hz")]


# Notes under the table that say how its bare values read (typeset dev split, session 11).


def test_table_model_note_says_which_rows_are_minima():  # "注：表中脂肪、蛋白质和总固形物指标为最小值"
    table = _table(
        ["项目", "指标 > 全乳脂", "指标 > 植脂"],
        [
            ["脂肪/(g/100 g)", "8.0", "5.0"],
            ["蛋白质/(g/100 g)", "2.5", "2.2"],
            ["膨胀率/%", "10～140", "10～140"],
        ],
        notes=["注：表中脂肪和蛋白质指标为最小值；膨胀率不适用于软质冰淇淋。"],
    )
    found = {(f[0], f[1], f[2], f[6][0]) for f in _found(table)}
    assert ("脂肪", ">=", 8.0, "全乳脂") in found and ("蛋白质", ">=", 2.2, "植脂") in found
    assert ("膨胀率", "range", 10.0, "全乳脂") in found  # a row the note does not name keeps its reading
    lead = [["铅（以Pb计）/(mg/kg)", "0.5"]]
    every = _table(["项目", "指标"], lead, notes=["注：表中所列数值均为最大值。"])
    assert [f[:3] for f in _found(every)] == [("铅（以Pb计）", "<=", 0.5)]  # no name: every row, bracket kept


def test_table_model_note_on_bounds_negative_twins():  # the rule must not touch these
    # a printed sign wins over the note; a note naming a value (最小值为…) is the footnote-value rule's;
    # a sentence not opening with 表中 ("检验结果为最大值") says nothing of the table's rows
    signed = _table(["项目", "指标"], [["脂肪/%", "≤8.0"]], notes=["注：表中脂肪指标为最小值。"])
    assert [f[:3] for f in _found(signed)] == [("脂肪", "<=", 8.0)]
    for note in ("注：表中脂肪的最小值为每100 g 3.0 g。", "注：结果取三次测定中的最大值。"):
        plain = _table(["项目", "指标"], [["脂肪/%", "8.0"]], notes=[note])
        assert [f[:3] for f in _found(plain)] == [("脂肪", "=", 8.0)]


def test_table_model_footnote_gives_its_row_a_unit():  # GB 14882: "鲜乳ᵃ", "a 鲜乳的单位为贝可每升（Bq/L）"
    table = _table(
        ["食品类别", "氚", "锶-90"],
        [["大米", "2.1×10⁵", "96"], ["鲜乳a", "8.8×10⁴", "40"]],
        caption="食品中放射性核素限制浓度",
        unit_line="贝可每千克",
        notes=["a 鲜乳的单位为贝可每升（Bq/L）。"],
    )
    found = {(f[0], f[2], f[4], tuple(f[6])) for f in _found(table)}
    assert ("锶-90", 40.0, "Bq/L", ("鲜乳",)) in found  # the unit, and no condition of the note
    assert ("锶-90", 96.0, "Bq/kg", ("大米",)) in found
    nitrate = [["硝酸盐a", "≤50"]]
    rows = _table(["项目", "指标"], nitrate, unit_line="毫克每千克", notes=["a 单位为毫克每升。"])
    assert [(f[0], f[4], f[6]) for f in _found(rows)] == [("硝酸盐", "mg/L", [])]  # item rows, words spelt


def test_table_model_footnote_on_units_negative_twins():
    # a footnote saying more than the unit (a basis, a condition) stays a condition, the unit the table's
    for note in ("a 鲜乳以鲜重计。", "a 鲜乳的单位为贝可每升（Bq/L），仅适用于液态乳。"):
        table = _table(
            ["食品类别", "氚"], [["鲜乳a", "8.8×10⁴"]], caption="食品中放射性核素限制浓度",
            unit_line="贝可每千克", notes=[note],
        )  # fmt: skip
        [(name, unit, conditions)] = [(f[0], f[4], f[6]) for f in _found(table)]
        assert unit == "Bq/kg" and len(conditions) == 2, (note, unit, conditions)


def test_table_model_unmarked_note_gives_named_rows_a_unit():  # "注：菌落总数、大肠菌群的单位为CFU/g"
    # a microbiological plan table (n | c | m | M) has no room for a unit: an unmarked note names
    # the rows it is for; a row the note does not name keeps the table's unit (or none)
    table = _table(
        ["项目", "采样方案及限量 > n", "采样方案及限量 > c", "采样方案及限量 > m", "采样方案及限量 > M"],
        [
            ["菌落总数", "5", "2", "10⁴", "10⁵"],
            ["大肠菌群", "5", "2", "10", "10²"],
            ["霉菌", "5", "2", "50", "100"],
        ],
        caption="微生物限量",
        notes=["注：菌落总数、大肠菌群的单位为CFU/g。"],
    )
    units = {(f[0], f[4]) for f in _found(table)}
    assert units == {("菌落总数", "CFU/g"), ("大肠菌群", "CFU/g"), ("霉菌", None)}
    # over a table's own unit line the note is the exception for the rows it names
    ruled = _table(
        ["项目", "指标"], [["铅（以Pb计）", "0.5"], ["菌落总数", "1000"]], unit_line="毫克每千克",
        notes=["注1：表中菌落总数的单位为CFU/g；注2：检验方法见第5章。"],
    )  # fmt: skip
    assert [(f[0], f[4]) for f in _found(ruled)] == [("铅（以Pb计）", "mg/kg"), ("菌落总数", "CFU/g")]


def test_table_model_unmarked_note_on_units_negative_twins():
    # a note saying more than the unit, a note naming no row, a row's own printed unit: unchanged
    notes = ("注：菌落总数的单位为CFU/g，液态产品为CFU/mL。", "注：单位为CFU/g。", "注：菌落总数以CFU/g计。")
    for note in notes:
        table = _table(["项目", "指标"], [["菌落总数", "1000"]], unit_line="毫克每千克", notes=[note])
        assert [f[4] for f in _found(table)] == ["mg/kg"], note
    printed = _table(["项目", "指标"], [["菌落总数/(CFU/mL)", "1000"]], notes=["注：菌落总数的单位为CFU/g。"])
    assert [f[4] for f in _found(printed)] == ["CFU/mL"]


def test_table_model_unit_row_keeps_a_bracket_of_its_own():  # "噪声" over "dB(A)" in a ruled unit row
    assert read_head(["噪声", "dB(A)"], RULES).unit == "dB(A)"
    # twins: brackets wrapped round the unit are no part of it
    assert read_head(["蛋白质", "(g/100g)"], RULES).unit == "g/100g"
    assert read_head(["铅", "/(mg/kg)"], RULES).unit == "mg/kg"


def test_table_model_sugar_grades_open_with_refined():  # GB/T 317: 精制 | 优级 | 一级 | 二级
    table = _table(
        ["项目", "指标 > 精制", "指标 > 优级", "指标 > 一级"],
        [["蔗糖分/% ≥", "99.8", "99.7", "99.6"]],
    )
    assert [(f[0], f[2], f[5], f[6]) for f in _found(table)][:2] == [
        ("蔗糖分", 99.8, "精制", []),
        ("蔗糖分", 99.7, "优级", []),
    ]
    # twin: a kind of salt graded under it (GB/T 5461 精制盐 over 优级 | 一级) is a kind, not a grade
    salt = _table(["项目", "精制盐 > 优级", "精制盐 > 一级"], [["氯化钠/(g/100g) ≥", "99.1", "98.5"]])
    assert [(f[5], f[6]) for f in _found(salt)] == [("优级", ["精制盐"]), ("一级", ["精制盐"])]


def test_table_model_kind_of_product_over_its_grades():  # "干黄酒" over 优级 | 一级, "精制盐" over 优级
    table = _table(
        ["项目", "干黄酒 > 优级", "干黄酒 > 一级", "半干黄酒 > 优级"],
        [["总糖/(g/L) ≤", "15.0", "15.0", "40.0"]],
    )
    assert [(f[0], f[2], f[5], f[6]) for f in _found(table)] == [
        ("总糖", 15.0, "优级", ["干黄酒"]),
        ("总糖", 15.0, "一级", ["干黄酒"]),
        ("总糖", 40.0, "优级", ["半干黄酒"]),
    ]
    # twins: a header saying "the values" (指标), a section (理化指标), a grade over grades (一级标准 over
    # A标准, GB 18918) and a quantity printing its unit over grades (热效率/%) restrict nothing
    for top in ("指标", "理化指标", "技术要求"):
        plain = _table(["项目", f"{top} > 优级", f"{top} > 一级"], [["水分/% ≤", "12.0", "13.0"]])
        assert [(f[5], f[6]) for f in _found(plain)] == [("优级", []), ("一级", [])], top
    grades = _table(["项目", "一级标准 > A标准", "一级标准 > B标准"], [["COD/(mg/L)", "50", "60"]])
    assert [(f[5], f[6]) for f in _found(grades)] == [("一级标准/A标准", []), ("一级标准/B标准", [])]
    quantity = _table(["项目", "热效率/% > 1级", "热效率/% > 2级"], [["电饭锅", "90", "86"]])
    assert all("热效率" not in " ".join(f[6]) for f in _found(quantity))


def test_table_model_variant_column_printing_its_unit():  # GB 4806: "SML /（mg/kg）" | "QM/（mg/kg）"
    table = _table(["项目", "SML /（mg/kg）", "QM/（mg/kg）"], [["氯乙烯", "0.5", "1"]])
    assert [(f[0], f[4], f[6]) for f in _found(table)] == [
        ("氯乙烯", "mg/kg", ["SML"]),
        ("氯乙烯", "mg/kg", ["QM"]),
    ]


def test_table_model_sub_label_under_a_stated_quantity_is_a_condition():  # GB/T 22864-style towels
    # "断裂强力/N ≥" spanning "经向" | "纬向" in a second label column: the quantity is stated whole (its
    # unit, its sign), the sub-label is the direction it is measured in; the parent's sign holds for both
    table = _table(
        ["项目 > 项目", "项目 > 项目", "要求 > 优等品", "要求 > 一等品"],
        [
            ["断裂强力/N ≥", "经向", "250", "200"],
            ["断裂强力/N ≥", "纬向", "200", "180"],
            ["耐摩擦色牢度/级 ≥", "干摩", "4", "4"],
            ["尺寸偏差率/%", "长度", "±2.0", "±3.0"],
        ],
    )
    found = [(f[0], f[1], f[2], f[4], f[5], f[6]) for f in _found(table)]
    assert ("断裂强力", ">=", 250.0, "N", "优等品", ["经向"]) in found
    assert ("断裂强力", ">=", 180.0, "N", "一等品", ["纬向"]) in found
    assert ("耐摩擦色牢度", ">=", 4.0, "级", "优等品", ["干摩"]) in found
    assert ("尺寸偏差率", "tolerance", None, "%", "优等品", ["长度"]) in found


def test_table_model_sub_label_under_a_stated_quantity_negative_twins():
    # a sub-item printing its own unit, a 其中 row, and a group stating no unit keep the joined name
    table = _table(
        ["项目 > 项目", "项目 > 项目", "指标"],
        [
            ["杂质/%", "总量/%", "≤0.25"],
            ["碎米/%", "其中：小碎米", "≤1.0"],
            ["老化前", "抗张强度", "≥12.5"],
        ],
    )
    names = [(f[0], f[6]) for f in _found(table)]
    assert names == [("杂质/总量", []), ("碎米/小碎米", []), ("老化前/抗张强度", [])]
    # a statistic or a place under a stated quantity names a quantity of its own (the generator's tables)
    table = _table(
        ["项目 > 项目", "项目 > 项目", "指标"],
        [
            ["吸水率/% ≤", "平均值", "0.5"],
            ["吸水率/% ≤", "单个值", "0.6"],
            ["游离氯/(mg/L) ≥", "出厂水", "0.3"],
        ],
    )
    assert [(f[0], f[1], f[6]) for f in _found(table)] == [
        ("吸水率/平均值", "<=", []),
        ("吸水率/单个值", "<=", []),
        ("游离氯/出厂水", ">=", []),
    ]
    # one label column stacking sub-items (GB 19645 "蛋白质/(g/100g)" over "牛乳 ≥" / "羊乳 ≥"): joined
    stacked = _table(["项目", "指标"], [["蛋白质/(g/100g)\n牛乳 ≥\n羊乳 ≥", "\n2.9\n2.8"]])
    assert [f[0] for f in _found(stacked)] == ["蛋白质/牛乳", "蛋白质/羊乳"]


def test_table_model_kind_over_grades_review_twins():  # review of bc4a2af: headers that are no kind
    for top in ("等级", "质量等级", "级别", "规格", "出厂检验"):
        table = _table(["项目", f"{top} > 优级", f"{top} > 一级"], [["水分/% ≤", "12.0", "13.0"]])
        assert [(f[5], f[6]) for f in _found(table)] == [("优级", []), ("一级", [])], top
    energy = _table(["项目", "耗电量 > 1级", "耗电量 > 2级"], [["冷藏冷冻箱", "0.45", "0.55"]])
    assert all("耗电量" not in f[6] for f in _found(energy))  # the indicator over its grades is no kind
    # twins: kinds stay conditions
    for kind in ("精制盐", "红茶", "A型"):
        table = _table(["项目", f"{kind} > 优级", f"{kind} > 一级"], [["水分/% ≤", "12.0", "13.0"]])
        assert [(f[5], f[6]) for f in _found(table)] == [("优级", [kind]), ("一级", [kind])], kind


def test_table_model_footnote_unit_review_twins():  # review of 6cef087: the bracket, and whose unit
    def read(label: str, note: str):
        table = _table(["项目", "指标"], [[label, "≤5.0"]], unit_line="毫克每千克", notes=[note])
        return [(f[4], f[6]) for f in _found(table)]

    assert read("脂肪a", "a 脂肪的单位为g/100 g（以干基计）。") == [("g/100 g", ["以干基计"])]
    assert read("乙醇a", "a 单位为%（体积分数）。") == [("%", ["体积分数"])]
    # the words before 的 name a product, not the marked row: the note stays a condition, the unit the table's
    assert read("菌落总数a", "a 液态产品的单位为CFU/mL。") == [("mg/kg", ["液态产品的单位为CFU/mL"])]
    # twins: the row's own unit note
    assert read("鲜乳a", "a 鲜乳的单位为贝可每升（Bq/L）。") == [("Bq/L", [])]
    assert read("硝酸盐a", "a 单位为毫克每升。") == [("mg/L", [])]


def test_table_model_category_rows_need_labels_set_flush_left():  # review of 27de1f9: centred labels
    # labels centred in their column start where their length puts them: a short label right of a long
    # blank one is no item of it (乳及乳制品 0.2 / 生乳 / 鲜乳 after 蔬菜及其制品 and 叶菜 / 根茎类蔬菜)
    foods = [
        "谷物及其制品",
        "大米",
        "小麦粉",
        "蔬菜及其制品",
        "叶菜",
        "根茎类蔬菜",
        "乳及乳制品",
        "生乳",
        "鲜乳",
    ]
    values = ["", "0.2", "0.1", "", "0.3", "0.1", "0.2", "0.05", "0.05"]
    centred = [[100.0 - 5.0 * len(food), 200.0] for food in foods]  # centred on x=100, 10 pt a character
    table = _table(
        ["食品类别", "限量/(mg/kg)"],
        [list(p) for p in zip(foods, values, strict=True)],
        centred,
        detection="text",
    )
    table = table.model_copy(update={"title": "食品中铅限量指标"})
    conditions = [f[6] for f in _found(table)]
    assert ["生乳"] in conditions and ["鲜乳"] in conditions and ["乳及乳制品"] in conditions
    assert not any("/" in c for cs in conditions for c in cs)
    # twin: the same foods set flush left, the items indented an em: the categories are parents
    flush = [
        [10.0 if value == "" or food in ("乳及乳制品",) else 20.0, 200.0]
        for food, value in zip(foods, values, strict=True)
    ]
    table = _table(
        ["食品类别", "限量/(mg/kg)"],
        [list(p) for p in zip(foods, values, strict=True)],
        flush,
        detection="text",
    )
    table = table.model_copy(update={"title": "食品中铅限量指标"})
    conditions = [f[6] for f in _found(table)]
    assert ["谷物及其制品/大米"] in conditions and ["蔬菜及其制品/根茎类蔬菜"] in conditions


def test_table_model_grade_as_a_second_label_column():  # review of 94a530c: "含水率/%" | 一级 / 二级
    table = _table(
        ["项目 > 项目", "项目 > 项目", "指标"],
        [["含水率/% ≤", "一级", "12"], ["含水率/% ≤", "二级", "14"], ["断裂强力/N ≥", "经向", "250"]],
    )
    assert [(f[0], f[1], f[2], f[5], f[6]) for f in _found(table)] == [
        ("含水率", "<=", 12.0, "一级", []),
        ("含水率", "<=", 14.0, "二级", []),
        ("断裂强力", ">=", 250.0, None, ["经向"]),  # twin: a direction stays a condition
    ]


def test_table_model_group_with_a_unit_over_substances_is_no_stated_quantity():  # review of 94a530c
    table = _table(
        ["项目 > 项目", "项目 > 项目", "指标"],
        [
            ["污染物限量/(mg/kg)", "铅", "0.5"],
            ["重金属/(mg/kg) ≤", "镉", "0.1"],
            ["微生物/(CFU/g)", "菌落总数", "1000"],
        ],
    )
    found = _found(table)
    assert all(f[6] == [] for f in found)  # the substance is no condition of the group
    assert [f[0].split("/")[-1] for f in found] == ["铅", "镉", "菌落总数"]


def test_table_model_rows_of_a_band_without_rules_between_them():  # rows set as lines of one cell band
    # a table ruled only between groups of rows (组分 | 项目 | 指标 | 检验方法): line n of each cell is row n
    table = _table(
        ["组分", "项目", "指标", "检验方法"],
        [
            ["干米粉", "水分/(g/100 g) ≤\n酸度/(°T) ≤\n铝的残留量（以Al计）/(mg/kg)", "14.0\n12\n不得检出",
             "GB 5009.3\nGB 5009.239\nGB 5009.182"],
            ["汤料包", "过氧化值（以脂肪计）/(g/100 g) ≤\n食盐（以NaCl计）/(g/100 g)", "0.25\n8.0～15.0",
             "GB 5009.227\nGB 5009.44"],
        ],
    )  # fmt: skip
    assert _found(table) == [
        ("水分", "<=", 14.0, None, "g/100 g", None, ["干米粉"]),
        ("酸度", "<=", 12.0, None, "°T", None, ["干米粉"]),
        ("铝的残留量（以Al计）", "not_detected", None, None, None, None, ["干米粉"]),
        ("过氧化值（以脂肪计）", "<=", 0.25, None, "g/100 g", None, ["汤料包"]),
        ("食盐（以NaCl计）", "range", 8.0, 15.0, "g/100 g", None, ["汤料包"]),
    ]
    methods = [i.test_method for i in table_to_indicators(table, _doc())]
    assert methods == ["GB 5009.3", "GB 5009.239", "GB 5009.182", "GB 5009.227", "GB 5009.44"]


def test_table_model_rows_of_a_band_negative_twins():
    # a label wrapped over two lines prints its unit once, on the last: one row, not two
    wrapped = _table(["项目", "指标"], [["酸价（以脂肪计）\n（KOH）/(mg/g) ≤", "3.0"]])
    assert [f[:5] for f in _found(wrapped)] == [("酸价（以脂肪计）（KOH）", "<=", 3.0, None, "mg/g")]
    # lines of a label cell that are parts of one name, with no unit or sign of their own: no split
    sub_items = _table(["项目", "指标"], [["蛋白质/(g/100g)\n牛乳 ≥\n羊乳 ≥", "2.9\n2.8"]])
    assert [f[0] for f in _found(sub_items)] == ["蛋白质/牛乳", "蛋白质/羊乳"]
    # sub-items printing a sign alone under a parent on the row above (second reader's probe): not rows
    # of a band, read as before (parent and sub-item)
    parent = _table(["项目", "指标"], [["蛋白质/(g/100 g)", ""], ["牛乳 ≥\n羊乳 ≥", "2.9\n2.8"]])
    assert not any(f[0] in ("牛乳", "羊乳") for f in _found(parent))
    grades = _table(["项目", "指标"], [["纯度/%", ""], ["优级品 ≥\n一级品 ≥", "99.5\n99.0"]])
    assert not any(f[0] in ("优级品", "一级品") for f in _found(grades))
    # each line a whole label with its own unit: two rows
    band = _table(["项目", "指标"], [["总砷/(mg/kg) ≤\n无机砷/(mg/kg) ≤", "0.5\n0.2"]])
    assert [f[:5] for f in _found(band)] == [
        ("总砷", "<=", 0.5, None, "mg/kg"),
        ("无机砷", "<=", 0.2, None, "mg/kg"),
    ]
    # a part column (部件) before the items: each part a condition of the items' values
    parts = _table(["部件", "项目", "指标"], [["面板", "厚度/mm\n硬度/HV", "≥2\n≥80"]])
    assert [(f[0], f[4], f[6]) for f in _found(parts)] == [("厚度", "mm", ["面板"]), ("硬度", "HV", ["面板"])]
