"""Units and names read on pages of corpus/weasy's DEV split (HTML and CSS printed by WeasyPrint; the
test split of its split.csv is never read here), one test per class of how a unit or a name is printed."""

from __future__ import annotations

from corpora import WEASY, dev_page_record


def _values(stem: str, *pages: int) -> list[tuple]:
    return [
        (i.name, i.canonical_id, i.comparator, i.value, i.unit, tuple(i.conditions))
        for i in dev_page_record(WEASY, stem, pages).indicators
    ]


def test_weasy_dev_unit_in_square_brackets_holding_round_ones():  # 噪声［dB(A)］, GB/T 1.1's form
    found = _values("wp_confinement_01", 3)
    assert ("噪声", "noise", "<=", 45.0, "dB(A)", ("昼间",)) in found
    found = _values("wp_dehumidifier_01", 3)
    assert any(f[0] == "噪声" and f[3] == 45.0 and f[4] == "dB(A)" for f in found)
