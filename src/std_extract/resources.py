"""Find the data that ships with the package (extractors/ and models/).

The data is always read through the installed package (``importlib.resources``), never through
a path relative to the current directory, so the CLI works from any folder and from a wheel.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from std_extract.errors import RuleFileError


def extractors_dir() -> Traversable:
    """The rule data folder (indicator lexicon, units, comparators, plans)."""
    return files("std_extract") / "extractors"


def models_dir() -> Traversable:
    """The classification data folder (GB/T 4754 table, lexicons, trained pipelines)."""
    return files("std_extract") / "models"


@cache
def load_toml(relative: str, base: str = "extractors") -> dict[str, Any]:
    """Parse a TOML data file; errors name the file."""
    root = extractors_dir() if base == "extractors" else models_dir()
    path = root.joinpath(*relative.split("/"))
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{base}/{relative}", "(syntax)", str(exc)) from exc
