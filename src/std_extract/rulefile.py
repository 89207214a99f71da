"""Read one rule file under extractors/ into a pydantic spec; errors name the file and the field.

Every rule file (indicators, units, comparators, scope, tables, confidence) is loaded through
:func:`load_spec`, so a broken edit by an agency reads as ``extractors/indicators.toml:
indicator[12](id=lead).unit: ...`` rather than a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ValidationError

from std_extract.errors import RuleFileError
from std_extract.resources import extractors_dir

SpecT = TypeVar("SpecT", bound=BaseModel)
RuleSource = Path | Traversable


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a regular expression: {exc}") from exc
    return pattern


# A rule-file field holding a regular expression: a broken one is refused at load, naming the field.
RegexText = Annotated[str, AfterValidator(_compiles)]


def default_source(name: str) -> tuple[Traversable, str]:
    """The shipped rule file ``extractors/<name>`` and the label errors use for it."""
    return extractors_dir() / name, f"extractors/{name}"


def read_toml(source: RuleSource, label: str) -> dict[str, Any]:
    """Parse a TOML file; a missing file or a syntax error becomes a :class:`RuleFileError`."""
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuleFileError(label, "(file)", f"cannot read: {exc}") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(label, "(syntax)", str(exc)) from exc


def field_path(loc: Sequence[int | str], data: Any) -> str:
    """A pydantic error location as ``indicator[3](id=lead).unit``, naming the entry's id."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and "id" in node:
                parts.append(f"(id={node['id']})")
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(root)"


def validate(model: type[SpecT], data: dict[str, Any], label: str) -> SpecT:
    """Validate parsed TOML into ``model``; the first error names the field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RuleFileError(label, field_path(first["loc"], data), first["msg"] + more) from exc


def load_spec(model: type[SpecT], source: RuleSource, label: str) -> SpecT:
    """Read and validate one rule file."""
    return validate(model, read_toml(source, label), label)
