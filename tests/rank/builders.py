"""Hand-built records and plans for the ranking tests (no PDFs, no extraction)."""

from __future__ import annotations

import hashlib
from typing import Any

from std_extract.document import Source
from std_extract.rank.plan import Plan
from std_extract.record import Classification, DocumentRecord, Indicator, Provenance, StandardInfo


def indicator(
    canonical_id: str,
    value: float | None,
    comparator: str = "<=",
    *,
    unit: str | None = "kWh/d",
    value_max: float | None = None,
    tolerance: float | None = None,
    grade: str | None = None,
    page: int = 3,
    text: str | None = None,
    normalized: bool = True,
    value_text: str | None = None,
    test_method: str | None = "GB/T 8059",
) -> Indicator:
    printed = text or f"{comparator}{value}"
    return Indicator(
        id=f"{canonical_id}-{grade}-{value}-{value_max}",
        name=canonical_id,
        canonical_id=canonical_id,
        comparator=comparator,
        value=value,
        value_max=value_max,
        tolerance=tolerance,
        value_text=value_text or printed,
        unit=unit,
        unit_normalized=unit if normalized else None,
        value_normalized=value if normalized else None,
        value_max_normalized=value_max if normalized else None,
        grade=grade,
        test_method=test_method,
        clause="4.2",
        provenance=[Provenance(page=page, bbox=(10.0, 20.0, 30.0, 40.0), source_text=printed, clause="4.2")],
    )


def record(
    number: str,
    indicators: list[Indicator],
    *,
    code: str | None = "3851",
    title: str = "家用电冰箱",
    status: str = "ok",
    sha: str | None = None,
    path: str | None = None,
) -> DocumentRecord:
    digest = sha or hashlib.sha256(number.encode()).hexdigest()
    return DocumentRecord(
        source=Source(path=path or f"corpus/{number.replace('/', '_')}.pdf", sha256=digest, pages=10),
        status=status,  # type: ignore[arg-type]
        standard=StandardInfo(number=number, title=title, enterprise="某某电器有限公司"),
        indicators=indicators,
        classification=Classification(code=code) if code else None,
    )


def plan_data(**overrides: Any) -> dict[str, Any]:
    """A refrigerator-like plan: energy (lower, floor 1.0) and volume efficiency (higher)."""
    data: dict[str, Any] = {
        "id": "fridge",
        "version": "1",
        "title": "家用电冰箱",
        "classes": ["3851"],
        "scope_terms": ["电冰箱"],
        "min_participants": 2,
        "tiering": {"kind": "quantile", "tiers": 3},
        "candidate_rule": {"kind": "top_tier_all"},
        "core": [
            {
                "id": "energy",
                "direction": "lower",
                "unit": "kWh/d",
                "floor": {"value": 1.0, "source": "GB 12021.2-2015 表1"},
            },
        ],
        "optional": [{"id": "noise", "direction": "lower", "unit": "dB"}],
    }
    data.update(overrides)
    return data


def make_plan(**overrides: Any) -> Plan:
    """The plan model built by hand: its ids ("energy") are not the lexicon's, so it skips the
    loader's check of classes and indicator ids (tested on real files in test_loading.py)."""
    return Plan.model_validate(plan_data(**overrides))


def save_correction(store: Any, rec: DocumentRecord, new_value: float, *, reviewer: str = "alice") -> None:
    """A reviewer's correction of ``rec``'s first indicator to ``new_value``, saved in a review store."""
    from std_extract.review.corrections import snapshot

    ind = rec.indicators[0]
    store.save_indicator(
        rec.source.sha256,
        ind.id,
        reviewer=reviewer,
        expected_version=0,
        review_state="corrected",
        changes={"value": new_value},
        base=snapshot(ind),
        added=None,
        events=[("value", ind.value, new_value)],
        reason=None,
    )
