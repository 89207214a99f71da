"""The text-layer check: a good layer, a garbage layer, no layer, and a scan whose layer misses
the printed text."""

from __future__ import annotations

import random

import numpy as np

from std_extract.parse.model import Glyph
from std_extract.parse.textlayer import (
    MIN_WORD_COVERAGE,
    text_quality,
    uncovered_ink,
    with_ink_check,
    word_coverage,
)

GOOD = (
    "本标准规定了地理标志产品原阳大米的术语和定义、地理标志产品保护范围、要求、"
    "试验方法、检验规则及标志、包装、运输和贮存。"
)


def _glyphs(text: str, top: float = 100.0) -> list[Glyph]:
    return [Glyph(c, 50 + 10.5 * i, top, 60 + 10.5 * i, top + 10.5, 10.5) for i, c in enumerate(text)]


def test_textlayer_lists_of_chemical_names_are_kept():
    # GB 2763's index: pesticide names, hardly any in jieba's dictionary, are still a good layer
    names = (
        "乙烯菌核利 乙烯利 乙酰甲胺磷 乙氧呋草黄 乙氧氟草醚 乙氧磺隆 乙氧喹啉 乙酯杀螨醇 "
        "异丙草胺 异丙甲草胺和精异丙甲草胺 异丙隆"
    )
    quality = text_quality(_glyphs(names + " vinclozolin ∗ ethephon ·········· 4.493"))
    assert quality.verdict == "good", quality


def test_textlayer_good_layer_is_kept():
    quality = text_quality(_glyphs(GOOD + "水分/% ≤15.5，直链淀粉（干基）15～19。"))
    assert quality.verdict == "good"
    assert quality.plausible == 1.0 and quality.broken == 0.0
    assert quality.word_coverage is not None and quality.word_coverage >= MIN_WORD_COVERAGE
    assert word_coverage(GOOD) > 0.8  # counted to the end when no share is enough


def test_textlayer_word_count_stops_once_the_page_passes():
    # the hanzi counted so far already make the share: the rest, garbage or not, cannot fail it
    text = GOOD + "乙烯菌核利乙酰甲胺磷" * 20
    full = word_coverage(text)
    early = word_coverage(text, enough=0.05)
    assert full is not None and early is not None
    assert 0.05 <= early < full
    assert word_coverage(text, enough=0.99) == full  # never reached: every run counted


def test_textlayer_random_hanzi_fail_the_word_check():
    # common hanzi (GB 2312 level 1) in random order: every one plausible, hardly a word among them
    rng = random.Random(7)
    hanzi = "".join(
        bytes([rng.randint(0xB0, 0xD7), rng.randint(0xA1, 0xF9)]).decode("gb2312") for _ in range(120)
    )
    quality = text_quality(_glyphs(hanzi))
    assert quality.verdict == "bad"
    assert "dictionary words" in quality.reason


def test_textlayer_broken_encoding_is_bad():
    garbage = "".join(chr(0xE000 + i) for i in range(20)) + "本标准规定了"
    quality = text_quality(_glyphs(garbage))
    assert quality.verdict == "bad"
    assert "broken encodings" in quality.reason


def test_textlayer_rare_characters_are_implausible():
    # characters outside GB 2312 (a wrong CID map turns text into such rarities)
    garbage = "䶮䶯䶰䶱䶲䶳䶴䶵㐀㐁㐂㐃㐄㐅" * 3 + "本标准"
    quality = text_quality(_glyphs(garbage))
    assert quality.verdict == "bad"
    assert "plausible" in quality.reason


def test_textlayer_no_layer():
    quality = text_quality([])
    assert quality.verdict == "none" and quality.reason == "no text layer"
    assert text_quality(_glyphs("   ")).verdict == "none"


def test_textlayer_ink_outside_every_char_box_fails_a_scan():
    gray = np.full((300, 400), 255, dtype=np.uint8)
    gray[100:110, 50:150:3] = 0  # strokes of text the layer covers (72 dpi: a pixel a point)
    gray[200:210, 50:150:3] = 0  # strokes of text the layer lacks
    glyphs = _glyphs("本标准规定了地理标志产品", top=99.0)[:10]
    assert 0.45 < uncovered_ink(gray, glyphs, 72) < 0.55
    quality = with_ink_check(text_quality(_glyphs(GOOD, top=99.0)), gray, glyphs, 72)
    assert quality.verdict == "bad" and "uncovered" in quality.reason
    covered = with_ink_check(
        text_quality(_glyphs(GOOD)), gray, glyphs + _glyphs("本标准规定了地理标志", 199.0), 72
    )
    assert covered.verdict == "good" and covered.uncovered_ink == 0.0
