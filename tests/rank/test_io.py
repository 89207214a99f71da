"""Reading records: each with its drafting structure, bad lines reported and skipped."""

from __future__ import annotations

import json

from std_extract.rank.io import load_records

from .builders import indicator, record


def test_io_reads_records_and_structure_and_skips_bad_lines(tmp_path):
    good = record("Q/A 1-2024", [indicator("energy", 0.5)])
    with_structure = json.loads(good.model_dump_json())
    with_structure["structure"] = {"chapters": ["范围", "要求"], "references": ["GB/T 191-2008 包装"]}
    lines = [json.dumps(with_structure, ensure_ascii=False), "{broken", '{"status": "ok"}', ""]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_records(path)
    assert [r.standard.number for r in loaded.records] == ["Q/A 1-2024"]
    assert loaded.records[0].structure.chapters == ["范围", "要求"]  # the record carries its own
    assert len(loaded.errors) == 2 and loaded.errors[0].startswith(f"{path}:2:")
