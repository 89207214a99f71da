"""Held-out accuracy targets on corpus/classification/product_names.csv and the corpus."""

from __future__ import annotations

import pytest

from std_extract.classify.accuracy import (
    corpus_dir,
    corpus_golds,
    dev_documents,
    evaluate_corpus,
    evaluate_names,
    load_names,
)
from std_extract.classify.accuracy import main as accuracy_main
from std_extract.classify.product_terms import load_lexicon

pytestmark = pytest.mark.skipif(
    not (corpus_dir() / "classification" / "product_names.csv").is_file(), reason="no labelled names"
)


@pytest.fixture(scope="module")
def heldout():
    return evaluate_names("heldout")


def test_evaluate_heldout_names_meet_targets(heldout):
    # Measured once, after every choice was made on the tune half (tune folds A/B, with and
    # without the scored names' lexicon terms), with the shipped rules + textcat
    # (models/textcat/evaluation.json): 小类 top-1 0.911, top-3 0.951; 中类 top-1 0.923;
    # 大类 top-1 0.941.  Before, on the same (audited) labels: 0.909 / 0.948 / 0.921 / 0.936; on
    # the labels before the audit (corpus/classification/README.md): 0.905 / 0.945 / 0.917 / 0.932.
    # The floors are the issue targets; the margins are thin (top-3 is one name above 0.95).
    # With the annotation retrieval, the linear models and the 中类 back-off (2026-12-06):
    # 0.914 / 0.964 / 0.929 / 0.947; 小类 top-1 must stay at or above 0.91.  With the lexicon's
    # coverage_floor (2026-12-06, 8377393): 0.914 / 0.970 / 0.930 / 0.948.
    assert heldout["n"] >= 400
    assert heldout["class"]["top1"] >= 0.91
    assert heldout["class"]["top3"] >= 0.95
    assert heldout["group"]["top1"] >= 0.92
    assert heldout["division"]["top1"] >= 0.935


def test_evaluate_needs_review_keeps_the_unflagged_right(heldout):
    # The calibrated review model (fitted on annotation dev names) flags 55% of the held-out
    # product names and leaves 99.3% of the rest right (2026-12-06); refitted after the lexicon's
    # coverage_floor, 50.9% and 99.1% (8377393); on head terms only, 54.3% and 99.4% (fb59c99).
    assert heldout["review"]["accuracy_kept"] >= 0.97
    assert heldout["review"]["accuracy_kept"] > heldout["review"]["accuracy_flagged"] + 0.1


def test_evaluate_needs_review_separates_right_from_wrong(heldout):
    # At the shipped threshold (0.5) the kept answers are right far more often than the flagged.
    row = next(r for r in heldout["thresholds"] if r["threshold"] == 0.5)
    assert row["flagged"] <= 0.15
    assert row["accuracy_kept"] >= 0.88
    assert row["accuracy_kept"] > row["accuracy_flagged"] + 0.2


def test_review_curve_at_the_configured_threshold_is_what_needs_review_does(heldout):
    """The review curve (share flagged / accuracy of the rest at thresholds of the review model's
    estimate) holds the shipped needs_review at [aggregate.review]'s threshold, and flags more as
    the threshold rises."""
    from std_extract.classify.classifier import load_classifier

    threshold = load_classifier().settings.review.threshold
    curve = heldout["review_curve"]
    row = next(r for r in curve if r["threshold"] == pytest.approx(threshold))
    assert row["flagged"] == pytest.approx(heldout["review"]["flagged"])
    assert row["accuracy_kept"] == pytest.approx(heldout["review"]["accuracy_kept"])
    flagged = [r["flagged"] for r in curve]
    assert flagged == sorted(flagged)


def test_evaluate_report_is_monotone_over_levels(heldout):
    levels = ["section", "division", "group", "class"]
    for k in ("top1", "top3"):
        values = [heldout[level][k] for level in levels]
        assert values == sorted(values, reverse=True)
        assert all(heldout[level]["top3"] >= heldout[level]["top1"] for level in levels)


def test_evaluate_splits_do_not_overlap():
    tune = {name for name, _ in load_names("tune")}
    assert tune.isdisjoint(name for name, _ in load_names("heldout"))


def test_evaluate_lexicon_agrees_with_the_labels():
    # A lexicon term spelled like a labelled name names the same 小类 (contradictions were settled
    # by the GB/T 4754-2017 class notes, in whichever file was wrong).
    lexicon = load_lexicon()
    clashes = []
    for name, gold in load_names(None):
        term = lexicon.get(name)
        if term is not None and term.kind == "lexicon" and gold not in term.codes:
            clashes.append((name, gold, term.codes))
    assert not clashes


def test_evaluate_heldout_names_are_not_copied_into_the_lexicon():
    # 195 held-out names are lexicon terms too: generic product words a lexicon holds anyway
    # (大豆, 毛巾, 全站仪).  Qualified forms whose head term already gives the class were taken
    # out; no held-out name may be added, or the held-out numbers stop measuring generalisation.
    lexicon = load_lexicon()
    copied = [name for name, _ in load_names("heldout") if (t := lexicon.get(name)) and t.kind == "lexicon"]
    assert len(copied) <= 195


def test_evaluate_corpus_documents_meet_target():
    if not (corpus_dir() / "generated").is_dir() or not corpus_golds():
        pytest.skip("no generated corpus")
    report = evaluate_corpus(mode="gold")
    assert report["n"] > 0
    assert report["class"]["top1"] >= 0.95


def test_accuracy_help_prints_usage_without_measuring(capsys):
    """``python -m std_extract.classify.accuracy --help`` prints its options and measures nothing (it
    used to run the tune and heldout evaluations)."""
    with pytest.raises(SystemExit) as stopped:
        accuracy_main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m std_extract.classify.accuracy")
    assert "annotations-test" in out and "top1=" not in out


def test_accuracy_unknown_split_is_refused(capsys):
    with pytest.raises(SystemExit) as stopped:
        accuracy_main(["heldout", "hedlout"])
    assert stopped.value.code == 2
    assert "unknown split hedlout" in capsys.readouterr().err


def test_documents_dev_reads_only_the_dev_halves():
    """documents-dev parses every set's dev documents and opens no test half's gold."""
    import csv

    found = dev_documents()
    assert found, "no dev documents"
    splits = {}
    for split_file in corpus_dir().glob("*/split.csv"):
        with split_file.open(encoding="utf-8") as handle:
            splits |= {(split_file.parent.name, r["stem"]): r["split"] for r in csv.DictReader(handle)}
    assert all(splits[(name, entry.stem)] == "dev" for name, entry in found)
    # only documents whose dev records are committed: a set held out whole is not read
    assert all((corpus_dir() / name / f"{entry.stem}.record.json").is_file() for name, entry in found)
    assert {name for name, _ in found} >= {"luatex", "typeset2", "real-dev"}
