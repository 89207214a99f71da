"""std-extract rules: every shipped rule and data file loads; a broken edited copy is reported with
its file and field, and the other files are still checked (real loaders, real files)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from std_extract.cli import app
from std_extract.rank.loading import shipped_plan_files
from std_extract.resources import extractors_dir, models_dir

runner = CliRunner()


def _copy(source, folder: Path, name: str | None = None) -> Path:
    """A copy of a shipped file in ``folder`` (an agency's working copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or source.name)
    path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _json(result) -> dict:
    return json.loads(result.stdout)


def test_rules_cmd_shipped_files_all_load():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("extractors/indicators.toml") and "indicators" in line for line in lines)
    assert sum(line.startswith("extractors/plans/") for line in lines) == len(shipped_plan_files())
    assert any(line.startswith("models/gbt4754/") and "1381 小类" in line for line in lines)
    assert "BROKEN" not in result.stdout


def test_rules_cmd_json_names_every_file():
    result = runner.invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = _json(result)
    files = {item["file"]: item for item in payload["files"]}
    assert payload["ok"] and all(item["ok"] and item["error"] is None for item in files.values())
    expected = {
        f"extractors/{n}"
        for n in ("indicators.toml", "units.toml", "comparators.toml", "scope.toml", "standard_numbers.toml")
        + ("confidence.toml", "clauses.toml")
    }
    expected |= {f"extractors/plans/{f.name}" for f in shipped_plan_files()}
    expected |= {"models/product_lexicon.csv", "models/classify/classifier.toml", "models/textcat/"}
    expected.add("models/gbt4754/annotation_names.csv")
    assert expected <= set(files)
    assert files["extractors/plans/rice.toml"]["kind"] == "plan"


def test_rules_cmd_check_good_copies(tmp_path):
    paths = [
        _copy(extractors_dir() / name, tmp_path)
        for name in (
            "indicators.toml",
            "units.toml",
            "comparators.toml",
            "scope.toml",
            "standard_numbers.toml",
        )
        + ("confidence.toml", "clauses.toml")
    ]
    paths.append(_copy(extractors_dir() / "plans" / "rice.toml", tmp_path / "plans"))
    paths.append(_copy(models_dir() / "product_lexicon.csv", tmp_path))
    result = runner.invoke(app, ["rules", "--check", *map(str, paths)])
    assert result.exit_code == 0, result.output
    assert [line.split()[0] for line in result.stdout.splitlines()] == [str(p) for p in paths]


def test_rules_cmd_broken_indicator_unit_names_file_and_field(tmp_path):
    path = _edit(_copy(extractors_dir() / "indicators.toml", tmp_path), 'unit = "%"', 'unit = "kg"')
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert error["file"] == str(path)
    assert error["field"] == "indicator[0](id=moisture).unit"
    assert "not of dimension mass_fraction" in error["problem"]


def test_rules_cmd_broken_file_does_not_stop_the_others(tmp_path):
    broken = _edit(_copy(extractors_dir() / "scope.toml", tmp_path), "state_words = [", "state_word = [")
    good = _copy(extractors_dir() / "comparators.toml", tmp_path)
    result = runner.invoke(app, ["rules", "--check", str(broken), str(good)])
    assert result.exit_code == 1
    first, second = result.stdout.splitlines()
    assert first.startswith(str(broken)) and "BROKEN" in first and "test_procedure." in first
    assert second.startswith(str(good)) and "phrases" in second


def test_rules_cmd_broken_clause_words_name_the_field(tmp_path):
    path = _copy(extractors_dir() / "clauses.toml", tmp_path)
    _edit(path, r'"做\\s*\\d",', r'"做(\\d",')  # a frequency pattern that does not compile
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert (error["file"], error["field"]) == (str(path), "frequency.patterns[0]")  # the broken entry itself
    assert "not a regular expression" in error["problem"]
    missing = _edit(_copy(extractors_dir() / "clauses.toml", tmp_path / "b"), "reference = [", "referenc = [")
    error = _json(runner.invoke(app, ["rules", "--check", str(missing), "-f", "json"]))["files"][0]["error"]
    assert error["field"].startswith("openers.")


def test_rules_cmd_plan_class_must_exist_in_the_table(tmp_path):
    plan = _copy(extractors_dir() / "plans" / "rice.toml", tmp_path / "plans")
    _edit(plan, 'classes = ["1311"]', 'classes = ["1318"]')  # well formed, but no such 小类
    result = runner.invoke(app, ["rules", "--check", str(plan), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert (error["file"], error["field"]) == (str(plan), "classes[0]")


def test_rules_cmd_plan_indicator_must_exist_in_the_lexicon(tmp_path):
    plan = _edit(
        _copy(extractors_dir() / "plans" / "rice.toml", tmp_path / "plans"), '"broken_rice"', '"broken_rices"'
    )
    result = runner.invoke(app, ["rules", "--check", str(plan), "-f", "json"])
    assert result.exit_code == 1
    assert _json(result)["files"][0]["error"]["field"] == "core[0].id"


def test_rules_cmd_product_lexicon_bad_code_names_the_line(tmp_path):
    path = _copy(models_dir() / "product_lexicon.csv", tmp_path)
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("大米,9999,\n")
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert (error["file"], error["field"]) == (str(path), f"line {lines + 1}")


def test_rules_cmd_unknown_file_kind_is_reported(tmp_path):
    path = _copy(extractors_dir() / "units.toml", tmp_path, "my_units.toml")
    result = runner.invoke(app, ["rules", "--check", str(path)])
    assert result.exit_code == 1 and "cannot tell what rule file" in result.stdout


def test_rules_cmd_check_needs_files():
    assert runner.invoke(app, ["rules", "--check"]).exit_code == 2


def test_rules_cmd_broken_confidence_weight_names_file_and_field(tmp_path):
    copy = _copy(extractors_dir() / "confidence.toml", tmp_path)
    path = _edit(copy, "outside_plausible = ", "outside_plausibel = ")
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert error["file"] == str(path) and error["field"].startswith("evidence.outside_plausib")


def test_rules_cmd_confidence_threshold_must_be_a_probability(tmp_path):
    path = _copy(extractors_dir() / "confidence.toml", tmp_path)
    text = path.read_text(encoding="utf-8")
    start = text.index("\nthreshold = ") + 1
    path.write_text(text[:start] + "threshold = 1.5" + text[text.index("\n", start) :], encoding="utf-8")
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    assert _json(result)["files"][0]["error"]["field"] == "threshold"


def test_rules_cmd_plausible_range_must_be_ordered(tmp_path):
    copy = _copy(extractors_dir() / "indicators.toml", tmp_path)
    path = _edit(copy, "plausible = [0, 100]", "plausible = [100, 0]")
    result = runner.invoke(app, ["rules", "--check", str(path), "-f", "json"])
    assert result.exit_code == 1
    error = _json(result)["files"][0]["error"]
    assert error["field"].startswith("indicator[") and error["field"].endswith(".plausible")
    assert "low bound above its high bound" in error["problem"]
