"""The words of requirement sentences (extractors/clauses.toml), validated into
:class:`ClauseWordsSpec` and compiled with the modal words of comparators.toml into
:class:`ClauseWords`, the patterns clause reading (:mod:`std_extract.extract.clauses`) and the
requirement opener (:mod:`std_extract.extract.requirements`) match with.

The words are data; the shapes around them (a table number after 表, a list mark, a number after a
copula) are written here, once.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from std_extract.extract.commitments import Commitments, CommitmentWords
from std_extract.record import Indicator
from std_extract.rulefile import RegexText, RuleSource, default_source, load_spec
from std_extract.textnorm import clean_text, compact
from std_extract.values.comparators import Comparators

CLAUSES_FILE = "clauses.toml"


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SentenceWords(_Spec):
    table_pointer_verbs: list[str] = Field(min_length=1)
    table_pointer_endings: list[str] = Field(min_length=1)
    table_words: list[str] = Field(min_length=1)
    clause_pointer_verbs: list[str] = Field(default_factory=list)
    formula_words: list[str] = Field(default_factory=list)
    introduces_items: list[str] = Field(default_factory=list)
    if_words: list[str] = Field(default_factory=list)
    not_if: list[str] = Field(default_factory=list)
    empty_requirements: list[str] = Field(default_factory=list)
    descriptive_labels: list[str] = Field(default_factory=list)
    calibration_points: list[str] = Field(default_factory=list)
    step_subjects: list[str] = Field(default_factory=list)
    method_openers: list[str] = Field(default_factory=list)
    bounds: list[str] = Field(min_length=1)
    handling_verbs: list[str] = Field(default_factory=list)
    label_verbs: list[str] = Field(default_factory=list)
    note_words: list[str] = Field(default_factory=list)
    restatement_words: list[str] = Field(default_factory=list)
    division_verbs: list[str] = Field(default_factory=list)
    rounding_verbs: list[str] = Field(default_factory=list)


class FrequencyWords(_Spec):
    openings: list[str] = Field(default_factory=list)
    contains: list[str] = Field(default_factory=list)
    patterns: list[RegexText] = Field(default_factory=list)


class ConditionWords(_Spec):
    contains: list[str] = Field(min_length=1)
    endings: list[str] = Field(default_factory=list)
    periods: list[str] = Field(default_factory=list)
    test_words: list[str] = Field(default_factory=list)
    test_verbs: list[str] = Field(default_factory=list)
    test_endings: list[str] = Field(default_factory=list)
    event_verbs: list[str] = Field(default_factory=list)


class SubjectWords(_Spec):
    noise: list[str] = Field(default_factory=list)
    product_words: list[str] = Field(default_factory=list)
    possessives: list[str] = Field(default_factory=list)
    acts: list[str] = Field(default_factory=list)
    relational_heads: list[str] = Field(default_factory=list)
    adverbs: list[str] = Field(default_factory=list)
    emitters: list[str] = Field(default_factory=list)
    statistics: list[str] = Field(default_factory=list)
    modal_prepositions: list[str] = Field(default_factory=list)
    not_modal: list[str] = Field(default_factory=list)
    consequence_openings: list[str] = Field(default_factory=list)
    otherwise: list[str] = Field(default_factory=list)
    decision: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(min_length=1)
    modal_verbs: list[str] = Field(default_factory=list)
    quantifiers: list[str] = Field(default_factory=list)
    not_noise: list[str] = Field(default_factory=list)
    promise_verbs: list[str] = Field(default_factory=list)
    condition_openers: list[str] = Field(default_factory=list)
    condition_heads: list[str] = Field(default_factory=list)
    method_parameters: list[str] = Field(default_factory=list)
    maximum_heads: list[str] = Field(default_factory=list)
    floor_copulas: list[str] = Field(default_factory=list)
    step_verbs: list[str] = Field(default_factory=list)
    step_openers: list[str] = Field(default_factory=list)
    handling_verbs: list[str] = Field(default_factory=list)
    step_settings: list[str] = Field(default_factory=list)
    designation_heads: list[str] = Field(default_factory=list)
    minimum_heads: list[str] = Field(default_factory=list)
    limit_nouns: list[str] = Field(default_factory=list)
    limit_qualifiers: list[str] = Field(default_factory=list)
    leading_verbs: list[str] = Field(default_factory=list)
    method_subjects: list[str] = Field(default_factory=list)
    qc_statistics: list[str] = Field(default_factory=list)
    owner_clause_words: list[str] = Field(default_factory=list)
    owner_not_part_openings: list[str] = Field(default_factory=list)
    unit_owners: list[str] = Field(default_factory=list)
    unit_classifiers: list[str] = Field(default_factory=list)
    areas: list[str] = Field(default_factory=list)
    concessives: list[str] = Field(default_factory=list)
    agreed_by: list[str] = Field(default_factory=list)
    actors: list[str] = Field(default_factory=list)
    whole_product: list[str] = Field(default_factory=list)
    qc_kinds: list[str] = Field(default_factory=list)
    product_parts: list[str] = Field(default_factory=list)
    plan_symbols: list[str] = Field(default_factory=list)
    matrix_heads: list[str] = Field(default_factory=list)
    quantity_heads: list[str] = Field(default_factory=list)
    not_joins: list[str] = Field(default_factory=list)
    whole_heads: list[str] = Field(default_factory=list)
    pair_characters: list[str] = Field(default_factory=list)
    part_openers: list[str] = Field(default_factory=list)
    difference_heads: list[str] = Field(default_factory=list)
    owned_statistics: list[str] = Field(default_factory=list)
    height_excess_verbs: list[str] = Field(default_factory=list)
    actor_verbs: list[str] = Field(default_factory=list)


class TitleWords(_Spec):
    not_a_name: list[str] = Field(default_factory=list)
    generic_heads: list[str] = Field(default_factory=list)


class OpenerWords(_Spec):
    reference: list[str] = Field(min_length=1)
    not_reference: list[str] = Field(default_factory=list)
    state: list[str] = Field(default_factory=list)
    shall_state: list[str] = Field(default_factory=list)
    prohibition: list[str] = Field(default_factory=list)
    ending_state: list[str] = Field(default_factory=list)
    copulas: list[str] = Field(min_length=1)
    code_copulas: list[str] = Field(default_factory=list)
    negation: list[str] = Field(default_factory=list)
    outcome_states: list[str] = Field(default_factory=list)
    cited_grade_words: list[str] = Field(default_factory=list)


class ClauseWordsSpec(_Spec):
    """extractors/clauses.toml."""

    sentences: SentenceWords
    frequency: FrequencyWords = Field(default_factory=FrequencyWords)
    conditions: ConditionWords
    subjects: SubjectWords
    titles: TitleWords = Field(default_factory=TitleWords)
    openers: OpenerWords
    commitments: CommitmentWords


def load_clause_words_spec(source: RuleSource | None = None) -> ClauseWordsSpec:
    """Read and validate clauses.toml (the shipped one unless ``source`` is given)."""
    src, label = default_source(CLAUSES_FILE) if source is None else (source, str(source))
    return load_spec(ClauseWordsSpec, src, label)


# The comparator signs as a word processor prints them: comparators.toml is read folded (＜ is <), but a
# clause piece is searched as printed ("铅含量应＜0.2 mg/kg" read no comparator, its value "=")
_FULL_WIDTH_SIGNS = str.maketrans({"<": "＜", ">": "＞", "=": "＝"})


def printed_forms(phrases) -> set[str]:
    """The phrases and their full-width printed forms (≤ and 不大于 have one form only)."""
    return {*phrases, *(p.translate(_FULL_WIDTH_SIGNS) for p in phrases)}


def any_of(words) -> str:
    """An alternation of the words, longest first ("(?!)" matches nothing when there are none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


# A table number: "表1", "表 A.1", "表A1".
_TABLE_NUMBER = r"\s*[A-Z]?\.?\d"
# A clause number: "6.3.3.5", "A.1.1".
_CLAUSE_NUMBER = r"(?:[A-Z]|\d{1,2})(?:\.\d{1,2}){1,4}"
# A list mark ("a)", "a）", "1)", "（1）", "(a)", "①", "——", bullets; a hyphen not before a number),
# or a clause number the outline did not take as a heading ("4.1.1 库房地面承载能力…").
LIST_MARKS = (
    # "1、", "２、": a numbered item with the enumeration comma (a word processor's list, full-width too)
    r"[a-z][)）]|\d{1,2}[)）]|\d{1,2}、(?!\d)|[（(](?:[a-z]|\d{1,2})[)）]|[\u2460-\u2473\u2776-\u277f]"
    r"|——|—|–|-(?![\d.])|[·•●○◆◇■□▪►]"
    rf"|{_CLAUSE_NUMBER}(?=\s+[\u4e00-\u9fff])"
)
_HAN = r"[\u4e00-\u9fff]"


class ClauseWords:
    """The compiled sentence words, with the modal words and comparator phrases of a comparator
    table (comparators.toml): where a requirement opens, what a subject is."""

    def __init__(self, spec: ClauseWordsSpec, comparators: Comparators):
        self.spec = spec
        shall = comparators.modal_words("shall")
        self.shall = shall
        self.should = comparators.modal_words("should")
        s, subjects, openers = spec.sentences, spec.subjects, spec.openers
        table = any_of(s.table_words)
        self.table_pointer = re.compile(
            rf"(?:{any_of(s.table_pointer_verbs)})\s*(?:{table})\s*[A-Z]?\d"
            rf"|(?:{table})\s*[A-Z]?\.?\d+\s*(?:{any_of(s.table_pointer_endings)})"
        )
        endings = any_of(s.table_pointer_endings)
        self.points_inside = re.compile(
            rf"(?:{any_of(s.clause_pointer_verbs)})\s*{_CLAUSE_NUMBER}\s*(?:{endings})"
            rf"|(?:{any_of(s.clause_pointer_verbs)})\s*(?:{any_of(s.formula_words)})\s*[（(]?\s*[A-Z]?\.?\d"
        )
        self.caption = re.compile(rf"\s*(?:{table})\s*[A-Z]?\.?\d+\s+{_HAN}")
        self.note = re.compile(rf"\s*(?:{any_of(s.note_words)})\s*\d*\s*[：:]")
        self.introduces_items = re.compile(
            "|".join(p for p in (any_of(s.introduces_items), rf"(?:{table}){_TABLE_NUMBER}") if p)
        )
        # "…应符合下列要求：1,2-二氯乙烷含量应不大于0.5 mg/kg": the words up to the colon introduce the items
        # "…的规定值，即：…": the restatement after the colon holds the numbers
        self.restatement = re.compile(rf"(?:^|[，,；;])\s*(?:{any_of(s.restatement_words)})\s*[：:]")
        self.items_colon = re.compile(rf"(?:{any_of(s.introduces_items)})[^，,。；;：:]{{0,10}}[：:]")
        self.method = re.compile(rf"^\s*(?:{any_of(shall)})?\s*(?:{any_of(s.method_openers)})")
        not_if = rf"(?!{any_of(s.not_if)})" if s.not_if else ""
        self.if_word = re.compile(rf"^\s*{not_if}(?:{any_of(s.if_words)})")
        self.empty_requirements = frozenset(s.empty_requirements)
        self.descriptive_labels = frozenset(compact(w) for w in s.descriptive_labels)
        self.calibration_count = re.compile(rf"\d+\s*个\s*(?:{any_of(s.calibration_points)})")
        self.step_subject = re.compile(rf"^(?:{any_of(s.step_subjects)})")
        self.descriptive_label = re.compile(rf"^\s*(?:{any_of(s.descriptive_labels)})\s*[：:]")
        self.label = re.compile(rf"(?:{any_of(shall)})[^，,：:]{{0,8}}?(?:{any_of(s.label_verbs)})(?![值量])")
        self.handling = re.compile(rf"(?:{any_of(shall)})\s*(?:{any_of(s.handling_verbs)})")
        self.condition_subject = re.compile(
            rf"^(?:{any_of(subjects.condition_openers)}){_HAN}{{0,4}}?(?:{any_of(subjects.condition_heads)})$"
            rf"|.*(?:{any_of(subjects.method_parameters)})$"  # "方法检出限为0.01 mg/kg"
            rf"|(?:{any_of(subjects.method_parameters)})(?:为|是)"  # "加标浓度为原样品浓度的0.5～2.5倍"
        )
        self.bounds = re.compile(any_of(s.bounds))
        frequency = spec.frequency
        self.frequency = re.compile(
            "|".join(
                [
                    rf"^\s*(?:[a-z][)）]\s*)?(?:{any_of(frequency.openings)})",
                    any_of(frequency.contains),
                    *(f"(?:{p})" for p in frequency.patterns),
                ]
            )
        )
        conditions = spec.conditions
        # "修剪后" inside "草坪修剪后高度": the event after which the quantity is measured
        self.event_ends = frozenset(w for w in conditions.endings if w == "后")
        self.event_verbs = frozenset(conditions.event_verbs)
        self.condition = re.compile(rf"(?:{any_of(conditions.contains)})|(?:{any_of(conditions.endings)})$")
        self.lead = re.compile(rf"^\s*(?:{LIST_MARKS})\s*")
        self.subject_noise = re.compile(rf"^(?!{any_of(subjects.not_noise)})(?:{any_of(subjects.noise)})")
        self.acts = frozenset(subjects.acts)
        self.product_words = frozenset(subjects.product_words)
        self.possessive = re.compile(
            rf"^\s*(?!{any_of(subjects.not_noise)})(?:{any_of(subjects.possessives)})(?={_HAN})"
        )
        self.relational_heads = frozenset(subjects.relational_heads)
        self.bound_heads: dict[Literal["<=", ">="], tuple[str, ...]] = {
            "<=": tuple(subjects.maximum_heads),
            ">=": tuple(subjects.minimum_heads),
        }
        self.limit_nouns = tuple(sorted(subjects.limit_nouns, key=len, reverse=True))
        self.limit_qualifiers = tuple(subjects.limit_qualifiers)
        self.promise = re.compile(rf"^.*(?:{any_of(subjects.promise_verbs)})(?=\S)")
        self.adverbs = re.compile(rf"(?:{any_of(subjects.adverbs)})$")
        self.period_tail = re.compile(rf"(?<=\S)(?P<period>{any_of(spec.conditions.periods)})$")
        # a period or a state opening a subject ("冷态绝缘电阻", "夜间噪声"), two ideographs or more after it
        self.period_head = re.compile(
            rf"^(?P<period>{any_of(spec.conditions.periods)})(?=[\u4e00-\u9fff]{{2}})"
        )
        self.statistic = re.compile(rf"(?:{any_of(subjects.statistics)})\s*[A-Za-z]{{0,3}}$")
        self.emitter = re.compile(
            rf"^(?P<owner>[\u4e00-\u9fffA-Za-z]{{2,12}}?)(?:{any_of(subjects.emitters)})$"
        )
        shall_words = any_of(shall)
        self.modal_preposition = re.compile(rf"(?:{shall_words})(?:{any_of(subjects.modal_prepositions)})")
        # a procedure step opens with the same prepositions ("在室温下", "向杯内注满…", "将电池…")
        self.step_opening = re.compile(rf"^(?:{any_of(subjects.modal_prepositions)})")
        self.step_verb = re.compile(rf"(?:{any_of(subjects.step_verbs)})$")
        self.step_openers = frozenset(subjects.step_openers)
        self.handling_verb = re.compile(rf"(?:{any_of(subjects.handling_verbs)})$")
        # "转速", "离心转速": a setting of the step, alone or after its verb ("溶解时间" is a quantity)
        self.step_setting = re.compile(
            rf"(?:{any_of(subjects.handling_verbs)})?(?:{any_of(subjects.step_settings)})"
        )
        self.designation = tuple(subjects.designation_heads)
        # "接受在岗培训", "确保标准点测量值的变化": the verb opening a subject names nothing
        self.leading_verb = re.compile(rf"^(?:{any_of(subjects.leading_verbs)})(?={_HAN}{{2}})")
        self.method_subjects = frozenset(subjects.method_subjects)
        self.actor_verbs = tuple(subjects.actor_verbs)
        self.qc_statistic = re.compile(rf"^(?P<on>.+?)(?P<statistic>{any_of(subjects.qc_statistics)})$")
        # "2-氟联苯的回收率": a statistic of [subjects].owned_statistics only after 的 ("热回收率" stays)
        self.owned_statistic = re.compile(
            rf"^(?P<on>.+?)的(?P<statistic>{any_of(subjects.owned_statistics)})$"
        )
        self.qc_statistic_names = frozenset(subjects.qc_statistics)
        self.qc_statistic_tails = tuple(subjects.qc_statistics)
        self.owner_clause_words = frozenset(subjects.owner_clause_words)
        self.owner_not_part_openings = tuple(subjects.owner_not_part_openings)
        self.whole_product = frozenset(subjects.whole_product)
        self.area_owner = re.compile(
            rf"^(?P<area>{any_of(subjects.areas)})的(?P<name>[^的]{{2,}})$" if subjects.areas else r"(?!)"
        )
        self.concessive = re.compile(
            rf"^(?:{any_of(subjects.concessives)})$" if subjects.concessives else r"(?!)"
        )
        self.agreed_by = re.compile(any_of(subjects.agreed_by) if subjects.agreed_by else r"(?!)")
        self.unit_owner = re.compile(
            rf"^(?:{any_of(subjects.unit_owners)})(?:{any_of(subjects.unit_classifiers)})(?=[\u4e00-\u9fff])"
            if subjects.unit_owners and subjects.unit_classifiers
            else r"(?!)"
        )
        self.actors = frozenset(subjects.actors) | frozenset(spec.commitments.parties)
        self.qc_kind = re.compile(rf"(?:{any_of(subjects.qc_kinds)})$")
        # "相对偏差≤ 10%", "加标回收率85%～115%", "相对误差在±10%以内": a statistic before its bound
        self.qc_statistic_lead = re.compile(
            rf"^\s*({any_of(subjects.qc_statistics)})\s*(?:应|为|在)?\s*(?=[≤≥<>＜＞±\d])(.+)$"
        )
        self._modal = re.compile(rf"(?:{shall_words})(?={_HAN})")
        self._not_modal = re.compile(any_of(subjects.not_modal))
        self.consequence = re.compile(
            rf"^(?:{any_of(subjects.consequence_openings)})|{any_of(subjects.decision)}"
        )
        self.modal_tail = re.compile(
            rf"(?:(?:{shall_words})(?:{any_of(subjects.modal_verbs)})?|{any_of(subjects.quantifiers)})?"
            rf"(?:{any_of(subjects.copulas)})?\s*[:：]?\s*$"
        )
        self.not_a_name_title = re.compile(any_of(spec.titles.not_a_name))
        self.openers = _openers(
            openers, shall_words, any_of(comparators.modal_words("shall_not")), any_of(conditions.contains)
        )
        # "应达到GB/T 9286规定的1级及以上" (masked: "应达到ＸＸＸ…规定的1级及以上")
        self.cited_grade = re.compile(
            rf"(?:{shall_words})?(?:{any_of(openers.code_copulas)})\s*{CITATION_MASK}+\s*(?:中)?(?:规定)?的?\s*"
            rf"(?:[\d０-９〇一二三四五六七八九十]+|[A-Z])\s*(?:{any_of(openers.cited_grade_words)})"
        )
        # an outcome: a state to lack ("应不起火", "不得漏液", "应无破损")
        self.negated_state = re.compile(self.openers[-2])
        self.outcome = re.compile(
            rf"{self.openers[-2]}|(?:{shall_words})?(?:{any_of(openers.outcome_states)})(?={_HAN})"
        )
        self.modal_head = re.compile(
            rf"^\s*(?:{shall_words})?\s*(?:{any_of([*openers.copulas, *openers.code_copulas])})?\s*"
        )
        # "应达到90%": a value to be reached (a number follows the copula)
        self.floor = re.compile(
            rf"^\s*(?:{shall_words})?\s*(?:{any_of(spec.subjects.floor_copulas)})\s*(?=[-+]?\d)"
            if spec.subjects.floor_copulas
            else r"(?!)"
        )
        tests = spec.conditions
        # "按GB 6675.2进行跌落试验后": the test (跌落试验) after the last verb that runs it
        self.test_run = re.compile(
            rf"(?:^|{any_of(tests.test_verbs)}|[^\u4e00-\u9fff])(?P<test>(?:(?!{any_of(tests.test_verbs)}){_HAN})"
            rf"{{1,10}}(?:{any_of(tests.test_words)}))(?:{any_of(tests.test_endings)})"
        )
        self.commitments = Commitments(spec.commitments, shall)
        # 不应高于 is 不高于
        phrases = comparators.with_negation_infix(any_of(printed_forms(comparators.phrases())))
        # a requirement stated in words or signs: a comparator (with a modal before it), 应为 …
        self.stated = re.compile(rf"(?:{shall_words})?(?:{phrases})|" + "|".join(self.openers))
        self.comparator_phrase = re.compile(rf"\s*(?:{shall_words})?(?:{phrases})")
        self.requirement = re.compile(self.stated.pattern + "|" + "|".join(_BARE_OPENERS))
        orders = [clean_text(p) for p, c in comparators.table.prefix.items() if c in ("<=", ">=", "<", ">")]
        ordered = comparators.with_negation_infix(any_of(printed_forms(orders)))
        self.compared = re.compile(rf"^\s*(?:{shall_words})?\s*(?:{ordered})")
        # a comparison inside a bracket after a value: "（额定功率不大于4 kW）" bounds another quantity
        self.compared_inside = re.compile(rf"{ordered}|{any_of(s.bounds)}")
        # "能效等级分为3级", "环境空气功能区分为二类", "结果修约到0.1%": a division into classes or a rounding
        # rule states no bound
        # The count of a division is a count of classes (3级, 二类, 四个等级): "评分为90分", "水分为14.5%"
        # hold 分为 across two words and bound a quantity.
        count = r"\s*(?:[\d一二三四五六七八九十两]+|[ⅠⅡⅢⅣⅤ])\s*(?:个|种)?\s*(?:级|类|等|档|型|组|段|挡)"
        self.no_bound = re.compile(
            rf"(?:{any_of(s.division_verbs)}){count}|(?:{any_of(s.rounding_verbs)})\s*[\d一二三四五六七八九十]"
        )
        self.plan_symbols = frozenset(subjects.plan_symbols)
        self.otherwise = re.compile(rf"^\s*(?:{any_of(subjects.otherwise)})(?!.*\d)", re.S)
        self.product_parts = tuple(sorted(subjects.product_parts, key=len, reverse=True))
        self.matrix_heads = tuple(subjects.matrix_heads)
        self.quantity_heads = tuple(subjects.quantity_heads)
        self.not_joins = tuple(sorted(subjects.not_joins, key=len, reverse=True))
        self.whole_heads = tuple(subjects.whole_heads)
        self.pair_characters = frozenset(subjects.pair_characters)
        self.part_opener = re.compile(rf"^(?:{any_of(subjects.part_openers)})[：:]?(?={_HAN})")
        # a verb of height_excess_verbs that is a comparator word too ("高于"): an excess only before 以上
        self.comparing_excess_verbs = frozenset(
            v for v in subjects.height_excess_verbs if v in comparators.phrases()
        )
        # "排气筒高度还应高出最高建筑物3 m以上": the owner, what it exceeds, by how much at least
        self.height_excess = re.compile(
            rf"^(?P<owner>[^，,；;]*?)(?:还|也|并)?(?:{shall_words})(?P<verb>{any_of(subjects.height_excess_verbs)})"
            rf"(?P<object>{_HAN}[^，,；;]*?{_HAN})\s*(?P<value>\d[\d.]*\s*(?:m|cm|mm|米|厘米|毫米))\s*(?P<above>以上)?\s*[。；;]?\s*$"
        )
        # "A与B的偏差": two readings of one quantity compared (see compared_pair)
        self.compared_pair = re.compile(
            rf"^(?P<a>[^与，,；;]{{2,}}?)与(?P<b>[^与，,；;]{{2,}}?)(?:的|之间的)?(?P<head>{any_of(subjects.difference_heads)})$"
        )
        # "均不得超过", "均应≤", "都应为": one bound for every name listed before it
        self.shared_bound = re.compile(
            rf"(?:{any_of(subjects.quantifiers)})\s*(?:{shall_words})?\s*(?:{phrases}|[≤≥<>＜＞]|为|在|达到)"
        )

    def statistic_of(self, subject: str) -> re.Match[str] | None:
        """ "平行样测定结果相对偏差": the quality-control statistic a subject ends in (``statistic``) and
        what it is computed on (``on``), read by clauses and table rows alike; None when there is none
        or when ``on`` names a kind of the statistic ("实验室内相对标准偏差" stays whole)."""
        computed = self.qc_statistic.match(subject) or self.owned_statistic.match(subject)
        return computed if computed and not self.qc_kind.search(computed["on"]) else None

    def limited_quantity(self, name: str) -> str:
        """ "铅的限量值", "水分的最大允许值": the quantity before the limit noun the name ends in
        ([subjects].limit_nouns, the longest); the name itself when nothing stands before it
        ("最大残留限量")."""
        noun = next((n for n in self.limit_nouns if name.endswith(n)), None)
        if noun is None:
            return name
        return name[: -len(noun)].removesuffix("的") or name

    def introduces_names(self, text: str) -> bool:
        """The words before a colon introduce the requirements after it ("技术要求如下", "理化指标"),
        so the name follows the colon."""
        return bool(text.strip()) and bool(
            self.introduces_items.search(text) or self.not_a_name_title.search(text)
        )

    def inner_modal(self, text: str) -> re.Match[str] | None:
        """The first shall word inside a subject, before a Chinese word, that is not part of a
        word of [subjects].not_modal (响应, 应急)."""
        taken = [m.span() for m in self._not_modal.finditer(text)]
        for match in self._modal.finditer(text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                return match
        return None


CODE_MASK = "Ｖ"  # stands in for a class code in masked text (extract.requirements)
CITATION_MASK = "Ｘ"  # stands in for a cited standard's number in masked text


# Openers that are a bare number or range: the requirement starts there only when no stated one
# (a comparator, 应为 …) follows, so a number inside a long subject stays in it: "冷冻室在断电后
# 温度由-18 ℃升至-9 ℃的时间应不少于8 h" is one subject and ≥ 8 h.
_BARE_OPENERS = (
    rf"(?<=[\u4e00-\u9fff])(?={CODE_MASK})",  # "燃烧性能V-0级": a class code (masked) after the name
    r"[（(]\s*[-+]?\d[\d.]*\s*±",
    r"(?<![\w.:：])[-+]?\d[\d.]*\s*[～~〜至\-]\s*[-+]?\d",
    # not a time (16:00), nor a locant of a chemical name ("2,4-二硝基苯酚", "4-硝基酚")
    r"(?<![\w.号第:：,])\d[\d.]*\s*(?![号条章节款项级类种部分年月日\d.:：])(?![\d,]*-[\u4e00-\u9fff])",
    # a value right after its name at the end of a piece, with a Latin unit ("…，持证上岗率100%")
    r"(?<=[\u4e00-\u9fff])\d[\d.]*\s*(?:%|‰|[A-Za-z][A-Za-z/]{0,5})\s*$",
)


def _openers(words: OpenerWords, shall: str, shall_not: str, conditions: str) -> tuple[str, ...]:
    """The patterns where a stated requirement opens (extract.requirements); the negated state is
    the one before last, the colon the last."""
    number = r"(?=\s*[（(]?\s*[-+]?[\d０-９〇一二三四五六七八九十])"
    cited = rf"(?:{CITATION_MASK}+\s*(?:中)?(?:规定)?的?\s*)?"
    return (
        rf"(?:{shall})?(?!{any_of(words.not_reference)})(?:{any_of(words.reference)})"
        if words.not_reference
        else rf"(?:{shall})?(?:{any_of(words.reference)})",
        rf"(?:{shall})?(?:{any_of(words.state)})(?={_HAN})",
        rf"(?:{shall})(?:{any_of(words.shall_state)})(?={_HAN})",
        rf"(?:{shall})?(?:{any_of(words.prohibition)})",
        rf"(?:{any_of(words.ending_state)})(?=\s*[。；;，,]|\s*$)",
        # a copula, not before a condition ("电池在1C放电条件下的容量": 在 is a preposition there)
        rf"(?:{shall})?(?:{any_of(words.copulas)}){number}(?![^，,。；;]*(?:{conditions}))",
        # a deviation from a declared value ("应在标示值的±5%以内", "应在生产厂控制值的±1.0之内")
        rf"(?:{shall})(?:在|为)(?=[\u4e00-\u9fff]{{1,12}}的?\s*±\s*\d)",
        rf"(?:{shall})(?={_HAN}{{2}}、{_HAN}{{2}}(?:[、，,。；;]|$))",  # "蛋壳应清洁、完整": states listed
        rf"(?:{shall})?(?:{any_of(words.code_copulas)})(?=\s*{cited}{CODE_MASK})",
        rf"(?:{shall})?(?:{any_of(words.code_copulas)})(?=\s*{CITATION_MASK}+\s*(?:中)?(?:规定)?的?\s*[\d０-９])",
        rf"(?:(?:{shall})(?:{any_of(words.negation)})|{shall_not})(?={_HAN})" if words.negation else "(?!)",
        r"(?<!\d)[：:]|[：:](?!\d)",  # "名称：要求", not the colon of a time ("当日16:00前")
    )


def statistic_interval(indicator: Indicator, words: ClauseWords) -> Indicator:
    """A quality-control statistic bounded by ± alone ("相对误差应在±10%以内"), in a clause or a table row,
    lies in the interval from −t to t: a range, as the real-dev and national gold write it
    (docs/gold-conventions.md 1); a product's deviation ("输入功率偏差应在±10%以内") stays a tolerance."""
    if indicator.comparator != "tolerance" or indicator.value is not None or indicator.tolerance is None:
        return indicator
    if indicator.name not in words.qc_statistic_names:
        return indicator
    t = indicator.tolerance
    return indicator.model_copy(
        update={"comparator": "range", "value": -t, "value_max": t, "tolerance": None}
    )
