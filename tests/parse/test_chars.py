"""pdfplumber chars -> repaired glyphs: copies, broken encodings, wrong descents, rotation."""

from __future__ import annotations

from std_extract.parse.chars import clean_chars, compose_glyphs
from std_extract.parse.mojibake import repair_char, repair_letter_runs

from .builders import char, glyphs


def test_chars_bold_copies_drawn_several_times_are_deduped():
    # GB 7718 draws "GB" four times, each a fraction of a point apart ("GGGGBBBB 7718—2011").
    chars = [
        char(t, 452.4 + dx, 181.0 + dy, font="Times-Bold")
        for dx, dy in [(0, 0.4), (0, 0), (0.3, 0.2), (0.4, 0.4)]
        for t in "G"
    ]
    chars += [char("B", 463.3 + dx, 181.0, font="Times-Bold") for dx in (0, 0, 0.3, 0.4)]
    glyph_list, notes = clean_chars(chars, 595, 842)
    assert "".join(g.text for g in glyph_list) == "GB"
    assert any("duplicate" in note for note in notes)


def test_chars_same_letter_twice_in_a_word_is_kept():
    glyph_list, _ = clean_chars([char("l", 100, 100), char("l", 110, 100)], 595, 842)
    assert len(glyph_list) == 2


def test_chars_founder_font_letters_repaired():
    # GB 29921 / GB 10767: the E-HZ9 font reports "GB" as 犌犅 and the date hyphen as U+E011.
    chars = [char(t, 420 + 8 * i, 173, font="E-HZ9-PK7483a5") for i, t in enumerate("犌犅")]
    chars += [char("\ue011", 480, 173, font="E-HZ9-PK7483a5")]
    glyph_list, notes = clean_chars(chars, 595, 842)
    assert [g.text for g in glyph_list] == ["G", "B", "-"]
    assert any("broken font encodings" in note for note in notes)


def test_chars_founder_letters_untouched_in_ordinary_fonts():
    assert repair_char("犅", "SimSun") == "犅"
    assert repair_letter_runs("犌犅２９９２１ 犅") == "GB２９９２１ 犅"


def test_chars_cjk_radicals_read_as_ideographs():
    # Word-processor PDFs map 老, 用 and 贝 to radical code points (养⽼, 通⽤, 宁波⻉乐): every font.
    chars = [char(t, 100 + 10 * i, 100, font="NotoSerifCJK") for i, t in enumerate("养\u2f7c通\u2f64\u2ec9")]
    glyph_list, notes = clean_chars(chars, 595, 842)
    assert "".join(g.text for g in glyph_list) == "养老通用贝"
    assert any("repaired" in note for note in notes)


def test_chars_private_use_and_symbol_font():
    assert repair_char("\U001001b0", "E-BZ") == "."  # GB 2763 decimal point
    assert repair_char("\U001001ba", "E-BZ") == "·"  # its dot leader
    assert repair_char("\uff27", "E-BZ") == "-"  # "２,４Ｇ滴丁酸" is 2,4-滴丁酸
    assert repair_char("\uf072", "DEF+SymbolMT") == "ρ"
    assert repair_char("\uf0b1", "SymbolMT") == "±"


def test_chars_box_with_wrong_descent_moves_onto_baseline():
    # GB 2762: E-BZ punctuation reports a box a whole em below the baseline of its line.
    good = char("铅", 125.5, 270.9, size=9.7, matrix=(1, 0, 0, 1, 125.5, 617.95), y0=615.2)
    low = char("、", 136.0, 277.9, size=9.7, matrix=(1, 0, 0, 1, 136.0, 618.24), y0=608.2)
    glyph_list, notes = clean_chars([good, low], 595, 896)
    assert abs(glyph_list[1].top - glyph_list[0].top) < 1.5  # was 7 pt apart
    assert any("baseline" in note for note in notes)


def test_chars_rotated_and_off_page_chars_left_out():
    turned = char("n", 200, 400, matrix=(0.56, 19.26, -19.48, 0.56, 197, 426))  # HJ 1222 watermark
    outside = char("书", 6626, 6607)  # GB 10767 draws junk far outside the page
    glyph_list, notes = clean_chars([turned, outside, char("正", 100, 100)], 595, 842)
    assert [g.text for g in glyph_list] == ["正"]
    assert len(notes) == 2


def test_chars_flipped_page_matrix_is_upright_text():
    # GB 7718 draws every glyph with d < 0 inside a flipped page; it reads normally.
    glyph_list, _ = clean_chars([char("中", 70, 100, matrix=(0.12, 0, 0, -0.12, 70, 696))], 595, 842)
    assert [g.text for g in glyph_list] == ["中"]


def test_chars_unmapped_cid_keeps_its_place():
    glyph_list, _ = clean_chars([char("(cid:0)", 100, 100)], 595, 842)
    assert [g.text for g in glyph_list] == ["\ufffd"]


def test_chars_composed_glyph():
    # HJ 77.3 draws 噁 as a small 口 over the left of 恶.
    small = glyphs("口", 299.9, 337, size=10)
    big = glyphs("恶", 302.0, 334, size=26)
    assert [g.text for g in compose_glyphs(small + big)] == ["噁"]
