"""Clause sentences on generated standards (corpus/generated) whose numbers set up a test rather
than bound a value: the requirement is the state the product keeps."""

from __future__ import annotations


def test_test_procedure_with_end_state_is_one_qualitative_requirement(generated_record):
    record = generated_record("Q_430104ZTRH_014-2022.pdf")
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


def test_test_procedure_under_a_titled_clause_and_in_a_table_cell(generated_record):
    titled = {i.name: i for i in generated_record("Q_HYRH_006-2020.pdf").indicators if i.clause == "4.3.2"}
    assert titled["耐热"].comparator == "qualitative"  # "4.3.2 耐热：（40±1）℃保持24 h，…"
    cells = {i.name: i for i in generated_record("Q_371002XARH_028-2022.pdf").indicators if i.table}
    assert cells["离心考验"].comparator == "qualitative"
    assert cells["离心考验"].value_text == "2000 r/min旋转30 min，不分层"


def test_name_opening_with_wu_and_exponent_set_as_small_raised_glyphs(generated_record):
    record = generated_record("Q_SHTC_020-2022.pdf")
    by_clause = {i.clause: i for i in record.indicators}
    wear = by_clause["4.3.6"]  # 无 opens the name, not a requirement "无…"
    assert (wear.name, wear.comparator, wear.value, wear.unit) == ("无釉砖耐磨深度", "<=", 175.0, "mm³")
    expansion = by_clause["4.3.7"]  # "10" then a 6.5 pt "-6" set high: 10⁻⁶, never 10-6
    assert (expansion.value, expansion.unit) == (8.5, "10⁻⁶/℃")
    assert expansion.provenance[0].source_text.endswith("8.5 10⁻⁶/℃")


def test_banned_substance_clause_with_its_limit_in_brackets(generated_record):
    record = generated_record("Q_FMFS_012-2023.pdf")
    [dyes] = [i for i in record.indicators if i.name == "可分解致癌芳香胺染料"]
    assert (dyes.comparator, dyes.value_text) == ("qualitative", "禁用")
    assert dyes.conditions == ["致癌芳香胺限量值不大于20 mg/kg"]  # the bracketed note, kept as printed


def test_sensory_name_and_state_without_a_requirement_word(generated_record):
    # "4.2.2 果面洁净，无病虫害、无机械伤、无腐烂。": one qualitative requirement named 果面 (a
    # qualitative indicator of the lexicon), not "无病虫害" as a subject.
    fruit = [i for i in generated_record("T_CAS_772-2019.pdf").indicators if i.clause == "4.2.2"]
    assert [(i.name, i.comparator, i.value_text) for i in fruit] == [
        ("果面", "qualitative", "洁净，无病虫害、无机械伤、无腐烂")
    ]
    lotion = [i for i in generated_record("Q_430104ZTRH_014-2022.pdf").indicators if i.name == "外观"]
    assert [i.value_text for i in lotion] == ["均匀一致（添加不溶性颗粒或不溶粉末的产品除外）"]


def test_unit_column_wins_over_a_bracketed_qualifier_in_the_label(generated_record):
    # "色度（铂钴色度单位） | 度 | ≤15": the unit column says 度; the bracket names the scale.
    colour = [i for i in generated_record("Q_SRSW_004-2021.pdf").indicators if i.name.startswith("色度")]
    assert colour and all(i.unit == "度" for i in colour)
