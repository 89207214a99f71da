"""std_extract.evaluate.goldcheck: the shared check of hand-written gold against its PDF's text layer.

Run on real documents of both hand-written sets (corpus/national: ReportLab; corpus/written: Chromium),
in both modes (with the print scripts' printed-elements file, and from the gold and the PDF alone).
Every mutation is made on a copy in tmp_path; no committed gold is edited.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpora import NATIONAL, REAL_DEV, WRITTEN

from std_extract.evaluate.gold import read_split
from std_extract.evaluate.goldcheck import (
    GoldProblem,
    check_gold_file,
    check_gold_folder,
    page_numbers,
    printed_numbers,
    read_printed,
)

NOT_PRINTED = 987.654  # a number printed on no page of either set


def _copy(folder: Path, stem: str, to: Path, *, printed: bool = True) -> Path:
    """Copy a document's PDF, gold and (optionally) printed elements into ``to``; the gold's path."""
    if not (folder / f"{stem}.gold.json").is_file():
        pytest.skip(f"{stem} is not in {folder}")
    names = [f"{stem}.pdf", f"{stem}.gold.json"] + ([f"src/printed/{stem}.json"] if printed else [])
    (to / "src" / "printed").mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(folder / name, to / name)
    return to / f"{stem}.gold.json"


def _edit_json(path: Path, edit) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _first_numeric(records: list[dict]) -> dict:
    return next(r for r in records if r["value"] is not None)


def _messages(problems: list[GoldProblem]) -> list[str]:
    return [str(p) for p in problems]


@pytest.mark.parametrize(("folder", "stem"), [(NATIONAL, "nat_hjwater_01"), (WRITTEN, "wr_kettle_01")])
def test_goldcheck_printed_elements_catch_a_value_not_printed(tmp_path, folder, stem):
    gold_path = _copy(folder, stem, tmp_path)
    assert check_gold_file(gold_path, require_printed=True, require_sha256=True) == []

    def wrong(records):
        _first_numeric(records)["value"] = NOT_PRINTED

    _edit_json(gold_path, lambda gold: wrong(gold["indicators"]))
    problems = _messages(check_gold_file(gold_path, require_printed=True))
    # the gold alone was edited (no reprint): it no longer matches what was printed
    assert any("differ from the printed elements" in p for p in problems), problems

    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    _edit_json(
        printed_path,
        lambda elements: wrong(next(e["records"] for e in elements if e["records"][0]["value"] is not None)),
    )
    problems = _messages(check_gold_file(gold_path, require_printed=True))
    assert any(f"value={NOT_PRINTED} not in printed" in p for p in problems), problems


def test_goldcheck_printed_elements_catch_a_wrong_page(tmp_path):
    stem = "nat_hjwater_01"
    gold_path = _copy(NATIONAL, stem, tmp_path)
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    elements = read_printed(printed_path)
    last = elements[-1].text  # 80%～120%: neither number is on the cover

    def to_cover(data):
        data[-1]["page"] = 1

    _edit_json(printed_path, to_cover)
    problems = _messages(check_gold_file(gold_path, require_printed=True))
    assert any(
        p.startswith(f"{stem} p1:") and "not in the page's text layer" in p and last in p for p in problems
    )
    assert any("differ from the printed elements" in p for p in problems), problems


@pytest.mark.parametrize(("folder", "stem"), [(NATIONAL, "nat_sludge_01"), (WRITTEN, "wr_tofu_01")])
def test_goldcheck_without_printed_elements_reads_the_page(tmp_path, folder, stem):
    """Gold with no printed-elements file (a user's own gold) is checked against its page's numbers."""
    gold_path = _copy(folder, stem, tmp_path, printed=False)
    assert check_gold_file(gold_path) == []
    assert _messages(check_gold_file(gold_path, require_printed=True))[0].startswith(
        f"{stem}: no printed-elements"
    )

    def wrong(gold):
        _first_numeric(gold["indicators"])["value"] = NOT_PRINTED

    _edit_json(gold_path, wrong)
    problems = check_gold_file(gold_path)
    assert [p.message.split(" ", 1)[1] for p in problems] == [f"value={NOT_PRINTED} not printed on its page"]


def test_goldcheck_catches_a_changed_pdf_a_missing_sha256_and_pages_the_pdf_lacks(tmp_path):
    stem = "wr_tofu_01"
    gold_path = _copy(WRITTEN, stem, tmp_path)
    _edit_json(gold_path, lambda gold: gold.update(sha256="0" * 64))
    assert any("sha256 of wr_tofu_01.pdf differs" in p for p in _messages(check_gold_file(gold_path)))

    def no_sha_and_far_page(gold):
        del gold["sha256"]
        gold["indicators"][0]["page"] = 99

    _edit_json(gold_path, no_sha_and_far_page)
    assert check_gold_file(gold_path) != []  # the page, even without require_sha256
    problems = _messages(check_gold_file(gold_path, require_sha256=True))
    assert f"{stem}: no sha256 of the PDF recorded" in problems
    assert any("page 99 is not one of the PDF's checked pages" in p for p in problems), problems


def test_goldcheck_catches_a_class_code_that_is_no_subclass(tmp_path):
    # "1820" reads like a 小类 but 中类 182 splits into 1821 and 1829: every answer would score wrong
    stem = "wr_tofu_01"
    gold_path = _copy(WRITTEN, stem, tmp_path)
    for code, wrong in (("1820", True), ("182", True), ("9999", True), ("1829", False), (None, False)):
        _edit_json(gold_path, lambda gold, code=code: gold.update(classification={"code": code}))
        flagged = any("is no 小类 of GB/T 4754-2017" in p for p in _messages(check_gold_file(gold_path)))
        assert flagged == wrong, code


def test_goldcheck_reports_gold_that_does_not_load_and_a_missing_pdf(tmp_path):
    stem = "nat_cement_01"
    gold_path = _copy(NATIONAL, stem, tmp_path)
    _edit_json(gold_path, lambda gold: gold["indicators"][0].update(colour="red"))  # not a gold field
    [problem] = check_gold_file(gold_path)
    assert (
        problem.stem == stem
        and problem.message.startswith("the gold does not load")
        and "colour" in problem.message
    )
    gold_path.write_text((NATIONAL / f"{stem}.gold.json").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / f"{stem}.pdf").unlink()
    problems = _messages(check_gold_file(gold_path))
    assert len(problems) == 1 and problems[0].startswith(f"{stem}: ") and "nat_cement_01.pdf" in problems[0]


def test_goldcheck_folder_finds_duplicate_stems_split_gaps_and_missing_gold(tmp_path):
    _copy(NATIONAL, "nat_cement_01", tmp_path)
    _copy(NATIONAL, "nat_cement_01", tmp_path / "again")
    (tmp_path / "split.csv").write_text("stem,product,split\nnat_gone_01,x,dev\n", encoding="utf-8")
    problems = _messages(check_gold_folder(tmp_path, stems=["nat_cement_01", "nat_feed_01"]))
    assert "nat_cement_01: 2 gold files under" in " ".join(problems)
    assert "nat_cement_01: not in split.csv" in problems
    assert "nat_gone_01: in split.csv but has no gold file" in problems
    assert any(p.startswith("nat_feed_01: no gold file under") for p in problems), problems


@pytest.mark.parametrize("folder", [NATIONAL, WRITTEN], ids=["national", "written"])
def test_goldcheck_hand_written_set_lists_each_stem_once(folder):
    if not (folder / "split.csv").is_file():
        pytest.skip(f"no split.csv in {folder}")
    assert check_gold_folder(folder, stems=[]) == []


def test_goldcheck_printed_numbers_reads_powers_signs_and_chinese_numerals():
    assert 50000.0 in printed_numbers("5×10^4")
    assert any(abs(n - 1e-7) < 1e-20 for n in printed_numbers("1.0×10^−7 cm/s"))
    assert {-10.0, 10.0} <= printed_numbers("±10%")
    assert -18.0 in printed_numbers("−18 ℃")
    assert 5.0 in printed_numbers("不应超过五年")
    assert 12.0 not in printed_numbers("≤1.2 mg/L")
    assert 0.05 in printed_numbers("０．０５")  # full width
    assert 1000.0 not in printed_numbers("每千克")  # 千 in a unit word is no number


def test_goldcheck_page_numbers_reads_cells_grouped_digits_and_flattened_superscripts():
    numbers = page_numbers("表面耐磨 转 ≥9 000 ≥6 000\n抗折强度 6.5 7.0\n菌落总数 5 2 104 105\n≤1×109")
    assert {9000.0, 6000.0, 6.5, 7.0, 1e4, 1e5, 1e9} <= numbers
    assert 6.57 not in numbers  # two cells, not one glued number


def test_goldcheck_page_numbers_reads_what_real_text_layers_split():
    # a grouped number beside a cell (nat_infantcereal_01), a number wrapped at the line's end
    # (wr_gasstove_01), an exponent moved off the line (GB 19302 1.0×10⁶), a private-use decimal point
    numbers = page_numbers(
        "5 2 1 000 104 GB 4789.2\n温差不小于１５\n０ ℃\n≥ 1.0×10 GB4789.35\n０\U001001b0０５"
    )
    assert {1000.0, 104.0, 150.0, 1e6, 0.05} <= numbers
    assert 1.5 not in numbers and 2.0e6 not in numbers


@pytest.mark.slow
def test_goldcheck_external_dev_gold_is_printed_on_its_pages(
    enterprise_dev, enterprise_dev_stems, real_corpus
):
    """The gold of ../shared/enterprise-dev and corpus/real-dev (dev splits), which has no printed-elements
    file, passes the page check: every value is among the numbers of its page's text layer."""
    real_dev = REAL_DEV / "split.csv"
    real_stems = [s for s, half in read_split(real_dev).items() if half == "dev"]
    problems = check_gold_folder(enterprise_dev, stems=enterprise_dev_stems)
    problems += check_gold_folder(REAL_DEV, stems=real_stems)
    assert [str(p) for p in problems] == []


def _check_gold_cli(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "std_extract", "check-gold", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_goldcheck_cli_lists_each_problem_and_exits_1(tmp_path):
    _copy(NATIONAL, "nat_hjwater_01", tmp_path)
    gold_path = _copy(WRITTEN, "wr_tofu_01", tmp_path, printed=False)
    done = _check_gold_cli(str(tmp_path), "--require-sha256")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "checked 2 gold file(s): 0 problem(s)" in done.stderr

    _edit_json(gold_path, lambda gold: _first_numeric(gold["indicators"]).update(value=NOT_PRINTED))
    done = _check_gold_cli(str(tmp_path), "--require-printed")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert any(f"value={NOT_PRINTED} not printed on its page" in line for line in lines), done.stdout
    assert "wr_tofu_01: no printed-elements file" in done.stdout
