"""The HTML report: everything escaped, links that cannot run code, names and scores in words,
reviewers' corrections said to be corrections, no empty reports."""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from corpora import GENERATED
from PIL import Image

from std_extract.digest import file_sha256
from std_extract.rank import rank, render_report
from std_extract.rank.chart import number
from std_extract.rank.evidence import EvidenceOptions
from std_extract.rank.output import write_outputs
from std_extract.rank.report import pdf_href
from std_extract.rank.result import ReviewNote
from std_extract.rank.reviews import review_notes
from std_extract.record import Provenance
from std_extract.review import apply_corrections, open_store

from .builders import indicator, make_plan, record, save_correction


def test_report_escapes_untrusted_text(tmp_path):
    evil = "<script>alert(1)</script>电冰箱"
    recs = [
        record(
            f"Q/A {i}",
            [indicator("energy", v, text=f"≤{v}<img src=x onerror=alert(1)>")],
            title=evil,
            path='javascript:alert(1)//"><b>x.pdf',
        )
        for i, v in enumerate([0.5, 0.6, 0.7])
    ]
    write_outputs(rank(recs, [make_plan()]), tmp_path)
    html = (tmp_path / "fridge" / "report.html").read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html and "<b>x.pdf" not in html


def test_report_pdf_href_is_absolute_wherever_the_report_is(tmp_path):
    assert pdf_href("corpus/a b.pdf", tmp_path, 4) == (tmp_path / "corpus/a b.pdf").as_uri() + "#page=4"
    assert pdf_href("/data/std.pdf", page=2) == "file:///data/std.pdf#page=2"
    assert pdf_href("https://example.org/a.pdf", page=3) == "https://example.org/a.pdf#page=3"
    assert pdf_href("s3://bucket/a.pdf") is None  # a browser cannot open it
    assert pdf_href("javascript:alert(1)", tmp_path).startswith("file:///")


def _fridges(values: list[float], **kw) -> list:
    return [record(f"Q/A {i:03d}-2024", [indicator("energy", v, **kw)]) for i, v in enumerate(values)]


def test_report_names_indicators_and_states_scores_and_rule_in_words():
    plan = make_plan(
        core=[{"id": "energy", "name": "耗电量", "direction": "lower", "unit": "kWh/d"}],
        candidate_rule={"kind": "best_k_tier_sum", "k": 1},
    )
    ranking = rank(_fridges([0.5, 0.6, 0.7]), [plan]).plans[0]
    html = render_report(ranking)
    table = html[html.index('id="standards"') :]
    assert ">耗电量</a>" in table and ">energy</a>" not in table
    assert "0.923077" not in html and "100%" in html and "第1档（共3档）" in table
    assert "best_k_tier_sum" in html and "档次最好的1项核心指标，其档次之和不超过1" in html
    assert ranking.plan.candidate_rule_en.startswith("the 1 best tiers")


def test_report_bound_column_only_where_tiers_have_fixed_bounds():
    quantile = render_report(rank(_fridges([0.5, 0.6, 0.7]), [make_plan()]).plans[0])
    assert "档限 Bound" not in quantile
    fixed_core = [
        {
            "id": "energy",
            "direction": "lower",
            "unit": "kWh/d",
            "tiering": {"kind": "fixed", "bounds": [0.55, 0.65]},
        }
    ]
    fixed = render_report(rank(_fridges([0.5, 0.6, 0.7]), [make_plan(core=fixed_core)]).plans[0])
    assert "档限 Bound" in fixed and "≤ 0.55 kWh/d" in fixed and "≤ 0.65 kWh/d" in fixed


def test_report_says_why_a_standard_is_in_the_plan():
    html = render_report(rank(_fridges([0.5, 0.6, 0.7]), [make_plan()]).plans[0])
    assert "纳入本方案的原因：标题含方案产品词“电冰箱”，行业分类 3851" in html


def test_report_plan_without_records_writes_no_report_and_the_index_says_so(tmp_path):
    other = make_plan(id="washer", title="洗衣机", classes=["3855"], scope_terms=["洗衣机"])
    (tmp_path / "washer").mkdir()
    (tmp_path / "washer" / "report.html").write_text("stale", encoding="utf-8")  # an earlier run's
    write_outputs(rank(_fridges([0.5, 0.6, 0.7]), [make_plan(), other]), tmp_path)
    assert (tmp_path / "fridge" / "report.html").exists() and not (tmp_path / "washer").exists()
    index = (tmp_path / "index.html").read_text("utf-8")
    assert 'href="fridge/report.html"' in index and "washer/report.html" not in index
    empty = index[index.index('id="empty"') :]
    assert "洗衣机" in empty and "washer" in empty


def test_report_shows_a_reviewers_correction_as_one(tmp_path):
    """小碎米 printed １．０ and corrected to 0.8 by a reviewer: the explanation says printed １．０,
    corrected to 0.8 by whom and when, never 0.8 quoted as if printed."""
    recs = _fridges([0.5, 0.6, 0.7, 0.9])
    printed = (
        recs[3]
        .indicators[0]
        .model_copy(
            update={
                "provenance": [Provenance(page=5, bbox=(10, 20, 30, 40), source_text="１．０")],
                "value_text": "１．０",
            }
        )
    )
    recs[3] = recs[3].model_copy(update={"indicators": [printed]})
    store = open_store(f"sqlite:///{tmp_path / 'review.sqlite'}")
    try:
        store.add_reviewer("alice", "correct horse battery staple")
        sha = recs[3].source.sha256
        save_correction(store, recs[3], 0.45)  # its 0.9
        corrected = apply_corrections(recs, store)
        notes = review_notes(store.indicator_states([r.source.sha256 for r in recs]).values())
    finally:
        store.close()
    result = rank(corrected, [make_plan()], reviews=notes).plans[0]
    s = next(x for x in result.standards if x.standard.sha256 == sha)
    note = s.indicators[0].compared.review
    assert note.state == "corrected" and note.by == "alice" and note.at and note.extracted_text == "１．０"
    zh, en = s.decision.explanation_zh, s.decision.explanation_en
    assert "0.45kWh/d（第5页，印刷为“１．０”，经审核员 alice 于 " in zh and "更正为 0.45" in zh
    assert "printed \u201c１．０\u201d, corrected to 0.45 by alice on " in en
    assert not re.search(r"0\.45kWh/d（第5页，“", zh)  # no corrected value quoted as printed
    html = render_report(result)
    assert 'class="reviewed"' in html and "印刷为 printed “１．０”" in html
    # Without the store (records read back from an export) it still says a reviewer corrected it.
    bare = rank(corrected, [make_plan()]).plans[0]
    assert (
        "经审核员更正为 0.45"
        in next(x for x in bare.standards if x.standard.sha256 == sha).decision.explanation_zh
    )


def test_report_chart_has_one_mark_per_standard_with_a_level():
    recs = _fridges([0.5, 0.6, 0.7, 1.2])  # 1.2 is looser than the floor 1.0
    html = render_report(rank(recs, [make_plan()]).plans[0])
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert svg.count('class="mark ranked"') == 3 and svg.count('class="mark below_floor"') == 1
    assert 'class="floor"' in svg and "底线 floor 1 kWh/d" in svg


def test_report_page_images_are_written_only_for_cited_pages_and_kept_across_runs(tmp_path):
    pdfs = sorted(GENERATED.glob("*.pdf"))[:3]
    recs = [
        record(
            f"Q/A {i:03d}-2024", [indicator("energy", v, page=1 + i % 2)], path=str(pdf), sha=file_sha256(pdf)
        )
        for i, (v, pdf) in enumerate(zip([0.5, 0.6, 0.7], pdfs, strict=True))
    ]
    replaced = record("Q/A 009-2024", [indicator("energy", 0.8)], path=str(pdfs[0]), sha="f" * 64)
    write_outputs(rank([*recs, replaced], [make_plan()]), tmp_path)
    folder = tmp_path / "fridge" / "evidence"
    images = sorted(folder.iterdir())
    shas = [r.source.sha256[:16] for r in recs]
    assert [(i.name[:16], i.name.split("-")[1]) for i in images] == sorted(
        zip(shas, ["p1", "p2", "p1"], strict=True)
    )
    html = (tmp_path / "fridge" / "report.html").read_text("utf-8")
    second = next(i for i in images if i.name.startswith(shas[1]))
    assert f'href="evidence/{second.name}"' in html and f'href="{pdfs[1].as_uri()}#page=2"' in html
    assert "f" * 16 not in "".join(i.name for i in images)  # a file that is no longer the one extracted
    assert "1 cited page(s) have no image" in html
    stamps = {i.name: i.stat().st_mtime_ns for i in images}
    write_outputs(rank(recs[:2], [make_plan()]), tmp_path)  # a re-run: kept, the uncited one removed
    assert {i.name: i.stat().st_mtime_ns for i in folder.iterdir()} == {
        i.name: stamps[i.name] for i in images if not i.name.startswith(shas[2])
    }


def test_report_page_image_outlines_the_cited_value_in_red_over_the_page(tmp_path):
    pdf = sorted(GENERATED.glob("*.pdf"))[0]
    recs = [
        record(f"Q/A {i:03d}-2024", [indicator("energy", v, page=1)], path=str(pdf), sha=file_sha256(pdf))
        for i, v in enumerate([0.5, 0.6, 0.7])
    ]
    write_outputs(rank(recs, [make_plan()]), tmp_path)
    (file,) = (tmp_path / "fridge" / "evidence").iterdir()
    with Image.open(file) as image:
        assert image.mode == "P"
        pixels = np.asarray(image.convert("RGB")).astype(int)  # rows (y), columns (x), RGB
    red = (pixels[..., 0] > 150) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)
    # The box (10, 20, 30, 40) pt at 1.5 px/pt, 3 px out, 2 px wide: its left edge at x = 12..13.
    assert red[50, 12] and red[40, 13] and red[27:64, 12].all()
    assert not red[45, 30]  # inside the box: the page, not the outline
    assert (pixels.max(axis=2) < 100).sum() > 500  # the page's text is there


def test_report_page_images_rendered_by_a_process_pool_are_the_same_files(tmp_path):
    pdfs = sorted(GENERATED.glob("*.pdf"))[:4]
    recs = [
        record(f"Q/A {i:03d}-2024", [indicator("energy", v, page=1)], path=str(pdf), sha=file_sha256(pdf))
        for i, (v, pdf) in enumerate(zip([0.5, 0.6, 0.7, 0.8], pdfs, strict=True))
    ]
    result = rank(recs, [make_plan()])
    write_outputs(result, tmp_path / "here")
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        write_outputs(result, tmp_path / "pool", EvidenceOptions(executor=pool))
        assert pool._processes  # workers were started: the pages were rendered there
    here, pool_made = (sorted((tmp_path / run / "fridge").rglob("*.*")) for run in ("here", "pool"))
    assert [p.name for p in here] == [p.name for p in pool_made]
    assert sum(p.suffix == ".png" for p in here) == 4
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(here, pool_made, strict=True))


def test_report_chart_of_a_large_plan_is_a_histogram_counting_every_standard():
    values = [round(0.3 + (i % 97) / 100, 2) for i in range(450)]  # 0.3 ... 1.26, some past the floor
    html = render_report(rank(_fridges(values), [make_plan()]).plans[0])
    svg = html[html.index("<svg") : html.index("</svg>")]
    counts = [int(c) for c in re.findall(r'class="bin [a-z_]+"[^>]*data-count="(\d+)"', svg)]
    assert 'class="mark' not in svg and sum(counts) == 450
    assert 'class="bin below_floor"' in svg and 'class="bin ranked"' in svg


def test_report_supervision_marks_a_corrected_level_below_the_floor():
    recs = _fridges([0.5, 0.6, 0.7, 0.9])
    wrong = (
        recs[3]
        .indicators[0]
        .model_copy(
            update={"value": 1.3, "value_normalized": 1.3, "review_state": "corrected"}  # printed ≤0.9
        )
    )
    recs[3] = recs[3].model_copy(update={"indicators": [wrong]})
    notes = {
        (recs[3].source.sha256, wrong.id): ReviewNote(
            state="corrected", by="alice", at="2026-12-06T01:00:00+00:00"
        )
    }
    result = rank(recs, [make_plan()], reviews=notes).plans[0]
    [row] = result.below_floor
    assert row.declared == 1.3 and row.review.by == "alice"
    [left] = [x for x in result.left_out if x.reason == "below_floor"]
    assert "1.3 kWh/d（审核更正 corrected by a reviewer）" in left.detail and "≤0.9" not in left.detail
    html = render_report(result)
    supervision = html[html.index('id="supervision"') : html.index('id="standards"')]
    assert "审核更正：alice，2026-12-06" in supervision and "≤0.9 →" not in supervision


def test_report_chart_of_a_target_indicator_draws_deviations_and_reads_large_numbers():
    core = [
        {
            "id": "ph",
            "direction": "target",
            "target": [5.5, 7.0],
            "unit": None,
            "floor": {"min": 4.0, "max": 8.5, "source": "GB 5749"},
        }
    ]
    ranges = [(5.5, 7.0), (5.0, 7.0), (5.0, 7.5), (3.5, 9.0)]  # the last is looser than the floor
    recs = [
        record(f"Q/A {i:03d}-2024", [indicator("ph", lo, "range", value_max=hi, unit=None)])
        for i, (lo, hi) in enumerate(ranges)
    ]
    ranking = rank(recs, [make_plan(core=core)]).plans[0]
    svg = render_report(ranking)
    marks = dict(re.findall(r'class="mark (\w+)"[^>]*data-value="([^"]+)"', svg))
    assert marks["below_floor"] == "2"  # 9.0 is 2 above the target's 7.0, not drawn at 9
    assert 'class="floor"' not in svg  # a floor range is not a deviation: not on this axis
    assert [number(v) for v in (1.5e6, 1e6, 150000)] == ["1.5×10⁶", "10⁶", "150000"]
