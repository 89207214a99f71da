"""`std-extract eval` end to end on the bundled corpus and the real dev set (a few documents each,
so the default run stays fast; README shows the full figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _eval(corpus: str, out: Path, limit: int) -> dict:
    command = [sys.executable, "-m", "std_extract", "eval", str(REPO / corpus)]
    command += ["--limit", str(limit), "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Indicators" in done.stdout and "Classification" in done.stdout
    return json.loads(out.read_text(encoding="utf-8"))


def test_evaluate_cli_generated_corpus_subset(tmp_path):
    report = _eval("corpus/generated", tmp_path / "eval.json", 4)
    total = report["total"]
    assert len(report["documents"]) == 4 and not report["failed"]
    assert total["indicators"]["all"]["gold"] > 0
    assert total["indicators"]["all"]["f1"] >= 0.8  # the full corpus figure is in README "Accuracy"
    assert total["metadata"]["fields"]["number"]["accuracy"] == 1.0


def test_evaluate_cli_real_dev_subset(tmp_path, real_corpus):
    report = _eval("corpus/real-dev", tmp_path / "eval.json", 3)
    assert report["documents"] and not report["failed"]
    assert report["total"]["indicators"]["all"]["found"] > 0
