"""Find the data that ships with the package (extractors/ and models/).

The data is always read through the installed package (``importlib.resources``), never through
a path relative to the current directory, so the CLI works from any folder and from a wheel.
"""

from __future__ import annotations

import csv
import io
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


# The GB/T 4754-2017 table (code,name,level,parent), split in two files for size.  Other data
# lives beside it in models/gbt4754/ (the annotation names), so readers name these files, never
# "every CSV in the folder".
GBT4754_TABLE_FILES = ("gbt4754/sections_A-C.csv", "gbt4754/sections_D-T.csv")


@cache
def gbt4754_rows() -> tuple[tuple[int, str, dict[str, str]], ...]:
    """Every row of the GB/T 4754-2017 table as (line number, file, row), read once.

    The one reader of the table files: the classifier builds its areas from it, the review
    workbench its class picker, the evaluator and the plan checker their code sets.
    """
    rows = []
    for relative in GBT4754_TABLE_FILES:
        text = models_dir().joinpath(*relative.split("/")).read_text(encoding="utf-8")
        for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            rows.append((line, f"models/{relative}", row))
    return tuple(rows)
