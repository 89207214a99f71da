"""Clause sentences on generated standards (corpus/generated) whose numbers set up a test rather
than bound a value: the requirement is the state the product keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from std_extract.pipeline import process_file

GENERATED = Path(__file__).resolve().parents[2] / "corpus" / "generated"


def test_test_procedure_with_end_state_is_one_qualitative_requirement():
    path = GENERATED / "Q_430104ZTRH_014-2022.pdf"
    if not path.exists():
        pytest.skip(f"{path} not found")
    record = process_file(path, classify=False)
    by_name = {i.name: i for i in record.indicators if i.clause == "4.3"}
    assert set(by_name) == {"pH值", "耐热", "耐寒", "离心考验"}  # no "恢复至室温后", no 24 h limit
    heat = by_name["耐热"]
    assert heat.comparator == "qualitative" and heat.value is None
    assert heat.value_text == "（40±1）℃保持24 h，恢复至室温后无油水分离现象"  # full-width brackets kept
    assert by_name["耐寒"].value_text.startswith("-8℃保持24 h")  # the minus is not part of the name
    assert by_name["离心考验"].value_text == "2000 r/min旋转30 min，不分层"
    assert heat.provenance[0].source_text.startswith("耐热：")
    ph = by_name["pH值"]
    assert (ph.comparator, ph.value, ph.value_max) == ("range", 3.5, 9.0)
