"""Tables without ruling, built from text alignment (detection="text"), on generated standards
(corpus/generated): header rows found (spanning headers copied over their columns), no header or
footnote rows left in the body, wrapped cells merged into their row, values in grade columns."""

from __future__ import annotations

from functools import cache

import pytest
from corpora import GENERATED

from std_extract.document import ParsedDocument, Table
from std_extract.parse import parse_pdf


@cache
def _document(name: str) -> ParsedDocument:
    path = GENERATED / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    return parse_pdf(path)


def _table(name: str, number: str) -> Table:
    table = next(t for t in _document(name).tables if t.number == number)
    assert table.detection == "text"
    return table


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def test_spanning_header_copied_over_grade_columns_and_centred_value_fills_both():
    table = _table("Q_410105JZJY_030-2023.pdf", "2")
    assert table.header_rows == [["项目", "单位", "指标", "指标"], ["项目", "单位", "优级", "一级"]]
    assert table.columns == ["项目", "单位", "指标/优级", "指标/一级"]
    assert _texts(table)[0] == ["酒精度", "%vol", "52.0±0.8", "52.0±0.8"]
    assert table.rows[0][3].merged_from == (0, 2) and table.rows[0][2].merged_from is None
    assert _texts(table)[1] == ["酸酯总量", "mmol/L", "≥35.0", "≥30.0"]
    assert len(table.rows) == 4


def test_wrapped_cells_merged_into_the_labelled_row():
    table = _table("Q_410105JZJY_030-2023.pdf", "1")
    assert table.header_rows == [["项目", "指标", "指标"], ["项目", "优级", "一级"]]
    rows = _texts(table)
    assert [row[0] for row in rows] == ["色泽和外观a", "香气", "口味口感"]
    assert rows[1][1:] == ["具有浓郁的己酸乙酯为主体的\n复合香气", "具有较浓郁的己酸乙酯为主体\n的复合香气"]
    assert rows[0][1] == rows[0][2] == "无色或微黄，清亮透明，无悬浮物，无沉淀"
    assert table.rows[0][2].merged_from == (0, 1)
    assert table.notes == ["a 当酒的温度低于10℃时，允许出现白色絮状沉淀物质或失光，10℃以上时应逐渐恢复正常。"]


def test_wrapped_lines_without_gaps_split_into_their_columns_by_character_position():
    table = _table("T_CTSS_863-2020.pdf", "1")
    assert table.header_rows[-1] == ["项目", "单位", "特级", "一级", "二级", "试验方法"]
    assert table.header_rows[0][2:5] == ["要求", "要求", "要求"]
    rows = _texts(table)
    assert [row[0] for row in rows] == ["外形", "汤色", "香气"]
    assert rows[0][2:5] == [
        "细紧圆直，匀\n整，色泽翠绿\n油润",
        "紧细较直，较\n匀整，色泽绿\n润",
        "紧结，尚匀整，\n色泽尚绿润",
    ]
    assert rows[1] == ["汤色", "—", "嫩绿明亮", "绿明亮", "尚绿明亮", "GB/T 23776"]


def test_footnotes_and_rule_lines_go_to_notes():
    table = _table("T_CTSS_863-2020.pdf", "2")
    assert table.notes == ["a 以干态计。"]
    assert [row[0].text for row in table.rows][-1] == "水浸出物a/%"
    annex = _table("Q_410105JZJY_030-2023.pdf", "A.1")
    assert annex.notes == ["a 按100%酒精度折算。"]
    assert not any("___" in cell.text for row in annex.rows for cell in row)
    performance = _table("Q_330782QLDQ_024-2021.pdf", "2")
    assert performance.notes == ["a 环境温度25℃时。", "b 实测值与额定值之比。"]
    assert performance.header_rows == [["项目", "指标"]]
    assert len(performance.rows) == 7


def test_header_rows_never_left_in_the_body():
    for name in ("Q_410105JZJY_030-2023.pdf", "Q_330106JXTC_023-2020.pdf", "T_CTSS_863-2020.pdf",
                 "Q_441900XYLY_009-2019.pdf", "Q_330782QLDQ_024-2021.pdf"):  # fmt: skip
        for table in _document(name).tables:
            if table.detection != "text":
                continue
            heads = {text for row in table.header_rows for text in row if text}
            for row in table.rows:
                assert row[0].text not in ("项目", ""), (name, table.number, _texts(table))
                assert not (heads and {c.text for c in row if c.text} <= heads), (name, table.number)


def test_label_alone_between_sub_items_spans_them():
    table = _table("Q_441900XYLY_009-2019.pdf", "1")
    assert table.header_rows[0] == ["项目", "项目", "单位", "要求", "要求", "要求", "检验方法"]
    assert table.header_rows[1][3:6] == ["一级", "二级", "三级"]
    rows = _texts(table)
    assert rows[0][:4] == ["碎米", "总量", "%", "≤9.0"]
    assert rows[1][:4] == ["碎米", "其中：小碎米", "%", "≤0.8"]
    assert table.rows[1][0].merged_from == (0, 0)
    impurity = next(r for r, row in enumerate(rows) if row[1] == "其中：无机杂质")
    assert rows[impurity][0] == "杂质" and rows[impurity][3:6] == ["≤0.01"] * 3  # centred over 一级..三级
    assert table.notes == ["a 以干基计。"]


def test_sub_item_label_and_three_line_header_in_tile_tables():
    table = _table("Q_330106JXTC_023-2020.pdf", "2")
    rows = _texts(table)
    assert rows[0] == ["吸水率/%", "平均值", "≤0.5"] and rows[1] == ["吸水率/%", "单个值", "≤0.6"]
    assert table.rows[1][0].merged_from == (0, 0)
    assert table.notes == ["a 适用于厚度不小于7.5 mm的砖。"]
    surface = _table("Q_330106JXTC_023-2020.pdf", "1")
    assert surface.columns == ["项目", "指标/优等品", "指标/合格品"]
    assert _texts(surface)[-1][0] == "表面质量"


def test_label_on_the_middle_sub_item_line_spans_all_sub_items():
    table = _table("Q_230102QCKD_011-2023.pdf", "1")
    rows = _texts(table)
    assert rows == [
        ["全程时限", "同城/h ≤", "18"],
        ["全程时限", "省内异地/h ≤", "24"],
        ["全程时限", "省际/h ≤", "48"],
    ]
    assert [row[0].merged_from for row in table.rows] == [None, (0, 0), (0, 0)]
    metals = _table("Q_YHJJ_007-2021.pdf", "A.1")
    assert [row[0] for row in _texts(metals)[1:]] == ["可溶性重金属"] * 4


def test_wrapped_lines_split_where_each_cell_text_starts():
    table = _table("Q_ZXCY_027-2019.pdf", "1")
    assert table.header_rows == [["项目", "指标", "指标", "指标"], ["项目", "特级", "一级", "二级"]]
    assert _texts(table)[0][1:] == [
        "细紧圆直，匀整，色\n泽翠绿油润",
        "紧细较直，较匀整，\n色泽绿润",
        "紧结，尚匀整，色泽\n尚绿润",
    ]


def test_header_centred_over_names_set_flush_left_names_their_column():
    # "指标名称" is centred over the names, which start left of it: it overlaps none of them.
    table = _table("Q_KHWY_023-2022.pdf", "1")
    assert table.header_rows == [["序号", "指标名称", "指标"]]
    rows = _texts(table)
    assert rows[0] == ["1", "维修及时率", "≥99%"]
    assert rows[-1] == ["6", "业主满意度", "≥85%"]  # on the next page, under 续表1


def test_label_wrapped_to_a_unit_line_spans_an_even_number_of_sub_items():
    table = _table("Q_LMJJ_013-2023.pdf", "3")
    rows = _texts(table)
    assert [row[:3] for row in rows[1:]] == [
        ["可溶性重金属/(mg/kg)", "铅", "≤70"],
        ["可溶性重金属/(mg/kg)", "镉", "≤60"],
        ["可溶性重金属/(mg/kg)", "铬", "≤50"],
        ["可溶性重金属/(mg/kg)", "汞", "≤50"],
    ]
    assert [row[0].merged_from for row in table.rows[1:]] == [None, (1, 0), (1, 0), (1, 0)]


def test_group_label_between_indented_sub_items_gets_a_label_column_of_its_own():
    table = _table("T_CBMF_040-2023.pdf", "2")
    assert table.header_rows == [["项目", "项目", "要求", "检验方法"]]
    rows = _texts(table)
    assert rows[0][:3] == ["吸水率", "平均值/% ≤", "0.3"]
    assert rows[1][:3] == ["吸水率", "单个值/% ≤", "0.5"]
    assert rows[2][:3] == ["破坏强度a/N ≥", "破坏强度a/N ≥", "1400"]  # a whole-width label spans both
    assert rows[4][:3] == ["断裂模数", "单个值/MPa ≥", "35"]
    # a requirement set wider than the column's short values, wrapped: one cell, one row
    assert rows[-1][2] == "经10次抗热震性试验不出现炸裂或裂\n纹"
    assert len(rows) == 8


def test_label_centred_across_two_rows_in_two_lines_spans_both():
    # "水洗尺寸变化" sits a little below 直向's baseline and "率" a little above 横向's.
    table = _table("T_CNTAC_542-2023.pdf", "1")
    rows = _texts(table)
    assert rows[2][:4] == ["水洗尺寸变化率", "直向", "%", "-3.0～2.0"]
    assert rows[3][:4] == ["水洗尺寸变化率", "横向", "%", "-3.5～2.5"]
    assert table.rows[3][0].merged_from == (2, 0)


def test_wrapped_requirement_alone_under_its_header_makes_a_column_and_the_continuation_merges():
    # 续表1 holds one row: "凝露" centred between two lines of requirement text, which no line
    # with several cells places; the header "指标" above it does.
    table = _table("Q_ZJDQ_018-2024.pdf", "1")
    assert table.pages == [4, 5] and table.header_rows == [["项目", "指标", "试验方法"]]
    assert _texts(table)[-1] == ["凝露", "室内机箱体外表面凝露不应滴下，室内\n送风不应带有水滴", "GB/T 7725"]
    assert table.notes == ["a 实测制冷量与额定制冷量之比。", "b 实测功率与额定功率之比。"]


def test_label_on_lines_of_its_own_with_its_unit_wrapped_under_it():
    table = _table("Q_ZJDQ_018-2024.pdf", "A.1")
    assert table.header_rows == [["项目", "指标", "指标", "试验方法"], ["项目", "1级", "2级", "试验方法"]]
    assert _texts(table) == [["全年能源消耗效率（APF）a\n/[W·h/(W·h)]", "≥5.00", "≥4.50", "GB 21455"]]
    assert table.notes == ["a 适用于额定制冷量不大于4500 W的热泵型分体式空调器。"]  # not the footer rule


def test_value_centred_under_a_spanning_header_does_not_make_a_column():
    table = _table("Q_410105JZJY_030-2023.pdf", "2")
    assert table.columns == ["项目", "单位", "指标/优级", "指标/一级"]
    assert _texts(table)[0] == ["酒精度", "%vol", "52.0±0.8", "52.0±0.8"]


def test_two_cells_run_together_on_one_line_split_where_the_second_starts():
    # "具有浓郁的己酸乙酯为主体具有较浓郁的己酸乙酯为主": the gap between the two cells is
    # narrower than a character, so one run of text covers both columns.
    table = _table("T_CBJ_026-2019.pdf", "1")
    rows = _texts(table)
    assert rows[0][0] == "色泽和外观a"  # the footnote marker set high stays with its label
    assert rows[1][2:] == ["具有浓郁的己酸乙酯为主体\n的复合香气", "具有较浓郁的己酸乙酯为主\n体的复合香气"]
    assert len(rows) == 3
