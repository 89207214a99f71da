"""`std-extract eval` end to end on the bundled corpus and the real dev set (a few documents each,
so the default run stays fast; README shows the full figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corpora import REPO


def _eval(corpus: str, out: Path, limit: int) -> dict:
    command = [sys.executable, "-m", "std_extract", "eval", str(REPO / corpus)]
    command += ["--limit", str(limit), "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Indicators" in done.stdout and "Classification" in done.stdout
    assert "Confidence: values not flagged for review" in done.stdout and "Reliability" in done.stdout
    return json.loads(out.read_text(encoding="utf-8"))


def test_evaluate_cli_generated_corpus_subset(tmp_path):
    report = _eval("corpus/generated", tmp_path / "eval.json", 4)
    total = report["total"]
    assert len(report["documents"]) == 4 and not report["failed"]
    assert total["indicators"]["all"]["gold"] > 0
    assert total["indicators"]["all"]["f1"] >= 0.8  # the full corpus figure is in README "Accuracy"
    assert total["metadata"]["fields"]["number"]["accuracy"] == 1.0
    calibration = total["indicators"]["calibration"]
    assert calibration["unscored"] == 0 and not report["extraction_errors"]
    assert calibration["flagged"] + calibration["unflagged"]["output"] == total["indicators"]["all"]["output"]


def test_evaluate_cli_real_dev_subset(tmp_path, real_corpus):
    report = _eval("corpus/real-dev", tmp_path / "eval.json", 3)
    assert report["documents"] and not report["failed"]
    assert report["total"]["indicators"]["all"]["found"] > 0


def test_evaluate_cli_split_reads_only_its_documents(tmp_path):
    """--split keeps the documents of one split of a stem,product,split file
    (corpus/enterprise-dev/split.csv)."""
    stems = sorted(
        p.name.removesuffix(".gold.json") for p in (REPO / "corpus/generated").glob("*.gold.json")
    )[:3]
    split_file = tmp_path / "split.csv"
    rows = [f"{stems[0]},a,dev", f"{stems[1]},b,test", f"{stems[2]},c,dev"]
    split_file.write_text("stem,product,split\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "eval.json"
    command = [
        sys.executable,
        "-m",
        "std_extract",
        "eval",
        str(REPO / "corpus/generated"),
        "--json",
        str(out),
    ]
    done = subprocess.run(
        [*command, "--split", "test", "--split-file", str(split_file)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert [Path(d["gold_file"]).name for d in json.loads(out.read_text())["documents"]] == [
        f"{stems[1]}.gold.json"
    ]
    bad = subprocess.run(
        [*command, "--split", "holdout", "--split-file", str(split_file)], capture_output=True, text=True
    )
    assert bad.returncode == 2 and "no document of split 'holdout'" in bad.stderr


def test_evaluate_cli_real_dev_test_split_uses_the_split_file_beside_the_gold(tmp_path, real_corpus):
    """corpus/real-dev/split.csv is found beside the gold; --split test evaluates held-out documents only."""
    from std_extract.evaluate.gold import read_split

    splits = read_split(REPO / "corpus/real-dev/split.csv")
    held_out = {stem for stem, name in splits.items() if name == "test"}
    out = tmp_path / "eval.json"
    command = [sys.executable, "-m", "std_extract", "eval", str(REPO / "corpus/real-dev"), "--json", str(out)]
    command += ["--split", "test", "--limit", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    evaluated = {Path(d["gold_file"]).name.removesuffix(".gold.json") for d in documents}
    assert len(evaluated) == 2 and evaluated <= held_out


def test_evaluate_split_file_of_enterprise_dev_names_two_splits():
    from std_extract.evaluate.gold import read_split

    splits = read_split(REPO / "corpus/enterprise-dev/split.csv")
    assert sorted(set(splits.values())) == ["dev", "test"] and sum(v == "test" for v in splits.values()) == 13


def test_evaluate_cli_totals_only_names_no_document(tmp_path):
    """--totals-only (for held-out splits) prints and writes the totals and no document's name,
    value count or misses; the totals equal those of a normal run on the same documents."""
    out_full, out_totals = tmp_path / "full.json", tmp_path / "totals.json"
    base = [sys.executable, "-m", "std_extract", "eval", str(REPO / "corpus/generated"), "--limit", "2"]
    full = subprocess.run([*base, "--json", str(out_full)], capture_output=True, text=True, timeout=600)
    held = subprocess.run(
        [*base, "--totals-only", "--json", str(out_totals)], capture_output=True, text=True, timeout=600
    )
    assert full.returncode == 0 and held.returncode == 0, held.stderr[-2000:]
    full_report, held_report = json.loads(out_full.read_text()), json.loads(out_totals.read_text())
    stems = [Path(d["gold_file"]).name.removesuffix(".gold.json") for d in full_report["documents"]]
    assert len(stems) == 2 and all(stem in full.stderr for stem in stems)
    assert not any(stem in held.stderr or stem in held.stdout for stem in stems)
    assert "scored 2/2 documents" in held.stderr
    assert held_report["documents"] == [] and held_report["by_category"] == {}
    assert held_report["total"] == full_report["total"]
    refused = subprocess.run([*base, "--totals-only", "--by", "category"], capture_output=True, text=True)
    assert refused.returncode == 2 and "not with --totals-only" in " ".join(refused.stderr.split())
