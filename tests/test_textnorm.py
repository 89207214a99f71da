"""textnorm: the character tables (full width, dashes, private use, CJK radicals)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from std_extract.textnorm import (
    KANGXI_RADICALS,
    RADICAL_SUPPLEMENT,
    SHARED_GLYPHS,
    clean_text,
    compact,
    fold_radicals,
)


def test_textnorm_radicals_fold_to_ideographs():
    assert fold_radicals("养\u2f7c机构服务") == "养老机构服务"  # ⽼ KANGXI RADICAL OLD
    assert fold_radicals("饮\u2f64天然泉\u2f54") == "饮用天然泉水"  # ⽤ USE, ⽔ WATER
    assert fold_radicals("宁波\u2ec9乐玩具") == "宁波贝乐玩具"  # ⻉ C-SIMPLIFIED SHELL
    assert fold_radicals("客\u2f3e满意度") == "客户满意度"  # ⼾ DOOR as SC fonts draw it
    assert fold_radicals("\uf9dc") == "\u9686"  # 隆 CJK COMPATIBILITY IDEOGRAPH-F9DC -> 隆
    assert fold_radicals("≤ 0.5 m³ ℃ ＧＢ") == "≤ 0.5 m³ ℃ ＧＢ"  # nothing else changes
    assert compact("通\u2f64 仓储") == "通用仓储" and clean_text("\u2f54分") == "水分"
    assert clean_text("（ＣＦＵ\u2215ｇ）") == "(CFU/g)"  # DIVISION SLASH in a unit


def test_textnorm_radical_tables_one_code_point_each():
    table = {**KANGXI_RADICALS, **RADICAL_SUPPLEMENT}
    assert len(KANGXI_RADICALS) == 214 and len(RADICAL_SUPPLEMENT) == 114
    assert all(len(target) == 1 and unicodedata.name(target).startswith("CJK") for target in table.values())
    text = "".join(table)
    assert len(fold_radicals(text)) == len(text)  # offsets stay aligned with the printed text


def _unicode_equivalent_ideographs() -> dict[str, str]:
    """Unicode's Equivalent_Unified_Ideograph for U+2E80..U+2FDF, from Perl's Unicode::UCD."""
    script = (
        'use Unicode::UCD "prop_invmap"; my ($l, $m) = prop_invmap("Equivalent_Unified_Ideograph");'
        'for my $i (0 .. $#$l - 1) { next if !defined $m->[$i] || $m->[$i] eq "";'
        " for my $c ($l->[$i] .. $l->[$i + 1] - 1) {"
        ' print "$c $m->[$i]\\n" if $c >= 0x2E80 && $c <= 0x2FDF } }'
    )
    out = subprocess.run(["perl", "-e", script], capture_output=True, text=True, check=True).stdout
    return {chr(int(a)): chr(int(b)) for a, b in (row.split() for row in out.splitlines())}


@pytest.mark.skipif(shutil.which("perl") is None, reason="perl (Unicode::UCD) is not installed")
def test_textnorm_radical_tables_are_unicode_equivalent_ideographs():
    # Kangxi radicals: NFKC agrees with Equivalent_Unified_Ideograph for all 214; the supplement
    # table is that property (NFKC maps only ⺟ and ⻳ there).
    expected = _unicode_equivalent_ideographs()
    assert KANGXI_RADICALS == {c: t for c, t in expected.items() if c >= "\u2f00"}
    assert RADICAL_SUPPLEMENT == {c: t for c, t in expected.items() if c < "\u2f00"}


NOTO_SANS_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def test_textnorm_shared_glyph_ideographs_fold_to_the_common_one():
    # Chromium with Noto Sans CJK SC writes 㬵 (U+3B35) for 胶: one glyph, the lower code point
    assert clean_text("拉伸㬵粘强度≥0.5 MPa") == "拉伸胶粘强度≥0.5 MPa"
    # negative twin: an Extension A ideograph with a glyph of its own stays (䓛, chrysene)
    assert clean_text("苯并[a]蒽、䓛") == "苯并[a]蒽、䓛"


@pytest.mark.skipif(not NOTO_SANS_CJK.exists(), reason="Noto Sans CJK (fonts-noto-cjk) is not installed")
def test_textnorm_shared_glyph_table_is_the_fonts():
    from fontTools.ttLib import TTCollection

    shared = {}
    for font in TTCollection(str(NOTO_SANS_CJK)).fonts:
        if font["name"].getDebugName(4) != "Noto Sans CJK SC":
            continue
        by_glyph: dict[str, list[int]] = {}
        for cp, glyph in font.getBestCmap().items():
            by_glyph.setdefault(glyph, []).append(cp)
        for cps in by_glyph.values():
            common = [c for c in cps if 0x4E00 <= c <= 0x9FFF]
            if len(common) == 1:
                shared.update({chr(c): chr(common[0]) for c in cps if 0x3400 <= c <= 0x4DBF})
    assert shared == SHARED_GLYPHS


def test_textnorm_word_processor_text_folds_and_keeps_symbols():
    # word-processor PDFs: radicals for ideographs (⽔ 水, ⼤ 大, ⼩ 小), full-width digits, letters and
    # brackets, an ideographic space, "——" list marks; one character for one, ≤ ℃ ³ ± kept
    printed = "a） ⽔分　≤１２．０％；——温度（２０±２）℃，体积１ｍ³，不⼤于、不⼩于"
    assert clean_text(printed) == "a) 水分 ≤12.0%;--温度(20±2)℃,体积1m³,不大于、不小于"
    assert len(clean_text(printed)) == len(printed)
    assert compact("⽔ 分　含量") == "水分含量"


def test_textnorm_math_letters_fold_to_plain_letters():
    # TeX math fonts write formula letters as mathematical alphanumerics: italic 𝑄 𝑤 𝜌, bold 𝐀,
    # digits 𝟏, and U+210E ℎ for italic h; each reads as the plain letter a reader sees
    printed = "1＜𝑄n≤10；𝜌＝𝑚/𝑉，ℎ，𝐀𝟏"
    assert clean_text(printed) == "1<Qn≤10;ρ=m/V,h,A1"
    assert len(clean_text(printed)) == len(printed)
    assert clean_text("ℓ μ ℃ ≤ m³ ㎡") == "ℓ μ ℃ ≤ m³ ㎡"  # letterlike symbols and units as printed


def test_textnorm_dev_page_math_letter_condition_matches_plain_gold():
    # corpus/pdftex (pdfLaTeX, dev): 饲料标签 表2 prints its net-content bands in math italic, so the
    # text layer's condition is "1＜𝑄n≤10"; the gold writes the Q a reader sees
    from corpora import PDFTEX

    from std_extract.evaluate.keys import condition_keys
    from std_extract.parse import parse_pdf

    document = parse_pdf(PDFTEX / "pt_feedlabel_01.pdf")
    printed = "\n".join(line.text for page in document.pages for line in page.lines)
    assert "𝑄n" in printed and "𝑄n" not in clean_text(printed)
    assert condition_keys(["1＜𝑄n≤10"]) == condition_keys(["1＜Qn≤10"])
