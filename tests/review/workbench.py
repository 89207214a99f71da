"""Helpers of the review workbench tests: a real PDF, its record, a batch's OUT_DIR, logging in.

The fixtures built from them (``standard_pdf``, ``outputs``, ``db_url``, ``live_server``, ``page``)
are in tests/conftest.py.

The PDF is drawn with reportlab (a cover line and 表1 with four requirements, plus a sentence
whose value the "extractor" missed); its record is built by hand with bboxes measured by
pdfplumber on the file itself, so boxes and page agree exactly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from std_extract.document import Source
from std_extract.extract.ids import indicator_id
from std_extract.record import (
    ClassCandidate,
    Classification,
    DocumentRecord,
    Indicator,
    Provenance,
    StandardInfo,
)

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
PASSWORD = "correct horse battery staple"

# (row label, unit, requirement as printed) of 表1, and the indicator each row becomes.
TABLE_ROWS = [
    ("耗电量", "kWh/24h", "≤0.45"),
    ("噪声", "dB(A)", "≤38"),
    ("冷藏室温度", "℃", "0～8"),
    ("制冷剂充注量偏差", "%", "±5"),
]
MISSED_SENTENCE = "4.3 待机功率应不大于0.5 W。"


def make_standard_pdf(path: Path) -> None:
    """A one-page A4 standard with a ruled requirement table (text drawn with a CJK font)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 16)
    c.drawString(72, height - 80, "Q/TEST 001-2024 家用电冰箱")
    c.setFont("WQY", 11)
    c.drawString(72, height - 120, "4.2 技术要求应符合表1的规定。")
    c.drawString(230, height - 150, "表1 技术要求")
    top, row_h, cols = height - 165, 24, [72, 252, 372, 492]
    rows = [("项目", "单位", "指标"), *TABLE_ROWS]
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h
        for x, text in zip(cols, row, strict=False):
            c.drawString(x + 6, y + 8, text)
    for i in range(len(rows) + 1):
        c.line(cols[0], top - i * row_h, cols[-1], top - i * row_h)
    for x in cols:
        c.line(x, top, x, top - len(rows) * row_h)
    c.drawString(72, top - len(rows) * row_h - 30, MISSED_SENTENCE)
    c.showPage()
    c.save()


def _box(page, text: str, nth: int = 0) -> tuple[float, float, float, float]:
    hits = page.search(text, regex=False)
    hit = hits[nth]
    return (round(hit["x0"], 2), round(hit["top"], 2), round(hit["x1"], 2), round(hit["bottom"], 2))


def build_record(pdf: Path, recorded_path: str) -> tuple[DocumentRecord, tuple[float, float, float, float]]:
    """The record an extractor would make of the fixture PDF (the 4.3 value left out)."""
    data = pdf.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        boxes = {label: _box(page, printed) for label, _, printed in TABLE_ROWS}
        missed = _box(page, "待机功率应不大于0.5 W")

    def prov(label: str) -> list[Provenance]:
        printed = next(p for lab, _, p in TABLE_ROWS if lab == label)
        return [Provenance(page=1, bbox=boxes[label], source_text=printed, clause="表 1")]

    def ind(label: str, **fields) -> Indicator:
        return Indicator(
            id=indicator_id(sha, f"table:1:{label}", label, None),
            name=label,
            clause="4.2",
            table="1",
            provenance=prov(label),
            **fields,
        )

    indicators = [
        ind(
            "耗电量",
            canonical_id="energy_consumption",
            canonical_name="耗电量",
            match_score=100,
            comparator="<=",
            value=0.45,
            value_text="≤0.45",
            unit="kWh/24h",
            unit_normalized="kWh/(24*h)",
            value_normalized=0.45,
        ),
        ind(
            "噪声",
            canonical_id="noise",
            canonical_name="噪声",
            match_score=72,
            comparator="<=",
            value=38,
            value_text="≤38",
            unit="dB(A)",
            unit_normalized="dBA",
            value_normalized=38,
        ),
        ind(
            "冷藏室温度",
            canonical_id="fresh_food_temperature",
            canonical_name="冷藏室温度",
            match_score=95,
            comparator="range",
            value=0,
            value_max=8,
            value_text="0～8",
            unit="℃",
            unit_normalized="degC",
            value_normalized=0,
            value_max_normalized=8,
        ),
        ind(
            "制冷剂充注量偏差",
            canonical_id=None,
            match_score=55,
            comparator="tolerance",
            value=0,
            tolerance=5,
            value_text="±5",
            unit="%",
            flags=["unit_unknown"],
        ),
    ]
    record = DocumentRecord(
        source=Source(path=recorded_path, sha256=sha, pages=1, size_bytes=len(data)),
        status="ok",
        standard=StandardInfo(number="Q/TEST 001-2024", kind="Q", title="家用电冰箱"),
        indicators=indicators,
        classification=Classification(
            code="3856",
            name="家用厨房电器具制造",
            score=0.41,
            needs_review=True,
            candidates=[ClassCandidate(code="3856", name="家用厨房电器具制造", score=0.41)],
            method="rules.v1",
        ),
    )
    return record, missed


def peer_record(number: str, value: float) -> DocumentRecord:
    """Another standard declaring daily energy use: the neighbours of the plausibility check."""
    sha = hashlib.sha256(number.encode()).hexdigest()
    return DocumentRecord(
        source=Source(path=f"missing/{number}.pdf", sha256=sha, pages=1),
        status="partial",
        standard=StandardInfo(number=number, title="电冰箱"),
        indicators=[
            Indicator(
                id=indicator_id(sha, "t", "耗电量", None),
                name="耗电量",
                canonical_id="energy_consumption",
                match_score=100,
                comparator="<=",
                value=value,
                unit="kWh/24h",
                unit_normalized="kWh/(24*h)",
                value_normalized=value,
            )
        ],
        classification=Classification(code="3851", name="家用制冷电器具制造", score=0.9, needs_review=False),
    )


def write_records(records: list[DocumentRecord], out_dir: Path) -> None:
    with (out_dir / "documents.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(record.model_dump_json() + "\n")


@dataclass
class Outputs:
    """A batch run's OUT_DIR as the workbench sees it, and how the fixture made it."""

    out_dir: Path
    input_dir: Path
    pdf: Path
    record: DocumentRecord
    peers: list[DocumentRecord]
    missed_bbox: tuple[float, float, float, float]

    @property
    def records(self) -> list[DocumentRecord]:
        return [self.record, *self.peers]

    def indicator(self, name: str) -> Indicator:
        return next(i for i in self.record.indicators if i.name == name)


@dataclass
class WorkbenchServer:
    """The workbench served in a thread of the test process, and its review store."""

    url: str
    store: object


def log_in(page, base_url: str, name: str = "alice", password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.click("#login")
    page.wait_for_url(f"{base_url}/")
