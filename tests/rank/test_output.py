"""Files written by a ranking: JSON valid against its schema, CSV, HTML escaping, CLI."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
from typer.testing import CliRunner

from std_extract.cli import app
from std_extract.rank import rank, rankings_json_schema, render_report
from std_extract.rank.output import candidates_csv, rankings_json, write_outputs
from std_extract.rank.report import evidence_href

from .builders import indicator, make_plan, plan_data, record


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


def test_output_report_escapes_untrusted_text():
    evil = "<script>alert(1)</script>电冰箱"
    recs = [
        record(
            f"Q/A {i}",
            [indicator("energy", v, text=f"≤{v}<img src=x onerror=alert(1)>")],
            title=evil,
            path='javascript:alert(1)//"><b>x.pdf',
        )
        for i, v in enumerate([0.5, 0.6, 0.7])
    ]
    html = render_report(rank(recs, [make_plan()]).plans[0])
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html and "<b>x.pdf" not in html


def test_output_evidence_href_forms():
    assert evidence_href("corpus/a b.pdf", 4) == "corpus/a%20b.pdf#page=4"
    assert evidence_href("/data/std.pdf", 2) == "file:///data/std.pdf#page=2"
    assert evidence_href("javascript:alert(1)").startswith("javascript%3A")
    assert evidence_href("x.pdf", 1, "../../") == "../../x.pdf#page=1"


def test_output_cli_rank_writes_files_and_prints_a_summary(tmp_path):
    plan_file = tmp_path / "fridge.toml"
    plan_file.write_text(_toml(plan_data()), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    lines = [r.model_dump_json() for r in _records()] + ["{not json"]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["rank", str(records), "--plan", "fridge", "--plan-file", str(plan_file), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "fridge: 3 in scope" in result.output and "skipped" in result.output
    assert {p.name for p in (out / "fridge").iterdir()} == {
        "rankings.json",
        "candidates.csv",
        "below_floor.csv",
        "report.html",
    }


def test_output_cli_unknown_plan_exits_2(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["rank", str(records), "--plan", "no-such-plan", "-o", str(tmp_path)])
    assert result.exit_code == 2


def test_output_cli_plans_schema():
    result = CliRunner().invoke(app, ["plans", "--schema"])
    assert result.exit_code == 0 and json.loads(result.output)["title"].startswith(
        "std-extract rankings.json"
    )


def _records():
    return [record(f"Q/A {i:03d}-2024", [indicator("energy", v)]) for i, v in enumerate([0.5, 0.6, 0.7])]


def _toml(data: dict) -> str:
    """A tiny TOML writer for the plan dict of the builders (strings, numbers, lists, tables)."""
    lines, tables = [], []
    for key, value in data.items():
        if isinstance(value, dict):
            tables.append(
                f"[{key}]\n"
                + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in value.items())
            )
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            for item in value:
                tables.append(f"[[{key}]]\n" + "\n".join(f"{k} = {_inline(v)}" for k, v in item.items()))
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n\n" + "\n\n".join(tables) + "\n"


def _inline(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_inline(v)}" for k, v in value.items()) + " }"
    return json.dumps(value, ensure_ascii=False)
