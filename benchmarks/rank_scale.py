"""Rank 100,000 synthetic records and print how long it takes.

    python benchmarks/rank_scale.py [--records 100000] [--plans 10] [--json]

Records are generated here (no PDFs): each belongs to one of ``--plans`` product areas (or, one in
ten, to none), declares the area's three core indicators, some at two grades, in a unit that
sometimes needs converting, and a few fall below the floor.  The ranking itself must stay
O(n log n): assignment is one pass over records x plans, tiering a sort per indicator.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time

from std_extract.document import Source
from std_extract.rank import Plan, rank
from std_extract.rank.output import rankings_json
from std_extract.record import Classification, DocumentRecord, Indicator, Provenance, StandardInfo


def make_plans(count: int) -> list[Plan]:
    plans = []
    for n in range(count):
        data = {
            "id": f"area{n:02d}",
            "version": "1",
            "title": f"产品{n:02d}",
            "classes": [f"{3800 + n:04d}"],
            "scope_terms": [f"产品{n:02d}"],
            "min_participants": 5,
            "tiering": {"kind": "quantile", "tiers": 4},
            "gates": [{"kind": "record_ok"}, {"kind": "references_well_formed"}],
            "core": [
                {
                    "id": "energy",
                    "direction": "lower",
                    "unit": "kWh/d",
                    "floor": {"value": 1.0, "source": "GB x"},
                },
                {
                    "id": "efficiency",
                    "direction": "higher",
                    "unit": "percent",
                    "floor": {"value": 60, "source": "GB y"},
                },
                {
                    "id": "noise",
                    "direction": "lower",
                    "unit": "dB",
                    "tiering": {"kind": "fixed", "bounds": [38, 42]},
                },
            ],
            "optional": [{"id": "lifetime", "direction": "higher", "unit": "h"}],
        }
        # The model alone: the areas' classes (3800...) and ids are made up, so the loader's check
        # against the GB/T 4754 table and the lexicon would refuse them.
        plans.append(Plan.model_validate(data))
    return plans


def _indicator(cid: str, comparator: str, value: float, unit: str, grade: str | None, page: int) -> Indicator:
    text = f"{comparator}{value:g}"
    return Indicator.model_construct(
        id=f"{cid}-{grade}",
        name=cid,
        canonical_id=cid,
        comparator=comparator,
        value=value,
        value_normalized=value,
        unit=unit,
        unit_normalized=unit,
        value_max=None,
        value_max_normalized=None,
        tolerance=None,
        value_text=text,
        grade=grade,
        conditions=[],
        test_method="GB/T 8059",
        clause="4.2",
        table=None,
        flags=[],
        review_state="extracted",
        canonical_name=None,
        match_score=None,
        provenance=[
            Provenance.model_construct(page=page, bbox=(0.0, 0.0, 1.0, 1.0), source_text=text, clause="4.2")
        ],
    )


def make_records(count: int, plans: int, seed: int = 20240101) -> list[DocumentRecord]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        area = rng.randrange(plans + plans // 9 + 1)  # about one in ten falls in no plan
        energy = round(rng.uniform(0.3, 1.05), 2)
        indicators = [
            _indicator("energy", "<=", energy, "kWh/d", "1级", 4),
            _indicator("efficiency", ">=", round(rng.uniform(58, 95), 1), "percent", None, 5),
            _indicator("noise", "<=", float(rng.randint(35, 48)), "dB", None, 5),
        ]
        if rng.random() < 0.3:
            indicators.append(_indicator("energy", "<=", round(energy * 1.2, 2), "kWh/d", "2级", 4))
        if rng.random() < 0.1:  # annual consumption printed: converted to the plan's kWh/d
            indicators[0] = _indicator("energy", "<=", round(energy * 365.25, 3), "kWh/a", "1级", 4)
        number = f"Q/{area:02d}BENCH {i:06d}-2024"
        out.append(
            DocumentRecord.model_construct(
                schema_version="1.0.0",
                source=Source.model_construct(
                    path=f"bench/{i:06d}.pdf",
                    sha256=hashlib.sha256(number.encode()).hexdigest(),
                    pages=12,
                    size_bytes=0,
                ),
                status="ok",
                errors=[],
                standard=StandardInfo.model_construct(
                    number=number, title=f"产品{area:02d}", replaces=[], ics=[], ccs=[]
                ),
                indicators=indicators,
                classification=Classification.model_construct(
                    code=f"{3800 + area:04d}", candidates=[], level_path=[]
                ),
                pipeline_version=None,
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="also time writing every rankings.json")
    args = parser.parse_args()
    started = time.perf_counter()
    plans = make_plans(args.plans)
    records = make_records(args.records, args.plans)
    generated, cpu_before = time.perf_counter(), time.process_time()
    result = rank(records, plans)
    ranked, cpu = time.perf_counter(), time.process_time() - cpu_before
    print(f"generated {len(records):,} records in {generated - started:.2f} s")
    # CPU time beside wall time: on a shared machine the wall clock also counts other processes.
    wall = ranked - generated
    print(f"ranked {len(records):,} records under {len(plans)} plans in {wall:.2f} s (CPU {cpu:.2f} s)")
    candidates = sum(len(p.candidates) for p in result.plans)
    below = sum(len(p.below_floor) for p in result.plans)
    print(f"{candidates:,} candidates, {below:,} below-floor rows, {len(result.unassigned):,} in no plan")
    if args.json:
        size = sum(len(rankings_json(p)) for p in result.plans)
        took = time.perf_counter() - ranked
        print(f"serialised rankings.json for every plan ({size / 1e6:.1f} MB) in {took:.2f} s")


if __name__ == "__main__":
    main()
