"""Covers of word-processor enterprise and group standards (../shared/enterprise-dev, dev split):
the number with its region code, never one cited in the 前言, and the title with radicals folded."""

from __future__ import annotations

import json

from std_extract.evaluate.keys import loose_text_key, text_key
from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions

COVER = ParseOptions(first_pages=2, tables=False)


def test_enterprise_covers_number_and_title(enterprise_dev, enterprise_dev_stems):
    wrong = []
    for stem in enterprise_dev_stems:
        gold = json.loads((enterprise_dev / f"{stem}.gold.json").read_text(encoding="utf-8"))["standard"]
        meta = parse_pdf(enterprise_dev / f"{stem}.pdf", COVER).metadata
        if text_key(meta.number) != text_key(gold["number"]) or loose_text_key(meta.title) != loose_text_key(
            gold["title"]
        ):
            wrong.append((stem, meta.number, meta.title))
    assert len(enterprise_dev_stems) == 28
    assert wrong == []


def test_enterprise_covers_region_code_and_radical_title(enterprise_dev):
    # dev_dumpling_03: "Q/410122 SHSD 008—2025" (region code set apart); dev_water_02: the title
    # 饮用天然泉水 printed with KANGXI RADICAL USE and WATER; dev_peanut_02: its 前言 cites GB/T 1.1—2020.
    dumpling = parse_pdf(enterprise_dev / "dev_dumpling_03.pdf", COVER).metadata
    assert (dumpling.number, dumpling.number_as_printed) == (
        "Q/410122 SHSD 008-2025",
        "Q/410122 SHSD 008—2025",
    )
    assert dumpling.title == "速冻水饺"
    water = parse_pdf(enterprise_dev / "dev_water_02.pdf", COVER).metadata
    assert water.title == "饮用天然泉水" and water.enterprise == "广州白云山泉水业有限公司"
    peanut = parse_pdf(enterprise_dev / "dev_peanut_02.pdf", COVER).metadata
    assert peanut.number == "Q/370683 LHY 012-2022" and peanut.replaces == []
