"""Load and validate evaluation plans from ``extractors/plans/*.toml`` (one file per plan).

A plan file that does not validate raises :class:`RuleFileError` naming the file and the field
("extractors/plans/refrigerator.toml: core[0].floor.value: Field required"), so an agency editing a
plan sees exactly what to fix.  Every plan, shipped or given (``std-extract rank --plan-file``,
the API's ``plan_files``), is also checked against the shipped data: its classes must be GB/T
4754-2017 codes and its indicator ids those of extractors/indicators.toml (:mod:`.references`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from std_extract.errors import RuleFileError
from std_extract.rank.plan import Plan
from std_extract.rank.references import check_plan_references
from std_extract.resources import extractors_dir

PLANS_FOLDER = "plans"


def plan_from_dict(data: dict[str, Any], path: str) -> Plan:
    """Validate one parsed plan and what it names (classes, indicator ids); ``path`` names the
    file in errors."""
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise RuleFileError(path, _field_path(first["loc"]), first["msg"]) from exc
    stem = Path(path).stem
    if stem != plan.id:
        raise RuleFileError(path, "id", f"'{plan.id}' must equal the file name '{stem}'")
    check_plan_references(plan, path)
    return plan


def load_plan_file(path: Path | Traversable, label: str | None = None) -> Plan:
    """Read and validate one plan file."""
    name = label or str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(name, "(syntax)", str(exc)) from exc
    return plan_from_dict(data, name)


def shipped_plan_files() -> list[Traversable]:
    """The plan files shipped in ``extractors/plans/``, sorted by name."""
    folder = extractors_dir() / PLANS_FOLDER
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)


def load_plans(paths: Iterable[Path] | None = None) -> list[Plan]:
    """Every shipped plan (or the given files), sorted by id; ids must be unique."""
    if paths is None:
        plans = [load_plan_file(f, f"extractors/{PLANS_FOLDER}/{f.name}") for f in shipped_plan_files()]
    else:
        plans = [load_plan_file(p) for p in paths]
    seen: dict[str, str] = {}
    for plan in plans:
        if plan.id in seen:
            raise RuleFileError(plan.id, "id", f"plan id used twice ({seen[plan.id]})")
        seen[plan.id] = plan.id
    return sorted(plans, key=lambda p: p.id)


def select_plans(plans: list[Plan], plan_id: str) -> list[Plan]:
    """``auto`` keeps every plan; an id keeps that one (KeyError names the known ids)."""
    if plan_id == "auto":
        return plans
    chosen = [p for p in plans if p.id == plan_id]
    if not chosen:
        known = ", ".join(p.id for p in plans) or "(none)"
        raise KeyError(f"no plan '{plan_id}'; known plans: {known}")
    return chosen


def _field_path(loc: tuple[int | str, ...]) -> str:
    """Pydantic's error location as a TOML-ish path: ``core[0].floor.value``.

    Discriminated unions add the kind as a location step ("tiering.fixed.bounds"); it is dropped
    because the file never spells it as a key.
    """
    out = ""
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
        elif step in {
            "fixed",
            "quantile",
            "top_tier_all",
            "best_k_tier_sum",
            "required_clauses",
            "references_well_formed",
            "record_ok",
        }:
            continue
        else:
            out += ("." if out else "") + step
    return out or "(plan)"
