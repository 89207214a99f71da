"""Table classes of session 12 (2026-12-06), found on the dev splits of corpus/press and corpus/typeset2,
each on a table built by hand beside its negative twin: value lines printed with their grade or a
bracketed condition (extract/tablelines.py), units a header or a label prints in a shape of their own,
and cells that report a value instead of bounding it."""

from __future__ import annotations

from parse.builders import body_cells

from std_extract.document import Clause, ParsedDocument, Source, Table
from std_extract.extract.labels import is_sub_item, split_label
from std_extract.extract.tableheads import read_head
from std_extract.extract.tablelines import qualified_lines
from std_extract.extract.tables import table_to_indicators
from std_extract.parse.headerlines import is_unit_row, is_unit_text
from std_extract.rules import default_rules

RULES = default_rules()


def _table(columns: list[str], body: list[list[str]], **kw) -> Table:
    """Header levels separated by " > "."""
    rows = body_cells(body)
    levels = [c.split(" > ") for c in columns]
    depth = max(len(parts) for parts in levels)
    header_rows = [[parts[min(k, len(parts) - 1)] for parts in levels] for k in range(depth)]
    return Table(
        number=kw.pop("number", "1"), pages=[3], columns=["/".join(p) for p in levels],
        header_rows=header_rows, rows=rows, clause=kw.pop("clause", "4.2"), **kw,
    )  # fmt: skip


def _found(table: Table) -> list[tuple]:
    doc = ParsedDocument(source=Source(path="x.pdf", sha256="ab" * 32, pages=4))
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for i in table_to_indicators(table, doc, RULES)
    ]


def test_table_lines_grades_stacked_in_one_cell():
    # GB 12021.9-style fan table: the 能效值 column prints both grades' values in one cell, each line
    # led by its grade, beside classes of blade diameter
    table = _table(
        ["扇叶直径D > mm", "输出风量 > m³/min", "能效值 > (m³/min)/W", "噪声 > dB(A)"],
        [["D≤200", "≥13", "1级 ≥0.85\n2级 ≥0.70", "≤56"], ["D＞400", "≥80", "1级 ≥1.20\n2级 ≥1.05", "≤67"]],
    )
    found = _found(table)
    assert ("能效值", ">=", 0.85, "(m³/min)/W", "1级", ("D≤200 mm",)) in found
    assert ("能效值", ">=", 0.70, "(m³/min)/W", "2级", ("D≤200 mm",)) in found
    assert ("能效值", ">=", 1.05, "(m³/min)/W", "2级", ("D＞400 mm",)) in found
    assert ("输出风量", ">=", 13.0, "m³/min", None, ("D≤200 mm",)) in found
    assert len(found) == 8 and not any(f[3] == "级" for f in found)  # no "1级" read as a value of 1 级


def test_table_lines_grades_stacked_in_one_cell_negative_twins():
    # bare values stacked without a grade are no graded lines; a quantity ending in 级 is no grade
    assert qualified_lines("≥0.85\n≥0.70", RULES.tables) is None
    assert qualified_lines("声压级≤60", RULES.tables) is None
    table = _table(["项目", "指标"], [["声功率级/dB(A)", "≤ 60"], ["能效等级", "2级"]])
    assert _found(table)[0] == ("声功率级", "<=", 60.0, "dB(A)", None, ())


def test_table_lines_condition_bracketed_after_each_value():
    # GB/T 10801.2-style: the thermal conductivity at two mean test temperatures, in one cell under each
    # class; GB 19300-style: a limit by form of the product ("0.50（带壳）" over "0.80（脱壳）")
    table = _table(
        ["项目", "单位", "性能指标 > X150", "性能指标 > X200"],
        [["导热系数 ≤", "W/(m·K)", "0.028（10 ℃）\n0.030（25 ℃）", "0.027（10 ℃）\n0.029（25 ℃）"]],
    )
    assert _found(table) == [
        ("导热系数", "<=", 0.028, "W/(m·K)", None, ("X150", "10 ℃")),
        ("导热系数", "<=", 0.030, "W/(m·K)", None, ("X150", "25 ℃")),
        ("导热系数", "<=", 0.027, "W/(m·K)", None, ("X200", "10 ℃")),
        ("导热系数", "<=", 0.029, "W/(m·K)", None, ("X200", "25 ℃")),
    ]  # the bracket's 10 ℃ is no second limit
    table = _table(["项目", "指标"], [["过氧化值/(g/100 g) ≤", "0.50（带壳）\n0.80（脱壳）"]])
    assert _found(table) == [
        ("过氧化值", "<=", 0.50, "g/100 g", None, ("带壳",)),
        ("过氧化值", "<=", 0.80, "g/100 g", None, ("脱壳",)),
    ]


def test_table_lines_condition_bracketed_after_each_value_negative_twins():
    # a basis, a unit, a pointer to a note in the bracket are no condition of this shape; words with a
    # bracket, and a stack of bare values, are left whole
    # a bare number in the bracket is a second value whose condition a note gives (GB 18918 "5（8）")
    for text in (
        "≤0.5（以Pb计）",
        "1.5（mg/kg）",
        "20（见注）",
        "符合GB 1234（第5章）",
        "0.028\n0.030",
        "5（8）",
    ):
        assert qualified_lines(text, RULES.tables) is None, text
    table = _table(["项目", "指标"], [["铅/(mg/kg) ≤", "0.5（以Pb计）"]])
    assert [f[:4] for f in _found(table)] == [("铅", "<=", 0.5, "mg/kg")]


def test_table_lines_unit_opening_with_its_own_bracket():
    # a fan's 能效值 in (m³/min)/W on the unit row: the bracket is the unit's own, the row still units
    assert is_unit_text("(m³/min)/W") and is_unit_row(["mm", "m³/min", "(m³/min)/W", "dB(A)"])
    # twins: brackets wrapped round a unit still go; a basis or a unit with a bracket after it is no unit
    assert is_unit_text("(mg/kg)") and is_unit_text("（Ω/km）")
    assert not is_unit_text("(以Pb计)") and not is_unit_text("(mg/kg)(干基)")


def test_table_lines_symbol_printed_before_the_unit():
    # "热水输出率μ/%": the quantity's symbol before its unit (GB/T 1.1 8.4.5), not "μ/%"
    head = read_head(["热水输出率μ/%"], RULES)
    assert (head.name, head.unit) == ("热水输出率", "%")  # the symbol is neither unit nor name
    assert (read_head(["效率 η/%"], RULES).name, read_head(["效率 η/%"], RULES).unit) == ("效率", "%")
    # twins: a unit opening with μ after a word stays whole; a name without a unit keeps its symbol
    assert (
        read_head(["限量 μg/kg"], RULES).unit == "μg/kg" and read_head(["限量μg/kg"], RULES).unit == "μg/kg"
    )
    assert read_head(["24 h固有能耗系数ε"], RULES).unit is None


def test_table_lines_unit_per_a_counted_thing_in_brackets():
    # "钠（ｍｇ/餐）": per meal, in brackets as "/(g/餐)" prints it after a slash
    label = split_label("钠（ｍｇ/餐）  ≤", RULES.values.unit_words)
    assert (label.name, label.unit, label.comparator) == ("钠", "mg/餐", "<=")
    assert split_label("钙（mg/份）", RULES.values.unit_words).unit == "mg/份"
    # twins: a basis, two states and an element symbol in brackets are no unit
    for text in ("总糖（以葡萄糖计）", "规格（干/湿）", "铅（Pb）", "固态（粉、棒、饼干）"):
        label = split_label(text, RULES.values.unit_words)
        assert label.unit is None and label.name == text, text


def test_table_lines_reported_value_states_no_requirement():
    # SH/T-style product table: "报告" (report the measured value) across the grades bounds nothing
    table = _table(
        ["项目", "质量指标 > -25号", "质量指标 > -35号"],
        [["冰点/℃ ≤", "-25", "-35"], ["储备碱度/mL", "报告", "报告"], ["外观", "清亮透明", "清亮透明"]],
    )
    found = _found(table)
    assert not any(f[0] == "储备碱度" for f in found)
    # twin: a requirement in words stays, as does a sentence that mentions a report
    assert ("外观", "qualitative", None, None, None, ("-25号",)) in found
    table = _table(["项目", "要求"], [["检验报告", "应提供型式检验报告"]])
    assert [f[:2] for f in _found(table)] == [("检验报告", "qualitative")]


def test_table_lines_minus_sign_before_a_grade_number_is_no_sub_item_dash():
    # coolant grades by freezing point ("-25号" | "-35号"): the minus is the number's, not a sub-item's dash
    table = _table(["项目", "质量指标 > -25号", "质量指标 > -35号"], [["冰点/℃ ≤", "-25", "-35"]])
    assert [f[5] for f in _found(table)] == [("-25号",), ("-35号",)]
    # twin: a dash before a word still marks a sub-item of the row above
    assert is_sub_item("— 小碎米") and not is_sub_item("-25号")


def test_table_lines_indicators_across_columns_under_an_items_header():
    # GB 19300-style: "项 目" over two levels of food categories, each value column an indicator with its
    # unit and sign: the indicators run across, the categories are the conditions
    table = _table(
        ["项目", "项目", "酸价（以脂肪计）（KOH）/(mg/g) ≤", "过氧化值（以脂肪计）/(g/100 g) ≤"],
        [["生干坚果与籽类食品", "核桃仁、松仁", "4", "0.08"], ["熟制坚果与籽类食品", "油炸类", "3", "0.50"]],
    )
    found = _found(table)  # the basis bracketed in the header goes to the conditions
    assert ("酸价（KOH）", "<=", 4.0, "mg/g", None, ("生干坚果与籽类食品/核桃仁、松仁", "以脂肪计")) in found
    assert ("过氧化值", "<=", 0.50, "g/100 g", None, ("熟制坚果与籽类食品/油炸类", "以脂肪计")) in found
    assert len(found) == 4


def test_table_lines_indicators_across_columns_under_an_items_header_negative_twins():
    # GB 5749 表2-style: rows of substances the lexicon knows beside columns of their variants keep the rows
    table = _table(
        ["项目", "出厂水中限值/(mg/L)", "出厂水中余量/(mg/L)"],
        [["游离氯", "≤2", "≥0.3"], ["总氯", "≤3", "≥0.5"]],
    )
    assert {f[0] for f in _found(table)} == {"游离氯", "总氯"}
    # one named column, or a column without unit or sign, proves nothing: rows stay items
    table = _table(["项目", "水分/%"], [["大米", "14.5"]])
    assert _found(table)[0][0] != "水分"
    table = _table(["项目", "水分", "灰分"], [["一号样", "14.5", "0.5"]])
    assert _found(table)[0][0] == "一号样"


def test_table_lines_caption_naming_the_product_before_its_quantity():
    # "表3 熟制坚果与籽类食品的水分限量" over 食品类别 | 限量 with "单位为克每100克": 水分 in g/100 g
    table = _table(
        ["食品类别", "限量"], [["油炸类", "3.0"], ["其他熟制坚果与籽类", "5.0"]],
        caption="表3 熟制坚果与籽类食品的水分限量", title="熟制坚果与籽类食品的水分限量",
        unit_line="克每100克",
    )  # fmt: skip
    assert _found(table)[0] == ("水分", "<=", 3.0, "g/100 g", None, ("油炸类",))  # 限量: a maximum
    # twins: a quantity whose own name holds 的 stays whole; a number alone is no spelt unit
    table = _table(
        ["食品类别", "限量"], [["油炸类", "3.0"]], caption="表3 坚果的酸价限量", title="坚果的酸价限量"
    )
    assert _found(table)[0][0] == "坚果的酸价"
    assert (
        RULES.tables.unit_symbol("100克") is None
        and RULES.tables.unit_symbol("毫克每千克（干基）") == "mg/kg"
    )


def test_table_lines_category_row_naming_a_kind_of_product_is_a_condition():
    # "熟制坚果与籽类食品" over 大肠菌群 and 霉菌 with their sampling plans (GB 29921-style)
    table = _table(
        ["项目", "采样方案及限量 > n", "采样方案及限量 > c", "采样方案及限量 > m", "采样方案及限量 > M"],
        [["熟制坚果与籽类食品", "", "", "", ""], ["大肠菌群/(CFU/g)", "5", "2", "10", "100"]],
    )
    found = _found(table)
    assert found[0][0] == "大肠菌群" and found[0][5][0] == "熟制坚果与籽类食品"
    # twins: a state or a part over its items stays their parent; a section names nothing
    table = _table(
        ["项目", "指标"], [["老化前", ""], ["抗张强度/MPa ≥", "12.5"], ["理化指标", ""], ["水分/% ≤", "14"]]
    )
    assert [f[0] for f in _found(table)] == ["老化前/抗张强度", "水分"]


def test_table_lines_type_of_product_over_its_quality_grades():
    # HG/T chemicals: "Ⅰ类" | "Ⅱ类" (by hydrate) over 优等品 | 一等品 | 合格品: the type a condition, the
    # grade the quality grade (two grades of different ladders in one header path)
    table = _table(
        ["项目", "指标 > Ⅰ类 > 优等品", "指标 > Ⅰ类 > 合格品", "指标 > Ⅱ类 > 优等品"],
        [["硫酸盐（以SO4计）的质量分数/% ≤", "0.50", "1.2", "0.80"]],
    )
    assert [(f[2], f[4], f[5]) for f in _found(table)] == [
        (0.50, "优等品", ("Ⅰ类",)),
        (1.2, "合格品", ("Ⅰ类",)),
        (0.80, "优等品", ("Ⅱ类",)),
    ]


def test_table_lines_type_of_product_over_its_quality_grades_negative_twins():
    # a grade divided into grades of no ladder stays one path (GB 18918 一级标准 over A标准); a class alone is
    # a grade (GB 3838 Ⅰ类 | Ⅱ类)
    table = _table(["项目", "一级标准 > A标准", "一级标准 > B标准"], [["COD/(mg/L)", "50", "60"]])
    assert [(f[4], f[5]) for f in _found(table)] == [("一级标准/A标准", ()), ("一级标准/B标准", ())]
    table = _table(["项目", "Ⅰ类", "Ⅱ类"], [["溶解氧/(mg/L) ≥", "7.5", "6"]])
    assert [(f[4], f[5]) for f in _found(table)] == [("Ⅰ类", ()), ("Ⅱ类", ())]


def test_table_lines_period_a_rate_is_counted_over_is_no_value():
    # 服务质量指标 项目 | 指标 | 统计周期 over "每季度": the period after the limits bounds nothing
    table = _table(
        ["项目", "指标", "统计周期"], [["顾客满意度/%", "≥90", "每季度"], ["投诉回复时间/h", "≤24", "—"]]
    )
    assert _found(table) == [
        ("顾客满意度", ">=", 90.0, "%", None, ()),
        ("投诉回复时间", "<=", 24.0, "h", None, ()),
    ]
    # twin: a time column measuring a quantity of its own keeps its values
    table = _table(["项目", "指标", "检测周期/d"], [["菌落总数/(CFU/mL) ≤", "100", "≤ 7"]])
    assert any(f[0] == "菌落总数" for f in _found(table))


def test_table_lines_review_sub_item_dash_before_a_number_and_brackets_that_are_no_condition():
    # review of c490949: a sub-item dash before a name opening with a number still marks a sub-item
    # (GB 17930-style 馏程 rows, cement's —0.08 mm方孔筛筛余); only "-25号", a grade's number alone, is
    # no dash
    table = _table(
        ["项目", "单位", "质量指标"],
        [
            ["馏程：", "", ""],
            ["—10%蒸发温度", "℃", "≤70"],
            ["—50%蒸发温度", "℃", "≤120"],
            ["-90%蒸发温度", "℃", "≤190"],
            ["—终馏点", "℃", "≤205"],
        ],
    )
    assert [f[0] for f in _found(table)] == [
        "馏程/10%蒸发温度",
        "馏程/50%蒸发温度",
        "馏程/90%蒸发温度",
        "馏程/终馏点",
    ]
    assert is_sub_item("—0.08 mm方孔筛筛余") and not is_sub_item("-25号") and not is_sub_item("-35 号")
    # a basis, an element or formula, a method's standard in brackets after one value is no condition
    for text in ("≥ 60（质量分数）", "≤ 2（As）", "≤ 0.05（Cr(VI)）", "≤3.0（KOH）", "≤ 12.0（GB 5009.3）"):
        assert qualified_lines(text, RULES.tables) is None, text
    table = _table(["项目", "指标"], [["有效氯/%", "≥ 60（质量分数）"], ["砷/(mg/kg)", "≤ 2（As）"]])
    assert [(f[0], f[2], f[5]) for f in _found(table)] == [("有效氯", 60.0, ()), ("砷", 2.0, ())]
    # twins: a test temperature, a product form and a statistic keep their brackets as conditions
    for text, condition in (
        ("0.028（10 ℃）", "10 ℃"),
        ("0.50（带壳）", "带壳"),
        ("≥ 10.0（平均值）", "平均值"),
    ):
        assert [line.condition for line in qualified_lines(text, RULES.tables) or []] == [condition]


def test_table_lines_table_dividing_the_product_into_sizes_bounds_nothing():
    # NY/T grading: "4.3 规格：以菌盖直径划分规格，应符合表2的规定" over 规格 | 大（L） | 中（M） | 小（S）
    from std_extract.extract.tables import is_requirement_table

    chapter = Clause(number="4", title="要求", kind="chapter", level=1, page_start=3, page_end=3)
    sizes = _table(
        ["规格", "大（L）", "中（M）", "小（S）"], [["菌盖直径/cm", "＞5.0", "3.5～5.0", "2.5～＜3.5"]],
        intro_text="规格：以菌盖直径划分规格，应符合表2的规定。", clause="4.3",
    )  # fmt: skip
    assert not is_requirement_table(sizes, [chapter], RULES)
    # twin: a table of the grades the product is divided into still states their requirements
    grades = _table(
        ["项目", "特级", "一级"], [["菌盖厚度/cm ≥", "0.8", "0.6"]],
        intro_text="等级：干香菇分为特级、一级和二级，各等级应符合表1的规定。", clause="4.2",
    )  # fmt: skip
    assert is_requirement_table(grades, [chapter], RULES)
    # second reading: grades or classes divided by a property are the limits, so is a 项目 table of sizes
    for intro in (
        "产品按理化指标划分级别，各级别应符合表1的规定。",
        "产品按抗压强度划分类别，其性能应符合表3的规定。",
    ):
        table = _table(
            ["项目", "一级", "二级"],
            [["水分/% ≤", "12.0", "13.0"], ["灰分/% ≤", "0.5", "0.7"]],
            intro_text=intro,
        )
        assert is_requirement_table(table, [chapter], RULES)
        assert is_requirement_table(table, [], RULES)
    table = _table(
        ["项目", "大（L）", "中（M）"],
        [["菌盖直径/cm", "＞5.0", "3.5～5.0"], ["菌柄长度/cm ≤", "1.0", "0.8"]],
        intro_text="规格：以菌盖直径划分规格，应符合表2的规定。", clause="4.3",
    )  # fmt: skip
    assert is_requirement_table(table, [chapter], RULES)


def test_table_lines_method_table_bound_by_its_quality_control_clause():  # pt_pahsoil_01 表2
    # an HJ method's QC clause brings in a table of acceptance ranges whose caption prints a method's word
    # (回收率): "目标物的加标回收率应在表2规定的范围内" binds it; 目标物 heads the items, each its own name
    from std_extract.extract.tables import is_requirement_table

    chapter = Clause(
        number="9", title="质量保证和质量控制", kind="chapter", level=1, page_start=3, page_end=3
    )
    recoveries = _table(
        ["序号", "目标物", "加标回收率/%"], [["1", "萘", "40～110"], ["2", "苯并[a]芘", "60～130"]],
        intro_text="9.5 基体加标：目标物的加标回收率应在表2规定的范围内。", clause="9.5",
        caption="表2 目标物的基体加标回收率控制范围", number="2", title="目标物的基体加标回收率控制范围",
    )  # fmt: skip
    assert is_requirement_table(recoveries, [chapter], RULES)
    assert [(f[0], f[1], f[2], f[3]) for f in _found(recoveries)] == [
        ("萘", "range", 40.0, "%"),
        ("苯并[a]芘", "range", 60.0, "%"),
    ]
    # twins: the method's own data (an annex's recoveries brought in by 见, another table's number, or a
    # table in no requirement chapter) stay out
    for intro, clause in (
        ("实验室对加标样品进行了测定，加标回收率见表2。", "9.5"),
        ("目标物的加标回收率应在表3规定的范围内。", "9.5"),
        ("目标物的加标回收率应在表2规定的范围内。", "7.5"),
    ):
        assert not is_requirement_table(
            recoveries.model_copy(update={"intro_text": intro, "clause": clause}), [chapter], RULES
        )


def test_table_lines_declared_value_bands_beside_allowed_deviations():  # pt_feedlabel_01 表1
    # a label's table of deviations allowed from the declared contents, by band of the declared value
    table = _table(
        ["项目", "标示的保证值", "允许偏差（绝对值）/%"],
        [["钙", "＜5.0%", "±0.3"], ["钙", "≥5.0%", "±0.6"], ["总磷", "—", "±0.15"]],
    )
    assert [(f[0], f[1], f[3], f[5]) for f in _found(table)] == [
        ("钙", "tolerance", "%", ("＜5.0%",)),
        ("钙", "tolerance", "%", ("≥5.0%",)),
        ("总磷", "tolerance", "%", ()),
    ]
    # twins: a column of guaranteed contents alone states them; so it does after the deviations
    alone = _table(["项目", "标示的保证值/%"], [["粗蛋白质", "≥18.0"]])
    assert [(f[0], f[1], f[2]) for f in _found(alone)] == [("粗蛋白质", ">=", 18.0)]
    after = _table(["项目", "允许偏差/%", "标示值/%"], [["钙", "±0.3", "≥5.0"]])
    assert len(_found(after)) == 2


def test_table_lines_column_naming_the_captions_quantity():  # pt_feedlabel_01 表2
    # "表2 净含量允许短缺量" over 标示净含量Qn/kg | 允许短缺量（Qn的百分比）/%: the column names the indicator
    table = _table(
        ["标示净含量Qn/kg", "允许短缺量（Qn的百分比）/%"], [["1＜Qn≤10", "1.5"], ["10＜Qn≤25", "1.0"]],
        caption="表2 净含量允许短缺量", title="净含量允许短缺量",
        intro_text="单件定量包装产品的实际净含量相对标示值的短缺量应不大于表2的规定。",
    )  # fmt: skip
    assert [(f[0], f[1], f[2], f[5]) for f in _found(table)] == [
        ("允许短缺量（Qn的百分比）", "<=", 1.5, ("1 kg＜Qn≤10 kg",)),
        ("允许短缺量（Qn的百分比）", "<=", 1.0, ("10 kg＜Qn≤25 kg",)),
    ]
    # twin: columns naming conditions only under a caption of a known quantity keep the caption's name
    both = _table(
        ["电梯所在区域", "困人故障/min", "一般故障/h"], [["城区", "30", "24"]],
        caption="表2 到达现场时间", title="到达现场时间",
    )  # fmt: skip
    assert {f[0] for f in _found(both)} == {"到达现场时间"}


def test_table_lines_review_item_headers_and_caption_names():  # review of c4175c4 (items, caption's tail)
    # 化合物 / 重金属 / 目标物 head items only as the whole header: a quantity's name holding one heads values
    voc = _table(
        ["产品类别", "挥发性有机化合物（VOC）含量/(g/L) ≤", "苯/(mg/kg) ≤"],
        [["水性墙面涂料", "80", "—"], ["溶剂型木器涂料", "420", "1"]],
    )
    assert [(f[0], f[2]) for f in _found(voc)] == [
        ("挥发性有机化合物（VOC）含量", 80.0),
        ("挥发性有机化合物（VOC）含量", 420.0),
        ("苯", 1.0),
    ]
    metals = _table(["产品类别", "重金属（以Pb计）/(mg/kg)", "砷（以As计）/(mg/kg)"], [["甲类", "≤10", "≤2"]])
    assert [(f[0], f[2]) for f in _found(metals)] == [("重金属", 10.0), ("砷", 2.0)]
    # twin: the whole header 重金属 over the metals names each row
    whole = _table(["重金属", "最大允许投加量/(mg/kg)"], [["汞（Hg）", "1"]])
    assert [(f[0], f[2]) for f in _found(whole)] == [("汞（Hg）", 1.0)]
    # a generic word ending the caption ("时间" of 到达现场时间) names nothing: the caption's name stays
    times = _table(
        ["故障类别", "时间/min"], [["困人故障", "30"]], caption="表2 到达现场时间", title="到达现场时间"
    )
    assert {f[0] for f in _found(times)} == {"到达现场时间"}
    limits = _table(
        ["投诉类别", "时限/d"], [["一般投诉", "3"]], caption="表3 投诉处理时限", title="投诉处理时限"
    )
    assert {f[0] for f in _found(limits)} == {"投诉处理时限"}


def test_table_lines_review_declared_values_and_bound_tables():  # review of c4175c4 (declared, bound)
    # a point nominal value stays a value; a limit column beside them takes no declared cell as condition
    nominal = _table(["项目", "标称值/mm", "允许偏差/mm"], [["长度", "200", "±2"]])
    assert ("长度", "=", 200.0, "mm") in [f[:4] for f in _found(nominal)]
    rated = _table(["项目", "标称值", "指标", "偏差"], [["额定电压/V", "220", "≥200", "±10%"]])
    assert ("额定电压", ">=", 200.0, "V", None, ()) in _found(rated)
    # a sampling or instrument table brought in by 应符合表3 in a requirement chapter stays a method table,
    # and 应在表 binds only a quality-control acceptance table (never the fallback path)
    from std_extract.extract.tables import is_requirement_table

    chapter = Clause(number="2", title="服务质量要求", kind="chapter", level=1, page_start=3, page_end=3)
    plan = _table(
        ["批量/户", "样本量/户", "合格判定数"], [["≤500", "20", "1"]],
        caption="表3 抽样方案", title="抽样方案", number="3", clause="2.2",
        intro_text="2.2 服务质量抽样检查的样本量应符合表3的规定。",
    )  # fmt: skip
    assert not is_requirement_table(plan, [chapter], RULES)
    instrument = plan.model_copy(
        update={
            "caption": "表3 仪器工作条件",
            "title": "仪器工作条件",
            "intro_text": "仪器工作条件应符合表3的规定。",
        }
    )
    assert not is_requirement_table(instrument, [chapter], RULES)
    record = plan.model_copy(
        update={
            "clause": None,
            "caption": "表C.1",
            "title": "",
            "number": "C.1",
            "intro_text": "结果应在表C.1中记录。",
        }
    )
    assert not is_requirement_table(record, [], RULES)


def test_table_lines_review_class_over_grades_is_a_condition():  # review of c4175c4 (three levels)
    # "B类" over 一级 | 二级 (a class named by its code) is each value's condition, and "A类" over a leaf "—"
    # heads its one column; twin: Ⅰ类 over 优等品 stays one condition
    table = _table(
        ["项目", "指标 > A类 > —", "指标 > B类 > 一级", "指标 > B类 > 二级"],
        [["硬度/HB ≥", "80", "90", "70"]],
    )
    assert _found(table) == [
        ("硬度", ">=", 80.0, "HB", None, ("A类",)),
        ("硬度", ">=", 90.0, "HB", "一级", ("B类",)),
        ("硬度", ">=", 70.0, "HB", "二级", ("B类",)),
    ]
    roman = _table(["项目", "指标 > Ⅰ类 > 优等品"], [["总碱量/% ≥", "99.4"]])
    assert _found(roman) == [("总碱量", ">=", 99.4, "%", "优等品", ("Ⅰ类",))]


def test_table_lines_class_under_a_quantity_of_a_grade_table():  # pt_microwave_01 表1
    # an energy-grade table: grades down the rows, 效率/% over two rated-power classes; the clause above
    # names each quantity's bound ("各等级的效率应不低于表1的规定，待机功率和关机功率应不大于表1的规定")
    intro = "各等级的效率应不低于表1的规定，待机功率和关机功率应不大于表1的规定。"
    table = _table(
        ["能效等级", "效率/% > P≤800 W", "效率/% > P＞800 W", "待机功率/W"],
        [["1级", "62", "60", "0.50"], ["3级", "56", "54", "1.00"]],
        intro_text=intro,
    )
    assert _found(table)[:3] == [
        ("效率", ">=", 62.0, "%", "1级", ("P≤800 W",)),
        ("效率", ">=", 60.0, "%", "1级", ("P＞800 W",)),
        ("待机功率", "<=", 0.5, "W", "1级", ()),
    ]  # the class's sign was the value's comparator, the class part of the name (效率/P≤800 W <= 62)
    # twins: a sign alone under the name is the values' comparator; a quantity the clause does not name
    # takes no other's bound
    signed = _table(["能效等级", "效率/% > ≥"], [["1级", "62"]], intro_text=intro)
    assert _found(signed)[0][:3] == ("效率", ">=", 62.0)
    other = _table(["能效等级", "噪声/dB(A)"], [["1级", "62"]], intro_text=intro)
    assert _found(other)[0][1] != ">="
