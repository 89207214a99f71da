"""std-extract classify / areas through the typer app."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from std_extract.cli import app

runner = CliRunner()


def test_cli_classify_json_lines_shape():
    result = runner.invoke(app, ["classify", "家用电冰箱", "快递服务", "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["input"] for line in lines] == ["家用电冰箱", "快递服务"]
    for line in lines:
        assert {"input", "code", "name", "score", "needs_review", "candidates"} <= set(line)
        assert isinstance(line["score"], float) and isinstance(line["needs_review"], bool)
        assert line["candidates"][0]["code"] == line["code"]
        assert {"code", "name", "score", "evidence"} <= set(line["candidates"][0])
        assert {"term", "source", "clause", "text"} <= set(line["candidates"][0]["evidence"][0])
    assert [line["code"] for line in lines] == ["3851", "6020"]


def test_cli_classify_file_of_names(tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("大米\n\n白酒\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", "--file", str(names), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["code"] for line in result.stdout.splitlines()] == ["1311", "1512"]


def test_cli_classify_text_table():
    result = runner.invoke(app, ["classify", "白酒"])
    assert result.exit_code == 0 and "1512" in result.stdout and "白酒制造" in result.stdout


def test_cli_classify_without_input_fails():
    assert runner.invoke(app, ["classify"]).exit_code == 2


def test_cli_areas_search_and_json():
    result = runner.invoke(app, ["areas", "制冷", "--level", "class", "--format", "json"])
    assert result.exit_code == 0
    codes = [json.loads(line)["code"] for line in result.stdout.splitlines()]
    assert codes[:2] == ["3464", "3851"]
    listing = runner.invoke(app, ["areas", "--level", "section", "-f", "json"])
    assert len(listing.stdout.splitlines()) == 20


def test_cli_classify_missing_pdf_is_an_error_not_text(tmp_path):
    missing = str(tmp_path / "nope.pdf")
    result = runner.invoke(app, ["classify", missing, "大米", "-f", "json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines[0]["error"] == "file not found" and lines[0]["code"] is None
    assert lines[1]["code"] == "1311"  # the batch goes on


def test_cli_classify_bad_pdf_names_the_file_once(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("hi\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(fake), "-f", "json"])
    assert result.exit_code == 1
    stderr = result.stderr.replace("\n", "")
    assert "not a PDF" in stderr and stderr.count("fake.pdf") == 1, result.stderr


def test_cli_classify_shows_what_supports_each_candidate():
    result = runner.invoke(app, ["classify", "电冰箱批发"])
    assert result.exit_code == 0
    assert "注释 5138 包括" in result.output  # the annotation row behind the trade class
    assert "活动词 批发" in result.output  # the activity rule


def test_cli_classify_json_carries_the_review_estimate_and_each_candidates_votes():
    result = runner.invoke(app, ["classify", "电冰箱批发", "-f", "json"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert 0.0 <= line["review"]["estimate"] <= 1.0 and line["review"]["threshold"] > 0
    assert line["needs_review"] == (line["review"]["estimate"] < line["review"]["threshold"])
    support = line["candidates"][0]["support"]
    assert {"component", "label", "code", "weight", "term", "source", "text"} <= set(support[0])
    assert any(s["component"] == "activity" and s["code"] == "51" for s in support)


def test_cli_classify_text_names_the_component_and_weight_of_each_vote():
    result = runner.invoke(app, ["classify", "电冰箱批发"])
    assert result.exit_code == 0
    assert "复核：是，估计第一候选正确" in result.output
    assert "活动词规则（51）" in result.output and "注释近邻 [title] 注释 5138 包括" in result.output


def test_cli_classify_says_why_a_standard_has_no_class():
    result = runner.invoke(app, ["classify", "食品中污染物限量", "--format", "json"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert line["code"] is None and line["candidates"] == [] and line["needs_review"] is False
    assert line["no_class"] == "所有食品或饲料中的物质：食品中污染物限量"
    table = runner.invoke(app, ["classify", "水质 挥发酚的测定"])
    assert "  无小类：环境介质中的测定：水质 挥发酚的测定" in table.stdout.splitlines()
