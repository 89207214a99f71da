"""score_documents on hand-made records: each kind of error shows where it should, and only there."""

from __future__ import annotations

import pytest
from eval_builders import GOLD_INDICATORS, make_gold, make_record, with_changes

from std_extract.errors import ErrorCode, ErrorItem
from std_extract.evaluate import score_documents
from std_extract.evaluate.metadata import METADATA_FIELDS

N = len(GOLD_INDICATORS)


def score(gold=None, record=None):
    return score_documents([(gold or make_gold(), record or make_record())]).total


def test_score_perfect_record_is_all_ones():
    total = score()
    assert total.indicators.all.model_dump() == {
        "gold": N, "output": N, "found": N, "precision": 1.0, "recall": 1.0, "f1": 1.0,
    }  # fmt: skip
    assert total.indicators.name_matched == N
    assert all(acc.accuracy == 1.0 for acc in total.indicators.fields.values())
    assert all(acc.accuracy == 1.0 for acc in total.metadata.fields.values())
    for level in total.classification.levels.values():
        assert level.top1.accuracy == level.top3.accuracy == 1.0


def test_score_wrong_unit_is_a_unit_error_not_a_name_error():
    total = score(record=make_record(with_changes(3, unit="mg/kg")))
    fields = total.indicators.fields
    assert total.indicators.name_matched == N  # still paired by name
    assert fields["unit"].correct == N - 1
    assert fields["comparator"].accuracy == fields["value"].accuracy == fields["grade"].accuracy == 1.0
    assert total.indicators.all.found == N - 1
    assert total.indicators.all.precision == total.indicators.all.recall == (N - 1) / N


def test_score_missed_grade_row_lowers_recall_only():
    record = make_record([spec for i, spec in enumerate(GOLD_INDICATORS) if i != 1])  # no 一级 row
    prf = score(record=record).indicators.all
    assert prf.precision == 1.0
    assert prf.recall == (N - 1) / N


def test_score_spurious_indicator_lowers_precision_only():
    extra = {"name": "水分含量", "comparator": "<=", "value": 15.5, "unit": "%"}
    prf = score(record=make_record([*GOLD_INDICATORS, extra])).indicators.all
    assert prf.recall == 1.0
    assert prf.precision == N / (N + 1)


def test_score_spurious_same_name_row_does_not_steal_the_pair():
    extra = {"name": "垩白度", "comparator": "<=", "value": 9.0, "unit": "%", "grade": "特级"}
    total = score(record=make_record([extra, *GOLD_INDICATORS]))
    assert total.indicators.all.recall == 1.0
    assert total.indicators.all.precision == N / (N + 1)


def test_score_grade_rows_pair_with_their_own_grade_in_any_order():
    prf = score(record=make_record(list(reversed(GOLD_INDICATORS)))).indicators.all
    assert prf.found == N


def test_score_wrong_grade_shows_in_grade_accuracy():
    specs = with_changes(0, grade="一级")  # two "一级" rows, no "特级"
    total = score(record=make_record(specs))
    assert total.indicators.fields["grade"].correct == N - 1
    assert total.indicators.all.found == N - 1


def test_score_wrong_class_at_xiaolei_right_at_zhonglei():
    levels = score(record=make_record(code="1312", candidates=["1312", "1311"])).classification.levels
    assert [levels[lv].top1.accuracy for lv in ("section", "division", "group", "class")] == [1, 1, 1, 0]
    assert levels["class"].top3.accuracy == 1.0  # the gold class is the second candidate


def test_score_wrong_section_when_division_differs():
    levels = score(record=make_record(code="7724")).classification.levels
    assert all(levels[lv].top1.accuracy == 0 for lv in ("section", "division", "group", "class"))


def test_score_null_gold_class_is_counted_apart():
    total = score(gold=make_gold(code=None), record=make_record(code=None))
    assert total.classification.levels == {}
    assert (total.classification.no_class_gold, total.classification.no_class_agreed) == (1, 1)


@pytest.mark.parametrize("field", ["title", "issued", "ics"])
def test_score_metadata_mismatch_shows_in_that_field_only(field):
    wrong = {"title": "地理标志产品 五常大米", "issued": "2019-07-12", "ics": ["67.060"]}[field]
    report = score_documents([(make_gold(), make_record(**{field: wrong}))])
    fields = report.total.metadata.fields
    assert fields[field].accuracy == 0.0
    assert all(fields[f].accuracy == 1.0 for f in METADATA_FIELDS if f != field)
    assert set(report.documents[0].metadata_mismatches) == {field}
    assert report.total.indicators.all.f1 == 1.0


def test_score_metadata_ignores_width_dashes_and_spaces():
    record = make_record(number="DB32/T 1580—2019", title="地理标志产品\n射阳大米", ccs=["Ｂ２２"])
    assert all(acc.accuracy == 1.0 for acc in score(record=record).metadata.fields.values())


def test_score_limits_figure_leaves_out_qualitative_and_reference():
    extra = [
        {"name": "加工精度", "comparator": "qualitative", "value_text": "精碾"},
        {"name": "污染物限量", "comparator": "reference", "value_text": "GB 2762"},
    ]
    total = score(record=make_record([*GOLD_INDICATORS, *extra]))
    assert total.indicators.all.precision == N / (N + 2)
    assert total.indicators.limits.precision == 1.0


def test_score_failed_record_is_listed_with_its_error():
    record = make_record([], status="failed", code=None)
    record.errors.append(ErrorItem(stage="parse", code=ErrorCode.DAMAGED, message="rice.pdf: truncated"))
    report = score_documents([(make_gold(), record)])
    assert report.total.failed == 1
    assert report.failed[0].file == "rice.pdf"
    assert "truncated" in report.failed[0].errors[0]
    assert report.total.indicators.all.recall == 0.0


def test_score_by_category_totals_each_category():
    milk = make_gold(code="1441").model_copy(update={"category": "乳制品"})
    report = score_documents([(make_gold(), make_record()), (milk, make_record(code="1441", indicators=[]))])
    assert set(report.by_category) == {"大米", "乳制品"}
    assert report.by_category["大米"].indicators.all.f1 == 1.0
    assert report.by_category["乳制品"].indicators.all.recall == 0.0
    assert report.total.documents == 2


def test_score_names_match_with_or_without_bracketed_qualifiers():
    from std_extract.evaluate.gold import GoldIndicator
    from std_extract.evaluate.indicators import name_closeness

    def gold(name):
        return GoldIndicator(name=name, comparator="<=", value=1.0)

    def out(name):
        return make_record().indicators[0].model_copy(update={"name": name, "canonical_id": None})

    assert name_closeness(gold("苯系物总和含量"), out("苯系物总和含量（苯、甲苯、乙苯、二甲苯）")) == 2
    assert name_closeness(gold("总铅"), out("总铅（Pb）含量")) == 1
    assert name_closeness(gold("铅"), out("铅")) == 3
    assert name_closeness(gold("碎米"), out("碎米/小碎米含量")) == 0  # a sub-item is another indicator
    assert name_closeness(gold("铅"), out("镉")) == 0
    assert name_closeness(gold("内照射指数"), out("内照射指数IRa")) == 1  # a quantity symbol
    assert name_closeness(gold("外照射指数"), out("外照射指数Iγ")) == 1
    assert name_closeness(gold("吸水率"), out("吸水率平均值")) == 0  # three more Chinese characters


def test_score_sub_label_joined_to_the_name_or_given_as_a_condition_is_one_indicator():
    # One author's gold joins the sub-label to the name ("游离氯/出厂水"), another's gives the quantity
    # as the name and the sub-label as a condition (issue #12's class 4); scoring reads both as one.
    from std_extract.evaluate.gold import GoldIndicator
    from std_extract.evaluate.indicators import field_results, name_closeness

    def gold(name, conditions=()):
        return GoldIndicator(name=name, comparator="<=", value=1.0, unit="mg/L", conditions=list(conditions))

    def out(name, conditions=()):
        return (
            make_record()
            .indicators[0]
            .model_copy(
                update={
                    "name": name,
                    "canonical_id": None,
                    "comparator": "<=",
                    "value": 1.0,
                    "unit": "mg/L",
                    "grade": None,
                    "conditions": list(conditions),
                }
            )
        )

    assert name_closeness(gold("游离氯/出厂水"), out("游离氯", ["出厂水"])) == 2
    assert name_closeness(gold("游离氯", ["出厂水"]), out("游离氯/出厂水")) == 2
    assert field_results(gold("游离氯/出厂水"), out("游离氯", ["出厂水"]))["conditions"]
    assert field_results(gold("断裂强力", ["经向", "干态"]), out("断裂强力经向", ["干态"]))["conditions"]
    # Negative twins: a tail that is no condition on the other side, or another condition
    assert name_closeness(gold("游离氯/出厂水"), out("游离氯")) == 0
    assert name_closeness(gold("游离氯/出厂水"), out("游离氯", ["管网末梢水"])) == 0
    assert not field_results(gold("游离氯"), out("游离氯", ["出厂水"]))["conditions"]
    # A parent joined before the name is the same as the parent given as a condition
    assert name_closeness(gold("不完善粒/生霉粒"), out("生霉粒", ["不完善粒"])) == 2
    assert field_results(gold("生霉粒", ["不完善粒"]), out("不完善粒/生霉粒"))["conditions"]
    assert name_closeness(gold("不完善粒/生霉粒"), out("生霉粒", ["霉变粒"])) == 0  # another condition
    # Two sub-label rows pair each with its own
    rows = [("出厂水", 2.0), ("管网末梢水", 0.05)]
    gold_rows = [
        {"name": f"游离氯/{where}", "comparator": "<=", "value": v, "unit": "mg/L"} for where, v in rows
    ]
    out_rows = [
        {"name": "游离氯", "comparator": "<=", "value": v, "unit": "mg/L", "conditions": [where]}
        for where, v in reversed(rows)
    ]
    total = score(gold=make_gold(gold_rows), record=make_record(out_rows))
    assert total.indicators.all.found == 2 and total.indicators.fields["conditions"].correct == 2


def test_score_a_deviation_with_no_centre_as_tolerance_or_as_range_is_one_bound():
    # "±2 mm" with no centre: one author's gold writes a tolerance (value none, ±2), another a range
    # -2..2 (docs/gold-conventions.md 1); both bound the same deviation.
    from std_extract.evaluate.gold import GoldIndicator
    from std_extract.evaluate.indicators import field_results, is_found

    def ind(comparator, value=None, value_max=None, tolerance=None):
        return GoldIndicator(
            name="长度偏差",
            comparator=comparator,
            value=value,
            value_max=value_max,
            tolerance=tolerance,
            unit="mm",
        )

    as_tolerance, as_range = ind("tolerance", tolerance=2.0), ind("range", -2.0, 2.0)
    assert is_found(field_results(as_range, as_tolerance))
    assert is_found(field_results(as_tolerance, as_range))
    # Negative twins: another width, a range that is not symmetric about 0, a tolerance about a centre
    assert not is_found(field_results(ind("range", -3.0, 3.0), as_tolerance))
    assert not is_found(field_results(ind("range", -2.0, 5.0), as_tolerance))
    assert not is_found(field_results(ind("range", 8.0, 12.0), ind("tolerance", 10.0, tolerance=2.0)))
    assert not is_found(field_results(ind("range", -2.0, 2.0), ind("tolerance", 0.0, tolerance=2.0)))
