"""Cover lines -> StandardMetadata (number, kind, title, English title, dates, issuer, codes)."""

from __future__ import annotations

import pytest
from corpora import CONTEXT

from std_extract.parse import parse_pdf
from std_extract.parse.metadata import cover_to_metadata, join_title_lines, parse_number
from std_extract.parse.options import ParseOptions

from .builders import line, page
from .pdfmaker import enterprise_standard


@pytest.mark.parametrize(
    ("printed", "number", "prefix", "kind", "year"),
    [
        ("GB 19645—2010", "GB 19645-2010", "GB", "GB", 2010),
        ("GB/T 19266–2008", "GB/T 19266-2008", "GB/T", "GB/T", 2008),
        ("GB/Z 21738－2008", "GB/Z 21738-2008", "GB/Z", "GB/Z", 2008),
        ("GB 5085.3—2007", "GB 5085.3-2007", "GB", "GB", 2007),
        ("HJ/T299-2007", "HJ/T 299-2007", "HJ/T", "HJ/T", 2007),
        ("HJ 77.3－2008", "HJ 77.3-2008", "HJ", "HJ", 2008),
        ("QB/T 1234—2019", "QB/T 1234-2019", "QB/T", "QB/T", 2019),
        ("DB32/T 1580—2019", "DB32/T 1580-2019", "DB32/T", "DB/T", 2019),
        ("T/CAS 456—2023", "T/CAS 456-2023", "T/CAS", "T", 2023),
        ("Q/320115ABC 001—2024", "Q/320115ABC 001-2024", "Q/320115ABC", "Q", 2024),
        ("Q/SHLY 0012S—2024", "Q/SHLY 0012S-2024", "Q/SHLY", "Q", 2024),
        # an enterprise's region code printed apart from its letters (failure class 10)
        ("Q/410122 SHSD 008—2025", "Q/410122 SHSD 008-2025", "Q/410122 SHSD", "Q", 2025),
        ("Q/410122  SHSD  008-2025", "Q/410122 SHSD 008-2025", "Q/410122 SHSD", "Q", 2025),
        ("GBZ 2.1—2019", "GBZ 2.1-2019", "GBZ", "GBZ", 2019),
        ("ＧＢ１０７６７—２０２１", "GB 10767-2021", "GB", "GB", 2021),  # full width
        ("犌犅２９９２１—２０２１", "GB 29921-2021", "GB", "GB", 2021),  # Founder letters
    ],
)
def test_metadata_standard_numbers(printed, number, prefix, kind, year):
    assert parse_number(printed) == (number, prefix, kind, year)


def test_metadata_title_lines_joined():
    assert join_title_lines(["食品安全国家标准", "发酵乳"]) == "食品安全国家标准 发酵乳"
    assert join_title_lines(["固体废物 六价铬的测定", "碱消解/火焰原子吸收分光光度法"]) == (
        "固体废物 六价铬的测定 碱消解/火焰原子吸收分光光度法"
    )
    # a long element wrapped at the margin joins without a space (HJ 999, HJ 963)
    assert (
        join_title_lines(["固体废物 氟的测定 碱熔-离子选择", "电极法"])
        == "固体废物 氟的测定 碱熔-离子选择电极法"
    )
    assert (
        join_title_lines(["商用车辆和挂车防抱制动系统性能要求及", "试验方法"])
        == "商用车辆和挂车防抱制动系统性能要求及试验方法"
    )
    assert join_title_lines(["住宅全装修", "服务与质量要求"]) == "住宅全装修 服务与质量要求"


def test_metadata_national_cover():
    cover = page(1, [
        ("ICS 67.100.10", 40, 60), ("C 53", 55, 60), ("备案号：12345-2010", 70, 60),
        ("中 华 人 民 共 和 国 国 家 标 准", 120, 60),
        ("GB 19645—2010", 170, 430), ("代替 GB 19645—2005, GB 5408.1—1999", 190, 400),
        ("食品安全国家标准", 320, 190), ("巴 氏 杀 菌 乳", 350, 220),
        ("National food safety standard", 400, 200), ("Pasteurized milk", 420, 240),
        ("2010-03-26 发布", 700, 70), ("2010-12-01 实施", 700, 400),
        ("中 华 人 民 共 和 国 卫 生 部 发 布", 760, 100),
    ])  # fmt: skip
    meta = cover_to_metadata([cover])
    assert (meta.number, meta.number_as_printed, meta.kind, meta.year) == (
        "GB 19645-2010",
        "GB 19645—2010",
        "GB",
        2010,
    )
    assert meta.title == "食品安全国家标准 巴氏杀菌乳"
    assert meta.title_en == "National food safety standard Pasteurized milk"
    assert (meta.issued, meta.effective) == ("2010-03-26", "2010-12-01")
    assert meta.replaces == ["GB 19645-2005", "GB 5408.1-1999"]
    assert (meta.ics, meta.ccs, meta.filing_number) == (["67.100.10"], ["C 53"], "12345-2010")
    assert meta.enterprise == "中华人民共和国卫生部"


def test_metadata_group_standard_cover():
    cover = page(1, [
        ("ICS 13.030", 40, 60), ("CCS Z 05", 55, 60), ("团 体 标 准", 120, 200),
        ("T/CAS 456—2023", 170, 430), ("家用净水器", 320, 220), ("能效等级", 350, 230),
        ("2023-05-01 发布 2023-08-01 实施", 700, 70), ("中国标准化协会 发布", 760, 200),
    ])  # fmt: skip
    meta = cover_to_metadata([cover])
    assert (meta.number, meta.kind, meta.prefix) == ("T/CAS 456-2023", "T", "T/CAS")
    assert meta.title == "家用净水器 能效等级"
    assert meta.ccs == ["Z 05"] and meta.ics == ["13.030"]
    assert meta.enterprise == "中国标准化协会"


def test_metadata_filing_number_under_the_number_is_no_title_line():
    """A sector or enterprise cover prints 备案号 under the number, before the title: it is skipped
    (it had been read as the title's first line), and read with any dash (folded to "-") and any number
    of groups."""
    for filing, printed in (
        ("80215-2026", "备案号：80215—2026"),
        ("330381-2026-0157", "备案号： 330381-2026-0157"),
    ):
        cover = page(1, [
            ("ICS 59.080.30", 40, 60), ("CCS W 63", 55, 60), ("中华人民共和国纺织行业标准", 150, 160),
            ("FZ/T 73086—2026", 180, 430), (printed, 200, 440), ("棉袜", 358, 280),
            ("Cotton socks", 394, 270), ("2026-06-05 发布 2027-01-01 实施", 710, 70),
        ])  # fmt: skip
        meta = cover_to_metadata([cover])
        assert (meta.title, meta.title_en, meta.filing_number) == ("棉袜", "Cotton socks", filing)
    # negative twin: a title line that merely holds the word is a title line
    cover = page(1, [
        ("T/CAS 456—2023", 170, 430), ("企业标准备案号编制规则", 320, 220),
        ("2023-05-01 发布 2023-08-01 实施", 700, 70),
    ])  # fmt: skip
    assert cover_to_metadata([cover]).title == "企业标准备案号编制规则"


def test_metadata_enterprise_standard_from_a_real_pdf(tmp_path):
    meta = parse_pdf(enterprise_standard(tmp_path / "q.pdf")).metadata
    assert meta.number == "Q/320115ABC 001-2024" and meta.number_as_printed == "Q/320115ABC 001—2024"
    assert (meta.kind, meta.prefix, meta.year) == ("Q", "Q/320115ABC", 2024)
    assert meta.title == "风味发酵乳 质量要求"
    assert meta.title_en == "Flavored fermented milk"
    assert meta.replaces == ["Q/320115ABC 001-2019"]
    assert (meta.issued, meta.effective) == ("2024-01-10", "2024-02-01")
    assert meta.enterprise == "南京某某乳业有限公司"
    assert (meta.ics, meta.ccs) == (["67.100.10"], ["X 16"])


def test_metadata_word_style_cover_region_code_and_radicals():
    # Word-style enterprise cover: no ICS line, the number with a region code set apart, the
    # title's 用 printed as KANGXI RADICAL USE (U+2F64); the page after it is the 前言, which cites
    # GB/T 1.1—2020 and the standard it replaces.
    cover = page(1, [("企 业 标 准", 132, 185), ("Q/410122 SHSD 008—2025", 190, 368),
                     ("通\u2f64速冻水饺", 356, 256), ("2025-04-12发布 2025-04-12实施", 695, 62),
                     ("郑州三和速冻食品有限公司 发 布", 743, 154)])  # fmt: skip
    meta = cover_to_metadata([cover])
    assert (meta.number, meta.kind, meta.prefix) == ("Q/410122 SHSD 008-2025", "Q", "Q/410122 SHSD")
    assert meta.title == "通\u2f64速冻水饺"  # folded when the page is read: see test_chars
    assert meta.enterprise == "郑州三和速冻食品有限公司"


def test_metadata_number_never_from_the_foreword():
    # A cover whose number the grammar cannot read, then the 前言: GB/T 1.1—2020 and the replaced
    # standard cited in its text are not the document's number; its running header is.
    cover = page(1, [("企 业 标 准", 132, 185), ("压榨花生油", 356, 240)])
    foreword = page(2, [("前 言", 74, 280),
                        ("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分》的规定起草。", 109, 107),
                        ("本文件代替Q/370683 LHY 012—2019《压榨花生油》。", 139, 107)])  # fmt: skip
    assert cover_to_metadata([cover, foreword]).number is None
    foreword.header = [line(2, "Q/370683 LHY 012—2022", 44, 251)]
    assert cover_to_metadata([cover, foreword]).number == "Q/370683 LHY 012-2022"


def test_metadata_number_over_two_lines():
    # GB 2763 prints "GB" above "2763—2021".
    cover = page(1, [("GB", 160, 430), ("2763—2021", 180, 430), ("代替GB 2763—2019", 200, 420),
                     ("食品安全国家标准", 320, 190), ("食品中农药最大残留限量", 350, 160)])  # fmt: skip
    meta = cover_to_metadata([cover])
    assert meta.number == "GB 2763-2021" and meta.replaces == ["GB 2763-2019"]
    assert meta.title == "食品安全国家标准 食品中农药最大残留限量"


def test_metadata_empty_cover():
    assert cover_to_metadata([page(1, [("  ", 100)])]).number is None
    assert cover_to_metadata([]).number is None


def test_metadata_old_cover_number_beside_the_title():
    # GB/T 15555.12-1995: the number at the right of the title block, between its two lines;
    # the dates "批准" and "实施" at the foot
    cover = page(
        1,
        [
            ("中华人民共和国国家标准", 137.0, 153.0),
            ("固体废物 腐蚀性测定", 171.0, 165.0),
            ("GB/T 15555.12—1995", 183.0, 344.0),
            ("玻璃电极法", 190.0, 196.0),
            ("Solid waste—Glass electrode test—", 213.0, 163.0),
            ("Method of corrosivity", 225.0, 180.0),
            ("1 主题内容与适用范围", 260.0, 87.0),
            ("国家环境保护局 1995-03-28批准 1996-01-01实施", 650.0, 87.0),
        ],
    )
    meta = cover_to_metadata([cover])
    assert meta.number == "GB/T 15555.12-1995"
    assert meta.title == "固体废物 腐蚀性测定 玻璃电极法"
    assert (meta.issued, meta.effective) == ("1995-03-28", "1996-01-01")


def test_metadata_english_title_spells_out_latin_ligatures():
    cover = page(1, [
        ("GB 12021.2—2026", 180, 430), ("家用微波炉能效限定值及能效等级", 320, 200),
        ("Minimum allowable values of energy eﬃciency and eﬀiciency grades", 360, 120),
        ("Speciﬁcation ﬂow", 380, 200), ("2026-05-01 发布 2026-11-01 实施", 700, 70),
    ])  # fmt: skip
    meta = cover_to_metadata([cover])
    assert (
        meta.title_en
        == "Minimum allowable values of energy efficiency and efficiency grades Specification flow"
    )
    assert meta.title == "家用微波炉能效限定值及能效等级"  # the Chinese title is untouched


def test_metadata_filing_number_on_dev_covers_of_the_context_layout():
    """corpus/context dev covers (ConTeXt): 备案号 under the number had been glued to the title."""
    expected = {
        "cx_seaweed_01": ("调味海苔", "330381-2026-0157"),
        "cx_socks_01": ("棉袜", "80215-2026"),
        "cx_pump_01": ("小型潜水电泵", "81377-2026"),
    }
    for stem, (title, filing) in expected.items():
        meta = parse_pdf(CONTEXT / f"{stem}.pdf", ParseOptions(first_pages=2, tables=False)).metadata
        assert (meta.title, meta.filing_number) == (title, filing)
