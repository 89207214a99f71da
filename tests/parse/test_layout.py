"""glyphs -> lines (reading order, spaces, sub/superscripts) and running headers/footers."""

from __future__ import annotations

from corpora import WEASY

from std_extract.parse.layout import glyphs_to_lines, page_label, split_running_lines

from .builders import glyphs, page


def test_layout_lines_top_to_bottom_left_to_right():
    found = glyphs("第二行", 72, 120) + glyphs("第一行", 72, 100)
    assert [ln.text for ln in glyphs_to_lines(found, 1)] == ["第一行", "第二行"]


def test_layout_subscripts_stay_on_their_line():
    # "Na₂SO₄": the subscripts are smaller and lower, but overlap the line they belong to.
    na = glyphs("Na", 100, 400, size=10.6, advance=6)
    two = glyphs("2", 112, 403.8, size=7)
    so = glyphs("SO", 116, 400, size=10.6, advance=6)
    four = glyphs("4", 128, 403.8, size=7)
    [line] = glyphs_to_lines(na + two + so + four, 1)
    assert line.text == "Na2SO4"
    assert len(line.char_bboxes) == len(line.text)


def test_layout_superscript_first_does_not_split_the_line():
    # A footnote marker drawn higher than the text it follows sorts first by top.
    text = glyphs("脂肪", 100, 300, size=10)
    marker = glyphs("a", 120, 299, size=6)
    [line] = glyphs_to_lines(marker + text, 1)
    assert line.text == "脂肪a"


def test_layout_marker_set_high_joins_the_label_it_touches_not_the_line_above():
    # Cell text of the row set 6 pt higher than its label (DOMAIN: centred cells): the small
    # "a" overlaps the cell text's line as much as its own, but it touches the label.
    above = glyphs("无色或微黄", 300, 601.6, size=9)
    label = glyphs("色泽和外观", 74, 607.9, size=9)
    marker = glyphs("a", 119, 607.2, size=5.5)
    lines = glyphs_to_lines(above + label + marker, 1)
    assert [ln.text for ln in lines] == ["无色或微黄", "色泽和外观a"]


def test_layout_marker_high_on_a_long_page_joins_its_line():
    # Small glyphs are placed after all rows are built: the one at the top of a 60-line page
    # must find its own line there, not only among the last rows of the page.
    lines = [g for k in range(60) for g in glyphs(f"第{k:02d}行文字", 72, 60 + 12 * k, size=10)]
    marker = glyphs("a", 132, 83, size=6)  # beside "第02行文字", set high
    found = glyphs_to_lines(lines + marker, 1)
    assert len(found) == 60 and found[2].text == "第02行文字a"


def test_layout_small_raised_digits_after_a_number_are_exponents():
    # "10" then a 6.5 pt "-6" set high (10⁻⁶/℃); a raised "1" after Chinese text is a footnote.
    base = glyphs("8.5 10", 100, 500, size=10.5, advance=5.8)
    exponent = glyphs("-6", 100 + 6 * 5.8, 499.2, size=6.5, advance=3.6)
    rest = glyphs("/℃", 100 + 6 * 5.8 + 7.2, 500, size=10.5, advance=5.8)
    [line] = glyphs_to_lines(base + exponent + rest, 1)
    assert line.text == "8.5 10⁻⁶/℃"
    note = glyphs("菌落总数", 100, 600, size=10.5) + glyphs("1", 142, 599.2, size=6.5)
    [line] = glyphs_to_lines(note, 1)
    assert line.text == "菌落总数1"


def test_layout_browser_sup_after_ten_is_an_exponent_elsewhere_not():
    # Word processors and browsers set <sup> at 0.83 of the size: "10" then a raised 7.9 pt "4" in a
    # sampling plan's cells (no spaces between cells) is 10⁴; the same size after another number
    # ("15", an OCR box a little smaller and higher) stays a digit.
    cells = glyphs("5", 100, 500, size=9.5, advance=5.7) + glyphs("10", 150, 500, size=9.5, advance=5.7)
    exponent = glyphs("4", 150 + 2 * 5.7, 497, size=7.9, advance=4.7)
    [line] = glyphs_to_lines(cells + exponent + glyphs("GB", 200, 500, size=9.5, advance=5.7), 1)
    assert line.text == "5 10⁴ GB"
    ocr = glyphs("1", 100, 600, size=9.5, advance=5.7) + glyphs("5", 105.7, 597, size=7.9, advance=4.7)
    [line] = glyphs_to_lines(ocr + glyphs("～19", 112, 600, size=9.5, advance=5.7), 1)
    assert line.text == "15～19"


def test_layout_letter_spacing_and_word_spaces():
    cover = glyphs("中华人民", 100, 100, size=25, advance=36)  # 11 pt between 25 pt glyphs
    tight = glyphs("固体废物", 100, 200, size=26, advance=27)  # 1 pt: no space
    latin = glyphs("GB", 100, 300, size=10, advance=7) + glyphs("5085", 118, 300, size=10, advance=5)
    lines = glyphs_to_lines(cover + tight + latin, 1)
    assert [ln.text for ln in lines] == ["中 华 人 民", "固体废物", "GB 5085"]
    space = lines[0].char_bboxes[1]  # a space gets the box of the gap it stands for
    assert space[0] == 125 and space[2] == 136


def test_layout_quarter_em_between_cjk_and_digits_is_no_space():
    # Typesetters add about a quarter em between CJK and Latin ("22 种" prints as "22种").
    found = glyphs("22", 100, 100, size=26, advance=13) + glyphs("种金属", 134, 100, size=26)
    assert glyphs_to_lines(found, 1)[0].text == "22种金属"


def test_layout_issuer_lines_beside_a_tall_mark_stay_apart():
    # GB 10767: "发布" is taller than, and beside, the two stacked issuer lines.
    first = glyphs("国家卫生健康委员会", 150, 759, size=16.6)
    second = glyphs("国家市场监督管理总局", 150, 777, size=16.6)
    issue = glyphs("发布", 413, 759.6, size=26, advance=21)
    lines = glyphs_to_lines(first + second + issue, 1)
    assert [ln.text for ln in lines] == ["国家卫生健康委员会 发布", "国家市场监督管理总局"]


def test_layout_page_labels():
    assert page_label("12") == "12"
    assert page_label("- 3 -") == "3"
    assert page_label("ⅩⅣ") == "XIV"
    assert page_label("iv") == "iv"
    assert page_label("第 5 页") == "5"
    assert page_label("１２") == "12"
    assert page_label("表1 理化指标") is None


def test_layout_running_header_and_footer_split_from_body():
    pages = [
        page(n, [("GB 19645—2010", 50), (f"正文第{n}页的内容。", 120), ("1 范围", 140), (label, 800)])
        for n, label in [(2, "I"), (3, "1"), (4, "2")]
    ]
    split_running_lines(pages)
    for p, label in zip(pages, ["I", "1", "2"], strict=True):
        assert [ln.text for ln in p.header] == ["GB 19645—2010"]
        assert [ln.text for ln in p.footer] == [label]
        assert p.page_label == label
        assert [ln.text for ln in p.lines] == [f"正文第{p.number}页的内容。", "1 范围"]


def test_layout_header_lower_on_the_page_when_it_is_the_standard_number():
    # GB 2762-2022 prints its running number 14 % down the page.
    pages = [page(n, [("GB2762—2022", 119), ("正文", 170), ("内容", 190)]) for n in (2, 3, 4)]
    split_running_lines(pages)
    assert all([ln.text for ln in p.header] == ["GB2762—2022"] for p in pages)


def test_layout_numbers_at_the_top_of_a_page_are_not_headers():
    # A table row of numbers continuing at the top of pages is body text, not a running header.
    pages = [page(n, [("1 5 100 5", 50), ("正文", 120), (str(n), 800)]) for n in (2, 3, 4)]
    split_running_lines(pages)
    assert all(p.lines[0].text == "1 5 100 5" for p in pages)


def test_layout_tall_logo_beside_two_lines_does_not_merge_them():
    # A cover prints the sector logo ("FZ", 30 pt) at the right of two 10 pt lines, "CCS W 76" over
    # "备案号：…": the logo overlaps both wholly, and both were read as one interleaved line.
    ccs = glyphs("CCSW76", 68, 75.3, size=10, advance=6)
    filing = glyphs("备案号：80011—2026", 68, 89.3, size=10)
    logo = glyphs("FZ", 495, 73, size=30)
    lines = glyphs_to_lines(ccs + filing + logo, 1)
    assert [ln.text for ln in lines] == ["FZ", "CCSW76", "备案号：80011—2026"]


def test_layout_stacked_small_lines_beside_a_tall_mark_stay_apart():
    # A Word cover (corpus/docx): "ICS 97.170" over "CCS Y 64" at 10.5 pt in a left cell, the 20 pt
    # "Q/440306 BLK" in the right one overlapping both; the small lines are over half the mark's
    # height and below the page's body size (placed after the rows), and were read interleaved.
    ics = glyphs("ICS97.170", 85, 73.7, size=10.5, advance=6)
    ccs = glyphs("CCSY64", 85, 91.9, size=10.5, advance=6)
    mark = glyphs("Q/440306BLK", 390, 75.2, size=20, advance=12)
    body = glyphs("深圳贝洁科技有限公司企业标准", 180, 145, size=14)
    body += glyphs("声波电动牙刷", 234, 350, size=14)
    texts = [ln.text for ln in glyphs_to_lines(ics + ccs + mark + body, 1)]
    assert texts[:3] == ["ICS97.170", "Q/440306BLK", "CCSY64"]
    # The twin: a raised and a lowered index set against the tall letter they belong to stay on
    # its line (no gap of an em between them and the letter).
    letter = glyphs("X", 100, 300, size=20) + glyphs("2", 114, 296, size=12) + glyphs("i", 114, 312, size=12)
    [line] = glyphs_to_lines(letter + glyphs("正文正文正文", 100, 400, size=14), 1)[:1]
    assert line.text.replace(" ", "") in ("X2i", "Xi2")


def test_layout_docx_dev_cover_codes_beside_the_enterprise_mark():
    """corpus/docx's dev cover (wd_toothbrush_01): ICS over CCS beside the 20 pt Q/… mark; both
    codes were lost to one interleaved line."""
    from corpora import DOCX

    from std_extract.parse import parse_pdf

    parsed = parse_pdf(DOCX / "wd_toothbrush_01.pdf")
    assert (parsed.metadata.ics, parsed.metadata.ccs) == (["97.170"], ["Y 64"])


def test_layout_digits_beside_a_logo_are_no_exponents():
    # One 10 pt line beside a 30 pt group logo: the row's median size is the logo's, and "12" at
    # the top of the band was read as "1²".  An exponent is set smaller than what it raises.
    ccs = glyphs("CCSA12", 68, 75.3, size=10, advance=6)
    logo = glyphs("T/CMCHA", 391, 73, size=30, advance=20)
    [line] = glyphs_to_lines(ccs + logo, 1)
    assert line.text.replace(" ", "") == "CCSA12T/CMCHA"
    # The twin: an ion's charge raised after its subscript is as small as the subscript, but
    # smaller than the formula it raises ("NO2⁻", GB 2762's 以NO2⁻计).
    ion = glyphs("以NO", 100, 300, size=10, advance=6) + glyphs("2", 118, 303, size=7)
    ion += glyphs("-", 122, 296.5, size=7) + glyphs("计", 127, 300, size=10)
    [line] = glyphs_to_lines(ion, 1)
    assert line.text == "以NO2⁻计"


def test_layout_tall_glyph_beside_one_line_stays_on_it():
    # The twin: a large glyph beside ONE line of small text (a drop capital, a big sign on the
    # baseline) keeps that line whole.
    big = glyphs("G", 100, 100, size=30)
    text = glyphs("中华人民共和国国家标准", 130, 118, size=10)
    [line] = glyphs_to_lines(big + text, 1)
    assert line.text.replace(" ", "") == "G中华人民共和国国家标准"


def test_layout_weasy_dev_covers_logo_beside_the_code_lines():
    """corpus/weasy's dev covers (wp_jeans_01, wp_dehumidifier_01): the sector or enterprise logo
    beside "CCS W 76" over "备案号：…" merged both lines, and beside "CCS A 12" alone set its "2" as
    an exponent; the CCS code was lost."""
    from std_extract.parse import parse_pdf

    covers = {"wp_jeans_01": ["W 76"], "wp_dehumidifier_01": ["Y 62"], "wp_confinement_01": ["A 12"]}
    for stem, ccs in covers.items():
        parsed = parse_pdf(WEASY / f"{stem}.pdf")
        assert parsed.metadata.ccs == ccs, stem


def _two_columns(rows: list[tuple[str, str]], top: float = 100.0) -> list:
    """Prose set in two columns: 10 pt glyphs, the left column at x 60, the right one at 310."""
    found = []
    for k, (left, right) in enumerate(rows):
        found += glyphs(left, 60, top + 16 * k) if left else []
        found += glyphs(right, 310, top + 16 * k) if right else []
    return found


def test_layout_two_column_prose_reads_column_by_column():
    # An annex set in two columns: each row held a line of each column, and two clauses were
    # read interleaved.  The left column comes first, then the right one; a heading across the
    # middle and a page number far below stay where they are.
    heading = glyphs("附录A", 270, 60)
    columns = _two_columns(
        [
            ("A.1不合格果穗比例：特级不应超过", "A.4判定：抽检样品的容许度均符"),
            ("5%，一级不应超过8%。", "合本附录规定时，判定该批产品为"),
            ("A.2果穗长度差：特级不应大于2", "所标示的等级。"),
            ("cm，一级不应大于3 cm。", "A.5取样：按GB/T 8855的规定执"),
            ("A.3腐烂果穗比例不应超过1%。", "行，每批抽取样品不少于30穗。"),
        ]
    )
    folio = glyphs("4", 60, 760)
    texts = [ln.text for ln in glyphs_to_lines(heading + columns + folio, 1)]
    assert texts[0] == "附录A" and texts[-1] == "4"
    assert texts[1:6] == [
        "A.1不合格果穗比例：特级不应超过",
        "5%，一级不应超过8%。",
        "A.2果穗长度差：特级不应大于2",
        "cm，一级不应大于3 cm。",
        "A.3腐烂果穗比例不应超过1%。",
    ]
    assert texts[6] == "A.4判定：抽检样品的容许度均符"


def test_layout_two_column_table_and_one_column_prose_stay_rows():
    # Twins: a table's rows (cells apart, short labels) and one column of prose keep their rows.
    table = []
    for k, (label, value) in enumerate([("项目", "指标"), ("水分/%", "≤ 12.0"), ("灰分/%", "≤ 0.8")] * 2):
        table += glyphs(label, 60, 100 + 16 * k) + glyphs(value, 310, 100 + 16 * k)
    texts = [ln.text for ln in glyphs_to_lines(table, 1)]
    assert texts[:3] == ["项目 指标", "水分/% ≤ 12.0", "灰分/% ≤ 0.8"]
    prose = [
        g
        for k in range(6)
        for g in glyphs("本标准规定了产品的技术要求和检验方法以及标志包装运输和贮存", 60, 300 + 16 * k)
    ]
    assert len(glyphs_to_lines(prose, 1)) == 6


def test_layout_table_of_two_prose_columns_keeps_its_rows():
    # Second reading's twin: a table whose two columns hold long text (服务项目及内容 | 服务质量要求),
    # the right cell wrapping alone, is no two-column prose: under its caption or not, its rows stay.
    cells = [
        ("服务项目及内容", "服务质量要求"),
        ("客房清洁服务（含卫生间清洁）", "客房每日清扫次数不少于1次，"),
        ("", "床单被套的更换周期不超过3天。"),
        ("公共区域清洁服务（含电梯厅）", "公共区域每日巡查不少于2次，"),
        ("", "地面保持无积水、无垃圾。"),
        ("前台接待服务（含入住登记）", "办理入住登记的时间不超过5 min，"),
        ("", "办理退房结账的时间不超过3 min。"),
    ]
    table = []
    for k, (left, right) in enumerate(cells):
        table += (glyphs(left, 60, 110 + 16 * k) if left else []) + glyphs(right, 330, 110 + 16 * k)
    for caption in (glyphs("表1 服务质量要求", 200, 80), []):
        texts = [ln.text for ln in glyphs_to_lines(caption + table, 1)]
        assert "客房清洁服务（含卫生间清洁） 客房每日清扫次数不少于1次，" in texts
        assert texts.index("前台接待服务（含入住登记） 办理入住登记的时间不超过5 min，") == len(texts) - 2
    # under its caption, even a table whose cells never wrap keeps its rows
    unwrapped = [c for c in cells if c[0]]
    table = [
        g
        for k, (left, right) in enumerate(unwrapped)
        for g in glyphs(left, 60, 110 + 16 * k) + glyphs(right, 330, 110 + 16 * k)
    ]
    texts = [ln.text for ln in glyphs_to_lines(glyphs("表1 服务质量要求", 200, 80) + table, 1)]
    assert texts[2] == "客房清洁服务（含卫生间清洁） 客房每日清扫次数不少于1次，"


def test_layout_ruled_table_of_two_prose_columns_keeps_its_rows_without_a_caption():
    # Second reading's variant: the same table continued on a page without its caption, one-line
    # cells (a browser repeating only the header row): its rules cross the gutter, prose has none.
    from std_extract.parse.model import HRule

    cells = [
        ("服务项目及内容", "服务质量要求"),
        ("客房清洁服务（含卫生间清洁）", "客房每日清扫次数不少于1次"),
        ("公共区域清洁服务（含电梯厅）", "公共区域每日巡查不少于2次"),
        ("前台接待服务（含入住登记）", "办理入住登记的时间不超过5 min"),
    ]
    table = [
        g
        for k, (left, right) in enumerate(cells)
        for g in glyphs(left, 60, 110 + 16 * k) + glyphs(right, 330, 110 + 16 * k)
    ]
    rules = [HRule(x0=55, x1=560, y=y) for y in (106, 124, 176)]
    texts = [ln.text for ln in glyphs_to_lines(table, 1, rules)]
    assert texts[1] == "客房清洁服务（含卫生间清洁） 客房每日清扫次数不少于1次"
    # the twin: the two-column annex keeps its reading beside a rule that does not cross the gutter
    # (a footnote separator) and with no rule at all
    columns = _two_columns([("A.1不合格果穗比例：特级不应超过", "A.4判定：抽检样品的容许度均符")] * 4)
    separator = [HRule(x0=60, x1=200, y=180)]
    for found in (glyphs_to_lines(columns, 1, separator), glyphs_to_lines(columns, 1)):
        assert [ln.text for ln in found][:2] == ["A.1不合格果穗比例：特级不应超过"] * 2


def test_layout_fpdf_dev_two_column_annex_reads_column_by_column():
    """corpus/fpdf's dev annex (fp_sweetcorn_01 附录A, two columns): A.2's clause went on in the
    next row's left half, not in the right column's A.6."""
    from corpora import FPDF

    from std_extract.parse import parse_pdf

    page = parse_pdf(FPDF / "fp_sweetcorn_01.pdf").pages[4]
    texts = [ln.text for ln in page.lines]
    a2 = next(k for k, t in enumerate(texts) if t.startswith("A.2"))
    assert texts[a2] == "A.2 不合格果穗比例：特级不应超过5%，一级"
    assert texts[a2 + 1] == "不应超过8%，二级不应超过10%。"
    assert texts.index("A.5 腐烂、霉变果穗比例不应超过1%，且不得") < next(
        k for k, t in enumerate(texts) if t.startswith("A.6")
    )
