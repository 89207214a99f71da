"""Notes under tables on pages of corpus/docx's DEV split (enterprise and group standards written in
Word and printed by LibreOffice; the test split of its split.csv is never read here), one test per
failure class found there."""

from __future__ import annotations

from corpora import DOCX, dev_page_record


def test_docx_dev_unmarked_note_gives_the_plan_rows_their_unit():
    # wd_beefjerky_01 表3 微生物限量: n | c | m | M under 采样方案及限量, and under the table
    # "注：菌落总数、大肠菌群的单位为CFU/g。": each m and M is in CFU/g (was: no unit)
    record = dev_page_record(DOCX, "wd_beefjerky_01", (4,))
    plan = [(i.name, i.value, i.unit) for i in record.indicators if i.table == "3"]
    assert plan == [
        ("菌落总数", 10000.0, "CFU/g"),
        ("菌落总数", 100000.0, "CFU/g"),
        ("大肠菌群", 10.0, "CFU/g"),
        ("大肠菌群", 100.0, "CFU/g"),
    ]


def test_docx_dev_word_footnote_at_the_foot_of_the_page_restricts_its_row():
    # Word footnotes: "粗纤维1/% ≤" (wd_greentea_01 表2, p.4) and "耐唾液色牢度1/级" (wd_underwear_01 表1,
    # p.3) over "1 粗纤维为参考指标，不作为出厂检验项目。" / "1 仅考核婴幼儿用品。" at the page's foot
    tea = dev_page_record(DOCX, "wd_greentea_01", (3, 4))
    fibre = [(i.name, i.grade, i.conditions) for i in tea.indicators if i.name.startswith("粗纤维")]
    assert fibre[0] == ("粗纤维", "特级", ["粗纤维为参考指标，不作为出厂检验项目"]) and len(fibre) == 3
    wear = dev_page_record(DOCX, "wd_underwear_01", (3,))
    saliva = {(i.name, tuple(i.conditions)) for i in wear.indicators if i.name.startswith("耐唾液")}
    assert saliva == {("耐唾液色牢度", ("仅考核婴幼儿用品",))}
