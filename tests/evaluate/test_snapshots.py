"""The snapshot comparison and the ratchet on their own, and with a deliberately broken rule file."""

from __future__ import annotations

import re
from pathlib import Path

from corpora import GENERATED
from eval_builders import GOLD_INDICATORS, make_gold, make_record

from std_extract.evaluate import score_documents
from std_extract.evaluate.snapshots import (
    ACCEPT_FALL_SWITCH,
    SetScores,
    fall_accepted,
    found_falls,
    ratchet_failures,
    set_scores,
    snapshot_differences,
    snapshot_of,
)
from std_extract.extract.canonical import normalise_indicators
from std_extract.extract.confidence import load_confidence_spec, score_confidence
from std_extract.indicator_lexicon import load_lexicon
from std_extract.pipeline import process_file
from std_extract.resources import extractors_dir


def _broken_confidence(tmp_path: Path, pattern: str, new: str):
    """The shipped confidence.toml with one entry changed (``pattern``, a regular expression)."""
    text = (extractors_dir() / "confidence.toml").read_text(encoding="utf-8")
    broken, count = re.subn(pattern, new, text, count=1, flags=re.MULTILINE)
    assert count == 1, pattern
    path = tmp_path / "confidence.toml"
    path.write_text(broken, encoding="utf-8")
    return load_confidence_spec(path)


def _one(value: float, bbox: list[float]) -> dict:
    return {"indicators": [{"name": "水分", "value": value, "provenance": [{"bbox": bbox}]}]}


def test_snapshots_bboxes_within_tolerance_numbers_exactly():
    base = _one(12.0, [10.0, 20.0, 30.0, 40.0])
    assert snapshot_differences(base, _one(12.0, [10.3, 20.0, 30.0, 40.4])) == []
    assert snapshot_differences(base, _one(12.0, [11.0, 20.0, 30.0, 40.0])) == [
        ".indicators[0].provenance[0].bbox: [10.0, 20.0, 30.0, 40.0] -> [11.0, 20.0, 30.0, 40.0] "
        "(beyond 0.5 pt)"
    ]
    assert snapshot_differences(base, _one(12.01, [10.0, 20.0, 30.0, 40.0])) == [
        ".indicators[0].value: 12.0 -> 12.01"
    ]


def test_snapshots_name_what_appeared_or_went():
    base = {"indicators": [{"name": "水分"}, {"name": "灰分"}]}
    assert snapshot_differences(base, {"indicators": [{"name": "水分"}]}) == [
        ".indicators: 2 items -> 1 items (gone ['灰分'])"
    ]


def test_snapshots_leave_out_what_depends_on_the_machine():
    record = make_record()
    record.pipeline_version = "9.9.9+data.x"
    record.source.path = "/somewhere/else/rice.pdf"
    data = snapshot_of(record)
    assert "pipeline_version" not in data and data["source"]["path"] == "rice.pdf"


def test_snapshots_a_broken_rule_file_changes_the_snapshot(tmp_path):
    record = process_file(GENERATED / "Q_110108JCZS_028-2024.pdf", classify=False)
    broken = _broken_confidence(tmp_path, r"^threshold = [0-9.]+", "threshold = 0.999")
    rescored = record.model_copy(update={"indicators": score_confidence(record.indicators, None, broken)})
    differences = snapshot_differences(snapshot_of(record), snapshot_of(rescored))
    assert differences and any(line.endswith("needs_review: false -> true") for line in differences)


def test_ratchet_fails_on_a_fall_of_more_than_half_a_point():
    committed = SetScores(documents=8, f1=0.93, unflagged_precision=0.97, unflagged_recall=0.6)
    same = SetScores(documents=8, f1=0.926, unflagged_precision=0.99, unflagged_recall=0.596)
    assert ratchet_failures(committed, same) == []
    fallen = SetScores(documents=8, f1=0.81, unflagged_precision=0.964, unflagged_recall=0.5)
    assert ratchet_failures(committed, fallen) == [
        "f1 fell from 0.9300 to 0.8100",
        "unflagged_precision fell from 0.9700 to 0.9640",
        "unflagged_recall fell from 0.6000 to 0.5000",
    ]


def test_a_rewrite_takes_in_a_fall_only_for_the_sets_named(monkeypatch):
    monkeypatch.delenv(ACCEPT_FALL_SWITCH, raising=False)
    assert not fall_accepted("typeset2")
    monkeypatch.setenv(ACCEPT_FALL_SWITCH, "press, typeset2")
    assert fall_accepted("typeset2") and fall_accepted("press")
    assert not fall_accepted("typeset")  # a name is a whole set name, not a prefix
    monkeypatch.setenv(ACCEPT_FALL_SWITCH, "all")
    assert fall_accepted("generated")


def test_ratchet_catches_a_broken_confidence_rule(tmp_path):
    """Two clause values with subjects no lexicon knows, both wrong: the shipped weights flag them;
    a broken weight lets them through and the precision of the unflagged values falls."""
    spurious = [
        {"name": "某某不存在的参数", "comparator": "<=", "value": 7.0, "unit": "%", "clause": "4.2"},
        {"name": "另一个不存在的参数", "comparator": ">=", "value": 3.0, "unit": "%", "clause": "4.3"},
    ]
    record = make_record([*GOLD_INDICATORS, *spurious])
    record.indicators = normalise_indicators(record.indicators)

    def scores(spec=None):
        scored = record.model_copy(update={"indicators": score_confidence(record.indicators, None, spec)})
        return set_scores(score_documents([(make_gold(), scored)]).total)

    good = scores()
    # [clause] lexicon_unmatched = -3.3 -> +3.3
    broken = scores(_broken_confidence(tmp_path, r"(\[clause\][^[]*?^lexicon_unmatched = )-", r"\1+"))
    assert good.unflagged_precision == 1.0 and broken.f1 == good.f1
    assert ratchet_failures(good, broken) == [f"unflagged_precision fell from 1.0000 to {5 / 7:.4f}"]


def test_ratchet_catches_a_broken_lexicon_entry(tmp_path):
    """One entry of indicators.toml broken (垩白度's plausible range [0, 100] typed [0, 1]): its three
    right values are now flagged; F1 and the precision of the unflagged values hold, and only their
    recall shows the loss, so the ratchet holds recall too."""
    text = (extractors_dir() / "indicators.toml").read_text(encoding="utf-8")
    entry = 'name = "垩白度"'
    start = text.index(entry)
    end = text.index("[[indicator]]", start)
    path = tmp_path / "indicators.toml"
    path.write_text(
        text[:start] + text[start:end].replace("plausible = [0, 100]", "plausible = [0, 1]") + text[end:],
        encoding="utf-8",
    )
    broken_lexicon = load_lexicon(path)
    record = make_record()

    def scores(lexicon=None):
        indicators = score_confidence(normalise_indicators(record.indicators, lexicon), None, None, lexicon)
        scored = record.model_copy(update={"indicators": indicators})
        return set_scores(score_documents([(make_gold(), scored)]).total)

    good, broken = scores(), scores(broken_lexicon)
    assert (broken.f1, broken.unflagged_precision) == (good.f1, good.unflagged_precision)
    assert ratchet_failures(good, broken) == [
        f"unflagged_recall fell from {good.unflagged_recall:.4f} to {broken.unflagged_recall:.4f}"
    ]


def test_found_counts_fall_per_document_without_a_margin():
    committed = {"a": 12, "b": 7}
    assert found_falls(committed, {"a": 12, "b": 8, "c": 3}) == []  # a gain, a new document
    assert found_falls(committed, {"a": 11, "b": 7}) == ["a: found 12 -> 11"]
    assert found_falls(committed, {"a": 12}) == ["b: found 7 -> not evaluated"]
