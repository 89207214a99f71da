"""Hand-made gold files and output records for the evaluator's tests."""

from __future__ import annotations

from std_extract.document import Source
from std_extract.evaluate.gold import Gold, GoldIndicator
from std_extract.record import ClassCandidate, Classification, DocumentRecord, Indicator, StandardInfo

STANDARD = StandardInfo(
    number="DB32/T 1580-2019",
    kind="DB/T",
    title="地理标志产品 射阳大米",
    enterprise="江苏省市场监督管理局",
    issued="2019-07-11",
    effective="2019-08-01",
    replaces=["DB32/T 1580-2010"],
    ics=["65.020.20"],
    ccs=["B 22"],
)

# 垩白度 over three grades, one range and one not-detected row: enough to exercise every field.
GOLD_INDICATORS = [
    {"name": "垩白度", "comparator": "<=", "value": 3.0, "unit": "%", "grade": "特级"},
    {"name": "垩白度", "comparator": "<=", "value": 4.0, "unit": "%", "grade": "一级"},
    {"name": "垩白度", "comparator": "<=", "value": 5.0, "unit": "%", "grade": "二级"},
    {"name": "直链淀粉含量", "comparator": "range", "value": 13.0, "value_max": 20.0, "unit": "%"},
    {"name": "沙门氏菌", "comparator": "not_detected", "conditions": ["n=5,c=0"]},
]


def make_gold(indicators: list[dict] | None = None, code: str | None = "1311", **standard) -> Gold:
    return Gold(
        file="rice.pdf",
        category="大米",
        standard=STANDARD.model_copy(update=standard),
        classification={"code": code},
        indicators=[GoldIndicator(**i) for i in (GOLD_INDICATORS if indicators is None else indicators)],
    )


def make_indicator(n: int, spec: dict) -> Indicator:
    return Indicator(id=f"i{n}", **spec)


def make_record(
    indicators: list[dict] | None = None,
    code: str | None = "1311",
    candidates: list[str] = (),
    status: str = "ok",
    standard: StandardInfo | None = None,
    **standard_changes,
) -> DocumentRecord:
    specs = GOLD_INDICATORS if indicators is None else indicators
    classification = Classification(
        code=code,
        candidates=[ClassCandidate(code=c, name="", score=1.0 - i / 10) for i, c in enumerate(candidates)],
    )
    return DocumentRecord(
        source=Source(path="rice.pdf", sha256="0" * 64, pages=8),
        status=status,
        standard=(standard or STANDARD).model_copy(update=standard_changes),
        indicators=[make_indicator(n, spec) for n, spec in enumerate(specs)],
        classification=classification,
    )


def with_changes(index: int, **changes) -> list[dict]:
    """GOLD_INDICATORS with one indicator changed."""
    specs = [dict(spec) for spec in GOLD_INDICATORS]
    specs[index].update(changes)
    return specs
