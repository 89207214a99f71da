"""Property tests (hypothesis) of the value grammar and the unit parser: any string at all, and
strings built from the grammar's own pieces, never raise, and what is read keeps its printed form.

``derandomize=True``: CI runs the same examples every time (a failure is reproducible), and the
default test run stays short; run with ``--hypothesis-seed`` and more examples to explore.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from std_extract.values.numbers import find_numbers, parse_number
from std_extract.values.requirement import parse_requirement
from std_extract.values.units import convert, parse_unit

# Pieces of printed requirements: numbers, signs, comparator words, units, brackets, references.
PIECES = [
    "0",
    "0.45",
    "12",
    "-5",
    "1e9",
    "9" * 40,
    "１２",
    "０．５",
    "百分之五",
    "三",
    "≤",
    "≥",
    "<",
    ">",
    "＜",
    "±",
    "～",
    "~",
    "-",
    "—",
    "至",
    "不大于",
    "不低于",
    "不得检出",
    "以上",
    "以内",
    "或",
    "且",
    "在",
    "之间",
    "kWh/24h",
    "dB(A)",
    "mg/m³",
    "℃",
    "%",
    "g/100g",
    "CFU/g",
    "r/min",
    "W",
    "年",
    "（",
    "）",
    "(",
    ")",
    "/",
    "，",
    "。",
    " ",
    "a",
    "GB 2762",
    "应符合",
    "的规定",
    "n=5,c=2",
    "0/25g",
    "无",
    "z",
    "×10⁻³",
    "³",
    "²",
]
GRAMMAR = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
ANY_TEXT = st.text(max_size=60)
PROPERTY = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY
@given(st.one_of(GRAMMAR, ANY_TEXT), st.sampled_from([None, "<=", ">=", "range"]))
def test_properties_parse_requirement_never_raises_and_keeps_the_printed_text(text, default):
    for limit in parse_requirement(text, default_comparator=default):
        for number in (limit.value, limit.value_max, limit.tolerance):
            assert number is None or isinstance(number, float)
        if limit.span is not None:  # the printed characters, spacing aside (a qualitative text is squeezed)
            start, end = limit.span
            assert "".join(text[start:end].split()) == "".join(limit.value_text.split())


@PROPERTY
@given(st.one_of(GRAMMAR, ANY_TEXT))
def test_properties_numbers_never_raise(text):
    parse_number(text)
    for match in find_numbers(text):
        assert isinstance(match.value, float)


@PROPERTY
@given(
    st.one_of(
        st.lists(st.sampled_from(PIECES[30:]), max_size=5).map("".join),
        ANY_TEXT,
        st.from_regex(r"[0-9]{1,400}", fullmatch=True),
    )
)
def test_properties_parse_unit_never_raises_and_keeps_the_printed_unit(text):
    # A unit of 400 nines was an OverflowError (a reviewer's correction broke every later run).
    unit = parse_unit(text)
    if unit is not None:
        assert unit.printed == text and math.isfinite(unit.factor) and unit.factor != 0
        converted = convert(1.0, text, text)
        assert converted is None or math.isfinite(converted)
