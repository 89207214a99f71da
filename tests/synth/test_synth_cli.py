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
