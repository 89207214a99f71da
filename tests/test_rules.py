"""The rules object (std_extract.rules): every rule file of a folder loaded once into one immutable
object that the stages take as an argument, so rules built by hand and two rule sets run side by
side in one process (real loaders, real files, the real stages on hand-built pages)."""

from __future__ import annotations

import dataclasses
import json
import shutil

import pytest
from corpora import GENERATED
from parse.builders import requirement_document

from std_extract.errors import RuleFileError
from std_extract.extract import document_to_indicators
from std_extract.extract.clausewords import ClauseWords
from std_extract.extract.scope import ScopeRules
from std_extract.resources import extractors_dir
from std_extract.rules import Rules, default_rules, load_rules
from std_extract.values.comparators import Comparators
from std_extract.values.requirement import ValueReader
from std_extract.values.units import unit_words


def _document(chapter: str, sentence: str):
    return requirement_document([f"2.1 {sentence}"], chapter)


def _read(document, rules: Rules | None = None) -> list[tuple]:
    return [(i.name, i.comparator, i.value, i.unit) for i in document_to_indicators(document, rules)]


def _copy_of_shipped(tmp_path):
    folder = tmp_path / "extractors"
    shutil.copytree(str(extractors_dir()), folder, ignore=shutil.ignore_patterns("plans", "*.md"))
    return folder


def test_rules_load_a_folder_like_the_shipped_one(tmp_path):
    rules = load_rules(_copy_of_shipped(tmp_path))
    assert rules.origin.endswith("extractors") and default_rules().origin == "extractors/"
    assert len(rules.lexicon) == len(default_rules().lexicon)
    document = _document("2 技术要求", "整车质量应当小于或等于55kg。")
    assert _read(document, rules) == _read(document) == [("整车质量", "<=", 55.0, "kg")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.scope = default_rules().scope  # type: ignore[misc]


def test_rules_a_broken_file_names_file_and_field(tmp_path):
    folder = _copy_of_shipped(tmp_path)
    path = folder / "clauses.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("reference = [", "referenc = ["), encoding="utf-8"
    )
    with pytest.raises(RuleFileError) as error:
        load_rules(folder)
    assert error.value.path == str(path) and error.value.field.startswith("openers.")


@pytest.mark.parametrize(
    ("name", "before", "field"),
    [
        ("clauses.toml", 'patterns = [\n    "', "frequency.patterns[0]"),
        ("tables.toml", 'headers = [\n    "', "grades.headers[0]"),
    ],
)
def test_rules_a_broken_regular_expression_is_refused_at_load(tmp_path, name, before, field):
    # Every rule field holding a regular expression is one type (rulefile.RegexText).
    folder = _copy_of_shipped(tmp_path)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert before in text
    path.write_text(text.replace(before, before + "(", 1), encoding="utf-8")
    with pytest.raises(RuleFileError) as error:
        load_rules(folder)
    assert error.value.path == str(path) and error.value.field == field
    assert "is not a regular expression" in str(error.value)


def _with_prefix(rules: Rules, phrase: str, comparator: str) -> Rules:
    """The rules with one comparator phrase more, built by hand from the shipped specs."""
    table = rules.comparators.table
    comparators = Comparators(table.model_copy(update={"prefix": {**table.prefix, phrase: comparator}}))
    return dataclasses.replace(
        rules,
        origin="by hand",
        comparators=comparators,
        clauses=ClauseWords(rules.clauses.spec, comparators),
        values=ValueReader(comparators, rules.numbers, unit_words(rules.units)),
    )


def test_rules_two_rule_sets_side_by_side():
    shipped = default_rules()
    by_hand = _with_prefix(shipped, "不逾", "<=")  # an agency's word for "not exceeding"
    worded = _document("2 技术要求", "整车质量应不逾55kg。")
    assert _read(worded, by_hand) == [("整车质量", "<=", 55.0, "kg")]
    assert _read(worded, shipped) != _read(worded, by_hand)  # the shipped rules do not know the word
    assert _read(worded) == _read(worded, shipped)
    statutory = _document("2 技术要求", "整车质量应当小于或等于55kg。")
    # a scope by hand: only 服务 chapters hold requirements
    chapters = shipped.scope.spec.chapters.model_copy(update={"requirement": ["服务"]})
    services = dataclasses.replace(
        shipped, scope=ScopeRules(shipped.scope.spec.model_copy(update={"chapters": chapters}))
    )
    assert _read(statutory, services) == []
    served = _document("2 服务要求", "响应时间应不大于30 min。")
    assert _read(served, services) == _read(served, shipped) == [("响应时间", "<=", 30.0, "min")]


def test_rules_cli_extract_with_a_rules_folder(tmp_path):
    from typer.testing import CliRunner

    from std_extract.cli import app

    pdf = GENERATED / "Q_110108JCZS_028-2024.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} not found")
    folder = _copy_of_shipped(tmp_path)
    runner = CliRunner()
    shipped = runner.invoke(app, ["extract", str(pdf), "--no-classify"])
    copied = runner.invoke(app, ["extract", str(pdf), "--no-classify", "--rules", str(folder)])
    assert shipped.exit_code == copied.exit_code == 0, copied.output
    indicators = [json.loads(r.stdout)["indicators"] for r in (shipped, copied)]
    assert indicators[0] == indicators[1] and indicators[0]
    path = folder / "scope.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("state_words = [", "state_word = ["), encoding="utf-8"
    )
    broken = runner.invoke(app, ["extract", str(pdf), "--no-classify", "--rules", str(folder)])
    assert broken.exit_code == 2 and str(path) in broken.output and "test_procedure" in broken.output
