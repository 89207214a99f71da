"""The whole ranking on hand-built records: floors, suppression, left-out reasons, determinism."""

from __future__ import annotations

import random

from std_extract.document import DocumentStructure
from std_extract.rank import rank, rank_plan
from std_extract.rank.engine import plan_form
from std_extract.rank.output import rankings_json
from std_extract.record import ConfidenceReason

from .builders import indicator, make_plan, record

GOOD_STRUCTURE = DocumentStructure(
    chapters=[
        "范围",
        "规范性引用文件",
        "术语和定义",
        "技术要求",
        "试验方法",
        "检验规则",
        "标志、包装、运输和贮存",
    ],
    references=["GB/T 191-2008 包装储运图示标志", "GB 12021.2-2015 家用电冰箱耗电量限定值及能效等级"],
)


def fridges(values: list[float]) -> list:
    return [record(f"Q/A {i:03d}-2024", [indicator("energy", v)]) for i, v in enumerate(values)]


def test_engine_below_floor_is_in_supervision_and_out_of_tiers():
    result = rank(fridges([0.5, 0.6, 0.7, 1.2]), [make_plan()]).plan("fridge")
    members = {m.number for t in result.indicators[0].tiers for m in t.members}
    assert "Q/A 003-2024" not in members and len(members) == 3
    [row] = result.below_floor
    assert (row.standard.number, row.declared, row.floor, row.ranked) == ("Q/A 003-2024", 1.2, 1.0, False)
    assert row.floor_source == "GB 12021.2-2015 表1" and row.evidence[0].page == 3
    assert any(x.reason == "below_floor" and x.indicator == "energy" for x in result.left_out)


def test_engine_below_floor_at_a_lower_grade_is_supervised_even_when_ranked_elsewhere():
    plan = make_plan(
        core=[
            {
                "id": "energy",
                "direction": "lower",
                "unit": "kWh/d",
                "floor": {"value": 1.0, "source": "GB 12021.2"},
            },
            {"id": "eff", "direction": "higher", "unit": "percent"},
        ]
    )
    recs = fridges([0.5, 0.6, 0.7])
    recs[0].indicators += [
        indicator("energy", 1.5, grade="合格品"),
        indicator("eff", 90, ">=", unit="percent"),
    ]
    recs[1].indicators.append(indicator("eff", 80, ">=", unit="percent"))
    recs[2].indicators.append(indicator("eff", 70, ">=", unit="percent"))
    result = rank(recs, [plan]).plan("fridge")
    [row] = result.below_floor
    assert row.grade == "合格品" and row.ranked is True
    first = result.standards[0]
    assert not first.decision.candidate and "below_floor" not in first.decision.explanation_en.split(":")[0]
    assert "looser than the floor" in first.decision.explanation_en


def test_engine_suppressed_when_all_values_equal():
    result = rank(fridges([0.5, 0.5, 0.5]), [make_plan()]).plan("fridge")
    ranking = result.indicators[0]
    assert not ranking.published and ranking.suppressed == "all_equal" and ranking.tiers == []
    assert "same level" in ranking.suppressed_note and result.candidates == []
    assert all(s.indicators[0].status == "unpublished" for s in result.standards)
    assert "no ranking published" in result.standards[0].decision.explanation_en


def test_engine_suppressed_with_fewer_than_minimum_participants():
    result = rank(fridges([0.5, 0.6]), [make_plan(min_participants=3)]).plan("fridge")
    assert result.indicators[0].suppressed == "too_few_participants"


def test_engine_candidates_are_top_tier_on_every_core_indicator():
    result = rank(fridges([0.5, 0.6, 0.7, 0.8, 0.9, 0.5]), [make_plan()]).plan("fridge")
    assert [c.number for c in result.candidates] == ["Q/A 000-2024", "Q/A 005-2024"]
    why = result.standards[0].decision
    assert why.candidate and "第3页" in why.explanation_zh and "p. 3" in why.explanation_en
    assert "0.5" in why.explanation_zh and "tier 1 of 3" in why.explanation_en
    second = result.standards[1].decision
    assert (
        "第1档为 0.5 kWh/d" in second.explanation_zh
        and "tier 2 of 3 (tier 1: 0.5 kWh/d)" in second.explanation_en
    )


def test_engine_best_k_tier_sum_rule():
    plan = make_plan(
        candidate_rule={"kind": "best_k_tier_sum", "k": 1},
        core=[
            {"id": "energy", "direction": "lower", "unit": "kWh/d"},
            {"id": "eff", "direction": "higher", "unit": "percent"},
        ],
    )
    recs = fridges([0.5, 0.6, 0.7])
    for r, eff in zip(recs, [70, 90, 80], strict=True):
        r.indicators.append(indicator("eff", eff, ">=", unit="percent"))
    result = rank(recs, [plan]).plan("fridge")
    assert [c.number for c in result.candidates] == ["Q/A 000-2024", "Q/A 001-2024"]


def test_engine_grade_best_declared_is_compared():
    recs = fridges([0.9, 0.6, 0.7])
    recs[0].indicators = [indicator("energy", 0.9, grade="2级"), indicator("energy", 0.4, grade="1级")]
    result = rank(recs, [make_plan()]).plan("fridge")
    top = result.indicators[0].tiers[0]
    assert [m.number for m in top.members] == ["Q/A 000-2024"] and top.best == 0.4


def test_engine_left_out_reasons():
    recs = fridges([0.5, 0.6, 0.7])
    recs += [
        record("Q/B 001-2024", []),
        record("Q/B 002-2024", [indicator("energy", None, "qualitative", value_text="应节能")]),
        record("Q/B 003-2024", [indicator("energy", 0.5, unit="kg")]),
        record("Q/B 004-2024", [indicator("energy", 0.5)], status="failed"),
        record("Q/C 001-2024", [indicator("energy", 0.5)], code="1511", title="瓶装饮用水"),
    ]
    plan = make_plan(gates=[{"kind": "record_ok"}])
    result = rank(recs + [recs[0]], [plan])
    reasons = {(x.number, x.reason) for x in result.plan("fridge").left_out}
    assert {
        ("Q/B 001-2024", "missing_core_indicator"),
        ("Q/B 002-2024", "not_quantified"),
        ("Q/B 003-2024", "unit_not_convertible"),
        ("Q/B 004-2024", "failed_gate"),
    } <= reasons
    assert {(x.number, x.reason) for x in result.unassigned} == {
        ("Q/C 001-2024", "other_area"),
        ("Q/A 000-2024", "duplicate"),
    }


def test_engine_failed_gate_enters_no_ranking():
    recs = fridges([0.5, 0.6, 0.7])
    plan = make_plan(gates=[{"kind": "required_clauses"}])
    structure = {r.source.sha256: GOOD_STRUCTURE for r in recs[1:]}
    structure[recs[0].source.sha256] = DocumentStructure(chapters=["范围", "要求"])
    result = rank(recs, [plan], structure).plan("fridge")
    members = [m.number for t in result.indicators[0].tiers for m in t.members]
    assert "Q/A 000-2024" not in members
    first = result.standards[0]
    assert not first.passed_gates and "规范性引用文件" in first.gates[0].detail
    assert first.decision.explanation_zh.startswith("未入围：未通过门槛")


def test_engine_assigns_by_title_term_class_and_honours_exclusions():
    recs = [
        record("Q/A 1-2024", [], code="3851", title="冷藏柜"),
        record("Q/A 2-2024", [], code=None, title="家用电冰箱"),
        record("Q/A 3-2024", [], code="3851", title="电冰箱用压缩机"),
        record("Q/A 4-2024", [], code="3851", title=""),
    ]
    result = rank(recs, [make_plan(exclude_terms=["压缩机"])])
    fridge = result.plan("fridge")
    assert [s.standard.number for s in fridge.standards] == ["Q/A 2-2024", "Q/A 4-2024"]
    why = {s.standard.number: s.scope for s in fridge.standards}
    assert why["Q/A 2-2024"].term == "电冰箱" and "电冰箱" in why["Q/A 2-2024"].detail_zh
    assert why["Q/A 4-2024"].term is None and why["Q/A 4-2024"].in_class  # no title: by class
    left = {x.number: x.detail for x in result.unassigned}
    assert sorted(left) == ["Q/A 1-2024", "Q/A 3-2024"]
    assert "names none of its products" in left["Q/A 1-2024"] and "电冰箱" in left["Q/A 1-2024"]


def test_engine_a_plans_class_alone_does_not_assign_another_product():
    """GB 19645 巴氏杀菌乳 shares 小类 1441 with 发酵乳 but is not a fermented milk."""
    plan = make_plan(id="fermented_milk", classes=["1441"], scope_terms=["发酵乳", "酸奶"])
    recs = [
        record("GB 19645-2010", [], code="1441", title="食品安全国家标准 巴氏杀菌乳"),
        record("Q/YL 0001S-2024", [], code="1441", title="风味发酵乳"),
        record("Q/YL 0002S-2024", [], code="1442", title="酸奶"),
    ]
    result = rank(recs, [plan])
    scopes = {s.standard.number: s.scope for s in result.plan("fermented_milk").standards}
    assert sorted(scopes) == ["Q/YL 0001S-2024", "Q/YL 0002S-2024"]
    assert scopes["Q/YL 0002S-2024"].term == "酸奶" and not scopes["Q/YL 0002S-2024"].in_class
    assert [x.number for x in result.unassigned] == ["GB 19645-2010"]


def test_engine_views_are_separate_subscores():
    recs = fridges([0.5, 0.6, 0.7])
    recs[0].indicators.append(indicator("noise", 38, unit="dB"))
    result = rank(recs, [make_plan(gates=[{"kind": "required_clauses"}])]).plan("fridge")
    v = result.standards[0].views
    assert v.completeness == 1.0 and v.declared == ["energy", "noise"] and v.advancement == 1.0
    assert v.conformance == 1.0  # the clause gate is not checked (no structure): only test methods count
    assert result.standards[1].views.completeness == 0.5


def test_engine_is_deterministic_whatever_the_input_order():
    values = [0.5, 0.6, 0.7, 0.8, 0.9, 0.5, 1.3, 0.65]
    first = rank(fridges(values), [make_plan()])
    shuffled = fridges(values)
    random.Random(7).shuffle(shuffled)
    second = rank(shuffled, [make_plan()])
    assert rankings_json(first.plans[0]) == rankings_json(second.plans[0])
    assert first.model_dump_json() == second.model_dump_json()


def test_engine_sub_rows_of_one_canonical_id_rank_separately():
    plan = make_plan(
        core=[
            {
                "id": "delivery",
                "key": "delivery_same_city",
                "name_contains": ["同城"],
                "direction": "lower",
                "unit": "h",
            },
            {
                "id": "delivery",
                "key": "delivery_interprovincial",
                "name_contains": ["省际"],
                "direction": "lower",
                "unit": "h",
            },
        ],
        optional=[],
    )
    recs = []
    for i, (city, inter) in enumerate([(18, 72), (24, 48), (30, 60)]):
        same = indicator("delivery", city, unit="h").model_copy(update={"name": "全程时限/同城"})
        far = indicator("delivery", inter, unit="h").model_copy(update={"name": "全程时限/省际"})
        recs.append(record(f"Q/A {i:03d}-2024", [same, far]))
    result = rank(recs, [plan]).plan("fridge")
    by_key = {r.indicator: r for r in result.indicators}
    assert by_key["delivery_same_city"].tiers[0].members[0].number == "Q/A 000-2024"
    assert by_key["delivery_interprovincial"].tiers[0].members[0].number == "Q/A 001-2024"
    assert by_key["delivery_same_city"].canonical_id == "delivery"


def test_engine_classes_match_by_prefix():
    plan = make_plan(classes=["385"], scope_terms=[])
    recs = [
        record("Q/A 1-2024", [], code="3852", title="空调器"),
        record("Q/A 2-2024", [], code="3861", title="x"),
    ]
    result = rank(recs, [plan])
    assert [s.standard.number for s in result.plan("fridge").standards] == ["Q/A 1-2024"]


def test_engine_optional_indicator_below_floor_is_supervised_and_blocks_candidacy():
    plan = make_plan(
        optional=[
            {
                "id": "lead",
                "direction": "lower",
                "unit": "mg/kg",
                "floor": {"value": 0.2, "source": "GB 2762"},
            }
        ]
    )
    recs = fridges([0.5, 0.6, 0.7])
    recs[0].indicators.append(indicator("lead", 0.3, unit="mg/kg"))
    result = rank(recs, [plan]).plan("fridge")
    [row] = result.below_floor
    assert (row.indicator, row.declared, row.ranked) == ("lead", 0.3, True)
    assert result.candidates == [] and "lead" in result.standards[0].decision.explanation_en


def test_engine_reads_the_records_own_structure():
    from std_extract.record import DocumentStructure

    recs = fridges([0.5, 0.6, 0.7])
    recs[0].structure = DocumentStructure(chapters=["范围", "要求"])
    result = rank(recs, [make_plan(gates=[{"kind": "required_clauses"}])]).plan("fridge")
    assert [s.passed_gates for s in result.standards] == [False, True, True]
    assert result.standards[1].gates[0].status == "not_checked"


def test_engine_rejected_values_are_not_ranked():
    records = fridges([0.5, 0.6, 0.7, 0.8])
    rejected = records[0].indicators[0].model_copy(update={"review_state": "rejected"})
    records[0] = records[0].model_copy(update={"indicators": [rejected]})
    result = rank(records, [make_plan()]).plan("fridge")
    members = {m.number for t in result.indicators[0].tiers for m in t.members}
    assert "Q/A 000-2024" not in members and len(members) == 3


def test_engine_plan_form_keeps_what_the_plan_reads_and_ranks_alike():
    reference = indicator("energy", None, "reference", value_text="GB 12021.2-2015", unit=None)
    other = indicator("water_use", 38.0, unit="L")  # not one of the plan's indicators
    reason = ConfidenceReason(evidence="lexicon_unmatched", weight=-1.0)
    flagged = indicator("energy", 0.9).model_copy(
        update={"confidence_reasons": [reason], "needs_review": True}
    )
    records = [
        record(f"Q/A {i:03d}-2024", [indicator("energy", 0.5 + i / 10), other, reference]) for i in range(4)
    ]
    records[0] = records[0].model_copy(update={"indicators": [*records[0].indicators, flagged]})
    plan = make_plan()
    forms = [plan_form(r, plan) for r in records]
    assert [[i.canonical_id for i in f.indicators] for f in forms][1:] == [["energy", "energy"]] * 3
    assert forms[0].indicators[-1].confidence_reasons == [] and forms[0].indicators[-1].needs_review
    assert forms[0].indicators[1].comparator == "reference"
    for include_unreviewed in (False, True):
        whole = rank_plan(plan, records, {}, include_unreviewed=include_unreviewed)
        slim = rank_plan(plan, forms, {}, include_unreviewed=include_unreviewed)
        assert rankings_json(slim) == rankings_json(whole)


def test_engine_plan_form_of_a_record_with_only_the_plans_values_is_that_record():
    rec = record("Q/A 001-2024", [indicator("energy", 0.5)])
    assert plan_form(rec, make_plan()) is rec
