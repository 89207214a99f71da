"""Table reading stages on hand-built pages: header lines (units on their own line, wrapped header
words), rows of three-line tables (a 注 above the bottom rule, the bottom rule overleaf, a label
wrapped beside centred values) and the unit row of a ruled header."""

from __future__ import annotations

from std_extract.document import Page
from std_extract.parse.cells import fill_grid, header_rows
from std_extract.parse.grids import cells_to_grid
from std_extract.parse.headerlines import is_unit_row, is_unit_text, join_header_lines
from std_extract.parse.model import HRule, PageScan
from std_extract.parse.tables import pages_to_tables
from std_extract.parse.textcolumns import centred_header_columns
from std_extract.parse.textgrid import text_tables

from .builders import PAGE_WIDTH, line, page
from .tablepages import Sheet, Span, set_line, sheet_page

RULE = dict(x0=70.0, x1=540.0)
GAP = " " * 6  # wide enough to part two cells (the page builder sets every char, spaces too, one em apart)


def _texts(part) -> list[list[str]]:
    return [[c.text for c in row] for row in part.rows]


def test_table_stages_unit_text_and_unit_rows():
    assert is_unit_text("km/h") and is_unit_text("(Ω/km)") and is_unit_text("mm²") and is_unit_text("％")
    assert not is_unit_text("定值/mm") and not is_unit_text("1级") and not is_unit_text("绝缘")
    assert is_unit_row(["", "mm", "Ω/km", "MΩ·km"]) and not is_unit_row(["1.5", "0.7"])


def test_table_stages_header_lines_join_wrapped_words_and_units():
    assert join_header_lines(["绝缘厚度规", "定值/mm"]) == "绝缘厚度规定值/mm"
    assert join_header_lines(["制动距离", "m"]) == "制动距离/m"
    assert join_header_lines(["试验速度", "km/h"]) == "试验速度/km/h"
    assert join_header_lines(["限", "值"]) == "限值"
    assert join_header_lines(["蛋白质", "/(g/100g)"]) == "蛋白质/(g/100g)"  # the slash printed once


def _three_line_page(rows: list[tuple[str, float, float]]) -> Page:
    return page(4, [("表1 热效率", 100.0, 250.0), *rows])


def test_table_stages_note_above_the_bottom_rule_keeps_the_rows():
    built = _three_line_page(
        [
            ("项目" + GAP + "指标", 124.0, 100.0),
            ("热效率/%" + GAP + "83", 146.0, 100.0),
            ("待机功率/W" + GAP + "1.0", 162.0, 100.0),
            ("注：额定功率以铭牌标称值为准。", 180.0, 80.0),
        ]  # fmt: skip
    )
    rules = [HRule(y=120.0, **RULE), HRule(y=140.0, **RULE), HRule(y=196.0, **RULE)]
    [part] = text_tables(0, built, rules, [])
    assert part.headers == [["项目", "指标"]]
    assert _texts(part)[:2] == [["热效率/%", "83"], ["待机功率/W", "1.0"]]
    assert any("注：额定功率" in row[0] for row in _texts(part))  # a note row (the table stage moves it)


def test_table_stages_bottom_rule_overleaf_keeps_the_rows():
    rows = [("项目" + GAP + "指标", 124.0), ("色度/度" + GAP + "≤5", 146.0), ("浊度/度" + GAP + "≤1", 162.0)]
    built = _three_line_page([(text, top, 100.0) for text, top in rows])
    rules = [HRule(y=120.0, **RULE), HRule(y=140.0, **RULE)]  # the closing rule is on the next page
    [part] = text_tables(0, built, rules, [])
    assert _texts(part) == [["色度/度", "≤5"], ["浊度/度", "≤1"]]


def test_table_stages_wrapped_label_beside_centred_values_is_one_row():
    size = 10.5
    built = page(4, [("表2 化学要求", 100.0, 250.0)])
    built.lines += [
        line(4, "限", 118.0, 480.0), line(4, "项目", 124.0, 100.0), line(4, "值", 130.0, 480.0),
        line(4, "邻苯二甲酸二异壬酯总量和其他增塑剂", 150.0, 80.0), line(4, "0.1", 156.0, 480.0),
        line(4, "（DNOP）", 162.0, 80.0), line(4, "甲醛 20", 182.0, 80.0, size),
    ]  # fmt: skip
    built.lines[-1] = line(4, "甲醛", 182.0, 80.0)
    built.lines.append(line(4, "20", 182.0, 480.0))
    built.lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    merged = _merge_same_top(built)
    rules = [HRule(y=114.0, **RULE), HRule(y=144.0, **RULE), HRule(y=198.0, **RULE)]
    [part] = text_tables(0, merged, rules, [])
    assert part.headers == [["项目", "限值"]]
    assert _texts(part) == [["邻苯二甲酸二异壬酯总量和其他增塑剂\n（DNOP）", "0.1"], ["甲醛", "20"]]


def _merge_same_top(built: Page) -> Page:
    """Lines at one height as one line (what the layout stage does with text on one baseline)."""
    lines = []
    for ln in built.lines:
        if lines and abs(lines[-1].bbox[1] - ln.bbox[1]) < 0.5:
            last = lines.pop()
            gap = " "
            boxes = [
                *last.char_bboxes,
                (last.bbox[2], last.bbox[1], ln.bbox[0], last.bbox[3]),
                *ln.char_bboxes,
            ]
            text = last.text + gap + ln.text
            bbox = (last.bbox[0], last.bbox[1], ln.bbox[2], max(last.bbox[3], ln.bbox[3]))
            ln = last.model_copy(update={"text": text, "bbox": bbox, "char_bboxes": boxes})
        lines.append(ln)
    return Page(number=built.number, width=PAGE_WIDTH, height=built.height, lines=lines)


def test_table_stages_unit_row_under_ruled_header_names_stays_in_the_header():
    # 标称截面积 spans both header rows; the second row holds only units.
    cells = [
        (70, 100, 170, 140), (170, 100, 270, 120), (270, 100, 370, 120),
        (170, 120, 270, 140), (270, 120, 370, 140),
        (70, 140, 170, 160), (170, 140, 270, 160), (270, 140, 370, 160),
    ]  # fmt: skip
    grid = cells_to_grid([tuple(map(float, c)) for c in cells], 4)
    built = page(4, [])
    built.lines = [
        line(4, "标称截面积", 104.0, 75.0), line(4, "绝缘厚度", 104.0, 175.0),
        line(4, "平均外径", 104.0, 275.0),
        line(4, "mm", 124.0, 175.0), line(4, "mm", 124.0, 275.0),
        line(4, "1.5", 144.0, 75.0), line(4, "0.7", 144.0, 175.0), line(4, "3.3", 144.0, 275.0),
    ]  # fmt: skip
    filled = fill_grid(grid, built)
    assert filled.header_count == 2
    assert header_rows(filled) == [["标称截面积", "绝缘厚度", "平均外径"], ["标称截面积", "mm", "mm"]]


def test_table_stages_clause_headings_above_the_caption():
    from std_extract.parse.tablectx import intro_headings

    built = page(
        48,
        [
            ("4.34.5 检测方法：按照GB 23200.9规定的方法测定。", 60.0),
            ("4.35 苯噻酰草胺(mefenacet)", 80.0),
            ("4.35.1 主要用途：除草剂。", 96.0),
            ("4.35.3 残留物：苯噻酰草胺。", 112.0),
            ("4.35.4 最大残留限量：应符合表35的规定。", 128.0),
            ("表35", 146.0, 280.0),
        ],
    )  # fmt: skip
    # the clause citing the table and its parent; siblings (4.35.3) and the clause before are not
    assert intro_headings([built], 0, 5) == ["苯噻酰草胺(mefenacet)", "最大残留限量"]
    long_gloss = page(9, [("4.414 霜霉威和霜霉威盐酸盐(propamocarb and propamocarb hydrochloride)", 80.0)])
    long_gloss.lines.append(line(9, "表414", 100.0, 280.0))
    assert intro_headings([long_gloss], 0, 1) == [
        "霜霉威和霜霉威盐酸盐(propamocarb and propamocarb hydrochloride)"
    ]
    assert intro_headings([page(9, [("本标准规定了限量。", 80.0), ("表1", 100.0)])], 0, 1) == []


def test_table_stages_subject_block_between_caption_and_grid():  # issue 12 class 6, GB 2760 表A.1
    from std_extract.parse.tablectx import subject_above

    built = page(
        5,
        [
            ("表A.1（续）", 100.0, 260.0),
            ("茶多酚（又名维多酚，简称“TP”）" + GAP + "tea polyphenol(TP)", 130.0, 63.0),
            ("CNS号 04.005" + GAP + "INS号 —", 146.0, 63.0),
            ("功能 抗氧化剂", 162.0, 63.0),
        ],
    )
    grid = (60.0, 180.0, 540.0, 400.0)
    subject = subject_above(built, grid, set())
    assert subject is not None and subject.caption is not None and subject.caption.number == "A.1"
    assert subject.lines[0].startswith("茶多酚") and subject.lines[-1] == "功能 抗氧化剂"
    assert subject.line_ids == [1, 2, 3, 0]  # the block, then its caption
    # a caption right above its grid, or a sentence, a heading or a unit line above it: no subject
    plain = page(5, [("表1 理化指标", 160.0, 260.0)])
    assert subject_above(plain, grid, set()) is None
    cited = page(5, [("理化指标应符合表1的规定。", 162.0, 63.0)])
    assert subject_above(cited, grid, set()) is None
    heading = page(5, [("4.2 理化指标", 162.0, 63.0)])
    assert subject_above(heading, grid, set()) is None
    # the rows of the table above it on the page end the block (GB 2760: the next additive's name)
    stacked = page(5, [("16.06 膨化食品 0.2", 130.0, 63.0), ("茶黄素 theaflavins", 162.0, 63.0)])
    below_previous = subject_above(stacked, grid, {0})
    assert below_previous is not None and below_previous.lines == ["茶黄素 theaflavins"]
    assert below_previous.caption is None


def test_table_stages_subject_block_cut_by_the_page_break():  # GB 2760: the name on the page before
    from std_extract.parse.grids import cells_to_grid as grid_of
    from std_extract.parse.model import PageScan
    from std_extract.parse.tables import pages_to_tables

    def grid_page(number: int, top: float, rows: list[str], above: list[tuple[str, float, float]]):
        built = page(number, [*above, *((text, top + 4 + 20 * k, 64.0) for k, text in enumerate(rows))])
        cells = [(60.0, top + 20 * k, 300.0, top + 20 * (k + 1)) for k in range(len(rows))]
        cells += [(300.0, top + 20 * k, 400.0, top + 20 * (k + 1)) for k in range(len(rows))]
        built.lines += [line(number, "0.5", top + 4 + 20 * k, 304.0) for k in range(1, len(rows))]
        built.lines.sort(key=lambda ln: (ln.bbox[1], ln.bbox[0]))
        return PageScan(page=built, grids=[grid_of(cells, number)])

    first = grid_page(
        8,
        200.0,
        ["食品分类号", "01.01"],
        [("茶黄素 theaflavins", 150.0, 63.0), ("功能 抗氧化剂", 170.0, 63.0)],
    )
    first.page.lines += [line(8, "磷酸及磷酸盐[包括磷酸7),焦磷酸钠]", 300.0, 63.0)]
    first.page.lines.append(line(8, "7) 以磷酸根计。", 700.0, 72.0))  # a footnote at the page foot
    second = grid_page(
        9,
        120.0,
        ["食品分类号", "02.01"],
        [("CNS号 01.106 INS号 338", 80.0, 63.0), ("功能 稳定剂", 96.0, 63.0)],
    )
    tables, _ = pages_to_tables([first, second])
    assert [t.subject[0] for t in tables] == ["茶黄素 theaflavins", "磷酸及磷酸盐[包括磷酸7),焦磷酸钠]"]
    assert tables[1].subject[1:] == ["CNS号 01.106 INS号 338", "功能 稳定剂"] and tables[1].pages == [9]
    from std_extract.extract.tableheads import subject_name
    from std_extract.rules import default_rules

    vocab = default_rules().tables
    assert subject_name(tables[1].subject, vocab) == "磷酸及磷酸盐"  # the marker "7)" does not end the aside


def test_table_stages_grid_without_header_keeps_its_first_row():
    # A table with no header (GB 29921-style 表A.1 食品类别说明): "乳制品" runs down beside its
    # sub-categories, so the first row is data, not a header (a header cell ends with the header).
    sheet = Sheet(
        header=[],
        body=[["", "巴氏杀菌乳"], ["", "调制乳"], ["肉制品", "熟肉制品"]],
        header_rows=0,
        merged=[Span("乳制品", 0, 0, rows=2)],
        caption="表A.1 食品类别（名称）说明",
    )
    [table], _ = pages_to_tables([sheet_page(sheet, "grid")])
    assert table.header_rows == [] and table.columns == []
    assert [c.text for c in table.rows[0]] == ["乳制品", "巴氏杀菌乳"]
    assert [c.text for c in table.rows[1]] == ["乳制品", "调制乳"] and table.rows[1][0].merged_from == (0, 0)
    assert [c.text for c in table.rows[2]] == ["肉制品", "熟肉制品"]


def test_table_stages_unit_with_a_space_after_its_number():  # GB/T 1.1: "kJ/100 g", "MPN/100 mL"
    assert is_unit_text("kJ/100 g") and is_unit_text("MPN/100 mL") and is_unit_text("g/100 g")
    assert is_unit_row(["类别", "kJ/100 g", "g/100 g", "%"][1:])
    # negative twins: a quantity with its number, a basis and two values are no unit
    assert not is_unit_text("100 g") and not is_unit_text("每100 g") and not is_unit_text("3.6 5.4")


def _grid_page(rows: list[list[str]], spans: dict[tuple[int, int], int] | None = None):
    """A full grid, 20 pt rows and 100 pt columns; ``spans``: (row, col) -> rows a cell runs down."""
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    cells, lines = [], []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            down = spans.get((r, c), 1)
            cells.append((70.0 + 100 * c, 100.0 + 20 * r, 170.0 + 100 * c, 100.0 + 20 * (r + down)))
            if text:
                lines.append(line(4, text, 104.0 + 20 * r, 75.0 + 100 * c))
    built = page(4, [])
    built.lines = sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    return fill_grid(cells_to_grid(cells, 4), built)


def test_table_stages_ruled_header_with_a_unit_row_and_a_sign_row():
    # 类别 runs down the names and the units ("kJ/100 g" set with its space): both rows are the header
    filled = _grid_page(
        [["类别", "能量", "蛋白质"], ["", "kJ/100 g", "g/100 g"], ["补充能量类", "≥ 1 500", "—"]], {(0, 0): 2}
    )
    assert header_rows(filled) == [["类别", "能量", "蛋白质"], ["类别", "kJ/100 g", "g/100 g"]]
    # a row of signs under the units (吸入功率 ≥, 噪声 ≤), the label cell empty, is the header too
    filled = _grid_page(
        [["额定输入功率P", "吸入功率", "噪声"], ["W", "W", "dB"], ["", "≥", "≤"], ["P≤400", "60", "78"]]
    )
    assert filled.header_count == 3 and header_rows(filled)[2] == ["", "≥", "≤"]
    # negative twin: a body row of values under the units stays a body row
    filled = _grid_page([["额定输入功率P", "吸入功率", "噪声"], ["W", "W", "dB"], ["P≤400", "≥ 60", "≤ 78"]])
    assert filled.header_count == 2


def test_table_stages_rule_under_a_group_header_is_no_header_rule():  # LaTeX \cmidrule, 每100 kJ
    sheet = Sheet(
        header=[
            Span("营养素", 0, 0, rows=2), Span("每100 kJ", 0, 1, cols=2), Span("每100 kcal", 0, 3, cols=2),
            Span("最小值", 1, 1), Span("最大值", 1, 2), Span("最小值", 1, 3), Span("最大值", 1, 4),
        ],
        body=[["钠/(mg)", "6.0", "30.0", "25.1", "125.5"], ["钾/(mg)", "4.8", "N.S.", "20.1", "N.S."]],
        header_rows=2,
    )  # fmt: skip
    scan = sheet_page(sheet, "three_line")
    top, under, bottom = scan.rules
    gap = (under.y + top.y) / 2  # between the two header lines, under the groups only
    [leaf] = [ln for ln in scan.page.lines if ln.text.startswith("最小值")]
    starts = [k for k in range(len(leaf.text)) if leaf.text.startswith("最小值", k)]
    ends = [k + 2 for k in range(len(leaf.text)) if leaf.text.startswith("最大值", k)]
    groups = [
        HRule(x0=leaf.char_bboxes[a][0] - 4, x1=leaf.char_bboxes[b][2] + 4, y=gap)
        for a, b in zip(starts, ends, strict=True)
    ]
    scan = scan.model_copy(update={"rules": sorted([top, *groups, under, bottom], key=lambda r: r.y)})
    [table], _ = pages_to_tables([scan])
    assert table.columns[1:] == [
        "每100 kJ/最小值",
        "每100 kJ/最大值",
        "每100 kcal/最小值",
        "每100 kcal/最大值",
    ]
    assert [c.text for c in table.rows[0]] == ["钠/(mg)", "6.0", "30.0", "25.1", "125.5"]


def test_table_stages_part_width_rule_over_values_ends_the_header():  # twin: 项目 spanning down
    # A word processor draws the header's bottom border under the value columns only when the label
    # header runs down beside them: the rows under it are values, the header ends there.
    sheet = Sheet(
        header=[
            Span("项目", 0, 0, rows=2),
            Span("采样方案及限量", 0, 1, cols=2),
            Span("n", 1, 1),
            Span("c", 1, 2),
        ],
        body=[["菌落总数", "5", "2"], ["大肠菌群", "5", "2"]],
        header_rows=2,
    )
    scan = sheet_page(sheet, "three_line")
    top, under, bottom = scan.rules
    part = HRule(x0=140.0, x1=top.x1, y=under.y)
    scan = scan.model_copy(update={"rules": [top, part, bottom]})
    [table], _ = pages_to_tables([scan])
    assert [[c.text for c in row] for row in table.rows] == [["菌落总数", "5", "2"], ["大肠菌群", "5", "2"]]


def _centred(text: str, centre: float) -> float:
    return centre - 10.5 * len(text) / 2


def _grade_page(header_x: list[float] | None = None):
    """A three-line sensory table, columns 70 | 140 | 270 | 405 | 540, every text centred in its cell:
    the 优级 and 一级 cells merged on the first row, whose first line runs on into the 二级 cell's
    text one space apart (ts_ricewine_01 表1's shape)."""
    centres = [105.0, 205.0, 337.5, 472.5]
    heads = ["项目", "优级", "一级", "二级"]
    xs = header_x or [_centred(h, c) for h, c in zip(heads, centres, strict=True)]
    first, third = "橙黄色至深褐色清亮透明有光泽允许瓶底有微量聚集", "橙黄色至深褐色清亮透明"
    merged = _centred(first, 272.5)  # 146.5 to 398.5, the next cell's text from 408.5: 10 pt apart
    rows = [
        ("表1 感官要求", 100.0, 250.0),
        *((h, 140.0, x) for h, x in zip(heads, xs, strict=True)),
        (first, 162.0, merged),
        (third, 162.0, 408.5),  # glued to the text before: a gap narrower than a char
        ("外观", 169.0, _centred("外观", 105.0)),
        ("物", 176.0, _centred("物", 272.5)),
        ("透明无异物", 176.0, _centred("透明无异物", 472.5)),
        ("具有黄酒特有的浓郁醇香无", 191.0, _centred("具有黄酒特有的浓郁醇香无", 205.0)),  # wrapped: alone
        ("香气", 198.0, _centred("香气", 105.0)),
        ("异香", 205.0, _centred("异香", 205.0)),
        ("黄酒特有的醇香较浓", 198.0, _centred("黄酒特有的醇香较浓", 337.5)),
        ("具有黄酒醇香", 198.0, _centred("具有黄酒醇香", 472.5)),
    ]
    tops: dict[float, list[tuple[float, str]]] = {}
    for text, top, x in rows[1:]:
        tops.setdefault(top, []).append((x, text))
    built = page(3, [rows[0]])
    built.lines += [set_line(3, pieces, top) for top, pieces in sorted(tops.items())]
    rules = [HRule(y=y, **RULE) for y in (130.0, 154.0, 220.0)]
    [table], _ = pages_to_tables([PageScan(page=built, rules=rules)])
    return table


def test_table_stages_centred_headers_give_the_cells_of_a_three_line_table():
    table = _grade_page()
    rows = [[c.text for c in row] for row in table.rows]
    assert table.columns == ["项目", "优级", "一级", "二级"]
    assert rows[0][0] == "外观" and rows[0][1] == rows[0][2]  # one text across 优级 and 一级
    assert rows[0][1] == "橙黄色至深褐色清亮透明有光泽允许瓶底有微量聚集\n物"
    assert rows[0][3] == "橙黄色至深褐色清亮透明\n透明无异物"  # parted at the cells' edge
    assert rows[1] == ["香气", "具有黄酒特有的浓郁醇香无\n异香", "黄酒特有的醇香较浓", "具有黄酒醇香"]


def test_table_stages_headers_set_flush_left_give_no_chain_of_cells():
    # negative twin: headers set flush left in their cells (5 pt in) tell nothing of the cells' edges;
    # the columns come from the body as before (and a chain that closes on the right rule by chance
    # over a body set flush left is refused: test_table_orientation_capacity_classes_down_the_rows)
    columns = [(75.0, 100.0), (145.0, 200.0), (275.0, 330.0), (410.0, 460.0)]
    header = [[(x, x + 21.0, text, (x, 140.0, x + 21.0, 150.5)) for x, text in zip(
        (75.0, 145.0, 275.0, 410.0), ("项目", "优级", "一级", "二级"), strict=True
    )]]  # fmt: skip
    assert (
        centred_header_columns(columns, header, [HRule(y=130.0, **RULE), HRule(y=154.0, **RULE)]) == columns
    )


def test_table_stages_part_width_rule_over_a_section_row_ends_the_header():  # review of 6ba640c
    # twin of the group rule: a word processor's border under the value columns only (项目 spanning
    # down), then a section row printed under 项目 (感官要求, no values): the header ends at that rule
    sheet = Sheet(
        header=[
            Span("项目", 0, 0, rows=2),
            Span("指标", 0, 1, cols=2),
            Span("一级", 1, 1),
            Span("二级", 1, 2),
        ],
        body=[
            ["感官要求", "", ""],
            ["色泽", "乳白色", "乳白色"],
            ["理化指标", "", ""],
            ["水分/%", "≤12", "≤14"],
        ],
        header_rows=2,
    )
    scan = sheet_page(sheet, "three_line")
    top, under, bottom = scan.rules
    part = HRule(x0=140.0, x1=top.x1, y=under.y)
    [section] = [ln for ln in scan.page.lines if ln.text.startswith("理化指标")]
    above = HRule(x0=top.x0, x1=top.x1, y=section.bbox[1] - 4)  # a full rule between the sections
    scan = scan.model_copy(update={"rules": [top, part, above, bottom]})
    [table], _ = pages_to_tables([scan])
    assert table.columns == ["项目", "指标/一级", "指标/二级"]
    assert [[c.text for c in row][:2] for row in table.rows][:2] == [["感官要求", ""], ["色泽", "乳白色"]]


def _span_head(*rows):
    spans, taken = [], set()
    for r, row in enumerate(rows):
        col = 0
        for text, cols in row:
            while (r, col) in taken:
                col += 1
            spans.append(Span(text, r, col, cols=cols))
            taken |= {(r, col + j) for j in range(cols)}
            col += cols
    return spans


def test_table_stages_label_header_centred_over_an_item_and_its_conditions():  # issue 12 class 4
    # "项目" centred over two columns, the item printed once beside its conditions: two label columns
    # under one header, the item filled down (a three-line or unruled table; a grid merges the cell)
    sheet = Sheet(
        _span_head([("项目", 2), ("指标", 1)]),
        [["制动距离/m", "干态", "≤4.0"], ["", "湿态", "≤8.0"], ["手闸力/N", "", "≤180"]],
        caption="表2 制动性能",
    )
    for ruling in ("three_line", "unruled"):
        [table], _ = pages_to_tables([sheet_page(sheet, ruling)])
        assert table.header_rows[-1] == ["项目", "项目", "指标"]
        assert _texts(table) == [
            ["制动距离/m", "干态", "≤4.0"],
            ["制动距离/m", "湿态", "≤8.0"],
            ["手闸力/N", "手闸力/N", "≤180"],  # a label across both label columns stands in each
        ]
    # twin: a value centred under two grade columns is no column of its own, and no row is filled down
    grades = Sheet(
        _span_head([("项目", 1), ("优级", 1), ("一级", 1)]),
        [["水分/%", "≤14.0", "≤15.0"], ["", "", ""], ["灰分/%", "≤0.7", "≤1.0"]],
        caption="表1 理化指标",
        centred=True,
        merged=[Span("白色或乳白色", 1, 1, 1, 2)],
    )
    grades.body[1][0] = "色泽"
    [table], _ = pages_to_tables([sheet_page(grades, "three_line")])
    assert table.header_rows[-1] == ["项目", "优级", "一级"]
    assert _texts(table)[1] == ["色泽", "白色或乳白色", "白色或乳白色"]


def test_table_stages_caption_titled_requirements():  # GB/T 1.1 "表1 要求" (ty_phosphate_01, corpus/typst)
    from std_extract.parse.tablectx import parse_caption

    caption = parse_caption(line(3, "表1  要求", 100.0))
    assert caption is not None and (caption.number, caption.title) == ("1", "要求")
    assert parse_caption(line(3, "表2 规定", 100.0)) is not None
    # twins: sentences citing the table are no captions
    for text in ("表1要求的指标应全部合格", "表1中的限量", "表1规定的方法"):
        assert parse_caption(line(3, text, 100.0)) is None, text
