"""Files written by a ranking: JSON valid against its schema, CSV, HTML escaping, CLI."""

from __future__ import annotations

import csv
import io
import json

import jsonschema

from std_extract.rank import rank, rankings_json_schema
from std_extract.rank.output import candidates_csv, rankings_json, write_outputs, write_rankings_json
from std_extract.rank.report import render_report, report_chunks

from .builders import indicator, make_plan, record


def _result():
    recs = [record(f"Q/A {i:03d}-2024", [indicator("energy", v)]) for i, v in enumerate([0.5, 0.6, 0.7, 1.1])]
    return rank(recs, [make_plan()])


def test_output_rankings_json_matches_published_schema():
    data = json.loads(rankings_json(_result().plans[0]))
    jsonschema.Draft202012Validator(rankings_json_schema()).validate(data)
    assert data["order_note"].startswith("Standards inside a tier are not ordered")


def test_output_files_are_byte_identical_across_runs(tmp_path):
    write_outputs(_result(), tmp_path / "a")
    write_outputs(_result(), tmp_path / "b")
    for name in ("rankings.json", "candidates.csv", "below_floor.csv", "report.html"):
        assert (tmp_path / "a/fridge" / name).read_bytes() == (tmp_path / "b/fridge" / name).read_bytes()
    assert (tmp_path / "a/unassigned.csv").exists()


def test_output_below_floor_csv_lists_both_values_and_sources(tmp_path):
    write_outputs(_result(), tmp_path)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "fridge/below_floor.csv").read_text("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert (row["number"], row["declared"], row["floor"], row["page"]) == ("Q/A 003-2024", "1.1", "1.0", "3")
    assert row["floor_source"] == "GB 12021.2-2015 表1" and row["ranked"] == "False"


def test_output_csv_neutralises_formulas():
    recs = [
        record(f"Q/A {i}", [indicator("energy", v)], title=f'=HYPERLINK("x")电冰箱{i}')
        for i, v in enumerate([0.5, 0.6, 0.7])
    ]
    text = candidates_csv(rank(recs, [make_plan()]).plans[0])
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_output_combined_tables_hold_every_plans_rows_once():
    """The top-level files over all plans are built from the rankings, not read back from the
    per-plan files: the same rows, one header, and every plan's ranking in one JSON document (the
    batch run writes the same bytes a plan at a time: tests/batch/test_reduce.py)."""
    from std_extract.rank.output import below_floor_csv, combined_rankings_json

    second = make_plan().model_copy(update={"id": "fridge2"})
    recs = [record(f"Q/A {i:03d}-2024", [indicator("energy", v)]) for i, v in enumerate([0.5, 0.6, 0.7, 1.1])]
    result = rank(recs, [make_plan(), second])
    combined = candidates_csv(*result.plans)
    per_plan = [candidates_csv(p).splitlines() for p in result.plans]
    assert combined.splitlines() == per_plan[0] + per_plan[1][1:]  # one header, the rows of both
    assert {row["plan"] for row in csv.DictReader(io.StringIO(combined))} == {"fridge", "fridge2"}
    assert below_floor_csv(*result.plans).count("Q/A 003-2024") == 2
    plans = json.loads(combined_rankings_json(result))["plans"]
    assert plans["fridge"] == json.loads(rankings_json(result.plans[0]))


def test_output_rankings_json_a_standard_at_a_time_is_the_text_of_the_whole_dump():
    ranking = _result().plans[0]
    assert len(ranking.standards) == 4
    for each in (ranking, ranking.model_copy(update={"standards": []})):
        out = io.StringIO()
        write_rankings_json(each, out)
        assert out.getvalue() == rankings_json(each)


def test_output_report_chunks_are_the_report():
    ranking = _result().plans[0]
    assert "".join(report_chunks(ranking)) == render_report(ranking)


def test_output_plan_files_failing_midway_leave_the_earlier_run_as_it_was(tmp_path, monkeypatch):
    import pytest

    import std_extract.rank.output as output

    write_outputs(_result(), tmp_path)
    before = {p.name: p.read_bytes() for p in (tmp_path / "fridge").iterdir() if p.is_file()}

    def broken(ranking, links=None):
        yield "<!DOCTYPE html>"
        raise RuntimeError("template failed")

    monkeypatch.setattr(output, "report_chunks", broken)
    changed = rank([record("Q/A 009-2024", [indicator("energy", 0.4)]), *_result_records()], [make_plan()])
    with pytest.raises(RuntimeError):
        write_outputs(changed, tmp_path)
    after = {p.name: p.read_bytes() for p in (tmp_path / "fridge").iterdir() if p.is_file()}
    assert after == before  # no half-written report, no new rankings.json beside the old report


def _result_records():
    return [record(f"Q/A {i:03d}-2024", [indicator("energy", v)]) for i, v in enumerate([0.5, 0.6, 0.7, 1.1])]
