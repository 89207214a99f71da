"""Which parts of a standard hold requirements, on generated standards (corpus/generated): an
after-sales chapter of a service standard and a normative annex that requires its own table."""

from __future__ import annotations

from std_extract.extract.scope import requirement_chapters
from std_extract.rules import default_rules


def test_after_sales_chapter_items_are_requirements(generated_record):
    record = generated_record("Q_HRZS_013-2020.pdf")
    by_name = {i.name: i for i in record.indicators if i.clause == "6"}
    warranty = by_name["防水工程保修期"]
    assert (warranty.comparator, warranty.value, warranty.unit) == (">=", 5.0, "年")
    assert warranty.value_text == "五年以上"  # printed form kept, Chinese numeral read
    assert (by_name["投诉响应时间"].comparator, by_name["投诉响应时间"].value) == ("<=", 24.0)
    assert set(by_name) == {"基础装修工程保修期", "防水工程保修期", "投诉响应时间", "客户满意度"}


def test_normative_annex_that_requires_its_table_is_read_and_method_chapters_are_not(
    generated_record, generated_document
):
    record = generated_record("Q_HRZS_013-2020.pdf")
    annex = [i for i in record.indicators if i.table == "A.1"]
    assert [(i.name, i.value) for i in annex][:2] == [("甲醛", 0.06), ("苯", 0.06)]
    assert len(annex) == 7 and all(i.provenance[0].page == 6 for i in annex)
    chapters = {
        c.number
        for c in requirement_chapters(generated_document("Q_HRZS_013-2020.pdf"), default_rules().scope)
    }
    assert chapters == {"4", "5", "6", "A"}  # not 7 评价方法, 8 评价与改进


def test_normative_annex_that_gives_its_table_with_jian_is_read(generated_record, generated_document):
    # "附录A（规范性附录）… A.1 室内环境污染物浓度见表A.1": normative, so 见 binds as 应符合 does.
    record = generated_record("Q_KYZS_018-2020.pdf")  # skips when the corpus is absent
    document = generated_document("Q_KYZS_018-2020.pdf")
    annex = next(c for c in document.clauses if c.kind == "annex")
    assert (annex.number, annex.title, annex.normative) == ("A", "室内环境污染物浓度", True)
    assert [(i.name, i.value) for i in record.indicators if i.table == "A.1"][:3] == [
        ("甲醛", 0.06),
        ("苯", 0.05),
        ("甲苯", 0.12),
    ]
