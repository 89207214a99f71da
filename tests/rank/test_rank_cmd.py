"""``std-extract rank`` and ``std-extract plans``."""

from __future__ import annotations

import json

import pytest
from corpora import GENERATED, REPO
from typer.testing import CliRunner

from std_extract.cli import app

from .builders import indicator, plan_data, record, save_correction


def test_rank_cmd_rank_writes_files_and_prints_a_summary(tmp_path):
    plan_file = tmp_path / "fridge.toml"
    plan_file.write_text(_toml(_plan_with_lexicon_ids()), encoding="utf-8")
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


def test_rank_cmd_unknown_plan_exits_2(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["rank", str(records), "--plan", "no-such-plan", "-o", str(tmp_path)])
    assert result.exit_code == 2


def test_rank_cmd_plans_schema():
    result = CliRunner().invoke(app, ["plans", "--schema"])
    assert result.exit_code == 0 and json.loads(result.output)["title"].startswith(
        "std-extract rankings.json"
    )


def _plan_with_lexicon_ids() -> dict:
    """The builders' plan with its core indicator renamed to a lexicon id, as a plan file needs."""
    data = plan_data()
    data["core"] = [{**data["core"][0], "id": "energy_consumption"}]
    return data


def _records():
    values = enumerate([0.5, 0.6, 0.7])
    return [record(f"Q/A {i:03d}-2024", [indicator("energy_consumption", v)]) for i, v in values]


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


def test_rank_cmd_plans_lists_the_shipped_plans():
    result = CliRunner().invoke(app, ["plans"])
    assert (
        result.exit_code == 0
        and "household_refrigerator" in result.output
        and "energy_consumption" in result.output
    )


def test_rank_cmd_auto_writes_only_plans_with_records(tmp_path):
    records = tmp_path / "records.jsonl"
    lines = [
        record(f"Q/A {i:03d}-2024", [indicator("energy_consumption", v, unit="kWh/(24*h)")]).model_dump_json()
        for i, v in enumerate([0.44, 0.48, 0.52])
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["rank", str(records), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["household_refrigerator", "index.html", "unassigned.csv"]
    assert "household_refrigerator: 3 in scope, 3 ranked" in result.output
    assert "plan(s) with no record in scope (no report written): baijiu," in " ".join(result.output.split())


def test_rank_cmd_missing_records_file_is_an_error_not_a_traceback(tmp_path):
    result = CliRunner().invoke(app, ["rank", str(tmp_path / "nosuch.jsonl"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nosuch.jsonl" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, FileNotFoundError)


@pytest.fixture(params=["sqlite", "postgresql"])
def review_db(request, tmp_path) -> str:
    """A review store's URL as a user writes it: a SQLite file, or a bare ``postgresql://`` URL
    (no driver named) on the session's PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'review.sqlite'}"
    from pg_server import new_database

    url = new_database(request.getfixturevalue("postgres_server"), "rank")
    return "postgresql://" + url.split("://", 1)[1]


def test_rank_cmd_db_applies_corrections_and_names_the_reviewer(tmp_path, review_db):
    from std_extract.review import open_store

    plan_file = tmp_path / "fridge.toml"
    plan_file.write_text(_toml(_plan_with_lexicon_ids()), encoding="utf-8")
    recs = _records()
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(r.model_dump_json() for r in recs) + "\n", encoding="utf-8")
    db = review_db
    store = open_store(db)
    try:
        save_correction(store, recs[2], 0.45)  # its 0.7, the worst
    finally:
        store.close()
    out = tmp_path / "out"
    args = [
        "rank",
        str(records),
        "--plan",
        "fridge",
        "--plan-file",
        str(plan_file),
        "-o",
        str(out),
        "--db",
        db,
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    ranking = json.loads((out / "fridge" / "rankings.json").read_text("utf-8"))
    assert ranking["schema_version"] == "1.2.0"
    corrected = next(s for s in ranking["standards"] if s["standard"]["sha256"] == recs[2].source.sha256)
    compared = corrected["indicators"][0]["compared"]
    assert compared["value"] == 0.45 and compared["review"]["by"] == "alice"
    assert "经审核员 alice 于" in (out / "fridge" / "report.html").read_text("utf-8")


def test_rank_cmd_links_relative_pdf_paths_from_pdf_root(tmp_path):
    plan_file = tmp_path / "fridge.toml"
    plan_file.write_text(_toml(_plan_with_lexicon_ids()), encoding="utf-8")
    pdf = next(GENERATED.glob("*.pdf")).relative_to(REPO)
    recs = [
        r.model_copy(update={"source": r.source.model_copy(update={"path": str(pdf)})}) for r in _records()
    ]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(r.model_dump_json() for r in recs) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["rank", str(records), "--plan-file", str(plan_file), "-o", str(out), "--pdf-root", str(REPO)]
    result = CliRunner().invoke(app, [*args, "--no-page-images"])
    assert result.exit_code == 0, result.output
    html = (out / "fridge" / "report.html").read_text("utf-8")
    assert f'href="{(REPO / pdf).as_uri()}#page=3"' in html and not (out / "fridge" / "evidence").exists()
