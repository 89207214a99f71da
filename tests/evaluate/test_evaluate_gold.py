"""Gold loading in both layouts, and running the evaluator with a stand-in pipeline."""

from __future__ import annotations

import json

import pytest
from corpora import NATIONAL
from eval_builders import make_gold, make_record
from typer.testing import CliRunner

from std_extract.cli import app
from std_extract.digest import file_sha256
from std_extract.evaluate import evaluate_entries, load_corpus
from std_extract.evaluate import runner as runner_module
from std_extract.evaluate.gold import Gold, load_entry
from std_extract.record import Provenance

PDF_BYTES = b"%PDF-1.4 stand-in\n"


def write_gold(path, file, sha256=None):
    gold = make_gold().model_copy(update={"file": file, "sha256": sha256})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(gold.model_dump_json(), encoding="utf-8")
    return path


@pytest.fixture
def generated(tmp_path):
    """corpus/generated: rice.pdf beside rice.gold.json."""
    folder = tmp_path / "corpus" / "generated"
    folder.mkdir(parents=True)
    (folder / "rice.pdf").write_bytes(PDF_BYTES)
    write_gold(folder / "rice.gold.json", "rice.pdf")
    return folder


def test_gold_generated_layout_finds_the_pdf_beside(generated):
    (entry,) = load_corpus(generated)
    assert entry.pdf_path == generated / "rice.pdf"
    assert entry.skip_reason is None and entry.stem == "rice"


def test_gold_real_layout_resolves_under_shared(tmp_path):
    pdf = tmp_path / "shared" / "corpus-real" / "pdfs" / "rice.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(PDF_BYTES)
    gold = write_gold(
        tmp_path / "repo" / "corpus" / "real-dev" / "rice.gold.json", "pdfs/rice.pdf", file_sha256(pdf)
    )
    entry = load_entry(gold)
    assert entry.pdf_path == pdf and entry.skip_reason is None


def test_gold_real_layout_sha256_mismatch_is_skipped(tmp_path):
    pdf = tmp_path / "shared" / "corpus-real" / "pdfs" / "rice.pdf"
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(PDF_BYTES)
    gold = write_gold(tmp_path / "repo" / "corpus" / "real-dev" / "rice.gold.json", "pdfs/rice.pdf", "0" * 64)
    entry = load_entry(gold)
    assert entry.pdf_path is None and "sha256" in entry.skip_reason


def test_gold_real_layout_without_shared_is_skipped_with_a_message(tmp_path, monkeypatch):
    monkeypatch.delenv("STD_EXTRACT_CORPUS_REAL", raising=False)
    gold = write_gold(tmp_path / "repo" / "corpus" / "real-dev" / "rice.gold.json", "pdfs/rice.pdf")
    entry = load_entry(gold)
    assert entry.pdf_path is None
    beside = tmp_path / "repo" / "corpus" / "real-dev" / "pdfs" / "rice.pdf"
    assert entry.skip_reason.startswith(
        f"pdfs/rice.pdf not found: not at {beside}; no shared/corpus-real folder"
    )
    report = evaluate_entries([entry], process=lambda path: pytest.fail("must not run"))
    assert report.total.documents == 0 and report.skipped[0].reason == entry.skip_reason


def test_gold_missing_pdf_names_each_path_tried(tmp_path, monkeypatch):
    """A hand-written set's gold whose PDF is gone (a real gold file, its PDF not copied): the reason
    names the path beside the gold, each shared/corpus-real folder looked in, and a
    $STD_EXTRACT_CORPUS_REAL that names no folder."""
    stem = "nat_cement_01"
    gold = tmp_path / "national" / f"{stem}.gold.json"
    gold.parent.mkdir()
    gold.write_bytes((NATIONAL / f"{stem}.gold.json").read_bytes())
    monkeypatch.setenv("STD_EXTRACT_CORPUS_REAL", str(tmp_path / "no-such-folder"))
    entry = load_entry(gold)
    assert entry.pdf_path is None
    assert entry.skip_reason.startswith(f"{stem}.pdf not found: not at {gold.parent / f'{stem}.pdf'}")
    assert (
        f"$STD_EXTRACT_CORPUS_REAL is {tmp_path / 'no-such-folder'}, which is not a folder"
        in entry.skip_reason
    )
    (tmp_path / "real").mkdir()
    monkeypatch.setenv("STD_EXTRACT_CORPUS_REAL", str(tmp_path / "real"))
    reason = load_entry(gold).skip_reason
    assert f", nor at {tmp_path / 'real' / f'{stem}.pdf'}" in reason and "not a folder" not in reason


def test_gold_rejects_unknown_fields(tmp_path):
    path = write_gold(tmp_path / "x.gold.json", "x.pdf")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["indicators"][0]["valu"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="valu"):
        load_entry(path)


def test_runner_scores_with_a_stand_in_pipeline(generated):
    report = evaluate_entries(load_corpus(generated), process=lambda path: make_record())
    assert report.total.documents == 1 and report.total.indicators.all.f1 == 1.0


def test_runner_turns_a_raising_pipeline_into_a_failed_document(generated):
    def broken(path):
        raise RuntimeError("boom")

    report = evaluate_entries(load_corpus(generated), process=broken)
    assert report.total.failed == 1
    assert "RuntimeError: boom" in report.failed[0].errors[0]


def test_cli_eval_prints_tables_and_writes_json(generated, tmp_path, monkeypatch):
    monkeypatch.setattr(runner_module, "default_process", lambda path: make_record(code="1312"))
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", str(generated), "--json", str(out), "--by", "category"])
    assert result.exit_code == 0, result.output
    for heading in ("Indicators", "name-matched pairs", "Metadata", "Classification", "By category", "大米"):
        assert heading in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["total"]["indicators"]["all"]["f1"] == 1.0
    assert figures["total"]["classification"]["levels"]["class"]["top1"]["accuracy"] == 0.0
    assert figures["total"]["classification"]["levels"]["group"]["top1"]["accuracy"] == 1.0


def test_cli_eval_without_gold_exits_1(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1


def test_gold_pages_accepts_numbers_and_ranges():
    gold = make_gold().model_copy(update={"pages": None})
    assert gold.page_numbers is None
    data = json.loads(make_gold().model_dump_json())
    data["pages"] = [1, "34-36", 35, " 120 "]
    assert Gold.model_validate(data).page_numbers == [1, 34, 35, 36, 120]


@pytest.mark.parametrize("bad", [[], [0], ["36-34"], ["p. 3"], ["3-"]])
def test_gold_pages_rejects_what_is_not_a_page(bad):
    data = json.loads(make_gold().model_dump_json())
    data["pages"] = bad
    with pytest.raises(ValueError, match="page"):
        Gold.model_validate(data)


def test_runner_processes_and_scores_only_the_gold_pages(generated):
    """A page-sampled gold: the pipeline is asked for those pages, and output of other pages is not
    counted as spurious."""
    gold_path = generated / "rice.gold.json"
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    data["pages"] = [1, "3-4"]
    for indicator in data["indicators"]:
        indicator["page"] = 3
    gold_path.write_text(json.dumps(data), encoding="utf-8")
    asked = []

    def on_page(indicator, page):
        where = Provenance(page=page, bbox=(0, 0, 1, 1), source_text=indicator.name)
        return indicator.model_copy(update={"provenance": [where]})

    def pipeline(path, pages=None):
        asked.append(pages)
        record = make_record()
        on_page_3 = [on_page(i, 3) for i in record.indicators]
        elsewhere = [on_page(i, 7) for i in record.indicators]
        return record.model_copy(update={"indicators": on_page_3 + elsewhere})

    report = evaluate_entries(load_corpus(generated), process=pipeline)
    assert asked == [[1, 3, 4]]
    assert report.total.indicators.all.f1 == 1.0


@pytest.mark.real
def test_pipeline_reads_only_the_pages_a_gold_samples(real_corpus):
    from std_extract.evaluate.runner import default_process

    # Its limits are on pages 3 (表2) and 4 (表3 微生物限量); reading the cover and page 4 sees only 表3.
    record = default_process(real_corpus / "pdfs" / "GB_19645-2010.pdf", pages=[1, 4])
    assert record.indicators and {p.page for i in record.indicators for p in i.provenance} == {4}
    assert record.standard.number == "GB 19645-2010"
