"""``std-extract parse``: JSON or a text outline; a failed parse exits non-zero, no traceback."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from std_extract.cli import app

from .pdfmaker import enterprise_standard

runner = CliRunner()


def test_parse_cmd_json_without_char_boxes(tmp_path):
    path = enterprise_standard(tmp_path / "q.pdf")
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["metadata"]["number"] == "Q/320115ABC 001-2024"
    page = document["pages"][1]
    assert page["header"] and page["footer"] and page["page_label"] == "1"
    assert all("char_bboxes" not in line for line in page["lines"] + page["header"] + page["footer"])


def test_parse_cmd_json_with_char_boxes(tmp_path):
    path = enterprise_standard(tmp_path / "q.pdf")
    result = runner.invoke(app, ["parse", str(path), "--chars", "--first-pages", "1"])
    document = json.loads(result.stdout)
    assert len(document["pages"]) == 1
    line = document["pages"][0]["lines"][0]
    assert len(line["char_bboxes"]) == len(line["text"])


def test_parse_cmd_text_outline(tmp_path):
    result = runner.invoke(app, ["parse", str(enterprise_standard(tmp_path / "q.pdf")), "--format", "text"])
    assert result.exit_code == 0
    assert "number: Q/320115ABC 001-2024" in result.stdout
    assert "title: 风味发酵乳 质量要求" in result.stdout
    assert "1 范围" in result.stdout and "2.1 感官要求" in result.stdout
    assert "表1 感官要求" in result.stdout


def test_parse_cmd_failure_exits_non_zero(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("plain text", encoding="utf-8")
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "not_pdf" in result.output and "notes.pdf" in result.output
    assert "Traceback" not in result.output
