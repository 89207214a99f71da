"""Small real PDFs for parser tests, drawn with reportlab (a test dependency).

Text is set in reportlab's built-in CID font STSong-Light, so Chinese works without font files;
pdfminer reads it the way it reads many real standards, including dropping the superscript ³.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
WIDTH, HEIGHT = A4

# A page is a list of (x, y_from_top, size, text); y is the baseline measured from the top.
Line = tuple[float, float, float, str]


def make_pdf(path: Path, pages: list[list[Line]], encrypt=None, compress: bool = True) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, pageCompression=int(compress))
    for page in pages:
        for x, y, size, text in page:
            pdf.setFont(FONT, size)
            pdf.drawString(x, HEIGHT - y, text)
        pdf.showPage()
    pdf.save()
    return path


def make_image_pdf(path: Path, pages: int = 2, side: float = 400) -> Path:
    """Pages with a picture and no text at all: what a scanner produces (a small ``side``: a
    stamp on a blank page)."""
    from reportlab.lib.utils import ImageReader

    pixels = _png_bytes()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        pdf.drawImage(ImageReader(pixels), 50, 300, width=side, height=side)
        pdf.showPage()
    pdf.save()
    return path


def _png_bytes():
    """A tiny grey PNG built by hand (no imaging library needed)."""
    import io
    import struct
    import zlib

    width = height = 8
    raw = b"".join(b"\x00" + bytes([128] * width) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    return io.BytesIO(png)


def zero_page_pdf(path: Path) -> Path:
    """A well-formed PDF whose page tree is empty (/Count 0), written byte by byte."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


COVER = [
    (60, 60, 10, "ICS 67.100.10"),
    (60, 75, 10, "CCS X 16"),
    (380, 110, 12, "Q/320115ABC"),
    (220, 160, 22, "企 业 标 准"),
    (380, 200, 12, "Q/320115ABC 001—2024"),
    (380, 218, 10, "代替 Q/320115ABC 001—2019"),
    (200, 320, 22, "风味发酵乳"),
    (190, 350, 22, "质量要求"),
    (160, 390, 12, "Flavored fermented milk"),
    (60, 700, 12, "2024-01-10 发布"),
    (400, 700, 12, "2024-02-01 实施"),
    (200, 760, 14, "南京某某乳业有限公司  发 布"),
]

BODY = [
    (60, 50, 9, "Q/320115ABC 001—2024"),
    (60, 100, 12, "1 范围"),
    (80, 125, 10.5, "本文件规定了风味发酵乳的技术要求。"),
    (60, 155, 12, "2 技术要求"),
    (60, 180, 10.5, "2.1 感官要求：应符合表1的规定。"),
    (240, 210, 10.5, "表1 感官要求"),
    (60, 240, 10.5, "项目"),
    (260, 240, 10.5, "要求"),
    (60, 265, 10.5, "色泽"),
    (260, 265, 10.5, "呈均匀一致的乳白色"),
    (60, 290, 10.5, "滋味"),
    (260, 290, 10.5, "具有特有的滋味"),
    (60, 330, 10.5, "2.2 蛋白质含量不小于2.3 g/100g，容积不大于5 m³。"),
    (300, 800, 9, "1"),
]


def enterprise_standard(path: Path) -> Path:
    """A two-page enterprise standard: boxed cover fields, then a body with a text-aligned table."""
    return make_pdf(path, [COVER, BODY])
