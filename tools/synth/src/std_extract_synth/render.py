"""PDF rendering with reportlab: cover, 目次, 前言 and body pages, running headers, page numbers.

Deterministic: ``invariant=1`` fixes the creation date and document id, fonts are registered
afresh per document (so subset state never leaks between files), and nothing reads the clock.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from std_extract_synth.layout import (
    BODY_W,
    FONT_SIZE,
    LEFT,
    PAGE_H,
    PAGE_W,
    RIGHT,
    TOP,
    Flow,
    LineOp,
    TextOp,
    layout_blocks,
)
from std_extract_synth.model import Heading, Para, Run, SynthDoc
from std_extract_synth.textruns import SUP_RISE, SUP_SCALE, Measurer

WQY_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_NAMES = {"wqy-zenhei": "WQYZenHei", "STSong-Light": "STSong-Light"}
ROMAN = ("I", "II", "III", "IV", "V", "VI")


def register_font(font: str) -> str:
    """Register ``font`` afresh and return its reportlab name."""
    if font == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    else:
        pdfmetrics.registerFont(TTFont(FONT_NAMES[font], WQY_PATH, subfontIndex=0))
    return FONT_NAMES[font]


@dataclass
class Laid:
    """All pages of a document laid out; ``anchor_pages`` are physical 1-based page numbers."""

    front: list[Flow]
    body: Flow
    anchor_pages: dict[str, int]

    @property
    def front_pages(self) -> int:
        return 1 + sum(len(f.pages) for f in self.front)


def lay_out(doc: SynthDoc, measurer: Measurer) -> Laid:
    body = layout_blocks(doc.body, measurer)
    foreword = layout_blocks(
        [Para("前　　言", indent=False, size=15, align="center"), Para("", indent=False)] + doc.foreword,
        measurer,
    )
    toc = layout_blocks(toc_blocks(doc, body, measurer), measurer)
    laid = Laid([toc, foreword], body, {})
    laid.anchor_pages = {k: v + laid.front_pages for k, v in body.anchors.items()}
    return laid


def toc_blocks(doc: SynthDoc, body: Flow, measurer: Measurer) -> list[Para]:
    """目次 entries with dot leaders: 前言 (II), chapters and annexes (arabic pages)."""
    entries = [("前言", "II")]
    for block in doc.body:
        if isinstance(block, Heading) and block.toc:
            text = f"{block.number}　{block.text}".replace("\n", "　")
            entries.append((text, str(body.anchors[f"toc:{block.number}"])))
    out = [Para("目　　次", indent=False, size=15, align="center"), Para("", indent=False)]
    for text, page in entries:
        out.append(Para(leader(text, page, measurer), indent=False))
    return out


def leader(text: str, page: str, measurer: Measurer) -> str:
    used = measurer.width([Run(text), Run(" " + page)], FONT_SIZE)
    dots = max(3, int((BODY_W - used - 4) / measurer.width([Run(".")], FONT_SIZE)))
    return f"{text}{'.' * dots}{page}"


class Painter:
    """Draws laid-out pages on a reportlab canvas."""

    def __init__(self, c: canvas.Canvas, font: str) -> None:
        self.c = c
        self.font = font

    def text(self, op: TextOp) -> None:
        x = op.x
        for run in op.runs:
            size = op.size * (SUP_SCALE if run.sup else 1)
            baseline = op.top + op.size * 0.86 - (op.size * SUP_RISE if run.sup else 0)
            self.c.setFont(self.font, size)
            self.c.drawString(x, PAGE_H - baseline, run.text)
            x += pdfmetrics.stringWidth(run.text, self.font, size)

    def line(self, op: LineOp) -> None:
        self.c.setLineWidth(op.width)
        self.c.line(op.x0, PAGE_H - op.y0, op.x1, PAGE_H - op.y1)

    def ops(self, ops: list[object]) -> None:
        for op in ops:
            self.text(op) if isinstance(op, TextOp) else self.line(op)  # type: ignore[arg-type]

    def at(self, x: float, top: float, size: float, text: str, align: str = "left") -> None:
        width = pdfmetrics.stringWidth(text, self.font, size)
        x = {"left": x, "right": x - width, "center": x - width / 2}[align]
        self.text(TextOp(x, top, size, [Run(text)]))

    def running(self, number: str, physical: int, label: str) -> None:
        """Header (the standard number) and footer (page number), outer side of the page."""
        odd = physical % 2 == 1
        edge = PAGE_W - RIGHT if odd else LEFT
        self.at(edge, TOP - 32, FONT_SIZE, number, "right" if odd else "left")
        self.c.setLineWidth(0.4)
        self.c.line(LEFT, PAGE_H - (TOP - 16), PAGE_W - RIGHT, PAGE_H - (TOP - 16))
        self.at(edge, PAGE_H - 48, 9, label, "right" if odd else "left")

    def cover(self, doc: SynthDoc) -> None:
        m, c = doc.meta, self.c
        self.at(LEFT, 56, FONT_SIZE, f"ICS {m.ics}")
        self.at(LEFT, 74, FONT_SIZE, f"CCS {m.ccs}")
        self.at(PAGE_W - RIGHT, 104, 26, m.prefix, "right")
        kind = "企　业　标　准" if m.kind == "Q" else "团　体　标　准"
        self.at(PAGE_W / 2, 160, 26, kind, "center")
        c.setLineWidth(1.2)
        c.line(LEFT, PAGE_H - 206, PAGE_W - RIGHT, PAGE_H - 206)
        self.at(PAGE_W - RIGHT, 214, 12, m.number, "right")
        if m.replaces:
            self.at(PAGE_W - RIGHT, 233, FONT_SIZE, "代替 " + "、".join(m.replaces), "right")
        for k, line in enumerate(m.title_lines):
            self.at(PAGE_W / 2, 320 + 36 * k, 22, line, "center")
        if m.title_en:
            self.at(PAGE_W / 2, 330 + 36 * len(m.title_lines), 12, m.title_en, "center")
        self.at(LEFT, 716, 12, f"{m.issued} 发布")
        self.at(PAGE_W - RIGHT, 716, 12, f"{m.effective} 实施", "right")
        c.line(LEFT, PAGE_H - 736, PAGE_W - RIGHT, PAGE_H - 736)
        self.at(PAGE_W / 2, 756, 15, f"{m.enterprise}　　发　布", "center")


def render_pdf(doc: SynthDoc) -> tuple[bytes, dict[str, int]]:
    """The PDF bytes of ``doc`` and the physical page of every anchor."""
    font = register_font(doc.font)
    laid = lay_out(doc, Measurer(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(f"{doc.meta.number} {''.join(doc.meta.title_lines)}")
    c.setAuthor(doc.meta.enterprise)
    c.setCreator("std-extract synth")
    painter = Painter(c, font)
    painter.cover(doc)
    c.showPage()
    physical, roman = 1, 0
    for flow in laid.front:
        for ops in flow.pages:
            physical += 1
            painter.ops(ops)
            painter.running(doc.meta.number, physical, ROMAN[roman])
            roman += 1
            c.showPage()
    for k, ops in enumerate(laid.body.pages, start=1):
        physical += 1
        painter.ops(ops)
        painter.running(doc.meta.number, physical, str(k))
        c.showPage()
    c.save()
    return buf.getvalue(), laid.anchor_pages
