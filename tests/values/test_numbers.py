"""numbers: printed numbers to floats."""

from __future__ import annotations

import pytest

from std_extract.values.numbers import chinese_numeral_value, find_numbers, parse_number


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("0.45", 0.45),
        ("０.４５", 0.45),  # full-width digits
        ("0\U001001b005", 0.05),  # private-use decimal point (GB 2763)
        ("-18", -18.0),
        ("10 000", 10000.0),  # GB/T 1.1 digit grouping
        ("95%", 95.0),  # a percentage keeps its printed number
        (".5", 0.5),
    ],
)
def test_numbers_parse_arabic(printed: str, expected: float) -> None:
    assert parse_number(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("1×10⁻⁵", 1e-5),  # superscript exponent
        ("1×10-5", 1e-5),  # superscript lost in the text layer
        ("1.0E-5", 1e-5),
        ("1.0e-5", 1e-5),
        ("10⁻⁶", 1e-6),  # a power of ten alone
        ("5×10⁴", 50000.0),
        ("2.5 × 10^-3", 0.0025),  # exact, not 0.0025000000000000005
    ],
)
def test_numbers_parse_scientific(printed: str, expected: float) -> None:
    assert parse_number(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("十五", 15.0),
        ("零点四五", 0.45),
        ("〇点五", 0.5),
        ("二〇二四", 2024.0),
        ("两百", 200.0),
        ("百分之五", 5.0),
        ("百分之九十五", 95.0),
    ],
)
def test_numbers_parse_chinese_numerals(printed: str, expected: float) -> None:
    assert parse_number(printed) == expected


# "1,2" is two numbers (or a locant pair); "2,4-" and "4-" open a chemical's name ("2,4-二硝基苯酚")
@pytest.mark.parametrize("printed", ["", "abc", "1,2", "六价", "GB", "2,4-二硝基苯酚", "4-硝基酚", "3-MCPD"])
def test_numbers_parse_rejects_non_numbers(printed: str) -> None:
    assert parse_number(printed) is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("1,000", 1000.0), ("12,500", 12500.0), ("1 000", 1000.0), ("0.000 3", 0.0003), ("1.000 5", 1.0005)],
)
def test_numbers_parse_grouped_thousands(printed: str, expected: float) -> None:
    # grouped by a comma as by a space (GB/T 1.1 prints a space), and by threes after the point
    assert parse_number(printed) == expected


def test_numbers_chinese_kilo_prefix_is_not_a_thousand() -> None:
    # cn2an's transform fails on this sentence ("零点四五千" is not a numeral): the run is cut first.
    (number,) = find_numbers("零点四五千瓦时")
    assert (number.value, number.text) == (0.45, "零点四五")
    (number,) = find_numbers("三千瓦")
    assert (number.value, number.text) == (3.0, "三")


def test_numbers_find_gives_spans_in_order() -> None:
    found = find_numbers("6.0～8.5")
    assert [(n.start, n.end, n.value) for n in found] == [(0, 3, 6.0), (4, 7, 8.5)]


def test_numbers_find_reads_scientific_as_one_number() -> None:
    assert [n.value for n in find_numbers("≤1×10⁻⁵")] == [1e-5]


def test_numbers_chinese_numeral_value_rejects_words() -> None:
    assert chinese_numeral_value("三氯") is None
    assert chinese_numeral_value("一百二十") == 120.0


@pytest.mark.parametrize("printed", ["7.3.4", "7.3.4-7.3.5", "2024.01.01"])
def test_numbers_find_no_value_in_clause_numbers_and_dates(printed: str) -> None:
    assert find_numbers(printed) == []  # a clause number or a date, not a number
