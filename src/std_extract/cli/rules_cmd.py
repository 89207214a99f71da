"""``std-extract rules``: load and validate every shipped rule and data file, or edited copies.

A thin layer over the library loaders (the ones the pipeline itself uses), so a file that passes
here loads the same way at run time.  Each file is checked on its own and a broken one is reported
as its :class:`~std_extract.errors.RuleFileError` (file, field, problem) while the others are
still checked, as a batch never dies on one bad PDF.  A plan's classes and indicator ids are
checked against the GB/T 4754-2017 table and extractors/indicators.toml by the plan loader itself
(``std_extract.rank.references``), as for every plan ``std-extract rank`` loads.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import BaseModel

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout, write_json_line

if TYPE_CHECKING:  # the loaders are imported when the command runs, keeping --help fast
    from importlib.resources.abc import Traversable

    from std_extract.errors import RuleFileError

# What a checker returns: a short account of what the file holds ("504 indicators").
Checker = Callable[[], str]


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class RuleError(BaseModel):
    """A :class:`~std_extract.errors.RuleFileError` as data."""

    file: str
    field: str
    problem: str


class FileCheck(BaseModel):
    """The outcome of loading one file: what it holds, or the error that names file and field."""

    file: str
    kind: str
    ok: bool
    holds: str | None = None
    error: RuleError | None = None


# --- one checker per kind of file (``path`` None: the shipped file) ---------------------------


def check_indicators(path: Path | None = None) -> str:
    from std_extract.indicator_lexicon import load_lexicon

    return f"{len(load_lexicon(path))} indicators"


def check_units(path: Path | None = None) -> str:
    from std_extract.values.units import build_registry, load_unit_table

    table = load_unit_table(path)
    build_registry(table, str(path) if path else "extractors/units.toml")  # pint takes each definition
    return (
        f"{len(table.definitions)} pint definitions, {len(table.forms)} forms, {len(table.glyphs)} glyphs, "
        f"{len(table.atoms)} atoms, {len(table.dimensions)} dimensions"
    )


def check_comparators(path: Path | None = None) -> str:
    from std_extract.values.comparators import load_comparator_table

    sections = load_comparator_table(path).model_dump()
    return f"{sum(len(s) for s in sections.values())} phrases in {len(sections)} sections"


def check_scope(path: Path | None = None) -> str:
    from std_extract.extract.scope import load_scope

    spec = load_scope(path)
    procedure = spec.test_procedure
    return (
        f"{len(spec.chapters.requirement)} requirement / {len(spec.chapters.not_requirement)} other "
        f"chapter words, {len(spec.clauses.not_product)} not-product clause words, "
        f"{len(spec.subjects.inputs)} input subjects, "
        f"{len(procedure.verbs) + len(procedure.durations) + len(procedure.state_words)} "
        "test-procedure words, "
        f"{len(spec.calculation.words)} calculation words"
    )


def check_clauses(path: Path | None = None) -> str:
    from std_extract.extract.clausewords import ClauseWords, load_clause_words_spec
    from std_extract.values.comparators import default_comparators

    spec = load_clause_words_spec(path)
    ClauseWords(spec, default_comparators())  # the patterns compile
    counts = {name: sum(len(v) for v in dict(section).values()) for name, section in spec}
    return ", ".join(f"{n} {name} words" for name, n in counts.items())


def check_standard_numbers(path: Path | None = None) -> str:
    from std_extract.stdnum import NumberGrammar, load_number_grammar

    spec = load_number_grammar(path)
    NumberGrammar(spec)  # the patterns compile
    return (
        f"{len(spec.national)} national, {len(spec.industry)} industry, {len(spec.foreign)} foreign codes; "
        f"local {spec.local.code}, group {spec.group.code}/, enterprise {spec.enterprise.code}/"
    )


def check_confidence(path: Path | None = None) -> str:
    from std_extract.extract.confidence import load_confidence_spec

    spec = load_confidence_spec(path)
    return (
        f"{spec.kind}: threshold {spec.threshold}, {len(spec.flags)} flag weights, "
        f"{sum(len(getattr(spec, s)) for s in ('table', 'clause', 'evidence'))} evidence weights"
    )


def check_tables(path: Path | None = None) -> str:
    from std_extract.extract.tablevocab import TableVocab, load_table_vocab_spec

    spec = load_table_vocab_spec(path)
    TableVocab(spec)  # the word lists and grade header patterns compile
    roles = sum(
        len(w.exact) + len(w.prefix) + len(w.contains) + len(w.suffix) for w in dict(spec.columns).values()
    )
    return (
        f"{roles} column-role words, {len(spec.captions.requirement) + len(spec.captions.not_requirement)} "
        f"caption words, {len(spec.grades.ladders)} grade ladders, {len(spec.markers.no_requirement)} "
        "no-requirement markers"
    )


def check_plan(path: Path | Traversable, label: str | None = None) -> str:
    from std_extract.rank.loading import load_plan_file

    plan = load_plan_file(path, label)  # also checks its classes and indicator ids
    optional = f" + {len(plan.optional)} optional" if plan.optional else ""
    classes = ", ".join(plan.classes)
    return f"plan {plan.id} ({plan.title}): classes {classes}; {len(plan.core)} core{optional} indicators"


def check_annotation_names() -> str:
    """models/gbt4754/annotation_names.csv and annotation_names_all.csv: rows read, codes checked."""
    from std_extract.classify.annotations import ALL_NAMES_FILE, NAMES_FILE, load_annotation_names
    from std_extract.classify.table import load_table

    table = load_table()
    counts = []
    for file, label in ((NAMES_FILE, "train split"), (ALL_NAMES_FILE, "every row, shipped")):
        names = load_annotation_names(file)
        for n in names:
            for code in (n.code, n.from_code):
                if code and (code not in table or table[code].level != "class"):
                    from std_extract.errors import RuleFileError

                    raise RuleFileError(f"models/{file}", n.name, f"not a 小类: {code!r}")
        included = [n for n in names if n.kind == "include"]
        counts.append(
            f"{len(included)} included names for {len({n.code for n in included})} 小类, "
            f"{len(names) - len(included)} excluded ({label})"
        )
    return "; ".join(counts)


def check_product_lexicon(path: Path | None = None) -> str:
    from std_extract.classify.product_terms import LEXICON_FILE, read_lexicon_rows
    from std_extract.errors import RuleFileError
    from std_extract.resources import models_dir

    source = path or models_dir() / LEXICON_FILE
    label = str(path) if path else f"models/{LEXICON_FILE}"
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleFileError(label, "(file)", f"cannot read: {exc}") from exc
    try:
        terms = read_lexicon_rows(text)
    except RuleFileError as exc:
        if exc.path != f"models/{LEXICON_FILE}" or path is None:
            raise
        # read_lexicon_rows names the shipped file; an edited copy is named by its own path.
        raise RuleFileError(label, exc.field, exc.problem) from exc
    codes = {code for term in terms for code in term.codes}
    return f"{len(terms)} terms for {len(codes)} 小类"


def check_area_table() -> str:
    from std_extract.classify.table import LEVEL_NAMES_ZH, load_table

    table = load_table()
    counts = Counter(area.level for area in table)
    return f"{len(table)} areas: " + ", ".join(f"{counts[lv]} {zh}" for lv, zh in LEVEL_NAMES_ZH.items())


def check_classify_toml(name: str) -> str:
    """A models/classify/*.toml file: TOML syntax and what it holds (its settings are checked
    when the classifier is built, on the classifier.toml line)."""
    from std_extract.resources import load_toml

    data = load_toml(f"classify/{name}", "models")
    if name == "activities.toml":
        return f"{len(data.get('activities', {}))} activity words"
    if name == "compounds.toml":
        groups = data.get("groups", [])
        return f"{len(groups)} groups, {sum(len(g.get('codes', {})) for g in groups)} head words"
    if name == "cover_codes.toml":
        return ", ".join(f"{len(data.get(key, {}))} {key}" for key in ("ccs", "ics", "enterprise")) + " keys"
    return ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, dict))


def check_textcat() -> str:
    from std_extract.classify.textcat import MODEL_DIR, load_textcat, model_available
    from std_extract.errors import RuleFileError

    if not model_available():
        raise RuleFileError(f"models/{MODEL_DIR}", "config.cfg", "no trained model")
    try:
        labels = load_textcat().get_pipe("textcat").labels  # type: ignore[attr-defined]
    except (OSError, ValueError) as exc:  # what spacy.load raises for a missing or broken folder
        raise RuleFileError(f"models/{MODEL_DIR}", "(model)", f"{type(exc).__name__}: {exc}") from exc
    return f"trained spaCy textcat, {len(labels)} labels"


def check_classifier() -> str:
    """classifier.toml: its syntax, then the whole classifier built from it (every component
    factory with its settings, the activity, compound and cover-code tables, the textcat model)."""
    from std_extract.classify import load_classifier
    from std_extract.errors import RuleFileError

    check_classify_toml("classifier.toml")
    try:
        classifier = load_classifier()
    except Exception as exc:  # a bad setting raises KeyError, TypeError, ValueError... from any component
        label = "models/classify/classifier.toml"
        raise RuleFileError(label, "(classifier)", f"does not build: {type(exc).__name__}: {exc}") from exc
    names = ", ".join(c.name for c in classifier.components)
    return f"classifier {classifier.method} builds: {len(classifier.components)} components ({names})"


# --- which files ----------------------------------------------------------------------------------

CLASSIFY_FILES = ("activities.toml", "compounds.toml", "cover_codes.toml")
# An edited copy is recognised by its name (a plan by its folder); loaders read the others only
# where they are installed.
CHECKERS_BY_NAME: dict[str, tuple[str, Callable[[Path], str]]] = {
    "indicators.toml": ("indicators", check_indicators),
    "units.toml": ("units", check_units),
    "comparators.toml": ("comparators", check_comparators),
    "scope.toml": ("scope", check_scope),
    "clauses.toml": ("clauses", check_clauses),
    "standard_numbers.toml": ("standard_numbers", check_standard_numbers),
    "confidence.toml": ("confidence", check_confidence),
    "tables.toml": ("tables", check_tables),
    "product_lexicon.csv": ("product_lexicon", check_product_lexicon),
}


def shipped_checks() -> list[tuple[str, str, Checker]]:
    """(file, kind, checker) for every shipped file that has a loader, in reading order."""
    from std_extract.rank.loading import shipped_plan_files

    checks: list[tuple[str, str, Checker]] = [
        ("extractors/indicators.toml", "indicators", check_indicators),
        ("extractors/units.toml", "units", check_units),
        ("extractors/comparators.toml", "comparators", check_comparators),
        ("extractors/scope.toml", "scope", check_scope),
        ("extractors/clauses.toml", "clauses", check_clauses),
        ("extractors/standard_numbers.toml", "standard_numbers", check_standard_numbers),
        ("extractors/confidence.toml", "confidence", check_confidence),
        ("extractors/tables.toml", "tables", check_tables),
    ]
    for plan in shipped_plan_files():
        label = f"extractors/plans/{plan.name}"
        checks.append((label, "plan", partial(check_plan, plan, label)))
    checks.append(("models/gbt4754/sections_*.csv", "area_table", check_area_table))
    checks.append(("models/product_lexicon.csv", "product_lexicon", check_product_lexicon))
    checks.append(("models/gbt4754/annotation_names.csv", "annotation_names", check_annotation_names))
    for name in CLASSIFY_FILES:
        checks.append((f"models/classify/{name}", "classify", partial(check_classify_toml, name)))
    checks.append(("models/textcat/", "textcat", check_textcat))
    checks.append(("models/classify/classifier.toml", "classifier", check_classifier))
    return checks


def path_check(path: Path) -> tuple[str, str, Checker]:
    """(file, kind, checker) for an edited copy, the kind told by its name or its plans/ folder."""
    if path.name in CHECKERS_BY_NAME:
        kind, check = CHECKERS_BY_NAME[path.name]
        return str(path), kind, partial(check, path)
    if path.parent.name == "plans" and path.suffix == ".toml":
        return str(path), "plan", partial(check_plan, path)
    return str(path), "unknown", partial(_unknown_kind, path)


def _unknown_kind(path: Path) -> str:
    from std_extract.errors import RuleFileError

    known = ", ".join(CHECKERS_BY_NAME)
    problem = (
        f"cannot tell what rule file this is: name it {known}, or put a plan in a folder named plans/ "
        "(other models/ files are checked where installed: std-extract rules)"
    )
    raise RuleFileError(str(path), "(file)", problem)


def run_check(file: str, kind: str, check: Checker) -> FileCheck:
    """One file: what it holds, or its RuleFileError as data."""
    from std_extract.errors import RuleFileError

    try:
        return FileCheck(file=file, kind=kind, ok=True, holds=check())
    except RuleFileError as exc:
        return _failed(file, kind, exc)


def _failed(file: str, kind: str, exc: RuleFileError) -> FileCheck:
    error = RuleError(file=exc.path, field=exc.field, problem=exc.problem)
    return FileCheck(file=file, kind=kind, ok=False, error=error)


# --- the command ----------------------------------------------------------------------------------


@app.command("rules")
def rules_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="With --check: edited copies of rule files to validate.")
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Validate the given files instead of the installed ones; the kind is told by the "
            "file name (indicators.toml, units.toml, comparators.toml, scope.toml, clauses.toml, "
            "standard_numbers.toml, confidence.toml, tables.toml, product_lexicon.csv) or, for a plan, "
            "by its folder plans/.",
        ),
    ] = False,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text (one line a file) or json.")
    ] = OutputFormat.text,
) -> None:
    """Load and validate every rule and data file (extractors/, models/): one line a file saying
    what it holds; a broken file shows its error (file, field, problem) and the exit code is 1."""
    if bool(paths) != check:
        stderr.print("[red]error[/red] give --check with the files to check, or neither")
        raise typer.Exit(code=2)
    checks = [path_check(p) for p in paths] if paths else shipped_checks()
    results = [run_check(*c) for c in checks]
    if format is OutputFormat.json:
        payload = {"ok": all(r.ok for r in results), "files": [r.model_dump() for r in results]}
        write_json_line(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        _print_results(results)
    if not all(r.ok for r in results):
        raise typer.Exit(code=1)


def _print_results(results: list[FileCheck]) -> None:
    width = max(len(r.file) for r in results)
    for r in results:
        text = r.holds if r.error is None else f"BROKEN  {r.error.file}: {r.error.field}: {r.error.problem}"
        stdout.print(f"{r.file:<{width}}  {text}", markup=False)
    broken = sum(not r.ok for r in results)
    if broken:
        stderr.print(f"{broken} of {len(results)} files broken", markup=False)
