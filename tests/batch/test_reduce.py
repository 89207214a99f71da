"""The reduce step streams the records (batch.spool, batch.outputs.write_tables, the indicator
tables from documents.jsonl) and ranks a compact form of them (batch.outputs.ranking_form), kept on
disk and ranked a plan at a time (batch.rankstore, batch.rankings): the outputs must be those of the
whole records held in memory and ranked at once (rank.rank, rank.output.write_outputs), byte for
byte."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from corpora import GENERATED, REPO

from std_extract.batch import run_batch
from std_extract.batch.outputs import (
    IndicatorRow,
    IndicatorTables,
    _arrow_schema,
    batch_errors,
    indicator_rows,
    ranking_form,
    read_records,
)
from std_extract.batch.rankings import write_rankings
from std_extract.batch.rankstore import RankingStore
from std_extract.batch.spool import RecordSpool
from std_extract.rank import EvidenceOptions, load_plans, rank, select_plans, write_outputs
from std_extract.rank.output import CombinedOutputs, below_floor_csv, candidates_csv, combined_rankings_json
from std_extract.rank.report import render_report
from std_extract.record import DocumentRecord


def _snapshots() -> list[DocumentRecord]:
    files = sorted(REPO.glob("corpus/*/*.record.json"))
    if not files:
        pytest.skip("no record snapshots")
    return [DocumentRecord.model_validate_json(f.read_bytes()) for f in files]


def _reference_tables(records: list[DocumentRecord], folder: Path) -> None:
    """indicators.csv / .parquet as the run wrote them with every record in memory."""
    folder.mkdir()
    dumped = [row.model_dump() for row in indicator_rows(records)]
    with (folder / "indicators.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(IndicatorRow.model_fields))
        writer.writeheader()
        writer.writerows(dumped)
    pq.write_table(pa.Table.from_pylist(dumped, schema=_arrow_schema()), folder / "indicators.parquet")


def _generated_records() -> list[DocumentRecord]:
    files = sorted(GENERATED.glob("*.record.json"))
    if not files:
        pytest.skip("no record snapshots of corpus/generated")
    return [DocumentRecord.model_validate_json(f.read_bytes()) for f in files]


def _reference_rankings(records: list[DocumentRecord], folder: Path) -> None:
    """The rankings as the run wrote them with every record and every plan's ranking in memory."""
    result = rank([r for r in records if r.status != "failed"], select_plans(load_plans(), "auto"))
    write_outputs(result, folder / "rankings", EvidenceOptions(root=Path.cwd()))
    (folder / "rankings.json").write_text(combined_rankings_json(result), encoding="utf-8", newline="")
    for name, text in (("candidates", candidates_csv), ("below_floor", below_floor_csv)):
        (folder / f"{name}.csv").write_text(text(*result.plans), encoding="utf-8-sig", newline="")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_reduce_ranking_form_ranks_like_the_whole_record():
    records = [r for r in _snapshots() if r.status != "failed"]
    plans = select_plans(load_plans(), "auto")
    whole, compact = rank(records, plans), rank([ranking_form(r) for r in records], plans)
    assert any(p.assigned for p in whole.plans), "the snapshots should fall under some plan"
    assert sum(len(ranking_form(r).indicators) for r in records) < sum(len(r.indicators) for r in records)
    assert combined_rankings_json(compact) == combined_rankings_json(whole)
    assert candidates_csv(*compact.plans) == candidates_csv(*whole.plans)
    assert below_floor_csv(*compact.plans) == below_floor_csv(*whole.plans)
    assert [render_report(p) for p in compact.plans] == [render_report(p) for p in whole.plans]


def test_reduce_indicator_tables_one_row_group_are_the_bytes_of_write_table(tmp_path):
    records = _snapshots()[:6]
    _reference_tables(records, tmp_path / "reference")
    (tmp_path / "streamed").mkdir()
    with IndicatorTables(tmp_path / "streamed") as tables:
        for record in records:
            tables.add(indicator_rows([record]))
    assert _files(tmp_path / "streamed") == _files(tmp_path / "reference")


def test_reduce_indicator_tables_past_a_row_group_keep_every_row_in_order(tmp_path):
    records = _snapshots()[:6]
    rows = indicator_rows(records)
    with IndicatorTables(tmp_path, row_group=7) as tables:
        for record in records:
            tables.add(indicator_rows([record]))
    parquet = pq.ParquetFile(tmp_path / "indicators.parquet")
    assert parquet.metadata.num_row_groups == -(-len(rows) // 7)
    assert parquet.read().to_pylist() == [row.model_dump() for row in rows]


def test_reduce_indicator_tables_with_no_rows_are_the_bytes_of_write_table(tmp_path):
    _reference_tables([], tmp_path / "reference")
    (tmp_path / "streamed").mkdir()
    with IndicatorTables(tmp_path / "streamed"):
        pass
    assert _files(tmp_path / "streamed") == _files(tmp_path / "reference")


def test_reduce_spool_gives_records_back_in_input_order(tmp_path):
    records = _snapshots()[:4]
    paths = [f"in/{n}.pdf" for n in range(5)]
    with RecordSpool(tmp_path) as spool:
        for path, record in reversed(list(zip(paths, records, strict=False))):  # arrival order
            spool.add(path, record)
        spool.add(paths[0], records[3])  # a record sent again replaces the first
        assert len(spool) == 4 and paths[4] not in spool
        back = list(spool.records(paths))
    assert back == [records[3], *records[1:4]]
    assert list(tmp_path.iterdir()) == []  # an unnamed file: nothing left in the output folder


def test_reduce_batch_outputs_equal_those_of_the_whole_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for pdf in sorted(GENERATED.glob("*.pdf"))[:6]:
        shutil.copy(pdf, folder / pdf.name)
    (folder / "zz-notes.pdf").write_text("这不是PDF文件", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(folder, out, jobs=2, plan="auto")
    records = read_records(out / "documents.jsonl")  # whole records, in memory, as before
    assert summary.failed == 1 and summary.indicators == sum(len(r.indicators) for r in records)
    errors = "".join(e.model_dump_json() + "\n" for e in batch_errors(records))
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == errors
    _reference_tables(records, tmp_path / "tables")
    assert _files(tmp_path / "tables") == {
        name: (out / name).read_bytes() for name in ("indicators.csv", "indicators.parquet")
    }
    reference = tmp_path / "reference"
    reference.mkdir()
    _reference_rankings(records, reference)
    streamed = _files(out)
    for name, data in _files(reference).items():
        assert streamed[name] == data, name


def test_reduce_combined_outputs_a_plan_at_a_time_are_the_bytes_of_the_whole_result(tmp_path):
    result = rank(_generated_records(), select_plans(load_plans(), "auto"))
    assert sum(1 for p in result.plans if p.assigned) > 1, "the records should fall under several plans"
    with CombinedOutputs(tmp_path) as combined:
        for ranking in result.plans:
            combined.add(ranking)
    assert (tmp_path / "rankings.json").read_text(encoding="utf-8") == combined_rankings_json(result)
    assert (tmp_path / "candidates.csv").read_text(encoding="utf-8-sig") == candidates_csv(*result.plans)
    assert (tmp_path / "below_floor.csv").read_text(encoding="utf-8-sig") == below_floor_csv(*result.plans)
    assert (tmp_path / "candidates.csv").read_bytes().startswith(b"\xef\xbb\xbfplan,")


def test_reduce_combined_outputs_of_no_plan_are_those_of_an_empty_result(tmp_path):
    empty = rank([], [])
    with CombinedOutputs(tmp_path):
        pass
    assert (tmp_path / "rankings.json").read_text(encoding="utf-8") == combined_rankings_json(empty)
    assert (tmp_path / "below_floor.csv").read_text(encoding="utf-8-sig") == below_floor_csv()


def test_reduce_combined_outputs_leave_nothing_behind_on_an_error(tmp_path):
    with pytest.raises(RuntimeError), CombinedOutputs(tmp_path):
        raise RuntimeError("ranking failed")
    assert list(tmp_path.iterdir()) == []


def test_reduce_rankings_read_back_one_plan_at_a_time(tmp_path, monkeypatch):
    records = _generated_records()
    failed = records[0].model_copy(update={"status": "failed"})
    (tmp_path / "streamed").mkdir()
    reads: list[int] = []
    with RankingStore(tmp_path / "streamed") as store:
        for record in [failed, *records[1:]]:
            store.add(ranking_form(record))
        assert len(store.heads) == len(records) - 1 and len(store.shas) == len(records)
        read = store.records
        monkeypatch.setattr(store, "records", lambda indices: reads.append(len(indices)) or read(indices))
        paths = write_rankings(store, tmp_path / "streamed", "auto")
    reference = tmp_path / "reference"
    reference.mkdir()
    _reference_rankings([failed, *records[1:]], reference)
    streamed = _files(tmp_path / "streamed")
    assert streamed == _files(reference)
    result = rank(records[1:], select_plans(load_plans(), "auto"))
    assert reads == [p.assigned for p in result.plans]  # each plan's members, once, never all
    assert max(reads) < len(records) - 1
    assert paths["files"] == str(len([n for n in streamed if n.startswith("rankings/")]))


def test_reduce_combined_outputs_dump_a_plans_standards_one_at_a_time(tmp_path, monkeypatch):
    from std_extract.rank.result import PlanRanking

    result = rank(_generated_records(), select_plans(load_plans(), "auto"))
    dumps: list[set] = []
    whole = PlanRanking.model_dump

    def dump(self, **kwargs):
        dumps.append(set(kwargs.get("exclude") or ()))
        return whole(self, **kwargs)

    monkeypatch.setattr(PlanRanking, "model_dump", dump)
    with CombinedOutputs(tmp_path) as combined:
        for ranking in result.plans:
            combined.add(ranking)
    assert len(dumps) == len(result.plans)  # one dump a plan, its standards left out of it
    assert all(
        "standards" in excluded for excluded, p in zip(dumps, result.plans, strict=True) if p.standards
    )
    monkeypatch.undo()
    assert (tmp_path / "rankings.json").read_text(encoding="utf-8") == combined_rankings_json(result)


def test_reduce_combined_outputs_that_cannot_open_a_file_leave_none_behind(tmp_path):
    (tmp_path / "below_floor.csv.tmp").mkdir()  # the third file cannot be opened
    with pytest.raises(IsADirectoryError):
        CombinedOutputs(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["below_floor.csv.tmp"]
