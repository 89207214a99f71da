"""Tables of real standards: ruled grids with merged cells, multi-row headers, continuations over
pages, text-aligned tables, notes, captions and intro sentences (../shared/corpus-real)."""

from __future__ import annotations

import pytest

from std_extract.parse import ParseOptions, parse_pdf

pytestmark = pytest.mark.real


def _parse(corpus, name: str, first_pages: int | None = None):
    return parse_pdf(corpus / "pdfs" / name, ParseOptions(first_pages=first_pages))


def _table(document, number: str):
    return next(t for t in document.tables if t.number == number)


def test_tables_gb5085_3_table1_continues_over_pages_5_and_6(real_corpus):
    document = _parse(real_corpus, "GB_5085.3-2007.pdf", first_pages=7)
    table = _table(document, "1")
    assert table.caption == "表1 浸出毒性鉴别标准值" and table.title == "浸出毒性鉴别标准值"
    assert table.pages == [5, 6] and [p for p, _ in table.bboxes] == [5, 6]
    assert table.columns == ["序号", "危害成分项目", "浸出液中危害成分浓度限值（mg/L）", "分析方法"]
    assert table.header_rows == [["序号", "危害成分项目", "浸出液中危害成分浓\n度限值（mg/L）", "分析方法"]]
    items = [row[0].text for row in table.rows if row[0].text.isdigit()]
    assert items == [str(n) for n in range(1, 51)]  # the header repeated on page 6 is not a row
    assert [row[0].page for row in table.rows if row[0].text in ("16", "17")] == [5, 6]
    assert [c.row for c in table.rows[-1]] == [len(table.rows) - 1] * 4
    # category rows span the table: every slot copies the text, pointing at the first cell
    category = next(row for row in table.rows if row[0].text == "有机农药类")
    assert [c.text for c in category] == ["有机农药类"] * 4
    assert [c.merged_from for c in category[1:]] == [(category[0].row, 0)] * 3
    seventh = next(row for row in table.rows if row[0].text == "7")
    assert seventh[2].text == "不得检出1"  # the footnote mark stays with the value
    assert table.notes == ["注1：“不得检出”指甲基汞＜10ng/L，乙基汞＜20ng/L。"]
    assert table.clause == "3"
    assert table.intro_text.startswith("按照HJ/T 299制备的固体废物浸出液中任何一种危害成分含量超过表1中所列")
    cell = seventh[1]
    x0, top, x1, bottom = cell.bbox
    assert cell.page == 5 and 90 < x0 < x1 < 520 and 441 < top < bottom < 771


def test_tables_gb5085_3_table_lines_are_not_clauses(real_corpus):
    document = _parse(real_corpus, "GB_5085.3-2007.pdf", first_pages=7)
    chapters = [(c.number, c.title) for c in document.clauses if c.kind == "chapter"]
    assert chapters == [
        ("1", "范围"),
        ("2", "规范性引用文件"),
        ("3", "鉴别标准"),
        ("4", "实验方法"),
        ("5", "标准实施"),
    ]
    assert [c.kind for c in document.clauses[:2]] == ["toc", "foreword"]
    method = document.clause_by_number("4")
    assert [c.number for c in method.children] == ["4.1", "4.2", "4.3", "4.4"]
    assert (method.page_start, method.page_end) == (6, 7)
    assert "铜（以总铜计）" not in document.clause_by_number("3").text


def test_tables_gb5085_3_method_annex_numbered_from_one(real_corpus):
    # 附录A of GB 5085.3 is a whole method numbered 1, 2, 3.1 ... again: nested under the annex.
    document = _parse(real_corpus, "GB_5085.3-2007.pdf", first_pages=12)
    annex = next(c for c in document.clauses if c.kind == "annex")
    assert (annex.number, annex.title) == ("A", "固体废物 元素的测定 电感耦合等离子体原子发射光谱法")
    assert [(c.number, c.title) for c in annex.children[:3]] == [
        ("1", "范围"),
        ("2", "原理"),
        ("3", "试剂和材料"),
    ]
    assert all(c.kind == "annex_clause" and c.level == 2 for c in annex.children)
    assert annex.children[2].children[0].number == "3.1"
    assert document.clause_by_number("1").page_start == 5  # the body's chapter 1 comes first


def test_tables_db32_1580_grade_table(real_corpus):
    document = _parse(real_corpus, "DB32_T_1580-2019.pdf")
    [table] = document.tables  # the boxed annex title on page 8 is not a table
    assert (table.number, table.title, table.pages, table.detection) == ("1", "质量指标", [5], "ruled")
    assert table.columns == ["等级", "等级", "特级", "一级", "二级"]
    labels = [(row[0].text, row[1].text) for row in table.rows]
    assert labels[0] == ("碎米", "总量/% ≤")
    assert labels[1] == ("碎米", "其中：小碎米含量/% ≤")  # the row label spans two rows
    chalk = next(row for row in table.rows if row[0].text == "垩白度/% ≤")
    assert [c.text for c in chalk[2:]] == ["3.0", "3.0", "3.0"]
    assert chalk[1].merged_from == (chalk[0].row, 0)
    mixing = next(row for row in table.rows if row[0].text == "互混率/% ≤")
    assert [c.text for c in mixing[2:]] == ["3.0", "3.0", "3.0"]  # one value for every grade
    assert [c.merged_from for c in mixing[3:]] == [(mixing[0].row, 2)] * 2
    assert table.clause == "5.4"
    assert "质量指标见表1" in table.intro_text


def test_tables_gb19645_continued_table_and_notes(real_corpus):
    document = _parse(real_corpus, "GB_19645-2010.pdf")
    physical = _table(document, "2")
    assert physical.pages == [3, 4]  # "表2（续）" on page 4
    assert [row[0].text.split("\n")[0] for row in physical.rows] == [
        "脂肪a/( g/100g) ≥", "蛋白质/( g/100g)", "非脂乳固体/( g/100g) ≥", "酸度/(ºΤ)",
    ]  # fmt: skip
    assert physical.notes == ["a 仅适用于全脂巴氏杀菌乳。"]
    micro = _table(document, "3")
    assert micro.columns[1:5] == [f"采样方案a及限量(若非指定，均以CFU/g或CFU/mL表示)/{k}" for k in "ncmM"]
    assert len(micro.header_rows) == 2
    assert micro.intro_text == "微生物限量：应符合表3的规定。"


def test_tables_three_line_tables_found_from_text(real_corpus):
    # HJ 702 sets its tables with three horizontal rules and no vertical ones.
    document = _parse(real_corpus, "HJ_702-2014.pdf", first_pages=9)
    first = _table(document, "1")
    assert first.detection == "text" and first.title == "固体废物的微波消解升温程序"
    assert first.columns == ["步骤", "升温时间（min）", "目标温度（℃）", "保持时间（min）"]
    assert [[c.text for c in row] for row in first.rows] == [
        ["1", "5", "100", "2"],
        ["2", "5", "150", "3"],
        ["3", "5", "180", "25"],
    ]
    second = _table(document, "2")  # caption and header at the foot of page 7, rows on page 8
    assert second.pages == [7, 8]
    assert [[c.text for c in row] for row in second.rows] == [["1", "5", "100", "5"], ["2", "5", "170", "15"]]
    instrument = _table(document, "4")
    # two header lines: "元素" wrapped over "名称" is one word; a unit line joins its name with "/"
    assert instrument.columns[:3] == ["元素名称", "灯电流/（mA）", "负高压/（V）"]
    assert [row[0].text for row in instrument.rows] == ["汞", "砷", "硒", "铋", "锑"]


def test_tables_boxed_cover_is_not_a_table(real_corpus):
    document = _parse(real_corpus, "GB_5085.1-2007.pdf")
    assert all(1 not in t.pages for t in document.tables)


def test_tables_continuation_marked_at_the_end_of_the_caption(real_corpus):
    # HJ 713: "附表A.1 目标物的检出限和测定下限（续表）" on page 15 continues page 14's table.
    document = parse_pdf(real_corpus / "pdfs" / "HJ_713-2014.pdf", ParseOptions(pages=[14, 15]))
    [table] = [t for t in document.tables if t.number == "A.1"]
    assert table.pages == [14, 15] and table.title == "目标物的检出限和测定下限"
    numbers = [row[0].text for row in table.rows]
    assert numbers[:3] == ["1", "2", "3"] and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def test_tables_gb19302_plan_header_kept_over_its_first_row(real_corpus):
    # 表3: "项目" runs down beside the plan's two header rows, which end with the header; the first
    # body row stays a row (a header cell running into the body would make the first row data).
    document = parse_pdf(real_corpus / "pdfs" / "GB_19302-2025.pdf", ParseOptions(pages=[5]))
    plan = _table(document, "3")
    assert plan.header_rows[-1] == ["项目", "n", "c", "m", "M", "检验方法"]
    assert [c.text for c in plan.rows[0]][1:5] == ["5", "2", "1", "5"]


def test_tables_gb2760_subject_blocks_and_sampled_pages_never_join(real_corpus):
    # 表A.1 gives each additive a block (name, CNS号, 功能) over its own grid: the block is the
    # grid's subject, the caption above it is the grid's, and no text table is read from it; pages
    # 73 and 119 of a sampled parse are next to each other in the list but not in the document.
    document = parse_pdf(real_corpus / "pdfs" / "GB_2760-2024.pdf", ParseOptions(pages=[27, 28, 73, 119]))
    assert [t.pages for t in document.tables] == [[27], [28], [28], [73], [119]]
    assert all(t.detection == "ruled" and t.columns[2] == "最大使用量/(g/kg)" for t in document.tables)
    assert [t.subject[0].split(" ")[0] for t in document.tables] == [
        "茶多酚(又名维多酚,简称“TP”)", "茶多酚棕榈酸酯", "茶黄素", "亮蓝及其铝色淀(包括亮蓝,亮蓝铝色淀)",
        "甜蜜素(又名环己基氨基磺酸钠),环己基",
    ]  # fmt: skip
    assert [t.caption for t in document.tables] == ["表A.1(续)", "表A.1(续)", None, "表A.1(续)", "表A.1(续)"]
    assert document.tables[4].subject[1] == "氨基磺酸钙"  # the name wraps onto the block's second line
    assert len(document.tables[4].rows) == 23
