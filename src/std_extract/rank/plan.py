"""Evaluation plans (评估方案) as data: the models every ``extractors/plans/*.toml`` file validates into.

Under the SAMR opinion on enterprise-standard top runners (国市监标准〔2018〕84号) a third-party
evaluator works from a per-area plan that names the product scope, its core indicators (核心指标)
and how they are judged.  Everything an evaluator would decide in that plan is a field here, not a
constant in code: the tier method and count, the minimum number of participants, the candidate rule
and the gates.  No public source fixes a "top 5%" cut or a minimum number of participants.

Parts that come in several flavours are discriminated on ``kind`` (STYLE.md section 3), so a new
behaviour is a new kind, not a flag inside an old one.  A plan file, in short::

    id = "household_refrigerator"            # equals the file name
    version = "1"
    title = "家用电冰箱"
    classes = ["3851"]                        # GB/T 4754-2017; "385" matches 3851..3859
    scope_terms = ["电冰箱"]                  # or a title naming the product
    exclude_terms = ["压缩机"]                # overrides both
    min_participants = 3
    tiering = { kind = "quantile", tiers = 3 }          # or cuts = [0.05, 0.3]
    candidate_rule = { kind = "top_tier_all" }          # or { kind = "best_k_tier_sum", k = 2 }

    [[gates]]
    kind = "required_clauses"                 # also "references_well_formed", "record_ok"

    [[core]]
    id = "energy_consumption"                 # canonical id, extractors/indicators.toml
    direction = "lower"                       # higher, lower, target (with target = [lo, hi])
    unit = "kWh/(24*h)"                       # the lexicon's canonical unit
    grade = "1级"                             # optional: compare this grade only
    floor = { value = 0.52, source = "GB 12021.2-2015 表1" }
    tiering = { kind = "fixed", bounds = [0.40, 0.46] } # optional, best tier first
    benchmarks = [{ body = "IEC", value = 0.4, source = "..." }]

    [[optional]]                              # counted for completeness, floors supervised
    id = "noise"

``key`` and ``name_contains`` rank one sub-row of a canonical id on its own (快递 全程时限 同城 and
省际 are two plan indicators of ``delivery_time_limit``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from std_extract.record import Indicator

Direction = Literal["higher", "lower", "target"]


class _Spec(BaseModel):
    # Unknown keys are errors: a misspelt field in a plan must not be silently ignored.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Floor(_Spec):
    """The national or industry requirement no ranked level may be looser than."""

    value: float | None = None  # for direction higher/lower: the limit in the plan's unit
    min: float | None = None  # for direction target: the allowed range
    max: float | None = None
    source: str  # where the limit is printed: "GB 12021.2-2015 表1"


class Benchmark(_Spec):
    """An international or foreign level shown beside a ranking (never used to rank)."""

    body: str  # "IEC", "ISO", "EN", "ASTM", ...
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None  # defaults to the indicator's unit
    source: str  # "IEC 62552-3:2015 Annex B"
    note: str | None = None


class FixedTiers(_Spec):
    """Tiers cut at fixed levels, best tier first.

    ``bounds[i]`` is the level a value must reach (be at least as good as, for the indicator's
    direction) to be in tier ``i + 1``; a value reaching none is in the last tier.  For direction
    ``target`` the bounds are deviations from the target range (lower is better).
    """

    kind: Literal["fixed"]
    bounds: list[float] = Field(min_length=1)


class QuantileTiers(_Spec):
    """Tiers by rank among the participants; equal values always share a tier.

    With ``cuts`` (cumulative shares, e.g. ``[0.2, 0.5]``) a value is in tier ``i + 1`` when the
    share of participants strictly better than it is below ``cuts[i]``; without, ``tiers`` equal bands.
    """

    kind: Literal["quantile"]
    tiers: int = Field(default=3, ge=2, le=10)
    cuts: list[float] | None = None

    @model_validator(mode="after")
    def _cuts_increase(self) -> QuantileTiers:
        if self.cuts is not None:
            if not all(0 < c < 1 for c in self.cuts) or self.cuts != sorted(set(self.cuts)):
                raise ValueError("cuts must be increasing shares strictly between 0 and 1")
        return self

    @property
    def tier_count(self) -> int:
        return len(self.cuts) + 1 if self.cuts is not None else self.tiers


Tiering = Annotated[FixedTiers | QuantileTiers, Field(discriminator="kind")]


class PlanIndicator(_Spec):
    """A core (or optional) indicator of a plan: what is compared and which way is better."""

    id: str  # canonical id from extractors/indicators.toml
    # A plan may rank one sub-row of a canonical indicator on its own (快递 全程时限 同城 / 省际,
    # 吸水率 平均值 / 单个值): ``key`` names it in the output and ``name_contains`` picks the
    # declarations whose printed name or conditions contain one of the words.
    key: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_]*$")
    name_contains: list[str] = Field(default_factory=list)
    name: str | None = None  # display name (Chinese), defaults to the id
    direction: Direction = "higher"
    target: tuple[float, float] | None = None  # for direction target: the ideal range
    unit: str | None = None  # canonical unit (pint spelling); None for dimensionless grades/pH
    grade: str | None = None  # compare only this grade; None: each standard's best declared grade
    floor: Floor | None = None
    tiering: Tiering | None = None  # overrides the plan's tiering for this indicator
    benchmarks: list[Benchmark] = Field(default_factory=list)
    not_detected_as_zero: bool = True  # 不得检出 compares as 0 for a lower-is-better limit

    @model_validator(mode="after")
    def _direction_fields(self) -> PlanIndicator:
        if self.direction == "target":
            if self.target is None or self.target[0] > self.target[1]:
                raise ValueError("direction 'target' needs target = [low, high] with low <= high")
            if self.floor is not None and (self.floor.min is None or self.floor.max is None):
                raise ValueError("a target indicator's floor needs min and max")
        elif self.floor is not None and self.floor.value is None:
            raise ValueError(f"a '{self.direction}' indicator's floor needs value")
        if isinstance(self.tiering, FixedTiers):
            _check_fixed_bounds(self, self.tiering)
        return self

    @property
    def display_name(self) -> str:
        return self.name or self.ref

    @property
    def ref(self) -> str:
        """How the output names this plan indicator: its key, else its canonical id."""
        return self.key or self.id

    def accepts(self, indicator: Indicator) -> bool:
        """A declaration of this plan indicator: same canonical id and, if set, a name word."""
        if indicator.canonical_id != self.id:
            return False
        if not self.name_contains:
            return True
        texts = [indicator.name, *indicator.conditions]
        return any(word in text for word in self.name_contains for text in texts)


def _check_fixed_bounds(indicator: PlanIndicator, tiers: FixedTiers) -> None:
    """Bounds go from best to worst, and the lowest tier may not reach below the floor."""
    b = tiers.bounds
    better_first = b == sorted(b, reverse=indicator.direction == "higher")
    if not better_first or len(set(b)) != len(b):
        raise ValueError("tiering.bounds must be distinct and ordered from the best tier down")
    floor = indicator.floor
    if floor is not None and floor.value is not None and indicator.direction != "target":
        worst = b[-1]
        looser = worst < floor.value if indicator.direction == "higher" else worst > floor.value
        if looser:
            raise ValueError(f"tiering.bounds: {worst} is looser than the floor {floor.value}")


class RequiredClausesGate(_Spec):
    """The standard has the chapters GB/T 1.1 requires of a product standard."""

    kind: Literal["required_clauses"]
    clauses: list[str] = Field(
        default_factory=lambda: ["范围", "规范性引用文件", "要求", "试验方法", "检验规则"]
    )
    # What to do when the record carries no structure signals: count the gate as not checked
    # (passes, but the conformance view does not credit it) or fail it.
    if_unknown: Literal["not_checked", "fail"] = "not_checked"


class ReferencesGate(_Spec):
    """Every normative reference is a well-formed standard number and none is withdrawn."""

    kind: Literal["references_well_formed"]
    withdrawn: list[str] = Field(default_factory=list)  # numbers with year, "GB 12021.2-2008"
    if_unknown: Literal["not_checked", "fail"] = "not_checked"


class RecordStatusGate(_Spec):
    """The extraction did not fail (a failed record carries no trustworthy values)."""

    kind: Literal["record_ok"]
    allow_partial: bool = True


Gate = Annotated[RequiredClausesGate | ReferencesGate | RecordStatusGate, Field(discriminator="kind")]


class TopTierAllRule(_Spec):
    """A candidate is in the top tier of every published core-indicator ranking."""

    kind: Literal["top_tier_all"]
    min_completeness: float = Field(default=0.0, ge=0, le=1)


class BestKTierSumRule(_Spec):
    """A candidate's ``k`` best tiers sum to at most ``max_sum`` (default ``k``: top tier on k indicators)."""

    kind: Literal["best_k_tier_sum"]
    k: int = Field(ge=1)
    max_sum: int | None = None
    min_completeness: float = Field(default=0.0, ge=0, le=1)

    @property
    def limit(self) -> int:
        return self.max_sum if self.max_sum is not None else self.k


CandidateRule = Annotated[TopTierAllRule | BestKTierSumRule, Field(discriminator="kind")]


class Plan(_Spec):
    """One evaluation plan (评估方案): scope, core indicators, tiers, gates and the candidate rule."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    version: str
    title: str
    title_en: str | None = None
    # GB/T 4754-2017 codes: 小类 (4 digits), or a 中类/大类 (3 or 2 digits) matching by prefix.
    classes: list[Annotated[str, Field(pattern=r"^\d{2,4}$")]] = Field(min_length=1)
    scope_terms: list[str] = Field(default_factory=list)  # product terms searched in the title
    exclude_terms: list[str] = Field(default_factory=list)  # "压缩机" keeps parts out of a product plan
    min_participants: int = Field(default=3, ge=1)
    tiering: Tiering = Field(default_factory=lambda: QuantileTiers(kind="quantile"))
    candidate_rule: CandidateRule = Field(default_factory=lambda: TopTierAllRule(kind="top_tier_all"))
    gates: list[Gate] = Field(default_factory=list)
    core: list[PlanIndicator] = Field(min_length=1)
    optional: list[PlanIndicator] = Field(default_factory=list)
    grade_order: list[str] | None = None  # best first; overrides the built-in grade ladders
    notes: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Plan:
        ids = [i.ref for i in self.core + self.optional]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"indicator listed twice (give each a distinct key): {', '.join(dupes)}")
        rule = self.candidate_rule
        if isinstance(rule, BestKTierSumRule) and rule.k > len(self.core):
            raise ValueError(f"candidate_rule.k = {rule.k} exceeds the {len(self.core)} core indicators")
        if isinstance(self.tiering, FixedTiers):
            raise ValueError("plan-level tiering must be 'quantile'; put fixed bounds on each indicator")
        return self

    def tiering_for(self, indicator: PlanIndicator) -> FixedTiers | QuantileTiers:
        return indicator.tiering or self.tiering
