"""The stages of text-aligned tables, each on hand-built lines (tests/parse/builders.py): lines ->
segments -> columns -> header tree -> body rows (parse/textsegments, textcolumns, textheader,
textrows; parse/textgrid wires them under a caption)."""

from __future__ import annotations

from std_extract.parse.textcolumns import column_edges, column_ranges, seg_columns
from std_extract.parse.textheader import header_texts, label_columns
from std_extract.parse.textrows import body_rows
from std_extract.parse.textsegments import Segment, line_segments

from .builders import line

GAP = " " * 6  # six em of white space: a cell boundary (one space is a word gap)


def _segments(*texts: str, top: float = 100.0) -> list[list[Segment]]:
    return [line_segments(line(1, text, top + 14 * k)) for k, text in enumerate(texts)]


def _seg(text: str, x0: float, top: float) -> Segment:
    return Segment(x0, x0 + 10.5 * len(text), text, (x0, top, x0 + 10.5 * len(text), top + 10.5))


def test_text_stages_line_segments_split_at_wide_gaps_only():
    [segs] = _segments("耗电量 /(kWh)" + GAP + "≤0.45" + GAP + "GB/T 8059")
    # letter-spacing between CJK chars is no text; a space inside Latin text is ("GB/T 8059")
    assert [s.text for s in segs] == ["耗电量/(kWh)", "≤0.45", "GB/T 8059"]
    assert segs[0].x0 == 72.0 and segs[1].x0 == 72.0 + 10.5 * (len("耗电量 /(kWh)") + 6)


def test_text_stages_columns_from_the_fullest_lines():
    lines = _segments(
        "项目" + GAP + "指标" + GAP + "方法", "色度/度" + GAP + "≤5" + GAP + "GB 5750", "说明文字一行"
    )
    columns = column_ranges(lines)
    assert len(columns) == 3  # the one-segment line gives no column
    assert [seg_columns(s, columns) for s in lines[1]] == [[0], [1], [2]]
    edges = column_edges(columns)
    assert len(edges) == 4 and edges[0] == columns[0][0] and edges[-1] == columns[-1][1]


def test_text_stages_spanning_header_gives_two_levels_and_a_group():
    # "指标" centred over 优级 and 一级, "项目" over the labels
    header = [
        [_seg("项目", 72.0, 100.0), _seg("指标", 220.0, 100.0)],
        [_seg("优级", 160.0, 114.0), _seg("一级", 280.0, 114.0)],
    ]
    columns = [(72.0, 130.0), (160.0, 190.0), (270.0, 305.0)]
    rows, groups = header_texts(header, columns)
    assert rows == [["项目", "指标", "指标"], ["项目", "优级", "一级"]]
    assert groups == [[1, 2]]
    assert label_columns(rows) == 1


def test_text_stages_classes_over_grades_give_three_levels():  # pt_sodaash_01 表1
    # "指标" over Ⅰ类 (one grade) and Ⅱ类 (three): a level each; Ⅰ类 a group of one column
    header = [
        [_seg("指标", 300.0, 100.0)],
        [_seg("项目", 72.0, 114.0), _seg("Ⅰ类", 160.0, 114.0), _seg("Ⅱ类", 300.0, 114.0)],
        [_seg("优等品", 160.0, 128.0), _seg("优等品", 230.0, 128.0), _seg("一等品", 300.0, 128.0),
         _seg("合格品", 370.0, 128.0)],
    ]  # fmt: skip
    columns = [(72.0, 130.0), (160.0, 191.5), (230.0, 261.5), (300.0, 331.5), (370.0, 401.5)]
    rows, groups = header_texts(header, columns)
    assert rows == [
        ["项目", "指标", "指标", "指标", "指标"],
        ["项目", "Ⅰ类", "Ⅱ类", "Ⅱ类", "Ⅱ类"],
        ["项目", "优等品", "优等品", "一等品", "合格品"],
    ]
    assert groups == [[1, 2, 3, 4], [2, 3, 4]]
    # negative twin: a header wrapped over two lines beside the group ("检验" over "方法") is one header of
    # its column, no group of one column: nothing above it is over it
    header = [
        [_seg("项目", 72.0, 100.0), _seg("指标", 200.0, 100.0), _seg("检验", 300.0, 100.0)],
        [_seg("优级", 160.0, 114.0), _seg("一级", 230.0, 114.0), _seg("方法", 300.0, 114.0)],
    ]
    columns = [(72.0, 130.0), (160.0, 181.0), (230.0, 251.0), (300.0, 321.0)]
    rows, groups = header_texts(header, columns)
    assert rows == [["项目", "指标", "指标", "检验\n方法"], ["项目", "优级", "一级", "检验\n方法"]]


def test_text_stages_body_lines_join_their_labelled_row():
    # a label wrapped under its row ("具有浓郁的香气" over "和滋味") and a second row
    lines = [
        line(1, "香气" + GAP + "具有浓郁的香气", 100.0),
        line(1, "和滋味", 112.0, 72.0 + 10.5 * 8),
        line(1, "酒精度" + GAP + "52.0", 130.0),
    ]
    columns = [(72.0, 72.0 + 10.5 * 3), (72.0 + 10.5 * 8, 72.0 + 10.5 * 15)]
    rows = body_rows(lines, columns, [], 1)
    assert [[c.text for c in row] for row in rows] == [["香气", "具有浓郁的香气\n和滋味"], ["酒精度", "52.0"]]
    assert rows[1][1].bbox[0] == 72.0 + 10.5 * 9 and rows[1][1].row == 1


def test_text_stages_footnote_marker_beside_a_wrapped_label_is_no_row():
    # "a" raised after the label's first line sits on the line of the row's value
    lines = [
        line(1, "邻苯二甲酸二异壬酯和邻苯二甲酸二正辛酯", 100.0),
        line(1, "a" + " " * 23 + "0.1", 108.0, 150.0),
        line(1, "（DNOP）总量", 116.0),
        line(1, "甲醛", 140.0),
    ]
    lines[-1] = lines[-1].model_copy(update={"text": "甲醛" + " " * 30 + "20"})
    lines[-1] = line(1, lines[-1].text, 140.0)
    columns = [(72.0, 72.0 + 10.5 * 19), (402.0, 433.5)]
    rows = body_rows(lines, columns, [], 1)
    assert [[c.text for c in row] for row in rows] == [
        ["邻苯二甲酸二异壬酯和邻苯二甲酸二正辛酯\na\n（DNOP）总量", "0.1"], ["甲醛", "20"],
    ]  # fmt: skip


def test_text_stages_cells_glued_in_the_text_layer_part_at_the_columns():
    # "0.07" and "12" set close in two columns, no space between them in the text layer: the
    # line's pieces part at the columns found from the other lines, a word never split
    from std_extract.parse.textrows import line_pieces

    from .tablepages import set_line

    columns = [(60.0, 123.0), (131.0, 152.0), (160.0, 181.0)]
    glued = set_line(3, [(60.0, "钠/(mg/100g)"), (131.0, "0.07"), (153.0, "12")], 150.0, glued=True)
    assert glued.text == "钠/(mg/100g)0.0712"
    cells = {c: text for piece in line_pieces(glued, columns) for c, (text, _) in piece.split.items()}
    assert cells == {0: "钠/(mg/100g)", 1: "0.07", 2: "12"}
    spaced = set_line(3, [(60.0, "钠/(mg/100g)"), (127.0, "0.07"), (158.0, "12")], 150.0)
    cells = {c: text for piece in line_pieces(spaced, columns) for c, (text, _) in piece.split.items()}
    assert cells == {0: "钠/(mg/100g)", 1: "0.07", 2: "12"}


def test_text_stages_spaced_header_words_are_the_rule_files():
    # "项      目" set two ems apart is one header word; the words are extractors/tables.toml [headers].spaced
    from std_extract.extract.tablevocab import load_table_vocab_spec
    from std_extract.parse.textsegments import spaced_words

    assert spaced_words() == frozenset(load_table_vocab_spec().headers.spaced) and "项目" in spaced_words()
    [segs] = _segments("项" + " " * 2 + "目" + GAP + "指标")
    assert [s.text for s in segs] == ["项目", "指标"]
    [segs] = _segments("铅" + " " * 2 + "镉" + GAP + "指标")  # twin: no header word, two columns
    assert [s.text for s in segs] == ["铅", "镉", "指标"]
