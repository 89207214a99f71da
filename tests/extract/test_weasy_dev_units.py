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


def test_weasy_dev_grains_per_50_g_and_a_staff_role_opening_a_rate():
    # wp_wolfberry_01 表2: 粒度 in 粒/50 g is a count of grains, not a fertilizer's share in %
    ids = {(i.name, i.canonical_id) for i in dev_page_record(WEASY, "wp_wolfberry_01", (4,)).indicators}
    assert ("粒度", "grain_count_per_mass") in ids and ("粒度", "particle_size_fraction") not in ids
    # wp_confinement_01 表1: 母婴护理员持证上岗率 is the staff's 持证上岗率
    found = _values("wp_confinement_01", 3)
    assert any(f[0] == "母婴护理员持证上岗率" and f[1] == "staff_certification_rate" for f in found)
