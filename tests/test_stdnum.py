"""std_extract.stdnum: the standard-number grammar of extractors/standard_numbers.toml."""

from __future__ import annotations

import pytest

from std_extract.errors import RuleFileError
from std_extract.resources import extractors_dir
from std_extract.stdnum import NumberGrammar, NumberGrammarSpec, load_number_grammar, number_grammar


def _normalised(text: str, grammar: NumberGrammar | None = None) -> tuple[str, str, str, int] | None:
    grammar = grammar or number_grammar()
    match = grammar.number.search(text)
    return grammar.normalise(match) if match else None


def test_stdnum_shipped_grammar_reads_every_kind():
    assert _normalised("Q/410122 SHSD 008—2025") == ("Q/410122 SHSD 008-2025", "Q/410122 SHSD", "Q", 2025)
    assert _normalised("Q/BYSQ 0016S—2024") == ("Q/BYSQ 0016S-2024", "Q/BYSQ", "Q", 2024)
    assert _normalised("T/CNHFA 080—2024")[:3] == ("T/CNHFA 080-2024", "T/CNHFA", "T")
    assert _normalised("DB 32/T 1580—2019")[:3] == ("DB32/T 1580-2019", "DB32/T", "DB/T")
    assert _normalised("JGJ 144-2019")[:3] == ("JGJ 144-2019", "JGJ", "JGJ")
    assert _normalised("IPX 68-2019") is None and _normalised("PM 2.5-2020") is None  # not codes


def test_stdnum_citations_mask_whole_numbers():
    citation = number_grammar().citation
    assert [m.group() for m in citation.finditer("应符合GB 2762—2017和Q/410122 SHSD 008—2025的规定")] == [
        "GB 2762—2017",
        "Q/410122 SHSD 008—2025",
    ]
    assert citation.search("按ISO 6579-1:2017检验").group() == "ISO 6579-1:2017"
    assert citation.search("GB 2760-86").group() == "GB 2760-86"
    assert citation.search("燃烧性能V-0级") is None and citation.search("IPX4") is None


def test_stdnum_a_grammar_built_by_hand():
    # A grammar without enterprise region codes: the same cover line reads no region.
    spec = NumberGrammarSpec(
        national=["GB"],
        suffixes=["T"],
        local={"code": "DB", "region_digits": 2},
        group={"code": "T"},
        enterprise={"code": "Q", "region_digits": 0},
    )
    grammar = NumberGrammar(spec)
    assert _normalised("Q/410122 SHSD 008—2025", grammar) is None
    assert _normalised("HJ 77.3-2008", grammar) is None  # no industry codes in this grammar
    assert _normalised("Q/410122 SHSD 008—2025") is not None  # the shipped one, side by side


def test_stdnum_broken_grammar_names_file_and_field(tmp_path):
    text = (extractors_dir() / "standard_numbers.toml").read_text(encoding="utf-8")
    path = tmp_path / "standard_numbers.toml"
    path.write_text(text.replace('"HJ",   #', '"hj",   #'), encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        load_number_grammar(path)
    assert raised.value.path == str(path) and raised.value.field.startswith("industry[")
    path.write_text(text.replace("region_digits = 6", "region_digit = 6"), encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        load_number_grammar(path)
    assert raised.value.field.startswith("enterprise.")
