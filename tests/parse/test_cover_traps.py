"""Text-layer traps of real covers, drawn by hand into small PDFs and read through the whole parser
with either backend: a Founder "E-" font that reports the letters G and B as 犌犅 and its date
hyphen as U+E011 (seen on GB 29921-2021 and GB 10767-2021), and a number drawn four times a
fraction of a point apart for a bold effect ("GGGGBBBB 7718—2011", GB 7718-2011).

The documents that showed these traps are in the acceptance set; these pages reproduce the traps
in the file (each test first asserts that the trap is in the text layer), not the documents'
content.  tests/parse/test_chars.py holds the same repairs at the level of single glyphs.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from std_extract.parse import ParseOptions, parse_pdf

from .pdfmaker import FONT

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")  # fonts-arphic-uming (setup-test-env.sh)
FOUNDER = "FounderE"
BACKENDS = ["pypdfium2", "pdfplumber"]
NUMBER = "犌犅９９９０１—２０２１"  # "GB９９９０１—２０２１" as a Founder E- font reports it
HEIGHT = A4[1]


def _founder_font() -> str:
    """AR PL UMing embedded under the name E-HZ9, with U+E011 drawn by the full-width hyphen: what a
    Founder E- font gives a text layer (the repairs key on the font's name, as on the real files)."""
    if FOUNDER not in pdfmetrics.getRegisteredFontNames():
        if not UMING.is_file():
            pytest.skip(f"{UMING} is absent (scripts/setup-test-env.sh installs fonts-arphic-uming)")
        font = TTFont(FOUNDER, str(UMING), subfontIndex=0)
        font.face.name, font.face.subfontNameX = b"E-HZ9", b""
        font.face.charToGlyph[0xE011] = font.face.charToGlyph[ord("－")]
        pdfmetrics.registerFont(font)
    return FOUNDER


def _draw(path: Path, pages: list[list[tuple[str, float, float, float, str]]]) -> Path:
    """Pages of (font, size, x, y from the top, text)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        for font, size, x, y, text in page:
            pdf.setFont(font, size)
            pdf.drawString(x, HEIGHT - y, text)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture(scope="module")
def founder_pdf(tmp_path_factory) -> Path:
    """A national-standard cover whose number and dates are set in the Founder font, then a 前言 and
    a first page with the number as their running header."""
    e = _founder_font()
    cover = [
        (FONT, 10, 60, 60, "ICS 67.040"), (FONT, 10, 60, 75, "CCS X 09"),
        (FONT, 22, 120, 130, "中华人民共和国国家标准"), (e, 14, 400, 180, NUMBER),
        (FONT, 22, 190, 320, "食品安全国家标准"), (FONT, 22, 220, 350, "某类食品限量"),
        (e, 12, 60, 700, "２０２１\ue011０９\ue011０７发布"),
        (e, 12, 400, 700, "２０２２\ue011０３\ue011０７实施"),
    ]  # fmt: skip
    body = [
        [
            (e, 10, 480, 40, NUMBER),
            (FONT, 12, 60, 100, title),
            (FONT, 10.5, 80, 130, "本标准规定了限量要求。"),
        ]
        for title in ("前  言", "1 范围")
    ]
    return _draw(tmp_path_factory.mktemp("founder") / "founder.pdf", [cover, *body])


@pytest.fixture(scope="module")
def bold_copies_pdf(tmp_path_factory) -> Path:
    """A cover whose number's letters and digits are drawn four times, up to 0.4 pt apart."""
    number = [
        ("Times-Bold", 14, 450 + dx, 180 + dy, "GB 99902")
        for dx, dy in ((0, 0.4), (0, 0), (0.3, 0.2), (0.4, 0.4))
    ]
    cover = [
        (FONT, 22, 120, 130, "中华人民共和国国家标准"), *number, (FONT, 14, 510, 180, "—2011"),
        (FONT, 22, 190, 320, "食品安全国家标准"), (FONT, 22, 220, 350, "某类食品标签通则"),
        (FONT, 12, 60, 700, "2011-04-20 发布"), (FONT, 12, 400, 700, "2012-04-20 实施"),
    ]  # fmt: skip
    return _draw(tmp_path_factory.mktemp("bold") / "bold.pdf", [cover])


def _chars(path: Path, page: int = 0) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        return pdf.pages[page].chars


@pytest.mark.parametrize("backend", BACKENDS)
def test_cover_traps_founder_letters_and_date_hyphen(founder_pdf, backend):
    printed = _chars(founder_pdf)
    assert {c["fontname"] for c in printed if c["text"] == "犌"} == {
        "AAAAAA+E-HZ9"
    }  # the trap is in the file
    assert "\ue011" in {c["text"] for c in printed}
    document = parse_pdf(founder_pdf, ParseOptions(first_pages=3, tables=False, backend=backend))
    meta = document.metadata
    assert (meta.number, meta.kind, meta.year) == ("GB 99901-2021", "GB", 2021)
    assert (meta.issued, meta.effective) == ("2021-09-07", "2022-03-07")
    assert meta.title == "食品安全国家标准 某类食品限量"
    assert [page.header[0].text for page in document.pages[1:]] == ["GB９９９０１—２０２１"] * 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_cover_traps_number_drawn_several_times_for_bold(bold_copies_pdf, backend):
    assert sum(c["text"] == "G" for c in _chars(bold_copies_pdf)) == 4  # the trap is in the file
    meta = parse_pdf(bold_copies_pdf, ParseOptions(first_pages=2, tables=False, backend=backend)).metadata
    assert meta.number_as_printed == "GB 99902—2011"  # not "GGGGBBBB 99902—2011"
    assert (meta.number, meta.issued) == ("GB 99902-2011", "2011-04-20")
