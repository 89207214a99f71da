"""The workbench's index over documents.jsonl follows a batch that is still appending records.

A reviewer may start while a long run writes: the index reads only the lines appended since its
last look (a half-written last line waits for the next look), and reads everything again when the
file is rewritten or a ranking beside it changes.
"""

from __future__ import annotations

from std_extract.review.outputs import DOCUMENTS_FILE, OutputIndex

from .workbench import peer_record


def _line(record) -> bytes:
    return record.model_dump_json().encode("utf-8") + b"\n"


def test_index_reads_appended_records_and_waits_for_a_half_written_line(outputs):
    index = OutputIndex(outputs.out_dir)
    assert len(index.summaries) == 3
    documents = outputs.out_dir / DOCUMENTS_FILE
    first, second = peer_record("Q/PEER 004-2024", 0.7), peer_record("Q/PEER 005-2024", 0.8)
    assert first.source.sha256 != second.source.sha256
    whole = _line(second)
    with documents.open("ab") as out:
        out.write(_line(first) + whole[:50])  # the batch is in the middle of writing `second`
    index.refresh()
    assert len(index.summaries) == 4 and first.source.sha256 in index.summaries
    # the appended record reads back whole from its offset, like the ones indexed at start
    assert index.record(first.source.sha256).standard.number == "Q/PEER 004-2024"
    with documents.open("ab") as out:
        out.write(whole[50:])
    index.refresh()
    assert len(index.summaries) == 5
    assert index.record(second.source.sha256).standard.number == "Q/PEER 005-2024"
    assert index.record(outputs.record.source.sha256).standard.number == outputs.record.standard.number


def test_index_reads_a_rewritten_file_again(outputs):
    index = OutputIndex(outputs.out_dir)
    documents = outputs.out_dir / DOCUMENTS_FILE
    lines = documents.read_bytes().splitlines(keepends=True)
    replacement = peer_record("Q/PEER 009-2025", 0.9)
    # a re-run writes a new file that is longer than the old one but does not start with it
    extra = peer_record("Q/PEER 010-2025", 1.0)
    documents.write_bytes(_line(replacement) + b"".join(lines[1:]) + _line(extra))
    index.refresh()
    numbers = {s.number for s in index.summaries.values()}
    assert "Q/PEER 009-2025" in numbers and outputs.record.standard.number not in numbers
    assert len(index.summaries) == 4
