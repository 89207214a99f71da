"""``std-extract synth`` writes PDFs, gold and a manifest."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

pytest.importorskip("reportlab")

from std_extract.cli import app  # noqa: E402


def test_synth_cli_writes_a_small_corpus(tmp_path):
    out = tmp_path / "gen"
    result = CliRunner().invoke(
        app,
        [
            "synth",
            "--out",
            str(out),
            "--count-per-category",
            "1",
            "--category",
            "快递服务",
            "--category",
            "白酒",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    assert len(list(out.glob("*.pdf"))) == 2
    assert len(list(out.glob("*.gold.json"))) == 2
    assert (out / "MANIFEST.csv").read_text(encoding="utf-8").startswith("file,category,class_code")


def test_synth_cli_rejects_an_unknown_category(tmp_path):
    result = CliRunner().invoke(app, ["synth", "--out", str(tmp_path), "--category", "火箭"])
    assert result.exit_code == 2


def test_synth_cli_refuses_to_overwrite_a_corpus_unless_asked(tmp_path):
    out = tmp_path / "gen"
    args = ["synth", "--out", str(out), "--count-per-category", "1", "--category", "白酒"]
    assert CliRunner().invoke(app, args).exit_code == 0
    gold = next(out.glob("*.gold.json"))
    gold.write_text("{}", encoding="utf-8")  # a reviewed edit that must not be lost by accident

    refused = CliRunner().invoke(app, args)
    assert refused.exit_code == 2
    message = " ".join(refused.output.split())  # the console wraps long lines
    assert "already holds a corpus" in message and "--overwrite" in message
    assert gold.read_text(encoding="utf-8") == "{}"

    assert CliRunner().invoke(app, [*args, "--overwrite"]).exit_code == 0
    assert gold.read_text(encoding="utf-8") != "{}"


def test_synth_cli_default_folder_is_not_the_bundled_corpus():
    from std_extract.cli.synth_cmd import synth

    assert "corpus" not in str(synth.__defaults__ or "") and "synth-out" in str(synth.__defaults__)


def test_cli_help_lists_flags_without_a_value_type():
    help_text = CliRunner().invoke(app, ["synth", "--help"]).output
    assert "--overwrite " in help_text and "<bool>" not in help_text
    assert "--seed <int>" in help_text  # a valued option still shows what it takes
