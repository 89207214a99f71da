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
