"""Which parts of a standard impose requirements (README: "What counts as an indicator").

Indicators are requirements or limits the standard imposes: the 要求 / 技术要求 chapter, limit
and grade tables, identification criteria (鉴别标准).  Test-method parameters (sample mass,
reagent concentrations, instrument settings) in 试验方法, sampling plans of 检验规则 and the
front matter are not.  GB/T 1.1-2020 fixes the chapter names, so the decision is made on the
chapter (level-1 clause) title.

The word lists reach every function as an explicit :class:`ScopeRules` (``Rules.scope`` of
:mod:`std_extract.rules`, issue 12): no module-level cache, so two rule sets can run side by side.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from std_extract.document import Clause, ParsedDocument
from std_extract.rulefile import RuleSource, default_source, load_spec


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChapterWords(_Words):
    requirement: list[str] = Field(min_length=1)
    not_requirement: list[str] = Field(default_factory=list)
    stated: list[str] = Field(default_factory=list)
    descriptive: list[str] = Field(default_factory=list)
    evaluation: list[str] = Field(default_factory=list)
    promises: list[str] = Field(default_factory=list)
    evaluation_methods: list[str] = Field(default_factory=list)


class ClauseWords(_Words):
    not_requirement: list[str] = Field(default_factory=list)
    not_product: list[str] = Field(default_factory=list)


class SubjectWords(_Words):
    inputs: list[str] = Field(default_factory=list)
    procedure_steps: list[str] = Field(default_factory=list)


class ProcedureWords(_Words):
    verbs: list[str] = Field(min_length=1)
    durations: list[str] = Field(min_length=1)
    state_words: list[str] = Field(min_length=1)
    applying_verbs: list[str] = Field(default_factory=list)


class CalculationWords(_Words):
    words: list[str] = Field(default_factory=list)
    quantity_words: list[str] = Field(default_factory=list)


class ScopeSpec(_Words):
    """extractors/scope.toml: which chapters, clauses and subjects hold requirements."""

    chapters: ChapterWords
    clauses: ClauseWords = Field(default_factory=ClauseWords)
    subjects: SubjectWords = Field(default_factory=SubjectWords)
    test_procedure: ProcedureWords
    calculation: CalculationWords = Field(default_factory=CalculationWords)


SCOPE_FILE = "scope.toml"


def load_scope(source: RuleSource | None = None) -> ScopeSpec:
    if source is None:
        source, label = default_source(SCOPE_FILE)
    else:
        label = str(source)
    return load_spec(ScopeSpec, source, label)


def _any_of(words: list[str]) -> str:
    """An alternation of the words, longest first ("(?!)" matches nothing when there are none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


class ScopeRules:
    """The word lists of extractors/scope.toml as patterns."""

    def __init__(self, spec: ScopeSpec):
        self.spec = spec
        self.requirement_chapter = re.compile(_any_of(spec.chapters.requirement))
        self.not_requirement_chapter = re.compile(_any_of(spec.chapters.not_requirement))
        self.stated = re.compile(_any_of(spec.chapters.stated))
        self.descriptive_chapter = re.compile(_any_of(spec.chapters.descriptive))
        self.evaluation_chapter = re.compile(_any_of(spec.chapters.evaluation))
        self.promise = re.compile(_any_of(spec.chapters.promises))
        self.evaluation_method = re.compile(_any_of(spec.chapters.evaluation_methods))
        self.not_product_clause = re.compile(_any_of(spec.clauses.not_product))
        self.not_requirement_clause = re.compile(_any_of(spec.clauses.not_requirement))
        self.inputs = frozenset(spec.subjects.inputs + spec.subjects.procedure_steps)
        verbs, durations = _any_of(spec.test_procedure.verbs), _any_of(spec.test_procedure.durations)
        states = _any_of(spec.test_procedure.state_words)
        # "保持24 h"; a load applied for a time ("施加1 250 V试验电压1 min": the duration after the load)
        applied = _any_of(spec.test_procedure.applying_verbs)
        self.procedure = re.compile(rf"(?:{verbs})\s*[\d０-９][\d.]*\s*(?:{durations})")
        # searched in the folded text ("施加１２５０Ｖ电压１ｍｉｎ")
        self.applied = re.compile(rf"(?:{applied})[^，,。；;]{{1,24}}?\d[\d.]*\s*(?:{durations})(?![A-Za-z])")
        self.calculation = re.compile(_any_of(spec.calculation.words))
        # a computed quantity ("…之差") with no bound after it (a sign or 不大于, 不超过 …)
        self.computed = re.compile(
            rf"(?:{_any_of(spec.calculation.quantity_words)})(?![^，,。；;]*(?:[≤≥<>＜＞]|不[大小高低少多超短长]|超过|以[内下上]))"
        )
        self.end_state = re.compile(
            # "…后无油水分离现象"; where the state is seen before 无 ("各连接处无渗漏")
            rf"(?:^|后|^\s*[\u4e00-\u9fff]{{1,6}}(?=无))\s*(?:应)?(?:{states})[\u4e00-\u9fff、]{{1,16}}\s*[。；;]?\s*$"
        )


def is_calculation(text: str, scope: ScopeRules) -> bool:
    """Text that computes a value ("分别乘以能量系数17 kJ/g", "再除以4"), never a requirement."""
    return bool(scope.calculation.search(text) or scope.computed.search(text))


def is_requirement_chapter(clause: Clause, scope: ScopeRules) -> bool:
    """True for a chapter whose title says it holds requirements."""
    title = clause.title.replace(" ", "")
    if clause.kind in ("foreword", "introduction", "toc"):
        return False
    if scope.not_requirement_chapter.search(title):
        return False
    return bool(scope.requirement_chapter.search(title))


# "…浓度应符合表A.1的规定": a sentence that makes a table of the annex binding; in an annex
# printed （规范性）, "…浓度见表A.1" does too.
TABLE_REQUIRED = re.compile(r"应\s*(?:符合|满足|达到)\s*表\s*[A-Z]\.?\d")
TABLE_GIVEN = re.compile(r"(?:应\s*(?:符合|满足|达到)|见|列于|按)\s*表\s*[A-Z]\.?\d")


def _binding_annex(clause: Clause, scope: ScopeRules) -> bool:
    """An annex that is not about methods and requires its own table ("附录A（规范性）室内环境
    污染物浓度 / A.1 …应符合表A.1的规定"): its limits are requirements, whatever its title.
    An informative annex (（资料性）) never is."""
    if clause.kind != "annex" or clause.normative is False:
        return False
    # an annex is never the document's scope chapter: "使用范围和使用量" (GB 2760, GB 14880 附录A) says
    # where each limit holds, not what the document covers
    if scope.not_requirement_chapter.search(clause.title.replace(" ", "").replace("范围", "")):
        return False
    pointer = TABLE_GIVEN if clause.normative else TABLE_REQUIRED
    return any(pointer.search(c.text.replace("\n", "")) for c in clause.walk())


def states_requirements(chapter: Clause, scope: ScopeRules) -> bool:
    """A chapter titled with no word of [chapters] (requirement, not_requirement, descriptive) whose
    text states a bound or makes a table binding ("5 维保周期与项目 / 维保周期应符合表1的规定",
    "6 应急救援 / …实施救援的时间一般不超过30 min")."""
    title = clause_title = chapter.title.replace(" ", "")
    if chapter.kind != "chapter" or not clause_title:
        return False
    if scope.not_requirement_chapter.search(title) or scope.descriptive_chapter.search(title):
        return False
    return any(scope.stated.search(c.text.replace("\n", "").replace(" ", "")) for c in chapter.walk())


def requirement_chapters(document: ParsedDocument, scope: ScopeRules) -> list[Clause]:
    """The top-level clauses that hold requirements (annexes included when titled so, or when
    they require their own table; chapters named freely when they state bounds; a service's evaluation
    chapter for the promises it bounds)."""
    return [
        c
        for c in document.clauses
        if is_requirement_chapter(c, scope)
        or _binding_annex(c, scope)
        or states_requirements(c, scope)
        or any(True for _ in _promises(c, scope))
    ]


# A time limit ("24 h内", "7个工作日内"): a bound of a promise
_TIME_LIMIT = re.compile(r"\d\s*(?:min|h|d|s|分钟|小时|天|日|个?工作日|周|个月|年)\s*以?内")


def _evaluation_chapter(chapter: Clause, scope: ScopeRules) -> bool:
    """A service's chapter on its own evaluation ("8 评价与改进", "9 服务评价与改进": [chapters].evaluation),
    no requirement chapter by its title."""
    title = chapter.title.replace(" ", "")
    return (
        chapter.kind == "chapter"
        and bool(scope.evaluation_chapter.search(title))
        and not scope.evaluation_method.search(title)  # "7 评价方法": how a rate is computed
        and not scope.not_requirement_chapter.search(title)
        and not is_requirement_chapter(chapter, scope)
    )


def _promises(chapter: Clause, scope: ScopeRules):
    """The clauses of an evaluation chapter that bound a promise to the customer ([chapters].promises:
    "应在接到投诉后24 h内作出响应", "服务记录、投诉处理记录保存期不少于2年"); the provider's own review
    (survey sizes, self-checks, corrective actions) binds nothing."""
    if not _evaluation_chapter(chapter, scope):
        return
    for clause in chapter.walk():
        text = clause.text.replace("\n", "").replace(" ", "")
        if scope.promise.search(text) and (scope.stated.search(text) or _TIME_LIMIT.search(text)):
            yield clause


def is_input_subject(name: str, scope: ScopeRules) -> bool:
    """True when a requirement's subject is an input, the production or a step of the test
    procedure, not the product ([subjects] of extractors/scope.toml).  A subject kept whole is
    judged by its head too ("生产过程中添加的水": 水)."""
    inputs = scope.inputs
    return any(part.replace(" ", "") in inputs for part in (name, name.rsplit("的", 1)[-1]))


def is_not_requirement_clause(clause: Clause, scope: ScopeRules) -> bool:
    """True for a sub-clause whose title says it is about inputs, production, testing or judging
    ([clauses] of extractors/scope.toml), wherever it sits."""
    title = clause.title.replace(" ", "")
    return bool(scope.not_product_clause.search(title) or scope.not_requirement_clause.search(title))


def requirement_clauses(chapter: Clause, scope: ScopeRules):
    """The chapter and its sub-clauses, without the subtrees about inputs or the place of
    production ("5.2 种植环境", "3.1 原料要求": [clauses].not_product of extractors/scope.toml) and
    those about testing and judging ("4.5 试验条件", "4.9 检验规则": [clauses].not_requirement)."""
    if chapter.kind != "chapter" and is_not_requirement_clause(chapter, scope):
        return
    if _evaluation_chapter(chapter, scope):
        yield from _promises(chapter, scope)
        return
    yield chapter
    for child in chapter.children:
        yield from requirement_clauses(child, scope)
