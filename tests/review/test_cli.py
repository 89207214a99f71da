"""The review commands: reviewer accounts and export."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from std_extract.cli import app
from std_extract.review import open_store
from std_extract.review.service import ReviewService


def test_cli_reviewer_add_from_stdin_and_export(outputs, tmp_path):
    runner = CliRunner()
    out = str(outputs.out_dir)
    added = runner.invoke(
        app, ["reviewer", "add", "carol", "--out-dir", out, "--password-stdin"], input="s3cret passphrase\n"
    )
    assert added.exit_code == 0, added.output
    again = runner.invoke(
        app, ["reviewer", "add", "carol", "--out-dir", out, "--password-stdin"], input="another passphrase\n"
    )
    assert again.exit_code == 1 and "exists already" in again.output
    store = open_store(out_dir=outputs.out_dir)
    assert store.reviewers() == ["carol"] and store.check_password("carol", "s3cret passphrase")
    sha, noise = outputs.record.source.sha256, outputs.indicator("噪声").id
    ReviewService(outputs.out_dir, store).decide(sha, noise, action="reject", version=0, reviewer="carol")
    store.close()

    export_dir = tmp_path / "export"
    result = runner.invoke(app, ["export", out, "-o", str(export_dir)])
    assert result.exit_code == 0, result.output
    records = [
        json.loads(line) for line in (export_dir / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    states = {i["name"]: i["review_state"] for i in records[0]["indicators"]}
    assert states["噪声"] == "rejected" and len(records) == 3
    audit = [
        json.loads(line) for line in (export_dir / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [(a["reviewer"], a["field"], a["new_value"]) for a in audit] == [
        ("carol", "review_state", "rejected")
    ]
    assert (export_dir / "audit.csv").read_text(encoding="utf-8").startswith("id,at,reviewer,document_sha256")


def test_cli_reviewer_add_needs_a_store(tmp_path):
    result = CliRunner().invoke(app, ["reviewer", "add", "dave", "--password-stdin"], input="pw\n")
    assert result.exit_code == 2


def test_cli_export_of_a_folder_without_outputs_is_an_error_not_a_traceback(tmp_path):
    empty = tmp_path / "emptydir"
    empty.mkdir()
    result = CliRunner().invoke(app, ["export", str(empty), "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "documents.jsonl not found" in result.output.replace("\n", "")
    assert not isinstance(result.exception, FileNotFoundError)
    assert not (empty / "review.sqlite").exists()
